#pragma once
// One answer as the simulator's handlers build it, before SimRouter writes it
// on the socket, and the answer shapes they share: the API.md §6.1 error
// envelope, the files API envelope, and ranged downloads.

#include "sim/SimHttpWire.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

class QIODevice;

namespace ks {

struct SimRequest;

struct SimReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    SimHttpWire::HeaderList headers;
    std::shared_ptr<QIODevice> stream; // downloads: sent as the socket drains
    qint64 streamLength = 0;
    bool chunked = false; // stream sent with chunked transfer coding, no length
    bool headOnly = false;

    static QByteArray compactJson(const QJsonObject &o);
    static SimReply json(int status, const QJsonObject &o);
    // {"error": {code, message, type[, param]}} with the §6.1 type for `code`.
    static SimReply apiError(int status, const QString &code, const QString &message,
                             const QString &param = {});
    // The files API's own envelope: {"success": false, "code", "msg"}.
    static SimReply filesError(int status, const QString &message);
    // 400 invalid_request for a "field: reason" message; the field is the param.
    static SimReply invalid(const QString &fieldMessage);
    static SimReply methodNotAllowed(const SimRequest &req);
    // `size` bytes of `device` as 200, or 206/416 for the request's Range
    // (ignored when If-Range names another ETag). The device is streamed.
    static SimReply download(const SimRequest &req, std::shared_ptr<QIODevice> device, qint64 size,
                             const QByteArray &mime, const QByteArray &etag);
};

} // namespace ks

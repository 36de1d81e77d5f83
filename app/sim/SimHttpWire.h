#pragma once
// Raw HTTP/1.1 answer writing and Range parsing for the simulator, which
// answers on the socket itself (SimHttpServer hands it every request).

#include <QByteArray>
#include <QList>
#include <QPair>

class QTcpSocket;

namespace ks::SimHttpWire {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

QByteArray reasonPhrase(int status);

// Status line and headers; the caller puts Content-Length in `headers`.
void writeHead(QTcpSocket *socket, int status, const HeaderList &headers);

// A complete answer with a body held in memory.
void writeResponse(QTcpSocket *socket, int status, const QByteArray &contentType,
                   const QByteArray &body, const HeaderList &extraHeaders = {});

// One byte range of a resource of `size` bytes (RFC 9110 §14).
struct ByteRange
{
    enum class Kind { None, Satisfiable, Unsatisfiable };
    Kind kind = Kind::None; // None: no usable Range header, send everything
    qint64 first = 0;
    qint64 last = -1; // inclusive
};

// Parses a single-range "bytes=" header. Several ranges or a malformed header
// yield Kind::None (serving the whole body is allowed then).
ByteRange parseRange(const QByteArray &header, qint64 size);

} // namespace ks::SimHttpWire

#include "sim/SimReply.h"

#include "sim/SimHttpServer.h"

#include <QHash>
#include <QIODevice>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ks {

namespace {

// §6.1 error.type for an error.code.
QString errorType(const QString &code, int status)
{
    // quota_exceeded is the balance at 402, the concurrency limit at 429 (§10.1 #12).
    if (status == 429)
        return u"rate_limit_error"_s;
    static const QHash<QString, QString> types = {
        {u"invalid_request"_s, u"invalid_request_error"_s},
        {u"invalid_task_id"_s, u"invalid_request_error"_s},
        {u"unauthorized"_s, u"authentication_error"_s},
        {u"insufficient_quota"_s, u"insufficient_quota"_s},
        {u"quota_exceeded"_s, u"insufficient_quota"_s},
        {u"model_access_denied"_s, u"invalid_request_error"_s},
        {u"permission_denied"_s, u"invalid_request_error"_s},
        {u"task_not_found"_s, u"invalid_request_error"_s},
        {u"idempotency_conflict"_s, u"invalid_request_error"_s},
        {u"rate_limit_exceeded"_s, u"rate_limit_error"_s},
        {u"internal_error"_s, u"api_error"_s},
        {u"upstream_error"_s, u"upstream_error"_s},
    };
    if (types.contains(code))
        return types.value(code);
    return status >= 500 ? u"api_error"_s : u"invalid_request_error"_s;
}

} // namespace

QByteArray SimReply::compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SimReply SimReply::json(int status, const QJsonObject &o)
{
    SimReply r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json");
    r.body = compactJson(o);
    return r;
}

SimReply SimReply::apiError(int status, const QString &code, const QString &message,
                            const QString &param)
{
    QJsonObject e {
        {u"code"_s, code}, {u"message"_s, message}, {u"type"_s, errorType(code, status)}};
    if (!param.isEmpty())
        e.insert(u"param"_s, param);
    return json(status, QJsonObject {{u"error"_s, e}});
}

SimReply SimReply::filesError(int status, const QString &message)
{
    return json(status,
                QJsonObject {{u"success"_s, false}, {u"code"_s, status}, {u"msg"_s, message}});
}

SimReply SimReply::invalid(const QString &fieldMessage)
{
    const qsizetype colon = fieldMessage.indexOf(u": "_s);
    return apiError(400, u"invalid_request"_s, fieldMessage,
                    colon > 0 ? fieldMessage.left(colon) : QString());
}

SimReply SimReply::methodNotAllowed(const SimRequest &req)
{
    return apiError(405, u"method_not_allowed"_s,
                    u"%1 is not allowed on %2"_s.arg(QString::fromLatin1(req.method), req.path));
}

SimReply SimReply::download(const SimRequest &req, std::shared_ptr<QIODevice> device, qint64 size,
                            const QByteArray &mime, const QByteArray &etag)
{
    SimReply r;
    r.contentType = mime;
    r.headers.append({QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")});
    r.headers.append({QByteArrayLiteral("ETag"), etag});
    QByteArray range = req.header("range");
    const QByteArray ifRange = req.header("if-range").trimmed();
    if (!ifRange.isEmpty() && ifRange != etag)
        range.clear(); // the client's partial copy is stale: send everything
    const auto br = SimHttpWire::parseRange(range, size);
    if (br.kind == SimHttpWire::ByteRange::Kind::Unsatisfiable) {
        r.status = 416;
        r.contentType.clear();
        r.headers.append(
            {QByteArrayLiteral("Content-Range"), "bytes */" + QByteArray::number(size)});
        return r;
    }
    qint64 first = 0;
    qint64 length = size;
    if (br.kind == SimHttpWire::ByteRange::Kind::Satisfiable) {
        r.status = 206;
        first = br.first;
        length = br.last - br.first + 1;
        r.headers.append({QByteArrayLiteral("Content-Range"),
                          "bytes " + QByteArray::number(br.first) + '-'
                              + QByteArray::number(br.last) + '/' + QByteArray::number(size)});
    }
    if (!device->seek(first))
        return apiError(500, u"internal_error"_s, u"Cannot read the file"_s);
    r.stream = std::move(device);
    r.streamLength = length;
    return r;
}

} // namespace ks

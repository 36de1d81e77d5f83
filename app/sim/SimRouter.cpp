#include "sim/SimRouter.h"

#include "sim/SimBodyStreamer.h"
#include "sim/SimFaults.h"
#include "sim/SimFilesApi.h"
#include "sim/SimHttpServer.h"
#include "sim/SimLog.h"
#include "sim/SimModeration.h"
#include "sim/SimPatternDevice.h"
#include "sim/SimRequestLog.h"
#include "sim/SimResults.h"
#include "sim/SimTaskStore.h"
#include "sim/SimTasksApi.h"

#include <QHash>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace ks {

namespace {

// The service's message for an injected error code.
QString standardMessage(const QString &code)
{
    static const QHash<QString, QString> messages = {
        {u"rate_limit_exceeded"_s, u"Too many requests, please slow down"_s},
        {u"internal_error"_s, u"Internal server error, please retry later"_s},
        {u"upstream_error"_s, u"The upstream AI service is unavailable"_s},
        {u"service_unavailable"_s, u"The service is temporarily unavailable"_s},
        {u"unauthorized"_s, u"Invalid or expired API key"_s},
        {u"insufficient_quota"_s, u"Insufficient credits"_s},
        {u"model_access_denied"_s, u"Token does not have access to model"_s},
    };
    return messages.value(code, u"Simulated error: %1"_s.arg(code));
}

SimReply noRoute(const SimRequest &req)
{
    return SimReply::apiError(
        404, u"not_found"_s,
        u"No route for %1 %2"_s.arg(QString::fromLatin1(req.method), req.path));
}

} // namespace

SimRouter::SimRouter(SimRequestLog &log, SimFaults &faults, SimTaskStore &store, SimTasksApi &tasks,
                     SimFilesApi &files, const SimResults &results, QObject *parent)
    : QObject(parent), m_log(log), m_faults(faults), m_store(store), m_tasks(tasks), m_files(files),
      m_results(results)
{
}

SimRouter::~SimRouter() = default;

void SimRouter::addAcceptedKey(const QString &key)
{
    m_keys.insert(key);
}

int SimRouter::streamingBodies() const
{
    return int(std::count_if(m_streamers.cbegin(), m_streamers.cend(),
                             [](const QPointer<SimBodyStreamer> &s) { return !s.isNull(); }));
}

void SimRouter::handle(const SimRequest &req)
{
    m_log.record(req);
    m_store.settleAll();
    const QString &path = req.path;

    SimFaults::Drop drop {};
    const bool dropping = m_faults.takeDrop(path, &drop);
    SimFaults::Delay delay {};
    const bool delaying = m_faults.takeDelay(path, &delay);

    SimReply reply;
    SimFaults::Error ef {};
    SimFaults::Raw rf {};
    SimFaults::Flood ff {};
    SimFaults::IgnoreRange ir {};
    if (m_faults.takeError(path, &ef)) {
        reply = SimReply::apiError(ef.status, ef.code,
                                   ef.message.isEmpty() ? standardMessage(ef.code) : ef.message);
        if (ef.retryAfter >= 0)
            reply.headers.append(
                {QByteArrayLiteral("Retry-After"), QByteArray::number(ef.retryAfter)});
    } else if (m_faults.takeRaw(path, &rf)) {
        reply.status = 200;
        reply.contentType = rf.contentType;
        reply.body = rf.body;
    } else if (m_faults.takeFlood(path, &ff)) {
        reply = flood(ff.declaredLength);
    } else if (m_faults.takeIgnoreRange(path, &ir)) {
        SimRequest whole = req;
        whole.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) {
            return h.first == "range" || h.first == "if-range";
        });
        reply = route(whole);
    } else {
        reply = route(req);
    }
    if (req.method == "HEAD")
        reply.headOnly = true;

    const QPointer<QTcpSocket> socket = req.socket;
    const QByteArray method = req.method;
    const qint64 dropAfter = dropping ? drop.afterBytes : -1;
    auto deliver = [this, socket, method, path, reply, dropping, dropAfter]() {
        send(socket, method, path, reply, dropping, dropAfter);
    };
    if (delaying && delay.delayMs > 0)
        QTimer::singleShot(delay.delayMs, this, deliver);
    else
        deliver();
}

void SimRouter::send(const QPointer<QTcpSocket> &socket, const QByteArray &method,
                     const QString &path, const SimReply &r, bool dropping, qint64 dropAfter)
{
    const QString m = QString::fromLatin1(method);
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcSimServer) << m << path << "client went away before the answer";
        emit requestHandled(m, path, 0);
        return;
    }
    const bool partial = dropping && r.stream && dropAfter > 0 && !r.headOnly;
    if (dropping && !partial) {
        qCDebug(lcSimServer) << m << path << "-> connection dropped (fault injection)";
        socket->abort();
        emit requestHandled(m, path, 0);
        return;
    }
    if (r.stream) {
        SimHttpWire::HeaderList headers;
        headers.append({QByteArrayLiteral("Content-Type"), r.contentType});
        if (r.chunked)
            headers.append({QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked")});
        else
            headers.append(
                {QByteArrayLiteral("Content-Length"), QByteArray::number(r.streamLength)});
        headers += r.headers;
        SimHttpWire::writeHead(socket, r.status, headers);
        if (!r.headOnly) {
            auto *streamer =
                new SimBodyStreamer(socket, r.stream, r.streamLength, partial ? dropAfter : -1);
            if (path.startsWith(u"/results/"_s))
                streamer->setRateLimit(m_faults.downloadRate());
            streamer->setChunked(r.chunked);
            connect(streamer, &SimBodyStreamer::clientLeft, this,
                    [this](qint64 sent) { m_lastAbandonedBodyBytes = sent; });
            m_streamers.removeAll(nullptr);
            m_streamers.append(streamer);
            streamer->start();
        }
    } else if (r.headOnly) {
        SimHttpWire::HeaderList headers;
        if (!r.contentType.isEmpty())
            headers.append({QByteArrayLiteral("Content-Type"), r.contentType});
        headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(r.body.size())});
        headers += r.headers;
        SimHttpWire::writeHead(socket, r.status, headers);
    } else {
        SimHttpWire::writeResponse(socket, r.status, r.contentType, r.body, r.headers);
    }
    qCDebug(lcSimServer) << m << path << "->" << r.status;
    emit requestHandled(m, path, r.status);
}

SimReply SimRouter::flood(qint64 declaredLength)
{
    const qint64 length = declaredLength >= 0 ? declaredLength : std::numeric_limits<qint64>::max();
    auto device = std::make_shared<SimPatternDevice>(QByteArrayLiteral("{\"filler\": \""), length);
    device->open(QIODevice::ReadOnly);
    SimReply reply;
    reply.status = 200;
    reply.contentType = QByteArrayLiteral("application/octet-stream");
    reply.stream = device;
    reply.streamLength = length;
    reply.chunked = declaredLength < 0;
    return reply;
}

SimReply SimRouter::route(const SimRequest &req)
{
    const QString &path = req.path;
    const bool get = req.method == "GET" || req.method == "HEAD";
    const bool post = req.method == "POST";

    if (path.startsWith(u"/files/"_s))
        return get ? m_files.serve(req, path.mid(7).section(u'/', 0, 0))
                   : SimReply::methodNotAllowed(req);
    if (path.startsWith(u"/results/"_s))
        return get ? m_results.serve(req) : SimReply::methodNotAllowed(req);
    if (!path.startsWith(u"/v1/"_s) && !path.startsWith(u"/api/v1/"_s))
        return noRoute(req);

    QString key;
    if (SimReply denied; !authorize(req, &key, &denied))
        return denied;

    if (path == u"/v1/videos/generations"_s)
        return post ? m_tasks.create(req, key) : SimReply::methodNotAllowed(req);
    if (path == u"/v1/tasks"_s)
        return get ? m_tasks.list(req, key) : SimReply::methodNotAllowed(req);
    if (path == u"/v1/tasks/batch"_s && post)
        return m_tasks.batch(req, key);
    if (path.startsWith(u"/v1/tasks/"_s))
        return get ? m_tasks.query(path.mid(10), key) : SimReply::methodNotAllowed(req);
    if (path == u"/v1/credits"_s)
        return get ? m_tasks.credits(key) : SimReply::methodNotAllowed(req);
    if (path == u"/v1/models"_s)
        return get ? m_tasks.models(key) : SimReply::methodNotAllowed(req);
    if (path == u"/api/v1/files/upload/base64"_s)
        return post ? m_files.uploadBase64(req) : SimReply::methodNotAllowed(req);
    if (path == u"/api/v1/files/upload/stream"_s)
        return post ? m_files.uploadStream(req) : SimReply::methodNotAllowed(req);
    if (path == u"/api/v1/files/upload/url"_s)
        return post ? m_files.uploadUrl(req) : SimReply::methodNotAllowed(req);
    if (path == u"/api/v1/files/quota"_s)
        return get ? m_files.quota() : SimReply::methodNotAllowed(req);
    if (path == u"/v1/moderations"_s)
        return post ? SimModeration::moderate(req, m_files) : SimReply::methodNotAllowed(req);
    if (path.startsWith(u"/api/v1/files/download/"_s))
        return get ? m_files.serve(req, path.mid(23)) : SimReply::methodNotAllowed(req);
    return noRoute(req);
}

bool SimRouter::authorize(const SimRequest &req, QString *key, SimReply *denied) const
{
    const QByteArray auth = req.header("authorization").trimmed();
    if (auth.isEmpty()) {
        *denied =
            SimReply::apiError(401, u"unauthorized"_s,
                               u"Missing Authorization header (expected \"Bearer <API key>\")"_s);
        return false;
    }
    if (!auth.toLower().startsWith("bearer ")) {
        *denied = SimReply::apiError(401, u"unauthorized"_s,
                                     u"The Authorization header must be \"Bearer <API key>\""_s);
        return false;
    }
    *key = QString::fromUtf8(auth.mid(7).trimmed());
    if (!m_keys.contains(*key)) {
        *denied = SimReply::apiError(401, u"unauthorized"_s, u"Invalid or expired API key"_s);
        return false;
    }
    return true;
}

} // namespace ks

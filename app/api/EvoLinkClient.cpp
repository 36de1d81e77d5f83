#include "api/EvoLinkClient.h"

#include "api/OneShotBody.h"
#include "platform/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <algorithm>
#include <climits>
#include <utility>

namespace ks {

namespace {

QString verb(QNetworkAccessManager::Operation op)
{
    switch (op) {
    case QNetworkAccessManager::GetOperation:
        return QStringLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QStringLiteral("POST");
    default:
        return QStringLiteral("HTTP");
    }
}

// Errors raised before a single request byte could reach the server: a
// create that fails this way certainly created nothing.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

QString normalisedMime(const QString &mime)
{
    QString m = mime.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    if (m == QLatin1String("image/jpg") || m == QLatin1String("image/pjpeg"))
        m = QStringLiteral("image/jpeg");
    return m;
}

double number(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().toDouble();
    return v.toDouble();
}

bool headerSafe(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// Aborted from the event loop, not inside the reply's own signal: finished()
// then reaches the caller, who may delete the ApiReply, on a clean stack.
void abortLater(QNetworkReply *net)
{
    QMetaObject::invokeMethod(net, &QNetworkReply::abort, Qt::QueuedConnection);
}

ApiError badResponse(int status, const QString &why)
{
    ApiError error;
    error.kind = ErrorKind::BadResponse;
    error.httpStatus = status;
    error.message = why;
    return error;
}

} // namespace

// Retry-After is either delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
int EvoLinkClient::parseRetryAfter(const QByteArray &raw)
{
    const QString value = QString::fromLatin1(raw).trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, INT_MAX));

    QDateTime when;
    static const QRegularExpression imfFixdate(QStringLiteral(
        R"(^[A-Za-z]{3}, (\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"));
    const QRegularExpressionMatch m = imfFixdate.match(value);
    if (m.hasMatch()) {
        static const QStringList months = {
            QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
            QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
            QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
            QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        const int month = int(months.indexOf(m.captured(2).toLower())) + 1;
        const QDate date(m.captured(3).toInt(), month, m.captured(1).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        when = QDateTime(date, time, QTimeZone::utc());
    } else {
        when = QDateTime::fromString(value, Qt::RFC2822Date);
    }
    if (!when.isValid())
        return -1;
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return int(std::clamp<qint64>(delta, 0, INT_MAX));
}

EvoLinkClient::EvoLinkClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam)
{
}

void EvoLinkClient::setConfig(const ApiConfig &config)
{
    m_config = config;
    m_config.apiKey = config.apiKey.trimmed();
}

ApiReply *EvoLinkClient::createTask(const QJsonObject &body, const QString &idempotencyKey)
{
    auto *reply = new ApiReply(ApiReply::Kind::CreateTask, this);
    QNetworkRequest request;
    if (!prepare(reply, m_config.apiBase, "/v1/videos/generations", {}, &request))
        return reply;
    const QString key = idempotencyKey.trimmed();
    if (!key.isEmpty()) {
        if (!headerSafe(key)) {
            finishLater(reply,
                        ApiError::local(tr("The request id \"%1\" contains characters that "
                                           "cannot be sent in a header.")
                                            .arg(key)));
            return reply;
        }
        request.setRawHeader("Idempotency-Key", key.toLatin1());
        request.setRawHeader("X-Evo-Run-Id", key.toLatin1());
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Paid: sent at most once. Posted as a QByteArray, Qt would send it again
    // on its own when the connection closes before the answer (a second task
    // EvoLink may bill); a one-shot body cannot be sent again.
    attach(reply, OneShotBody::post(m_nam, request, payload), request);
    return reply;
}

ApiReply *EvoLinkClient::getTask(const QString &taskId)
{
    auto *reply = new ApiReply(ApiReply::Kind::GetTask, this);
    const QString id = taskId.trimmed();
    if (id.isEmpty()) {
        finishLater(reply, ApiError::local(tr("The task id is empty.")));
        return reply;
    }
    QNetworkRequest request;
    if (!prepare(reply, m_config.apiBase, "/v1/tasks/" + QUrl::toPercentEncoding(id), {}, &request))
        return reply;
    attach(reply, m_nam->get(request), request);
    return reply;
}

ApiReply *EvoLinkClient::listRecentTasks(int pageSize)
{
    auto *reply = new ApiReply(ApiReply::Kind::ListTasks, this);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("page_size"), QString::number(qBound(1, pageSize, 100)));
    QNetworkRequest request;
    if (!prepare(reply, m_config.apiBase, "/v1/tasks", query, &request))
        return reply;
    attach(reply, m_nam->get(request), request);
    return reply;
}

ApiReply *EvoLinkClient::getCredits()
{
    auto *reply = new ApiReply(ApiReply::Kind::Credits, this);
    QNetworkRequest request;
    if (!prepare(reply, m_config.apiBase, "/v1/credits", {}, &request))
        return reply;
    attach(reply, m_nam->get(request), request);
    return reply;
}

ApiReply *EvoLinkClient::listModels()
{
    auto *reply = new ApiReply(ApiReply::Kind::Models, this);
    QNetworkRequest request;
    if (!prepare(reply, m_config.apiBase, "/v1/models", {}, &request))
        return reply;
    attach(reply, m_nam->get(request), request);
    return reply;
}

ApiReply *EvoLinkClient::uploadFile(const QString &localPath, const QString &mimeType)
{
    auto *reply = new ApiReply(ApiReply::Kind::Upload, this);
    QNetworkRequest request;
    if (!prepare(reply, m_config.filesBase, "/api/v1/files/upload/stream", {}, &request))
        return reply;

    const QString mime = normalisedMime(mimeType);
    if (mime.isEmpty() || !headerSafe(mime)) {
        finishLater(reply,
                    ApiError::local(
                        tr("Unknown file type for %1.").arg(QDir::toNativeSeparators(localPath))));
        return reply;
    }
    auto file = std::make_unique<QFile>(localPath);
    if (!file->open(QIODevice::ReadOnly)) {
        finishLater(
            reply,
            ApiError::local(tr("Cannot read %1: %2")
                                .arg(QDir::toNativeSeparators(localPath), file->errorString())));
        return reply;
    }
    reply->m_sentMime = mime;

    // Quotes and line breaks would end the header early; the rest goes as UTF-8,
    // as browsers send it.
    QString fileName = QFileInfo(localPath).fileName();
    fileName.replace(QLatin1Char('"'), QLatin1Char('_'));
    fileName.remove(QLatin1Char('\r'));
    fileName.remove(QLatin1Char('\n'));

    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart filePart;
    filePart.setRawHeader("Content-Disposition",
                          "form-data; name=\"file\"; filename=\"" + fileName.toUtf8() + '"');
    filePart.setRawHeader("Content-Type", mime.toLatin1());
    // The file is the body device: it streams from disk, never held in memory.
    filePart.setBodyDevice(file.get());
    file.release()->setParent(multiPart);
    multiPart->append(filePart);

    QHttpPart namePart;
    namePart.setRawHeader("Content-Disposition", "form-data; name=\"file_name\"");
    namePart.setBody(fileName.toUtf8());
    multiPart->append(namePart);

    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // Not one-shot: an upload is not billed, so Qt may send it again after a
    // closed connection (at worst one more file against the files quota).
    QNetworkReply *net = m_nam->post(request, multiPart);
    multiPart->setParent(net);
    connect(net, &QNetworkReply::uploadProgress, reply, &ApiReply::uploadProgress);
    attach(reply, net, request);
    return reply;
}

ApiReply *EvoLinkClient::getFileQuota()
{
    auto *reply = new ApiReply(ApiReply::Kind::FileQuota, this);
    QNetworkRequest request;
    if (!prepare(reply, m_config.filesBase, "/api/v1/files/quota", {}, &request))
        return reply;
    attach(reply, m_nam->get(request), request);
    return reply;
}

ApiReply *EvoLinkClient::moderate(const QString &text, const QString &imageUrl)
{
    auto *reply = new ApiReply(ApiReply::Kind::Moderation, this);
    QNetworkRequest request;
    if (!prepare(reply, m_config.apiBase, "/v1/moderations", {}, &request))
        return reply;
    QJsonArray input;
    if (!text.trimmed().isEmpty())
        input.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("text"), text}});
    if (!imageUrl.isEmpty())
        input.append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("image_url")},
            {QStringLiteral("image_url"), QJsonObject {{QStringLiteral("url"), imageUrl}}}});
    if (input.isEmpty()) {
        finishLater(reply, ApiError::local(tr("There is neither a prompt nor an image to check.")));
        return reply;
    }
    const QJsonObject body {{QStringLiteral("model"), QStringLiteral("evolink-moderation-1.0")},
                            {QStringLiteral("input"), input}};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // It may be billed (docs/GUIDE.md, API.md §10.1 #15): sent at most once, like a
    // create. A check whose connection closed just could not run.
    attach(reply,
           OneShotBody::post(m_nam, request, QJsonDocument(body).toJson(QJsonDocument::Compact)),
           request);
    return reply;
}

bool EvoLinkClient::prepare(ApiReply *reply, const QUrl &base, const QByteArray &encodedPath,
                            const QUrlQuery &query, QNetworkRequest *request)
{
    if (!ApiConfig::isAllowedBase(base)) {
        const bool plainHttp =
            base.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0;
        const QString message = plainHttp
            ? tr("Plain http is only allowed to this computer (loopback). Use an https:// "
                 "address instead of %1 so that your API key is not sent unencrypted.")
                  .arg(base.toDisplayString())
            : tr("\"%1\" is not a valid server address; it must start with https://.")
                  .arg(base.toDisplayString());
        qCWarning(lcApi) << "refusing to contact" << base.toDisplayString();
        finishLater(reply, ApiError::local(message));
        return false;
    }
    if (m_config.apiKey.isEmpty()) {
        finishLater(reply,
                    ApiError::local(tr("No API key is set. Enter your EvoLink API key in the "
                                       "settings.")));
        return false;
    }
    if (!headerSafe(m_config.apiKey)) {
        finishLater(reply,
                    ApiError::local(tr("The API key contains characters that are not allowed "
                                       "(spaces, line breaks or non-ASCII letters).")));
        return false;
    }

    QUrl url = base;
    QByteArray path = base.path(QUrl::FullyEncoded).toLatin1();
    while (path.endsWith('/'))
        path.chop(1);
    url.setPath(QString::fromLatin1(path + encodedPath), QUrl::TolerantMode);
    url.setQuery(query);
    url.setFragment(QString());

    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_config.apiKey.toLatin1());
    r.setRawHeader("Accept", "application/json");
    r.setTransferTimeout(m_config.transferTimeoutMs);
    // Each redirect is vetted in attach(): the key must never reach another host.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                   QNetworkRequest::UserVerifiedRedirectPolicy);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    *request = r;
    return true;
}

void EvoLinkClient::attach(ApiReply *reply, QNetworkReply *net, const QNetworkRequest &request)
{
    qCDebug(lcApi) << verb(net->operation()) << request.url().toDisplayString(QUrl::RemoveUserInfo);
    reply->m_attaching = true;
    reply->m_reply = net;
    // Deleting the ApiReply aborts its request.
    net->setParent(reply);
    connect(net, &QNetworkReply::metaDataChanged, reply, [reply, net] {
        bool ok = false;
        const qint64 declared = net->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && declared > kMaxBodyBytes && !reply->m_bodyTooLong) {
            reply->m_bodyTooLong = true;
            abortLater(net);
        }
    });
    connect(net, &QNetworkReply::readyRead, reply, [reply, net] { drainBody(reply, net); });
    const QUrl origin = request.url();
    connect(net, &QNetworkReply::redirected, reply, [reply, net, origin](const QUrl &target) {
        const QUrl to = origin.resolved(target);
        const bool sameHost = to.host().compare(origin.host(), Qt::CaseInsensitive) == 0
            && to.port(origin.scheme() == QLatin1String("https") ? 443 : 80)
                == origin.port(origin.scheme() == QLatin1String("https") ? 443 : 80);
        const bool secure = to.scheme() == QLatin1String("https")
            || (to.scheme() == origin.scheme() && ApiConfig::isAllowedBase(to));
        if (sameHost && secure) {
            emit net->redirectAllowed();
            return;
        }
        qCWarning(lcApi) << "refusing redirect to" << to.toDisplayString(QUrl::RemoveUserInfo);
        reply->m_redirectRefused = true;
        net->abort();
    });
    const QPointer<EvoLinkClient> self(this);
    connect(net, &QNetworkReply::finished, reply, [self, reply, net] {
        if (self)
            self->onFinished(reply, net);
    });
    // Bounded: Qt buffers at most this much, and the body is drained into a
    // capped buffer as it arrives (an endless answer cannot grow the process).
    // Qt hands the limit to its HTTP thread only once the request has started
    // there, and it starts any request with a body (every POST) from a queued
    // call: that call runs now, so the limit follows the start in the HTTP
    // thread's queue and holds from the answer's first byte. (Set before the
    // start, it was lost: Qt buffered an endless answer to a create whole,
    // 2.4 GB in one test run.)
    QCoreApplication::sendPostedEvents(net, QEvent::MetaCall);
    // (That call also delivers what the HTTP thread posted meanwhile: on a
    // fast link and a busy machine the whole answer, finished() included.)
    if (!reply->m_finished)
        net->setReadBufferSize(kReadBufferBytes);
    reply->m_attaching = false;
}

void EvoLinkClient::drainBody(ApiReply *reply, QNetworkReply *net)
{
    while (!reply->m_bodyTooLong && net->isOpen() && net->bytesAvailable() > 0) {
        const qint64 room = kMaxBodyBytes - reply->m_body.size();
        const QByteArray chunk = net->read(qMin(net->bytesAvailable(), room + 1));
        if (chunk.isEmpty())
            break;
        if (chunk.size() > room) {
            reply->m_bodyTooLong = true;
            abortLater(net);
            break;
        }
        reply->m_body += chunk;
    }
}

void EvoLinkClient::finishLater(ApiReply *reply, const ApiError &error)
{
    reply->m_error = error;
    // Callers connect to finished() after the call returns.
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            if (reply->m_finished)
                return;
            reply->m_finished = true;
            emit reply->finished();
        },
        Qt::QueuedConnection);
}

void EvoLinkClient::onFinished(ApiReply *reply, QNetworkReply *net)
{
    if (reply->m_finished)
        return;
    net->deleteLater();
    reply->m_reply = nullptr;

    const int status = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = net->error();
    drainBody(reply, net);
    const QByteArray body = std::exchange(reply->m_body, QByteArray());
    const bool isCreate = reply->m_kind == ApiReply::Kind::CreateTask;
    reply->m_httpStatus = status;
    reply->m_replayed = net->rawHeader("idempotency-replayed").trimmed().toLower() == "true";

    ApiError error;
    if (reply->m_bodyTooLong) {
        error = badResponse(status,
                            tr("The server's answer was longer than %1 MiB, far more than any "
                               "EvoLink answer; it was cut off and not read.")
                                .arg(kMaxBodyBytes / (1024 * 1024)));
        error.code = QStringLiteral("response_too_long");
        // A create cut off this way may still have created (and billed) the task.
        reply->m_outcomeUnknown = isCreate;
    } else if (reply->m_redirectRefused) {
        error = ApiError::network(
            tr("The server redirected the request to another address; it was not followed "
               "so that your API key is not sent elsewhere."));
    } else if (netError != QNetworkReply::NoError
               && (status == 0 || (status >= 200 && status < 300))) {
        // No (complete) answer arrived.
        if (reply->m_aborted) {
            error = ApiError::network(tr("The request was cancelled."));
        } else if (netError == QNetworkReply::OperationCanceledError
                   || netError == QNetworkReply::TimeoutError) {
            error = ApiError::network(tr("The server did not answer within %n second(s).", nullptr,
                                         qMax(1, m_config.transferTimeoutMs / 1000)));
        } else if (isCreate
                   && (netError == QNetworkReply::ContentReSendError
                       || netError == QNetworkReply::RemoteHostClosedError)) {
            // ContentReSendError: Qt wanted to send the create again after the
            // connection closed, and its one-shot body refused.
            error = ApiError::network(
                tr("The connection closed after the request was sent and before EvoLink "
                   "answered. The task may have been made; the request was not sent again."));
        } else {
            error = ApiError::network(net->errorString());
        }
        reply->m_outcomeUnknown = isCreate && !failedBeforeSending(netError);
    } else if (status >= 200 && status < 300) {
        error = parseBody(reply, status, body);
        // The server accepted the task but we cannot tell its id.
        reply->m_outcomeUnknown = isCreate && error.isError();
    } else if (status >= 300) {
        error = ApiError::fromHttp(status, body);
        error.retryAfterSeconds = parseRetryAfter(net->rawHeader("Retry-After"));
        if (status == 401)
            emit unauthorized();
    } else {
        error = ApiError::network(net->errorString());
        reply->m_outcomeUnknown = isCreate && !failedBeforeSending(netError);
    }

    if (error.isError()) {
        qCInfo(lcApi).nospace() << verb(net->operation()) << ' '
                                << net->url().toDisplayString(QUrl::RemoveUserInfo) << " failed: "
                                << "http " << status << " (qt " << netError << "), "
                                << int(error.kind) << ' ' << error.code << ' ' << error.message;
    } else {
        qCDebug(lcApi) << net->url().toDisplayString(QUrl::RemoveUserInfo) << "->" << status;
    }
    reply->m_error = error;
    reply->m_finished = true;
    if (reply->m_attaching) {
        // Finished before the call that started it returned (see attach()):
        // the caller connects to finished() only then, so it is told then.
        // Emitted now, it was lost, and the job waited for this answer
        // forever (the hung CLI runs of tst_cli and tst_kill).
        qCDebug(lcApi) << "answer complete before its request call returned";
        QMetaObject::invokeMethod(
            reply, [reply] { emit reply->finished(); }, Qt::QueuedConnection);
        return;
    }
    emit reply->finished();
}

ApiError EvoLinkClient::parseBody(ApiReply *reply, int status, const QByteArray &body)
{
    switch (reply->m_kind) {
    case ApiReply::Kind::CreateTask:
    case ApiReply::Kind::GetTask: {
        QString why;
        const std::optional<TaskSnapshot> task = TaskParser::parse(body, &why);
        if (!task)
            return badResponse(status, why);
        reply->m_task = *task;
        return {};
    }
    case ApiReply::Kind::ListTasks: {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return badResponse(status, parseError.errorString());
        QJsonArray items;
        if (doc.isArray())
            items = doc.array();
        else if (doc.object().value(QLatin1String("data")).isArray())
            items = doc.object().value(QLatin1String("data")).toArray();
        else
            return badResponse(status, QStringLiteral("no \"data\" array in the task list"));
        for (const QJsonValue &item : std::as_const(items)) {
            // One odd item must not hide the others.
            if (const std::optional<TaskSnapshot> task = TaskParser::parse(item.toObject()))
                reply->m_tasks.append(*task);
        }
        return {};
    }
    case ApiReply::Kind::Credits: {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return badResponse(status,
                               parseError.error != QJsonParseError::NoError
                                   ? parseError.errorString()
                                   : QStringLiteral("not a JSON object"));
        const QJsonObject root = doc.object();
        if (root.value(QLatin1String("success")) == QJsonValue(false))
            return badResponse(status, root.value(QLatin1String("message")).toString());
        const QJsonObject data = root.value(QLatin1String("data")).toObject();
        const QJsonValue user = data.value(QLatin1String("user"));
        const QJsonValue token = data.value(QLatin1String("token"));
        if (!user.isObject() && !token.isObject())
            return badResponse(status, QStringLiteral("no \"data.user\" or \"data.token\""));
        Credits credits;
        credits.userRemaining = number(user[QLatin1String("remaining_credits")]);
        credits.userUsed = number(user[QLatin1String("used_credits")]);
        credits.tokenRemaining = number(token[QLatin1String("remaining_credits")]);
        credits.tokenUsed = number(token[QLatin1String("used_credits")]);
        credits.tokenUnlimited = token[QLatin1String("unlimited_credits")].toBool();
        reply->m_credits = credits;
        return {};
    }
    case ApiReply::Kind::Models: {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return badResponse(status, parseError.errorString());
        const QJsonValue data = doc.object().value(QLatin1String("data"));
        if (!data.isArray())
            return badResponse(status, QStringLiteral("no \"data\" array in the model list"));
        QStringList ids;
        for (const QJsonValue &item : data.toArray()) {
            // {"id": "..."} as OpenAI-style gateways answer, or a bare id.
            const QString id = (item.isString() ? item : item.toObject().value(QLatin1String("id")))
                                   .toString()
                                   .trimmed();
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        // An empty list would lock every mode on a guess: it is not read as one.
        if (ids.isEmpty())
            return badResponse(status, QStringLiteral("no model ids in the model list"));
        reply->m_models = ids;
        return {};
    }
    case ApiReply::Kind::Upload: {
        QString why;
        const std::optional<UploadResult> upload = UploadResult::parse(body, &why);
        if (!upload) {
            // Files API errors may come as {"success":false,"code":..,"msg":..} with 200.
            const QJsonObject root = QJsonDocument::fromJson(body).object();
            if (root.value(QLatin1String("success")) == QJsonValue(false))
                return ApiError::fromHttp(status, body);
            return badResponse(status, why);
        }
        const QString stored = normalisedMime(upload->mimeType);
        if (!stored.isEmpty() && stored != reply->m_sentMime) {
            ApiError error = badResponse(status,
                                         tr("The file service stored the file as %1 instead of "
                                            "%2; it does not accept this kind of file.")
                                             .arg(stored, reply->m_sentMime));
            // Not a garbled reply: retrying would only upload the same file again.
            error.code = QStringLiteral("upload_type_mismatch");
            return error;
        }
        reply->m_upload = *upload;
        return {};
    }
    case ApiReply::Kind::FileQuota: {
        QString why;
        const std::optional<FileQuota> quota = FileQuota::parse(body, &why);
        if (!quota) {
            const QJsonObject root = QJsonDocument::fromJson(body).object();
            if (root.value(QLatin1String("success")) == QJsonValue(false))
                return ApiError::fromHttp(status, body);
            return badResponse(status, why);
        }
        reply->m_fileQuota = *quota;
        return {};
    }
    case ApiReply::Kind::Moderation: {
        QString why;
        const std::optional<ModerationResult> result = ModerationResult::parse(body, &why);
        if (!result)
            return badResponse(status, why);
        reply->m_moderation = *result;
        return {};
    }
    }
    return {};
}

} // namespace ks

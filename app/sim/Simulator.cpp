#include "Simulator.h"

#include "SimBodyStreamer.h"
#include "SimHttpServer.h"
#include "SimHttpWire.h"
#include "SimLog.h"
#include "SimMedia.h"
#include "SimPatternDevice.h"
#include "SimPrices.h"
#include "SimRules.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace ks {

namespace {

// Nominal task length at time scale 1.0 (pending is the first fifth).
constexpr qint64 kNominalTaskMs = 20000;
constexpr qint64 kMaxUploadBytes = 100LL * 1024 * 1024;
constexpr int kUploadExpiryHours = 72;
constexpr int kFilesUtcOffsetSeconds = 8 * 3600; // EvoLink stamps times in +08:00
constexpr int kMaxBatchIds = 50;
constexpr int kKeptBodies = 64;
// Bodies are for tests to read back (lastRequestBody): an upload's image or
// video is not held in memory past its request.
constexpr qsizetype kMaxKeptBodyBytes = 64 * 1024;
// Older requests keep their path only (requestCount), and past this many
// only a count per path, so a long demo session does not grow without end.
constexpr int kKeptHeaders = 32;
constexpr int kKeptRecords = 1024;
// Like the real service, finished tasks are forgotten after a day, and past
// this many (the app looks back 50 tasks at most, API.md list endpoint).
constexpr int kKeptFinishedTasks = 64;
constexpr qint64 kFinishedTaskLifetimeMs = 24LL * 3600 * 1000;

const QString kObject = u"video.generation.task"_s;

QString randomAlnum(int n)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]));
    return s;
}

QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// §6.1 error.type for an error.code.
QString errorType(const QString &code, int status)
{
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

QString standardMessage(const QString &code)
{
    static const QHash<QString, QString> messages = {
        {u"rate_limit_exceeded"_s, u"Too many requests, please slow down"_s},
        {u"internal_error"_s, u"Internal server error, please retry later"_s},
        {u"upstream_error"_s, u"The upstream AI service is unavailable"_s},
        {u"service_unavailable"_s, u"The service is temporarily unavailable"_s},
        {u"unauthorized"_s, u"Invalid or expired API key"_s},
        {u"insufficient_quota"_s, u"Insufficient credits"_s},
        {u"model_access_denied"_s, u"This API key may not use this model"_s},
    };
    return messages.value(code, u"Simulated error: %1"_s.arg(code));
}

// §6.2 failure messages for failNextTask().
QString taskErrorMessage(const QString &code)
{
    static const QHash<QString, QString> messages = {
        {u"content_policy_violation"_s,
         u"The content was blocked by the safety filters; change the prompt or images"_s},
        {u"invalid_parameters"_s, u"Invalid parameters"_s},
        {u"image_processing_error"_s, u"The image could not be processed"_s},
        {u"image_dimension_mismatch"_s, u"The image size or ratio does not fit the request"_s},
        {u"request_cancelled"_s, u"The task was cancelled"_s},
        {u"generation_failed_no_content"_s, u"The model produced no content"_s},
        {u"service_error"_s, u"Internal service error, retry later"_s},
        {u"generation_timeout"_s, u"Processing timed out"_s},
        {u"resource_exhausted"_s, u"Upstream capacity exhausted, retry later"_s},
        {u"quota_exceeded"_s, u"Rate or quota limit reached"_s},
        {u"service_unavailable"_s, u"Service temporarily unavailable"_s},
        {u"resource_not_found"_s, u"Task id invalid or expired"_s},
        {u"unknown_error"_s, u"Unknown error"_s},
    };
    return messages.value(code, u"Task failed (%1)"_s.arg(code));
}

QString isoTime(const QDateTime &t)
{
    return t.toOffsetFromUtc(kFilesUtcOffsetSeconds).toString(Qt::ISODate);
}

// One form-data part of a multipart body.
struct FormPart
{
    QByteArray name;
    QByteArray fileName;
    bool isFile = false;
    QByteArray data;
};

QByteArray dispositionParam(const QByteArray &disposition, const QByteArray &key)
{
    const QList<QByteArray> parts = disposition.split(';');
    for (const QByteArray &raw : parts) {
        const QByteArray p = raw.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq < 0 || p.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray v = p.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

// Returns false when the body is not well-formed multipart/form-data.
bool parseMultipart(const QByteArray &contentType, const QByteArray &body, QList<FormPart> *out)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return false;
    QByteArray boundary = dispositionParam(contentType, "boundary");
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return false;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return true; // closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return false;
        at += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", at);
        if (headerEnd < 0)
            return false;
        FormPart part;
        const QList<QByteArray> lines = body.mid(at, headerEnd - at).split('\n');
        for (const QByteArray &rawLine : lines) {
            const QByteArray line = rawLine.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            if (line.left(colon).trimmed().toLower() == "content-disposition") {
                const QByteArray disposition = line.mid(colon + 1);
                part.name = dispositionParam(disposition, "name");
                part.isFile = disposition.contains("filename=");
                part.fileName = dispositionParam(disposition, "filename");
            }
        }
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return false;
        part.data = body.mid(dataStart, next - dataStart);
        out->append(part);
        at = next + 2;
    }
}

QString sanitizeFileName(const QString &name)
{
    QString n = name;
    const qsizetype slash = qMax(n.lastIndexOf(u'/'), n.lastIndexOf(u'\\'));
    if (slash >= 0)
        n = n.mid(slash + 1);
    QString clean;
    for (const QChar c : std::as_const(n)) {
        if (c.category() != QChar::Other_Control)
            clean.append(c);
    }
    clean = clean.trimmed();
    if (clean == u"."_s || clean == u".."_s)
        return {};
    return clean.left(200);
}

} // namespace

// ---------------------------------------------------------------------------

class Simulator::Private
{
public:
    struct Task
    {
        QString id;
        QString ownerKey;
        QString model;
        QString aspectRatio;
        qint64 created = 0; // unix seconds
        qint64 startMs = 0; // on `clock`
        qint64 totalMs = 0;
        int videoSeconds = 0;
        qint64 reservedUc = 0;
        bool perCall = false;
        QString failCode; // empty, a §6.2 code, or "cancelled"
        bool settled = false;
        bool expired = false;
        QString elementId;
        bool elementFromVideo = false;
    };
    struct Phase
    {
        QString status;
        int progress = 0;
        int remainingSeconds = 0;
        bool terminal = false;
    };
    struct StoredFile
    {
        QString id;
        QString name;
        QString originalName;
        QString uploadPath;
        QByteArray mime;
        QString diskPath; // the bytes, in the simulator's upload folder
        qint64 size = 0;
        QDateTime uploaded;
        QDateTime expires;
        double durationSeconds = -1;
        QSize imageSize;
    };
    struct Idempotent
    {
        QByteArray canonicalBody;
        QByteArray response;
    };
    struct ErrorFault
    {
        QString prefix;
        int status;
        QString code;
        int remaining;
        int retryAfter;
    };
    struct DelayFault
    {
        QString prefix;
        int delayMs;
        int remaining;
    };
    struct DropFault
    {
        QString prefix;
        int remaining;
        qint64 afterBytes;
    };
    struct RawFault
    {
        QString prefix;
        QByteArray body;
        QByteArray contentType;
        int remaining;
    };
    struct Record
    {
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Reply
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        SimHttpWire::HeaderList headers;
        std::shared_ptr<QIODevice> stream; // downloads: sent as the socket drains
        qint64 streamLength = 0;
        bool headOnly = false;
    };

    explicit Private(Simulator *owner) : q(owner)
    {
        clock.start();
        keys.insert(Simulator::demoKey());
    }

    Simulator *q;
    SimHttpServer *server = nullptr;
    QUrl base;
    QElapsedTimer clock;
    double scale = 1.0;
    qint64 balanceUc = 5000 * SimPrices::kUcPerCredit;
    qint64 usedUc = 0;
    QHash<QString, qint64> usedByKey;
    QSet<QString> keys;
    QHash<QString, Task> tasks;
    QStringList order; // creation order
    QHash<QString, StoredFile> files;
    // Uploads live on disk for the simulator's lifetime (they are not part of
    // the saved state), so a demo session's images and videos cost no memory.
    std::unique_ptr<QTemporaryDir> uploadDir;
    QHash<QString, qint64> largeResults;
    QHash<QString, Idempotent> idempotency;
    QString failNext;
    bool resultDataOnly = false;
    bool refuseVideoUploads = false;
    QList<ErrorFault> errorFaults;
    QList<DelayFault> delayFaults;
    QList<DropFault> dropFaults;
    QList<RawFault> rawFaults;
    QList<Record> records;
    QHash<QString, int> forgottenRequests; // path -> count of records dropped
    QHash<QString, QByteArray> samples; // aspect ratio -> clip bytes
    QHash<QString, QByteArray> sampleEtags;
    QString stateFile;
    quint16 savedPort = 0;
    qint64 downloadRate = 0; // bytes per second, 0 = unthrottled

    // ---- persistence (demo jobs survive a restart) ----
    // Task start times are kept in wall-clock ms, since `clock` restarts.
    void saveState() const
    {
        if (stateFile.isEmpty())
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QJsonArray list;
        for (const QString &id : order) {
            const auto it = tasks.constFind(id);
            if (it == tasks.cend())
                continue;
            const Task &t = *it;
            list.append(QJsonObject {{u"id"_s, t.id},
                                     {u"owner"_s, t.ownerKey},
                                     {u"model"_s, t.model},
                                     {u"aspect"_s, t.aspectRatio},
                                     {u"created"_s, t.created},
                                     {u"start_epoch_ms"_s, now - (clock.elapsed() - t.startMs)},
                                     {u"total_ms"_s, t.totalMs},
                                     {u"video_seconds"_s, t.videoSeconds},
                                     {u"reserved_uc"_s, t.reservedUc},
                                     {u"per_call"_s, t.perCall},
                                     {u"fail_code"_s, t.failCode},
                                     {u"settled"_s, t.settled},
                                     {u"expired"_s, t.expired},
                                     {u"element_id"_s, t.elementId},
                                     {u"element_from_video"_s, t.elementFromVideo}});
        }
        QJsonObject replays;
        for (auto it = idempotency.cbegin(); it != idempotency.cend(); ++it) {
            replays.insert(it.key(),
                           QJsonObject {{u"body"_s, QString::fromUtf8(it->canonicalBody)},
                                        {u"response"_s, QString::fromUtf8(it->response)}});
        }
        const QJsonObject root {{u"version"_s, 1},
                                {u"port"_s, base.isValid() ? base.port() : int(savedPort)},
                                {u"balance_uc"_s, balanceUc},
                                {u"used_uc"_s, usedUc},
                                {u"tasks"_s, list},
                                {u"idempotency"_s, replays}};
        // Atomic: a crash mid-write leaves the previous table intact.
        QSaveFile file(stateFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(toJson(root)) < 0 || !file.commit())
            qCWarning(lcSimServer) << "cannot save the simulator state to" << stateFile;
    }

    void loadState()
    {
        QFile file(stateFile);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        if (root.value(u"version"_s).toInt() != 1) {
            qCWarning(lcSimServer) << "ignoring unreadable simulator state" << stateFile;
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        savedPort = quint16(root.value(u"port"_s).toInt());
        balanceUc = qint64(root.value(u"balance_uc"_s).toDouble(double(balanceUc)));
        usedUc = qint64(root.value(u"used_uc"_s).toDouble(double(usedUc)));
        for (const QJsonValue &v : root.value(u"tasks"_s).toArray()) {
            const QJsonObject o = v.toObject();
            Task t;
            t.id = o.value(u"id"_s).toString();
            if (t.id.isEmpty() || tasks.contains(t.id))
                continue;
            t.ownerKey = o.value(u"owner"_s).toString();
            t.model = o.value(u"model"_s).toString();
            t.aspectRatio = o.value(u"aspect"_s).toString();
            t.created = qint64(o.value(u"created"_s).toDouble());
            t.startMs = clock.elapsed() - (now - qint64(o.value(u"start_epoch_ms"_s).toDouble()));
            t.totalMs = qint64(o.value(u"total_ms"_s).toDouble());
            t.videoSeconds = o.value(u"video_seconds"_s).toInt();
            t.reservedUc = qint64(o.value(u"reserved_uc"_s).toDouble());
            t.perCall = o.value(u"per_call"_s).toBool();
            t.failCode = o.value(u"fail_code"_s).toString();
            t.settled = o.value(u"settled"_s).toBool();
            t.expired = o.value(u"expired"_s).toBool();
            t.elementId = o.value(u"element_id"_s).toString();
            t.elementFromVideo = o.value(u"element_from_video"_s).toBool();
            tasks.insert(t.id, t);
            order.append(t.id);
        }
        const QJsonObject replays = root.value(u"idempotency"_s).toObject();
        for (auto it = replays.begin(); it != replays.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            idempotency.insert(it.key(),
                               {o.value(u"body"_s).toString().toUtf8(),
                                o.value(u"response"_s).toString().toUtf8()});
        }
        qCInfo(lcSimServer) << "simulator state loaded:" << tasks.size() << "tasks";
    }

    QString baseString() const { return base.toString(QUrl::StripTrailingSlash); }

    // ---- replies ----
    static Reply json(int status, const QJsonObject &o)
    {
        Reply r;
        r.status = status;
        r.contentType = QByteArrayLiteral("application/json");
        r.body = toJson(o);
        return r;
    }
    static Reply apiError(int status, const QString &code, const QString &message,
                          const QString &param = {})
    {
        QJsonObject e {
            {u"code"_s, code}, {u"message"_s, message}, {u"type"_s, errorType(code, status)}};
        if (!param.isEmpty())
            e.insert(u"param"_s, param);
        return json(status, QJsonObject {{u"error"_s, e}});
    }
    static Reply filesError(int status, const QString &message)
    {
        return json(status,
                    QJsonObject {{u"success"_s, false}, {u"code"_s, status}, {u"msg"_s, message}});
    }
    static Reply invalid(const QString &fieldMessage)
    {
        const qsizetype colon = fieldMessage.indexOf(u": "_s);
        return apiError(400, u"invalid_request"_s, fieldMessage,
                        colon > 0 ? fieldMessage.left(colon) : QString());
    }
    static Reply methodNotAllowed(const SimRequest &req)
    {
        return apiError(
            405, u"method_not_allowed"_s,
            u"%1 is not allowed on %2"_s.arg(QString::fromLatin1(req.method), req.path));
    }

    // ---- bookkeeping ----
    void record(const SimRequest &req)
    {
        records.append({req.path, req.headers,
                        req.body.size() <= kMaxKeptBodyBytes ? req.body : QByteArray()});
        // Assigned, not cleared: QList::clear() keeps the list's capacity.
        if (records.size() > kKeptBodies)
            records[records.size() - kKeptBodies - 1].body = QByteArray();
        if (records.size() > kKeptHeaders)
            records[records.size() - kKeptHeaders - 1].headers = {};
        if (records.size() > kKeptRecords) {
            const qsizetype excess = records.size() - kKeptRecords;
            for (qsizetype i = 0; i < excess; ++i)
                forgottenRequests[records.at(i).path] += 1;
            records.remove(0, excess);
            if (forgottenRequests.size() > kKeptRecords)
                foldForgottenRequests();
        }
    }

    // Every task and upload has paths of its own, so a long demo session
    // would keep a count for each one it ever served. Past kKeptRecords
    // paths, those ending in an id (a segment with a digit) are counted
    // under their route instead ("/v1/tasks/", "/results/"): prefixes up to
    // the route still count them, prefixes naming one old task no longer do.
    void foldForgottenRequests()
    {
        QHash<QString, int> folded;
        for (auto it = forgottenRequests.cbegin(); it != forgottenRequests.cend(); ++it) {
            const QString &path = it.key();
            const qsizetype slash = path.lastIndexOf(u'/');
            const bool id = std::any_of(path.cbegin() + slash + 1, path.cend(),
                                        [](QChar c) { return c.isDigit(); });
            folded[id ? path.left(slash + 1) : path] += it.value();
        }
        forgottenRequests = std::move(folded);
    }

    // Drops finished tasks past their lifetime or beyond the newest
    // kKeptFinishedTasks, with their replayable create answers.
    void forgetOldTasks()
    {
        settleAll();
        const qint64 now = clock.elapsed();
        QSet<QString> drop;
        int finished = 0;
        for (qsizetype i = order.size() - 1; i >= 0; --i) {
            const auto it = tasks.constFind(order.at(i));
            if (it == tasks.cend() || !phase(*it).terminal)
                continue;
            ++finished;
            if (finished > kKeptFinishedTasks
                || now - (it->startMs + it->totalMs) > kFinishedTaskLifetimeMs)
                drop.insert(it->id);
        }
        if (drop.isEmpty())
            return;
        for (const QString &id : std::as_const(drop)) {
            tasks.remove(id);
            largeResults.remove(id);
        }
        order.removeIf([&drop](const QString &id) { return drop.contains(id); });
        // A replay answer names its task; task ids are unique random strings.
        for (auto it = idempotency.begin(); it != idempotency.end();) {
            const bool forgotten =
                std::any_of(drop.cbegin(), drop.cend(), [&it](const QString &id) {
                    return it->response.contains(id.toUtf8());
                });
            it = forgotten ? idempotency.erase(it) : std::next(it);
        }
    }

    template<typename Fault>
    static bool takeFault(QList<Fault> &list, const QString &path, Fault *out)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!path.startsWith(list[i].prefix))
                continue;
            *out = list[i];
            if (--list[i].remaining <= 0)
                list.removeAt(i);
            return true;
        }
        return false;
    }

    Phase phase(const Task &t) const
    {
        Phase p;
        const qint64 elapsed = clock.elapsed() - t.startMs;
        if (elapsed >= t.totalMs) {
            p.terminal = true;
            if (t.failCode.isEmpty()) {
                p.status = u"completed"_s;
                p.progress = 100;
            } else {
                p.status = t.failCode == u"cancelled"_s ? u"cancelled"_s : u"failed"_s;
            }
            return p;
        }
        const qint64 pendingMs = t.totalMs / 5;
        p.remainingSeconds = int(qMax<qint64>(1, (t.totalMs - elapsed + 999) / 1000));
        if (elapsed < pendingMs) {
            p.status = u"pending"_s;
        } else {
            p.status = u"processing"_s;
            p.progress =
                int(1 + 98 * (elapsed - pendingMs) / qMax<qint64>(1, t.totalMs - pendingMs));
        }
        return p;
    }

    // Refunds failed and cancelled tasks once they end (credits are only
    // charged for completed tasks).
    void settleAll()
    {
        for (auto it = tasks.begin(); it != tasks.end(); ++it) {
            Task &t = it.value();
            if (t.settled || !phase(t).terminal)
                continue;
            t.settled = true;
            if (!t.failCode.isEmpty()) {
                balanceUc += t.reservedUc;
                usedUc -= t.reservedUc;
                usedByKey[t.ownerKey] -= t.reservedUc;
                qCInfo(lcSimServer) << "task" << t.id << "ended" << t.failCode << "- refunded"
                                    << SimPrices::toCredits(t.reservedUc) << "credits";
            }
        }
    }

    QString resultUrl(const QString &taskId) const
    {
        return baseString() + u"/results/"_s + taskId + u".mp4"_s;
    }

    QJsonObject taskJson(const Task &t) const
    {
        const Phase ph = phase(t);
        QJsonObject info {{u"can_cancel"_s, !ph.terminal}};
        if (!ph.terminal)
            info.insert(u"estimated_time"_s, ph.remainingSeconds);
        if (!t.perCall)
            info.insert(u"video_duration"_s, t.videoSeconds);
        QJsonObject usage {{u"billing_rule"_s, t.perCall ? u"per_call"_s : u"per_second"_s},
                           {u"credits_reserved"_s, SimPrices::toCredits(t.reservedUc)},
                           {u"user_group"_s, u"default"_s}};
        QJsonObject o {{u"created"_s, t.created},    {u"id"_s, t.id},
                       {u"model"_s, t.model},        {u"object"_s, kObject},
                       {u"progress"_s, ph.progress}, {u"status"_s, ph.status},
                       {u"type"_s, u"video"_s}};
        if (ph.terminal) {
            const bool ok = ph.status == u"completed"_s;
            usage.insert(u"credits_used"_s, ok ? SimPrices::toCredits(t.reservedUc) : 0.0);
        }
        if (ph.status == u"completed"_s) {
            if (t.perCall) {
                o.insert(u"result_data"_s,
                         QJsonArray {QJsonObject {{u"element_id"_s, t.elementId}}});
            } else {
                const QString url = resultUrl(t.id);
                if (!resultDataOnly)
                    o.insert(u"results"_s, QJsonArray {url});
                o.insert(u"result_data"_s,
                         QJsonArray {
                             QJsonObject {{u"video_url"_s, url}, {u"duration"_s, t.videoSeconds}}});
            }
        } else if (ph.status == u"failed"_s) {
            o.insert(u"error"_s,
                     QJsonObject {{u"code"_s, t.failCode},
                                  {u"message"_s, taskErrorMessage(t.failCode)},
                                  {u"type"_s, u"task_error"_s}});
        }
        o.insert(u"task_info"_s, info);
        o.insert(u"usage"_s, usage);
        return o;
    }

    // ---- media known to the server ----
    QString ownFileId(const QString &url) const
    {
        const QString prefix = baseString() + u"/files/"_s;
        if (!url.startsWith(prefix))
            return {};
        const QString rest = url.mid(prefix.size());
        const qsizetype slash = rest.indexOf(u'/');
        return slash < 0 ? rest : rest.left(slash);
    }

    SimMediaRef mediaLookup(const QString &url) const
    {
        SimMediaRef ref;
        const QString resultsPrefix = baseString() + u"/results/"_s;
        if (url.startsWith(resultsPrefix)) {
            // A previous result used as input (e.g. edit a generated clip).
            QString id = url.mid(resultsPrefix.size());
            id.chop(4); // ".mp4"
            const auto it = tasks.constFind(id);
            if (it == tasks.cend() || it->expired || phase(*it).status != u"completed"_s
                || it->perCall) {
                ref.origin = SimMediaRef::Origin::OwnMissing;
                return ref;
            }
            const QByteArray clip = sampleFor(it->aspectRatio);
            ref.origin = SimMediaRef::Origin::Own;
            ref.mime = QByteArrayLiteral("video/mp4");
            ref.size = clip.size();
            ref.durationSeconds = SimMedia::mp4DurationSeconds(clip);
            return ref;
        }
        if (!url.startsWith(baseString() + u"/files/"_s))
            return ref;
        const auto it = files.constFind(ownFileId(url));
        if (it == files.cend() || it->expires < QDateTime::currentDateTimeUtc()) {
            ref.origin = SimMediaRef::Origin::OwnMissing;
            return ref;
        }
        ref.origin = SimMediaRef::Origin::Own;
        ref.mime = it->mime;
        ref.size = it->size;
        ref.durationSeconds = it->durationSeconds;
        ref.imageSize = it->imageSize;
        return ref;
    }

    int elementLookup(const QString &elementId) const
    {
        for (const Task &t : tasks) {
            if (t.perCall && t.elementId == elementId && phase(t).status == u"completed"_s)
                return t.elementFromVideo ? 2 : 1;
        }
        return 0;
    }

    QByteArray sampleFor(const QString &aspectRatio) const
    {
        if (aspectRatio == u"9:16"_s)
            return samples.value(u"9x16"_s);
        if (aspectRatio == u"1:1"_s)
            return samples.value(u"1x1"_s);
        return samples.value(u"16x9"_s);
    }
    QByteArray sampleEtagFor(const QString &aspectRatio) const
    {
        if (aspectRatio == u"9:16"_s)
            return sampleEtags.value(u"9x16"_s);
        if (aspectRatio == u"1:1"_s)
            return sampleEtags.value(u"1x1"_s);
        return sampleEtags.value(u"16x9"_s);
    }

    void loadSamples()
    {
        for (const QString &name : {u"16x9"_s, u"9x16"_s, u"1x1"_s}) {
            QFile f(u":/klingstudio/sim/sample-%1.mp4"_s.arg(name));
            if (!f.open(QIODevice::ReadOnly)) {
                qCWarning(lcSimServer) << "sample clip missing from resources:" << f.fileName();
                continue;
            }
            const QByteArray bytes = f.readAll();
            samples.insert(name, bytes);
            sampleEtags.insert(
                name,
                '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(20)
                    + '"');
        }
    }

    // ---- routing ----
    void handle(const SimRequest &req)
    {
        record(req);
        settleAll();
        const QString &path = req.path;

        DropFault drop {};
        const bool dropping = takeFault(dropFaults, path, &drop);
        DelayFault delay {};
        const bool delaying = takeFault(delayFaults, path, &delay);

        Reply reply;
        ErrorFault ef {};
        RawFault rf {};
        if (takeFault(errorFaults, path, &ef)) {
            reply = apiError(ef.status, ef.code, standardMessage(ef.code));
            if (ef.retryAfter >= 0)
                reply.headers.append(
                    {QByteArrayLiteral("Retry-After"), QByteArray::number(ef.retryAfter)});
        } else if (takeFault(rawFaults, path, &rf)) {
            reply.status = 200;
            reply.contentType = rf.contentType;
            reply.body = rf.body;
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
            QTimer::singleShot(delay.delayMs, q, deliver);
        else
            deliver();
    }

    void send(const QPointer<QTcpSocket> &socket, const QByteArray &method, const QString &path,
              const Reply &r, bool dropping, qint64 dropAfter)
    {
        const QString m = QString::fromLatin1(method);
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            qCDebug(lcSimServer) << m << path << "client went away before the answer";
            emit q->requestHandled(m, path, 0);
            return;
        }
        const bool partial = dropping && r.stream && dropAfter > 0 && !r.headOnly;
        if (dropping && !partial) {
            qCDebug(lcSimServer) << m << path << "-> connection dropped (fault injection)";
            socket->abort();
            emit q->requestHandled(m, path, 0);
            return;
        }
        if (r.stream) {
            SimHttpWire::HeaderList headers;
            headers.append({QByteArrayLiteral("Content-Type"), r.contentType});
            headers.append(
                {QByteArrayLiteral("Content-Length"), QByteArray::number(r.streamLength)});
            headers += r.headers;
            SimHttpWire::writeHead(socket, r.status, headers);
            if (!r.headOnly) {
                auto *streamer =
                    new SimBodyStreamer(socket, r.stream, r.streamLength, partial ? dropAfter : -1);
                if (path.startsWith(u"/results/"_s))
                    streamer->setRateLimit(downloadRate);
                streamer->start();
            }
        } else if (r.headOnly) {
            SimHttpWire::HeaderList headers;
            if (!r.contentType.isEmpty())
                headers.append({QByteArrayLiteral("Content-Type"), r.contentType});
            headers.append(
                {QByteArrayLiteral("Content-Length"), QByteArray::number(r.body.size())});
            headers += r.headers;
            SimHttpWire::writeHead(socket, r.status, headers);
        } else {
            SimHttpWire::writeResponse(socket, r.status, r.contentType, r.body, r.headers);
        }
        qCDebug(lcSimServer) << m << path << "->" << r.status;
        emit q->requestHandled(m, path, r.status);
    }

    Reply route(const SimRequest &req)
    {
        const QString &path = req.path;
        const bool get = req.method == "GET" || req.method == "HEAD";
        const bool post = req.method == "POST";

        if (path.startsWith(u"/files/"_s))
            return get ? serveFile(req, path.mid(7).section(u'/', 0, 0)) : methodNotAllowed(req);
        if (path.startsWith(u"/results/"_s))
            return get ? serveResult(req) : methodNotAllowed(req);
        if (!path.startsWith(u"/v1/"_s) && !path.startsWith(u"/api/v1/"_s)) {
            return apiError(404, u"not_found"_s,
                            u"No route for %1 %2"_s.arg(QString::fromLatin1(req.method), path));
        }

        QString key;
        if (Reply denied; !authorize(req, &key, &denied))
            return denied;

        if (path == u"/v1/videos/generations"_s)
            return post ? create(req, key) : methodNotAllowed(req);
        if (path == u"/v1/tasks"_s)
            return get ? listTasks(req, key) : methodNotAllowed(req);
        if (path == u"/v1/tasks/batch"_s && post)
            return batch(req, key);
        if (path.startsWith(u"/v1/tasks/"_s))
            return get ? queryTask(path.mid(10), key) : methodNotAllowed(req);
        if (path == u"/v1/credits"_s)
            return get ? credits(key) : methodNotAllowed(req);
        if (path == u"/v1/models"_s) {
            if (!get)
                return methodNotAllowed(req);
            QJsonArray data;
            for (const QString &m : SimRules::models())
                data.append(QJsonObject {{u"id"_s, m}, {u"object"_s, u"model"_s}});
            return json(200, QJsonObject {{u"object"_s, u"list"_s}, {u"data"_s, data}});
        }
        if (path == u"/api/v1/files/upload/base64"_s)
            return post ? uploadBase64(req) : methodNotAllowed(req);
        if (path == u"/api/v1/files/upload/stream"_s)
            return post ? uploadStream(req) : methodNotAllowed(req);
        if (path == u"/api/v1/files/upload/url"_s)
            return post ? uploadUrl(req) : methodNotAllowed(req);
        if (path.startsWith(u"/api/v1/files/download/"_s))
            return get ? serveFile(req, path.mid(23)) : methodNotAllowed(req);
        return apiError(404, u"not_found"_s,
                        u"No route for %1 %2"_s.arg(QString::fromLatin1(req.method), path));
    }

    bool authorize(const SimRequest &req, QString *key, Reply *denied) const
    {
        const QByteArray auth = req.header("authorization").trimmed();
        if (auth.isEmpty()) {
            *denied = apiError(401, u"unauthorized"_s,
                               u"Missing Authorization header (expected \"Bearer <API key>\")"_s);
            return false;
        }
        if (!auth.toLower().startsWith("bearer ")) {
            *denied = apiError(401, u"unauthorized"_s,
                               u"The Authorization header must be \"Bearer <API key>\""_s);
            return false;
        }
        *key = QString::fromUtf8(auth.mid(7).trimmed());
        if (!keys.contains(*key)) {
            *denied = apiError(401, u"unauthorized"_s, u"Invalid or expired API key"_s);
            return false;
        }
        return true;
    }

    // ---- generation API ----
    Reply create(const SimRequest &req, const QString &key)
    {
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError)
            return invalid(u"body: invalid JSON (%1)"_s.arg(pe.errorString()));
        if (!doc.isObject())
            return invalid(u"body: must be a JSON object"_s);
        const QJsonObject body = doc.object();
        const QByteArray canonical = toJson(body);

        const QString idemKey = QString::fromUtf8(req.header("idempotency-key").trimmed());
        const QString idemSlot = key + u'\n' + idemKey;
        if (!idemKey.isEmpty()) {
            const auto it = idempotency.constFind(idemSlot);
            if (it != idempotency.cend()) {
                if (it->canonicalBody != canonical) {
                    return apiError(409, u"idempotency_conflict"_s,
                                    u"This Idempotency-Key was already used with a different "
                                    "request body"_s);
                }
                Reply r;
                r.contentType = QByteArrayLiteral("application/json");
                r.body = it->response;
                r.headers.append(
                    {QByteArrayLiteral("idempotency-replayed"), QByteArrayLiteral("true")});
                qCInfo(lcSimServer) << "idempotent replay of a create request";
                return r;
            }
        }

        const SimRules rules([this](const QString &url) { return mediaLookup(url); },
                             [this](const QString &id) { return elementLookup(id); });
        const SimCreatePlan plan = rules.check(body);
        if (!plan.error.isEmpty()) {
            qCInfo(lcSimServer) << "create refused:" << plan.error;
            return invalid(plan.error);
        }
        const qint64 cost =
            SimPrices::reservationUc(plan.model, plan.quality, plan.sound, plan.billedSeconds);
        if (cost < 0) {
            return apiError(500, u"internal_error"_s,
                            u"No price for %1 at %2"_s.arg(plan.model, plan.quality));
        }
        if (cost > balanceUc) {
            return apiError(402, u"insufficient_quota"_s,
                            u"Insufficient credits: this task needs %1 credits, the balance is %2"_s
                                .arg(SimPrices::toCredits(cost))
                                .arg(SimPrices::toCredits(balanceUc)));
        }
        balanceUc -= cost;
        usedUc += cost;
        usedByKey[key] += cost;

        Task t;
        t.created = QDateTime::currentSecsSinceEpoch();
        do {
            t.id = u"task-unified-%1-%2"_s.arg(t.created).arg(randomAlnum(8));
        } while (tasks.contains(t.id));
        t.ownerKey = key;
        t.model = plan.model;
        t.aspectRatio = plan.aspectRatio;
        t.startMs = clock.elapsed();
        t.totalMs = qint64(std::llround(double(kNominalTaskMs) * scale));
        t.videoSeconds = plan.videoSeconds;
        t.reservedUc = cost;
        t.perCall = SimPrices::isPerCall(plan.model);
        t.failCode = failNext;
        failNext.clear();
        if (t.perCall) {
            t.elementId = u"element-%1-%2"_s.arg(t.created).arg(randomAlnum(8));
            t.elementFromVideo = plan.elementFromVideo;
        }
        forgetOldTasks();
        tasks.insert(t.id, t);
        order.append(t.id);

        const QByteArray response = toJson(taskJson(t));
        if (!idemKey.isEmpty())
            idempotency.insert(idemSlot, {canonical, response});
        saveState();
        qCInfo(lcSimServer) << "task" << t.id << "created:" << t.model << "reserved"
                            << SimPrices::toCredits(cost) << "credits";
        Reply r;
        r.contentType = QByteArrayLiteral("application/json");
        r.body = response;
        return r;
    }

    Reply queryTask(const QString &id, const QString &key)
    {
        if (!id.startsWith(u"task-unified-"_s)) {
            return apiError(
                400, u"invalid_task_id"_s,
                u"Invalid task id \"%1\": task ids start with \"task-unified-\""_s.arg(id),
                u"task_id"_s);
        }
        const auto it = tasks.constFind(id);
        if (it == tasks.cend())
            return apiError(404, u"task_not_found"_s, u"Task %1 not found"_s.arg(id));
        if (it->ownerKey != key) {
            return apiError(403, u"permission_denied"_s,
                            u"Task %1 belongs to another API key"_s.arg(id));
        }
        return json(200, taskJson(*it));
    }

    Reply listTasks(const SimRequest &req, const QString &key)
    {
        auto intParam = [&req](const QString &name, int fallback, int *out) {
            if (!req.query.hasQueryItem(name)) {
                *out = fallback;
                return true;
            }
            bool ok = false;
            *out = req.query.queryItemValue(name).toInt(&ok);
            return ok && *out >= 1;
        };
        int page = 1;
        int pageSize = 20;
        if (!intParam(u"page"_s, 1, &page))
            return invalid(u"page: must be a positive integer"_s);
        if (!intParam(u"page_size"_s, 20, &pageSize) || pageSize > 100)
            return invalid(u"page_size: must be an integer between 1 and 100"_s);
        const QString status = req.query.queryItemValue(u"status"_s);
        const QString type = req.query.queryItemValue(u"type"_s);
        const QString model = req.query.queryItemValue(u"model"_s);

        QJsonArray all;
        for (qsizetype i = order.size() - 1; i >= 0; --i) {
            const Task &t = tasks[order.at(i)];
            if (t.ownerKey != key)
                continue;
            const Phase ph = phase(t);
            if (!status.isEmpty()) {
                const bool running = ph.status == u"pending"_s || ph.status == u"processing"_s;
                if (status == u"processing"_s ? !running : ph.status != status)
                    continue;
            }
            if (!type.isEmpty() && type != u"video"_s)
                continue;
            if (!model.isEmpty() && model != t.model)
                continue;
            const bool done = ph.status == u"completed"_s;
            all.append(QJsonObject {
                {u"id"_s, t.id},
                {u"status"_s, ph.status},
                {u"model"_s, t.model},
                {u"type"_s, u"video"_s},
                {u"progress"_s, ph.progress},
                {u"created_at"_s, t.created},
                {u"has_results"_s, done},
                {u"has_error"_s, ph.status == u"failed"_s},
                {u"credits_used"_s, done ? SimPrices::toCredits(t.reservedUc) : 0.0},
            });
        }
        QJsonArray pageItems;
        const qint64 first = qint64(page - 1) * pageSize;
        for (qint64 i = first; i < all.size() && i < first + pageSize; ++i)
            pageItems.append(all.at(i));
        return json(200,
                    QJsonObject {{u"data"_s, pageItems},
                                 {u"total"_s, all.size()},
                                 {u"page"_s, page},
                                 {u"page_size"_s, pageSize}});
    }

    Reply batch(const SimRequest &req, const QString &key)
    {
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return invalid(u"body: must be a JSON object {\"task_ids\": [...]}"_s);
        const QJsonValue idsV = doc.object().value(u"task_ids"_s);
        if (!idsV.isArray())
            return invalid(u"task_ids: is required (an array of task ids)"_s);
        const QJsonArray ids = idsV.toArray();
        if (ids.size() > kMaxBatchIds)
            return invalid(
                u"task_ids: at most %1 ids (got %2)"_s.arg(kMaxBatchIds).arg(ids.size()));
        QJsonArray data;
        for (const QJsonValue &v : ids) {
            if (!v.isString())
                return invalid(u"task_ids: every id must be a string"_s);
            const auto it = tasks.constFind(v.toString());
            if (it != tasks.cend() && it->ownerKey == key)
                data.append(taskJson(*it));
        }
        return json(200, QJsonObject {{u"data"_s, data}});
    }

    Reply credits(const QString &key) const
    {
        const QJsonObject user {{u"remaining_credits"_s, SimPrices::toCredits(balanceUc)},
                                {u"used_credits"_s, SimPrices::toCredits(usedUc)}};
        const QJsonObject token {{u"remaining_credits"_s, SimPrices::toCredits(balanceUc)},
                                 {u"used_credits"_s, SimPrices::toCredits(usedByKey.value(key))},
                                 {u"unlimited_credits"_s, false}};
        return json(
            200,
            QJsonObject {{u"success"_s, true},
                         {u"message"_s, u""_s},
                         {u"data"_s, QJsonObject {{u"user"_s, user}, {u"token"_s, token}}}});
    }

    // ---- files API ----
    // The path of `data` written as upload `id`, "" when it cannot be stored.
    QString writeUpload(const QString &id, const QByteArray &data)
    {
        if (!uploadDir)
            uploadDir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                        + u"/klingstudio-sim-uploads-XXXXXX"_s);
        if (!uploadDir->isValid()) {
            qCWarning(lcSimServer) << "no folder for uploads:" << uploadDir->errorString();
            return {};
        }
        const QString path = uploadDir->filePath(id);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            qCWarning(lcSimServer) << "cannot store upload" << path << file.errorString();
            return {};
        }
        return path;
    }

    Reply storeUpload(const QByteArray &data, const QString &requestedName,
                      const QString &originalName, const QString &uploadPath)
    {
        if (data.isEmpty())
            return filesError(400, u"file: the file is empty"_s);
        const QByteArray mime = SimMedia::sniffMime(data);
        if (mime.isEmpty()) {
            return filesError(415,
                              u"Unsupported file type: only image/jpeg, image/png, image/gif, "
                              "image/webp, video/mp4 and video/quicktime are accepted "
                              "(detected from the file content)"_s);
        }
        if (data.size() > kMaxUploadBytes)
            return filesError(413, u"file: the file is larger than 100 MB"_s);
        // The documented files API (API.md §5) takes images only.
        if (refuseVideoUploads && mime.startsWith("video/")) {
            return filesError(415,
                              u"Unsupported file type: only image/jpeg, image/png, image/gif "
                              "and image/webp are accepted"_s);
        }

        StoredFile f;
        do {
            f.id = u"file_"_s + randomAlnum(16);
        } while (files.contains(f.id));
        const QString ext = QString::fromLatin1(SimMedia::extensionFor(mime));
        f.name = sanitizeFileName(requestedName);
        if (f.name.isEmpty())
            f.name = randomAlnum(12) + u'.' + ext;
        f.originalName = sanitizeFileName(originalName);
        if (f.originalName.isEmpty())
            f.originalName = f.name;
        f.uploadPath = sanitizeFileName(uploadPath);
        if (f.uploadPath.isEmpty())
            f.uploadPath = mime.startsWith("video/") ? u"videos"_s : u"images"_s;
        f.mime = mime;
        f.size = data.size();
        f.diskPath = writeUpload(f.id, data);
        if (f.diskPath.isEmpty())
            return filesError(500, u"The simulator could not store the file on disk"_s);
        f.uploaded = QDateTime::currentDateTimeUtc();
        f.expires = f.uploaded.addSecs(kUploadExpiryHours * 3600);
        if (mime.startsWith("video/"))
            f.durationSeconds = SimMedia::mp4DurationSeconds(data);
        else
            f.imageSize = SimMedia::imageSize(data);
        files.insert(f.id, f);
        qCInfo(lcSimServer) << "stored upload" << f.id << mime << data.size() << "bytes";

        const QString fileUrl = baseString() + u"/files/"_s + f.id + u'/'
            + QString::fromLatin1(QUrl::toPercentEncoding(f.name));
        const QJsonObject d {
            {u"file_id"_s, f.id},
            {u"file_name"_s, f.name},
            {u"original_name"_s, f.originalName},
            {u"file_size"_s, qint64(data.size())},
            {u"mime_type"_s, QString::fromLatin1(mime)},
            {u"upload_path"_s, f.uploadPath},
            {u"file_url"_s, fileUrl},
            {u"download_url"_s, baseString() + u"/api/v1/files/download/"_s + f.id},
            {u"upload_time"_s, isoTime(f.uploaded)},
            {u"expires_at"_s, isoTime(f.expires)}};
        return json(200,
                    QJsonObject {{u"success"_s, true},
                                 {u"code"_s, 200},
                                 {u"msg"_s, u"File uploaded successfully"_s},
                                 {u"data"_s, d}});
    }

    Reply uploadBase64(const SimRequest &req)
    {
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return filesError(400, u"body: must be a JSON object with base64_data"_s);
        const QJsonObject o = doc.object();
        const QJsonValue dataV = o.value(u"base64_data"_s);
        if (!dataV.isString() || dataV.toString().isEmpty())
            return filesError(400, u"base64_data: is required (a string)"_s);
        QByteArray encoded = dataV.toString().toLatin1();
        if (encoded.startsWith("data:")) {
            const qsizetype comma = encoded.indexOf(',');
            if (comma < 0 || !encoded.left(comma).endsWith(";base64"))
                return filesError(400, u"base64_data: malformed data: URI"_s);
            encoded = encoded.mid(comma + 1);
        }
        encoded = encoded.simplified().replace(' ', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(
            encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return filesError(400, u"base64_data: not valid base64"_s);
        for (const QString &k : {u"file_name"_s, u"upload_path"_s}) {
            if (o.contains(k) && !o.value(k).isString())
                return filesError(400, u"%1: must be a string"_s.arg(k));
        }
        const QString name = o.value(u"file_name"_s).toString();
        return storeUpload(*decoded, name, name, o.value(u"upload_path"_s).toString());
    }

    Reply uploadStream(const SimRequest &req)
    {
        QList<FormPart> parts;
        if (!parseMultipart(req.header("content-type"), req.body, &parts)) {
            return filesError(400, u"body: expected multipart/form-data with a \"file\" field"_s);
        }
        const FormPart *file = nullptr;
        QString name;
        QString uploadPath;
        for (const FormPart &p : std::as_const(parts)) {
            if (p.name == "file" && p.isFile) {
                if (file)
                    return filesError(400, u"file: one file per request"_s);
                file = &p;
            } else if (p.name == "file_name" || p.name == "fileName") {
                name = QString::fromUtf8(p.data);
            } else if (p.name == "upload_path" || p.name == "uploadPath") {
                uploadPath = QString::fromUtf8(p.data);
            }
        }
        if (!file)
            return filesError(400, u"file: is required (a multipart file field named \"file\")"_s);
        const QString original = QString::fromUtf8(file->fileName);
        return storeUpload(file->data, name.isEmpty() ? original : name, original, uploadPath);
    }

    Reply uploadUrl(const SimRequest &req)
    {
        QJsonParseError pe {};
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return filesError(400, u"body: must be a JSON object with file_url"_s);
        const QJsonObject o = doc.object();
        const QString url = o.value(u"file_url"_s).toString();
        if (url.isEmpty())
            return filesError(400, u"file_url: is required (a string)"_s);
        QByteArray data;
        const QString resultsPrefix = baseString() + u"/results/"_s;
        if (const auto it = files.constFind(ownFileId(url)); it != files.cend()) {
            QFile stored(it->diskPath);
            if (stored.open(QIODevice::ReadOnly))
                data = stored.readAll();
        } else if (url.startsWith(resultsPrefix)) {
            QString id = url.mid(resultsPrefix.size());
            id.chop(4);
            const auto t = tasks.constFind(id);
            if (t != tasks.cend() && phase(*t).status == u"completed"_s && !t->perCall)
                data = sampleFor(t->aspectRatio);
        }
        if (data.isEmpty()) {
            return filesError(400,
                              u"file_url: the simulator has no network access; it can only "
                              "fetch its own /files/ and /results/ URLs"_s);
        }
        const QString last = QUrl(url).path().section(u'/', -1);
        const QString name = o.value(u"file_name"_s).toString();
        return storeUpload(data, name.isEmpty() ? last : name, last,
                           o.value(u"upload_path"_s).toString());
    }

    // ---- downloads ----
    Reply serveDevice(const SimRequest &req, std::shared_ptr<QIODevice> device, qint64 size,
                      const QByteArray &mime, const QByteArray &etag)
    {
        Reply r;
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
        if (!device->seek(first)) {
            return apiError(500, u"internal_error"_s, u"Cannot read the file"_s);
        }
        r.stream = std::move(device);
        r.streamLength = length;
        return r;
    }

    static std::shared_ptr<QIODevice> bufferOver(const QByteArray &bytes)
    {
        auto buffer = std::make_shared<QBuffer>();
        buffer->setData(bytes); // implicitly shared, no copy
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    }

    Reply serveFile(const SimRequest &req, const QString &fileId)
    {
        const auto it = files.constFind(fileId);
        if (it == files.cend() || it->expires < QDateTime::currentDateTimeUtc())
            return filesError(404, u"File not found or expired"_s);
        auto file = std::make_shared<QFile>(it->diskPath);
        if (!file->open(QIODevice::ReadOnly))
            return filesError(404, u"File not found or expired"_s);
        return serveDevice(req, file, it->size, it->mime, '"' + it->id.toLatin1() + '"');
    }

    Reply serveResult(const SimRequest &req)
    {
        QString id = req.path.mid(9);
        if (!id.endsWith(u".mp4"_s))
            return apiError(404, u"resource_not_found"_s, u"No result at this URL"_s);
        id.chop(4);
        if (largeResults.contains(id)) {
            const qint64 size = largeResults.value(id);
            auto device = std::make_shared<SimPatternDevice>(samples.value(u"16x9"_s), size);
            device->open(QIODevice::ReadOnly);
            return serveDevice(req, device, size, QByteArrayLiteral("video/mp4"),
                               "\"large-" + QByteArray::number(size) + '"');
        }
        const auto it = tasks.constFind(id);
        if (it == tasks.cend() || it->perCall || phase(*it).status != u"completed"_s)
            return apiError(404, u"resource_not_found"_s, u"No result at this URL"_s);
        if (it->expired) {
            return apiError(403, u"link_expired"_s,
                            u"This result link has expired (links are valid for 24 hours)"_s);
        }
        const QByteArray clip = sampleFor(it->aspectRatio);
        if (clip.isEmpty())
            return apiError(500, u"internal_error"_s, u"The sample clip is missing"_s);
        return serveDevice(req, bufferOver(clip), clip.size(), QByteArrayLiteral("video/mp4"),
                           sampleEtagFor(it->aspectRatio));
    }
};

// ---------------------------------------------------------------------------

Simulator::Simulator(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    d->loadSamples();
    d->server = new SimHttpServer([this](const SimRequest &req) { d->handle(req); }, this);
}

Simulator::~Simulator() = default;

bool Simulator::start(quint16 port)
{
    if (d->base.isValid())
        return true;
    quint16 bound = 0;
    // The previous run's port first: links stored by resumed jobs point there.
    if (port == 0 && d->savedPort != 0)
        bound = d->server->listen(QHostAddress::LocalHost, d->savedPort);
    if (bound == 0)
        bound = d->server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        qCWarning(lcSimServer) << "cannot listen on 127.0.0.1 port" << port;
        return false;
    }
    d->base = QUrl(u"http://127.0.0.1:%1"_s.arg(bound));
    d->saveState();
    qCInfo(lcSimServer) << "EvoLink simulator listening on" << d->base.toString();
    return true;
}

QUrl Simulator::baseUrl() const
{
    return d->base;
}

QString Simulator::demoKey()
{
    return u"sk-demo-klingstudio"_s;
}

void Simulator::setTimeScale(double scale)
{
    d->scale = qMax(0.0, scale);
}

double Simulator::timeScale() const
{
    return d->scale;
}

void Simulator::setBalance(double credits)
{
    d->balanceUc = SimPrices::fromCredits(credits);
}

double Simulator::balance() const
{
    d->settleAll();
    return SimPrices::toCredits(d->balanceUc);
}

void Simulator::addAcceptedKey(const QString &key)
{
    if (!key.isEmpty())
        d->keys.insert(key);
}

void Simulator::expireResults(const QString &taskId)
{
    const auto it = d->tasks.find(taskId);
    if (it != d->tasks.end()) {
        it->expired = true;
        d->saveState();
    }
}

void Simulator::setStateFile(const QString &path)
{
    d->stateFile = path;
    if (!path.isEmpty())
        d->loadState();
}

QString Simulator::stateFile() const
{
    return d->stateFile;
}

void Simulator::addLargeResult(const QString &taskId, qint64 bytes)
{
    d->largeResults.insert(taskId, qMax<qint64>(0, bytes));
}

QStringList Simulator::taskIds() const
{
    QStringList out;
    for (qsizetype i = d->order.size() - 1; i >= 0; --i)
        out.append(d->order.at(i));
    return out;
}

void Simulator::injectHttpError(const QString &pathPrefix, int status, const QString &code,
                                int count, int retryAfterSeconds)
{
    if (count > 0)
        d->errorFaults.append({pathPrefix, status, code, count, retryAfterSeconds});
}

void Simulator::failNextTask(const QString &errorCode)
{
    d->failNext = errorCode;
}

void Simulator::delayResponses(const QString &pathPrefix, int delayMs, int count)
{
    if (count > 0)
        d->delayFaults.append({pathPrefix, delayMs, count});
}

void Simulator::dropConnections(const QString &pathPrefix, int count, qint64 afterBytes)
{
    if (count > 0)
        d->dropFaults.append({pathPrefix, count, afterBytes});
}

void Simulator::throttleDownloads(qint64 bytesPerSecond)
{
    d->downloadRate = qMax<qint64>(0, bytesPerSecond);
}

void Simulator::setRefuseVideoUploads(bool on)
{
    d->refuseVideoUploads = on;
}

void Simulator::setResultDataOnly(bool on)
{
    d->resultDataOnly = on;
}

void Simulator::injectRawBody(const QString &pathPrefix, const QByteArray &body,
                              const QByteArray &contentType, int count)
{
    if (count > 0)
        d->rawFaults.append({pathPrefix, body, contentType, count});
}

void Simulator::clearFaults()
{
    d->errorFaults.clear();
    d->delayFaults.clear();
    d->dropFaults.clear();
    d->rawFaults.clear();
    d->failNext.clear();
    d->resultDataOnly = false;
}

int Simulator::requestCount(const QString &pathPrefix) const
{
    int n = 0;
    for (auto it = d->forgottenRequests.cbegin(); it != d->forgottenRequests.cend(); ++it) {
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    }
    for (const auto &r : d->records) {
        if (r.path.startsWith(pathPrefix))
            ++n;
    }
    return n;
}

int Simulator::countedOldPaths() const
{
    return int(d->forgottenRequests.size());
}

QByteArray Simulator::lastRequestBody(const QString &pathPrefix) const
{
    for (qsizetype i = d->records.size() - 1; i >= 0; --i) {
        if (d->records.at(i).path.startsWith(pathPrefix))
            return d->records.at(i).body;
    }
    return {};
}

QByteArray Simulator::lastRequestHeader(const QString &pathPrefix, const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (qsizetype i = d->records.size() - 1; i >= 0; --i) {
        const auto &r = d->records.at(i);
        if (!r.path.startsWith(pathPrefix))
            continue;
        for (const auto &h : r.headers) {
            if (h.first == lower)
                return h.second;
        }
        return {};
    }
    return {};
}

int Simulator::taskCount() const
{
    return int(d->tasks.size());
}

QString Simulator::uploadDirectory() const
{
    return d->uploadDir && d->uploadDir->isValid() ? d->uploadDir->path() : QString();
}

} // namespace ks

#include "sim/SimTasksApi.h"

#include "sim/SimFaults.h"
#include "sim/SimFilesApi.h"
#include "sim/SimHttpServer.h"
#include "sim/SimLog.h"
#include "sim/SimPrices.h"
#include "sim/SimRandom.h"
#include "sim/SimResults.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ks {

namespace {

constexpr int kMaxBatchIds = 50;

const QString kObject = u"video.generation.task"_s;

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

SimReply jsonBody(const QByteArray &body)
{
    SimReply r;
    r.contentType = QByteArrayLiteral("application/json");
    r.body = body;
    return r;
}

} // namespace

SimTasksApi::SimTasksApi(SimTaskStore &store, SimResults &results, const SimFilesApi &files,
                         SimFaults &faults)
    : m_store(store), m_results(results), m_files(files), m_faults(faults)
{
}

SimReply SimTasksApi::create(const SimRequest &req, const QString &key)
{
    m_limits.noteArrival();
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return SimReply::invalid(u"body: invalid JSON (%1)"_s.arg(pe.errorString()));
    if (!doc.isObject())
        return SimReply::invalid(u"body: must be a JSON object"_s);
    const QJsonObject body = doc.object();
    const QByteArray canonical = SimReply::compactJson(body);
    // The gateway checks the key's model access before anything else.
    const QString model = body.value(u"model"_s).toString();
    if (m_faults.withholds(key, model)) {
        qCInfo(lcSimServer) << "create refused: the key may not use" << model;
        return SimReply::apiError(403, u"model_access_denied"_s,
                                  u"Token does not have access to model: %1"_s.arg(model));
    }

    const QString idemKey = QString::fromUtf8(req.header("idempotency-key").trimmed());
    const QString idemSlot = key + u'\n' + idemKey;
    if (!idemKey.isEmpty()) {
        if (const SimTaskStore::Replay *replay = m_store.replay(idemSlot)) {
            if (replay->canonicalBody != canonical) {
                return SimReply::apiError(409, u"idempotency_conflict"_s,
                                          u"This Idempotency-Key was already used with a "
                                          "different request body"_s);
            }
            SimReply r = jsonBody(replay->response);
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
        return SimReply::invalid(plan.error);
    }
    // Too many tasks of this model at once: refused before anything is
    // created or reserved, so the same request may come again later.
    if (const QString busy = m_limits.refusal(m_store, key, plan.model); !busy.isEmpty()) {
        qCInfo(lcSimServer) << "create refused:" << busy;
        return SimReply::apiError(429, u"quota_exceeded"_s, busy);
    }
    const qint64 cost =
        SimPrices::reservationUc(plan.model, plan.quality, plan.sound, plan.billedSeconds);
    if (cost < 0) {
        return SimReply::apiError(500, u"internal_error"_s,
                                  u"No price for %1 at %2"_s.arg(plan.model, plan.quality));
    }
    if (cost > m_store.balanceUc()) {
        return SimReply::apiError(
            402, u"insufficient_quota"_s,
            u"Insufficient credits: this task needs %1 credits, the balance is %2"_s
                .arg(SimPrices::toCredits(cost))
                .arg(SimPrices::toCredits(m_store.balanceUc())));
    }
    m_store.reserve(key, cost);

    SimTaskStore::Task t;
    t.created = QDateTime::currentSecsSinceEpoch();
    do {
        t.id = u"task-unified-%1-%2"_s.arg(t.created).arg(SimRandom::alnum(8));
    } while (m_store.contains(t.id));
    t.ownerKey = key;
    t.model = plan.model;
    t.aspectRatio = plan.aspectRatio;
    t.startMs = m_store.elapsedMs();
    t.totalMs = m_store.taskDurationMs();
    t.videoSeconds = plan.videoSeconds;
    t.reservedUc = cost;
    t.perCall = SimPrices::isPerCall(plan.model);
    t.failCode = m_faults.takeFailNextTask(&t.failMessage);
    if (t.perCall) {
        t.elementId = u"element-%1-%2"_s.arg(t.created).arg(SimRandom::alnum(8));
        t.elementFromVideo = plan.elementFromVideo;
    }
    m_results.forget(m_store.forgetOldTasks());
    m_store.add(t);

    const QByteArray response = SimReply::compactJson(taskJson(t));
    if (!idemKey.isEmpty())
        m_store.rememberReplay(idemSlot, {canonical, response});
    m_store.save();
    qCInfo(lcSimServer) << "task" << t.id << "created:" << t.model << "reserved"
                        << SimPrices::toCredits(cost) << "credits";
    return jsonBody(response);
}

SimReply SimTasksApi::query(const QString &id, const QString &key) const
{
    if (!id.startsWith(u"task-unified-"_s)) {
        return SimReply::apiError(
            400, u"invalid_task_id"_s,
            u"Invalid task id \"%1\": task ids start with \"task-unified-\""_s.arg(id),
            u"task_id"_s);
    }
    const SimTaskStore::Task *t = m_store.find(id);
    if (!t)
        return SimReply::apiError(404, u"task_not_found"_s, u"Task %1 not found"_s.arg(id));
    if (t->ownerKey != key) {
        return SimReply::apiError(403, u"permission_denied"_s,
                                  u"Task %1 belongs to another API key"_s.arg(id));
    }
    return SimReply::json(200, taskJson(*t));
}

SimReply SimTasksApi::list(const SimRequest &req, const QString &key) const
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
        return SimReply::invalid(u"page: must be a positive integer"_s);
    if (!intParam(u"page_size"_s, 20, &pageSize) || pageSize > 100)
        return SimReply::invalid(u"page_size: must be an integer between 1 and 100"_s);
    const QString status = req.query.queryItemValue(u"status"_s);
    const QString type = req.query.queryItemValue(u"type"_s);
    const QString model = req.query.queryItemValue(u"model"_s);

    QJsonArray all;
    const QStringList &order = m_store.order();
    for (qsizetype i = order.size() - 1; i >= 0; --i) {
        const SimTaskStore::Task *task = m_store.find(order.at(i));
        if (!task || task->ownerKey != key)
            continue;
        const SimTaskStore::Task &t = *task;
        const SimTaskStore::Phase ph = m_store.phase(t);
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
    return SimReply::json(200,
                          QJsonObject {{u"data"_s, pageItems},
                                       {u"total"_s, all.size()},
                                       {u"page"_s, page},
                                       {u"page_size"_s, pageSize}});
}

SimReply SimTasksApi::batch(const SimRequest &req, const QString &key) const
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return SimReply::invalid(u"body: must be a JSON object {\"task_ids\": [...]}"_s);
    const QJsonValue idsV = doc.object().value(u"task_ids"_s);
    if (!idsV.isArray())
        return SimReply::invalid(u"task_ids: is required (an array of task ids)"_s);
    const QJsonArray ids = idsV.toArray();
    if (ids.size() > kMaxBatchIds) {
        return SimReply::invalid(
            u"task_ids: at most %1 ids (got %2)"_s.arg(kMaxBatchIds).arg(ids.size()));
    }
    QJsonArray data;
    for (const QJsonValue &v : ids) {
        if (!v.isString())
            return SimReply::invalid(u"task_ids: every id must be a string"_s);
        const SimTaskStore::Task *t = m_store.find(v.toString());
        if (t && t->ownerKey == key)
            data.append(taskJson(*t));
    }
    return SimReply::json(200, QJsonObject {{u"data"_s, data}});
}

SimReply SimTasksApi::credits(const QString &key) const
{
    const double remaining = SimPrices::toCredits(m_store.balanceUc());
    const QJsonObject user {{u"remaining_credits"_s, remaining},
                            {u"used_credits"_s, SimPrices::toCredits(m_store.usedUc())}};
    const QJsonObject token {{u"remaining_credits"_s, remaining},
                             {u"used_credits"_s, SimPrices::toCredits(m_store.usedUc(key))},
                             {u"unlimited_credits"_s, false}};
    return SimReply::json(
        200,
        QJsonObject {{u"success"_s, true},
                     {u"message"_s, u""_s},
                     {u"data"_s, QJsonObject {{u"user"_s, user}, {u"token"_s, token}}}});
}

SimReply SimTasksApi::models(const QString &key) const
{
    // The OpenAI-style list that gateways like EvoLink answer.
    QJsonArray data;
    for (const QString &m : SimRules::models()) {
        if (!m_faults.withholds(key, m))
            data.append(QJsonObject {{u"id"_s, m},
                                     {u"object"_s, u"model"_s},
                                     {u"created"_s, 1767225600},
                                     {u"owned_by"_s, u"kling"_s}});
    }
    return SimReply::json(200, QJsonObject {{u"object"_s, u"list"_s}, {u"data"_s, data}});
}

QJsonValue SimTasksApi::reservedJson(qint64 uc) const
{
    // Whole UC as EvoLink's V3 examples show them (270000 for 27 credits).
    if (m_faults.reservedInUc())
        return uc;
    return SimPrices::toCredits(uc);
}

QJsonObject SimTasksApi::taskJson(const SimTaskStore::Task &t) const
{
    const SimTaskStore::Phase ph = m_store.phase(t);
    QJsonObject info {{u"can_cancel"_s, !ph.terminal}};
    if (!ph.terminal)
        info.insert(u"estimated_time"_s, ph.remainingSeconds);
    if (!t.perCall)
        info.insert(u"video_duration"_s, t.videoSeconds);
    QJsonObject usage {{u"billing_rule"_s, t.perCall ? u"per_call"_s : u"per_second"_s},
                       {u"credits_reserved"_s, reservedJson(t.reservedUc)},
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
            o.insert(u"result_data"_s, QJsonArray {QJsonObject {{u"element_id"_s, t.elementId}}});
        } else {
            const QString url = m_results.urlFor(t.id);
            if (!m_faults.resultDataOnly())
                o.insert(u"results"_s, QJsonArray {url});
            o.insert(
                u"result_data"_s,
                QJsonArray {QJsonObject {{u"video_url"_s, url}, {u"duration"_s, t.videoSeconds}}});
        }
    } else if (ph.status == u"failed"_s) {
        o.insert(
            u"error"_s,
            QJsonObject {{u"code"_s, t.failCode},
                         {u"message"_s,
                          t.failMessage.isEmpty() ? taskErrorMessage(t.failCode) : t.failMessage},
                         {u"type"_s, u"task_error"_s}});
    }
    o.insert(u"task_info"_s, info);
    o.insert(u"usage"_s, usage);
    return o;
}

SimMediaRef SimTasksApi::mediaLookup(const QString &url) const
{
    if (m_results.isResultUrl(url))
        return m_results.media(url);
    return m_files.media(url);
}

// 0 unknown, 1 made from images, 2 made from a video (SimRules::ElementLookup).
int SimTasksApi::elementLookup(const QString &elementId) const
{
    for (const SimTaskStore::Task &t : m_store.tasks()) {
        if (t.perCall && t.elementId == elementId && m_store.phase(t).status == u"completed"_s)
            return t.elementFromVideo ? 2 : 1;
    }
    return 0;
}

} // namespace ks

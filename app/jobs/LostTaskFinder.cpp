#include "jobs/LostTaskFinder.h"

#include "api/ApiReply.h"
#include "api/EvoLinkClient.h"
#include "core/Mode.h"
#include "core/MoneyText.h"
#include "core/ReservedCredits.h"
#include "core/ResultSize.h"
#include "platform/Logging.h"

#include <QDateTime>

#include <cmath>

namespace ks {

namespace {

// Seconds of video the task must report to be this job's; empty when the
// job's length cannot be known (a video edit of an unprobed input, an element).
std::optional<int> expectedSeconds(const GenerationRequest &request)
{
    if (request.mode == Mode::CustomElement)
        return std::nullopt;
    if (request.mode == Mode::VideoEdit && !(request.video.info.durationSeconds > 0))
        return std::nullopt;
    return ResultSize::outputSeconds(request);
}

} // namespace

LostTaskFinder::LostTaskFinder(EvoLinkClient *client, const Job &job,
                               std::function<bool(const QString &)> isKnownTask, QObject *parent)
    : QObject(parent), m_client(client), m_job(job), m_isKnownTask(std::move(isKnownTask))
{
}

LostTaskFinder::~LostTaskFinder()
{
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

void LostTaskFinder::start()
{
    ApiReply *reply = m_client->listRecentTasks(kListPageSize);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply] { onListed(reply); });
}

void LostTaskFinder::track(ApiReply *reply)
{
    reply->setParent(this);
    m_reply = reply;
}

void LostTaskFinder::onListed(ApiReply *reply)
{
    m_reply = nullptr;
    reply->deleteLater();
    const ApiError error = reply->error();
    if (error.isError()) {
        const int status = error.httpStatus;
        // The list endpoint is unconfirmed (API.md §1.1): when the server
        // does not know it, the idempotency key is the only protection left.
        if (status == 404 || status == 405 || status == 501) {
            finish(Outcome::NotFound);
            return;
        }
        m_error = error;
        finish(Outcome::Failed);
        return;
    }
    const QString model = ModeInfo::modelName(m_job.request.mode);
    const QDateTime sent = m_job.createSentAt.isValid() ? m_job.createSentAt
        : m_job.updatedAt.isValid()                     ? m_job.updatedAt
                                                        : QDateTime::currentDateTimeUtc();
    m_windowFrom = sent.toSecsSinceEpoch() - kWindowBeforeSeconds;
    m_windowTo = sent.toSecsSinceEpoch() + kWindowAfterSeconds;
    const qint64 from = m_windowFrom;
    const qint64 to = m_windowTo;
    const QList<TaskSnapshot> &tasks = reply->tasks();
    qint64 oldest = 0;
    for (const TaskSnapshot &task : tasks) {
        if (task.created > 0 && (oldest == 0 || task.created < oldest))
            oldest = task.created;
        if (task.id.isEmpty() || m_isKnownTask(task.id))
            continue;
        if (!task.model.isEmpty() && task.model != model)
            continue;
        if (task.created > 0 && (task.created < from || task.created > to))
            continue;
        m_candidates.append(task.id);
    }
    // A full page that does not reach back to the window may hide the task.
    if (tasks.size() >= kListPageSize && (oldest == 0 || oldest > from))
        m_unsure.append(tr("older tasks beyond the first %n listed", nullptr, kListPageSize));
    readNextCandidate();
}

void LostTaskFinder::readNextCandidate()
{
    if (m_candidates.isEmpty()) {
        conclude();
        return;
    }
    const QString id = m_candidates.takeFirst();
    ApiReply *reply = m_client->getTask(id);
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, id] { onCandidateRead(reply, id); });
}

void LostTaskFinder::onCandidateRead(ApiReply *reply, const QString &id)
{
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->error().isError()) {
        m_unsure.append(tr("%1 (could not be read: %2)").arg(id, reply->error().message));
    } else {
        TaskSnapshot task = reply->task();
        if (task.id.isEmpty())
            task.id = id;
        QString why;
        switch (compare(task, &why)) {
        case Match::Proven:
            m_proven.append(task);
            break;
        case Match::Unsure:
            m_unsure.append(QStringLiteral("%1 (%2)").arg(task.id, why));
            break;
        case Match::Excluded:
            qCInfo(lcJobs) << "lost create of job" << m_job.id << ": task" << task.id
                           << "is not this job's:" << why;
            break;
        }
    }
    readNextCandidate();
}

LostTaskFinder::Match LostTaskFinder::compare(const TaskSnapshot &task, QString *why) const
{
    const QString model = ModeInfo::modelName(m_job.request.mode);
    if (!task.model.isEmpty() && task.model != model) {
        *why = tr("another model, %1").arg(task.model);
        return Match::Excluded;
    }
    if (task.created > 0 && (task.created < m_windowFrom || task.created > m_windowTo)) {
        *why = tr("created at %1, not while this job's request was out")
                   .arg(QDateTime::fromSecsSinceEpoch(task.created).toString(Qt::ISODate));
        return Match::Excluded;
    }
    bool checked = false;
    if (const std::optional<int> seconds = expectedSeconds(m_job.request)) {
        if (task.videoDurationSeconds) {
            if (*task.videoDurationSeconds != *seconds) {
                *why = tr("%1 s of video, this job asked for %2 s")
                           .arg(*task.videoDurationSeconds)
                           .arg(*seconds);
                return Match::Excluded;
            }
            checked = true;
        } else {
            *why = tr("its length is not given");
            return Match::Unsure;
        }
    }
    // A reservation may come in UC (API.md §10.1 #9), or a task reserved as
    // 270000 UC would never match 27 credits. The two readings lie 10,000x
    // apart, so the one nearer the estimate is the one meant; it is then held
    // to the same 2 % as a figure in credits (ReservedCredits' 1 % would call
    // a UC figure 1-2 % off "unclear" and exclude the task).
    std::optional<double> credits = task.creditsUsed;
    const double expected = double(m_job.estimateUc) / 10000.0;
    if (task.creditsReserved) {
        const double raw = *task.creditsReserved;
        const double asUc = raw / ReservedCredits::kUcPerCredit;
        credits = m_job.estimateUc > 0 && std::abs(asUc - expected) < std::abs(raw - expected)
            ? asUc
            : raw;
    }
    if (credits && m_job.estimateUc > 0) {
        // The price depends on mode, length, quality and sound: a task that
        // reserved another amount was made with other settings.
        if (std::abs(*credits - expected) > std::max(0.011, expected * 0.02)) {
            *why = tr("%1 credits, this job costs %2")
                       .arg(MoneyText::credits(*credits), MoneyText::creditsUc(m_job.estimateUc));
            return Match::Excluded;
        }
        checked = true;
    }
    if (!checked) {
        *why = tr("neither its length nor its price can be compared");
        return Match::Unsure;
    }
    if (task.model.isEmpty() || task.created <= 0) {
        *why = tr("its model or creation time is not given");
        return Match::Unsure;
    }
    return Match::Proven;
}

void LostTaskFinder::conclude()
{
    if (m_proven.size() == 1 && m_unsure.isEmpty()) {
        m_task = m_proven.constFirst();
        finish(Outcome::Found);
        return;
    }
    if (m_proven.isEmpty() && m_unsure.isEmpty()) {
        finish(Outcome::NotFound);
        return;
    }
    QStringList found = m_unsure;
    for (const TaskSnapshot &task : std::as_const(m_proven))
        found.prepend(tr("%1 (matches)").arg(task.id));
    m_explanation = tr("EvoLink lists tasks that might be this job's, but Kling Studio cannot "
                       "prove which one is: %1. Nothing was sent again. Compare them with this "
                       "job in your EvoLink dashboard; \"Check again\" looks once more.")
                        .arg(found.join(QStringLiteral("; ")));
    finish(Outcome::Uncertain);
}

void LostTaskFinder::finish(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome = outcome;
    emit finished();
}

} // namespace ks

#include "history/HistoryModel.h"

#include "core/CostEstimator.h"
#include "core/MoneyText.h"
#include "core/PromptExcerpt.h"
#include "core/ResultFileName.h"
#include "history/JobActions.h"
#include "history/ThumbnailCache.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/QueueReason.h"

#include <QLocale>
#include <QSet>
#include <QTimer>

#include <cmath>

namespace ks {

namespace {

constexpr int kExcerptLength = 120;
constexpr int kAlmostDoneProgress = 90;

// What a row shows; a row is repainted only when one of these changed.
bool sameForDisplay(const Job &a, const Job &b)
{
    return a.id == b.id && a.updatedAt == b.updatedAt && a.state == b.state
        && a.progress == b.progress && a.etaSeconds == b.etaSeconds && a.estimateUc == b.estimateUc
        && a.creditsReserved == b.creditsReserved && a.creditsUsed == b.creditsUsed
        && a.resultUrl == b.resultUrl && a.resultAt == b.resultAt && a.videoPath == b.videoPath
        && a.error.kind == b.error.kind && a.error.code == b.error.code
        && a.error.message == b.error.message && a.downloadedBytes == b.downloadedBytes
        && a.totalBytes == b.totalBytes && a.request.prompt == b.request.prompt
        && a.uploadFile == b.uploadFile && a.uploadFiles == b.uploadFiles
        && a.uploadedBytes == b.uploadedBytes && a.uploadTotalBytes == b.uploadTotalBytes
        && a.creditsReservedRaw == b.creditsReservedRaw && a.modelJobsRunning == b.modelJobsRunning;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent) : QAbstractListModel(parent)
{
    // ETAs count down between polls; only runs while a job is active.
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &HistoryModel::onTick);
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setSources(JobStore *store, JobManager *jobs, ThumbnailCache *thumbnails)
{
    // From a snapshot to its journal: update in place. From one journal to
    // another: start again.
    const bool fromSnapshot = !m_store;
    if (m_store)
        m_store->disconnect(this);
    if (m_jobs)
        m_jobs->disconnect(this);
    setThumbnails(thumbnails);
    m_store = store;
    m_jobs = jobs;

    if (m_store) {
        connect(m_store, &JobStore::jobInserted, this, [this] { refresh(); });
        connect(m_store, &JobStore::jobUpdated, this, &HistoryModel::refreshJob);
        connect(m_store, &JobStore::jobRemoved, this, &HistoryModel::removeJob);
    }
    if (m_jobs)
        connect(m_jobs, &JobManager::jobChanged, this, &HistoryModel::refreshJob);

    if (!fromSnapshot) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    refresh();
}

void HistoryModel::showSnapshot(const QList<Job> &jobs, ThumbnailCache *thumbnails)
{
    setThumbnails(thumbnails);
    beginResetModel();
    m_rows = jobs.mid(0, kLimit);
    endResetModel();
    for (const Job &job : std::as_const(m_rows))
        requestThumbnail(job);
    updateCounts();
}

void HistoryModel::setThumbnails(ThumbnailCache *thumbnails)
{
    if (m_thumbnails == thumbnails)
        return;
    if (m_thumbnails)
        m_thumbnails->disconnect(this);
    m_thumbnails = thumbnails;
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](const QString &id) {
            const int row = rowOf(id);
            if (row >= 0)
                emit dataChanged(index(row), index(row), {ThumbnailPathRole});
        });
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "jobId");
    names.insert(PromptRole, "prompt");
    names.insert(PromptExcerptRole, "promptExcerpt");
    names.insert(ModeRole, "mode");
    names.insert(ModeNameRole, "modeName");
    names.insert(DurationRole, "duration");
    names.insert(QualityRole, "quality");
    names.insert(AspectRole, "aspect");
    names.insert(SummaryRole, "summary");
    names.insert(StateRole, "state");
    names.insert(StateNameRole, "stateName");
    names.insert(ActiveRole, "active");
    names.insert(ProgressRole, "progress");
    names.insert(EtaSecondsRole, "etaSeconds");
    names.insert(EtaTextRole, "etaText");
    names.insert(EstimateCreditsRole, "estimateCredits");
    names.insert(CreditsReservedRole, "creditsReserved");
    names.insert(CreditsUsedRole, "creditsUsed");
    names.insert(CostTextRole, "costText");
    names.insert(CostShortTextRole, "costShortText");
    names.insert(ErrorRole, "error");
    names.insert(ThumbnailPathRole, "thumbnailPath");
    names.insert(VideoPathRole, "videoPath");
    names.insert(ResultUrlRole, "resultUrl");
    names.insert(ResultAtRole, "resultAt");
    names.insert(LinkValidRole, "linkValid");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(DownloadWarningRole, "downloadWarning");
    names.insert(TaskIdRole, "taskId");
    names.insert(QueueReasonRole, "queueReason");
    names.insert(QueueReasonShortRole, "queueReasonShort");
    return names;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Job &job = m_rows.at(index.row());
    const GenerationRequest &r = job.request;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 — %2").arg(data(index, PromptExcerptRole).toString(),
                                 jobStateDisplayName(job.state));
    case Qt::ToolTipRole: {
        QString tip = r.mode == Mode::CustomElement ? r.elementName : r.prompt;
        if (r.multiShot && !r.shots.isEmpty()) {
            QStringList shots;
            for (int i = 0; i < r.shots.size(); ++i)
                shots << tr("Shot %1: %2").arg(i + 1).arg(r.shots.at(i).prompt.simplified());
            tip = shots.join(QLatin1Char('\n'));
        }
        const QString error = data(index, ErrorRole).toString();
        if (!error.isEmpty())
            tip += QStringLiteral("\n\n") + error;
        else if (const QString reason = QueueReason::text(job); !reason.isEmpty())
            tip += QStringLiteral("\n\n") + reason;
        const QString warning = downloadWarning(job);
        if (!warning.isEmpty())
            tip += QStringLiteral("\n\n") + warning;
        tip += QStringLiteral("\n\n") + exactCostText(job);
        return tip;
    }
    case IdRole:
        return job.id;
    case PromptRole:
        return r.prompt;
    case PromptExcerptRole: {
        // The first shot of a multi-shot request (the summary counts them).
        const QString text = PromptExcerpt::of(r, kExcerptLength);
        return text.isEmpty() ? tr("(no prompt)") : text;
    }
    case ModeRole:
        return int(r.mode);
    case ModeNameRole:
        return ModeInfo::displayName(r.mode);
    case DurationRole:
        return r.durationSeconds;
    case QualityRole:
        return qualityName(r.quality);
    case AspectRole:
        return ModeInfo::hasAspectRatio(r.mode) && r.aspectRatio ? aspectName(*r.aspectRatio)
                                                                 : QString();
    case SummaryRole:
        return summary(job);
    case StateRole:
        return int(job.state);
    case StateNameRole:
        return jobStateDisplayName(job.state);
    case ActiveRole:
        return isActive(job.state);
    case ProgressRole:
        return displayedProgress(job);
    case EtaSecondsRole:
        return job.etaSeconds ? QVariant(*job.etaSeconds) : QVariant();
    case EtaTextRole:
        return etaText(job);
    case EstimateCreditsRole:
        return double(job.estimateUc) / 10000.0;
    case CreditsReservedRole:
        return job.creditsReserved ? QVariant(*job.creditsReserved) : QVariant();
    case CreditsUsedRole:
        return job.creditsUsed ? QVariant(*job.creditsUsed) : QVariant();
    case CostTextRole:
        return costText(job);
    case CostShortTextRole:
        return job.creditsUsed ? tr("%1 cr").arg(MoneyText::credits(*job.creditsUsed))
                               : tr("%1 cr").arg(MoneyText::creditsUc(job.estimateUc));
    case QueueReasonRole:
        return QueueReason::text(job);
    case QueueReasonShortRole:
        return QueueReason::shortText(job);
    case ErrorRole:
        if (!job.error.isError())
            return QString();
        return isSettled(job.state) ? ErrorCatalog::settledMessage(job.error)
                                    : ErrorCatalog::userMessage(job.error);
    case ThumbnailPathRole:
        return m_thumbnails ? m_thumbnails->cachedPath(job.id) : QString();
    case VideoPathRole:
        return job.videoPath;
    case ResultUrlRole:
        return job.resultUrl;
    case ResultAtRole:
        return job.resultAt;
    case LinkValidRole:
        return JobActions::linkValid(job.resultUrl, job.resultAt);
    case CreatedAtRole:
        return job.createdAt;
    case SaveNameRole:
        return ResultFileName::forRequest(job.request, job.createdAt.toLocalTime().date());
    case DownloadWarningRole:
        return downloadWarning(job);
    case TaskIdRole:
        return job.taskId;
    default:
        return {};
    }
}

QString HistoryModel::downloadWarning(const Job &job, const QDateTime &now)
{
    // Only a paid result that is not on disk and that nothing is fetching
    // right now: the user has to act before the 24-hour link dies.
    if (job.resultUrl.isEmpty() || !job.videoPath.isEmpty() || isActive(job.state)
        || !job.resultAt.isValid())
        return {};
    const qint64 left = JobActions::kLinkLifetimeSeconds - job.resultAt.secsTo(now);
    if (job.state == JobState::Expired || left <= 0)
        return tr("Not downloaded, and the 24-hour result link has expired.");
    if (left < 3600)
        return tr("Not downloaded yet — the result link expires in %1 min.")
            .arg(qMax<qint64>(1, left / 60));
    return tr("Not downloaded yet — the result link expires in %1 h.").arg(left / 3600);
}

std::optional<Job> HistoryModel::jobAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

std::optional<Job> HistoryModel::jobById(const QString &id) const
{
    return jobAt(rowOf(id));
}

int HistoryModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString HistoryModel::headerText() const
{
    // Stopped jobs may still be billed on the server: counted apart, so they
    // are not forgotten (Check Again resumes them).
    // Queued jobs wait for a free slot (nothing is sent yet): apart from the
    // running ones, shown while there are any.
    if (m_queued > 0 && m_stopped > 0)
        return tr("%1 running · %2 queued · %3 done · %4 stopped")
            .arg(m_running)
            .arg(m_queued)
            .arg(m_done)
            .arg(m_stopped);
    if (m_queued > 0)
        return tr("%1 running · %2 queued · %3 done").arg(m_running).arg(m_queued).arg(m_done);
    if (m_stopped > 0)
        return tr("%1 running · %2 done · %3 stopped").arg(m_running).arg(m_done).arg(m_stopped);
    return tr("%1 running · %2 done").arg(m_running).arg(m_done);
}

void HistoryModel::refresh()
{
    const QList<Job> fresh = m_store && m_store->isOpen() ? m_store->recent(kLimit) : QList<Job>();

    QSet<QString> freshIds;
    for (const Job &job : fresh)
        freshIds.insert(job.id);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIds.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }

    // Every remaining row is in `fresh`; walk it and insert, move or update
    // so the rows end up in the journal's order.
    for (int i = 0; i < fresh.size(); ++i) {
        const Job &job = fresh.at(i);
        if (i < m_rows.size() && m_rows.at(i).id == job.id) {
            if (!sameForDisplay(m_rows.at(i), job)) {
                m_rows[i] = job;
                emit dataChanged(index(i), index(i));
            } else {
                m_rows[i] = job;
            }
        } else {
            int existing = -1;
            for (int j = i + 1; j < m_rows.size(); ++j) {
                if (m_rows.at(j).id == job.id) {
                    existing = j;
                    break;
                }
            }
            if (existing > i) {
                beginMoveRows({}, existing, existing, {}, i);
                m_rows.move(existing, i);
                endMoveRows();
                m_rows[i] = job;
                emit dataChanged(index(i), index(i));
            } else {
                beginInsertRows({}, i, i);
                m_rows.insert(i, job);
                endInsertRows();
            }
        }
        requestThumbnail(job);
    }
    updateCounts();
}

void HistoryModel::refreshJob(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_store) {
        refresh(); // a job we do not show yet (e.g. another process's)
        return;
    }
    // The live copy while the job runs here: it carries the upload progress,
    // which is not journaled.
    std::optional<Job> job = m_jobs ? m_jobs->job(id) : std::nullopt;
    if (!job)
        job = m_store->job(id);
    if (!job) {
        refresh();
        return;
    }
    if (!sameForDisplay(m_rows.at(row), *job)) {
        m_rows[row] = *job;
        emit dataChanged(index(row), index(row));
    } else {
        m_rows[row] = *job;
    }
    requestThumbnail(*job);
    updateCounts();
}

void HistoryModel::removeJob(const QString &id)
{
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    refresh(); // the 21st job moves up into view
}

void HistoryModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit countsChanged();
}

void HistoryModel::updateCounts()
{
    int running = 0;
    int queued = 0;
    int done = 0;
    int stopped = 0;
    for (const Job &job : std::as_const(m_rows)) {
        if (job.state == JobState::Queued)
            ++queued;
        else if (isActive(job.state))
            ++running;
        else if (job.state == JobState::Done)
            ++done;
        else if (job.state == JobState::Stopped)
            ++stopped;
    }
    if (running > 0 && !m_tick->isActive())
        m_tick->start();
    else if (running == 0)
        m_tick->stop();
    if (running != m_running || queued != m_queued || done != m_done || stopped != m_stopped) {
        m_running = running;
        const bool queueMoved = queued != m_queued;
        m_queued = queued;
        m_done = done;
        m_stopped = stopped;
        // "queued (3 ahead)" on the jobs still waiting.
        if (queueMoved) {
            for (int row = 0; row < m_rows.size(); ++row) {
                if (m_rows.at(row).state == JobState::Queued)
                    emit dataChanged(index(row), index(row), {EtaTextRole, Qt::DisplayRole});
            }
        }
        emit countsChanged();
    }
}

void HistoryModel::requestThumbnail(const Job &job)
{
    if (!m_thumbnails)
        return;
    const bool hasSource = (job.state == JobState::Done && !job.videoPath.isEmpty())
        || (job.request.mode == Mode::ImageToVideo && job.request.imageStart.isLocal());
    if (hasSource && m_thumbnails->cachedPath(job.id).isEmpty())
        m_thumbnails->request(job);
}

void HistoryModel::onTick()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isActive(m_rows.at(row).state) && m_rows.at(row).etaSeconds)
            emit dataChanged(index(row), index(row), {EtaTextRole, Qt::DisplayRole});
    }
}

int HistoryModel::displayedProgress(const Job &job) const
{
    if (job.state == JobState::Done)
        return 100;
    if (job.state == JobState::Uploading && job.uploadTotalBytes > 0)
        return int(
            qBound<qint64>(qint64(0), job.uploadedBytes * 100 / job.uploadTotalBytes, qint64(100)));
    if (job.state == JobState::Downloading && job.totalBytes > 0)
        return int(
            qBound<qint64>(qint64(0), job.downloadedBytes * 100 / job.totalBytes, qint64(100)));
    return qBound(0, job.progress, 100);
}

QString HistoryModel::etaText(const Job &job) const
{
    switch (job.state) {
    case JobState::Queued: {
        // Short enough for the card: the queue is served oldest first.
        const int ahead = queuedAhead(job);
        return ahead > 0 ? tr("queued (%1 ahead)").arg(ahead) : tr("queued (next)");
    }
    case JobState::Uploading:
        if (job.uploadFiles > 1)
            return tr("uploading file %1 of %2…").arg(job.uploadFile).arg(job.uploadFiles);
        return tr("uploading media…");
    case JobState::Submitting:
        return tr("sending…");
    case JobState::Downloading:
        return tr("downloading…");
    case JobState::Running:
        break;
    default:
        return {};
    }
    if (!job.etaSeconds)
        return tr("working…");
    // The server's estimate was given at the last poll; count down from there.
    qint64 left = *job.etaSeconds;
    if (job.updatedAt.isValid())
        left -= job.updatedAt.secsTo(QDateTime::currentDateTimeUtc());
    // The server's estimate ran out before its progress did: "almost done"
    // only when the progress agrees.
    if (left <= 5)
        return job.progress >= kAlmostDoneProgress ? tr("almost done") : tr("working…");
    if (left < 90)
        return tr("about %1 s left").arg(left);
    return tr("about %1 min left").arg(qint64(std::ceil(double(left) / 60.0)));
}

int HistoryModel::queuedAhead(const Job &job) const
{
    // Rows are newest first; the queue (JobManager) takes the oldest first.
    int ahead = 0;
    for (const Job &other : std::as_const(m_rows)) {
        if (other.id != job.id && other.state == JobState::Queued
            && (other.createdAt < job.createdAt
                || (other.createdAt == job.createdAt
                    // Takes of one click share the moment: queued in take order.
                    && std::pair(other.batchIndex, other.id) < std::pair(job.batchIndex, job.id))))
            ++ahead;
    }
    return ahead;
}

QString HistoryModel::costText(const Job &job) const
{
    QString text = tr("%1 cr").arg(MoneyText::creditsUc(job.estimateUc));
    if (job.creditsUsed)
        text += tr(" · charged %1").arg(MoneyText::credits(*job.creditsUsed));
    else if (job.creditsReserved)
        text += tr(" · reserved %1").arg(MoneyText::credits(*job.creditsReserved));
    else if (job.creditsReservedRaw)
        text += tr(" · reserved: unit unclear");
    return text;
}

QString HistoryModel::exactCostText(const Job &job) const
{
    // The cards round to the cent; the tooltip keeps every decimal.
    QString text =
        tr("Estimate: exactly %1 credits").arg(MoneyText::exactCreditsUc(job.estimateUc));
    if (job.creditsUsed)
        text += u'\n'
            + tr("Charged: exactly %1 credits").arg(MoneyText::exactCredits(*job.creditsUsed));
    else if (job.creditsReserved)
        text += u'\n'
            + tr("Reserved: exactly %1 credits").arg(MoneyText::exactCredits(*job.creditsReserved));
    else if (job.creditsReservedRaw)
        text += u'\n' + job.reservationText();
    return text;
}

QString HistoryModel::summary(const Job &job) const
{
    const GenerationRequest &r = job.request;
    QStringList parts {ModeInfo::displayName(r.mode)};
    if (r.multiShot && !r.shots.isEmpty())
        parts << (r.shots.size() == 1 ? tr("1 shot") : tr("%1 shots").arg(r.shots.size()));
    if (ModeInfo::durationRange(r.mode))
        parts << tr("%1 s").arg(r.durationSeconds);
    if (r.mode != Mode::CustomElement)
        parts << qualityName(r.quality);
    if (ModeInfo::hasAspectRatio(r.mode) && r.aspectRatio)
        parts << aspectName(*r.aspectRatio);
    if (ModeInfo::hasSound(r.mode) && r.sound)
        parts << tr("sound");
    // One of several takes of one click: which one.
    if (job.batchIndex > 0)
        parts << tr("take %1").arg(job.batchIndex);
    return parts.join(QStringLiteral(" · "));
}

} // namespace ks

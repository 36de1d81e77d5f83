#pragma once
// The last 20 jobs of the journal, newest first, for the history panel.
// Follows JobStore / JobManager signals row by row (insert, move, remove,
// dataChanged) instead of resetting, so selection and scrolling survive.

#include "jobs/Job.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

#include <optional>

class QTimer;

namespace ks {

class JobManager;
class JobStore;
class ThumbnailCache;

class HistoryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PromptRole, // full prompt
        PromptExcerptRole, // one line, at most ~120 characters
        ModeRole, // int(ks::Mode)
        ModeNameRole, // "Text to video"
        DurationRole, // seconds (int)
        QualityRole, // "720p"
        AspectRole, // "16:9" or ""
        SummaryRole, // "Text to video · 5 s · 720p · 16:9"
        StateRole, // int(ks::JobState)
        StateNameRole, // translated state
        ActiveRole, // bool: still in progress
        ProgressRole, // 0..100
        EtaSecondsRole, // int, or invalid when unknown
        EtaTextRole, // "about 40 s left"
        EstimateCreditsRole, // double
        CreditsReservedRole, // double, or invalid
        CreditsUsedRole, // double, or invalid
        CostTextRole, // "27.00 cr · reserved 27"
        CostShortTextRole, // "27.00 cr" (charged amount once known)
        ErrorRole, // ErrorCatalog::userMessage, "" when fine
        ThumbnailPathRole, // cached PNG or ""
        VideoPathRole,
        ResultUrlRole,
        ResultAtRole,
        LinkValidRole, // result URL still within 24 h
        CreatedAtRole,
        // "Not downloaded yet — the link expires in 5 h": a completed result
        // that is not on disk while the job is not busy getting it. "" otherwise.
        DownloadWarningRole,
        TaskIdRole, // EvoLink's task id, "" before the create was answered
        SaveNameRole, // file name Save As suggests (ResultFileName: prompt and date)
        QueueReasonRole, // why a queued job waits (QueueReason), "" when it is next
        QueueReasonShortRole, // the same in a few words
    };
    Q_ENUM(Role)

    static constexpr int kLimit = 20;

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    // `jobs` and `thumbnails` may be null.
    void setSources(JobStore *store, JobManager *jobs, ThumbnailCache *thumbnails);
    // Rows read elsewhere (JournalPreload) until setSources() gives the
    // journal: then the rows are brought up to date in place, so identical
    // rows change nothing on screen.
    void showSnapshot(const QList<Job> &jobs, ThumbnailCache *thumbnails);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    std::optional<Job> jobAt(int row) const;
    std::optional<Job> jobById(const QString &id) const;
    int rowOf(const QString &id) const;
    int runningCount() const { return m_running; }
    int doneCount() const { return m_done; }
    int stoppedCount() const { return m_stopped; }
    int queuedCount() const { return m_queued; }
    // "2 running · 5 done"; "2 running · 1 queued · 5 done" while any job
    // waits for a slot, and " · 1 stopped" while any job is stopped.
    QString headerText() const;
    // See DownloadWarningRole; `now` is a parameter so tests can move time.
    static QString downloadWarning(const Job &job,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Re-reads the journal and applies the difference row by row.
    void refresh();
    // Display texts depend on the language: repaint every row.
    void retranslate();

signals:
    void countsChanged();

private:
    void setThumbnails(ThumbnailCache *thumbnails);
    void refreshJob(const QString &id);
    void removeJob(const QString &id);
    void updateCounts();
    void requestThumbnail(const Job &job);
    void onTick();
    QString etaText(const Job &job) const;
    QString costText(const Job &job) const;
    QString exactCostText(const Job &job) const;
    QString summary(const Job &job) const;
    int displayedProgress(const Job &job) const;
    int queuedAhead(const Job &job) const; // queued jobs the queue serves first

    QPointer<JobStore> m_store;
    QPointer<JobManager> m_jobs;
    QPointer<ThumbnailCache> m_thumbnails;
    QList<Job> m_rows;
    int m_running = 0;
    int m_queued = 0;
    int m_done = 0;
    int m_stopped = 0;
    QTimer *m_tick = nullptr;
};

} // namespace ks

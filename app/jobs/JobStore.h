#pragma once
// The persistent journal of jobs: SQLite through Qt Sql, WAL, every write in
// a transaction. The GUI and the CLI may open it at once.

#include "jobs/Job.h"
#include "platform/FileIdentity.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;

namespace ks {

class JobStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStore)
public:
    explicit JobStore(QObject *parent = nullptr);
    ~JobStore() override;

    // Opens (creating) the journal. A corrupt file is moved aside to
    // <path>.corrupt-<timestamp> and a new journal started; `notice` says so.
    bool open(const QString &path, QString *notice = nullptr);
    // Opens an existing journal of this version for reading only: nothing
    // is created, checked, repaired or migrated, and writes fail. Like every
    // connection, it belongs to the thread that opened it (JournalPreload
    // reads the first frame's history on a worker thread this way).
    bool openForReading(const QString &path);
    void close();
    bool isOpen() const;

    bool insert(const Job &job); // before any network call
    // Several new jobs (the takes of one click) in one transaction: all are
    // journaled, or none is and lastError() says why.
    bool insertAll(const QList<Job> &jobs);
    bool update(const Job &job); // whole row
    bool remove(const QString &id); // the row only; never the video file
    std::optional<Job> job(const QString &id) const;
    QList<Job> recent(int limit = 20) const; // newest first
    QList<Job> unfinished() const; // isActive || OutcomeUnknown || Stalled
    // Failed jobs whose paid result never reached the disk (full disk,
    // unwritable folder, a download that was not the video) while the link
    // may still be valid: `resume` and "Check again" fetch them.
    QList<Job> strandedResults() const;
    // The job holding this task id, or an empty string.
    QString jobIdForTask(const QString &taskId) const;
    int count() const;

    // Cross-process ownership of a job for its whole life (upload, create,
    // polling, download), so two processes (the app and the CLI share the
    // journal) never send, poll or download one job twice. True when
    // `owner` now holds the claim (free, already its own, its holder known
    // dead, or the holder's lease older than kClaimLeaseSeconds); calling it
    // again renews the lease. Kept in the download_owner columns, which
    // versions before 0.2 used for downloads only.
    bool claimJob(const QString &id, const QString &owner);
    void releaseJob(const QString &id, const QString &owner);
    static constexpr int kClaimLeaseSeconds = 10 * 60;
    // False for an in-memory journal (the file could not be opened): paid
    // requests must not leave when nothing durable records them.
    bool isDurable() const { return isOpen() && m_path != QLatin1String(":memory:"); }
    // The owner names of claims and their liveness rule: DownloadClaim's
    // (claimJob() frees the claim of a dead holder at once).
    static QString processOwnerName(const QString &name);
    static bool ownerIsDead(const QString &owner);

    // Whether the journal's files are still the ones this store opened. A
    // user or a cleaner may delete them while jobs run; writes would then go
    // to a file nobody will ever read again, and a kill would lose billed
    // tasks. When they were deleted or replaced, the journal is opened again
    // at path() (made anew when missing), every row this store could still
    // read from its open copy is written back where missing, and
    // recreated() is emitted. Every write checks this first; the watcher
    // asks as soon as the files change. True when it recreated the journal.
    bool recoverIfReplaced();

    // Moves each time another connection (another process) commits to the
    // journal, never for this store's own writes; -1 when closed.
    qint64 dataVersion() const;

    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

signals:
    void jobInserted(const QString &id);
    void jobUpdated(const QString &id);
    void jobRemoved(const QString &id);
    // The journal was deleted or replaced while open and was made again at
    // path(), with `restoredRows` rows copied back from the open copy. Jobs
    // running in this process must be written again (JobManager does).
    void recreated(int restoredRows);

private:
    bool openDatabase(const QString &path);
    void rememberFiles();
    static QStringList journalFiles(const QString &path); // journal, -wal, -shm
    // Schema 3: reads every journaled credits_reserved by ReservedCredits.
    bool exec(const QString &sql);
    bool writeJob(const Job &job, bool insert);
    bool writeJobs(const QList<Job> &jobs, bool insert);
    bool execWrite(const QSqlDatabase &db, const Job &job, bool insert); // inside a transaction
    QList<Job> select(const QString &where, const QString &tail, const QVariantList &values) const;

    QString m_connection;
    QString m_path;
    mutable QString m_lastError;
    bool m_corrupt = false; // last openDatabase() failed on a damaged file
    QList<FileIdentity::Id> m_files; // journal, -wal, -shm as opened (writable only)
    bool m_recovering = false;
};

} // namespace ks

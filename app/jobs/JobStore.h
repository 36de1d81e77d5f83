#pragma once
// The persistent journal of jobs: SQLite through Qt Sql, WAL, every write in
// a transaction. The GUI and the CLI may open it at once.

#include "Job.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

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
    void close();
    bool isOpen() const;

    bool insert(const Job &job); // before any network call
    bool update(const Job &job); // whole row
    bool remove(const QString &id); // the row only; never the video file
    std::optional<Job> job(const QString &id) const;
    QList<Job> recent(int limit = 20) const; // newest first
    QList<Job> unfinished() const; // isActive || OutcomeUnknown || Stalled
    int count() const;

    // Cross-process claim so two processes never download one result twice.
    bool claimDownload(const QString &id, const QString &owner);

signals:
    void jobInserted(const QString &id);
    void jobUpdated(const QString &id);
    void jobRemoved(const QString &id);

private:
    QString m_connection;
};

} // namespace ks

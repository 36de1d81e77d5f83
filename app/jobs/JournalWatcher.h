#pragma once
// Tells when another process (the command-line tool, a second window) has
// committed to the journal, so the history can show its jobs as they come
// and change. The journal's files are watched through the system's file
// notifications (no polling), and each burst of changes is followed by one
// `PRAGMA data_version` on the store's own connection, which moves only for
// other connections' commits: this process's own writes emit nothing.
// It also notices when the journal was deleted or replaced and has the
// store make it again (JobStore::recoverIfReplaced), between writes too.

#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace ks {

class JobStore;

class JournalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWatcher)
public:
    explicit JournalWatcher(JobStore *store, QObject *parent = nullptr);

    // Watches the store's journal from now on (the store must be open; an
    // in-memory journal has nobody else writing to it).
    void start();
    bool isWatching() const;

    // Changes closer together than this make one check.
    static constexpr int kSettleMs = 150;

signals:
    void changedElsewhere();

private:
    void watchFiles();
    void check();

    JobStore *m_store;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_settle;
    qint64 m_version = -1;
};

} // namespace ks

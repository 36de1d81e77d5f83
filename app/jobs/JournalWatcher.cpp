#include "jobs/JournalWatcher.h"

#include "jobs/JobStore.h"
#include "platform/Logging.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

namespace ks {

JournalWatcher::JournalWatcher(JobStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &JournalWatcher::check);
}

void JournalWatcher::start()
{
    if (m_watcher || !m_store->isOpen() || m_store->path() == u":memory:")
        return;
    m_version = m_store->dataVersion();
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &file) {
        // A file that was replaced or removed drops out of the watch.
        if (!m_watcher->files().contains(file))
            watchFiles();
        m_settle.start();
    });
    // Deleting a file that is still open changes no file content: the
    // folder tells.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle.start(); });
    connect(m_store, &JobStore::recreated, this, [this] {
        if (!m_watcher->files().isEmpty())
            m_watcher->removePaths(m_watcher->files());
        watchFiles();
        m_version = m_store->dataVersion();
    });
    watchFiles();
}

bool JournalWatcher::isWatching() const
{
    return m_watcher && !m_watcher->files().isEmpty();
}

void JournalWatcher::watchFiles()
{
    // In WAL mode other writers append to the -wal file; a checkpoint writes
    // the database itself.
    const QString journal = m_store->path();
    for (const QString &file : {journal, journal + QStringLiteral("-wal")}) {
        if (!m_watcher->files().contains(file) && QFileInfo::exists(file))
            m_watcher->addPath(file);
    }
    const QString folder = QFileInfo(journal).absolutePath();
    if (m_watcher->directories().isEmpty() && QFileInfo(folder).isDir())
        m_watcher->addPath(folder);
}

void JournalWatcher::check()
{
    if (m_store->recoverIfReplaced())
        return; // the store and the process's jobs told about it

    const qint64 version = m_store->dataVersion();
    if (version < 0 || version == m_version)
        return;
    m_version = version;
    qCDebug(lcJobs) << "the journal was changed by another process";
    emit changedElsewhere();
}

} // namespace ks

#pragma once
// Reads the journal's newest jobs on a worker thread while the GUI thread
// builds the window, through a read-only connection of its own, so the
// history is in the first frame without the GUI thread first loading the
// SQLite driver and opening (checking, migrating) the journal: that open
// comes after the first paint. When the journal cannot be read this way
// (none yet, another schema version, damaged, locked), take() gives no
// jobs: the first frame shows an empty history, and the journal's own open
// after the first paint (which creates, migrates or moves it aside) fills it.

#include "jobs/Job.h"

#include <QList>
#include <QString>

#include <thread>

namespace ks {

class JournalPreload final
{
public:
    JournalPreload() = default;
    ~JournalPreload(); // waits
    JournalPreload(const JournalPreload &) = delete;
    JournalPreload &operator=(const JournalPreload &) = delete;

    // Needs the application object: the SQLite driver is a plugin.
    void start(const QString &journalPath, int limit);
    // Waits for the read; newest first, as JobStore::recent(). Empty when
    // the journal could not be read (or was taken already).
    QList<Job> take();

private:
    std::thread m_thread;
    QList<Job> m_jobs;
};

} // namespace ks

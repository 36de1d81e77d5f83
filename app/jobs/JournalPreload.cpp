#include "jobs/JournalPreload.h"

#include "jobs/JobStore.h"
#include "platform/Logging.h"

#include <utility>

namespace ks {

JournalPreload::~JournalPreload()
{
    if (m_thread.joinable())
        m_thread.join();
}

void JournalPreload::start(const QString &journalPath, int limit)
{
    if (m_thread.joinable())
        return;
    m_thread = std::thread([this, journalPath, limit] {
        JobStore store; // created, used and closed on this thread
        if (!store.openForReading(journalPath)) {
            qCInfo(lcJobs) << "history not preloaded:" << store.lastError();
            return;
        }
        m_jobs = store.recent(limit);
        store.close();
    });
}

QList<Job> JournalPreload::take()
{
    if (m_thread.joinable())
        m_thread.join();
    return std::exchange(m_jobs, {});
}

} // namespace ks

#include "desktop/JobAlerts.h"

#include "core/ApiError.h"
#include "core/PromptExcerpt.h"
#include "desktop/DesktopNotifier.h"
#include "jobs/Job.h"
#include "jobs/JobManager.h"
#include "platform/Settings.h"

#include <QApplication>
#include <QWidget>

namespace ks {

namespace {
constexpr int kExcerptLength = 100; // notifications show two or three lines
} // namespace

JobAlerts::JobAlerts(JobManager *jobs, Settings *settings, QWidget *window,
                     DesktopNotifier *notifier)
    : QObject(window), m_jobs(jobs), m_settings(settings), m_window(window), m_notifier(notifier)
{
    connect(jobs, &JobManager::jobFinished, this, &JobAlerts::onJobFinished);
    connect(notifier, &DesktopNotifier::activated, this, &JobAlerts::jobActivated);
}

std::optional<JobAlerts::Message> JobAlerts::messageFor(const Job &job)
{
    QString excerpt = PromptExcerpt::of(job.request, kExcerptLength);
    if (excerpt.isEmpty())
        excerpt = tr("(no prompt)");
    switch (job.state) {
    case JobState::Done:
        if (job.request.mode == Mode::CustomElement)
            return Message {tr("Element ready"), excerpt};
        return Message {tr("Video ready"), excerpt};
    case JobState::Failed:
        return Message {tr("Generation failed"),
                        excerpt + u'\n' + ErrorCatalog::userMessage(job.error)};
    case JobState::Expired:
        return Message {tr("Download link expired"),
                        excerpt + u'\n'
                            + tr("The video was not fetched within 24 hours of its making.")};
    case JobState::OutcomeUnknown:
    case JobState::Stalled:
        return Message {tr("A job needs you"),
                        excerpt + u'\n'
                            + tr("Open Kling Studio to see what is known and check again.")};
    default:
        return std::nullopt;
    }
}

void JobAlerts::onJobFinished(const QString &id)
{
    if (!m_settings->notifyWhenJobsEnd() || !m_jobs || !m_window)
        return;
    // In front, the history card says it already.
    if (m_window->isActiveWindow())
        return;
    const std::optional<Job> job = m_jobs->job(id);
    if (!job)
        return;
    const std::optional<Message> message = messageFor(*job);
    if (!message)
        return;
    if (m_notifier->show(message->title, message->body, id))
        ++m_shown;
    if (m_settings->notificationSound())
        QApplication::beep();
}

} // namespace ks

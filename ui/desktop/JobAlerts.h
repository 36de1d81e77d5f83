#pragma once
// Tells the creator when a job ends while the window is in the background:
// a desktop notification (DesktopNotifier) with the start of the prompt, and
// the system sound when chosen in Preferences. A click on it brings the job
// back (jobActivated).

#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QWidget;

namespace ks {

class DesktopNotifier;
class JobManager;
class Settings;
struct Job;

class JobAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobAlerts)
public:
    JobAlerts(JobManager *jobs, Settings *settings, QWidget *window, DesktopNotifier *notifier);

    struct Message
    {
        QString title;
        QString body;
    };
    // What the notification says for a job that left the active states;
    // nothing for one the user ended (stopped, cancelled).
    static std::optional<Message> messageFor(const Job &job);

    int shownCount() const { return m_shown; }

signals:
    void jobActivated(const QString &id);

private:
    void onJobFinished(const QString &id);

    QPointer<JobManager> m_jobs;
    Settings *m_settings;
    QPointer<QWidget> m_window;
    DesktopNotifier *m_notifier;
    int m_shown = 0;
};

} // namespace ks

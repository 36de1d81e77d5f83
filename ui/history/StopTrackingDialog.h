#pragma once
// Asks before the app stops following a job: a job EvoLink already runs goes
// on (and is billed) on the server, so "Keep Tracking" is the default and
// the question says that Check Again can pick the job up later.

#include "jobs/Job.h"

#include <QMessageBox>

namespace ks {

class StopTrackingDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopTrackingDialog)
public:
    // `hasTask`: EvoLink answered the create (the job has a task id).
    StopTrackingDialog(JobState state, bool hasTask, const QString &prompt,
                       QWidget *parent = nullptr);

    QAbstractButton *stopButton() const { return m_stop; }
    QAbstractButton *keepButton() const { return m_keep; }

signals:
    void stopConfirmed(); // "Stop Tracking" was chosen

private:
    QAbstractButton *m_stop = nullptr;
    QAbstractButton *m_keep = nullptr;
};

} // namespace ks

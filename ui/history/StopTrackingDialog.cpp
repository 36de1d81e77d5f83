#include "history/StopTrackingDialog.h"

#include <QPushButton>

namespace ks {

namespace {

// Before the create is sent, nothing runs or is billed on the server.
bool maySpend(JobState state, bool hasTask)
{
    return hasTask || (state != JobState::Queued && state != JobState::Uploading);
}

} // namespace

StopTrackingDialog::StopTrackingDialog(JobState state, bool hasTask, const QString &prompt,
                                       QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("stopTrackingDialog"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Stop Tracking"));
    const QString shown = fontMetrics().elidedText(prompt, Qt::ElideRight, 360);
    setText(shown.isEmpty() ? tr("Stop tracking this job?") : tr("Stop tracking “%1”?").arg(shown));
    if (maySpend(state, hasTask)) {
        setInformativeText(
            tr("EvoLink keeps running this job and bills it even if Kling Studio stops "
               "following it. The job stays in the history: choose Check Again later to follow "
               "it again and download the video while its link is valid (24 hours after the "
               "video is ready)."));
    } else {
        setInformativeText(tr("Nothing has been sent to EvoLink for this job yet, so nothing is "
                              "billed; it will not be sent."));
    }
    m_stop = addButton(tr("Stop Tracking"), QMessageBox::DestructiveRole);
    m_stop->setObjectName(QStringLiteral("stopTrackingConfirmButton"));
    QPushButton *keep = addButton(tr("Keep Tracking"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepTrackingButton"));
    m_keep = keep;
    setDefaultButton(keep);
    setEscapeButton(keep);
    connect(this, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (button == m_stop)
            emit stopConfirmed();
    });
}

} // namespace ks

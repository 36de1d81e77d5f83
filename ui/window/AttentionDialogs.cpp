#include "window/AttentionDialogs.h"

#include "core/ApiError.h"
#include "jobs/FileQuotaGate.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QWidget>

namespace ks {

AttentionDialogs::AttentionDialogs(QWidget *window) : QObject(window), m_window(window) { }

void AttentionDialogs::show(const ApiError &error)
{
    if (error.httpStatus == 401 || ErrorCatalog::action(error) == ErrorAction::AskForKey) {
        askForKey(ErrorCatalog::userMessage(error));
        return;
    }
    if (error.httpStatus == 402 || ErrorCatalog::action(error) == ErrorAction::TopUp) {
        if (m_open)
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Balance too low"),
                                    ErrorCatalog::userMessage(error), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("attentionDialog"));
        box->setInformativeText(tr("Top up your EvoLink account, then resubmit the job from the "
                                   "history. Nothing was charged for this job."));
        box->setAttribute(Qt::WA_DeleteOnClose);
        m_open = box;
        box->open();
        emit balanceMayHaveChanged();
    }
    if (error.code == FileQuotaGate::errorCode()) {
        // Stopped before paying: the numbers are in the message.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("File storage full"),
                                    ErrorCatalog::userMessage(error), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("fileQuotaDialog"));
        box->setInformativeText(error.message);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (error.code == u"journal_write_failed") {
        // The journal could not keep what the user must not lose (a task
        // id): say it where it cannot be missed, in text that can be copied.
        auto *box = new QMessageBox(QMessageBox::Critical, tr("The journal cannot be written"),
                                    error.message, QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("journalFailedDialog"));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void AttentionDialogs::askForKey(const QString &detail)
{
    if (m_open || m_preferences)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("API key refused"),
                        tr("EvoLink did not accept the API key."), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("attentionDialog"));
    box->setInformativeText(detail.isEmpty() ? tr("Enter a valid key in Preferences to continue.")
                                             : detail);
    QPushButton *open = box->addButton(tr("Open Preferences…"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    box->setDefaultButton(open);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, open] {
        if (box->clickedButton() == open)
            QTimer::singleShot(0, this, [this] { emit preferencesWanted(true); });
    });
    m_open = box;
    box->open();
}

} // namespace ks

#include "window/PrecheckQuestion.h"

#include "backend/StudioBackend.h"
#include "jobs/ModerationPrecheck.h"
#include "platform/Settings.h"

#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace ks {

PrecheckQuestion::PrecheckQuestion(StudioBackend *backend, QWidget *window)
    : QObject(window), m_backend(backend), m_window(window)
{
}

PrecheckQuestion::~PrecheckQuestion() = default;

QString PrecheckQuestion::question(const QString &category)
{
    return ModerationPrecheck::verdictText(category);
}

bool PrecheckQuestion::isBusy() const
{
    return (m_check && m_check->isRunning()) || m_box;
}

void PrecheckQuestion::run(const GenerationRequest &request, std::function<void()> go,
                           std::function<void()> edit, std::function<void(const QString &)> notice)
{
    if (m_box) {
        m_box->raise();
        return;
    }
    if (m_check && m_check->isRunning())
        return;
    if (!m_backend->settings()->precheckBeforePaying()) {
        go();
        return;
    }
    m_go = std::move(go);
    m_edit = std::move(edit);
    m_notice = std::move(notice);
    if (!m_check) {
        m_check = m_backend->createModerationPrecheck(this);
        connect(m_check, &ModerationPrecheck::finished, this, &PrecheckQuestion::onChecked);
    }
    m_check->start(request);
    if (m_check->isRunning())
        m_notice(tr("Checking the prompt with EvoLink's moderation before paying…"));
}

void PrecheckQuestion::onChecked()
{
    switch (m_check->outcome()) {
    case ModerationPrecheck::Outcome::Clear:
        m_go();
        return;
    case ModerationPrecheck::Outcome::CouldNotRun:
        m_go();
        m_notice(tr("The check before paying could not run (%1); the job was sent without it.")
                     .arg(m_check->problem()));
        return;
    case ModerationPrecheck::Outcome::Flagged:
        m_notice(QString()); // "Checking…" is over; the question says the rest
        ask();
        return;
    }
}

void PrecheckQuestion::ask()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Check before paying"),
                                question(m_check->category()), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("precheckFlaggedDialog"));
    box->setInformativeText(
        tr("EvoLink's moderation rates this prompt or image as likely to be refused by the "
           "content filter. Edit the Prompt sends nothing; Generate Anyway sends the job as it "
           "is."));
    QPushButton *anyway = box->addButton(tr("Generate Anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("precheckGenerateAnywayButton"));
    QPushButton *edit = box->addButton(tr("Edit the Prompt"), QMessageBox::RejectRole);
    edit->setObjectName(QStringLiteral("precheckEditButton"));
    box->setDefaultButton(edit);
    box->setEscapeButton(edit);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, anyway] {
        if (box->clickedButton() == anyway) {
            m_go();
        } else {
            // After the box has closed and given the focus back, so the
            // prompt keeps it.
            QMetaObject::invokeMethod(
                this, [this] { m_edit(); }, Qt::QueuedConnection);
        }
    });
    m_box = box;
    box->open();
}

} // namespace ks

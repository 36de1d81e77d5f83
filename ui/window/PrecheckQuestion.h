#pragma once
// The optional check before paying, as the window shows it: when the
// setting is on, Generate first runs ModerationPrecheck (jobs layer); a
// flagged request asks "Likely to be refused: <category>" with Generate
// Anyway / Edit the Prompt (the default, sends nothing). The check never
// stops a job on its own: when it cannot run, the job goes on and the user
// is told why.

#include "core/GenerationRequest.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;
class QWidget;

namespace ks {

class ModerationPrecheck;
class StudioBackend;

class PrecheckQuestion final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrecheckQuestion)
public:
    PrecheckQuestion(StudioBackend *backend, QWidget *window);
    ~PrecheckQuestion() override;

    // Off: `go` runs at once. On: after the check, `go` (clear, could not
    // run, or Generate Anyway) or `edit` (Edit the Prompt). `notice` gets
    // what the user should read when the check could not run. While a check
    // or its question is open, a second call does nothing (raises the
    // question).
    void run(const GenerationRequest &request, std::function<void()> go, std::function<void()> edit,
             std::function<void(const QString &)> notice);
    bool isBusy() const;

    static QString question(const QString &category); // "Likely to be refused: …"

private:
    void onChecked();
    void ask();

    StudioBackend *m_backend;
    QWidget *m_window;
    ModerationPrecheck *m_check = nullptr;
    QPointer<QMessageBox> m_box;
    std::function<void()> m_go;
    std::function<void()> m_edit;
    std::function<void(const QString &)> m_notice;
};

} // namespace ks

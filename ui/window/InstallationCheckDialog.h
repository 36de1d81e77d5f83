#pragma once
// Help → Check installation: runs InstallationCheck (the same check as
// `klingstudio --self-test`, in a temporary folder, never the user's data)
// and shows each part as it is checked, then the result, for a creator
// whose video stays black.

#include "check/InstallationCheck.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace ks {

class MediaProbe;

class InstallationCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallationCheckDialog)
public:
    // Null `media`: the video component through the multimedia plugin
    // (PluginMediaProbe). The check starts when the dialog is first shown.
    explicit InstallationCheckDialog(QWidget *parent = nullptr, MediaProbe *media = nullptr);
    ~InstallationCheckDialog() override;

    InstallationCheck *check() const { return m_check; }
    // Everything the dialog shows, as plain text (what "Copy" copies).
    QString resultText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *mark = nullptr;
        QLabel *title = nullptr;
        QLabel *detail = nullptr;
    };

    void retranslate();
    void updateRow(InstallationCheck::Step step);
    void updateSummary();
    void fitHeight();

    std::unique_ptr<MediaProbe> m_ownMedia;
    InstallationCheck *m_check = nullptr;
    QLabel *m_intro = nullptr;
    QList<Row> m_rows;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_againButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_started = false;
};

} // namespace ks

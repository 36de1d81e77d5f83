#pragma once
// Multi-shot storyboard: up to six shots, each with a prompt (<= 512 chars)
// and a duration; add, remove, reorder; shows the total and the seconds left.

#include "GenerationRequest.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace ks {

class ShotListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotListEditor)
public:
    explicit ShotListEditor(QWidget *parent = nullptr);
    ~ShotListEditor() override;

    QList<Shot> shots() const;
    void setShots(const QList<Shot> &shots);
    // The video's duration the shots must add up to.
    void setTotalSeconds(int seconds);
    int totalSeconds() const { return m_total; }
    int sumSeconds() const;

    void addShot();
    void removeShot(int index);
    void moveShot(int from, int to);
    // The prompt box of shot `index` (0-based); token insertion targets the focused one.
    QPlainTextEdit *promptEdit(int index) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QLabel *title = nullptr;
        QLabel *counter = nullptr;
        QPlainTextEdit *prompt = nullptr;
        QSpinBox *duration = nullptr;
        QToolButton *up = nullptr;
        QToolButton *down = nullptr;
        QToolButton *remove = nullptr;
    };
    Row makeRow(const Shot &shot);
    void rebuild(const QList<Shot> &shots);
    void refresh();

    QList<Row> m_rows;
    QVBoxLayout *m_rowLayout = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_summary = nullptr;
    int m_total = 5;
};

} // namespace ks

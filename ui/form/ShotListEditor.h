#pragma once
// Multi-shot storyboard: up to six shots, each with a prompt (<= 512 chars)
// and a duration; add, remove, reorder; shows the total and the seconds left.
// Adding or removing a shot keeps the sum equal to the total; on request the
// total follows the sum of the shots.

#include "core/GenerationRequest.h"

#include <QList>
#include <QWidget>

class QCheckBox;
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
    // The longest video the mode allows: adding a shot may grow the total up to it.
    void setMaxTotalSeconds(int seconds)
    {
        m_maxTotal = seconds;
        refresh();
    }
    // "Duration follows the shots": the total is kept at the sum of the shots.
    bool followsShots() const;
    void setFollowsShots(bool on);
    int sumSeconds() const;

    void addShot();
    void removeShot(int index);
    void moveShot(int from, int to);
    // The prompt box of shot `index` (0-based); token insertion targets the focused one.
    QPlainTextEdit *promptEdit(int index) const;

signals:
    void changed();
    // The shots ask for a total of `seconds` (a shot added with no room left,
    // or the total follows the shots); the owner sets it back with setTotalSeconds.
    void totalSecondsWanted(int seconds);

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
    void followIfAsked();

    QList<Row> m_rows;
    QVBoxLayout *m_rowLayout = nullptr;
    QPushButton *m_addButton = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_follow = nullptr;
    int m_total = 5;
    int m_maxTotal = 15;
};

} // namespace ks

#include "form/ShotListEditor.h"

#include "core/RequestValidator.h"
#include "core/ShotSeconds.h"
#include "style/Theme.h"
#include "widgets/TextLabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ks {

namespace {

constexpr int kPromptHeight = 54;
constexpr int kMaxShotSeconds = 15; // the longest video any mode makes

} // namespace

ShotListEditor::ShotListEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_rowLayout = new QVBoxLayout;
    m_rowLayout->setSpacing(6);
    layout->addLayout(m_rowLayout);

    auto *footer = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_addButton->setObjectName(QStringLiteral("addShotButton"));
    m_summary = new TextLabel(this);
    m_summary->setObjectName(QStringLiteral("shotsSummary"));
    m_summary->setWordWrap(true);
    footer->addWidget(m_addButton);
    footer->addWidget(m_summary, 1);
    layout->addLayout(footer);
    m_follow = new QCheckBox(this);
    m_follow->setObjectName(QStringLiteral("shotsFollowCheck"));
    layout->addWidget(m_follow);

    connect(m_addButton, &QPushButton::clicked, this, &ShotListEditor::addShot);
    connect(m_follow, &QCheckBox::toggled, this, [this] {
        followIfAsked();
        refresh();
        emit changed();
    });
    refresh();
}

ShotListEditor::~ShotListEditor() = default;

QList<Shot> ShotListEditor::shots() const
{
    QList<Shot> result;
    for (const Row &row : m_rows)
        result << Shot {row.prompt->toPlainText(), row.duration->value()};
    return result;
}

void ShotListEditor::setShots(const QList<Shot> &shots)
{
    rebuild(shots);
}

int ShotListEditor::sumSeconds() const
{
    int sum = 0;
    for (const Row &row : m_rows)
        sum += row.duration->value();
    return sum;
}

void ShotListEditor::setTotalSeconds(int seconds)
{
    if (m_total == seconds)
        return;
    m_total = seconds;
    refresh();
}

bool ShotListEditor::followsShots() const
{
    return m_follow->isChecked();
}

void ShotListEditor::setFollowsShots(bool on)
{
    m_follow->setChecked(on);
}

void ShotListEditor::followIfAsked()
{
    if (m_follow->isChecked() && !m_rows.isEmpty() && sumSeconds() != m_total)
        emit totalSecondsWanted(sumSeconds());
}

void ShotListEditor::addShot()
{
    if (m_rows.size() >= RequestValidator::kMaxShots)
        return;
    // The new shot takes its seconds from the others, so the price does not
    // change behind the user's back and the storyboard still adds up.
    const std::optional<ShotSeconds::Storyboard> board =
        ShotSeconds::withShotAdded(shots(), m_total, m_maxTotal);
    if (!board)
        return;
    rebuild(board->shots);
    if (board->totalSeconds != m_total)
        emit totalSecondsWanted(board->totalSeconds);
    followIfAsked();
    m_rows.constLast().prompt->setFocus();
    emit changed();
}

void ShotListEditor::removeShot(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    rebuild(ShotSeconds::withShotRemoved(shots(), index, kMaxShotSeconds));
    followIfAsked();
    emit changed();
}

void ShotListEditor::moveShot(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_rows.size() || to >= m_rows.size() || from == to)
        return;
    QList<Shot> list = shots();
    list.move(from, to);
    rebuild(list);
    m_rows.at(to).prompt->setFocus();
    emit changed();
}

QPlainTextEdit *ShotListEditor::promptEdit(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).prompt : nullptr;
}

ShotListEditor::Row ShotListEditor::makeRow(const Shot &shot)
{
    Row row;
    row.widget = new QWidget(this);
    row.widget->setObjectName(QStringLiteral("shotRow"));
    auto *grid = new QGridLayout(row.widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);

    row.title = new TextLabel(row.widget);
    row.title->setObjectName(QStringLiteral("shotTitle"));
    row.counter = new TextLabel(row.widget);
    row.counter->setObjectName(QStringLiteral("shotCounter"));
    row.counter->setForegroundRole(QPalette::PlaceholderText);
    row.prompt = new QPlainTextEdit(row.widget);
    row.prompt->setObjectName(QStringLiteral("shotPrompt"));
    row.prompt->setTabChangesFocus(true);
    row.prompt->setFixedHeight(kPromptHeight);
    row.prompt->setPlainText(shot.prompt);
    row.duration = new QSpinBox(row.widget);
    row.duration->setObjectName(QStringLiteral("shotDuration"));
    // Not capped at the total: shrinking the video must not silently rewrite the shots.
    row.duration->setRange(1, kMaxShotSeconds);
    row.duration->setValue(shot.durationSeconds);
    row.up = new QToolButton(row.widget);
    row.up->setObjectName(QStringLiteral("shotUp"));
    row.up->setArrowType(Qt::UpArrow);
    row.down = new QToolButton(row.widget);
    row.down->setObjectName(QStringLiteral("shotDown"));
    row.down->setArrowType(Qt::DownArrow);
    row.remove = new QToolButton(row.widget);
    row.remove->setObjectName(QStringLiteral("shotRemove"));
    row.remove->setText(QStringLiteral("×"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    buttons->addWidget(row.duration);
    buttons->addWidget(row.up);
    buttons->addWidget(row.down);
    buttons->addWidget(row.remove);

    grid->addWidget(row.title, 0, 0);
    grid->addWidget(row.counter, 0, 1, Qt::AlignRight);
    grid->addWidget(row.prompt, 1, 0, 1, 2);
    grid->addLayout(buttons, 2, 0, 1, 2, Qt::AlignRight);

    QWidget *key = row.widget;
    auto indexOf = [this, key] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).widget == key)
                return i;
        }
        return -1;
    };
    connect(row.prompt, &QPlainTextEdit::textChanged, this, [this] {
        refresh();
        emit changed();
    });
    connect(row.duration, &QSpinBox::valueChanged, this, [this] {
        followIfAsked();
        refresh();
        emit changed();
    });
    // Queued: the row (and the button that was clicked) is rebuilt by the move.
    connect(row.up, &QToolButton::clicked, this, [this, indexOf] {
        const int i = indexOf();
        QTimer::singleShot(0, this, [this, i] { moveShot(i, i - 1); });
    });
    connect(row.down, &QToolButton::clicked, this, [this, indexOf] {
        const int i = indexOf();
        QTimer::singleShot(0, this, [this, i] { moveShot(i, i + 1); });
    });
    connect(row.remove, &QToolButton::clicked, this, [this, indexOf] {
        const int i = indexOf();
        QTimer::singleShot(0, this, [this, i] { removeShot(i); });
    });
    return row;
}

void ShotListEditor::rebuild(const QList<Shot> &shots)
{
    // Safe to delete at once: row buttons act through a queued call, never from inside a row.
    for (const Row &row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const Shot &shot : shots) {
        const Row row = makeRow(shot);
        m_rowLayout->addWidget(row.widget);
        m_rows << row;
    }
    refresh();
}

void ShotListEditor::refresh()
{
    const int max = RequestValidator::kMaxShotPromptChars;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.title->setText(tr("Shot %1").arg(i + 1));
        const int length = RequestValidator::promptLength(row.prompt->toPlainText());
        row.counter->setText(tr("%1 / %2").arg(length).arg(max));
        Theme::setTone(row.counter, length > max ? Theme::Tone::Error : Theme::Tone::Normal);
        row.prompt->setPlaceholderText(tr("What happens in shot %1…").arg(i + 1));
        row.duration->setSuffix(tr(" s"));
        row.duration->setToolTip(tr("Length of shot %1 in seconds").arg(i + 1));
        row.up->setEnabled(i > 0);
        row.up->setToolTip(tr("Move shot %1 up").arg(i + 1));
        row.down->setEnabled(i + 1 < m_rows.size());
        row.down->setToolTip(tr("Move shot %1 down").arg(i + 1));
        row.remove->setToolTip(tr("Remove shot %1").arg(i + 1));
        row.remove->setAccessibleName(tr("Remove shot %1").arg(i + 1));
    }
    m_addButton->setText(tr("Add shot"));
    m_addButton->setEnabled(m_rows.size() < RequestValidator::kMaxShots
                            && ShotSeconds::withShotAdded(shots(), m_total, m_maxTotal));
    m_addButton->setToolTip(tr("Up to %1 shots; the new shot takes its seconds from the last "
                               "shot, so the lengths still add up to the duration.")
                                .arg(RequestValidator::kMaxShots));
    m_follow->setText(tr("Duration follows the shots"));
    m_follow->setToolTip(tr("When on, the video's duration is the sum of the shot lengths "
                            "(the price follows it); when off, the duration stays as set."));
    const int sum = sumSeconds();
    const int left = m_total - sum;
    QString text;
    if (left > 0)
        text = tr("Total %1 s · shots %2 s · %3 s left").arg(m_total).arg(sum).arg(left);
    else if (left < 0)
        text = tr("Total %1 s · shots %2 s · %3 s too many").arg(m_total).arg(sum).arg(-left);
    else
        text = tr("Total %1 s · shots %2 s · adds up").arg(m_total).arg(sum);
    m_summary->setText(text);
    Theme::setTone(m_summary,
                   left != 0 && !m_rows.isEmpty() ? Theme::Tone::Warning : Theme::Tone::Normal);
}

void ShotListEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace ks

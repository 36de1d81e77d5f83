#include "widgets/ToolButtonTextFallback.h"

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QToolButton>

namespace ks {

ToolButtonTextFallback::ToolButtonTextFallback(QWidget *host, QBoxLayout *row,
                                               const QList<QToolButton *> &buttons)
    : QObject(host), m_host(host), m_row(row)
{
    for (QToolButton *button : buttons)
        m_buttons << button;
    host->installEventFilter(this);
    update();
}

// What QToolButton::sizeHint() answers for the button with its text beside
// the icon, whichever style it shows now.
int ToolButtonTextFallback::widthWithText(const QToolButton *button)
{
    QStyleOptionToolButton opt;
    opt.initFrom(button);
    opt.text = button->text();
    opt.icon = button->icon();
    opt.iconSize = button->iconSize();
    opt.toolButtonStyle = Qt::ToolButtonTextBesideIcon;
    opt.subControls = QStyle::SC_ToolButton;
    if (button->autoRaise())
        opt.state |= QStyle::State_AutoRaise;
    const QFontMetrics fm = button->fontMetrics();
    QSize textSize = fm.size(Qt::TextShowMnemonic, button->text());
    textSize.setWidth(textSize.width() + fm.horizontalAdvance(QLatin1Char(' ')) * 2);
    const QSize contents(opt.iconSize.width() + 4 + textSize.width(),
                         qMax(opt.iconSize.height(), textSize.height()));
    opt.rect.setSize(contents);
    return button->style()->sizeFromContents(QStyle::CT_ToolButton, &opt, contents, button).width();
}

void ToolButtonTextFallback::update()
{
    if (!m_host || !m_host->layout())
        return;
    // The row's minimum with every button showing its text.
    int needed = m_row->minimumSize().width();
    for (const QPointer<QToolButton> &button : std::as_const(m_buttons)) {
        if (!button || button->isHidden())
            continue;
        needed += widthWithText(button) - button->minimumSizeHint().width();
    }
    const QMargins margins = m_host->layout()->contentsMargins();
    const int available = m_host->contentsRect().width() - margins.left() - margins.right();
    const bool text = available >= needed;
    for (const QPointer<QToolButton> &button : std::as_const(m_buttons)) {
        if (!button)
            continue;
        // The name a screen reader says, whether the text shows or not.
        const QString name = QString(button->text()).remove(QLatin1Char('&'));
        if (button->accessibleName() != name)
            button->setAccessibleName(name);
        button->setToolButtonStyle(text ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
    }
    m_textShown = text;
}

bool ToolButtonTextFallback::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_host && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace ks

#pragma once
// Keeps a row of text-beside-icon tool buttons readable when their row gets
// narrow: below the width their texts need, they show their icons only (the
// text stays the accessible name, the tooltip says what they do) instead of
// being squeezed to "Sa…". It watches the widget that holds the row.

#include <QList>
#include <QObject>
#include <QPointer>

class QBoxLayout;
class QToolButton;
class QWidget;

namespace ks {

class ToolButtonTextFallback final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolButtonTextFallback)

public:
    // `row` is a layout of `host` that spans the host's layout's width.
    ToolButtonTextFallback(QWidget *host, QBoxLayout *row, const QList<QToolButton *> &buttons);

    // Re-decides now (after a text change); also done on every resize.
    void update();
    bool textShown() const { return m_textShown; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static int widthWithText(const QToolButton *button);

    QPointer<QWidget> m_host;
    QBoxLayout *m_row;
    QList<QPointer<QToolButton>> m_buttons;
    bool m_textShown = true;
};

} // namespace ks

#pragma once
// A QLabel for plain text that measures its text once per width.
//
// QLabel lays its text out again for sizeHint(), for each half of
// minimumSizeHint() and for every heightForWidth() a layout asks, three to
// six text layouts per label before the first paint; across the window that
// was 6 M instructions of the start (commit 9e2d2b2). TextLabel computes the
// same sizes as QLabel's plain-text path and keeps the last few measurements
// for as long as the text, font and alignment stay. Rich text, pixmaps and a
// text control fall back to QLabel.
//
// "selectable" makes the text selectable with the mouse like
// Qt::TextSelectableByMouse, but builds QLabel's text control (a whole
// QTextDocument) only when the pointer first enters the label.

#include <QFont>
#include <QLabel>
#include <QRect>
#include <QString>
#include <QVarLengthArray>

namespace ks {

class TextLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextLabel)
    Q_PROPERTY(bool selectable READ isSelectable WRITE setSelectable)

public:
    explicit TextLabel(QWidget *parent = nullptr);
    explicit TextLabel(const QString &text, QWidget *parent = nullptr);

    bool isSelectable() const { return m_selectable; }
    void setSelectable(bool selectable);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int heightForWidth(int width) const override;

    // How many times the label has laid its text out to measure it (tests).
    int layoutCount() const { return m_layoutCount; }

protected:
    bool event(QEvent *event) override;

private:
    bool measuresItself() const;
    QSize sizeForWidth(int width) const;
    QRect textBounds(int textWidth, int flags) const;

    struct Measurement
    {
        int textWidth = 0;
        QRect bounds;
    };

    bool m_selectable = false;
    mutable QString m_measuredText;
    mutable QFont m_measuredFont;
    mutable int m_measuredFlags = 0;
    mutable QVarLengthArray<Measurement, 6> m_cache;
    mutable int m_nextSlot = 0;
    mutable int m_layoutCount = 0;
};

} // namespace ks

#pragma once
// Why an action is unavailable (the form's "Write a prompt…"): amber text in
// a softly tinted, rounded box that reads on light and dark palettes. It
// paints its box itself instead of through a style sheet. One line high
// whatever it says, elided (the whole text in its tooltip), and its space is
// kept while it is hidden: the controls around it never move when it comes
// and goes.

#include <QLabel>

namespace ks {

class NoticeLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeLabel)

public:
    explicit NoticeLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // True when the text is painted shortened (the tooltip shows it whole).
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect() const;
};

} // namespace ks

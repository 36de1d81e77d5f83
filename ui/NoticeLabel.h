#pragma once
// Why an action is unavailable (the form's "Write a prompt…"): amber text in
// a softly tinted, rounded box that reads on light and dark palettes. It
// paints its box itself instead of through a style sheet.

#include <QLabel>

namespace ks {

class NoticeLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeLabel)

public:
    explicit NoticeLabel(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace ks

#pragma once
// A push button drawn as a rounded, filled block of colour (Generate, the demo
// banner's "Set API key"). It paints itself, so it looks the same under any
// style and palette and needs no style sheet.

#include "style/Theme.h"

#include <QMargins>
#include <QPushButton>

namespace ks {

class FilledButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilledButton)

public:
    // Primary colours, 8 px corners and 8 × 18 px of padding.
    explicit FilledButton(QWidget *parent = nullptr);

    void setColors(const Theme::ButtonColors &colors);
    void setShape(int radius, const QMargins &padding);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Theme::ButtonColors m_colors;
    int m_radius = 8;
    QMargins m_padding {18, 8, 18, 8};
};

} // namespace ks

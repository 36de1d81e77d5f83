#pragma once
// The application style: the base style (Fusion) with its file-backed standard
// icons loaded when first drawn, so building the window reads no image files.

#include <QProxyStyle>

namespace ks {

class StudioStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioStyle)

public:
    explicit StudioStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace ks

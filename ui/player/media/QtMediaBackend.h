#pragma once
// The plugin's root object: hands out Qt Multimedia players and frame grabs
// behind the interfaces of MediaBackend.h.

#include "player/MediaBackend.h"

#include <QObject>

namespace ks {

class QtMediaBackend final : public QObject, public MediaBackend
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID KS_MEDIA_BACKEND_IID)
    Q_INTERFACES(ks::MediaBackend)
    Q_DISABLE_COPY_MOVE(QtMediaBackend)

public:
    QtMediaBackend() = default;

    std::unique_ptr<VideoPlayback> createPlayback() override;
    QObject *grabFrame(const QString &path, qint64 atUs, QSize maxSize, int timeoutMs,
                       QObject *context, FrameCallback done) override;
    int liveObjects() const override;
};

} // namespace ks

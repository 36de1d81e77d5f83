#pragma once
// The installation check's view of video playback (MediaProbe), through the
// multimedia plugin that MediaBackendLoader loads: whether it loads, which
// Qt Multimedia backend decodes, and the first frame of a clip, decoded off
// screen by the plugin's frame grabber (QMediaPlayer into a QVideoSink).

#include "check/MediaProbe.h"

namespace ks {

class PluginMediaProbe final : public MediaProbe
{
public:
    QString load() override;
    QStringList installedBackends() const override;
    QString backendName() const override;
    void firstFrame(const QString &path, int timeoutMs, QObject *context,
                    std::function<void(QSize frameSize)> done) override;

    // The backend a Qt Multimedia plugin file provides:
    // "libgstreamermediaplugin.so" -> "gstreamer"; "" for other files.
    static QString backendOfFile(const QString &fileName);
};

} // namespace ks

#pragma once
// What the installation check needs from the video side. Qt Multimedia lives
// in the UI layer's plugin (ui/MediaBackend.h), which this layer must not
// link, so the UI hands the check an implementation (PluginMediaProbe).
// Header-only: an interface, no Qt meta-object.

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace ks {

class MediaProbe
{
public:
    virtual ~MediaProbe() = default;

    // Loads the video component; "" when it is usable, else one line in the
    // user's language saying what is wrong.
    virtual QString load() = 0;
    // The Qt Multimedia backends installed where Qt looks for them
    // (e.g. "gstreamer", "ffmpeg"); empty when Qt has none to play with.
    virtual QStringList installedBackends() const = 0;
    // The backend that decodes, as far as it can be told honestly (the
    // plugin loaded into the process, else the one QT_MEDIA_BACKEND names,
    // else the installed ones); "" when none.
    virtual QString backendName() const = 0;
    // Decodes the first video frame of a local file off screen. `done` runs
    // once with the frame's size (invalid when no frame came within
    // `timeoutMs`), unless `context` is deleted first, which cancels.
    virtual void firstFrame(const QString &path, int timeoutMs, QObject *context,
                            std::function<void(QSize frameSize)> done) = 0;
};

} // namespace ks

#pragma once
// The boundary to Qt Multimedia. Linking QtMultimedia (and through it
// PulseAudio, libsndfile and half a dozen codec libraries) cost 11 M of the
// 161 M instructions before the first paint (commit 547f132; the benchmark's
// "media floor" row shows the time and memory), yet most sessions never play a
// video in the first seconds. So the multimedia code lives in a plugin
// (ui/media/, loaded by MediaBackendLoader on first use) and the rest of the
// UI only sees these two interfaces. Header-only on purpose: the plugin and
// the app both compile it, and it holds no Qt meta-object of its own.

#include <QImage>
#include <QObject>
#include <QSize>
#include <QString>
#include <QtPlugin>

#include <functional>
#include <memory>

class QWidget;

namespace ks {

// One media player drawing into its own video widget.
class VideoPlayback
{
public:
    enum class State { Stopped, Playing, Paused };

    // Callbacks, each optional; called on the GUI thread.
    struct Listener
    {
        std::function<void(qint64 ms)> durationChanged;
        std::function<void(qint64 ms)> positionChanged;
        std::function<void()> stateChanged;
        // The media cannot be played; the text is the backend's reason.
        std::function<void(const QString &reason)> failed;
    };

    virtual ~VideoPlayback() = default;

    // The widget the video is drawn into; the player keeps the ownership
    // until a layout or parent takes it.
    virtual QWidget *videoWidget() const = 0;
    virtual void setListener(Listener listener) = 0;

    // Loads a local file, paused at the start; "" unloads.
    virtual void setSource(const QString &localPath) = 0;
    virtual bool hasMedia() const = 0;
    // The file is opened and its duration known (playing or not).
    virtual bool isLoaded() const = 0;
    virtual QString errorString() const = 0;

    virtual void play() = 0;
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual State state() const = 0;
    virtual qint64 position() const = 0;
    virtual qint64 duration() const = 0;
    // How long one frame shows (ms), for frame steps; a guess until known.
    virtual qint64 frameDuration() const = 0;
    virtual void setPosition(qint64 ms) = 0;
    virtual void setLooping(bool looping) = 0;
    virtual bool isLooping() const = 0;

    // Loudness as a slider shows it (0..1, perceptual); the output gets the
    // matching linear gain, which outputVolume() reports.
    virtual void setVolume(qreal perceptual) = 0;
    virtual float outputVolume() const = 0;
    virtual void setMuted(bool muted) = 0;
    virtual bool isMuted() const = 0;

    // The frame on screen now (null before the first one).
    virtual QImage currentFrame() const = 0;
};

class MediaBackend
{
public:
    using FrameCallback = std::function<void(const QImage &frame)>;

    virtual ~MediaBackend() = default;

    virtual std::unique_ptr<VideoPlayback> createPlayback() = 0;

    // Decodes one frame of a local video, silently and off screen: the first
    // frame at or after `atUs` (the last one seen when the clip ends sooner;
    // for clips shorter than 2 x atUs, the frame a third of the way in),
    // scaled down to fit `maxSize`. `done` runs once, with a null image when
    // no frame could be had within `timeoutMs`, unless `context` is deleted
    // first; deleting the returned object cancels the grab (it also deletes
    // itself once `done` has run).
    virtual QObject *grabFrame(const QString &path, qint64 atUs, QSize maxSize, int timeoutMs,
                               QObject *context, FrameCallback done) = 0;

    // Media objects alive now (players and grabs), for leak checks.
    virtual int liveObjects() const = 0;
};

} // namespace ks

#define KS_MEDIA_BACKEND_IID "org.klingstudio.MediaBackend/1.0"
Q_DECLARE_INTERFACE(ks::MediaBackend, KS_MEDIA_BACKEND_IID)

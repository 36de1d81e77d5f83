#pragma once
// VideoPlayback on QMediaPlayer + QAudioOutput + QVideoWidget.

#include "player/MediaBackend.h"

#include <QObject>
#include <QPointer>

class QAudioOutput;
class QMediaPlayer;
class QVideoWidget;

namespace ks {

class QtVideoPlayback final : public QObject, public VideoPlayback
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtVideoPlayback)
public:
    QtVideoPlayback();
    ~QtVideoPlayback() override;

    static int liveCount();

    QWidget *videoWidget() const override;
    void setListener(Listener listener) override;
    void setSource(const QString &localPath) override;
    bool hasMedia() const override;
    bool isLoaded() const override;
    QString errorString() const override;
    void play() override;
    void pause() override;
    void stop() override;
    State state() const override;
    qint64 position() const override;
    qint64 duration() const override;
    qint64 frameDuration() const override;
    void setPosition(qint64 ms) override;
    void setLooping(bool looping) override;
    bool isLooping() const override;
    void setVolume(qreal perceptual) override;
    float outputVolume() const override;
    void setMuted(bool muted) override;
    bool isMuted() const override;
    QImage currentFrame() const override;

private:
    void notifyState();

    Listener m_listener;
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    // Owned by whoever the app parents it to (a layout); ours until then.
    QPointer<QVideoWidget> m_video;
    bool m_prerollOnLoad = false; // pause() once the source has loaded
    bool m_playOnLoad = false; // play() once the source has loaded
};

} // namespace ks

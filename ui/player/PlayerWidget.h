#pragma once
// Inline player for a finished job: the video (a VideoPlayback from the
// multimedia plugin) with play/pause, seek, time, volume/mute, loop and the
// file actions. Built only when first needed: creating it loads the plugin.

#include <QDateTime>
#include <QWidget>

#include <memory>

namespace Ui {
class PlayerWidget;
}

namespace ks {

class ToolButtonTextFallback;
class VideoPlayback;

class PlayerWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerWidget)
public:
    explicit PlayerWidget(QWidget *parent = nullptr);
    ~PlayerWidget() override;

    // Loads a file, paused at the start. Without a job, Copy Link is off.
    void open(const QString &videoPath);
    void openJob(const QString &jobId, const QString &videoPath, const QString &title,
                 const QString &resultUrl, const QDateTime &resultAt);
    // The file name Save As suggests for the open video (after openJob).
    void setSaveName(const QString &name) { m_saveName = name; }
    // Lets go of the video (a removed job): nothing to play, save or link.
    void clear();
    void play();
    void pause();
    void togglePlay();

    QString currentJobId() const { return m_jobId; }
    QString currentPath() const { return m_path; }
    // The message shown when the media cannot be played ("" when fine).
    QString errorText() const;
    bool isPlaying() const;
    // The video engine; null when the multimedia plugin could not be loaded
    // (errorText() then says so).
    VideoPlayback *playback() const { return m_playback.get(); }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void load();
    void updateTitle();
    void showError(const QString &message);
    void updatePlayButton();
    void updateTime();
    void updateKeyHints();
    void updateVolume();
    void updateFileButtons();
    static QString formatTime(qint64 ms);

    std::unique_ptr<Ui::PlayerWidget> ui;
    std::unique_ptr<VideoPlayback> m_playback;
    QString m_jobId;
    QString m_path;
    QString m_title;
    QString m_saveName; // what Save As suggests (ResultFileName)
    QString m_resultUrl;
    QDateTime m_resultAt;
    QString m_error; // untranslated detail, kept for retranslation
    bool m_missing = false;
    ToolButtonTextFallback *m_textFallback = nullptr;
};

} // namespace ks

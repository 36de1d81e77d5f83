#include "player/PlayerWidget.h"

#include "ui_PlayerWidget.h"

#include "history/JobActions.h"
#include "platform/HeapTrimmer.h"
#include "player/MediaBackend.h"
#include "player/MediaBackendLoader.h"
#include "player/PlayerKeys.h"
#include "style/FocusRing.h"
#include "style/Icons.h"
#include "style/Theme.h"
#include "widgets/ToolButtonTextFallback.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QShortcut>
#include <QUrl>

namespace ks {

PlayerWidget::PlayerWidget(QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::PlayerWidget>())
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("playerWidget"));

    QFont titleFont = ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    ui->titleLabel->setFont(titleFont);
    ui->titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QPalette black = ui->videoPage->palette();
    black.setColor(QPalette::Window, Qt::black);
    ui->videoPage->setPalette(black);
    ui->videoPage->setAutoFillBackground(true);
    QPalette errorPalette = ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::errorColor(errorPalette));
    ui->errorLabel->setPalette(errorPalette);

    ui->playPauseButton->setIcon(Icons::icon(Icons::Glyph::Play));
    ui->playPauseButton->setIconSize(QSize(22, 22));
    ui->loopButton->setIcon(Icons::icon(Icons::Glyph::Loop));
    ui->saveAsButton->setIcon(Icons::icon(Icons::Glyph::Save));
    ui->revealButton->setIcon(Icons::icon(Icons::Glyph::Folder));
    ui->copyLinkButton->setIcon(Icons::icon(Icons::Glyph::Link));
    ui->seekSlider->setPageStep(1000);
    ui->seekSlider->setSingleStep(100);
    QFont mono = ui->timeLabel->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    ui->timeLabel->setFont(mono);

    if (MediaBackend *backend = MediaBackendLoader::backend()) {
        m_playback = backend->createPlayback();
        ui->videoPageLayout->addWidget(m_playback->videoWidget());
        VideoPlayback::Listener listener;
        listener.durationChanged = [this](qint64 duration) {
            ui->seekSlider->setRange(0, int(qMin<qint64>(duration, INT_MAX)));
            updateTime();
        };
        listener.positionChanged = [this](qint64 position) {
            if (!ui->seekSlider->isSliderDown())
                ui->seekSlider->setValue(int(qMin<qint64>(position, INT_MAX)));
            updateTime();
        };
        listener.stateChanged = [this] {
            updatePlayButton();
            // Paused or stopped: the decoders' freed frames can go back.
            if (!isPlaying())
                HeapTrimmer::requestTrim();
        };
        listener.failed = [this](const QString &reason) {
            if (m_error.isEmpty())
                showError(reason);
        };
        m_playback->setListener(std::move(listener));
    }

    connect(ui->playPauseButton, &QToolButton::clicked, this, &PlayerWidget::togglePlay);
    connect(ui->seekSlider, &QSlider::sliderMoved, this, [this](int position) {
        if (m_playback)
            m_playback->setPosition(position);
    });
    connect(ui->seekSlider, &QSlider::actionTriggered, this, [this](int action) {
        // Clicks on the groove and keyboard steps (not drags) seek at once.
        if (action != QAbstractSlider::SliderMove && m_playback)
            m_playback->setPosition(ui->seekSlider->sliderPosition());
    });
    connect(ui->volumeSlider, &QSlider::valueChanged, this, &PlayerWidget::updateVolume);
    connect(ui->muteButton, &QToolButton::toggled, this, &PlayerWidget::updateVolume);
    connect(ui->loopButton, &QToolButton::toggled, this, [this](bool on) {
        if (m_playback)
            m_playback->setLooping(on);
    });
    connect(ui->saveAsButton, &QToolButton::clicked, this,
            [this] { JobActions::saveAs(window(), m_path, m_saveName); });
    connect(ui->revealButton, &QToolButton::clicked, this,
            [this] { JobActions::reveal(window(), m_path); });
    connect(ui->copyLinkButton, &QToolButton::clicked, this, [this] {
        if (JobActions::linkValid(m_resultUrl, m_resultAt))
            JobActions::copyLink(window(), m_resultUrl);
        updateFileButtons();
    });

    // The video area takes the focus on a click and answers the player keys;
    // its margin shows a ring while it has the focus.
    auto *keys = new PlayerKeys(this, ui->videoStack);
    if (m_playback)
        keys->setVideo(m_playback->videoWidget());
    new FocusRing(ui->videoStack, ui->videoPage);
    ui->videoPageLayout->setContentsMargins(FocusRing::width, FocusRing::width, FocusRing::width,
                                            FocusRing::width);

    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, &PlayerWidget::togglePlay);

    // Icons only when the player is too narrow for "Save As…" and the rest.
    m_textFallback = new ToolButtonTextFallback(
        this, ui->controlsLayout, {ui->saveAsButton, ui->revealButton, ui->copyLinkButton});

    updateVolume();
    updatePlayButton();
    updateTime();
    updateFileButtons();
    updateKeyHints();
}

// The playback goes first (a member, destroyed before the child widgets):
// it stops before its video widget goes, so no frame reaches a dead sink.
PlayerWidget::~PlayerWidget() = default;

bool PlayerWidget::isPlaying() const
{
    return m_playback && m_playback->state() == VideoPlayback::State::Playing;
}

void PlayerWidget::open(const QString &videoPath)
{
    openJob(QString(), videoPath, QFileInfo(videoPath).fileName(), QString(), QDateTime());
}

void PlayerWidget::openJob(const QString &jobId, const QString &videoPath, const QString &title,
                           const QString &resultUrl, const QDateTime &resultAt)
{
    m_jobId = jobId;
    m_title = title;
    m_resultUrl = resultUrl;
    m_resultAt = resultAt;
    if (videoPath == m_path && m_error.isEmpty() && !m_missing && m_playback
        && m_playback->hasMedia()) {
        updateTitle();
        updateFileButtons();
        return;
    }
    m_path = videoPath;
    load();
}

void PlayerWidget::clear()
{
    if (m_playback) {
        m_playback->pause();
        m_playback->setSource(QString());
    }
    m_jobId.clear();
    m_path.clear();
    m_title.clear();
    m_saveName.clear();
    m_resultUrl.clear();
    m_resultAt = QDateTime();
    m_error.clear();
    m_missing = false;
    ui->seekSlider->setValue(0);
    updateTitle();
    updatePlayButton();
    updateFileButtons();
    updateTime();
}

void PlayerWidget::load()
{
    m_error.clear();
    m_missing = false;
    updateTitle();
    ui->seekSlider->setValue(0);
    if (!QFileInfo(m_path).isFile()) {
        m_missing = true;
        if (m_playback)
            m_playback->setSource(QString());
        showError(QString());
        updateFileButtons();
        return;
    }
    if (!m_playback) {
        showError(MediaBackendLoader::lastError());
        updateFileButtons();
        return;
    }
    ui->videoStack->setCurrentWidget(ui->videoPage);
    m_playback->setSource(m_path);
    updatePlayButton();
    updateFileButtons();
    updateTime();
}

void PlayerWidget::play()
{
    if (m_playback && m_error.isEmpty() && !m_missing && !m_path.isEmpty())
        m_playback->play();
}

void PlayerWidget::pause()
{
    if (m_playback)
        m_playback->pause();
}

void PlayerWidget::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

QString PlayerWidget::errorText() const
{
    return ui->videoStack->currentWidget() == ui->errorPage ? ui->errorLabel->text() : QString();
}

void PlayerWidget::showError(const QString &message)
{
    if (!m_missing)
        m_error = message.isEmpty() ? QStringLiteral("?") : message;
    if (m_missing) {
        ui->errorLabel->setText(tr("The video file is missing:\n%1\n\nIt may have been moved or "
                                   "deleted.")
                                    .arg(QDir::toNativeSeparators(m_path)));
    } else {
        ui->errorLabel->setText(tr("This video could not be played.\n%1\n\n%2")
                                    .arg(QDir::toNativeSeparators(m_path), m_error));
    }
    ui->videoStack->setCurrentWidget(ui->errorPage);
    updatePlayButton();
}

void PlayerWidget::updatePlayButton()
{
    const bool playing = isPlaying();
    ui->playPauseButton->setIcon(Icons::icon(playing ? Icons::Glyph::Pause : Icons::Glyph::Play));
    ui->playPauseButton->setToolTip(playing ? tr("Pause (Space or K; F: full screen)")
                                            : tr("Play (Space or K; F: full screen)"));
    ui->playPauseButton->setEnabled(m_playback && m_error.isEmpty() && !m_missing
                                    && !m_path.isEmpty());
    ui->seekSlider->setEnabled(ui->playPauseButton->isEnabled());
}

void PlayerWidget::updateKeyHints()
{
    ui->seekSlider->setToolTip(tr("Position. J and L: 5 seconds back or forward; , and .: one "
                                  "frame back or forward"));
    ui->videoStack->setAccessibleName(tr("Video"));
    ui->videoStack->setAccessibleDescription(tr("Click or press Space to play or pause; "
                                                "double-click or F for full screen, Esc to leave "
                                                "it"));
}

void PlayerWidget::updateTime()
{
    const qint64 position = m_playback ? m_playback->position() : 0;
    const qint64 duration = m_playback ? m_playback->duration() : 0;
    ui->timeLabel->setText(
        QStringLiteral("%1 / %2").arg(formatTime(position), formatTime(duration)));
}

void PlayerWidget::updateVolume()
{
    const bool muted = ui->muteButton->isChecked();
    if (m_playback) {
        m_playback->setMuted(muted);
        m_playback->setVolume(ui->volumeSlider->value() / 100.0); // the slider is perceptual
    }
    ui->muteButton->setIcon(Icons::icon(
        muted || ui->volumeSlider->value() == 0 ? Icons::Glyph::Mute : Icons::Glyph::Volume));
    ui->muteButton->setToolTip(muted ? tr("Unmute") : tr("Mute"));
}

void PlayerWidget::updateFileButtons()
{
    const bool video = JobActions::hasVideo(m_path);
    ui->saveAsButton->setEnabled(video);
    ui->revealButton->setEnabled(video);
    const bool link = JobActions::linkValid(m_resultUrl, m_resultAt);
    ui->copyLinkButton->setEnabled(link);
    ui->copyLinkButton->setToolTip(
        link ? tr("Copy the result link (valid for 24 hours after completion)")
             : tr("No valid result link: links expire 24 hours after completion"));
}

void PlayerWidget::updateTitle()
{
    // Elided to the current width; the label must not widen the player.
    const int available = qMax(40, contentsRect().width() - 24);
    ui->titleLabel->setText(
        QFontMetrics(ui->titleLabel->font()).elidedText(m_title, Qt::ElideRight, available));
    ui->titleLabel->setToolTip(m_title);
}

void PlayerWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTitle();
}

QString PlayerWidget::formatTime(qint64 ms)
{
    const qint64 totalSeconds = qMax<qint64>(0, ms) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 seconds = totalSeconds % 60;
    if (hours > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(seconds, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
}

void PlayerWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        m_textFallback->update();
        updateKeyHints();
        updateTitle();
        updatePlayButton();
        updateVolume();
        updateFileButtons();
        if (!m_error.isEmpty() || m_missing)
            showError(m_error);
    }
    QWidget::changeEvent(event);
}

} // namespace ks

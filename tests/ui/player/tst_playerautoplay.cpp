// Auto-play after a source change (issue 16 item 22): a job that finishes
// while a modal dialog is open and the window relays out must play for real
// -- Playing, the position advancing, frames reaching the video surface --
// not sit on a black frame showing Pause. Real pipeline under Xvfb.

#include "player/MediaBackend.h"
#include "player/MediaBackendLoader.h"
#include "player/PlayerWidget.h"

#include <QDialog>
#include <QMediaPlayer>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ks;

class TestPlayerAutoplay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void playWaitsForTheLoadedClip();
    void playRightAfterOpen();
    void rapidSourceChanges();
    void openedWhileHiddenBehindDialog();

private:
    static QString sample(const char *name)
    {
        return QStringLiteral(KS_SAMPLES_DIR "/") + QLatin1String(name);
    }
    // Playing, moving, and drawing: not stalled.
    static bool reallyPlays(PlayerWidget *player, QString *why);
    QTemporaryDir m_dir;
};

void TestPlayerAutoplay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

bool TestPlayerAutoplay::reallyPlays(PlayerWidget *player, QString *why)
{
    VideoPlayback *media = player->playback();
    QElapsedTimer clock;
    clock.start();
    qint64 start = -1;
    QImage firstFrame;
    while (clock.elapsed() < 8000) {
        // Samples the playback as time passes.
        QTest::qWait(50);
        if (media->state() != VideoPlayback::State::Playing)
            continue;
        if (start < 0)
            start = media->position();
        const QImage frame = media->currentFrame();
        if (firstFrame.isNull())
            firstFrame = frame;
        if (media->position() > start + 1200 && !frame.isNull() && frame != firstFrame)
            return true;
    }
    *why = QStringLiteral("state %1, position %2, frame %3")
               .arg(int(media->state()))
               .arg(media->position())
               .arg(media->currentFrame().isNull() ? QStringLiteral("none")
                                                   : QStringLiteral("unchanged"));
    return false;
}

// The cause, seen deterministically: QMediaPlayer must not be told to play
// while the clip is still loading (Qt 6.4's GStreamer pipeline then stalls
// at PAUSED about one time in three while reporting PlayingState).
void TestPlayerAutoplay::playWaitsForTheLoadedClip()
{
    PlayerWidget player;
    player.resize(640, 480);
    player.show();
    QVERIFY(QTest::qWaitForWindowExposed(&player));
    VideoPlayback *media = player.playback();
    QVERIFY(media);
    media->setMuted(true);
    auto *engine = dynamic_cast<QObject *>(media);
    QVERIFY(engine);
    auto *qt = engine->findChild<QMediaPlayer *>();
    QVERIFY(qt);
    QStringList playedWhileLoading;
    connect(qt, &QMediaPlayer::playbackStateChanged, this, [&](QMediaPlayer::PlaybackState state) {
        if (state == QMediaPlayer::PlayingState && qt->mediaStatus() == QMediaPlayer::LoadingMedia)
            playedWhileLoading << qt->source().fileName();
    });
    for (const char *clip : {"sample-16x9.mp4", "sample-1x1.mp4", "sample-9x16.mp4"}) {
        player.open(sample(clip));
        player.play();
        // The wish counts at once: the button offers Pause.
        QVERIFY(player.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(qt->playbackState() == QMediaPlayer::PlayingState, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(media->position() > 300, 10000);
        QVERIFY2(playedWhileLoading.isEmpty(), qPrintable(playedWhileLoading.join(u' ')));
    }
    // Paused again before it loaded: it stays on its first frame.
    player.open(sample("sample-16x9.mp4"));
    player.play();
    player.pause();
    QVERIFY(!player.isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!media->currentFrame().isNull(), 10000);
    // Nothing to wait for: it may not start playing.
    QTest::qWait(300);
    QCOMPARE(media->state(), VideoPlayback::State::Paused);
    QVERIFY(playedWhileLoading.isEmpty());
}

void TestPlayerAutoplay::playRightAfterOpen()
{
    for (int round = 0; round < 8; ++round) {
        PlayerWidget player;
        player.resize(640, 480);
        player.show();
        QVERIFY(QTest::qWaitForWindowExposed(&player));
        QVERIFY(player.playback());
        player.playback()->setMuted(true);
        player.open(sample(round % 2 ? "sample-1x1.mp4" : "sample-16x9.mp4"));
        player.play();
        QString why;
        QVERIFY2(reallyPlays(&player, &why),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
    }
}

void TestPlayerAutoplay::rapidSourceChanges()
{
    PlayerWidget player;
    player.resize(640, 480);
    player.show();
    QVERIFY(QTest::qWaitForWindowExposed(&player));
    player.playback()->setMuted(true);
    for (int round = 0; round < 4; ++round) {
        player.open(sample("sample-16x9.mp4"));
        // Time passes on purpose: each round opens the next file at another moment.
        QTest::qWait(round * 20);
        player.open(sample("sample-9x16.mp4"));
        QTimer::singleShot(0, &player, [&player] { player.play(); });
        player.open(sample(round % 2 ? "sample-1x1.mp4" : "sample-16x9.mp4"));
        QString why;
        QVERIFY2(reallyPlays(&player, &why),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
        player.pause();
    }
}

// The window's sequence: the player sits behind a placeholder page, a modal
// dialog runs its own event loop, the job finishes (the selected card opens
// the clip, then auto-play is queued), the form relays out, the dialog closes.
void TestPlayerAutoplay::openedWhileHiddenBehindDialog()
{
    for (int round = 0; round < 4; ++round) {
        QWidget window;
        window.resize(900, 600);
        auto *stack = new QStackedWidget(&window);
        stack->setGeometry(0, 0, 900, 600);
        auto *placeholder = new QWidget;
        stack->addWidget(placeholder);
        auto *player = new PlayerWidget;
        stack->addWidget(player);
        player->playback()->setMuted(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        stack->setCurrentWidget(placeholder);

        QDialog dialog(&window);
        dialog.setModal(true);
        QTimer::singleShot(50, &dialog, [&] {
            // Job finished: the selected card shows in the player...
            stack->setCurrentWidget(player);
            player->openJob(QStringLiteral("job"), sample("sample-16x9.mp4"), QStringLiteral("fox"),
                            QString(), QDateTime());
            // ...and auto-play comes a turn later.
            QTimer::singleShot(0, player, [player] { player->play(); });
            // The form switching modes: the layout changes around the player.
            QTimer::singleShot(round * 15, &window, [&] { stack->setGeometry(0, 0, 700, 600); });
        });
        QTimer::singleShot(400, &dialog, &QDialog::accept);
        dialog.exec();
        QString why;
        QVERIFY2(reallyPlays(player, &why),
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
    }
}

QTEST_MAIN(TestPlayerAutoplay)
#include "tst_playerautoplay.moc"

// PlayerWidget on a real video surface (Xvfb), through the multimedia
// plugin: loads a sample clip, reports its 5 s duration, plays (position
// advances, changing frames reach the screen), seeks, loops, copies a link
// while valid, and explains unplayable media and a missing plugin.

#include "player/MediaBackend.h"
#include "player/MediaBackendLoader.h"
#include "player/PlayerWidget.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace ks;

class TestPlayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsAndPlays();
    void showsFirstFrameBeforePlay();
    void seeksAndLoops();
    void copyLinkOnlyWhileValid();
    void missingFileIsExplained();
    void brokenFileIsExplained();

private:
    QString sample() const { return QStringLiteral(KS_SAMPLES_DIR "/sample-16x9.mp4"); }
    template<typename T> T *child(const char *name) const
    {
        return m_player->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PlayerWidget> m_player;
};

void TestPlayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
    qunsetenv("EVOLINK_API_KEY");
    QVERIFY(QFile::exists(sample()));
}

void TestPlayer::init()
{
    m_player = std::make_unique<PlayerWidget>();
    m_player->resize(640, 480);
    m_player->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_player.get()));
    QVERIFY2(m_player->playback(), qPrintable(MediaBackendLoader::lastError()));
    m_player->playback()->setMuted(true);
}

void TestPlayer::cleanup()
{
    m_player.reset();
}

void TestPlayer::loadsAndPlays()
{
    QCOMPARE(m_player->objectName(), QStringLiteral("playerWidget"));
    VideoPlayback *media = m_player->playback();
    QVERIFY(media);
    QVERIFY(MediaBackendLoader::isLoaded());
    m_player->open(sample());
    QTRY_VERIFY_WITH_TIMEOUT(media->isLoaded(), 10000);
    QTRY_VERIFY(media->duration() > 0);
    QVERIFY2(qAbs(media->duration() - 5000) <= 200, qPrintable(QString::number(media->duration())));
    QCOMPARE(child<QLabel>("timeLabel")->text(), QStringLiteral("0:00 / 0:05"));
    QCOMPARE(child<QSlider>("seekSlider")->maximum(), int(media->duration()));
    QCOMPARE(m_player->errorText(), QString());

    // The video widget sits in the player's page, and changing frames reach
    // it while playing: the surface is really fed.
    QVERIFY(media->videoWidget());
    QVERIFY(m_player->isAncestorOf(media->videoWidget()));

    auto *playPause = child<QToolButton>("playPauseButton");
    QVERIFY(playPause->isEnabled());
    QTest::mouseClick(playPause, Qt::LeftButton);
    QTRY_COMPARE(media->state(), VideoPlayback::State::Playing);
    QVERIFY(m_player->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(!media->currentFrame().isNull(), 10000);
    const QImage first = media->currentFrame();
    QCOMPARE(first.size(), QSize(640, 360));
    QTRY_VERIFY_WITH_TIMEOUT(media->position() > 500, 10000);
    QTRY_VERIFY(media->currentFrame() != first);
    QTRY_VERIFY(child<QLabel>("timeLabel")->text() != QStringLiteral("0:00 / 0:05"));

    QTest::mouseClick(playPause, Qt::LeftButton);
    QTRY_COMPARE(media->state(), VideoPlayback::State::Paused);
    QVERIFY(!m_player->isPlaying());
    const qint64 paused = media->position();
    // Nothing to wait for: the position may not move.
    QTest::qWait(300);
    QVERIFY(qAbs(media->position() - paused) < 100);
}

// A result opens on its first frame, paused, rather than on a black
// surface: the player looks like the video it will play.
void TestPlayer::showsFirstFrameBeforePlay()
{
    VideoPlayback *media = m_player->playback();
    m_player->open(sample());
    QTRY_VERIFY_WITH_TIMEOUT(!media->currentFrame().isNull(), 10000);
    QCOMPARE(media->state(), VideoPlayback::State::Paused);
    QVERIFY(!m_player->isPlaying());
    const QImage poster = media->currentFrame();
    QCOMPARE(poster.size(), QSize(640, 360));
    // A picture, not a blank frame: the sample's first frame has colour.
    const QRgb centre = poster.pixel(poster.width() / 2, poster.height() / 2);
    QVERIFY2(qRed(centre) + qGreen(centre) + qBlue(centre) > 60,
             qPrintable(QString::number(centre, 16)));
    // Nothing to wait for: the position may not move.
    QTest::qWait(300);
    QCOMPARE(media->position(), 0);
    auto *playPause = child<QToolButton>("playPauseButton");
    QVERIFY(playPause->isEnabled());
    QCOMPARE(playPause->toolTip(), QStringLiteral("Play (Space or K; F: full screen)"));

    // Playing from there starts at the beginning.
    QTest::mouseClick(playPause, Qt::LeftButton);
    QTRY_COMPARE(media->state(), VideoPlayback::State::Playing);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() > 300, 10000);
}

void TestPlayer::seeksAndLoops()
{
    VideoPlayback *media = m_player->playback();
    m_player->open(sample());
    QTRY_VERIFY_WITH_TIMEOUT(media->isLoaded(), 10000);

    media->setPosition(2500);
    QTRY_COMPARE(child<QLabel>("timeLabel")->text(), QStringLiteral("0:02 / 0:05"));
    QTRY_VERIFY(qAbs(child<QSlider>("seekSlider")->value() - 2500) < 300);

    auto *loop = child<QToolButton>("loopButton");
    QVERIFY(!media->isLooping());
    QTest::mouseClick(loop, Qt::LeftButton);
    QVERIFY(loop->isChecked());
    QVERIFY(media->isLooping());
    QTest::mouseClick(loop, Qt::LeftButton);
    QVERIFY(!media->isLooping());

    auto *mute = child<QToolButton>("muteButton");
    QVERIFY(!mute->isChecked());
    QTest::mouseClick(mute, Qt::LeftButton);
    QVERIFY(mute->isChecked());
    QVERIFY(media->isMuted());
    QTest::mouseClick(mute, Qt::LeftButton);
    QVERIFY(!media->isMuted());
    auto *volume = child<QSlider>("volumeSlider");
    volume->setValue(100);
    QCOMPARE(media->outputVolume(), 1.0f);
    volume->setValue(50); // the slider is perceptual: half loudness is a quarter of the gain
    QVERIFY2(media->outputVolume() > 0.05f && media->outputVolume() < 0.4f,
             qPrintable(QString::number(media->outputVolume())));
    volume->setValue(0);
    QCOMPARE(media->outputVolume(), 0.0f);
}

void TestPlayer::copyLinkOnlyWhileValid()
{
    auto *copy = child<QToolButton>("copyLinkButton");
    auto *save = child<QToolButton>("saveAsButton");
    m_player->open(sample());
    QVERIFY(!copy->isEnabled()); // a plain file has no result link
    QVERIFY(save->isEnabled());

    const QString url = QStringLiteral("https://files.example/result-1.mp4");
    m_player->openJob(QStringLiteral("job-1"), sample(), QStringLiteral("A fox"), url,
                      QDateTime::currentDateTimeUtc().addSecs(-3600));
    QCOMPARE(m_player->currentJobId(), QStringLiteral("job-1"));
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), url);

    m_player->openJob(QStringLiteral("job-2"), sample(), QStringLiteral("A fox"), url,
                      QDateTime::currentDateTimeUtc().addSecs(-25 * 3600));
    QVERIFY(!copy->isEnabled());
}

void TestPlayer::missingFileIsExplained()
{
    const QString missing = m_dir.filePath(QStringLiteral("gone.mp4"));
    m_player->open(missing);
    QVERIFY(m_player->errorText().contains(QStringLiteral("missing")));
    QVERIFY(m_player->errorText().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(!child<QToolButton>("playPauseButton")->isEnabled());
    QVERIFY(!child<QToolButton>("saveAsButton")->isEnabled());

    // Opening a good file afterwards clears the message.
    m_player->open(sample());
    QCOMPARE(m_player->errorText(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(m_player->playback()->isLoaded(), 10000);
    QVERIFY(child<QToolButton>("playPauseButton")->isEnabled());
}

void TestPlayer::brokenFileIsExplained()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.mp4"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    m_player->open(broken);
    QTRY_VERIFY_WITH_TIMEOUT(!m_player->errorText().isEmpty(), 10000);
    QVERIFY(m_player->errorText().contains(QStringLiteral("could not be played")));
    QVERIFY(!child<QToolButton>("playPauseButton")->isEnabled());
}

QTEST_MAIN(TestPlayer)
#include "tst_player.moc"

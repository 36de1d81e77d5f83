// PlayerWidget on a real video surface (Xvfb): loads a sample clip, reports
// its 5 s duration, plays (position advances, frames reach the sink),
// seeks, loops, copies a link while valid, and explains unplayable media.

#include "PlayerWidget.h"

#include <QAudioOutput>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVideoFrame>
#include <QVideoSink>
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
    m_player->audioOutput()->setMuted(true);
}

void TestPlayer::cleanup()
{
    m_player.reset();
}

void TestPlayer::loadsAndPlays()
{
    QCOMPARE(m_player->objectName(), QStringLiteral("playerWidget"));
    QMediaPlayer *media = m_player->mediaPlayer();
    QVERIFY(media);
    m_player->open(sample());
    QTRY_COMPARE_WITH_TIMEOUT(media->mediaStatus(), QMediaPlayer::LoadedMedia, 10000);
    QTRY_VERIFY(media->duration() > 0);
    QVERIFY2(qAbs(media->duration() - 5000) <= 200, qPrintable(QString::number(media->duration())));
    QCOMPARE(child<QLabel>("timeLabel")->text(), QStringLiteral("0:00 / 0:05"));
    QCOMPARE(child<QSlider>("seekSlider")->maximum(), int(media->duration()));
    QCOMPARE(m_player->errorText(), QString());

    // Frames reach the widget's sink: the surface is really fed.
    QVideoSink *sink = media->videoSink();
    QVERIFY(sink);
    QSignalSpy frames(sink, &QVideoSink::videoFrameChanged);

    auto *playPause = child<QToolButton>("playPauseButton");
    QVERIFY(playPause->isEnabled());
    QTest::mouseClick(playPause, Qt::LeftButton);
    QTRY_COMPARE(media->playbackState(), QMediaPlayer::PlayingState);
    QTRY_VERIFY_WITH_TIMEOUT(media->position() > 500, 10000);
    QTRY_VERIFY(frames.count() > 3);
    const QVideoFrame frame = sink->videoFrame();
    QVERIFY(frame.isValid());
    QCOMPARE(frame.size(), QSize(640, 360));
    QTRY_VERIFY(child<QLabel>("timeLabel")->text() != QStringLiteral("0:00 / 0:05"));

    QTest::mouseClick(playPause, Qt::LeftButton);
    QTRY_COMPARE(media->playbackState(), QMediaPlayer::PausedState);
    const qint64 paused = media->position();
    QTest::qWait(300);
    QVERIFY(qAbs(media->position() - paused) < 100);
}

void TestPlayer::seeksAndLoops()
{
    QMediaPlayer *media = m_player->mediaPlayer();
    m_player->open(sample());
    QTRY_COMPARE_WITH_TIMEOUT(media->mediaStatus(), QMediaPlayer::LoadedMedia, 10000);

    media->setPosition(2500);
    QTRY_COMPARE(child<QLabel>("timeLabel")->text(), QStringLiteral("0:02 / 0:05"));
    QTRY_VERIFY(qAbs(child<QSlider>("seekSlider")->value() - 2500) < 300);

    auto *loop = child<QToolButton>("loopButton");
    QCOMPARE(media->loops(), int(QMediaPlayer::Once));
    QTest::mouseClick(loop, Qt::LeftButton);
    QVERIFY(loop->isChecked());
    QCOMPARE(media->loops(), int(QMediaPlayer::Infinite));
    QTest::mouseClick(loop, Qt::LeftButton);
    QCOMPARE(media->loops(), int(QMediaPlayer::Once));

    auto *mute = child<QToolButton>("muteButton");
    QVERIFY(!mute->isChecked());
    QTest::mouseClick(mute, Qt::LeftButton);
    QVERIFY(mute->isChecked());
    QVERIFY(m_player->audioOutput()->isMuted());
    QTest::mouseClick(mute, Qt::LeftButton);
    QVERIFY(!m_player->audioOutput()->isMuted());
    auto *volume = child<QSlider>("volumeSlider");
    volume->setValue(100);
    QCOMPARE(m_player->audioOutput()->volume(), 1.0f);
    volume->setValue(0);
    QCOMPARE(m_player->audioOutput()->volume(), 0.0f);
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
    QTRY_COMPARE_WITH_TIMEOUT(m_player->mediaPlayer()->mediaStatus(), QMediaPlayer::LoadedMedia,
                              10000);
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

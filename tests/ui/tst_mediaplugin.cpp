// The multimedia plugin boundary (ui/MediaBackend.h). With the plugin:
// nothing multimedia is in the process until the first use, then frame
// grabs decode real frames of the sample clips at the asked time and size,
// fail cleanly on a broken file, can be cancelled, and leave no media object
// behind. Without it (scenario "missing" or "broken", run as separate ctest
// entries because the loader decides once per process): the player and the
// grabber explain instead of crashing.

#include "MediaBackend.h"
#include "MediaBackendLoader.h"
#include "PlayerWidget.h"
#include "VideoFrameGrabber.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace ks;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(KS_SAMPLES_DIR "/") + QLatin1String(name);
}

bool multimediaMapped()
{
#ifdef Q_OS_LINUX
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (maps.open(QIODevice::ReadOnly))
        return maps.readAll().contains("libQt6Multimedia");
#endif
    return MediaBackendLoader::isLoaded();
}

// Runs a grab to its end; the frame it delivered (null on failure).
QImage grab(const QString &path, QSize maxSize, qint64 atUs, bool *delivered = nullptr)
{
    auto *grabber = new VideoFrameGrabber(path, maxSize, nullptr, atUs);
    QSignalSpy spy(grabber, &VideoFrameGrabber::grabbed);
    grabber->start();
    const bool ok = spy.wait(VideoFrameGrabber::kTimeoutMs + 2000);
    if (delivered)
        *delivered = ok && spy.count() == 1;
    return ok ? spy.first().first().value<QImage>() : QImage();
}

// Mean colour of an image, as a rough content fingerprint.
QColor meanColor(const QImage &image)
{
    const QImage small = image.scaled(8, 8, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    qint64 r = 0, g = 0, b = 0;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x) {
            const QColor c = small.pixelColor(x, y);
            r += c.red();
            g += c.green();
            b += c.blue();
        }
    const int n = small.width() * small.height();
    return QColor(int(r / n), int(g / n), int(b / n));
}

} // namespace

class TestMediaPlugin : public QObject
{
    Q_OBJECT

private slots:
    void notLoadedUntilFirstUse();
    void grabsFramesAtTimeAndSize();
    void brokenFileGivesNullFrame();
    void cancelledGrabLeavesNothing();

private:
    QTemporaryDir m_dir;
};

void TestMediaPlugin::notLoadedUntilFirstUse()
{
    QVERIFY(!MediaBackendLoader::isLoaded());
    QVERIFY(!multimediaMapped());
    QVERIFY(!MediaBackendLoader::searchPaths().isEmpty());
    MediaBackend *backend = MediaBackendLoader::backend();
    QVERIFY2(backend, qPrintable(MediaBackendLoader::lastError()));
    QVERIFY(MediaBackendLoader::isLoaded());
    QVERIFY(multimediaMapped());
    QCOMPARE(MediaBackendLoader::lastError(), QString());
    QCOMPARE(MediaBackendLoader::backend(), backend); // loaded once
    QCOMPARE(backend->liveObjects(), 0);
}

void TestMediaPlugin::grabsFramesAtTimeAndSize()
{
    // Fits the box, aspect kept: 16:9 into 160x160 is 160x90, 9:16 is 90x160.
    const QImage wide = grab(sample("sample-16x9.mp4"), QSize(160, 160), 0);
    QVERIFY(!wide.isNull());
    QCOMPARE(wide.size(), QSize(160, 90));
    const QImage tall = grab(sample("sample-9x16.mp4"), QSize(160, 160), 0);
    QVERIFY(!tall.isNull());
    QCOMPARE(tall.size(), QSize(90, 160));

    // The sample's picture changes over its 5 s: a frame 1 s in is not the
    // first frame, and the same time gives the same picture again.
    const auto distance = [](const QImage &a, const QImage &b) {
        const QColor x = meanColor(a), y = meanColor(b);
        return qAbs(x.red() - y.red()) + qAbs(x.green() - y.green()) + qAbs(x.blue() - y.blue());
    };
    const QImage oneSecond = grab(sample("sample-16x9.mp4"), QSize(160, 160), 1000 * 1000);
    QVERIFY(!oneSecond.isNull());
    QVERIFY2(oneSecond != wide, "the frame 1 s in is the first frame");
    const QImage again = grab(sample("sample-16x9.mp4"), QSize(160, 160), 1000 * 1000);
    QVERIFY(distance(oneSecond, again) <= 6);

    // A time past half the clip (or past its end) falls back to a third of
    // the way in: 3 s and 60 s into a 5 s clip give the same picture.
    const QImage late = grab(sample("sample-16x9.mp4"), QSize(160, 160), 3000 * 1000);
    const QImage farPast = grab(sample("sample-16x9.mp4"), QSize(160, 160), 60 * 1000 * 1000);
    QVERIFY(!late.isNull());
    QVERIFY(!farPast.isNull());
    QVERIFY2(distance(late, farPast) <= 6, "60 s did not fall back to a third of the clip");
    QTRY_COMPARE(MediaBackendLoader::backend()->liveObjects(), 0);
}

void TestMediaPlugin::brokenFileGivesNullFrame()
{
    QVERIFY(m_dir.isValid());
    const QString broken = m_dir.filePath(QStringLiteral("broken.mp4"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'k'));
    file.close();
    bool delivered = false;
    QVERIFY(grab(broken, QSize(64, 64), 0, &delivered).isNull());
    QVERIFY(delivered); // answered (with nothing), not left hanging
    QVERIFY(
        grab(m_dir.filePath(QStringLiteral("absent.mp4")), QSize(64, 64), 0, &delivered).isNull());
    QVERIFY(delivered);
    QTRY_COMPARE(MediaBackendLoader::backend()->liveObjects(), 0);
}

void TestMediaPlugin::cancelledGrabLeavesNothing()
{
    MediaBackend *backend = MediaBackendLoader::backend();
    QVERIFY(backend);
    auto *grabber = new VideoFrameGrabber(sample("sample-16x9.mp4"), QSize(64, 64));
    QSignalSpy spy(grabber, &VideoFrameGrabber::grabbed);
    grabber->start();
    QCOMPARE(backend->liveObjects(), 1);
    delete grabber;
    QCOMPARE(backend->liveObjects(), 0);
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);

    // Players count too, and go with their widget.
    {
        PlayerWidget player;
        QVERIFY(player.playback());
        QCOMPARE(backend->liveObjects(), 1);
    }
    QCOMPARE(backend->liveObjects(), 0);
}

// ---- without a usable plugin -----------------------------------------------

class TestWithoutPlugin : public QObject
{
    Q_OBJECT

public:
    explicit TestWithoutPlugin(bool broken) : m_broken(broken) { }

private slots:
    void initTestCase();
    void loaderExplains();
    void playerExplains();
    void grabberAnswersNull();

private:
    bool m_broken;
    QTemporaryDir m_dir;
};

void TestWithoutPlugin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (m_broken) {
        // A damaged install: a file of the plugin's name that is no library.
        QFile fake(m_dir.filePath(MediaBackendLoader::pluginFileName()));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not a shared library");
    }
    qputenv("KLINGSTUDIO_PLUGIN_DIR", m_dir.path().toUtf8());
    QCOMPARE(MediaBackendLoader::searchPaths(), QStringList {m_dir.path()});
}

void TestWithoutPlugin::loaderExplains()
{
    QVERIFY(!MediaBackendLoader::backend());
    QVERIFY(!MediaBackendLoader::isLoaded());
    QVERIFY(!multimediaMapped());
    const QString error = MediaBackendLoader::lastError();
    if (m_broken) {
        QVERIFY2(error.startsWith(QStringLiteral("The video component could not be loaded: ")),
                 qPrintable(error));
        QVERIFY2(error.contains(MediaBackendLoader::pluginFileName()), qPrintable(error));
    } else {
        QCOMPARE(error,
                 QStringLiteral("The video component (%1) is not installed.")
                     .arg(MediaBackendLoader::pluginFileName()));
    }
}

void TestWithoutPlugin::playerExplains()
{
    PlayerWidget player;
    player.resize(480, 360);
    player.show();
    QVERIFY(!player.playback());
    player.open(sample("sample-16x9.mp4"));
    QVERIFY2(player.errorText().contains(QStringLiteral("could not be played")),
             qPrintable(player.errorText()));
    QVERIFY(player.errorText().contains(MediaBackendLoader::lastError()));
    QVERIFY(!player.isPlaying());
    QVERIFY(!player.findChild<QToolButton *>(QStringLiteral("playPauseButton"))->isEnabled());
    // The file is fine, so saving it elsewhere still works.
    QVERIFY(player.findChild<QToolButton *>(QStringLiteral("saveAsButton"))->isEnabled());
    player.play(); // harmless
    player.togglePlay();
    QVERIFY(!player.isPlaying());
}

void TestWithoutPlugin::grabberAnswersNull()
{
    bool delivered = false;
    QVERIFY(grab(sample("sample-16x9.mp4"), QSize(64, 64), 0, &delivered).isNull());
    QVERIFY(delivered);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QByteArray scenario = qgetenv("KS_MEDIA_SCENARIO");
    if (scenario == "missing" || scenario == "broken") {
        TestWithoutPlugin test(scenario == "broken");
        return QTest::qExec(&test, argc, argv);
    }
    TestMediaPlugin test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mediaplugin.moc"

// The multimedia plugin boundary (ui/MediaBackend.h). With the plugin:
// nothing multimedia is in the process until the first use, then frame
// grabs decode real frames of the sample clips at the asked time and size,
// fail cleanly on a broken file, can be cancelled, and leave no media object
// behind. Without it (scenario "missing" or "broken", run as separate ctest
// entries because the loader decides once per process): the player and the
// grabber explain instead of crashing. A copy of this program outside the
// build tree (scenario "outside") looks for the plugin only in its own
// installation: never in the build tree, never in the current folder.

#include "LoadedLibraries.h"
#include "player/MediaBackend.h"
#include "player/MediaBackendLoader.h"
#include "player/PlayerWidget.h"
#include "player/VideoFrameGrabber.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <optional>

using namespace ks;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(KS_SAMPLES_DIR "/") + QLatin1String(name);
}

// Whether Qt Multimedia is in the process (unknown where the system cannot
// say: the check is then skipped, see test::libraryMapped()).
std::optional<bool> multimediaMapped()
{
    return test::libraryMapped("Qt6Multimedia");
}
constexpr char kMappedUnknown[] = "only Linux and Windows tell which libraries are loaded";

// The build tree's plugin folder, told to the copy outside the tree.
constexpr char kBuildPluginDirVar[] = "KS_TEST_BUILD_PLUGIN_DIR";

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
    void nothingMultimediaBeforeFirstUse(); // first: before anything loads
    void loadsOnFirstUse();
    void multimediaMappedAfterFirstUse();
    void searchPathsStayInTheInstallation();
    void copyOutsideTheBuildTreeLoadsNothing();
    void grabsFramesAtTimeAndSize();
    void brokenFileGivesNullFrame();
    void cancelledGrabLeavesNothing();

private:
    QTemporaryDir m_dir;
};

void TestMediaPlugin::nothingMultimediaBeforeFirstUse()
{
    QVERIFY(!MediaBackendLoader::isLoaded());
    const std::optional<bool> mapped = multimediaMapped();
    if (!mapped)
        QSKIP(kMappedUnknown);
    QVERIFY(!*mapped);
}

void TestMediaPlugin::loadsOnFirstUse()
{
    QVERIFY(!MediaBackendLoader::isLoaded());
    QVERIFY(!MediaBackendLoader::searchPaths().isEmpty());
    MediaBackend *backend = MediaBackendLoader::backend();
    QVERIFY2(backend, qPrintable(MediaBackendLoader::lastError()));
    QVERIFY(MediaBackendLoader::isLoaded());
    QCOMPARE(MediaBackendLoader::lastError(), QString());
    QCOMPARE(MediaBackendLoader::backend(), backend); // loaded once
    QCOMPARE(backend->liveObjects(), 0);
}

void TestMediaPlugin::multimediaMappedAfterFirstUse()
{
    // The check before the first use can see the library at all.
    QVERIFY(MediaBackendLoader::isLoaded());
    const std::optional<bool> mapped = multimediaMapped();
    if (!mapped)
        QSKIP(kMappedUnknown);
    QVERIFY(*mapped);
}

void TestMediaPlugin::searchPathsStayInTheInstallation()
{
    // A build tree, a program in it and one in its tests, an installation
    // beside it whose name starts like the tree's, and a link into the tree.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString base = QFileInfo(root.path()).canonicalFilePath();
    const QString tree = base + QStringLiteral("/build");
    const QString treePlugins = tree + QStringLiteral("/app");
    const QString treeTests = tree + QStringLiteral("/tests/ui");
    const QString installed = base + QStringLiteral("/build-installed/bin");
    const QString linked = base + QStringLiteral("/link");
    for (const QString &dir : {treePlugins, treeTests, installed})
        QVERIFY(QDir().mkpath(dir));
    // (A real link: a Windows shortcut is no folder, and is not tried.)
    const bool haveLink =
        QFile::link(tree, linked) && QFileInfo(linked + QStringLiteral("/app")).isDir();
    const QString rel = QStringLiteral("../lib/klingstudio");
    const auto paths = [&](const QString &appDir, const QString &env = {}) {
        return MediaBackendLoader::searchPathsFor(appDir, env, rel, tree, treePlugins);
    };

    // From the build tree: its own install layout, then the tree's plugins.
    QCOMPARE(paths(treePlugins),
             (QStringList {tree + QStringLiteral("/lib/klingstudio"), treePlugins}));
    QCOMPARE(paths(treeTests),
             (QStringList {tree + QStringLiteral("/tests/lib/klingstudio"), treePlugins}));
    if (haveLink) // the same tree by another name is still the tree
        QCOMPARE(paths(linked + QStringLiteral("/app")).last(), treePlugins);
    // Installed, or copied anywhere else: its own installation only.
    QCOMPARE(paths(installed),
             QStringList {base + QStringLiteral("/build-installed/lib/klingstudio")});
    // The folder that holds the build tree is not in it.
    QCOMPARE(paths(base),
             QStringList {QDir::cleanPath(base + QStringLiteral("/../lib/klingstudio"))});
    // Windows keeps the plugin beside the executable.
    QCOMPARE(
        MediaBackendLoader::searchPathsFor(installed, {}, QStringLiteral("."), tree, treePlugins),
        QStringList {installed});
    // Never the current folder: no relative folder, whatever the inputs.
    const QString savedCwd = QDir::currentPath();
    const auto restoreCwd = qScopeGuard([&] { QDir::setCurrent(savedCwd); });
    QVERIFY(QDir::setCurrent(base));
    QCOMPARE(paths(QString()), QStringList());
    QCOMPARE(paths(QStringLiteral("bin")), QStringList());
    QCOMPARE(paths(QStringLiteral(".")), QStringList());
    QCOMPARE(MediaBackendLoader::searchPathsFor(QString(), {}, QStringLiteral("."),
                                                QStringLiteral("."), QStringLiteral(".")),
             QStringList());
    QCOMPARE(paths(installed, QStringLiteral("plugins")), QStringList());
    // The explicit folder is the only one.
    QCOMPARE(paths(treeTests, installed), QStringList {installed});
}

void TestMediaPlugin::copyOutsideTheBuildTreeLoadsNothing()
{
    // This program runs in the build tree, so it looked in the tree's plugin
    // folder, where the plugin is.
    const QStringList here = MediaBackendLoader::searchPaths();
    QCOMPARE(here.size(), 2);
    const QString buildPlugins = here.last();
    const QString plugin = QDir(buildPlugins).filePath(MediaBackendLoader::pluginFileName());
    QVERIFY2(QFileInfo::exists(plugin), qPrintable(plugin));

    // A copy of it elsewhere, started from a folder that holds the plugin
    // too, finds none: neither the build tree's nor the current folder's.
    QTemporaryDir elsewhere;
    QVERIFY(elsewhere.isValid());
    const QDir dir(elsewhere.path());
    QVERIFY(!QFileInfo(dir.path())
                 .canonicalFilePath()
                 .startsWith(QFileInfo(buildPlugins + QStringLiteral("/..")).canonicalFilePath()
                             + QLatin1Char('/')));
    QVERIFY(dir.mkpath(QStringLiteral("bin")) && dir.mkpath(QStringLiteral("cwd")));
    const QString copy = dir.filePath(
        QStringLiteral("bin/") + QFileInfo(QCoreApplication::applicationFilePath()).fileName());
    QVERIFY(QFile::copy(QCoreApplication::applicationFilePath(), copy));
    QVERIFY(QFile::copy(
        plugin, dir.filePath(QStringLiteral("cwd/") + MediaBackendLoader::pluginFileName())));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("KLINGSTUDIO_PLUGIN_DIR"));
    env.insert(QStringLiteral("KS_MEDIA_SCENARIO"), QStringLiteral("outside"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QLatin1String(kBuildPluginDirVar), buildPlugins);
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(dir.filePath(QStringLiteral("cwd")));
    child.setProcessChannelMode(QProcess::MergedChannels);
    // Its report goes to a file: QtTest on Windows sends the report of a
    // process without a console window to the debugger, not to stdout.
    const QString report = dir.filePath(QStringLiteral("report.txt"));
    child.start(copy, {QStringLiteral("-o"), report + QStringLiteral(",txt")});
    if (!child.waitForStarted(10000) && child.error() == QProcess::FailedToStart)
        QSKIP("a copy of the test program cannot start outside the build tree here");
    QVERIFY(child.waitForFinished(60000));
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QByteArray output = child.readAll() + reportFile.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             output.constData());
    // Both test functions ran (init and cleanup count too); none skipped.
    QVERIFY2(output.contains("Totals: 4 passed, 0 failed, 0 skipped"), output.constData());
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
    // Nothing to wait for: the deleted grabber may not report.
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

// ---- a copy outside the build tree ------------------------------------------

class TestOutsideBuildTree : public QObject
{
    Q_OBJECT

private slots:
    void looksOnlyInItsInstallation()
    {
        // One folder, relative to the program's own: bin/../lib/klingstudio,
        // MacOS/../PlugIns, or the program's folder itself.
        const QStringList paths = MediaBackendLoader::searchPaths();
        QCOMPARE(paths.size(), 1);
        const QString dir = paths.first();
        QVERIFY2(QDir::isAbsolutePath(dir), qPrintable(dir));
        const QString installation =
            QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
        QVERIFY2(dir.startsWith(installation + QLatin1Char('/')), qPrintable(dir));
        const QString buildPlugins = qEnvironmentVariable(kBuildPluginDirVar);
        QVERIFY(!buildPlugins.isEmpty());
        QVERIFY2(!dir.startsWith(QDir::cleanPath(buildPlugins + QStringLiteral("/..")) + u'/'),
                 qPrintable(dir));
        QVERIFY(dir != QDir::currentPath());
    }

    void findsNoPlugin()
    {
        // A plugin file is in the current folder and in the build tree: not
        // even seen ("not installed", not "could not be loaded").
        QVERIFY(QFileInfo::exists(MediaBackendLoader::pluginFileName()));
        QVERIFY(!MediaBackendLoader::backend());
        QCOMPARE(MediaBackendLoader::lastError(),
                 QStringLiteral("The video component (%1) is not installed.")
                     .arg(MediaBackendLoader::pluginFileName()));
    }
};

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
    void multimediaNeverMapped();

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

void TestWithoutPlugin::multimediaNeverMapped()
{
    QVERIFY(!MediaBackendLoader::isLoaded());
    const std::optional<bool> mapped = multimediaMapped();
    if (!mapped)
        QSKIP(kMappedUnknown);
    QVERIFY(!*mapped);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QByteArray scenario = qgetenv("KS_MEDIA_SCENARIO");
    if (scenario == "outside") {
        TestOutsideBuildTree test;
        return QTest::qExec(&test, argc, argv);
    }
    if (scenario == "missing" || scenario == "broken") {
        TestWithoutPlugin test(scenario == "broken");
        return QTest::qExec(&test, argc, argv);
    }
    TestMediaPlugin test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mediaplugin.moc"

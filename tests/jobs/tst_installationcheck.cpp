// InstallationCheck (klingstudio --self-test, Help → Check installation) in
// process, with a stand-in for the video side: the order of the parts, the
// real demo job against the built-in simulator in a temporary folder that
// is gone afterwards, the one-line results, each broken part named (and the
// parts that build on it not tried), and the overall timeout.
// KS_CHECK_SCENARIO=notls (a second ctest entry): Qt's certificate-only TLS
// backend, which cannot make https connections, must fail the TLS part.

#include "check/InstallationCheck.h"
#include "check/MediaProbe.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ks;
using Step = InstallationCheck::Step;
using State = InstallationCheck::State;

namespace {

class FakeMedia final : public MediaProbe
{
public:
    QString loadError;
    QStringList backends {QStringLiteral("gstreamer")};
    QSize frame {640, 360};
    bool answers = true; // false: a decoder that hangs
    QByteArray fileStart; // the first bytes of the file it was given
    QPointer<QObject> context;

    QString load() override { return loadError; }
    QStringList installedBackends() const override { return backends; }
    QString backendName() const override { return backends.join(u'/'); }
    void firstFrame(const QString &path, int, QObject *ctx,
                    std::function<void(QSize)> done) override
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            fileStart = file.read(16);
        context = ctx;
        if (answers)
            QTimer::singleShot(10, ctx, [done, size = frame] { done(size); });
    }
};

bool notlsScenario()
{
    return qEnvironmentVariable("KS_CHECK_SCENARIO") == u"notls";
}

} // namespace

class TestInstallationCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesAndLeavesNothingBehind();
    void missingMediaPluginIsNamed();
    void noQtMultimediaBackendIsNamed();
    void undecodableVideoIsNamed();
    void hangingDecoderTimesOut();
    void runsAgain();
    void missingTlsIsAFailure();

private:
    // Runs the check to its end; the `finished` argument.
    static bool run(InstallationCheck &check, int waitMs = 30000);
    static QStringList filesUnder(const QString &dir);

    QTemporaryDir m_dir;
    QString m_temp;
};

void TestInstallationCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Where the user's things would be: nothing may appear there.
    qputenv("KLINGSTUDIO_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
    // A real key and an unreachable API: the check must use neither.
    qputenv("EVOLINK_API_KEY", "sk-not-to-be-read");
    qputenv("EVOLINK_API_BASE", "https://127.0.0.1:1");
    // The check's temporary folder goes here, so its removal can be seen.
    m_temp = m_dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(m_temp));
    qputenv("TMPDIR", m_temp.toUtf8()); // Unix
    qputenv("TMP", QDir::toNativeSeparators(m_temp).toUtf8()); // Windows
    qputenv("TEMP", QDir::toNativeSeparators(m_temp).toUtf8());
    QCOMPARE(QDir::tempPath(), QDir(m_temp).canonicalPath());
    if (notlsScenario())
        QVERIFY(QSslSocket::setActiveBackend(QStringLiteral("cert-only")));
}

bool TestInstallationCheck::run(InstallationCheck &check, int waitMs)
{
    QSignalSpy finished(&check, &InstallationCheck::finished);
    check.start();
    if (!finished.wait(waitMs) || finished.count() != 1)
        return false;
    return finished.at(0).at(0).toBool();
}

QStringList TestInstallationCheck::filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestInstallationCheck::passesAndLeavesNothingBehind()
{
    if (notlsScenario())
        QSKIP("TLS is switched off in this run");
    FakeMedia media;
    InstallationCheck check(&media);
    QList<Step> started;
    QString workDir;
    connect(&check, &InstallationCheck::stepChanged, this, [&](Step step) {
        if (check.state(step) == State::Running && !started.contains(step))
            started << step;
        if (workDir.isEmpty())
            workDir = check.workDir();
    });
    QVERIFY(run(check));

    QVERIFY(check.passed());
    QCOMPARE(started, InstallationCheck::steps());
    for (const Step step : InstallationCheck::steps()) {
        QCOMPARE(check.state(step), State::Passed);
        QVERIFY2(!check.detail(step).isEmpty(), qPrintable(InstallationCheck::title(step)));
    }
    const QRegularExpression line(QStringLiteral(
        "^self-test: ok \\(Qt (\\d+\\.\\d+\\.\\d+), SQLite, TLS \\S.*, media gstreamer, "
        "frame 640x360, \\d+\\.\\d s\\)$"));
    const QRegularExpressionMatch match = line.match(check.summary());
    QVERIFY2(match.hasMatch(), qPrintable(check.summary()));
    QCOMPARE(match.captured(1), QString::fromLatin1(qVersion()));
    QVERIFY(check.failureLines().isEmpty());
    QCOMPARE(check.frameSize(), QSize(640, 360));

    // The decoder was given the downloaded demo video: an MP4 on disk.
    QCOMPARE(media.fileStart.mid(4, 4), QByteArray("ftyp"));
    QVERIFY(media.context.isNull()); // its step's context went with the run
    // In a temporary folder, removed afterwards; nothing in the user's.
    QVERIFY(workDir.startsWith(QDir(m_temp).canonicalPath() + u'/')
            || workDir.startsWith(m_temp + u'/'));
    QVERIFY(check.workDir().isEmpty());
    QVERIFY2(filesUnder(m_temp).isEmpty(), qPrintable(filesUnder(m_temp).join(u' ')));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("data/journal.sqlite"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("config/klingstudio.ini"))));
}

void TestInstallationCheck::missingMediaPluginIsNamed()
{
    FakeMedia media;
    media.loadError =
        QStringLiteral("The video component (klingstudio-media.so) is not installed.");
    InstallationCheck check(&media);
    QVERIFY(!run(check));

    QCOMPARE(check.state(Step::Media), State::Failed);
    QCOMPARE(check.state(Step::VideoFrame), State::Skipped); // builds on the media part
    QCOMPARE(check.state(Step::Sqlite), State::Passed);
    QCOMPARE(check.state(Step::DemoJob), State::Passed); // independent of it
    const QStringList lines = check.failureLines();
    const int expected = notlsScenario() ? 2 : 1;
    QCOMPARE(lines.size(), expected);
    const QString mediaLine = lines.last();
    QVERIFY2(mediaLine.startsWith(QStringLiteral(
                 "self-test: FAILED: media: The video component (klingstudio-media.so) is "
                 "not installed. ")),
             qPrintable(mediaLine));
    QVERIFY(!mediaLine.contains(u'\n'));
    QVERIFY(!check.summary().startsWith(QStringLiteral("self-test: ok")));
    QVERIFY(filesUnder(m_temp).isEmpty());
}

void TestInstallationCheck::noQtMultimediaBackendIsNamed()
{
    FakeMedia media;
    media.backends.clear();
    InstallationCheck check(&media);
    QVERIFY(!run(check));
    QCOMPARE(check.state(Step::Media), State::Failed);
    QVERIFY2(check.detail(Step::Media).contains(QStringLiteral("no backend plugin")),
             qPrintable(check.detail(Step::Media)));
    QCOMPARE(check.state(Step::VideoFrame), State::Skipped);
}

void TestInstallationCheck::undecodableVideoIsNamed()
{
    FakeMedia media;
    media.frame = QSize();
    InstallationCheck check(&media);
    QVERIFY(!run(check));
    QCOMPARE(check.state(Step::Media), State::Passed);
    QCOMPARE(check.state(Step::DemoJob), State::Passed);
    QCOMPARE(check.state(Step::VideoFrame), State::Failed);
    const QString line = check.failureLines().last();
    QVERIFY2(line.startsWith(QStringLiteral("self-test: FAILED: video frame: ")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("gstreamer1.0-libav")), qPrintable(line));
    QVERIFY(!check.frameSize().isValid());
}

void TestInstallationCheck::hangingDecoderTimesOut()
{
    FakeMedia media;
    media.answers = false;
    InstallationCheck check(&media);
    check.setTimeoutMs(8000);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!run(check, 20000));
    QVERIFY(clock.elapsed() >= 7900);
    QCOMPARE(check.state(Step::VideoFrame), State::Failed);
    QVERIFY2(
        check.detail(Step::VideoFrame).startsWith(QStringLiteral("Did not finish within 8 s.")),
        qPrintable(check.detail(Step::VideoFrame)));
    QVERIFY(media.context.isNull()); // the hanging decode was cancelled
    QVERIFY(!check.isRunning());
    QVERIFY(filesUnder(m_temp).isEmpty());
}

void TestInstallationCheck::runsAgain()
{
    FakeMedia media;
    media.loadError = QStringLiteral("broken");
    InstallationCheck check(&media);
    QVERIFY(!run(check));
    QCOMPARE(check.state(Step::Media), State::Failed);
    media.loadError.clear(); // e.g. the user installed the missing part
    const bool ok = run(check);
    QCOMPARE(ok, !notlsScenario());
    QCOMPARE(check.state(Step::Media), State::Passed);
    QCOMPARE(check.state(Step::VideoFrame), State::Passed);
}

void TestInstallationCheck::missingTlsIsAFailure()
{
    if (!notlsScenario())
        QSKIP("run by the tst_installationcheck_notls entry");
    FakeMedia media;
    InstallationCheck check(&media);
    QVERIFY(!run(check));
    QCOMPARE(check.state(Step::Tls), State::Failed);
    // Nothing else builds on TLS: the rest is still checked.
    QCOMPARE(check.state(Step::VideoFrame), State::Passed);
    QCOMPARE(check.failureLines().size(), 1);
    const QString line = check.summary();
    QVERIFY2(line.startsWith(QStringLiteral("self-test: FAILED: TLS: ")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("https")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestInstallationCheck)
#include "tst_installationcheck.moc"

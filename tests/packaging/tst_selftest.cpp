// `klingstudio --self-test` as a user or a packager runs it: the built GUI
// executable through QProcess. It must pass here (Xvfb, or no display at
// all), print its one line with the frame size, leave the user's folders
// and a running studio alone, and name the missing part when the video
// component is gone.

#include "ProcessText.h"
#include "desktop/SingleInstance.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

class TstSelfTest : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs the GUI executable with `arguments` and waits (at most 90 s:
    // the check itself gives up after 60).
    Result runApp(const QStringList &arguments, const QProcessEnvironment &env)
    {
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(KS_GUI_BINARY), arguments);
        Result result;
        if (!app.waitForStarted(10000))
            return result;
        // Our event loop keeps turning: a test may be a running studio.
        if (!QTest::qWaitFor([&] { return app.state() == QProcess::NotRunning; }, 90000)) {
            app.kill();
            app.waitForFinished();
            return result;
        }
        result.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2;
        result.out = ks::test::processLocalText(app.readAllStandardOutput());
        result.err = ks::test::processLocalText(app.readAllStandardError());
        return result;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KLINGSTUDIO_DATA_DIR"), m_user.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("KLINGSTUDIO_CONFIG_DIR"),
                   m_user.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("TMPDIR"), m_temp.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        env.remove(QStringLiteral("KLINGSTUDIO_PLUGIN_DIR"));
        env.remove(QStringLiteral("KLINGSTUDIO_MULTI_INSTANCE"));
        return env;
    }

    static QStringList filesUnder(const QString &dir)
    {
        QStringList files;
        QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    static void verifyOk(const Result &result)
    {
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QRegularExpression pattern(QStringLiteral(
            "^self-test: ok \\(Qt \\d+\\.\\d+\\.\\d+, SQLite, TLS \\S[^,]*, media [a-z/]+, "
            "frame (\\d+)x(\\d+), \\d+\\.\\d s\\)$"));
        const QRegularExpressionMatch match = pattern.match(lines.first());
        QVERIFY2(match.hasMatch(), qPrintable(lines.first()));
        // The demo job asks for 16:9; the frame is the clip's, not a default.
        const int width = match.captured(1).toInt();
        const int height = match.captured(2).toInt();
        QVERIFY(width > 0 && height > 0);
        QCOMPARE(width * 9, height * 16);
        QVERIFY2(!result.err.contains(QStringLiteral("FAILED")), qPrintable(result.err));
    }

    void verifyNothingLeft()
    {
        // The check's temporary folder is gone; the user's folders hold
        // nothing new (no journal, no settings, no video).
        QVERIFY2(filesUnder(m_temp.path()).isEmpty(),
                 qPrintable(filesUnder(m_temp.path()).join(u' ')));
        QVERIFY2(filesUnder(m_user.path()).isEmpty(),
                 qPrintable(filesUnder(m_user.path()).join(u' ')));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_user.isValid());
        QVERIFY(m_temp.isValid());
        QVERIFY(m_runtime.isValid());
        QFile::setPermissions(m_runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void passes()
    {
        const Result result = runApp({QStringLiteral("--self-test")}, environment());
        verifyOk(result);
        verifyNothingLeft();
    }

    // Over ssh or in CI there may be no display at all.
    void passesWithoutDisplay()
    {
        if (QSysInfo::kernelType() != u"linux")
            QSKIP("X11 and Wayland only");
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        verifyOk(runApp({QStringLiteral("--self-test")}, env));
        verifyNothingLeft();
    }

    // A studio already running for this user: the self-test neither hands
    // itself over to it nor refuses to run.
    void runsBesideARunningStudio()
    {
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        qputenv("KLINGSTUDIO_DATA_DIR", QFile::encodeName(m_user.filePath(QStringLiteral("data"))));
        qputenv("KLINGSTUDIO_CONFIG_DIR",
                QFile::encodeName(m_user.filePath(QStringLiteral("config"))));
        ks::SingleInstance primary(ks::SingleInstance::defaultServerName());
        QVERIFY(primary.listen());
        QSignalSpy activations(&primary, &ks::SingleInstance::activationRequested);
        verifyOk(runApp({QStringLiteral("--self-test")}, environment()));
        QCOMPARE(activations.count(), 0);
    }

    // The video component missing (an empty plugin folder): the media part
    // is named on one line, the frame is not tried, and the exit code says so.
    void missingMediaPluginIsNamed()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("KLINGSTUDIO_PLUGIN_DIR"), empty.path());
        const Result result = runApp({QStringLiteral("--self-test")}, env);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(!result.out.contains(QStringLiteral("self-test: ok")), qPrintable(result.out));
        const QStringList failures =
            result.err.split(u'\n').filter(QStringLiteral("self-test: FAILED: "));
        QCOMPARE(failures.size(), 1);
        QVERIFY2(failures.first().startsWith(QStringLiteral("self-test: FAILED: media: ")),
                 qPrintable(failures.first()));
        QVERIFY2(failures.first().contains(QStringLiteral("klingstudio-media")),
                 qPrintable(failures.first()));
        verifyNothingLeft();
    }

    // --version prints (on Windows through the parent's console), also
    // without a display.
    void versionPrints()
    {
        QProcessEnvironment env = environment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const Result result = runApp({QStringLiteral("--version")}, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral(KS_VERSION)), qPrintable(result.out));
        const Result help = runApp({QStringLiteral("--help")}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--self-test")), qPrintable(help.out));
    }

private:
    QTemporaryDir m_user; // stands for the user's data and config folders
    QTemporaryDir m_temp; // the system's temporary folder for the child
    QTemporaryDir m_runtime;
};

QTEST_MAIN(TstSelfTest)
#include "tst_selftest.moc"

// The built klingstudio-cli binary, end to end through QProcess: estimate's
// first line, validation errors, a demo generate to a real MP4, history,
// errors from a test-owned simulator, and the API key never printed.

#include "Simulator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

constexpr char kSecretKey[] = "sk-test-SECRET-0123456789-must-not-leak";

struct Result
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_jobId;
    QString m_outPath;

    QProcessEnvironment environment(bool withKey) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KLINGSTUDIO_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("KLINGSTUDIO_CONFIG_DIR"),
                   m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("KLINGSTUDIO_SIM_TIME_SCALE"), QStringLiteral("0.05"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("EVOLINK_API_BASE"));
        env.remove(QStringLiteral("EVOLINK_FILES_BASE"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        if (withKey)
            env.insert(QStringLiteral("EVOLINK_API_KEY"), QLatin1String(kSecretKey));
        else
            env.remove(QStringLiteral("EVOLINK_API_KEY"));
        return env;
    }

    // Runs the CLI while this process keeps its event loop turning (a
    // simulator in this process may have to answer it).
    Result run(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 30000)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(KS_CLI_PATH), args);
        Result r;
        if (!p.waitForStarted(5000))
            return r;
        p.closeWriteChannel();
        if (finished.isEmpty() && !finished.wait(timeoutMs)) {
            p.kill();
            p.waitForFinished(2000);
            return r;
        }
        r.finished = p.exitStatus() == QProcess::NormalExit;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    Result run(const QStringList &args) { return run(args, environment(true)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void estimatePrintsCreditsFirst()
    {
        const Result r = run(
            {QStringLiteral("estimate"), QStringLiteral("--mode"), QStringLiteral("text-to-video"),
             QStringLiteral("--duration"), QStringLiteral("10"), QStringLiteral("--quality"),
             QStringLiteral("1080p"), QStringLiteral("--sound"), QStringLiteral("on")});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n');
        QCOMPARE(lines.first(), QStringLiteral("90.018"));
        QVERIFY(lines.size() >= 3);
        // USD at the settings rate (72 by default), marked approximate.
        QVERIFY2(r.out.contains(QStringLiteral("$1.25")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("approximate")));
        QVERIFY(r.out.contains(QStringLiteral("1.667")));
        QVERIFY(!r.all().contains(QLatin1String(kSecretKey)));

        const Result plain = run({QStringLiteral("estimate")});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out.split(u'\n').first(), QStringLiteral("27"));

        const Result ref =
            run({QStringLiteral("estimate"), QStringLiteral("--mode"),
                 QStringLiteral("reference-to-video"), QStringLiteral("--video"),
                 QStringLiteral("https://example.com/ref.mp4"), QStringLiteral("--duration"),
                 QStringLiteral("10"), QStringLiteral("--quality"), QStringLiteral("1080p")});
        QCOMPARE(ref.exitCode, 0);
        QCOMPARE(ref.out.split(u'\n').first(), QStringLiteral("108.054"));
    }

    void estimateRefusesInvalidRequests()
    {
        const Result tooLong =
            run({QStringLiteral("estimate"), QStringLiteral("--duration"), QStringLiteral("20")});
        QVERIFY(tooLong.finished);
        QVERIFY(tooLong.exitCode != 0);
        QVERIFY(tooLong.out.isEmpty());
        QVERIFY2(tooLong.err.contains(QStringLiteral("20")), qPrintable(tooLong.err));

        const Result badSound =
            run({QStringLiteral("estimate"), QStringLiteral("--sound"), QStringLiteral("maybe")});
        QVERIFY(badSound.exitCode != 0);
        QVERIFY(badSound.err.contains(QStringLiteral("maybe")));

        const Result noImage = run({QStringLiteral("estimate"), QStringLiteral("--mode"),
                                    QStringLiteral("image-to-video")});
        QVERIFY(noImage.exitCode != 0);
        QVERIFY(!noImage.err.trimmed().isEmpty());
    }

    void generateInDemoMode()
    {
        m_outPath = m_dir.filePath(QStringLiteral("clips/fox.mp4"));
        QDir().mkpath(QFileInfo(m_outPath).absolutePath());
        const Result r =
            run({QStringLiteral("generate"), QStringLiteral("--demo"), QStringLiteral("--prompt"),
                 QStringLiteral("A red fox walks through fresh snow"), QStringLiteral("--out"),
                 m_outPath});
        QVERIFY2(r.finished, qPrintable(r.err));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), m_outPath);
        QFile video(m_outPath);
        QVERIFY(video.open(QIODevice::ReadOnly));
        const QByteArray head = video.read(12);
        QCOMPARE(head.mid(4, 4), QByteArray("ftyp"));
        QVERIFY(video.size() > 1000);
        const auto job = QRegularExpression(QStringLiteral("Job ([0-9a-f-]{36})")).match(r.err);
        QVERIFY2(job.hasMatch(), qPrintable(r.err));
        m_jobId = job.captured(1);
        QVERIFY(r.err.contains(QStringLiteral("Task task-unified-")));
        QVERIFY(r.err.contains(QStringLiteral("Demo mode")));
        QVERIFY(!r.all().contains(QLatin1String(kSecretKey)));
        // Nothing else was written next to the requested file.
        QCOMPARE(QDir(QFileInfo(m_outPath).absolutePath()).entryList(QDir::Files),
                 QStringList {QStringLiteral("fox.mp4")});
    }

    void historyListsTheJob()
    {
        QVERIFY(!m_jobId.isEmpty());
        const Result r = run({QStringLiteral("history")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QString row;
        for (const QString &line : lines) {
            if (line.startsWith(m_jobId))
                row = line;
        }
        QVERIFY2(!row.isEmpty(), qPrintable(r.out));
        QVERIFY(row.contains(QStringLiteral("text-to-video")));
        QVERIFY(row.contains(QStringLiteral("Done")));
        QVERIFY(row.contains(QStringLiteral("\t27\t")));
        QVERIFY(row.endsWith(m_outPath));

        const Result status = run({QStringLiteral("status"), m_jobId});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(QStringLiteral("State: Done")));
        QVERIFY(status.out.contains(m_outPath));
    }

    void generateReportsServerErrors()
    {
        // A real-mode run (key from the environment) against a simulator
        // this test controls, reached through EVOLINK_API_BASE.
        Simulator sim;
        QVERIFY(sim.start());
        sim.addAcceptedKey(QLatin1String(kSecretKey));
        sim.setTimeScale(0.02);
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("EVOLINK_API_BASE"), sim.baseUrl().toString());
        env.insert(QStringLiteral("EVOLINK_FILES_BASE"), sim.baseUrl().toString());

        sim.failNextTask(QStringLiteral("content_policy_violation"));
        const QString out = m_dir.filePath(QStringLiteral("never.mp4"));
        Result r = run({QStringLiteral("generate"), QStringLiteral("--prompt"),
                        QStringLiteral("A famous actor"), QStringLiteral("--out"), out},
                       env);
        QVERIFY2(r.finished, qPrintable(r.err));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("Error: ")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Task: task-unified-")));
        QVERIFY(r.err.contains(QStringLiteral("Job: ")));
        QVERIFY(!r.err.contains(QStringLiteral("Demo mode")));
        QVERIFY(!r.all().contains(QLatin1String(kSecretKey)));
        QCOMPARE(sim.taskCount(), 1);
        // The request really went there, with the key in the header only.
        QCOMPARE(sim.lastRequestHeader(QStringLiteral("/v1/videos/generations"), "Authorization"),
                 QByteArray("Bearer ") + kSecretKey);

        sim.setBalance(1.0);
        r = run({QStringLiteral("generate"), QStringLiteral("--prompt"), QStringLiteral("A fox"),
                 QStringLiteral("--out"), out},
                env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Error: ")));
        QVERIFY(!r.err.contains(QStringLiteral("Task: "))); // refused before a task existed
        QCOMPARE(sim.taskCount(), 1);

        // status <task id> asks the server.
        const QString taskId = sim.taskIds().first();
        r = run({QStringLiteral("status"), taskId}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Status: failed")));
        QVERIFY(r.out.contains(taskId));
    }

    void helpNeverShowsTheKey()
    {
        const Result r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("estimate")));
        QVERIFY(r.out.contains(QStringLiteral("--image-start")));
        QVERIFY(!r.all().contains(QLatin1String(kSecretKey)));
        QVERIFY(!r.all().contains(QStringLiteral("SECRET")));

        const Result v = run({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out.trimmed(), QStringLiteral("klingstudio-cli " KS_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

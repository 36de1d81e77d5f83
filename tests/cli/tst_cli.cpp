// The built klingstudio-cli binary, end to end through QProcess: estimate's
// first line, validation errors, a demo generate to a real MP4, history,
// errors from a test-owned simulator, and the API key never printed.

#include "ProcessText.h"
#include "sim/Simulator.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ks;

namespace {

constexpr char kSecretKey[] = "sk-test-SECRET-0123456789-must-not-leak";

QString dataFile(const char *name)
{
    return QStringLiteral(KS_JOBS_DATA_DIR "/") + QLatin1String(name);
}

QString clipPath()
{
    return dataFile("clip-1280x720-24fps-3s.mp4");
}

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
        r.out = ks::test::processText(p.readAllStandardOutput());
        r.err = ks::test::processText(p.readAllStandardError());
        return r;
    }

    Result run(const QStringList &args) { return run(args, environment(true)); }

    // A portrait PNG (an element image must be >= 300 px each side).
    QString portrait(const char *name)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QImage image(512, 640, QImage::Format_RGB32);
        image.fill(QColor(180, 120, 100));
        image.save(path, "PNG");
        return path;
    }

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

        // A problem with a given image still refuses the estimate.
        const Result badImage = run(
            {QStringLiteral("estimate"), QStringLiteral("--mode"), QStringLiteral("image-to-video"),
             QStringLiteral("--image-start"), m_dir.filePath(QStringLiteral("missing.png"))});
        QVERIFY(badImage.exitCode != 0);
        QVERIFY(badImage.out.isEmpty());
        QVERIFY(badImage.err.contains(QStringLiteral("missing.png")));
    }

    // Issue 15 item 16: a price depends on mode, length, quality and sound only,
    // so an estimate needs no input files, and says what generate will need.
    void estimateNeedsNoInputFiles()
    {
        const Result i2v = run({QStringLiteral("estimate"), QStringLiteral("--mode"),
                                QStringLiteral("image-to-video"), QStringLiteral("--duration"),
                                QStringLiteral("5")});
        QVERIFY2(i2v.exitCode == 0, qPrintable(i2v.err));
        QVERIFY2(i2v.err.isEmpty(), qPrintable(i2v.err));
        const QStringList lines = i2v.out.split(u'\n');
        bool isNumber = false;
        QVERIFY(lines.first().toDouble(&isNumber) > 0 && isNumber);
        QVERIFY2(i2v.out.contains(QStringLiteral(
                     "generate will also need --prompt, --image-start (or --image).")),
                 qPrintable(i2v.out));

        const Result r2v = run({QStringLiteral("estimate"), QStringLiteral("--mode"),
                                QStringLiteral("reference-to-video"), QStringLiteral("--prompt"),
                                QStringLiteral("<<<video_1>>> as a watercolour")});
        QVERIFY2(r2v.exitCode == 0, qPrintable(r2v.err));
        QVERIFY2(r2v.out.contains(QStringLiteral("generate will also need --video.")),
                 qPrintable(r2v.out));

        // Video edit: the input's length from --seconds (3.5 s of the clip cost 4 s, see below).
        const Result edit =
            run({QStringLiteral("estimate"), QStringLiteral("--mode"), QStringLiteral("video-edit"),
                 QStringLiteral("--seconds"), QStringLiteral("4")});
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        QCOMPARE(edit.out.split(u'\n').first(), QStringLiteral("32.4"));
        // The edit prompt is optional (API.md §10.1 #7).
        QVERIFY2(edit.out.contains(QStringLiteral("generate will also need --video.")),
                 qPrintable(edit.out));

        const Result guessed = run(
            {QStringLiteral("estimate"), QStringLiteral("--mode"), QStringLiteral("video-edit")});
        QVERIFY2(guessed.exitCode == 0, qPrintable(guessed.err));
        QVERIFY(guessed.out.contains(QStringLiteral("--seconds N")));

        const Result both = run({QStringLiteral("estimate"), QStringLiteral("--mode"),
                                 QStringLiteral("video-edit"), QStringLiteral("--seconds"),
                                 QStringLiteral("4"), QStringLiteral("--video"), clipPath()});
        QCOMPARE(both.exitCode, 2);
        const Result wrongMode =
            run({QStringLiteral("estimate"), QStringLiteral("--seconds"), QStringLiteral("4")});
        QCOMPARE(wrongMode.exitCode, 2);
        QVERIFY(wrongMode.err.contains(QStringLiteral("--duration")));
    }

    // Issue 15 item 14: damaged inputs (an MP4 without moov, a PNG cut to a
    // third, a 33-byte header-only PNG, a 30000 × 30000 PNG header) and a FIFO
    // (item 12) are refused before anything is uploaded or paid.
    void generateRefusesDamagedInputsBeforePaying()
    {
        Simulator sim;
        QVERIFY(sim.start());
        sim.addAcceptedKey(QLatin1String(kSecretKey));
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("EVOLINK_API_BASE"), sim.baseUrl().toString());
        env.insert(QStringLiteral("EVOLINK_FILES_BASE"), sim.baseUrl().toString());

        // A noisy PNG, so its body is large and a cut lands in the pixel data.
        QImage noise(800, 600, QImage::Format_RGB32);
        for (int y = 0; y < noise.height(); ++y) {
            for (int x = 0; x < noise.width(); ++x)
                noise.setPixel(x, y,
                               qRgb((x * 7919 + y * 104729) % 251, (x * y) % 253, (x + y) % 241));
        }
        const QString goodPng = m_dir.filePath(QStringLiteral("noise.png"));
        QVERIFY(noise.save(goodPng, "PNG"));
        QFile good(goodPng);
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QByteArray png = good.readAll();
        auto write = [this](const QString &name, const QByteArray &bytes) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return path;
        };
        QByteArray huge = png.left(33);
        huge.replace(16, 8, QByteArray::fromHex("0000753000007530")); // 30000 × 30000
        QFile clip(clipPath());
        QVERIFY(clip.open(QIODevice::ReadOnly));
        QByteArray mp4 = clip.readAll();
        const qsizetype moov = mp4.indexOf("moov") - 4;
        QVERIFY(moov > 0);
        const quint32 moovSize = qFromBigEndian<quint32>(mp4.constData() + moov);
        mp4.remove(moov, moovSize);

        struct Case
        {
            QString mode;
            QString option;
            QString path;
            QString says;
        };
        QList<Case> cases = {
            {QStringLiteral("image-to-video"), QStringLiteral("--image-start"),
             write(QStringLiteral("third.png"), png.left(png.size() / 3)),
             QStringLiteral("damaged")},
            {QStringLiteral("image-to-video"), QStringLiteral("--image-start"),
             write(QStringLiteral("header.png"), png.left(33)), QStringLiteral("damaged")},
            {QStringLiteral("image-to-video"), QStringLiteral("--image-start"),
             write(QStringLiteral("huge.png"), huge), QStringLiteral("megapixels")},
            {QStringLiteral("video-edit"), QStringLiteral("--video"),
             write(QStringLiteral("nomoov.mp4"), mp4), QStringLiteral("moov")},
            // Refused by EvoLink (API.md §10.1 #14), found by content (issue 17 item 11).
            {QStringLiteral("image-to-video"), QStringLiteral("--image-start"),
             write(QStringLiteral("phone.jpg"),
                   QByteArray::fromHex("00000018667479706865696300000000") + "mif1heic"),
             QStringLiteral("is in HEIC format, which EvoLink does not accept")},
            {QStringLiteral("image-to-video"), QStringLiteral("--image-start"),
             write(QStringLiteral("web.avif"),
                   QByteArray::fromHex("0000001c667479706176696600000000") + "avifmif1miaf"),
             QStringLiteral("is in AVIF format")},
            {QStringLiteral("image-to-video"), QStringLiteral("--image-start"),
             write(QStringLiteral("scan.png"), QByteArray("II*\0\x08\0\0\0", 8)),
             QStringLiteral("is in TIFF format")},
        };
#ifdef Q_OS_UNIX
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.png"));
        QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
        cases.append({QStringLiteral("image-to-video"), QStringLiteral("--image-start"), fifo,
                      QStringLiteral("not a regular file")});
#endif
        for (const Case &c : cases) {
            const Result r =
                run({QStringLiteral("generate"), QStringLiteral("--mode"), c.mode, c.option, c.path,
                     QStringLiteral("--prompt"), QStringLiteral("make it rain")},
                    env, 20000);
            QVERIFY2(r.finished, qPrintable(c.path + QStringLiteral(": did not finish")));
            QVERIFY2(r.exitCode == 2, qPrintable(c.path + QStringLiteral(": ") + r.all()));
            QVERIFY2(r.err.contains(c.says), qPrintable(r.err));
            QVERIFY2(r.err.contains(QFileInfo(c.path).fileName()), qPrintable(r.err));
        }
        QCOMPARE(sim.taskCount(), 0);
        QCOMPARE(sim.requestCount(QStringLiteral("/api/v1/files")), 0);
        QCOMPARE(sim.requestCount(QStringLiteral("/v1/")), 0);
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
        QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(m_outPath));
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
        QVERIFY(row.endsWith(QDir::toNativeSeparators(m_outPath)));

        const Result status = run({QStringLiteral("status"), m_jobId});
        QCOMPARE(status.exitCode, 0);
        QVERIFY(status.out.contains(QStringLiteral("State: Done")));
        QVERIFY(status.out.contains(QDir::toNativeSeparators(m_outPath)));
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

    void modelAccessDenied()
    {
        // Issue 17 item 8: a key without access to a model is told which
        // one and what to do; nothing was created, so nothing was charged.
        Simulator sim;
        QVERIFY(sim.start());
        sim.addAcceptedKey(QLatin1String(kSecretKey));
        sim.withholdModels(QLatin1String(kSecretKey), {QStringLiteral("kling-o3-text-to-video")});
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("EVOLINK_API_BASE"), sim.baseUrl().toString());
        env.insert(QStringLiteral("EVOLINK_FILES_BASE"), sim.baseUrl().toString());

        const QString out = m_dir.filePath(QStringLiteral("denied.mp4"));
        Result r = run({QStringLiteral("generate"), QStringLiteral("--prompt"),
                        QStringLiteral("A lantern on a pier"), QStringLiteral("--out"), out},
                       env);
        QVERIFY2(r.finished, qPrintable(r.err));
        QCOMPARE(r.exitCode, 1); // as for the other refusals
        QVERIFY2(r.err.contains(QStringLiteral("no access to kling-o3-text-to-video")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("EvoLink console")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was charged")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("Task: ")));
        QCOMPARE(sim.taskCount(), 0);
        QVERIFY(!QFile::exists(out));

        // `models` says which ones the key may use, one tab-separated line a mode.
        r = run({QStringLiteral("models")}, env);
        QVERIFY2(r.finished, qPrintable(r.err));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("text-to-video\tkling-o3-text-to-video\tno\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("image-to-video\tkling-o3-image-to-video\tyes\n")),
                 qPrintable(r.out));
        QVERIFY(!r.all().contains(QLatin1String(kSecretKey)));
    }

    // ---- every mode and input (local video, elements, shots) ----

    void estimateVideoEditUsesTheLocalClipLength()
    {
        const Result r = run({QStringLiteral("estimate"), QStringLiteral("--mode"),
                              QStringLiteral("video-edit"), QStringLiteral("--video"), clipPath()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // 3.5 s rounded up to 4 s x 8.1 credits/s at 720p.
        QCOMPARE(r.out.split(u'\n').first(), QStringLiteral("32.4"));
        QVERIFY(r.out.contains(QStringLiteral("3.5 s, rounded up")));

        const Result tooShort =
            run({QStringLiteral("estimate"), QStringLiteral("--mode"), QStringLiteral("video-edit"),
                 QStringLiteral("--video"), dataFile("bad-too-short-2s.mp4")});
        QCOMPARE(tooShort.exitCode, 2);
        QVERIFY(tooShort.out.isEmpty());
        QVERIFY2(tooShort.err.contains(QStringLiteral("it must last at least 3 s")),
                 qPrintable(tooShort.err));

        const Result noVideoMode =
            run({QStringLiteral("estimate"), QStringLiteral("--video"), clipPath()});
        QCOMPARE(noVideoMode.exitCode, 2);
        QVERIFY(noVideoMode.err.contains(QStringLiteral("text-to-video takes no --video")));
    }

    void generateReferenceToVideoWithLocalClipInDemo()
    {
        const QString out = m_dir.filePath(QStringLiteral("clips/ref2v.mp4"));
        const Result r = run(
            {QStringLiteral("generate"), QStringLiteral("--demo"), QStringLiteral("--mode"),
             QStringLiteral("reference-to-video"), QStringLiteral("--video"), clipPath(),
             QStringLiteral("--prompt"), QStringLiteral("<<<video_1>>> as a watercolour"),
             QStringLiteral("--keep-sound"), QStringLiteral("off"), QStringLiteral("--out"), out});
        QVERIFY2(r.finished, qPrintable(r.err));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QDir::toNativeSeparators(out));
        QVERIFY(r.err.contains(QStringLiteral("Uploading")));
        QVERIFY(!r.err.contains(QStringLiteral("Warning")));
        QFile video(out);
        QVERIFY(video.open(QIODevice::ReadOnly));
        QCOMPARE(video.read(12).mid(4, 4), QByteArray("ftyp"));
    }

    void elementCreateInDemoPrintsTheId()
    {
        const Result r =
            run({QStringLiteral("element"), QStringLiteral("create"), QStringLiteral("--demo"),
                 QStringLiteral("--name"), QStringLiteral("Mia"), QStringLiteral("--description"),
                 QStringLiteral("A woman with short red hair"), QStringLiteral("--front"),
                 portrait("front.png"), QStringLiteral("--angle"), portrait("left.png")});
        QVERIFY2(r.finished, qPrintable(r.err));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = r.out.split(u'\n').first();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\S+$")).match(id).hasMatch(),
                 qPrintable(r.out));
        QVERIFY(!id.isEmpty());

        const Result list = run({QStringLiteral("element"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QString row;
        for (const QString &line : list.out.split(u'\n')) {
            if (line.startsWith(id + u'\t'))
                row = line;
        }
        QVERIFY2(row.contains(QStringLiteral("\tMia\t")), qPrintable(list.out));
        QVERIFY(row.contains(QStringLiteral("images (demo)")));
        QVERIFY(row.endsWith(QStringLiteral("A woman with short red hair")));

        const Result bad = run({QStringLiteral("element"), QStringLiteral("rename")});
        QCOMPARE(bad.exitCode, 2);
    }

    // API.md §10.1 #2: an element from images needs the frontal image and 1 to
    // 3 reference images; the CLI says which is missing and sends nothing.
    void elementCreateNeedsFrontalAndReferenceImages()
    {
        Simulator sim;
        QVERIFY(sim.start());
        sim.addAcceptedKey(QLatin1String(kSecretKey));
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("EVOLINK_API_BASE"), sim.baseUrl().toString());
        env.insert(QStringLiteral("EVOLINK_FILES_BASE"), sim.baseUrl().toString());
        const QStringList head = {QStringLiteral("element"),       QStringLiteral("create"),
                                  QStringLiteral("--name"),        QStringLiteral("Mia"),
                                  QStringLiteral("--description"), QStringLiteral("A woman")};

        Result r =
            run(head + QStringList {QStringLiteral("--front"), portrait("only-front.png")}, env);
        QVERIFY2(r.finished, qPrintable(r.err));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("Add 1 to 3 reference images of the subject from "
                                               "other angles: EvoLink needs them as well as the "
                                               "frontal image.")),
                 qPrintable(r.err));

        r = run(head + QStringList {QStringLiteral("--angle"), portrait("only-angle.png")}, env);
        QVERIFY2(r.finished, qPrintable(r.err));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Add a frontal image of the subject: EvoLink needs "
                                               "it as well as the 1 to 3 reference images from "
                                               "other angles.")),
                 qPrintable(r.err));

        // Nothing reached the server: no upload, no create, not even a balance check.
        QCOMPARE(sim.requestCount(QStringLiteral("/")), 0);
        QCOMPARE(sim.taskCount(), 0);
    }

    // API.md §10.1 #4: element create --voice-id reaches the simulator as
    // model_params.element_voice_id and is kept in the library (element list);
    // with images it is refused before anything is sent.
    void elementCreateVoiceId()
    {
        Simulator sim;
        QVERIFY(sim.start());
        sim.addAcceptedKey(QLatin1String(kSecretKey));
        sim.setTimeScale(0.02);
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("EVOLINK_API_BASE"), sim.baseUrl().toString());
        env.insert(QStringLiteral("EVOLINK_FILES_BASE"), sim.baseUrl().toString());
        const QString create = QStringLiteral("/v1/videos/generations");
        const QString voice = QStringLiteral("829824295735410756");
        const QStringList head = {QStringLiteral("element"),       QStringLiteral("create"),
                                  QStringLiteral("--name"),        QStringLiteral("Singer"),
                                  QStringLiteral("--description"), QStringLiteral("A singer"),
                                  QStringLiteral("--voice-id"),    voice};

        Result r = run(head
                           + QStringList {QStringLiteral("--front"), portrait("voice-front.png"),
                                          QStringLiteral("--angle"), portrait("voice-side.png")},
                       env);
        QVERIFY2(r.finished, qPrintable(r.err));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("A voice ID can only be given to an element made "
                                               "from a video")),
                 qPrintable(r.err));
        QCOMPARE(sim.requestCount(QStringLiteral("/")), 0);

        r = run(head + QStringList {QStringLiteral("--video"), clipPath()}, env);
        QVERIFY2(r.finished, qPrintable(r.err));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString elementId = r.out.split(u'\n').first();
        const QJsonObject body = QJsonDocument::fromJson(sim.lastRequestBody(create)).object();
        const QJsonObject mp = body.value(u"model_params").toObject();
        QCOMPARE(mp.value(u"reference_type").toString(), QStringLiteral("video_refer"));
        QCOMPARE(mp.value(u"element_voice_id").toString(), voice);

        const Result list = run({QStringLiteral("element"), QStringLiteral("list")}, env);
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("\tDATE\tVOICE\tDESCRIPTION")),
                 qPrintable(list.out));
        QString row;
        for (const QString &line : list.out.split(u'\n')) {
            if (line.startsWith(elementId + u'\t'))
                row = line;
        }
        QVERIFY2(row.endsWith(u'\t' + voice + QStringLiteral("\tA singer")), qPrintable(list.out));
    }

    // A real-mode run against a test-owned simulator: the create bodies carry
    // the shots, the element list, the watermark and the callback URL.
    void optionsReachTheRequest()
    {
        Simulator sim;
        QVERIFY(sim.start());
        sim.addAcceptedKey(QLatin1String(kSecretKey));
        sim.setTimeScale(0.02);
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("EVOLINK_API_BASE"), sim.baseUrl().toString());
        env.insert(QStringLiteral("EVOLINK_FILES_BASE"), sim.baseUrl().toString());
        const QString create = QStringLiteral("/v1/videos/generations");

        // An element made from a video, kept in the library with that flag.
        Result r =
            run({QStringLiteral("element"), QStringLiteral("create"), QStringLiteral("--name"),
                 QStringLiteral("Dancer"), QStringLiteral("--description"),
                 QStringLiteral("A dancer in yellow"), QStringLiteral("--video"), clipPath()},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString elementId = r.out.split(u'\n').first();
        QJsonObject body = QJsonDocument::fromJson(sim.lastRequestBody(create)).object();
        QCOMPARE(body.value(u"model").toString(), QStringLiteral("kling-custom-element"));
        QCOMPARE(body.value(u"model_params").toObject().value(u"reference_type").toString(),
                 QStringLiteral("video_refer"));
        // API.md §10.1 #1: exactly one video, inside refer_videos (the old
        // bare {"video_url": ...} is refused by the gateway).
        const QJsonObject videoList =
            body.value(u"model_params").toObject().value(u"element_video_list").toObject();
        QCOMPARE(videoList.keys(), QStringList {QStringLiteral("refer_videos")});
        QCOMPARE(videoList.value(u"refer_videos").toArray().size(), 1);
        QVERIFY(videoList.value(u"refer_videos")[0][u"video_url"].toString().startsWith(
            sim.baseUrl().toString()));

        r = run({QStringLiteral("generate"), QStringLiteral("--shot"),
                 QStringLiteral("3:<<<element_1>>> wakes up"), QStringLiteral("--shot"),
                 QStringLiteral("4:<<<element_1>>> dances"), QStringLiteral("--element"), elementId,
                 QStringLiteral("--watermark"), QStringLiteral("off"),
                 QStringLiteral("--callback-url"), QStringLiteral("https://hooks.example.com/k"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("shots.mp4"))},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        body = QJsonDocument::fromJson(sim.lastRequestBody(create)).object();
        QCOMPARE(body.value(u"duration").toInt(), 7); // the shots' sum
        QCOMPARE(body.value(u"callback_url").toString(),
                 QStringLiteral("https://hooks.example.com/k"));
        const QJsonObject mp = body.value(u"model_params").toObject();
        QCOMPARE(mp.value(u"multi_shot").toBool(), true);
        const QJsonArray shots = mp.value(u"multi_prompt").toArray();
        QCOMPARE(shots.size(), 2);
        QCOMPARE(shots.at(0).toObject().value(u"prompt").toString(),
                 QStringLiteral("<<<element_1>>> wakes up"));
        QCOMPARE(shots.at(0).toObject().value(u"duration").toString(), QStringLiteral("3"));
        QCOMPARE(shots.at(1).toObject().value(u"index").toInt(), 2);
        QCOMPARE(
            mp.value(u"element_list").toArray().first().toObject().value(u"element_id").toString(),
            elementId);
        QCOMPARE(mp.value(u"watermark_info").toObject().value(u"enabled"), QJsonValue(false));

        // The library knows the element came from a video: refused with a video input.
        const int creates = sim.requestCount(create);
        r = run({QStringLiteral("generate"), QStringLiteral("--mode"),
                 QStringLiteral("reference-to-video"), QStringLiteral("--video"),
                 QStringLiteral("https://cdn.example.com/ref.mp4"), QStringLiteral("--element"),
                 elementId, QStringLiteral("--prompt"), QStringLiteral("<<<element_1>>> dances")},
                env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("created from a video")), qPrintable(r.err));
        QCOMPARE(sim.requestCount(create), creates);

        // A refused video upload explains itself and asks for a link.
        sim.setRefuseVideoUploads(true);
        r = run({QStringLiteral("generate"), QStringLiteral("--mode"), QStringLiteral("video-edit"),
                 QStringLiteral("--video"), clipPath(), QStringLiteral("--prompt"),
                 QStringLiteral("Make it snow")},
                env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("public https:// link")), qPrintable(r.err));
        QCOMPARE(sim.requestCount(create), creates);
    }

    // API.md §10.1 #5-#8 on the command line: 4k prices 27 credits/s and is
    // sent without a question; Ref2V refuses 4k and --shot; an edit may be
    // sent without a prompt, which is then left out of the body.
    void fourKAndEditRules()
    {
        for (const char *sound : {"off", "on"}) {
            const Result r =
                run({QStringLiteral("estimate"), QStringLiteral("--quality"), QStringLiteral("4k"),
                     QStringLiteral("--sound"), QLatin1String(sound)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.out.split(u'\n').first(), QStringLiteral("135"));
            QVERIFY2(r.out.contains(QStringLiteral("published pricing rules")), qPrintable(r.out));
        }
        const Result ten =
            run({QStringLiteral("estimate"), QStringLiteral("--mode"),
                 QStringLiteral("image-to-video"), QStringLiteral("--quality"),
                 QStringLiteral("4k"), QStringLiteral("--duration"), QStringLiteral("10")});
        QVERIFY2(ten.exitCode == 0, qPrintable(ten.err));
        QCOMPARE(ten.out.split(u'\n').first(), QStringLiteral("270"));
        const Result ref = run({QStringLiteral("estimate"), QStringLiteral("--mode"),
                                QStringLiteral("reference-to-video"), QStringLiteral("--quality"),
                                QStringLiteral("4k")});
        QCOMPARE(ref.exitCode, 2);
        QVERIFY2(ref.err.contains(QStringLiteral("no 4k")), qPrintable(ref.err));
        const Result longEdit =
            run({QStringLiteral("estimate"), QStringLiteral("--mode"), QStringLiteral("video-edit"),
                 QStringLiteral("--seconds"), QStringLiteral("11")});
        QCOMPARE(longEdit.exitCode, 2);
        QVERIFY2(longEdit.err.contains(QStringLiteral("3 to 10 s")), qPrintable(longEdit.err));
        const Result shots = run({QStringLiteral("estimate"), QStringLiteral("--mode"),
                                  QStringLiteral("reference-to-video"), QStringLiteral("--shot"),
                                  QStringLiteral("5:a cat")});
        QCOMPARE(shots.exitCode, 2);
        QVERIFY2(shots.err.contains(QStringLiteral("multi-shot")), qPrintable(shots.err));

        Simulator sim;
        QVERIFY(sim.start());
        sim.addAcceptedKey(QLatin1String(kSecretKey));
        sim.setTimeScale(0.02);
        QProcessEnvironment env = environment(true);
        env.insert(QStringLiteral("EVOLINK_API_BASE"), sim.baseUrl().toString());
        env.insert(QStringLiteral("EVOLINK_FILES_BASE"), sim.baseUrl().toString());
        const QString create = QStringLiteral("/v1/videos/generations");
        Result r = run({QStringLiteral("generate"), QStringLiteral("--prompt"),
                        QStringLiteral("A glacier at noon"), QStringLiteral("--quality"),
                        QStringLiteral("4k"), QStringLiteral("--out"),
                        m_dir.filePath(QStringLiteral("glacier.mp4"))},
                       env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject body = QJsonDocument::fromJson(sim.lastRequestBody(create)).object();
        QCOMPARE(body.value(u"quality").toString(), QStringLiteral("4k"));
        QCOMPARE(sim.requestCount(create), 1);

        r = run({QStringLiteral("generate"), QStringLiteral("--mode"), QStringLiteral("video-edit"),
                 QStringLiteral("--video"), clipPath(), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("edited.mp4"))},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        body = QJsonDocument::fromJson(sim.lastRequestBody(create)).object();
        QCOMPARE(body.value(u"model").toString(), QStringLiteral("kling-o3-video-edit"));
        QVERIFY2(!body.contains(u"prompt"), sim.lastRequestBody(create).constData());
        QCOMPARE(sim.requestCount(create), 2);
    }

    // generate --precheck (issue 17 item 12): a flagged prompt sends nothing
    // and says why; a clean one goes on (the demo simulator answers).
    void generatePrecheckStopsAFlaggedPrompt()
    {
        const Result flagged =
            run({QStringLiteral("generate"), QStringLiteral("--demo"), QStringLiteral("--precheck"),
                 QStringLiteral("--prompt"), QStringLiteral("A bloodbath in the castle hall")});
        QVERIFY2(flagged.finished, qPrintable(flagged.err));
        QCOMPARE(flagged.exitCode, 1);
        QVERIFY2(flagged.err.contains(QStringLiteral("Likely to be refused: graphic violence")),
                 qPrintable(flagged.err));
        QVERIFY(flagged.err.contains(QStringLiteral("Nothing was sent")));
        QVERIFY2(!flagged.err.contains(QStringLiteral("Job ")), qPrintable(flagged.err));

        const Result clean =
            run({QStringLiteral("generate"), QStringLiteral("--demo"), QStringLiteral("--precheck"),
                 QStringLiteral("--prompt"), QStringLiteral("A paper boat drifting on a pond"),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("boat.mp4"))});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        QVERIFY(clean.err.contains(QStringLiteral("Job ")));
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

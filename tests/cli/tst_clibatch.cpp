// klingstudio-cli batch FILE (issue 20), the built binary in demo mode: a CSV
// table and a text file of prompts become one batch of jobs (one batch id,
// in the file's order, each its own task and video); the total is shown and
// asked about first; a bad line or a "no" sends nothing.

#include "jobs/Job.h"
#include "jobs/JobStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

class TestCliBatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QString write(const QString &name, const QByteArray &content) const
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

    // The CLI with `input` on its standard input, then end of input.
    Run cli(const QStringList &args, const QByteArray &input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KLINGSTUDIO_DATA_DIR"), path(QStringLiteral("data")));
        env.insert(QStringLiteral("KLINGSTUDIO_CONFIG_DIR"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("KLINGSTUDIO_SIM_TIME_SCALE"), QStringLiteral("0.05"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.remove(QStringLiteral("EVOLINK_API_KEY"));
        env.remove(QStringLiteral("QT_LOGGING_RULES"));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(KS_CLI_PATH), args);
        Run r;
        if (!p.waitForStarted(5000))
            return r;
        p.write(input);
        p.closeWriteChannel();
        if (finished.isEmpty() && !finished.wait(60000)) {
            p.kill();
            p.waitForFinished(2000);
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // The journal's jobs, oldest first.
    QList<Job> journal() const
    {
        JobStore store;
        if (!store.openForReading(path(QStringLiteral("data/journal.sqlite"))))
            return {};
        QList<Job> jobs = store.recent(100);
        std::reverse(jobs.begin(), jobs.end());
        return jobs;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(path(QStringLiteral("videos"))));
    }

    void csvLinesBecomeOneBatch()
    {
        const QString file = write(QStringLiteral("jobs.csv"),
                                   "\xEF\xBB\xBFprompt,duration,quality,image_start\r\n"
                                   "\"A red fox, running\",5,720p,\r\n"
                                   "A paper boat,8,1080p,\r\n"
                                   "\"He said \"\"hi\"\"\",,,\r\n");
        const Run r =
            cli({QStringLiteral("batch"), file, QStringLiteral("--demo"), QStringLiteral("--out"),
                 path(QStringLiteral("videos")), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // 27 + 57.63 (8 s at 1080p) + 27, priced before anything was sent.
        QVERIFY2(r.err.contains(QStringLiteral("3 jobs · 111.63 credits in all")),
                 qPrintable(r.err));
        QVERIFY(r.err.indexOf(QStringLiteral("in all")) < r.err.indexOf(QStringLiteral("job ")));
        const QStringList videos = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(videos.size(), 3);
        for (const QString &video : videos)
            QVERIFY2(QFileInfo(video).size() > 1000, qPrintable(video));

        const QList<Job> jobs = journal();
        QCOMPARE(jobs.size(), 3);
        const QStringList prompts = {QStringLiteral("A red fox, running"),
                                     QStringLiteral("A paper boat"),
                                     QStringLiteral("He said \"hi\"")};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(jobs.at(i).request.prompt, prompts.at(i));
            QCOMPARE(jobs.at(i).batchId, jobs.constFirst().batchId);
            QCOMPARE(jobs.at(i).batchIndex, i + 1);
            QCOMPARE(jobs.at(i).state, JobState::Done);
        }
        QVERIFY(!jobs.constFirst().batchId.isEmpty());
        QCOMPARE(jobs.at(1).request.durationSeconds, 8);
        QCOMPARE(jobs.at(2).request.durationSeconds, 5); // the CLI's default
    }

    void textPromptsTakeTheSharedOptionsAndAskFirst()
    {
        const QString file = write(QStringLiteral("prompts.txt"),
                                   "# storyboard\nA lighthouse at dawn\n\nWaves on black sand\n");
        const QStringList args = {QStringLiteral("batch"),       file,
                                  QStringLiteral("--demo"),      QStringLiteral("--duration"),
                                  QStringLiteral("10"),          QStringLiteral("--out"),
                                  path(QStringLiteral("videos"))};
        // No answer (the input ends): nothing is sent.
        Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("2 jobs · 108.00 credits in all")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was sent")), qPrintable(r.err));
        QCOMPARE(journal().size(), 0);
        // "n" is a no too.
        r = cli(args, "n\n");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(journal().size(), 0);
        // "y" starts them, each with the shared 10 s.
        r = cli(args, "y\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<Job> jobs = journal();
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.at(0).request.prompt, QStringLiteral("A lighthouse at dawn"));
        QCOMPARE(jobs.at(1).request.prompt, QStringLiteral("Waves on black sand"));
        for (const Job &job : jobs)
            QCOMPARE(job.request.durationSeconds, 10);
        QCOMPARE(jobs.at(1).batchId, jobs.at(0).batchId);
    }

    void aBadLineSendsNothing()
    {
        const QString file =
            write(QStringLiteral("bad.csv"), "prompt,duration,colour\nA fox,5,red\n");
        Run r =
            cli({QStringLiteral("batch"), file, QStringLiteral("--demo"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unknown column \"colour\"")), qPrintable(r.err));

        const QString lines =
            write(QStringLiteral("lines.csv"), "prompt,duration\nA fox,5\nA boat,99\n,5\n");
        r = cli(
            {QStringLiteral("batch"), lines, QStringLiteral("--demo"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Line 3: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was sent")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("Line 2: ")));
        QCOMPARE(journal().size(), 0);

        const QString open = write(QStringLiteral("open.csv"), "prompt\n\"never closed\n");
        r = cli({QStringLiteral("batch"), open, QStringLiteral("--demo"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Line 2: a quoted field is not closed")),
                 qPrintable(r.err));
        QCOMPARE(journal().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"

// Issue 15, item 1: the app and klingstudio-cli share one data folder with
// no environment variable. Both built programs run as a user runs them:
// HOME and the XDG folders point into a temporary folder and
// KLINGSTUDIO_DATA_DIR is not set. A job the CLI started (and was killed
// in) is finished by the GUI in the very journal the CLI wrote; and the two
// per-program folders of earlier versions are merged into the shared one
// once, by whichever program starts first, without losing or overwriting
// anything, while the app and two CLIs start at the same moment.

#include "JobRows.h"
#include "ProcessText.h"
#include "core/GenerationRequest.h"
#include "jobs/ElementLibrary.h"
#include "jobs/JobStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace ks;

namespace {

const QString kKey = QStringLiteral("sk-shared-data-test-5e1b77");

// Every journal.sqlite under `root`.
QStringList journalsUnder(const QString &root)
{
    QStringList found;
    QDirIterator it(root, {QStringLiteral("journal.sqlite")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

// Reads a row through a store of its own, as a third process would.
std::optional<Job> rowIn(const QString &journal, const QString &id)
{
    JobStore store;
    if (!QFile::exists(journal) || !store.openForReading(journal))
        return std::nullopt;
    return store.job(id);
}

Job settledJob(const QString &prompt, JobState state)
{
    GenerationRequest request;
    request.mode = Mode::TextToVideo;
    request.prompt = prompt;
    request.durationSeconds = 5;
    Job job = ks::test::leftBehindJob(request, state);
    job.taskId = QStringLiteral("task-") + job.id.left(8);
    return job;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSharedData : public QObject
{
    Q_OBJECT

    // A user's environment: no KLINGSTUDIO_* folders, XDG folders in `root`.
    static QProcessEnvironment userEnvironment(const QString &root)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"KLINGSTUDIO_DATA_DIR", "KLINGSTUDIO_CONFIG_DIR", "KLINGSTUDIO_MULTI_INSTANCE",
              "EVOLINK_API_KEY", "EVOLINK_API_BASE", "EVOLINK_FILES_BASE", "QT_LOGGING_RULES"})
            env.remove(QLatin1String(name));
        const QString home = root + QStringLiteral("/home");
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        const QString runtime = root + QStringLiteral("/run");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    static QString sharedDataDir(const QString &root)
    {
        return root + QStringLiteral("/home/.local/share/KlingStudio");
    }

    QString cli(const QStringList &args, const QProcessEnvironment &env, QString *err = nullptr)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KS_CLI), args);
        if (!p.waitForFinished(60000))
            p.kill();
        if (err)
            *err = ks::test::processText(p.readAllStandardError());
        return ks::test::processText(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
#ifdef Q_OS_WIN
        // The folders under test are Windows Known Folders (AppData), which
        // no environment variable moves: these tests would read and write
        // this user's own Kling Studio journal and elements.
        QSKIP("the data folders are Known Folders on Windows; not redirected for a test");
#endif
    }
    void cliJobIsFinishedByTheGui();
    void oldFoldersAreMergedOnce();
};

void TestSharedData::cliJobIsFinishedByTheGui()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QProcess sim;
    QString simOut;
    connect(&sim, &QProcess::readyReadStandardOutput, this,
            [&] { simOut += QString::fromUtf8(sim.readAllStandardOutput()); });
    sim.start(
        QStringLiteral(KS_SIMSERVER),
        {QStringLiteral("--key"), kKey, QStringLiteral("--time-scale"), QStringLiteral("0.1")});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(simOut.contains(QStringLiteral("PORT ")), 10000);
    const QString base =
        QStringLiteral("http://127.0.0.1:%1")
            .arg(QRegularExpression(QStringLiteral("PORT (\\d+)")).match(simOut).captured(1));
    QProcessEnvironment env = userEnvironment(root.path());
    env.insert(QStringLiteral("EVOLINK_API_KEY"), kKey);
    env.insert(QStringLiteral("EVOLINK_API_BASE"), base);
    env.insert(QStringLiteral("EVOLINK_FILES_BASE"), base);
    env.insert(QStringLiteral("KLINGSTUDIO_POLL_SCALE"), QStringLiteral("0.1"));
    const QString home = root.filePath(QStringLiteral("home"));
    const QString out = root.filePath(QStringLiteral("videos/from the cli.mp4"));
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));

    // The CLI makes the task, then dies before it finishes.
    QProcess generate;
    generate.setProcessEnvironment(env);
    generate.start(QStringLiteral(KS_CLI),
                   {QStringLiteral("generate"), QStringLiteral("--prompt"),
                    QStringLiteral("A paper boat on a rainy street"), QStringLiteral("--duration"),
                    QStringLiteral("5"), QStringLiteral("--out"), out});
    QVERIFY(generate.waitForStarted());
    QString journal;
    QString jobId;
    // Until the CLI has journaled its task id (or has ended).
    (void)QTest::qWaitFor(
        [&] {
            for (const QString &path : journalsUnder(home)) {
                JobStore store;
                if (!store.openForReading(path))
                    continue;
                for (const Job &job : store.recent(5)) {
                    if (!job.taskId.isEmpty()) {
                        journal = path;
                        jobId = job.id;
                    }
                }
            }
            return !jobId.isEmpty() || generate.state() != QProcess::Running;
        },
        30000);
    QVERIFY2(!jobId.isEmpty(), qPrintable(QString::fromUtf8(generate.readAllStandardError())));
    generate.kill();
    QVERIFY(generate.waitForFinished(5000));
    QVERIFY2(journal.startsWith(sharedDataDir(root.path()) + QLatin1Char('/')),
             qPrintable(journal));
    QVERIFY(rowIn(journal, jobId)->state != JobState::Done);

    // The app, started the way a user starts it, finishes that job in that
    // journal: it reads and writes the same one.
    QProcess gui;
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(KS_GUI), {});
    QVERIFY(gui.waitForStarted());
    QTRY_VERIFY2_WITH_TIMEOUT(
        rowIn(journal, jobId) && rowIn(journal, jobId)->state == JobState::Done,
        qPrintable(QStringLiteral("the app did not finish the CLI's job in %1; "
                                  "journals: %2")
                       .arg(journal, journalsUnder(home).join(u' '))),
        60000);
    gui.kill();
    QVERIFY(gui.waitForFinished(5000));
    QCOMPARE(rowIn(journal, jobId)->videoPath, QFileInfo(out).absoluteFilePath());
    QVERIFY(QFileInfo(out).size() > 0);
    QCOMPARE(journalsUnder(home), QStringList {journal});

    // `paths` names the same journal.
    const QString paths = cli({QStringLiteral("paths")}, env);
    QVERIFY2(paths.contains(QStringLiteral("journal\t") + QDir::toNativeSeparators(journal)),
             qPrintable(paths));
    QVERIFY2(paths.contains(QStringLiteral("settings\t")
                            + QDir::toNativeSeparators(
                                home + QStringLiteral("/.config/KlingStudio/klingstudio.ini"))),
             qPrintable(paths));

    sim.write("quit\n");
    if (!sim.waitForFinished(3000))
        sim.kill();
}

void TestSharedData::oldFoldersAreMergedOnce()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString shared = sharedDataDir(root.path());
    const QString guiOld = shared + QStringLiteral("/Kling Studio");
    const QString cliOld = shared + QStringLiteral("/KlingStudio");

    // The shared journal exists already with one job the app's old folder
    // also has, in another state: the shared row must stay as it is.
    const Job both = settledJob(QStringLiteral("in both"), JobState::Done);
    Job bothOld = both;
    bothOld.state = JobState::Failed;
    const Job guiOnly = settledJob(QStringLiteral("made in the app"), JobState::Done);
    const Job cliOnly = settledJob(QStringLiteral("made in the CLI"), JobState::Failed);
    {
        JobStore store;
        QVERIFY(store.open(shared + QStringLiteral("/journal.sqlite")));
        QVERIFY(store.insert(both));
    }
    {
        JobStore store;
        QVERIFY(store.open(guiOld + QStringLiteral("/journal.sqlite")));
        QVERIFY(store.insert(bothOld));
        QVERIFY(store.insert(guiOnly));
    }
    {
        JobStore store;
        QVERIFY(store.open(cliOld + QStringLiteral("/journal.sqlite")));
        QVERIFY(store.insert(cliOnly));
    }
    const QString thumb = root.filePath(QStringLiteral("front.png"));
    QVERIFY(writeFile(thumb, QByteArray("\x89PNG\r\n\x1a\n", 8)));
    {
        ElementLibrary library(guiOld + QStringLiteral("/elements.json"));
        Element e;
        e.elementId = QStringLiteral("el-gui");
        e.name = QStringLiteral("Fox");
        e.thumbnailPath = library.storeThumbnail(e.elementId, thumb);
        QVERIFY(!e.thumbnailPath.isEmpty());
        QVERIFY(library.add(e));
    }
    {
        ElementLibrary library(cliOld + QStringLiteral("/elements.json"));
        Element e;
        e.elementId = QStringLiteral("el-cli");
        e.name = QStringLiteral("Owl");
        QVERIFY(library.add(e));
    }
    QVERIFY(writeFile(guiOld + QStringLiteral("/demo-simulator.json"), "{\"from\":\"app\"}"));
    QVERIFY(writeFile(cliOld + QStringLiteral("/demo-simulator.json"), "{\"from\":\"cli\"}"));

    // The app and two CLIs start at the same moment; a key keeps the app
    // out of demo mode (no simulator of its own); nothing needs the network.
    QProcessEnvironment env = userEnvironment(root.path());
    env.insert(QStringLiteral("EVOLINK_API_KEY"), kKey);
    env.insert(QStringLiteral("EVOLINK_API_BASE"), QStringLiteral("http://127.0.0.1:9"));
    QProcess gui;
    gui.setProcessEnvironment(env);
    QProcess cliA;
    cliA.setProcessEnvironment(env);
    QProcess cliB;
    cliB.setProcessEnvironment(env);
    gui.start(QStringLiteral(KS_GUI), {});
    cliA.start(QStringLiteral(KS_CLI), {QStringLiteral("history")});
    cliB.start(QStringLiteral(KS_CLI), {QStringLiteral("element"), QStringLiteral("list")});
    QVERIFY(gui.waitForStarted() && cliA.waitForStarted() && cliB.waitForStarted());
    QVERIFY(cliA.waitForFinished(60000) && cliB.waitForFinished(60000));
    const QString outA = QString::fromUtf8(cliA.readAllStandardOutput());
    const QString errA = QString::fromUtf8(cliA.readAllStandardError());
    const QString outB = QString::fromUtf8(cliB.readAllStandardOutput());
    const QString errB = QString::fromUtf8(cliB.readAllStandardError());
    const QString marker = QStringLiteral("/MERGED-INTO-SHARED-FOLDER.txt");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(guiOld + marker) && QFile::exists(cliOld + marker),
                             30000);
    gui.kill();
    QVERIFY(gui.waitForFinished(5000));

    // Whoever merged said so; nobody merged twice.
    const QString said = QStringLiteral("now keeps the data of the app and the command-line tool");
    QVERIFY2(errA.count(said) + errB.count(said) <= 2, qPrintable(errA + errB));

    const QString journal = shared + QStringLiteral("/journal.sqlite");
    JobStore store;
    QVERIFY(store.openForReading(journal));
    QCOMPARE(store.count(), 3);
    QCOMPARE(store.job(both.id)->state, JobState::Done); // not overwritten
    QCOMPARE(store.job(guiOnly.id)->taskId, guiOnly.taskId);
    QCOMPARE(store.job(cliOnly.id)->taskId, cliOnly.taskId);
    store.close();
    // A CLI that started before the merge was done saw the merged history.
    QVERIFY2(outA.contains(cliOnly.id) && outA.contains(guiOnly.id), qPrintable(outA + errA));
    QVERIFY2(outB.contains(QStringLiteral("el-gui")) && outB.contains(QStringLiteral("el-cli")),
             qPrintable(outB + errB));

    ElementLibrary elements(shared + QStringLiteral("/elements.json"));
    QCOMPARE(elements.elements().size(), 2);
    const QString copied = elements.find(QStringLiteral("el-gui"))->thumbnailPath;
    QVERIFY2(copied.startsWith(shared + QLatin1Char('/')) && !copied.startsWith(guiOld),
             qPrintable(copied));
    QVERIFY(QFile::exists(copied));
    // One demo state: an old folder's, since the shared folder had none.
    const QByteArray demo = readFile(shared + QStringLiteral("/demo-simulator.json"));
    QVERIFY2(demo.contains("\"app\"") || demo.contains("\"cli\""), demo.constData());

    // Nothing of the old folders was deleted.
    for (const QString &old : {guiOld, cliOld}) {
        QVERIFY(QFile::exists(old + QStringLiteral("/journal.sqlite")));
        QVERIFY(QFile::exists(old + QStringLiteral("/elements.json")));
        QVERIFY(QFile::exists(old + QStringLiteral("/demo-simulator.json")));
    }
    QVERIFY(QFile::exists(thumb));

    // Once: a job that lands in an old folder later is not merged again.
    {
        JobStore old;
        QVERIFY(old.open(cliOld + QStringLiteral("/journal.sqlite")));
        QVERIFY(old.insert(settledJob(QStringLiteral("late"), JobState::Done)));
    }
    QString err;
    const QString again = cli({QStringLiteral("history")}, env, &err);
    QVERIFY2(!err.contains(said), qPrintable(err));
    QCOMPARE(again.count(QStringLiteral("text-to-video")), 3);
}

QTEST_GUILESS_MAIN(TestSharedData)
#include "tst_shareddata.moc"

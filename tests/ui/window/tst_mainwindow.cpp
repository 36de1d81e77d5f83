// The real MainWindow on a demo-mode StudioBackend (in-process simulator),
// driven through objectNames: banner, balance, generate -> history -> Done,
// lazy player, runtime language switch, the 402 dialog.

#include "DemoStudioWindow.h"
#include "LoadedLibraries.h"
#include "backend/StudioBackend.h"
#include "form/GenerationForm.h"
#include "history/HistoryModel.h"
#include "history/ThumbnailCache.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/JournalPreload.h"
#include "platform/LanguageManager.h"
#include "platform/SecretStore.h"
#include "platform/Settings.h"
#include "player/MediaBackendLoader.h"
#include "player/PlayerWidget.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"

#include <QAction>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace ks;

namespace {
// Whether Qt Multimedia is in this process (Linux, Windows; elsewhere the
// loader's own word is all there is).
bool multimediaMapped()
{
    return test::libraryMapped("Qt6Multimedia").value_or(MediaBackendLoader::isLoaded());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void startsLeanInDemoMode();
    void generateAppearsAndCompletes();
    void followsJobsOfOtherProcesses();
    void switchesLanguageAtRuntime();
    void lowBalanceShowsDialog();
    void refusedKeyOpensPreferences();
    void preferencesRefusePlainHttp();
    void historyIsInTheFirstFrame();
    void unreadableJournalFillsTheHistoryLater();
    void damagedInputsAreRefusedWithoutBlocking(); // last: it leaves the form in another mode

private:
    QString headerText() const;
    QPushButton *generateButton() const;
    void generate(const QString &prompt);

    test::DemoStudioWindow m_studio;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_studio.open(this));
}

void TestMainWindow::cleanupTestCase()
{
    m_studio.close();
}

QString TestMainWindow::headerText() const
{
    auto *label = m_studio.window->findChild<QLabel *>(QStringLiteral("historyHeader"));
    return label ? label->text() : QString();
}

QPushButton *TestMainWindow::generateButton() const
{
    auto *form = m_studio.window->findChild<GenerationForm *>(QStringLiteral("generationForm"));
    return form ? form->findChild<QPushButton *>(QStringLiteral("generateButton")) : nullptr;
}

void TestMainWindow::generate(const QString &prompt)
{
    auto *form = m_studio.window->findChild<GenerationForm *>(QStringLiteral("generationForm"));
    QVERIFY(form);
    auto *promptEdit = form->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    QVERIFY(promptEdit);
    promptEdit->clear();
    promptEdit->setFocus();
    QTest::keyClicks(promptEdit, prompt);
    QCOMPARE(promptEdit->toPlainText(), prompt);
    QPushButton *button = generateButton();
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestMainWindow::startsLeanInDemoMode()
{
    // Before the backend runs: no banner yet, Generate off, no player.
    auto *banner = m_studio.window->findChild<QWidget *>(QStringLiteral("demoBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    QVERIFY(!generateButton()->isEnabled());
    QVERIFY(!m_studio.window->findChild<PlayerWidget *>());
    // Qt Multimedia is not even in the process: it comes with the plugin.
    QVERIFY(!MediaBackendLoader::isLoaded());
    QVERIFY(!multimediaMapped());

    QSignalSpy ready(m_studio.window.get(), &MainWindow::ready);
    m_studio.window->startBackend();
    // ready may come synchronously (the keychain answered at once) or later.
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    QCOMPARE(ready.count(), 1);
    QVERIFY(m_studio.backend->isDemo());
    QVERIFY(m_studio.simulator());
    m_studio.simulator()->setTimeScale(0.02);
    PollSchedule schedule;
    schedule.scale = 0.02;
    m_studio.backend->jobs()->setPollSchedule(schedule);

    QVERIFY(banner->isVisible());
    auto *bannerTitle = m_studio.window->findChild<QLabel *>(QStringLiteral("demoBannerTitle"));
    QCOMPARE(bannerTitle->text(), QStringLiteral("Demo mode"));
    QVERIFY(bannerTitle->font().bold());
    auto *bannerLabel = m_studio.window->findChild<QLabel *>(QStringLiteral("demoBannerLabel"));
    // The demo balance goes down: what it spends is demo credits (issue 16 #17).
    QVERIFY(bannerLabel->text().contains(QStringLiteral("spend demo credits only")));
    QVERIFY(
        m_studio.window->findChild<QPushButton *>(QStringLiteral("setApiKeyButton"))->isVisible());
    QCOMPARE(m_studio.window->windowTitle(), QStringLiteral("Kling Studio — Demo"));
    // Said once: Qt appends the display name to titles that differ from it
    // (issue 16 #19: "Kling Studio — Demo — Kling Studio").
    QCOMPARE(QGuiApplication::applicationDisplayName(), m_studio.window->windowTitle());

    // Balance from the simulator's /v1/credits, formatted with grouping.
    auto *balance = m_studio.window->findChild<QLabel *>(QStringLiteral("balanceLabel"));
    QVERIFY(balance);
    const double expected = m_studio.simulator()->balance();
    QTRY_COMPARE(balance->text(),
                 QStringLiteral("Balance: %1 credits").arg(QLocale().toString(expected, 'f', 2)));
    QVERIFY(QRegularExpression(QStringLiteral("^Balance: [0-9,]+\\.[0-9]{2} credits$"))
                .match(balance->text())
                .hasMatch());

    QCOMPARE(headerText(), QStringLiteral("0 running · 0 done"));
    auto *view = m_studio.window->findChild<QListView *>(QStringLiteral("historyView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 0);
    // Still no multimedia: nothing has been played.
    QVERIFY(!MediaBackendLoader::isLoaded());
    QVERIFY(!multimediaMapped());
}

void TestMainWindow::generateAppearsAndCompletes()
{
    auto *view = m_studio.window->findChild<QListView *>(QStringLiteral("historyView"));
    QVERIFY(view);
    const QString prompt = QStringLiteral("A paper boat drifting down a rainy street at dusk");
    generate(prompt);

    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex row = view->model()->index(0, 0);
    QCOMPARE(row.data(HistoryModel::PromptRole).toString(), prompt);
    QCOMPARE(view->currentIndex().row(), 0); // the new job is selected
    QTRY_COMPARE_WITH_TIMEOUT(row.data(HistoryModel::StateRole).toInt(), int(JobState::Done),
                              25000);
    QTRY_COMPARE(headerText(), QStringLiteral("0 running · 1 done"));
    const QString video = row.data(HistoryModel::VideoPathRole).toString();
    QVERIFY2(QFileInfo(video).isFile(), qPrintable(video));
    QVERIFY(video.startsWith(m_studio.dir.filePath(QStringLiteral("videos"))));
    QVERIFY(row.data(HistoryModel::CostTextRole).toString().contains(QStringLiteral(" cr")));
    QVERIFY(row.data(HistoryModel::LinkValidRole).toBool());

    // The selected job plays when done: the player exists now, in the
    // player area, and has loaded the downloaded file.
    QTRY_VERIFY(m_studio.window->player());
    PlayerWidget *player = m_studio.window->player();
    QCOMPARE(player->objectName(), QStringLiteral("playerWidget"));
    auto *area = m_studio.window->findChild<QWidget *>(QStringLiteral("playerArea"));
    QVERIFY(area->isAncestorOf(player));
    QCOMPARE(player->currentPath(), video);
    QCOMPARE(player->currentJobId(), row.data(HistoryModel::IdRole).toString());
    QVERIFY(MediaBackendLoader::isLoaded());
    QVERIFY(multimediaMapped());
    QVERIFY(player->playback());

    // The thumbnail is grabbed from the video in the background.
    QTRY_VERIFY_WITH_TIMEOUT(!row.data(HistoryModel::ThumbnailPathRole).toString().isEmpty(),
                             15000);
    QVERIFY(QFileInfo(row.data(HistoryModel::ThumbnailPathRole).toString()).size() > 0);
}

// A job the command-line tool runs shows up while the window is open, moves
// on as the tool writes it, and opens in the player when it is done while
// selected (a second JobStore on the journal stands for the other process).
void TestMainWindow::followsJobsOfOtherProcesses()
{
    auto *view = m_studio.window->findChild<QListView *>(QStringLiteral("historyView"));
    const int rowsBefore = view->model()->rowCount();
    QVERIFY(rowsBefore >= 1);

    JobStore cli;
    QVERIFY(cli.open(m_studio.dir.filePath(QStringLiteral("data/journal.sqlite"))));
    Job job;
    job.id = QStringLiteral("cli-job-1");
    job.createdAt = QDateTime::currentDateTimeUtc();
    job.updatedAt = job.createdAt;
    job.state = JobState::Running;
    job.progress = 30;
    job.taskId = QStringLiteral("task-from-cli");
    job.idempotencyKey = QStringLiteral("cli-key-1");
    job.request.mode = Mode::TextToVideo;
    job.request.prompt = QStringLiteral("A kite over the dunes, from the terminal");
    job.request.durationSeconds = 5;
    job.demo = true;
    QVERIFY(cli.insert(job));

    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), rowsBefore + 1, 5000);
    const QModelIndex row = view->model()->index(0, 0); // the newest
    QCOMPARE(row.data(HistoryModel::IdRole).toString(), job.id);
    QCOMPARE(row.data(HistoryModel::PromptRole).toString(), job.request.prompt);
    QTRY_COMPARE(headerText(), QStringLiteral("1 running · %1 done").arg(rowsBefore));
    view->setCurrentIndex(row);

    const QString video = m_studio.dir.filePath(QStringLiteral("videos/from-cli.mp4"));
    QVERIFY(QFile::copy(QStringLiteral(KS_SAMPLES_DIR "/sample-16x9.mp4"), video));
    job.state = JobState::Done;
    job.progress = 100;
    job.videoPath = video;
    job.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(cli.update(job));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, 0).data(HistoryModel::StateRole).toInt(),
                              int(JobState::Done), 5000);
    QTRY_COMPARE(headerText(), QStringLiteral("0 running · %1 done").arg(rowsBefore + 1));
    QTRY_COMPARE(m_studio.window->player()->currentJobId(), job.id);
    QCOMPARE(m_studio.window->player()->currentPath(), video);

    // Removed there (a history entry deleted), gone here; the other tests
    // find the history as they left it.
    QVERIFY(cli.remove(job.id));
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), rowsBefore, 5000);
    QTRY_COMPARE(headerText(), QStringLiteral("0 running · %1 done").arg(rowsBefore));
}

void TestMainWindow::switchesLanguageAtRuntime()
{
    auto *chinese = m_studio.window->findChild<QAction *>(QStringLiteral("actionLanguageChinese"));
    auto *english = m_studio.window->findChild<QAction *>(QStringLiteral("actionLanguageEnglish"));
    QVERIFY(chinese && english);
    QVERIFY(chinese->isCheckable() && english->isCheckable());
    QVERIFY(english->isChecked());
    QVERIFY(!chinese->isChecked());

    const QString englishButton = generateButton()->text();
    const QString englishHeader = headerText();
    QCOMPARE(englishHeader, QStringLiteral("0 running · 1 done"));
    auto *menuFile = m_studio.window->findChild<QMenu *>(QStringLiteral("menuFile"));
    QVERIFY(menuFile);
    QCOMPARE(menuFile->title(), QStringLiteral("&File"));

    chinese->trigger();
    QVERIFY(chinese->isChecked());
    QVERIFY(!english->isChecked());
    QCOMPARE(m_studio.settings->language(), QStringLiteral("zh_CN"));
    QCOMPARE(m_studio.languages->current(), QStringLiteral("zh_CN"));

    // The widgets show exactly the zh_CN catalogue's strings.
    QTRY_COMPARE(headerText(), QStringLiteral("0 个生成中 · 1 个已完成"));
    QCOMPARE(generateButton()->text(), QStringLiteral("生成"));
    QCOMPARE(menuFile->title(), QStringLiteral("文件(&F)"));
    auto *view = m_studio.window->findChild<QListView *>(QStringLiteral("historyView"));
    // The rows' texts follow too (the model re-emits its display roles).
    const QString summary = view->model()->index(0, 0).data(HistoryModel::SummaryRole).toString();
    QVERIFY2(summary.startsWith(QStringLiteral("文生视频")), qPrintable(summary));

    english->trigger();
    QVERIFY(english->isChecked());
    QCOMPARE(m_studio.settings->language(), QStringLiteral("en"));
    QTRY_COMPARE(headerText(), englishHeader);
    QCOMPARE(generateButton()->text(), englishButton);
    QCOMPARE(menuFile->title(), QStringLiteral("&File"));
}

void TestMainWindow::lowBalanceShowsDialog()
{
    m_studio.simulator()->setBalance(0);
    auto *view = m_studio.window->findChild<QListView *>(QStringLiteral("historyView"));
    generate(QStringLiteral("A lighthouse in a storm, waves crashing"));
    QTRY_COMPARE(view->model()->rowCount(), 2);

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_studio.window->findChild<QMessageBox *>(QStringLiteral("attentionDialog")))
            && box->isVisible(),
        15000);
    QCOMPARE(box->windowTitle(), QStringLiteral("Balance too low"));
    QVERIFY(!box->text().isEmpty());
    box->close();

    // The job row keeps the error; nothing else changed.
    const QModelIndex row = view->model()->index(0, 0);
    QTRY_VERIFY(!row.data(HistoryModel::ActiveRole).toBool());
    QVERIFY(!row.data(HistoryModel::ErrorRole).toString().isEmpty());
    QCOMPARE(view->model()->index(1, 0).data(HistoryModel::StateRole).toInt(), int(JobState::Done));
}

void TestMainWindow::refusedKeyOpensPreferences()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_studio.simulator()->setBalance(5000);
    m_studio.simulator()->injectHttpError(QStringLiteral("/v1/videos/generations"), 401,
                                          QStringLiteral("unauthorized"));
    generate(QStringLiteral("A snow leopard on a ridge at sunrise"));

    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = m_studio.window->findChild<QMessageBox *>(QStringLiteral("attentionDialog")))
            && box->isVisible(),
        15000);
    QCOMPARE(box->windowTitle(), QStringLiteral("API key refused"));
    QAbstractButton *open = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == QStringLiteral("Open Preferences…"))
            open = button;
    }
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);

    PreferencesDialog *prefs = nullptr;
    QTRY_VERIFY((prefs = m_studio.window->findChild<PreferencesDialog *>()) && prefs->isVisible());
    auto *keyEdit = prefs->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    QVERIFY(keyEdit);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTRY_VERIFY(keyEdit->hasFocus());
    prefs->reject();
    QTRY_VERIFY(!m_studio.window->findChild<PreferencesDialog *>());
}

void TestMainWindow::preferencesRefusePlainHttp()
{
    const QUrl fallback(QStringLiteral("https://api.evolink.ai"));
    QUrl url;
    QVERIFY(
        !PreferencesDialog::checkBaseUrl(QStringLiteral("http://api.example.com"), fallback, &url)
             .isEmpty());
    QVERIFY(!PreferencesDialog::checkBaseUrl(QStringLiteral("api.evolink.ai"), fallback, &url)
                 .isEmpty());
    QVERIFY(!PreferencesDialog::checkBaseUrl(QStringLiteral("ftp://127.0.0.1"), fallback, &url)
                 .isEmpty());
    QCOMPARE(
        PreferencesDialog::checkBaseUrl(QStringLiteral("http://127.0.0.1:8080"), fallback, &url),
        QString());
    QCOMPARE(url, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(PreferencesDialog::checkBaseUrl(QString(), fallback, &url), QString());
    QCOMPARE(url, fallback);

    m_studio.window->openPreferences();
    PreferencesDialog *prefs = nullptr;
    QTRY_VERIFY((prefs = m_studio.window->findChild<PreferencesDialog *>()) && prefs->isVisible());
    auto *apiBase = prefs->findChild<QLineEdit *>(QStringLiteral("apiBaseEdit"));
    auto *error = prefs->findChild<QLabel *>(QStringLiteral("urlErrorLabel"));
    auto *buttons = prefs->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(apiBase && error && buttons);
    QCOMPARE(apiBase->text(), m_studio.settings->apiBase().toString());

    apiBase->setText(QStringLiteral("http://api.example.com"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(prefs->isVisible()); // refused
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("http")));
    QCOMPARE(m_studio.settings->apiBase(), QUrl(QStringLiteral("https://api.evolink.ai")));

    apiBase->setText(QStringLiteral("https://eu.api.example.com"));
    auto *maxTasks = prefs->findChild<QSpinBox *>(QStringLiteral("maxConcurrentSpin"));
    QVERIFY(maxTasks);
    maxTasks->setValue(5);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_studio.window->findChild<PreferencesDialog *>());
    QCOMPARE(m_studio.settings->apiBase(), QUrl(QStringLiteral("https://eu.api.example.com")));
    QCOMPARE(m_studio.settings->maxConcurrentTasks(), 5);
    QCOMPARE(m_studio.settings->language(), QStringLiteral("en"));
}

// Issue 15 items 12 and 14: files given to the real window (as from the
// command line or the app icon) are checked on a worker thread: the call
// returns at once, and a FIFO, an MP4 without moov and a JPEG cut short are
// refused with a notice naming the file, none of them entering the request.
void TestMainWindow::damagedInputsAreRefusedWithoutBlocking()
{
    auto *form = m_studio.window->findChild<GenerationForm *>(QStringLiteral("generationForm"));
    QVERIFY(form);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    };
    QFile sample(QStringLiteral(KS_SAMPLES_DIR "/sample-16x9.mp4"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray mp4 = sample.readAll();
    const qsizetype moov = mp4.indexOf("moov") - 4;
    QVERIFY(moov > 0);
    mp4.remove(moov, qsizetype(qFromBigEndian<quint32>(mp4.constData() + moov)));
    QImage picture(800, 600, QImage::Format_RGB32);
    picture.fill(Qt::darkBlue);
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(picture.save(&buffer, "JPEG"));
    }
    QStringList paths = {write(QStringLiteral("no-moov.mp4"), mp4),
                         write(QStringLiteral("cut.jpg"), jpeg.left(jpeg.size() - 40))};
#ifdef Q_OS_UNIX
    const QString fifo = dir.filePath(QStringLiteral("pipe.png"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
    paths.prepend(fifo);
#endif
    const GenerationRequest before = form->request();
    QSignalSpy opened(form, &GenerationForm::inputFileOpened);
    m_studio.window->openInputFiles(paths);
    // Returned before any file was judged: the checks run on a worker thread.
    QCOMPARE(opened.count(), 0);
    auto *notice = form->findChild<QLabel *>(QStringLiteral("inputNotice"));
    QVERIFY(notice);
    for (int i = 0; i < paths.size(); ++i) {
        if (opened.count() <= i)
            QVERIFY2(opened.wait(20000), qPrintable(paths.at(i)));
        QCOMPARE(opened.at(i).at(0).toString(), paths.at(i));
        QVERIFY2(!opened.at(i).at(1).toBool(), qPrintable(paths.at(i)));
    }
    const GenerationRequest after = form->request();
    QVERIFY(!after.imageStart.isSet());
    QVERIFY(!after.video.isSet());
    QVERIFY(after.referenceImages.isEmpty());
    QCOMPARE(after.video.localPath, before.video.localPath);
}

void TestMainWindow::historyIsInTheFirstFrame()
{
    // A journal from an earlier session: one finished job, its video on
    // disk, no thumbnail yet.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    const QString video = dir.filePath(QStringLiteral("result.mp4"));
    QVERIFY(QFile::copy(QStringLiteral(KS_SAMPLES_DIR "/sample-16x9.mp4"), video));
    Job job;
    job.id = QStringLiteral("earlier-job"); // thumbnails are shared
    job.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    job.updatedAt = job.createdAt;
    job.state = JobState::Done;
    job.request.mode = Mode::TextToVideo;
    job.request.prompt = QStringLiteral("A lighthouse in fog");
    job.request.durationSeconds = 5;
    job.videoPath = video;
    {
        JobStore store;
        QVERIFY(store.open(journal));
        QVERIFY(store.insert(job));
    }

    StudioBackend::Options options;
    options.forceDemo = true;
    options.settings = m_studio.settings.get();
    options.secretStore = new MemorySecretStore(QString(), this);
    options.journalPath = journal;
    StudioBackend backend(options);
    MainWindow window(&backend, m_studio.languages.get());

    // What main() does before show(): the history is there for the first
    // paint, read on a worker thread, while nothing else of the backend runs
    // yet; the journal itself is not even open yet.
    auto *view = window.findChild<QListView *>(QStringLiteral("historyView"));
    JournalPreload preload;
    preload.start(backend.journalPath(), HistoryModel::kLimit);
    const QList<Job> jobs = preload.take();
    QCOMPARE(jobs.size(), 1);
    window.showHistory(jobs);
    QVERIFY(!backend.store()->isOpen());
    QSignalSpy resets(view->model(), &QAbstractItemModel::modelReset);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(HistoryModel::IdRole).toString(), job.id);
    auto *header = window.findChild<QLabel *>(QStringLiteral("historyHeader"));
    QCOMPARE(header->text(), QStringLiteral("0 running · 1 done"));
    QVERIFY(!StudioBackendTestAccess::simulator(backend));
    QVERIFY(!window.isReady());
    // The missing thumbnail waits: no decoding before the first frame.
    QVERIFY(window.thumbnails()->isBusy());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Nothing to wait for: no thumbnail may be made yet.
    QTest::qWait(200);
    QVERIFY(window.thumbnails()->cachedPath(job.id).isEmpty());

    // Once the backend runs, the thumbnail is made from the video.
    window.startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.thumbnails()->cachedPath(job.id).isEmpty(), 15000);
    QVERIFY(backend.store()->isOpen());
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(resets.count(), 0); // the rows were kept, not shown again
    // The panel is attached to the journal now: a new job appears.
    Job next = job;
    next.id = job.id + QStringLiteral("-next");
    next.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(backend.store()->insert(next));
    QCOMPARE(view->model()->rowCount(), 2);
    QCOMPARE(view->model()->index(0, 0).data(HistoryModel::IdRole).toString(), next.id);
}

void TestMainWindow::unreadableJournalFillsTheHistoryLater()
{
    // A journal the preload could not read (another schema version, locked):
    // main() shows an empty history in the first frame, and the backend's
    // own open of the journal after the first paint fills it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString journal = dir.filePath(QStringLiteral("journal.sqlite"));
    Job job;
    job.id = QStringLiteral("unread-job");
    job.createdAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    job.updatedAt = job.createdAt;
    job.state = JobState::Failed;
    job.request.mode = Mode::TextToVideo;
    job.request.prompt = QStringLiteral("A harbour at dusk");
    job.request.durationSeconds = 5;
    {
        JobStore store;
        QVERIFY(store.open(journal));
        QVERIFY(store.insert(job));
    }

    StudioBackend::Options options;
    options.forceDemo = true;
    options.settings = m_studio.settings.get();
    options.secretStore = new MemorySecretStore(QString(), this);
    options.journalPath = journal;
    StudioBackend backend(options);
    MainWindow window(&backend, m_studio.languages.get());
    auto *view = window.findChild<QListView *>(QStringLiteral("historyView"));
    window.showHistory({});
    QCOMPARE(view->model()->rowCount(), 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(view->model()->rowCount(), 0);

    window.startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 15000);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(HistoryModel::IdRole).toString(), job.id);
    // Attached to the journal: a new job appears.
    Job next = job;
    next.id = job.id + QStringLiteral("-next");
    next.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY(backend.store()->insert(next));
    QCOMPARE(view->model()->rowCount(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

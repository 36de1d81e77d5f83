// Issue 16 items 25, 26 and 29 on the real MainWindow in demo mode: Copy
// Link, Reveal, Open Download Folder and Save As say in the status bar what
// they did; when the desktop cannot open a folder (no xdg-open), the status
// bar says so and the path is on the clipboard; Save As starts in the
// download folder with a name made from the prompt and the date; a demo
// clip's caption says it is the simulator's sample, scaled.

#include "DemoStudioWindow.h"
#include "backend/StudioBackend.h"
#include "history/HistoryModel.h"
#include "jobs/JobManager.h"
#include "player/PlayerWidget.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace ks;

// Stands in for the desktop's file manager: records what it was asked to open.
class UrlRecorder final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void openUrl(const QUrl &url) { opened << url; }
};

class TestDesktopActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void copyLinkConfirms();
    void revealConfirms();
    void saveAsStartsInDownloadFolderWithPromptName();
    void demoClipCaptionSaysScaled();
    void revealWithoutLauncherSaysSo(); // last: it empties PATH

private:
    QString statusText() const { return m_studio.window->statusBar()->currentMessage(); }
    template<typename T> T *child(const char *name) const
    {
        return m_studio.window->findChild<T *>(QLatin1String(name));
    }
    test::DemoStudioWindow m_studio;
    UrlRecorder m_recorder;
    QString m_video;
    QString m_library;
};

void TestDesktopActions::initTestCase()
{
    QVERIFY(m_studio.open(this));
    m_studio.window->startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    m_studio.simulator()->setTimeScale(0.05);
    PollSchedule schedule;
    schedule.scale = 0.02;
    m_studio.backend->jobs()->setPollSchedule(schedule);
    m_library = m_studio.settings->libraryDir();

    auto *promptEdit = child<QPlainTextEdit>("promptEdit");
    auto *generate = child<QPushButton>("generateButton");
    auto *view = child<QListView>("historyView");
    QVERIFY(promptEdit && generate && view);
    promptEdit->setFocus();
    QTest::keyClicks(promptEdit, QStringLiteral("A cat on a skateboard"));
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex row = view->model()->index(0, 0);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(HistoryModel::StateRole).toInt(), int(JobState::Done),
                              25000);
    m_video = row.data(HistoryModel::VideoPathRole).toString();
    QVERIFY(QFileInfo(m_video).isFile());
    QTRY_VERIFY(view->selectionModel()->isSelected(row));
}

void TestDesktopActions::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    m_studio.close();
}

void TestDesktopActions::copyLinkConfirms()
{
    auto *copyLink = child<QAction>("actionCopyLink");
    QVERIFY(copyLink && copyLink->isEnabled());
    m_studio.window->statusBar()->clearMessage();
    copyLink->trigger();
    QVERIFY2(statusText().startsWith(QStringLiteral("Copied the link")), qPrintable(statusText()));
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("/results/")));
}

void TestDesktopActions::revealConfirms()
{
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_recorder, "openUrl");
    const QString folder = QDir::toNativeSeparators(QFileInfo(m_video).absolutePath());

    auto *reveal = child<QAction>("actionReveal");
    QVERIFY(reveal && reveal->isEnabled());
    m_studio.window->statusBar()->clearMessage();
    reveal->trigger();
    QCOMPARE(m_recorder.opened.size(), 1);
    QCOMPARE(statusText(), QStringLiteral("Opened %1 in the file manager.").arg(folder));

    auto *openFolder = child<QAction>("actionOpenLibrary");
    QVERIFY(openFolder);
    m_studio.window->statusBar()->clearMessage();
    openFolder->trigger();
    QCOMPARE(m_recorder.opened.size(), 2);
    QCOMPARE(m_recorder.opened.last(), QUrl::fromLocalFile(m_library));
    QCOMPARE(
        statusText(),
        QStringLiteral("Opened %1 in the file manager.").arg(QDir::toNativeSeparators(m_library)));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestDesktopActions::saveAsStartsInDownloadFolderWithPromptName()
{
    auto *saveAs = child<QAction>("actionSaveAs");
    QVERIFY(saveAs && saveAs->isEnabled());
    QString directory;
    QString suggested = QStringLiteral("(no dialog)");
    bool nativeDialog = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        directory = dialog->directory().absolutePath();
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        // Windows shows its own dialog, whose name box is no Qt widget.
        nativeDialog = !edit;
        suggested = edit ? edit->text() : QString();
        // Only into the test's own folder: a wrong start must not write elsewhere.
        QMetaObject::invokeMethod(dialog,
                                  directory == QDir(m_library).absolutePath() ? "accept" : "reject",
                                  Qt::QueuedConnection);
    });
    poll.start();
    m_studio.window->statusBar()->clearMessage();
    saveAs->trigger();
    QTRY_VERIFY(!poll.isActive());
    QCOMPARE(directory, QDir(m_library).absolutePath());
    const QString date = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    const QString name = QStringLiteral("a-cat-on-a-skateboard-%1.mp4").arg(date);
#ifdef Q_OS_WIN
    // The native dialog's name shows in the file it saved (below).
    if (!nativeDialog)
        QCOMPARE(suggested, name);
#else
    QVERIFY(!nativeDialog);
    QCOMPARE(suggested, name);
#endif
    const QString target = QDir(m_library).filePath(name);
    QTRY_VERIFY(QFileInfo(target).isFile());
    QCOMPARE(QFileInfo(target).size(), QFileInfo(m_video).size());
    QVERIFY(QFileInfo(m_video).isFile()); // the paid result stays where it was
    QCOMPARE(statusText(), QStringLiteral("Saved to %1.").arg(QDir::toNativeSeparators(target)));
}

void TestDesktopActions::demoClipCaptionSaysScaled()
{
    auto *player = m_studio.window->findChild<PlayerWidget *>();
    QVERIFY(player);
    QTRY_COMPARE(player->currentPath(), m_video);
    auto *title = player->findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY(title);
    QVERIFY2(title->toolTip().startsWith(QStringLiteral("Demo clip, scaled to 640×360")),
             qPrintable(title->toolTip()));
    QVERIFY(title->toolTip().contains(QStringLiteral("A cat on a skateboard")));
}

void TestDesktopActions::revealWithoutLauncherSaysSo()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    QSKIP("the system opens folders itself here, with no program from the PATH");
#endif
    // No handler and no xdg-open (nor any other program) on the PATH: the
    // desktop cannot open the folder.
    QTemporaryDir emptyBin;
    QVERIFY(emptyBin.isValid());
    qputenv("PATH", emptyBin.path().toUtf8());
    const QString folder = QDir::toNativeSeparators(QFileInfo(m_video).absolutePath());
    QGuiApplication::clipboard()->clear();
    auto *reveal = child<QAction>("actionReveal");
    QVERIFY(reveal && reveal->isEnabled());
    m_studio.window->statusBar()->clearMessage();
    reveal->trigger();
    QVERIFY2(
        statusText().startsWith(QStringLiteral("Could not open the folder: no file manager found")),
        qPrintable(statusText()));
    QVERIFY(statusText().contains(folder));
    QCOMPARE(QGuiApplication::clipboard()->text(), folder);
}

QTEST_MAIN(TestDesktopActions)
#include "tst_desktopactions.moc"

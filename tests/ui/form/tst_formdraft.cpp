// Issue 16 items 5, 6 and 9 on the real MainWindow in demo mode: the form's
// draft survives a restart (inputs whose files are gone are left out, and the
// status bar says so); Reuse settings asks before it replaces a draft the
// user wrote; a finished job is generated again with one click (Resubmit).

#include "DemoStudioWindow.h"
#include "backend/StudioBackend.h"
#include "form/GenerationForm.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "jobs/JobManager.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"

#include <QAbstractSlider>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>
#include <QtTest>

using namespace ks;

class TestFormDraft : public QObject
{
    Q_OBJECT

private slots:
    void draftSurvivesRestart();
    void reuseAsksBeforeReplacingTheDraft();
    void resubmitGeneratesAFinishedJobAgain();

private:
    bool openReady(test::DemoStudioWindow &studio);
    QString makeDoneJob(test::DemoStudioWindow &studio);
};

bool TestFormDraft::openReady(test::DemoStudioWindow &studio)
{
    [&] {
        QVERIFY(studio.open(this));
        studio.window->startBackend();
        QTRY_VERIFY_WITH_TIMEOUT(studio.window->isReady(), 15000);
        studio.simulator()->setTimeScale(0.02);
        PollSchedule schedule;
        schedule.scale = 0.02;
        studio.backend->jobs()->setPollSchedule(schedule);
    }();
    return !QTest::currentTestFailed();
}

// Generates from the form and waits until the job is Done; returns its id.
QString TestFormDraft::makeDoneJob(test::DemoStudioWindow &studio)
{
    QString id;
    [&] {
        auto *prompt = studio.window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
        auto *generate = studio.window->findChild<QPushButton *>(QStringLiteral("generateButton"));
        auto *view = studio.window->findChild<QListView *>(QStringLiteral("historyView"));
        QVERIFY(prompt && generate && view);
        prompt->setFocus();
        QTest::keyClicks(prompt, QStringLiteral("A paper boat on a rainy street"));
        QTRY_VERIFY(generate->isEnabled());
        QTest::mouseClick(generate, Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QModelIndex row = view->model()->index(0, 0);
        QTRY_COMPARE_WITH_TIMEOUT(row.data(HistoryModel::StateRole).toInt(), int(JobState::Done),
                                  30000);
        id = studio.window->historyPanel()->currentJobId();
    }();
    return id;
}

void TestFormDraft::draftSurvivesRestart()
{
    test::DemoStudioWindow studio;
    QVERIFY(openReady(studio));
    const QString image = studio.dir.filePath(QStringLiteral("start.png"));
    QImage picture(640, 360, QImage::Format_RGB32);
    picture.fill(Qt::darkCyan);
    QVERIFY(picture.save(image));

    auto *mode = studio.window->findChild<QComboBox *>(QStringLiteral("modeCombo"));
    QVERIFY(mode);
    mode->setCurrentIndex(mode->findData(int(Mode::ImageToVideo)));
    GenerationRequest start = studio.window->form()->request();
    start.imageStart.localPath = image;
    studio.window->form()->setRequest(start);
    QCOMPARE(studio.window->form()->request().imageStart.localPath, image);

    auto *prompt = studio.window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    auto *duration = studio.window->findChild<QAbstractSlider *>(QStringLiteral("durationSlider"));
    auto *aspect = studio.window->findChild<QComboBox *>(QStringLiteral("aspectCombo"));
    QVERIFY(prompt && duration && aspect);
    prompt->setFocus();
    QTest::keyClicks(prompt, QStringLiteral("A fox crossing a frozen lake at dawn"));
    duration->setValue(duration->maximum());
    aspect->setCurrentIndex(aspect->findData(int(AspectRatio::Square1x1)));
    const GenerationRequest before = studio.window->form()->request();
    QCOMPARE(before.mode, Mode::ImageToVideo);
    QCOMPARE(before.aspectRatio, std::optional<AspectRatio>(AspectRatio::Square1x1));

    // The window goes at once (no time for the delayed save), then the
    // start image is deleted before the next start.
    studio.close();
    QVERIFY(QFile::remove(image));
    QVERIFY(openReady(studio));

    const GenerationRequest after = studio.window->form()->request();
    QCOMPARE(after.mode, Mode::ImageToVideo);
    QCOMPARE(after.prompt, QStringLiteral("A fox crossing a frozen lake at dawn"));
    QCOMPARE(after.durationSeconds, before.durationSeconds);
    QCOMPARE(after.aspectRatio, std::optional<AspectRatio>(AspectRatio::Square1x1));
    QCOMPARE(after.quality, before.quality);
    QVERIFY(!after.imageStart.isSet());
    const QString message = studio.window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(image)), qPrintable(message));

    // Changes after the start are kept too (saved shortly after each change).
    prompt = studio.window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    prompt->setPlainText(QStringLiteral("A heron in the reeds"));
    QTRY_VERIFY(studio.settings->formDraft().contains("A heron in the reeds"));
}

void TestFormDraft::reuseAsksBeforeReplacingTheDraft()
{
    test::DemoStudioWindow studio;
    QVERIFY(openReady(studio));
    const QString id = makeDoneJob(studio);
    QVERIFY(!id.isEmpty());

    auto *prompt = studio.window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    auto *reuse = studio.window->findChild<QToolButton *>(QStringLiteral("reuseButton"));
    QVERIFY(prompt && reuse);
    prompt->selectAll();
    prompt->setFocus();
    const QString draft = QStringLiteral("Half a thought about a lighthouse");
    QTest::keyClicks(prompt, draft);
    QCOMPARE(prompt->toPlainText(), draft);

    auto question = [&] {
        QMessageBox *box = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                box = studio.window->findChild<QMessageBox *>(QStringLiteral("reuseConfirmDialog"));
                return box && box->isVisible();
            },
            3000);
        return box && box->isVisible() ? box : nullptr;
    };

    // Reuse asks first; Keep draft (the default) leaves the typed prompt.
    studio.window->historyPanel()->selectJob(id);
    QTRY_VERIFY(reuse->isEnabled());
    QTest::mouseClick(reuse, Qt::LeftButton);
    QMessageBox *box = question();
    QVERIFY2(box, "Reuse replaced the draft without asking");
    auto *keep = box->findChild<QPushButton *>(QStringLiteral("reuseKeepButton"));
    QVERIFY(keep);
    QCOMPARE(box->defaultButton(), keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(!studio.window->findChild<QMessageBox *>(QStringLiteral("reuseConfirmDialog")));
    QCOMPARE(prompt->toPlainText(), draft);

    // Asked again and answered Replace: the job's settings are loaded.
    QTest::mouseClick(reuse, Qt::LeftButton);
    box = question();
    QVERIFY(box);
    auto *replace = box->findChild<QPushButton *>(QStringLiteral("reuseReplaceButton"));
    QVERIFY(replace);
    QTest::mouseClick(replace, Qt::LeftButton);
    QTRY_COMPARE(prompt->toPlainText(), QStringLiteral("A paper boat on a rainy street"));

    // The form now matches the job: Reuse again does not ask.
    QTest::mouseClick(reuse, Qt::LeftButton);
    // Nothing to wait for: no question may come.
    QTest::qWait(200);
    QVERIFY(!studio.window->findChild<QMessageBox *>(QStringLiteral("reuseConfirmDialog")));
}

void TestFormDraft::resubmitGeneratesAFinishedJobAgain()
{
    test::DemoStudioWindow studio;
    QVERIFY(openReady(studio));
    const QString id = makeDoneJob(studio);
    QVERIFY(!id.isEmpty());
    auto *resubmit = studio.window->findChild<QToolButton *>(QStringLiteral("resubmitButton"));
    auto *view = studio.window->findChild<QListView *>(QStringLiteral("historyView"));
    QVERIFY(resubmit && view);
    studio.window->historyPanel()->selectJob(id);
    QTRY_VERIFY2(resubmit->isEnabled(), "Resubmit is disabled for a finished job");
    QTest::mouseClick(resubmit, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 2);
    const QString again = studio.window->historyPanel()->currentJobId();
    QVERIFY(again != id);
}

QTEST_MAIN(TestFormDraft)
#include "tst_formdraft.moc"

// Issue 16 item 3, on the real MainWindow in demo mode: "Stop tracking" asks
// first (Keep Tracking is the default and keeps the job running), a stopped
// job is counted in the history header, and Check Again on it follows the
// task again until its video is downloaded. The Stop button sits apart at the
// end of the toolbar, not beside Play and Save.

#include "DemoStudioWindow.h"
#include "backend/StudioBackend.h"
#include "history/HistoryModel.h"
#include "jobs/JobManager.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>

using namespace ks;

class TestStopTracking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void stopButtonStandsApart();
    void stopAsksThenCheckAgainFinishes();

private:
    QString headerText() const;
    QMessageBox *waitForQuestion() const;
    test::DemoStudioWindow m_studio;
};

void TestStopTracking::initTestCase()
{
    QVERIFY(m_studio.open(this));
    m_studio.window->startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    QVERIFY(m_studio.backend->isDemo());
    PollSchedule schedule;
    schedule.scale = 0.02;
    m_studio.backend->jobs()->setPollSchedule(schedule);
}

void TestStopTracking::cleanupTestCase()
{
    m_studio.close();
}

QString TestStopTracking::headerText() const
{
    auto *label = m_studio.window->findChild<QLabel *>(QStringLiteral("historyHeader"));
    return label ? label->text() : QString();
}

QMessageBox *TestStopTracking::waitForQuestion() const
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = m_studio.window->findChild<QMessageBox *>(QStringLiteral("stopTrackingDialog"));
            return box && box->isVisible();
        },
        5000);
    return box && box->isVisible() ? box : nullptr;
}

void TestStopTracking::stopButtonStandsApart()
{
    auto *stop = m_studio.window->findChild<QToolButton *>(QStringLiteral("stopButton"));
    auto *toolbar = m_studio.window->findChild<QFrame *>(QStringLiteral("historyToolbar"));
    QVERIFY(stop && toolbar);
    auto *layout = qobject_cast<QHBoxLayout *>(toolbar->layout());
    QVERIFY(layout);
    // Last in the row, after a separator and the stretch: no slip from Play,
    // Save, Reuse or Resubmit lands on it.
    const int at = layout->indexOf(stop);
    QCOMPARE(at, layout->count() - 1);
    auto *separator = qobject_cast<QFrame *>(layout->itemAt(at - 1)->widget());
    QVERIFY(separator);
    QCOMPARE(separator->frameShape(), QFrame::VLine);
    QVERIFY(layout->itemAt(at - 2)->spacerItem());
    for (const char *name : {"playButton", "saveAsButton", "reuseButton", "resubmitButton"}) {
        auto *other = toolbar->findChild<QToolButton *>(QLatin1String(name));
        QVERIFY2(other, name);
        QVERIFY2(layout->indexOf(other) < at - 2, name);
    }
}

void TestStopTracking::stopAsksThenCheckAgainFinishes()
{
    // 10 s per demo task: long enough to ask twice while it runs.
    m_studio.simulator()->setTimeScale(0.5);
    auto *promptEdit = m_studio.window->findChild<QPlainTextEdit *>(QStringLiteral("promptEdit"));
    auto *generate = m_studio.window->findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *view = m_studio.window->findChild<QListView *>(QStringLiteral("historyView"));
    auto *stop = m_studio.window->findChild<QToolButton *>(QStringLiteral("stopButton"));
    auto *checkAgain = m_studio.window->findChild<QAction *>(QStringLiteral("actionCheckAgain"));
    QVERIFY(promptEdit && generate && view && stop && checkAgain);
    promptEdit->setFocus();
    QTest::keyClicks(promptEdit, QStringLiteral("A red balloon over a winter harbour"));
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);

    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex row = view->model()->index(0, 0);
    QCOMPARE(view->currentIndex(), row);
    // Created on the server (billed from here on), still running.
    QTRY_VERIFY_WITH_TIMEOUT(!row.data(HistoryModel::TaskIdRole).toString().isEmpty(), 10000);
    QTRY_COMPARE(row.data(HistoryModel::StateRole).toInt(), int(JobState::Running));
    QCOMPARE(headerText(), QStringLiteral("1 running · 0 done"));
    QVERIFY(stop->isEnabled());

    // One click asks; the default answer keeps tracking.
    QTest::mouseClick(stop, Qt::LeftButton);
    QMessageBox *box = waitForQuestion();
    QVERIFY(box);
    QVERIFY2(box->informativeText().contains(QStringLiteral("bills")),
             qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("Check Again")),
             qPrintable(box->informativeText()));
    auto *keep = box->findChild<QPushButton *>(QStringLiteral("keepTrackingButton"));
    QVERIFY(keep);
    QCOMPARE(box->defaultButton(), keep);
    QCOMPARE(box->escapeButton(), keep);
    QCOMPARE(row.data(HistoryModel::StateRole).toInt(), int(JobState::Running));
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY(!m_studio.window->findChild<QMessageBox *>(QStringLiteral("stopTrackingDialog")));
    QCOMPARE(row.data(HistoryModel::StateRole).toInt(), int(JobState::Running));
    QVERIFY(row.data(HistoryModel::ActiveRole).toBool());

    // Asked again, and confirmed: stopped, and counted as such.
    QTest::mouseClick(stop, Qt::LeftButton);
    box = waitForQuestion();
    QVERIFY(box);
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("stopTrackingConfirmButton"));
    QVERIFY(confirm);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE(row.data(HistoryModel::StateRole).toInt(), int(JobState::Stopped));
    QTRY_COMPARE(headerText(), QStringLiteral("0 running · 0 done · 1 stopped"));
    QVERIFY(!stop->isEnabled());

    // The paid task is not lost: Check Again follows it to the video.
    QTRY_VERIFY(checkAgain->isEnabled());
    checkAgain->trigger();
    QTRY_VERIFY(row.data(HistoryModel::ActiveRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(row.data(HistoryModel::StateRole).toInt(), int(JobState::Done),
                              30000);
    const QString video = row.data(HistoryModel::VideoPathRole).toString();
    QVERIFY2(QFileInfo(video).isFile(), qPrintable(video));
    QTRY_COMPARE(headerText(), QStringLiteral("0 running · 1 done"));
}

QTEST_MAIN(TestStopTracking)
#include "tst_stoptracking.moc"

// Issue 16 items 7 and 8, on the real MainWindow in demo mode: the history
// toolbar acts on the highlighted card only (a current index without a
// highlight, as after Tab into the list, enables nothing), and Remove takes a
// job out of the player too, while the empty list then says the removed
// jobs' videos stay on disk instead of "No generations yet".

#include "DemoStudioWindow.h"
#include "backend/StudioBackend.h"
#include "core/CostEstimator.h"
#include "core/MoneyText.h"
#include "history/HistoryModel.h"
#include "jobs/JobManager.h"
#include "player/PlayerWidget.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QtTest>

using namespace ks;

class TestHistoryActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void actionsFollowTheHighlightedCard();
    void removeClearsThePlayer();
    void promoteAsksThePriceThenMakesTheTakeAgain();

private:
    void generateAndFinish(const QString &prompt);
    template<typename T> T *child(const char *name) const
    {
        return m_studio.window->findChild<T *>(QLatin1String(name));
    }
    test::DemoStudioWindow m_studio;
};

void TestHistoryActions::initTestCase()
{
    QVERIFY(m_studio.open(this));
    m_studio.window->startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    QVERIFY(m_studio.backend->isDemo());
    m_studio.simulator()->setTimeScale(0.05);
    PollSchedule schedule;
    schedule.scale = 0.02;
    m_studio.backend->jobs()->setPollSchedule(schedule);
}

void TestHistoryActions::cleanupTestCase()
{
    m_studio.close();
}

void TestHistoryActions::generateAndFinish(const QString &prompt)
{
    auto *promptEdit = child<QPlainTextEdit>("promptEdit");
    auto *generate = child<QPushButton>("generateButton");
    auto *view = child<QListView>("historyView");
    QVERIFY(promptEdit && generate && view);
    const int rows = view->model()->rowCount();
    promptEdit->clear();
    promptEdit->setFocus();
    QTest::keyClicks(promptEdit, prompt);
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), rows + 1);
    const QModelIndex row = view->model()->index(0, 0);
    QCOMPARE(row.data(HistoryModel::PromptRole).toString(), prompt);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(HistoryModel::StateRole).toInt(), int(JobState::Done),
                              25000);
}

void TestHistoryActions::actionsFollowTheHighlightedCard()
{
    const QString first = QStringLiteral("A lighthouse keeper climbing the stairs at night");
    generateAndFinish(first);
    auto *view = child<QListView>("historyView");
    auto *reuse = child<QAction>("actionReuse");
    auto *saveAs = child<QAction>("actionSaveAs");
    auto *remove = child<QAction>("actionRemove");
    auto *promptEdit = child<QPlainTextEdit>("promptEdit");
    QVERIFY(view && reuse && saveAs && remove && promptEdit);
    // The new job is highlighted: the toolbar acts on it.
    QTRY_VERIFY(view->selectionModel()->isSelected(view->model()->index(0, 0)));
    QVERIFY(reuse->isEnabled());
    QVERIFY(saveAs->isEnabled());

    // The highlight goes, the current index stays (what Tab into the list or
    // a closing dialog leaves): nothing is enabled, and Reuse does nothing.
    view->selectionModel()->clearSelection();
    QVERIFY(view->currentIndex().isValid());
    QVERIFY(!reuse->isEnabled());
    QVERIFY(!saveAs->isEnabled());
    QVERIFY(!remove->isEnabled());
    promptEdit->setPlainText(QStringLiteral("A draft the user is still writing"));
    reuse->trigger();
    remove->trigger();
    QCOMPARE(promptEdit->toPlainText(), QStringLiteral("A draft the user is still writing"));
    QCOMPARE(view->model()->rowCount(), 1);

    // Tab into a list without a current card: Qt makes the first card
    // current without highlighting it (QAbstractItemView::focusInEvent);
    // the toolbar stays off.
    view->setCurrentIndex(QModelIndex());
    QVERIFY(!reuse->isEnabled());
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                            QItemSelectionModel::NoUpdate);
    QVERIFY(!view->selectionModel()->isSelected(view->currentIndex()));
    QVERIFY(!reuse->isEnabled());
    QVERIFY(!remove->isEnabled());

    // A click highlights the card: Reuse loads it (after asking, since the
    // form holds a different draft, and the answer is Replace).
    const QRect card = view->visualRect(view->model()->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, card.center());
    QTRY_VERIFY(reuse->isEnabled());
    reuse->trigger();
    QPushButton *replace = nullptr;
    QTRY_VERIFY(
        (replace = m_studio.window->findChild<QPushButton *>(QStringLiteral("reuseReplaceButton")))
        && replace->isVisible());
    QTest::mouseClick(replace, Qt::LeftButton);
    QTRY_COMPARE(promptEdit->toPlainText(), first);
}

void TestHistoryActions::removeClearsThePlayer()
{
    auto *view = child<QListView>("historyView");
    auto *remove = child<QAction>("actionRemove");
    auto *area = child<QStackedWidget>("playerArea");
    auto *placeholder = child<QWidget>("playerPlaceholder");
    auto *emptyLabel = child<QLabel>("emptyLabel");
    QVERIFY(view && remove && area && placeholder && emptyLabel);
    QVERIFY(emptyLabel->text().startsWith(QStringLiteral("No generations yet.")));

    // The highlighted, finished job is in the player with its file actions.
    const QModelIndex row = view->model()->index(0, 0);
    view->setCurrentIndex(row);
    QTRY_VERIFY(m_studio.window->player());
    PlayerWidget *player = m_studio.window->player();
    const QString id = row.data(HistoryModel::IdRole).toString();
    const QString video = row.data(HistoryModel::VideoPathRole).toString();
    QTRY_COMPARE(player->currentJobId(), id);
    QCOMPARE(area->currentWidget(), player);
    auto *playerSave = player->findChild<QToolButton *>(QStringLiteral("saveAsButton"));
    auto *playerReveal = player->findChild<QToolButton *>(QStringLiteral("revealButton"));
    auto *playerLink = player->findChild<QToolButton *>(QStringLiteral("copyLinkButton"));
    QVERIFY(playerSave && playerReveal && playerLink);
    QVERIFY(playerSave->isEnabled() && playerReveal->isEnabled() && playerLink->isEnabled());

    QVERIFY(remove->isEnabled());
    remove->trigger();
    QTRY_COMPARE(view->model()->rowCount(), 0);
    // The player lets go of it: the placeholder is back, nothing to save.
    QCOMPARE(area->currentWidget(), placeholder);
    QVERIFY(player->currentJobId().isEmpty());
    QVERIFY(player->currentPath().isEmpty());
    QVERIFY(!playerSave->isEnabled());
    QVERIFY(!playerReveal->isEnabled());
    QVERIFY(!playerLink->isEnabled());
    // The file stays on disk, and the empty list says so.
    QVERIFY2(QFileInfo(video).isFile(), qPrintable(video));
    QVERIFY(emptyLabel->isVisibleTo(m_studio.window.get()));
    QVERIFY2(!emptyLabel->text().contains(QStringLiteral("No generations yet")),
             qPrintable(emptyLabel->text()));
    QVERIFY2(emptyLabel->text().contains(QStringLiteral("video files stay")),
             qPrintable(emptyLabel->text()));
}

QTEST_MAIN(TestHistoryActions)
// Promote (issue 20): a done take made again at the next quality its mode
// offers, after a question that names both prices; Cancel sends nothing.
void TestHistoryActions::promoteAsksThePriceThenMakesTheTakeAgain()
{
    const QString prompt = QStringLiteral("A kite over the dunes at noon");
    generateAndFinish(prompt);
    auto *view = child<QListView>("historyView");
    auto *promote = child<QAction>("actionPromote");
    QVERIFY(view && promote);
    QTRY_VERIFY(view->selectionModel()->isSelected(view->model()->index(0, 0)));
    QCOMPARE(view->model()->index(0, 0).data(HistoryModel::QualityRole).toString(),
             QStringLiteral("720p"));
    QVERIFY(promote->isEnabled());
    QCOMPARE(promote->text(), QStringLiteral("Promote to 1080p…"));
    const int rows = view->model()->rowCount();
    const std::optional<Job> take = m_studio.backend->jobs()->job(
        view->model()->index(0, 0).data(HistoryModel::IdRole).toString());
    QVERIFY(take);
    GenerationRequest promoted = take->request;
    promoted.quality = Quality::P1080;
    const QString price = MoneyText::creditsUc(CostEstimator().estimate(promoted).totalUc);
    const QString before = MoneyText::creditsUc(CostEstimator().estimate(take->request).totalUc);
    QVERIFY(price != before);

    const auto question = [this]() -> QMessageBox * {
        return m_studio.window->findChild<QMessageBox *>(QStringLiteral("promoteDialog"));
    };
    promote->trigger();
    QTRY_VERIFY(question() && question()->isVisible());
    QVERIFY2(question()->informativeText().contains(price + QStringLiteral(" credits"))
                 && question()->informativeText().contains(before + QStringLiteral(" credits")),
             qPrintable(question()->informativeText()));
    QCOMPARE(question()->defaultButton(), question()->button(QMessageBox::Cancel));
    question()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!question());
    QTest::qWait(100); // a job would be in the history at once (it is journaled first)
    QCOMPARE(view->model()->rowCount(), rows);

    promote->trigger();
    QTRY_VERIFY(question() && question()->isVisible());
    question()->findChild<QAbstractButton *>(QStringLiteral("promoteConfirmButton"))->click();
    QTRY_COMPARE(view->model()->rowCount(), rows + 1);
    const QModelIndex again = view->model()->index(0, 0);
    QCOMPARE(again.data(HistoryModel::PromptRole).toString(), prompt);
    QCOMPARE(again.data(HistoryModel::QualityRole).toString(), QStringLiteral("1080p"));
    QTRY_COMPARE_WITH_TIMEOUT(again.data(HistoryModel::StateRole).toInt(), int(JobState::Done),
                              25000);
    // Text to video goes on to 4k; its own question asks then.
    view->setCurrentIndex(again);
    view->selectionModel()->select(again, QItemSelectionModel::ClearAndSelect);
    QTRY_COMPARE(promote->text(), QStringLiteral("Promote to 4k…"));
}

#include "tst_historyactions.moc"

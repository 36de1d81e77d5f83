// Numbers in the real MainWindow (demo mode, issue 16): money with two
// decimals and the exact figure in the tooltip (estimate, history card,
// balance; item 15), and a multi-shot storyboard that stays valid when a shot
// is added or removed, with the duration following the shots on request
// (item 13).

#include "DemoStudioWindow.h"
#include "backend/StudioBackend.h"
#include "core/MoneyText.h"
#include "form/GenerationForm.h"
#include "form/ShotListEditor.h"
#include "history/HistoryModel.h"
#include "jobs/Job.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "sim/Simulator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QtTest>

using namespace ks;

class TestNumbers final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void addShotKeepsTheRequestValid();
    void durationFollowsTheShots();
    void moneyShowsTwoDecimalsAndExactTooltip(); // submits a job
    void takesShowTheTotalAndMakeEveryJob(); // after it: submits three more

private:
    GenerationForm *form() const;
    template<typename T> T *child(const char *name) const
    {
        auto *w = m_studio.window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    QString validation() const { return child<QLabel>("validationLabel")->text(); }
    bool generateEnabled() const { return child<QPushButton>("generateButton")->isEnabled(); }
    QList<QSpinBox *> shotSpins() const
    {
        return child<ShotListEditor>("shotEditor")
            ->findChildren<QSpinBox *>(QStringLiteral("shotDuration"));
    }

    test::DemoStudioWindow m_studio;
};

void TestNumbers::initTestCase()
{
    QVERIFY(m_studio.open(this));
    m_studio.window->startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    QVERIFY(m_studio.simulator());
    m_studio.simulator()->setTimeScale(0.02);
    PollSchedule schedule;
    schedule.scale = 0.02;
    m_studio.backend->jobs()->setPollSchedule(schedule);
}

void TestNumbers::cleanupTestCase()
{
    m_studio.close();
}

GenerationForm *TestNumbers::form() const
{
    return child<GenerationForm>("generationForm");
}

void TestNumbers::moneyShowsTwoDecimalsAndExactTooltip()
{
    // Text-to-video, 10 s, 1080p, sound: 5.4 × 10 × 1.667 = 90.018 credits.
    child<QCheckBox>("multiShotCheck")->setChecked(false);
    child<QSlider>("durationSlider")->setValue(10);
    auto *quality = child<QComboBox>("qualityCombo");
    quality->setCurrentIndex(quality->findData(int(Quality::P1080)));
    child<QCheckBox>("soundCheck")->setChecked(true);
    auto *prompt = child<QPlainTextEdit>("promptEdit");
    prompt->setPlainText(QStringLiteral("A lighthouse in a storm, waves over the rocks"));

    auto *estimate = child<QLabel>("estimateCredits");
    QCOMPARE(estimate->text(), QStringLiteral("90.02 credits"));
    QVERIFY2(estimate->toolTip().contains(QStringLiteral("90.018")),
             qPrintable(estimate->toolTip()));
    auto *usd = child<QLabel>("estimateUsd");
    QVERIFY2(QRegularExpression(QStringLiteral("^≈ \\$[0-9]+\\.[0-9]{2}$"))
                 .match(usd->text())
                 .hasMatch(),
             qPrintable(usd->text()));
    QVERIFY2(usd->toolTip().contains(QStringLiteral("$1.25025")), qPrintable(usd->toolTip()));

    // A history card: the estimate and the charge rounded, the exact ones in its tooltip.
    auto *button = child<QPushButton>("generateButton");
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *view = child<QListView>("historyView");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QModelIndex row = view->model()->index(0, 0);
    QTRY_COMPARE_WITH_TIMEOUT(row.data(HistoryModel::StateRole).toInt(), int(JobState::Done),
                              25000);
    const QString cost = row.data(HistoryModel::CostTextRole).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^90\\.02 cr · charged [0-9]+\\.[0-9]{2}$"))
                 .match(cost)
                 .hasMatch(),
             qPrintable(cost));
    QVERIFY2(
        row.data(HistoryModel::CostShortTextRole).toString().endsWith(QStringLiteral(".02 cr")),
        qPrintable(row.data(HistoryModel::CostShortTextRole).toString()));
    const QString tip = row.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("exactly 90.018 credits")), qPrintable(tip));

    // The balance: two decimals, the exact figure in the tooltip.
    Simulator *sim = m_studio.simulator();
    QVERIFY(sim);
    auto *balance = child<QLabel>("balanceLabel");
    QTRY_COMPARE(balance->text(),
                 QStringLiteral("Balance: %1 credits").arg(MoneyText::credits(sim->balance())));
    QVERIFY(QRegularExpression(QStringLiteral("^Balance: [0-9,]+\\.[0-9]{2} credits$"))
                .match(balance->text())
                .hasMatch());
    const QString exact = MoneyText::exactCredits(sim->balance());
    QVERIFY2(balance->toolTip().contains(exact),
             qPrintable(balance->toolTip() + QStringLiteral(" / ") + exact));
    // 90.018 was spent: the exact balance has more than two decimals.
    QVERIFY2(exact != MoneyText::credits(sim->balance()), qPrintable(exact));
    prompt->clear();
}

void TestNumbers::addShotKeepsTheRequestValid()
{
    child<QToolButton>("advancedToggle")->setChecked(true);
    child<QSlider>("durationSlider")->setValue(5);
    auto *multi = child<QCheckBox>("multiShotCheck");
    multi->setChecked(true);
    auto *editor = child<ShotListEditor>("shotEditor");
    QCOMPARE(editor->shots().size(), 1);
    QCOMPARE(editor->shots().constFirst().durationSeconds, 5);
    editor->promptEdit(0)->setPlainText(QStringLiteral("Wide shot of the harbour"));
    QVERIFY2(generateEnabled(), qPrintable(validation()));
    const QString estimate = child<QLabel>("estimateCredits")->text();

    // Add shot: the new shot takes its seconds from the last one.
    QTest::mouseClick(child<QPushButton>("addShotButton"), Qt::LeftButton);
    QCOMPARE(editor->shots().size(), 2);
    QCOMPARE(child<QSlider>("durationSlider")->value(), 5);
    QCOMPARE(editor->sumSeconds(), 5);
    QCOMPARE(child<QLabel>("estimateCredits")->text(), estimate);
    // Only the new shot's empty prompt is in the way, not the seconds.
    QCOMPARE(validation(), QStringLiteral("Shot 2 has no prompt."));
    editor->promptEdit(1)->setPlainText(QStringLiteral("Close-up of a gull"));
    QVERIFY2(generateEnabled(), qPrintable(validation()));

    // Every reason is listed, none hidden behind "(+1 more)".
    editor->promptEdit(0)->clear();
    editor->promptEdit(1)->clear();
    QVERIFY2(validation().contains(QStringLiteral("Shot 1 has no prompt."))
                 && validation().contains(QStringLiteral("Shot 2 has no prompt.")),
             qPrintable(validation()));
    QVERIFY(!validation().contains(QStringLiteral("more")));
    QVERIFY(child<QLabel>("validationLabel")->toolTip().contains(QStringLiteral("Shot 2")));
    editor->promptEdit(0)->setPlainText(QStringLiteral("Wide shot of the harbour"));
    editor->promptEdit(1)->setPlainText(QStringLiteral("Close-up of a gull"));

    // Removing a shot gives its seconds back.
    QTest::mouseClick(editor->findChildren<QToolButton *>(QStringLiteral("shotRemove")).last(),
                      Qt::LeftButton);
    QTRY_COMPARE(editor->shots().size(), 1);
    QCOMPARE(editor->shots().constFirst().durationSeconds, 5);
    QVERIFY2(generateEnabled(), qPrintable(validation()));
}

void TestNumbers::durationFollowsTheShots()
{
    auto *editor = child<ShotListEditor>("shotEditor");
    auto *slider = child<QSlider>("durationSlider");
    auto *follow = child<QCheckBox>("shotsFollowCheck");
    QVERIFY(follow->isVisibleTo(m_studio.window.get()));
    QVERIFY(!follow->isChecked());
    // Off: a longer shot does not change the paid duration.
    shotSpins().constFirst()->setValue(7);
    QCOMPARE(slider->value(), 5);
    QVERIFY(!generateEnabled());

    // On the box itself (a wide check box takes clicks on its box and text only).
    QTest::mouseClick(follow, Qt::LeftButton, {}, QPoint(8, follow->height() / 2));
    QVERIFY(follow->isChecked());
    QCOMPARE(slider->value(), 7);
    QVERIFY(!slider->isEnabled()); // the shots set it now
    QVERIFY2(generateEnabled(), qPrintable(validation()));
    QTest::mouseClick(child<QPushButton>("addShotButton"), Qt::LeftButton);
    editor->promptEdit(1)->setPlainText(QStringLiteral("The gull lands"));
    shotSpins().last()->setValue(4);
    QCOMPARE(slider->value(), editor->sumSeconds());
    QCOMPARE(form()->request().durationSeconds, editor->sumSeconds());
    QVERIFY2(generateEnabled(), qPrintable(validation()));

    // Kept with the draft.
    QTRY_VERIFY(m_studio.settings->formDraft().contains("\"form_shots_follow_duration\":true"));
    form()->setShotsFollowDuration(false);
    QVERIFY(!follow->isChecked());
    QVERIFY(slider->isEnabled());
}

QTEST_MAIN(TestNumbers)
// Takes (issue 20): the "× N" box beside Generate. The estimate is the
// total of all takes before the click, and one click makes N jobs of one
// batch, each in the history and the journal.
void TestNumbers::takesShowTheTotalAndMakeEveryJob()
{
    // The settings of the test before, 90.018 credits a take; another prompt,
    // so this is no repeat of its request.
    child<QPlainTextEdit>("promptEdit")->setPlainText(QStringLiteral("Three takes of a harbour"));
    auto *estimate = child<QLabel>("estimateCredits");
    QCOMPARE(estimate->text(), QStringLiteral("90.02 credits"));
    auto *takes = child<QSpinBox>("takesSpin");
    QCOMPARE(takes->value(), 1);
    QCOMPARE(takes->maximum(), JobManager::kMaxTakes);
    takes->setValue(3);
    QCOMPARE(form()->takes(), 3);
    QCOMPARE(estimate->text(), QStringLiteral("3 takes · 270.05 credits"));
    QVERIFY2(estimate->toolTip().contains(QStringLiteral("270.054")),
             qPrintable(estimate->toolTip()));
    QVERIFY2(child<QLabel>("estimateUsd")->toolTip().contains(QStringLiteral("$3.75075")),
             qPrintable(child<QLabel>("estimateUsd")->toolTip()));
    QVERIFY2(child<QLabel>("estimateFormula")->text().startsWith(QStringLiteral("3 takes × (")),
             qPrintable(child<QLabel>("estimateFormula")->text()));

    auto *view = child<QListView>("historyView");
    const int before = view->model()->rowCount();
    const int tasksBefore = m_studio.simulator()->taskCount();
    QTRY_VERIFY(generateEnabled());
    QTest::mouseClick(child<QPushButton>("generateButton"), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), before + 3);
    QList<Job> batch;
    for (const Job &job : m_studio.backend->store()->recent(20)) {
        if (!job.batchId.isEmpty())
            batch << job;
    }
    QCOMPARE(batch.size(), 3);
    QSet<int> indexes;
    for (const Job &job : std::as_const(batch)) {
        QCOMPARE(job.batchId, batch.constFirst().batchId);
        QCOMPARE(job.request.prompt, QStringLiteral("Three takes of a harbour"));
        indexes.insert(job.batchIndex);
    }
    QCOMPARE(indexes, QSet<int>({1, 2, 3}));
    // Each card says which take it is; the job made alone says nothing.
    QSet<QString> takeLabels;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString summary =
            view->model()->index(row, 0).data(HistoryModel::SummaryRole).toString();
        if (summary.contains(QStringLiteral("take")))
            takeLabels.insert(summary.section(QStringLiteral(" · "), -1));
    }
    QCOMPARE(takeLabels,
             QSet<QString>(
                 {QStringLiteral("take 1"), QStringLiteral("take 2"), QStringLiteral("take 3")}));
    // The window's title counts them with the history.
    QTRY_VERIFY2(m_studio.window->windowTitle().contains(QStringLiteral("running")),
                 qPrintable(m_studio.window->windowTitle()));
    QTRY_COMPARE_WITH_TIMEOUT(m_studio.simulator()->taskCount(), tasksBefore + 3, 25000);
    takes->setValue(1);
    QCOMPARE(estimate->text(), QStringLiteral("90.02 credits"));
}

#include "tst_numbers.moc"

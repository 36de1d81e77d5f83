// Issue 17 items 9 and 12 on the real MainWindow (demo backend, the
// simulator answers):
// - with "check before paying" on, a prompt the moderation flags asks
//   "Likely to be refused: <category>"; Edit the Prompt sends nothing,
//   Generate Anyway creates exactly one task; a clean prompt goes straight
//   on; with the setting off no moderation request is made at all;
// - Preferences shows the file quota ("Files: 65 of 2000 left") and the
//   check's checkbox, off by default.

#include "DemoStudioWindow.h"
#include "backend/StudioBackend.h"
#include "form/GenerationForm.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "platform/Settings.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

using namespace ks;

class TestPrecheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void preferencesShowQuotaAndCheckbox();
    void offMeansNoModerationCall();
    void flaggedPromptAsksFirst();
    void cleanPromptGoesStraightOn();
    void checkThatFailsDoesNotBlock();

private:
    template<typename T> T *child(const char *name) const
    {
        auto *w = m_studio.window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    GenerationForm *form() const { return child<GenerationForm>("generationForm"); }
    QMessageBox *question() const
    {
        return m_studio.window->findChild<QMessageBox *>(QStringLiteral("precheckFlaggedDialog"));
    }
    Simulator *sim() const { return m_studio.simulator(); }
    int creates() const { return sim()->requestCount(QStringLiteral("/v1/videos/generations")); }
    int checks() const { return sim()->requestCount(QStringLiteral("/v1/moderations")); }
    void generate(const QString &prompt)
    {
        GenerationRequest request;
        request.prompt = prompt;
        form()->setRequest(request);
        auto *button = child<QPushButton>("generateButton");
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    test::DemoStudioWindow m_studio;
};

void TestPrecheck::initTestCase()
{
    QVERIFY(m_studio.open(this));
    m_studio.window->startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    QVERIFY(sim());
    sim()->setTimeScale(0.02);
    PollSchedule schedule;
    schedule.scale = 0.02;
    m_studio.backend->jobs()->setPollSchedule(schedule);
}

void TestPrecheck::cleanupTestCase()
{
    m_studio.close();
}

void TestPrecheck::preferencesShowQuotaAndCheckbox()
{
    sim()->setFileQuota(2000, 1935);
    PreferencesDialog dialog(m_studio.backend.get(), m_studio.window.get());
    dialog.show();
    auto *caption = dialog.findChild<QLabel *>(QStringLiteral("fileQuotaCaption"));
    auto *quota = dialog.findChild<QLabel *>(QStringLiteral("fileQuotaLabel"));
    QVERIFY(caption && quota);
    QTRY_COMPARE_WITH_TIMEOUT(quota->text(), QStringLiteral("65 of 2000 left"), 10000);
    QCOMPARE(caption->text() + u' ' + quota->text(), QStringLiteral("Files: 65 of 2000 left"));
    auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("precheckCheck"));
    QVERIFY(check);
    QVERIFY(!check->isChecked()); // off by default
    dialog.reject();
}

void TestPrecheck::offMeansNoModerationCall()
{
    m_studio.settings->setPrecheckBeforePaying(false);
    const int jobsBefore = m_studio.backend->store()->count();
    const int createsBefore = creates();
    generate(QStringLiteral("A battlefield full of gore, seen from afar"));
    QTRY_COMPARE_WITH_TIMEOUT(creates(), createsBefore + 1, 10000);
    QCOMPARE(m_studio.backend->store()->count(), jobsBefore + 1);
    QCOMPARE(checks(), 0);
}

void TestPrecheck::flaggedPromptAsksFirst()
{
    m_studio.settings->setPrecheckBeforePaying(true);
    JobStore *store = m_studio.backend->store();
    const int jobsBefore = store->count();
    const int createsBefore = creates();
    const int checksBefore = checks();

    // Edit the Prompt: nothing is sent, the prompt has the focus.
    generate(QStringLiteral("A bloodbath in the castle hall"));
    QTRY_VERIFY_WITH_TIMEOUT(question(), 10000);
    QCOMPARE(checks(), checksBefore + 1);
    QCOMPARE(question()->text(), QStringLiteral("Likely to be refused: graphic violence"));
    // The check is over: the status bar no longer says it is running.
    QCOMPARE(m_studio.window->statusBar()->currentMessage(), QString());
    auto *edit = question()->findChild<QPushButton *>(QStringLiteral("precheckEditButton"));
    QVERIFY(edit);
    QCOMPARE(question()->defaultButton(), edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY(!question());
    // Nothing to wait for: nothing may be journaled or sent.
    QTest::qWait(200);
    QCOMPARE(store->count(), jobsBefore);
    QCOMPARE(creates(), createsBefore);
    m_studio.window->activateWindow();
    QTRY_VERIFY(child<QPlainTextEdit>("promptEdit")->hasFocus());

    // Generate Anyway: exactly one job and one create.
    generate(QStringLiteral("A bloodbath in the castle hall, in shadow"));
    QTRY_VERIFY_WITH_TIMEOUT(question(), 10000);
    auto *anyway =
        question()->findChild<QPushButton *>(QStringLiteral("precheckGenerateAnywayButton"));
    QVERIFY(anyway);
    QTest::mouseClick(anyway, Qt::LeftButton);
    QTRY_VERIFY(!question());
    QCOMPARE(store->count(), jobsBefore + 1);
    QTRY_COMPARE_WITH_TIMEOUT(creates(), createsBefore + 1, 10000);
    // Nothing to wait for: no second create may follow.
    QTest::qWait(200);
    QCOMPARE(creates(), createsBefore + 1);
}

void TestPrecheck::cleanPromptGoesStraightOn()
{
    m_studio.settings->setPrecheckBeforePaying(true);
    const int jobsBefore = m_studio.backend->store()->count();
    const int checksBefore = checks();
    generate(QStringLiteral("A paper boat drifting on a pond"));
    QTRY_COMPARE_WITH_TIMEOUT(m_studio.backend->store()->count(), jobsBefore + 1, 10000);
    QCOMPARE(checks(), checksBefore + 1);
    QVERIFY(!question());
}

void TestPrecheck::checkThatFailsDoesNotBlock()
{
    m_studio.settings->setPrecheckBeforePaying(true);
    sim()->injectHttpError(QStringLiteral("/v1/moderations"), 503,
                           QStringLiteral("service_unavailable"));
    const int jobsBefore = m_studio.backend->store()->count();
    generate(QStringLiteral("A bloodbath on a stage, but the check is down"));
    QTRY_COMPARE_WITH_TIMEOUT(m_studio.backend->store()->count(), jobsBefore + 1, 10000);
    QVERIFY(!question());
    QVERIFY2(m_studio.window->statusBar()->currentMessage().contains(u"could not run"),
             qPrintable(m_studio.window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestPrecheck)
#include "tst_precheck.moc"

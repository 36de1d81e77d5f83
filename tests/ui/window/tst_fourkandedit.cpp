// Issue 17 items 5 and 6 on the real MainWindow (demo backend):
// - 4k is offered in the quality combo for text-to-video and image-to-video
//   only (API.md §10.1 #5); the first 4k Generate of a session asks once with
//   the request's own figures (No, the default, sends nothing; Yes sends; the
//   next 4k job is not asked); the estimate says where the price comes from.
// - Generate Again of a 4k job from the history asks the same question.
// - Reference-to-video shows no multi-shot storyboard (§10.1 #6); video edit
//   may be generated with an empty prompt, which is then left out (§10.1 #7).

#include "DemoStudioWindow.h"
#include "backend/StudioBackend.h"
#include "core/Mode.h"
#include "form/GenerationForm.h"
#include "history/HistoryPanel.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>

using namespace ks;

class TestFourKAndEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void fourKOnlyForTextAndImageToVideo();
    void generateAgainOfAFourKJobAsksFirst();
    void firstFourKGenerateAsksOnce();
    void referenceToVideoShowsNoMultiShot();
    void videoEditGeneratesWithoutPrompt();

private:
    template<typename T> T *child(const char *name) const
    {
        auto *w = m_studio.window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    GenerationForm *form() const { return child<GenerationForm>("generationForm"); }
    void selectMode(Mode mode) const;
    QMessageBox *question() const
    {
        return m_studio.window->findChild<QMessageBox *>(QStringLiteral("fourKPriceDialog"));
    }
    int creates() const
    {
        return m_studio.simulator()->requestCount(QStringLiteral("/v1/videos/generations"));
    }

    // Selects the job in the history and clicks Generate Again.
    void generateAgain(const QString &id) const
    {
        child<HistoryPanel>("historyPanel")->selectJob(id);
        auto *action = child<QAction>("actionResubmit");
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
    }

    test::DemoStudioWindow m_studio;
    QString m_fourKJob; // a finished 4k job made without the form
};

void TestFourKAndEdit::initTestCase()
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

void TestFourKAndEdit::cleanupTestCase()
{
    m_studio.close();
}

void TestFourKAndEdit::selectMode(Mode mode) const
{
    auto *combo = child<QComboBox>("modeCombo");
    const int index = combo->findData(int(mode));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QCOMPARE(form()->request().mode, mode);
}

void TestFourKAndEdit::fourKOnlyForTextAndImageToVideo()
{
    auto *quality = child<QComboBox>("qualityCombo");
    for (Mode mode :
         {Mode::TextToVideo, Mode::ImageToVideo, Mode::ReferenceToVideo, Mode::VideoEdit}) {
        selectMode(mode);
        QStringList offered;
        for (int i = 0; i < quality->count(); ++i)
            offered << quality->itemText(i);
        const bool fourK = mode == Mode::TextToVideo || mode == Mode::ImageToVideo;
        const QStringList expected = fourK
            ? QStringList {QStringLiteral("720p"), QStringLiteral("1080p"), QStringLiteral("4k")}
            : QStringList {QStringLiteral("720p"), QStringLiteral("1080p")};
        QVERIFY2(offered == expected, qPrintable(offered.join(u',')));
    }

    // 4k in text-to-video: 27 credits/s, labelled as per the pricing rules.
    selectMode(Mode::TextToVideo);
    quality->setCurrentIndex(quality->findText(QStringLiteral("4k")));
    QVERIFY(form()->request().quality == Quality::P4K);
    QTRY_COMPARE(child<QLabel>("estimateCredits")->text(), QStringLiteral("135.00 credits"));
    QVERIFY2(child<QLabel>("estimateDriver")->text().contains(u"published pricing rules"),
             qPrintable(child<QLabel>("estimateDriver")->text()));
    // Switching to reference-to-video falls back to a quality it offers.
    selectMode(Mode::ReferenceToVideo);
    QVERIFY(form()->request().quality != Quality::P4K);
}

void TestFourKAndEdit::generateAgainOfAFourKJobAsksFirst()
{
    // A 4k job in the history (made by the CLI or an earlier session):
    // Generate Again is the session's first 4k generation, so it asks too.
    GenerationRequest request;
    request.mode = Mode::TextToVideo;
    request.prompt = QStringLiteral("A lighthouse in a storm at night");
    request.quality = Quality::P4K;
    request.durationSeconds = 4;
    JobManager *jobs = m_studio.backend->jobs();
    m_fourKJob = jobs->submit(request);
    QVERIFY(!m_fourKJob.isEmpty());
    JobStore *store = m_studio.backend->store();
    QTRY_VERIFY_WITH_TIMEOUT(store->job(m_fourKJob)->state == JobState::Done, 20000);
    const int jobsBefore = store->count();
    const int createsBefore = creates();

    generateAgain(m_fourKJob);
    QTRY_VERIFY(question());
    QCOMPARE(question()->text(), QStringLiteral("4k costs 5× 720p: 108.00 credits for 4 s"));
    QTest::mouseClick(question()->button(QMessageBox::No), Qt::LeftButton); // nothing sent
    QTRY_VERIFY(!question());
    // Nothing to wait for: nothing may be journaled or sent.
    QTest::qWait(100);
    QCOMPARE(store->count(), jobsBefore);
    QCOMPARE(creates(), createsBefore);
}

void TestFourKAndEdit::firstFourKGenerateAsksOnce()
{
    GenerationRequest request;
    request.mode = Mode::TextToVideo;
    request.prompt = QStringLiteral("A glacier calving into a green sea");
    request.quality = Quality::P4K;
    request.durationSeconds = 7;
    request.sound = true;
    form()->setRequest(request);
    QVERIFY(form()->request().quality == Quality::P4K);
    auto *generate = child<QPushButton>("generateButton");
    QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), 5000);
    JobStore *store = m_studio.backend->store();
    const int jobsBefore = store->count();
    const int createsBefore = creates();

    // The question shows this request's price: 7 s × 27 = 189 credits.
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_VERIFY(question());
    QMessageBox *box = question();
    QCOMPARE(box->text(), QStringLiteral("4k costs 5× 720p: 189.00 credits for 7 s"));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
    QCOMPARE(box->escapeButton(), static_cast<QAbstractButton *>(box->button(QMessageBox::No)));
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton); // No: nothing sent
    QTRY_VERIFY(!question());
    // Nothing to wait for: nothing may be journaled or sent.
    QTest::qWait(100);
    QCOMPARE(store->count(), jobsBefore);
    QCOMPARE(creates(), createsBefore);

    // Still asked after a No, with what all takes cost when there are
    // several; Enter takes the default (No) and sends none of them.
    form()->setTakes(3);
    QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), 5000);
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_VERIFY(question());
    QCOMPARE(question()->text(),
             QStringLiteral("4k costs 5× 720p: 189.00 credits for 7 s\n"
                            "3 takes: 567.00 credits in all"));
    QTest::keyClick(question(), Qt::Key_Return);
    QTRY_VERIFY(!question());
    QCOMPARE(store->count(), jobsBefore);
    form()->setTakes(1);

    // 5 s: the figures follow the request.
    request.durationSeconds = 5;
    request.sound = false;
    form()->setRequest(request);
    QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), 5000);
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_VERIFY(question());
    QCOMPARE(question()->text(), QStringLiteral("4k costs 5× 720p: 135.00 credits for 5 s"));
    QTest::mouseClick(question()->button(QMessageBox::Yes), Qt::LeftButton); // Yes: sent
    QTRY_VERIFY(!question());
    QCOMPARE(store->count(), jobsBefore + 1);
    QTRY_COMPARE_WITH_TIMEOUT(creates(), createsBefore + 1, 10000);
    const QJsonObject body = QJsonDocument::fromJson(m_studio.simulator()->lastRequestBody(
                                                         QStringLiteral("/v1/videos/generations")))
                                 .object();
    QCOMPARE(body.value(u"quality").toString(), QStringLiteral("4k"));

    // The second 4k job of the session is not asked about.
    request.prompt = QStringLiteral("A glacier calving, seen from a boat");
    form()->setRequest(request);
    QTRY_VERIFY_WITH_TIMEOUT(generate->isEnabled(), 5000);
    QTest::mouseClick(generate, Qt::LeftButton);
    QCOMPARE(store->count(), jobsBefore + 2);
    // Nothing to wait for: no question may come.
    QTest::qWait(50);
    QVERIFY(!question());

    // Once accepted, Generate Again of a 4k job is not asked either.
    generateAgain(m_fourKJob);
    QCOMPARE(store->count(), jobsBefore + 3);
    // Nothing to wait for: no question may come.
    QTest::qWait(50);
    QVERIFY(!question());
    // Creates leave 1 s apart: the next test counts its own only.
    QTRY_COMPARE_WITH_TIMEOUT(creates(), createsBefore + 3, 10000);
}

void TestFourKAndEdit::referenceToVideoShowsNoMultiShot()
{
    // Open Advanced in text-to-video, where the storyboard exists...
    selectMode(Mode::TextToVideo);
    auto *advanced = child<QToolButton>("advancedToggle");
    if (!advanced->isChecked())
        advanced->click();
    auto *multi = child<QCheckBox>("multiShotCheck");
    QTRY_VERIFY(multi->isVisibleTo(m_studio.window.get()));
    multi->setChecked(true);
    QVERIFY(form()->request().multiShot);

    // ...and in reference-to-video it is gone and not sent.
    selectMode(Mode::ReferenceToVideo);
    QVERIFY(!multi->isVisibleTo(m_studio.window.get()));
    QVERIFY(!form()->request().multiShot);
    QVERIFY(!advanced->text().contains(QStringLiteral("Multi-shot"), Qt::CaseInsensitive));
    selectMode(Mode::VideoEdit);
    QVERIFY(!multi->isVisibleTo(m_studio.window.get()));
    QVERIFY(!form()->request().multiShot);
    selectMode(Mode::TextToVideo);
    multi->setChecked(false);
}

void TestFourKAndEdit::videoEditGeneratesWithoutPrompt()
{
    GenerationRequest request;
    request.mode = Mode::VideoEdit;
    request.video.url = QStringLiteral("https://cdn.example.com/street.mp4");
    form()->setRequest(request);
    QCOMPARE(form()->request().mode, Mode::VideoEdit);
    QVERIFY(form()->request().prompt.isEmpty());
    QCOMPARE(child<QLabel>("promptLabel")->text(), QStringLiteral("Prompt (optional)"));
    auto *generate = child<QPushButton>("generateButton");
    QTRY_VERIFY2_WITH_TIMEOUT(generate->isEnabled(),
                              qPrintable(child<QLabel>("validationLabel")->text()), 5000);
    const int before = creates();
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(creates(), before + 1, 10000);
    const QByteArray sent =
        m_studio.simulator()->lastRequestBody(QStringLiteral("/v1/videos/generations"));
    const QJsonObject body = QJsonDocument::fromJson(sent).object();
    QCOMPARE(body.value(u"model").toString(), QStringLiteral("kling-o3-video-edit"));
    QVERIFY2(!body.contains(u"prompt"), sent.constData());
}

QTEST_MAIN(TestFourKAndEdit)
#include "tst_fourkandedit.moc"

// The player's mouse and keys in the real window (issue 16 item 23): a click
// on the video takes the focus and plays or pauses; Space then toggles too
// and types nothing into the prompt; F and double-click go full screen, Esc
// comes back; "," and "." step a frame while paused; J/K/L; a focus ring.
// A real video surface, so Xvfb.

#include "DemoStudioWindow.h"
#include "history/HistoryModel.h"
#include "jobs/JobManager.h"
#include "player/MediaBackend.h"
#include "player/PlayerWidget.h"
#include "sim/Simulator.h"

#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QtTest>

using namespace ks;

class TestPlayerKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clickTakesFocusAndToggles();
    void spaceTogglesAndTypesNothing();
    void fullScreenWithFAndEscape();
    void frameStepsWhilePaused();
    void jklJumpAndPause();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_studio.window->findChild<T *>(QLatin1String(name));
    }
    QWidget *area() const { return m_player->findChild<QWidget *>(QStringLiteral("videoStack")); }
    void focusPrompt();

    test::DemoStudioWindow m_studio;
    PlayerWidget *m_player = nullptr;
    VideoPlayback *m_media = nullptr;
};

void TestPlayerKeys::initTestCase()
{
    QVERIFY(m_studio.open(this));
    m_studio.window->resize(1440, 900);
    m_studio.window->startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    m_studio.simulator()->setTimeScale(0.05);
    PollSchedule schedule;
    schedule.scale = 0.02;
    m_studio.backend->jobs()->setPollSchedule(schedule);
    m_studio.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_studio.window.get()));

    auto *prompt = child<QPlainTextEdit>("promptEdit");
    auto *generate = child<QPushButton>("generateButton");
    auto *view = child<QListView>("historyView");
    QVERIFY(prompt && generate && view);
    prompt->setFocus();
    QTest::keyClicks(prompt, QStringLiteral("A kite over a windy beach"));
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, 0).data(HistoryModel::StateRole).toInt(),
                              int(JobState::Done), 25000);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTRY_VERIFY(m_studio.window->player());
    m_player = m_studio.window->player();
    m_media = m_player->playback();
    QVERIFY(m_media);
    m_media->setMuted(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_media->isLoaded(), 10000);
    // The job finished while selected: it auto-plays; start from a pause.
    QTRY_VERIFY_WITH_TIMEOUT(m_player->isPlaying(), 10000);
    m_player->pause();
    QTRY_VERIFY(!m_player->isPlaying());
}

void TestPlayerKeys::cleanupTestCase()
{
    m_studio.close();
}

void TestPlayerKeys::focusPrompt()
{
    child<QPlainTextEdit>("promptEdit")->setFocus(Qt::MouseFocusReason);
    QVERIFY(child<QPlainTextEdit>("promptEdit")->hasFocus());
}

void TestPlayerKeys::clickTakesFocusAndToggles()
{
    focusPrompt();
    QWidget *video = m_media->videoWidget();
    QVERIFY(video && video->isVisible());
    auto *ring = m_player->findChild<QWidget *>(QStringLiteral("videoStackFocusRing"));
    QVERIFY(ring);
    QVERIFY(!ring->isVisible());

    QTest::mouseClick(video, Qt::LeftButton, {}, video->rect().center());
    QVERIFY(area()->hasFocus());
    QTRY_VERIFY(m_player->isPlaying());
    QTRY_VERIFY_WITH_TIMEOUT(m_media->position() > 200, 10000);
    // The focused video area shows its ring.
    QVERIFY(ring->isVisible());

    QTest::mouseClick(video, Qt::LeftButton, {}, video->rect().center());
    QTRY_VERIFY(!m_player->isPlaying());
    QVERIFY(area()->hasFocus());
}

void TestPlayerKeys::spaceTogglesAndTypesNothing()
{
    auto *prompt = child<QPlainTextEdit>("promptEdit");
    const QString text = prompt->toPlainText();
    focusPrompt();
    QWidget *video = m_media->videoWidget();
    QTest::mouseClick(video, Qt::LeftButton, {}, video->rect().center());
    QTRY_VERIFY(m_player->isPlaying());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(!m_player->isPlaying());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(m_player->isPlaying());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(!m_player->isPlaying());
    QCOMPARE(prompt->toPlainText(), text);
    QVERIFY(area()->hasFocus());
}

void TestPlayerKeys::fullScreenWithFAndEscape()
{
    QWidget *video = m_media->videoWidget();
    area()->setFocus(Qt::MouseFocusReason);
    QTest::keyClick(area(), Qt::Key_F);
    QTRY_VERIFY(video->isFullScreen());
    QVERIFY(video->isWindow());
    QTRY_COMPARE(video->geometry(), video->screen()->geometry());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : video,
                    Qt::Key_Escape);
    QTRY_VERIFY(!video->isFullScreen());
    QTRY_VERIFY(!video->isWindow());
    QTRY_VERIFY(area()->hasFocus());
    QVERIFY(m_player->isAncestorOf(video));

    // A double-click goes full screen too (its two clicks play and pause).
    QTest::mouseDClick(video, Qt::LeftButton, {}, video->rect().center());
    QTRY_VERIFY(video->isFullScreen());
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : video, Qt::Key_F);
    QTRY_VERIFY(!video->isFullScreen());
    m_player->pause();
    QTRY_VERIFY(!m_player->isPlaying());
}

void TestPlayerKeys::frameStepsWhilePaused()
{
    area()->setFocus(Qt::MouseFocusReason);
    m_media->setPosition(2000);
    QTRY_VERIFY(qAbs(m_media->position() - 2000) < 50);
    const qint64 start = m_media->position();
    QTest::keyClick(area(), Qt::Key_Period);
    QTRY_VERIFY(m_media->position() > start);
    const qint64 forward = m_media->position();
    QVERIFY2(forward - start <= 100, qPrintable(QString::number(forward - start)));
    QTest::keyClick(area(), Qt::Key_Comma);
    QTest::keyClick(area(), Qt::Key_Comma);
    QTRY_VERIFY(m_media->position() < start);
    QVERIFY(!m_player->isPlaying());
}

void TestPlayerKeys::jklJumpAndPause()
{
    area()->setFocus(Qt::MouseFocusReason);
    m_media->setPosition(500);
    QTRY_VERIFY(qAbs(m_media->position() - 500) < 50);
    QTest::keyClick(area(), Qt::Key_L);
    QTRY_VERIFY(m_media->position() >= 4000);
    QTest::keyClick(area(), Qt::Key_J);
    QTRY_VERIFY(m_media->position() < 1000);
    QTest::keyClick(area(), Qt::Key_K);
    QTRY_VERIFY(m_player->isPlaying());
    QTest::keyClick(area(), Qt::Key_K);
    QTRY_VERIFY(!m_player->isPlaying());
}

QTEST_MAIN(TestPlayerKeys)
#include "tst_playerkeys.moc"

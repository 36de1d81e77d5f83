// Keyboard order and focus rings in the real window (issue 16 item 24): Tab
// follows reading order -- the banner's button, the form top to bottom,
// Generate, the history list, its toolbar, the player -- in text-to-video and
// image-to-video, and the focused Generate button, banner button and history
// list visibly change (a ring is painted).

#include "DemoStudioWindow.h"
#include "core/Mode.h"
#include "history/HistoryModel.h"
#include "jobs/JobManager.h"
#include "player/PlayerWidget.h"
#include "sim/Simulator.h"

#include <QComboBox>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace ks;

class TestFocusOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void textToVideoReadsInOrder();
    void imageToVideoReadsInOrder();
    void focusRingsArePainted();

private:
    void selectMode(Mode mode);
    // objectNames of the widgets Tab visits from the banner's button, once
    // round the window.
    QStringList tabWalk();
    // The walk, keeping only the names in `landmarks`.
    static QStringList only(const QStringList &walk, const QStringList &landmarks);
    QImage grabFocused(QWidget *widget, bool focused);
    template<typename T> T *child(const char *name) const
    {
        return m_studio.window->findChild<T *>(QLatin1String(name));
    }
    test::DemoStudioWindow m_studio;
};

void TestFocusOrder::initTestCase()
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

    // One finished job: the list, its toolbar and the player have stops.
    auto *prompt = child<QPlainTextEdit>("promptEdit");
    auto *generate = child<QPushButton>("generateButton");
    auto *view = child<QListView>("historyView");
    QVERIFY(prompt && generate && view);
    prompt->setFocus();
    QTest::keyClicks(prompt, QStringLiteral("A paper boat on a rainy street"));
    QTRY_VERIFY(generate->isEnabled());
    QTest::mouseClick(generate, Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, 0).data(HistoryModel::StateRole).toInt(),
                              int(JobState::Done), 25000);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTRY_VERIFY(m_studio.window->player());
    QTRY_VERIFY(!m_studio.window->player()->currentJobId().isEmpty());
    QTRY_VERIFY(generate->isEnabled());
}

void TestFocusOrder::cleanupTestCase()
{
    m_studio.close();
}

void TestFocusOrder::selectMode(Mode mode)
{
    auto *combo = child<QComboBox>("modeCombo");
    const int index = combo->findData(int(mode));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QCoreApplication::processEvents();
}

QStringList TestFocusOrder::tabWalk()
{
    QWidget *first = child<QWidget>("setApiKeyButton");
    first->setFocus(Qt::TabFocusReason);
    QStringList names;
    for (int i = 0; i < 80; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (!focus || (i > 0 && focus == first))
            break;
        names << focus->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return names;
}

QStringList TestFocusOrder::only(const QStringList &walk, const QStringList &landmarks)
{
    QStringList kept;
    for (const QString &name : walk)
        if (landmarks.contains(name))
            kept << name;
    return kept;
}

void TestFocusOrder::textToVideoReadsInOrder()
{
    selectMode(Mode::TextToVideo);
    const QStringList walk = tabWalk();
    const QStringList expected {
        QStringLiteral("setApiKeyButton"), QStringLiteral("modeCombo"),
        QStringLiteral("promptEdit"),      QStringLiteral("insertReferenceButton"),
        QStringLiteral("durationSlider"),  QStringLiteral("aspectCombo"),
        QStringLiteral("qualityCombo"),    QStringLiteral("soundCheck"),
        QStringLiteral("advancedToggle"),  QStringLiteral("generateButton"),
        QStringLiteral("historyView"),     QStringLiteral("playButton"),
        QStringLiteral("reuseButton"),     QStringLiteral("videoStack"),
        QStringLiteral("playPauseButton"), QStringLiteral("seekSlider")};
    QCOMPARE(only(walk, expected), expected);
    QCOMPARE(walk.first(), QStringLiteral("setApiKeyButton"));
    // Nothing of the form comes after Generate.
    QVERIFY2(walk.indexOf(QStringLiteral("scrollArea")) < 0, qPrintable(walk.join(u' ')));
}

void TestFocusOrder::imageToVideoReadsInOrder()
{
    selectMode(Mode::ImageToVideo);
    const QStringList walk = tabWalk();
    const QStringList expected {
        QStringLiteral("setApiKeyButton"), QStringLiteral("modeCombo"),
        QStringLiteral("promptEdit"),      QStringLiteral("insertReferenceButton"),
        QStringLiteral("imageStartZone"),  QStringLiteral("imageEndZone"),
        QStringLiteral("referenceAdder"),  QStringLiteral("durationSlider"),
        QStringLiteral("aspectCombo"),     QStringLiteral("qualityCombo"),
        QStringLiteral("soundCheck"),      QStringLiteral("advancedToggle"),
        QStringLiteral("historyView"),     QStringLiteral("playButton"),
        QStringLiteral("videoStack"),      QStringLiteral("playPauseButton")};
    QCOMPARE(only(walk, expected), expected);
    // Without a start image Generate is off, so Tab passes it by.
    QVERIFY(!child<QWidget>("generateButton")->isEnabled());
    QVERIFY(!walk.contains(QStringLiteral("generateButton")));
}

QImage TestFocusOrder::grabFocused(QWidget *widget, bool focused)
{
    if (focused) {
        widget->setFocus(Qt::TabFocusReason);
    } else {
        child<QWidget>("promptEdit")->setFocus(Qt::TabFocusReason);
    }
    QCoreApplication::processEvents();
    return widget->grab().toImage();
}

void TestFocusOrder::focusRingsArePainted()
{
    selectMode(Mode::TextToVideo);
    for (const char *name : {"generateButton", "setApiKeyButton", "historyView"}) {
        auto *widget = child<QWidget>(name);
        QVERIFY2(widget && widget->isVisible(), name);
        const QImage plain = grabFocused(widget, false);
        const QImage focused = grabFocused(widget, true);
        QVERIFY2(widget->hasFocus(), name);
        // Grabbing a widget leaves out overlays on top of it; grab the
        // window's area for the list (its ring is an overlay).
        QImage withRing = focused;
        QImage without = plain;
        if (qstrcmp(name, "historyView") == 0) {
            const QRect area(widget->mapTo(m_studio.window.get(), QPoint()), widget->size());
            withRing = m_studio.window->grab(area).toImage();
            grabFocused(widget, false);
            without = m_studio.window->grab(area).toImage();
        }
        // A ring that stands out: pixels whose lightness changes a lot (a
        // pale ring on a blue fill changed little and was not seen).
        int changed = 0;
        for (int y = 0; y < withRing.height(); ++y)
            for (int x = 0; x < withRing.width(); ++x)
                if (qAbs(qGray(withRing.pixel(x, y)) - qGray(without.pixel(x, y))) > 90)
                    ++changed;
        QVERIFY2(changed > 2 * (withRing.width() + withRing.height()),
                 qPrintable(QStringLiteral("%1: %2 pixels").arg(QLatin1String(name)).arg(changed)));
    }
}

QTEST_MAIN(TestFocusOrder)
#include "tst_focusorder.moc"

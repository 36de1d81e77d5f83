// Everyday gestures that must not spend by accident, on the real MainWindow
// (demo mode) through objectNames (issue 16, items 1 and 2): the wheel over a
// combo box, slider or spin box without focus scrolls the form instead of
// changing a paid setting; a double or triple click on Generate makes one job,
// and the same request again moments later is confirmed first.

#include "DemoStudioWindow.h"
#include "backend/StudioBackend.h"
#include "form/GenerationForm.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtTest>

using namespace ks;

namespace {

// One notch of the wheel over the middle of `widget` (+1 up, -1 down).
void wheel(QWidget *widget, int notches)
{
    const QPointF pos = QRectF(widget->rect()).center();
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

// The value the wheel would change: a combo's index, a slider's position.
int valueOf(QWidget *control)
{
    if (auto *combo = qobject_cast<QComboBox *>(control))
        return combo->currentIndex();
    if (auto *slider = qobject_cast<QAbstractSlider *>(control))
        return slider->value();
    return -1;
}

} // namespace

class TestSpendGuards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void wheelScrollsTheFormNotTheSettings();
    void repeatedGenerateMakesOneJob();

private:
    GenerationForm *form() const;
    template<typename T> T *child(const char *name) const
    {
        return m_studio.window->findChild<T *>(QLatin1String(name));
    }

    test::DemoStudioWindow m_studio;
};

void TestSpendGuards::initTestCase()
{
    QVERIFY(m_studio.open(this));
    // Small, so the form scrolls (the window's smallest everyday size).
    m_studio.window->resize(1024, 700);
    m_studio.window->startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    QVERIFY(m_studio.simulator());
    m_studio.simulator()->setTimeScale(0.02);
    PollSchedule schedule;
    schedule.scale = 0.02;
    m_studio.backend->jobs()->setPollSchedule(schedule);
}

void TestSpendGuards::cleanupTestCase()
{
    m_studio.close();
}

GenerationForm *TestSpendGuards::form() const
{
    return child<GenerationForm>("generationForm");
}

void TestSpendGuards::wheelScrollsTheFormNotTheSettings()
{
    QVERIFY(form());
    GenerationRequest request;
    request.mode = Mode::ImageToVideo;
    request.prompt = QStringLiteral("A lighthouse keeper climbing the stairs at night");
    request.durationSeconds = 10;
    request.aspectRatio = AspectRatio::Wide16x9;
    request.quality = Quality::P1080;
    form()->setRequest(request);
    QCOMPARE(form()->request().mode, Mode::ImageToVideo);

    auto *area = form()->findChild<QScrollArea *>(QStringLiteral("scrollArea"));
    auto *estimate = form()->findChild<QLabel *>(QStringLiteral("estimateCredits"));
    auto *aspect = form()->findChild<QComboBox *>(QStringLiteral("aspectCombo"));
    auto *duration = form()->findChild<QAbstractSlider *>(QStringLiteral("durationSlider"));
    auto *quality = form()->findChild<QComboBox *>(QStringLiteral("qualityCombo"));
    QVERIFY(area && estimate && aspect && duration && quality);
    QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0); // the form scrolls at this size
    QScrollBar *bar = area->verticalScrollBar();

    // The pointer passes over the controls while nothing of the form has
    // the focus (the history list has it): the form scrolls, nothing changes.
    auto *history = child<QListView>("historyView");
    QVERIFY(history);
    m_studio.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_studio.window.get()));
    history->setFocus();
    QTRY_VERIFY(history->hasFocus());
    const QString estimateText = estimate->text();
    QVERIFY(!estimateText.isEmpty());
    for (QWidget *control : {static_cast<QWidget *>(aspect), static_cast<QWidget *>(duration),
                             static_cast<QWidget *>(quality)}) {
        const QByteArray name = control->objectName().toLatin1();
        QVERIFY2(!control->hasFocus(), name.constData());
        // The control in the middle of the viewport, so both directions can scroll.
        const int y = control->mapTo(area->widget(), QPoint(0, control->height() / 2)).y();
        bar->setValue(y - area->viewport()->height() / 2);
        const int value = valueOf(control);
        const int scrolledFrom = bar->value();
        wheel(control, -1);
        QVERIFY2(valueOf(control) == value, name.constData());
        const int afterDown = bar->value();
        wheel(control, +1);
        QVERIFY2(valueOf(control) == value, name.constData());
        QVERIFY2(afterDown != scrolledFrom || bar->value() != afterDown, name.constData());
        QCOMPARE(estimate->text(), estimateText);
        // A wheel that comes from the window system must not give the
        // focus (and with it the value) either.
        QVERIFY2((control->focusPolicy() & Qt::WheelFocus) != Qt::WheelFocus, name.constData());
    }
    const GenerationRequest after = form()->request();
    QCOMPARE(after.durationSeconds, 10);
    QVERIFY(after.aspectRatio == AspectRatio::Wide16x9);
    QVERIFY(after.quality == Quality::P1080);

    // Every combo box, slider and spin box of the window takes the focus by
    // click or Tab, never by the wheel.
    const QList<QWidget *> widgets = m_studio.window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || (qobject_cast<QAbstractSlider *>(widget) && !qobject_cast<QScrollBar *>(widget)))
            QVERIFY2((widget->focusPolicy() & Qt::WheelFocus) != Qt::WheelFocus,
                     qPrintable(widget->objectName()));
    }

    // With the focus (a click or Tab put it there) the wheel does change it.
    quality->setFocus();
    QTRY_VERIFY(quality->hasFocus());
    const int scrolled = bar->value();
    wheel(quality, +1); // up: 1080p -> 720p
    QVERIFY(form()->request().quality == Quality::P720);
    QVERIFY(estimate->text() != estimateText);
    QCOMPARE(bar->value(), scrolled);
    duration->setFocus();
    QTRY_VERIFY(duration->hasFocus());
    wheel(duration, -1);
    QVERIFY(form()->request().durationSeconds != 10);
}

void TestSpendGuards::repeatedGenerateMakesOneJob()
{
    QVERIFY(form());
    GenerationRequest request;
    request.mode = Mode::TextToVideo;
    request.prompt = QStringLiteral("A red kite over a green hill, one take");
    form()->setRequest(request);
    auto *button = form()->findChild<QPushButton *>(QStringLiteral("generateButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    JobStore *store = m_studio.backend->store();
    auto *view = child<QListView>("historyView");
    QVERIFY(store && view);
    const int jobsBefore = store->count();
    const int rowsBefore = view->model()->rowCount();
    auto dialog = [this] {
        return child<QMessageBox>("repeatRequestDialog");
    };

    // A triple click, 150 ms apart: one job.
    QTest::mouseClick(button, Qt::LeftButton);
    const bool offAfterClick = !button->isEnabled();
    QCOMPARE(store->count(), jobsBefore + 1); // journaled before the click returned
    // Time passes between the clicks, as a user's would.
    QTest::qWait(150);
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::qWait(150);
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::qWait(150);
    QCOMPARE(store->count(), jobsBefore + 1);
    QVERIFY(offAfterClick); // Generate was off from the first click on
    QTRY_COMPARE(view->model()->rowCount(), rowsBefore + 1);
    QVERIFY(!dialog());

    // A fourth click a moment later (well inside RepeatedRequestCheck::kWindowMs): asked first.
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(dialog());
    QMessageBox *box = dialog();
    QCOMPARE(box->text(), QStringLiteral("Submit the same request again?"));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
    QCOMPARE(box->escapeButton(), static_cast<QAbstractButton *>(box->button(QMessageBox::No)));
    QTest::keyClick(box, Qt::Key_Escape); // Escape: nothing sent
    QTRY_VERIFY(!dialog());
    QCOMPARE(store->count(), jobsBefore + 1);

    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(dialog());
    QTest::mouseClick(dialog()->button(QMessageBox::No), Qt::LeftButton); // No: nothing sent
    QTRY_VERIFY(!dialog());
    QCOMPARE(store->count(), jobsBefore + 1);

    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(dialog());
    QTest::mouseClick(dialog()->button(QMessageBox::Yes), Qt::LeftButton); // Yes: one more
    QTRY_VERIFY(!dialog());
    QCOMPARE(store->count(), jobsBefore + 2);
    QTRY_COMPARE(view->model()->rowCount(), rowsBefore + 2);

    // Another request is not a repeat: no question.
    request.prompt = QStringLiteral("A red kite over a green hill, second take");
    form()->setRequest(request);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 5000);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(store->count(), jobsBefore + 3);
    QVERIFY(!dialog());
}

QTEST_MAIN(TestSpendGuards)
#include "tst_spendguards.moc"

// Issue 17 item 2 (API.md §10.1 #2): a custom element made from images needs
// both a frontal image and 1 to 3 reference images from other angles. The real
// MainWindow keeps Generate off and names the missing part before anything is
// uploaded or paid for.

#include "DemoStudioWindow.h"
#include "InputCheckWait.h"
#include "backend/StudioBackend.h"
#include "core/Mode.h"
#include "form/GenerationForm.h"
#include "form/MediaDropZone.h"
#include "form/ReferenceImagesPanel.h"
#include "jobs/JobManager.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

class TestElementRequired : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frontalImageAloneKeepsGenerateOff();

private:
    template<typename T> T *child(const char *name) const
    {
        auto *w = m_form->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    QString makeImage(const QString &name, int w, int h);

    test::DemoStudioWindow m_studio;
    GenerationForm *m_form = nullptr;
    QTemporaryDir m_dir;
};

void TestElementRequired::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_studio.open(this));
    m_form = m_studio.window->findChild<GenerationForm *>(QStringLiteral("generationForm"));
    QVERIFY(m_form);
    // A running backend: Generate is off for the form's own reason only.
    m_studio.window->startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    QVERIFY(m_studio.simulator());
}

QString TestElementRequired::makeImage(const QString &name, int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(120, 80, 60));
    const QString path = m_dir.filePath(name);
    if (!image.save(path, "PNG"))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestElementRequired::frontalImageAloneKeepsGenerateOff()
{
    auto *combo = child<QComboBox>("modeCombo");
    const int index = combo->findData(int(Mode::CustomElement));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QVERIFY(child<QRadioButton>("elementFromImages")->isChecked());

    child<QLineEdit>("elementNameEdit")->setText(QStringLiteral("Mia"));
    child<QLineEdit>("elementDescriptionEdit")->setText(QStringLiteral("A woman with red hair"));
    QVERIFY(test::setLocalFileAndWait(child<MediaDropZone>("elementFrontalZone"),
                                      makeImage(QStringLiteral("front.png"), 600, 800)));

    // The form says, before anything is sent, that both parts are required.
    auto *angles = child<ReferenceImagesPanel>("elementAngles");
    QVERIFY(angles->isVisibleTo(m_studio.window.get()));
    auto *hint = angles->findChild<QLabel *>(QStringLiteral("referenceHint"));
    QVERIFY(hint);
    QVERIFY2(hint->isVisibleTo(m_studio.window.get()) && hint->text().contains(u"Required"),
             qPrintable(hint->text()));

    auto *generate = child<QPushButton>("generateButton");
    auto *notice = child<QLabel>("validationLabel");
    const QString expected =
        QStringLiteral("Add 1 to 3 reference images of the subject from other angles: EvoLink "
                       "needs them as well as the frontal image.");
    QTRY_COMPARE(notice->text(), expected);
    QVERIFY(notice->isVisibleTo(m_studio.window.get()));
    QVERIFY(!generate->isEnabled());
    QVERIFY2(generate->toolTip().startsWith(expected), qPrintable(generate->toolTip()));

    // Neither a click nor the keyboard shortcut sends anything.
    QTest::mouseClick(generate, Qt::LeftButton);
    QTest::keyClick(m_studio.window.get(), Qt::Key_Return, Qt::ControlModifier);
    // Nothing to wait for: nothing may be sent.
    QTest::qWait(50);
    QCOMPARE(m_studio.backend->jobs()->runningCount(), 0);
    const Simulator *sim = m_studio.simulator();
    QCOMPARE(sim->requestCount(QStringLiteral("/v1/videos/generations")), 0);
    QCOMPARE(sim->requestCount(QStringLiteral("/api/v1/files/upload")), 0);

    // One reference image from another angle completes the element.
    QVERIFY(test::addLocalFileAndWait(angles, makeImage(QStringLiteral("side.png"), 600, 800)));
    QTRY_VERIFY2(generate->isEnabled(), qPrintable(notice->text()));
    QVERIFY(notice->text().isEmpty());
}

QTEST_MAIN(TestElementRequired)
#include "tst_elementrequired.moc"

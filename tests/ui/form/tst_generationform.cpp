// Drives the generation form through its objectNames: live estimate,
// validation, the first-frame zone, Ctrl+Enter, setRequest and retranslation.

#include "InputCheckWait.h"
#include "form/GenerationForm.h"
#include "form/MediaDropZone.h"
#include "style/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDropEvent>
#include <QImage>
#include <QLabel>
#include <QLayout>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

using namespace ks;
using namespace ks::test;

namespace {

// A translator that answers a handful of source texts, to prove that every
// dynamic text is rebuilt on LanguageChange (no .qm file needed).
class FakeChineseTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        const QByteArray ctx(context);
        const QByteArray src(sourceText);
        if (ctx == "ks::GenerationForm" || ctx == "GenerationForm") {
            if (src == "%1 credits")
                return QStringLiteral("%1 积分");
            if (src == "%1 s")
                return QStringLiteral("%1 秒");
            if (src == "Generate")
                return QStringLiteral("生成");
            if (src == "Prompt")
                return QStringLiteral("提示词");
        }
        if (ctx == "ModeInfo" && src == "Text to video")
            return QStringLiteral("文生视频");
        if (ctx == "ks::MediaDropZone" && src == "Paste")
            return QStringLiteral("粘贴");
        return {};
    }
};

} // namespace

class TestGenerationForm final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void estimateFollowsEveryChange();
    void usdFollowsRate();
    void emptyPromptDisablesGenerate();
    void tooLongPromptDisablesGenerate();
    void longPromptWarns();
    void imageToVideoNeedsImage();
    void validImageEnablesGenerate();
    void invalidImageRefused_data();
    void invalidImageRefused();
    void droppedFileAccepted();
    void ctrlEnterEmitsOnce();
    void ctrlEnterIgnoredWhileInvalid();
    void setGenerateEnabledShowsReason();
    void setRequestRoundTrips();
    void setRequestClampsDurationForMode();
    void languageChangeRefreshesDynamicText();

private:
    template<typename T> static T *child(QWidget *form, const char *name)
    {
        auto *w = form->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("missing child %s", name);
        return w;
    }
    QString makeImage(const QString &name, int w, int h);
    static void selectData(QComboBox *combo, int data);

    QTemporaryDir m_dir;
};

void TestGenerationForm::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

QString TestGenerationForm::makeImage(const QString &name, int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 200));
    const QString path = m_dir.filePath(name);
    if (!image.save(path, "PNG"))
        qFatal("cannot write test image");
    return path;
}

void TestGenerationForm::selectData(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestGenerationForm::estimateFollowsEveryChange()
{
    GenerationForm form;
    auto *prompt = child<QPlainTextEdit>(&form, "promptEdit");
    auto *credits = child<QLabel>(&form, "estimateCredits");
    auto *formula = child<QLabel>(&form, "estimateFormula");
    auto *driver = child<QLabel>(&form, "estimateDriver");
    auto *slider = child<QSlider>(&form, "durationSlider");
    auto *quality = child<QComboBox>(&form, "qualityCombo");
    auto *sound = child<QCheckBox>(&form, "soundCheck");
    auto *counter = child<QLabel>(&form, "promptCounter");
    auto *durationValue = child<QLabel>(&form, "durationValue");

    QSignalSpy changed(&form, &GenerationForm::requestChanged);
    QTest::keyClicks(prompt, QStringLiteral("A red fox runs"));
    QCOMPARE(counter->text(), QStringLiteral("14 / 2500"));
    QCOMPARE(changed.count(), 14);
    QCOMPARE(credits->text(), QStringLiteral("27.00 credits"));
    QVERIFY2(formula->text().contains(QStringLiteral("× 5 s")), qPrintable(formula->text()));

    slider->setValue(10);
    QCOMPARE(durationValue->text(), QStringLiteral("10 s"));
    QCOMPARE(credits->text(), QStringLiteral("54.00 credits"));
    QVERIFY2(formula->text().contains(QStringLiteral("× 10 s")), qPrintable(formula->text()));

    selectData(quality, int(Quality::P1080));
    QCOMPARE(credits->text(), QStringLiteral("72.04 credits"));
    sound->setChecked(true);
    QCOMPARE(credits->text(), QStringLiteral("90.02 credits"));
    QVERIFY2(formula->text().contains(QStringLiteral("× 10 s")), qPrintable(formula->text()));
    QVERIFY(!driver->text().isEmpty());
    QVERIFY2(driver->text().contains(QStringLiteral("1080p")), qPrintable(driver->text()));

    const GenerationRequest r = form.request();
    QCOMPARE(r.mode, Mode::TextToVideo);
    QCOMPARE(r.prompt, QStringLiteral("A red fox runs"));
    QCOMPARE(r.durationSeconds, 10);
    QCOMPARE(r.quality, Quality::P1080);
    QCOMPARE(r.sound, true);
    QCOMPARE(r.aspectRatio, std::optional<AspectRatio>(AspectRatio::Wide16x9));
}

void TestGenerationForm::usdFollowsRate()
{
    GenerationForm form;
    auto *usd = child<QLabel>(&form, "estimateUsd");
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("City at night"));
    QCOMPARE(usd->text(), QStringLiteral("≈ $0.38")); // 27 credits / 72 = 0.375
    child<QSlider>(&form, "durationSlider")->setValue(10);
    selectData(child<QComboBox>(&form, "qualityCombo"), int(Quality::P1080));
    child<QCheckBox>(&form, "soundCheck")->setChecked(true);
    QCOMPARE(usd->text(), QStringLiteral("≈ $1.25")); // 90.018 / 72
    form.setCreditsPerUsd(68);
    QCOMPARE(usd->text(), QStringLiteral("≈ $1.32")); // 90.018 / 68
}

void TestGenerationForm::emptyPromptDisablesGenerate()
{
    GenerationForm form;
    auto *generate = child<QPushButton>(&form, "generateButton");
    auto *validation = child<QLabel>(&form, "validationLabel");
    QCOMPARE(generate->text(), QStringLiteral("Generate"));
    QVERIFY(!generate->isEnabled());
    QVERIFY(!validation->text().isEmpty());
    QVERIFY(validation->isVisibleTo(&form));

    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("Waves at dawn"));
    QVERIFY(generate->isEnabled());
    QVERIFY(validation->text().isEmpty());
    QVERIFY(!validation->isVisibleTo(&form));
    QVERIFY2(generate->toolTip().contains(QStringLiteral("Ctrl+Enter")),
             qPrintable(generate->toolTip()));
}

void TestGenerationForm::tooLongPromptDisablesGenerate()
{
    GenerationForm form;
    auto *prompt = child<QPlainTextEdit>(&form, "promptEdit");
    auto *generate = child<QPushButton>(&form, "generateButton");
    auto *validation = child<QLabel>(&form, "validationLabel");
    auto *counter = child<QLabel>(&form, "promptCounter");

    prompt->setPlainText(QString(2500, QLatin1Char('a')));
    QVERIFY(generate->isEnabled());
    QCOMPARE(counter->property("level").toString(), QStringLiteral("warn"));

    prompt->setPlainText(QString(2501, QLatin1Char('a')));
    QCOMPARE(counter->text(), QStringLiteral("2501 / 2500"));
    QCOMPARE(counter->property("level").toString(), QStringLiteral("error"));
    // The level colours the text through the palette; the form uses no style sheet.
    QCOMPARE(counter->palette().color(counter->foregroundRole()), ks::Theme::errorTone());
    QVERIFY(form.styleSheet().isEmpty());
    QVERIFY(!generate->isEnabled());
    QVERIFY2(validation->text().contains(QStringLiteral("2500")), qPrintable(validation->text()));
    QCOMPARE(prompt->property("invalid").toBool(), true);
    QVERIFY(child<QLabel>(&form, "promptHint")->isVisibleTo(&form));
}

void TestGenerationForm::longPromptWarns()
{
    GenerationForm form;
    auto *prompt = child<QPlainTextEdit>(&form, "promptEdit");
    auto *counter = child<QLabel>(&form, "promptCounter");
    auto *hint = child<QLabel>(&form, "promptHint");

    prompt->setPlainText(QString(2000, QLatin1Char('b')));
    QCOMPARE(counter->property("level").toString(), QString());
    QVERIFY(!hint->isVisibleTo(&form));

    prompt->setPlainText(QString(2001, QLatin1Char('b')));
    QCOMPARE(counter->text(), QStringLiteral("2001 / 2500"));
    QCOMPARE(counter->property("level").toString(), QStringLiteral("warn"));
    QCOMPARE(counter->palette().color(counter->foregroundRole()), ks::Theme::warningTone());
    QVERIFY(hint->isVisibleTo(&form));
    QVERIFY2(hint->text().contains(QStringLiteral("499")), qPrintable(hint->text()));
    QVERIFY(child<QPushButton>(&form, "generateButton")->isEnabled());
}

void TestGenerationForm::imageToVideoNeedsImage()
{
    GenerationForm form;
    auto *mode = child<QComboBox>(&form, "modeCombo");
    // All five models are offered (the video modes and custom elements too).
    QCOMPARE(mode->count(), 5);
    QCOMPARE(mode->itemData(0).toInt(), int(Mode::TextToVideo));
    QCOMPARE(mode->itemText(0), QStringLiteral("Text to video"));
    QCOMPARE(mode->itemData(1).toInt(), int(Mode::ImageToVideo));
    QCOMPARE(mode->itemText(1), QStringLiteral("Image to video"));
    QCOMPARE(mode->itemData(4).toInt(), int(Mode::CustomElement));

    child<QPlainTextEdit>(&form, "promptEdit")
        ->setPlainText(QStringLiteral("She turns and smiles"));
    // Text to video has no start frame: the slot is not even built yet.
    QVERIFY(!form.findChild<MediaDropZone *>(QStringLiteral("imageStartZone")));
    QVERIFY(child<QPushButton>(&form, "generateButton")->isEnabled());

    selectData(mode, int(Mode::ImageToVideo));
    auto *zone = child<MediaDropZone>(&form, "imageStartZone");
    QVERIFY(zone);
    QVERIFY(zone->isVisibleTo(&form));
    // Built under its title, which names it for screen readers and Alt+key.
    auto *title = child<QLabel>(&form, "imageStartLabel");
    QCOMPARE(title->buddy(), zone);
    auto *section = zone->parentWidget();
    QCOMPARE(section->layout()->indexOf(zone), section->layout()->indexOf(title) + 1);

    QCOMPARE(form.request().mode, Mode::ImageToVideo);
    QVERIFY(!child<QPushButton>(&form, "generateButton")->isEnabled());
    QVERIFY(!child<QLabel>(&form, "validationLabel")->text().isEmpty());

    selectData(mode, int(Mode::TextToVideo));
    QVERIFY(!zone->isVisibleTo(&form));
}

void TestGenerationForm::validImageEnablesGenerate()
{
    GenerationForm form;
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("Leaves fall"));
    selectData(child<QComboBox>(&form, "modeCombo"), int(Mode::ImageToVideo));
    auto *zone = child<MediaDropZone>(&form, "imageStartZone");
    const QString path = makeImage(QStringLiteral("valid.png"), 640, 360);

    QSignalSpy changed(&form, &GenerationForm::requestChanged);
    QVERIFY(setLocalFileAndWait(zone, path));
    QCOMPARE(changed.count(), 1);
    QVERIFY(zone->errorText().isEmpty());
    QVERIFY(child<QPushButton>(&form, "generateButton")->isEnabled());
    const GenerationRequest r = form.request();
    QCOMPARE(r.imageStart.localPath, path);
    QCOMPARE(r.imageStart.info.width, 640);
    QCOMPARE(r.imageStart.info.height, 360);
    QCOMPARE(r.imageStart.info.format, MediaFormat::Png);

    // Back to text-to-video: the frame does not travel with the request.
    selectData(child<QComboBox>(&form, "modeCombo"), int(Mode::TextToVideo));
    QVERIFY(!form.request().imageStart.isSet());
}

void TestGenerationForm::invalidImageRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // a fact the message must state
    QTest::newRow("too small") << QStringLiteral("small") << QStringLiteral("200");
    QTest::newRow("text named png") << QStringLiteral("text") << QString();
    QTest::newRow("ratio 1:3") << QStringLiteral("tall") << QStringLiteral("2.5");
}

void TestGenerationForm::invalidImageRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString path;
    if (kind == QLatin1String("small")) {
        path = makeImage(QStringLiteral("small.png"), 200, 200);
    } else if (kind == QLatin1String("tall")) {
        path = makeImage(QStringLiteral("tall.png"), 300, 900);
    } else {
        path = m_dir.filePath(QStringLiteral("notes.png"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is plain text, not a PNG image\n");
    }

    GenerationForm form;
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("Rain on glass"));
    selectData(child<QComboBox>(&form, "modeCombo"), int(Mode::ImageToVideo));
    auto *zone = child<MediaDropZone>(&form, "imageStartZone");
    QSignalSpy mediaSpy(zone, &MediaDropZone::mediaChanged);

    QVERIFY(!setLocalFileAndWait(zone, path));
    QCOMPARE(mediaSpy.count(), 0);
    QVERIFY(!zone->errorText().isEmpty());
    if (!expected.isEmpty())
        QVERIFY2(zone->errorText().contains(expected), qPrintable(zone->errorText()));
    auto *errorLabel = zone->findChild<QLabel *>(QStringLiteral("dropZoneError"));
    QVERIFY(errorLabel);
    QVERIFY(errorLabel->isVisibleTo(zone));
    QCOMPARE(errorLabel->text(), zone->errorText());
    QVERIFY(!form.request().imageStart.isSet());
    QVERIFY(!zone->media().isSet());
    QVERIFY(!child<QPushButton>(&form, "generateButton")->isEnabled());
    QCOMPARE(zone->property("invalid").toBool(), true);
}

void TestGenerationForm::droppedFileAccepted()
{
    GenerationForm form;
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("A kite rises"));
    selectData(child<QComboBox>(&form, "modeCombo"), int(Mode::ImageToVideo));
    auto *zone = child<MediaDropZone>(&form, "imageStartZone");
    const QString path = makeImage(QStringLiteral("dropped.png"), 800, 600);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint pos = zone->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(zone, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QVERIFY(checkedAfter(zone, [&] { QCoreApplication::sendEvent(zone, &drop); }));
    QVERIFY(drop.isAccepted());

    QCOMPARE(form.request().imageStart.localPath, path);
    QCOMPARE(form.request().imageStart.info.width, 800);
    QVERIFY(child<QPushButton>(&form, "generateButton")->isEnabled());
}

void TestGenerationForm::ctrlEnterEmitsOnce()
{
    GenerationForm form;
    form.show();
    form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *prompt = child<QPlainTextEdit>(&form, "promptEdit");
    prompt->setFocus();
    QTest::keyClicks(prompt, QStringLiteral("Neon rain"));
    child<QSlider>(&form, "durationSlider")->setValue(8);

    QSignalSpy spy(&form, &GenerationForm::generateRequested);
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    const auto r = spy.at(0).at(0).value<GenerationRequest>();
    QCOMPARE(r.prompt, QStringLiteral("Neon rain"));
    QCOMPARE(r.durationSeconds, 8);
    QCOMPARE(r.mode, Mode::TextToVideo);
    // The shortcut consumed the key: no line break went into the prompt.
    QCOMPARE(prompt->toPlainText(), QStringLiteral("Neon rain"));

    // Generate stays off for a moment after it fired: a click right after
    // does nothing, one after the pause generates again.
    auto *button = child<QPushButton>(&form, "generateButton");
    QVERIFY(!button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 2);

    // Space on the focused button: the pause moves the focus away from the
    // disabled button, and it comes back when the button is on again.
    QTRY_VERIFY(button->isEnabled());
    button->setFocus();
    QTRY_VERIFY(button->hasFocus());
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(spy.count(), 3);
    QVERIFY(!button->hasFocus());
    QTRY_VERIFY(button->isEnabled());
    QTRY_VERIFY(button->hasFocus());
}

void TestGenerationForm::ctrlEnterIgnoredWhileInvalid()
{
    GenerationForm form;
    form.show();
    form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    auto *prompt = child<QPlainTextEdit>(&form, "promptEdit");
    prompt->setFocus();
    QSignalSpy spy(&form, &GenerationForm::generateRequested);
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 0);

    prompt->setPlainText(QStringLiteral("Fine now"));
    form.setGenerateEnabled(false, QStringLiteral("Connecting…"));
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 0);
    form.setGenerateEnabled(true);
    QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
}

void TestGenerationForm::setGenerateEnabledShowsReason()
{
    GenerationForm form;
    auto *generate = child<QPushButton>(&form, "generateButton");
    auto *validation = child<QLabel>(&form, "validationLabel");
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("Snow falls"));
    QVERIFY(generate->isEnabled());

    form.setGenerateEnabled(false, QStringLiteral("The simulator is starting."));
    QVERIFY(!generate->isEnabled());
    QCOMPARE(validation->text(), QStringLiteral("The simulator is starting."));
    QVERIFY(generate->toolTip().contains(QStringLiteral("The simulator is starting.")));

    // Edits keep it disabled while the reason holds.
    child<QSlider>(&form, "durationSlider")->setValue(6);
    QVERIFY(!generate->isEnabled());

    form.setGenerateEnabled(true);
    QVERIFY(generate->isEnabled());
    QVERIFY(validation->text().isEmpty());
}

void TestGenerationForm::setRequestRoundTrips()
{
    const QString path = makeImage(QStringLiteral("roundtrip.png"), 1280, 720);
    GenerationForm source;
    source.setRequest(GenerationRequest {});
    selectData(child<QComboBox>(&source, "modeCombo"), int(Mode::ImageToVideo));
    QVERIFY(setLocalFileAndWait(child<MediaDropZone>(&source, "imageStartZone"), path));
    GenerationRequest original = source.request();
    original.prompt = QStringLiteral("Camera dollies in on <<<image_1>>>");
    original.durationSeconds = 12;
    original.aspectRatio = AspectRatio::Tall9x16;
    original.quality = Quality::P1080;
    original.sound = true;
    original.watermark = false;
    original.elements = {ElementRef {QStringLiteral("el_123"), false}};

    GenerationForm form;
    QSignalSpy changed(&form, &GenerationForm::requestChanged);
    form.setRequest(original);
    QCOMPARE(changed.count(), 1);

    QCOMPARE(child<QComboBox>(&form, "modeCombo")->currentData().toInt(), int(Mode::ImageToVideo));
    QCOMPARE(child<QPlainTextEdit>(&form, "promptEdit")->toPlainText(), original.prompt);
    QCOMPARE(child<QSlider>(&form, "durationSlider")->value(), 12);
    QCOMPARE(child<QLabel>(&form, "durationValue")->text(), QStringLiteral("12 s"));
    QCOMPARE(child<QComboBox>(&form, "aspectCombo")->currentData().toInt(),
             int(AspectRatio::Tall9x16));
    QCOMPARE(child<QComboBox>(&form, "qualityCombo")->currentData().toInt(), int(Quality::P1080));
    QVERIFY(child<QCheckBox>(&form, "soundCheck")->isChecked());
    QCOMPARE(child<MediaDropZone>(&form, "imageStartZone")->media().localPath, path);
    // 12 s × 5.4 × 1.667 = 108.0216
    QCOMPARE(child<QLabel>(&form, "estimateCredits")->text(), QStringLiteral("108.02 credits"));
    QVERIFY(child<QPushButton>(&form, "generateButton")->isEnabled());

    const GenerationRequest back = form.request();
    QCOMPARE(back.mode, original.mode);
    QCOMPARE(back.prompt, original.prompt);
    QCOMPARE(back.durationSeconds, original.durationSeconds);
    QCOMPARE(back.aspectRatio, original.aspectRatio);
    QCOMPARE(back.quality, original.quality);
    QCOMPARE(back.sound, original.sound);
    QCOMPARE(back.imageStart, original.imageStart);
    QCOMPARE(back.imageStart.info.width, 1280);
    QCOMPARE(back.watermark, original.watermark);
    QCOMPARE(back.elements, original.elements);

    // And back to a plain text-to-video request: nothing of the previous one lingers.
    GenerationRequest plain;
    plain.prompt = QStringLiteral("Desert wind");
    form.setRequest(plain);
    const GenerationRequest r = form.request();
    QCOMPARE(r.mode, Mode::TextToVideo);
    QCOMPARE(r.prompt, plain.prompt);
    QCOMPARE(r.durationSeconds, 5);
    QCOMPARE(r.quality, Quality::P720);
    QCOMPARE(r.sound, false);
    QVERIFY(!r.imageStart.isSet());
    QVERIFY(r.elements.isEmpty());
    QCOMPARE(child<QLabel>(&form, "estimateCredits")->text(), QStringLiteral("27.00 credits"));
}

void TestGenerationForm::setRequestClampsDurationForMode()
{
    // Data-driven: a mode with a shorter range and no sound (reference-to-video,
    // 3–10 s) is shown from ModeInfo, even before the form lists it.
    GenerationRequest ref;
    ref.mode = Mode::ReferenceToVideo;
    ref.prompt = QStringLiteral("Match the reference");
    ref.durationSeconds = 12;
    ref.sound = true;
    GenerationForm form;
    form.setRequest(ref);

    auto *slider = child<QSlider>(&form, "durationSlider");
    QCOMPARE(slider->minimum(), 3);
    QCOMPARE(slider->maximum(), 10);
    QCOMPARE(slider->value(), 10);
    auto *note = child<QLabel>(&form, "durationNote");
    QVERIFY(note->isVisibleTo(&form));
    QVERIFY2(note->text().contains(QStringLiteral("12"))
                 && note->text().contains(QStringLiteral("10")),
             qPrintable(note->text()));
    QVERIFY(!child<QCheckBox>(&form, "soundCheck")->isEnabled());
    QCOMPARE(form.request().sound, false);
    QCOMPARE(form.request().durationSeconds, 10);

    // Back to text-to-video through the combo: 3–15 s again, sound remembered.
    selectData(child<QComboBox>(&form, "modeCombo"), int(Mode::TextToVideo));
    QCOMPARE(slider->maximum(), 15);
    QVERIFY(child<QCheckBox>(&form, "soundCheck")->isEnabled());
    QCOMPARE(form.request().sound, true);
}

void TestGenerationForm::languageChangeRefreshesDynamicText()
{
    GenerationForm form;
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("Lanterns"));
    QCOMPARE(child<QLabel>(&form, "estimateCredits")->text(), QStringLiteral("27.00 credits"));
    // A slot built earlier (image to video's start frame), hidden again.
    auto *mode = child<QComboBox>(&form, "modeCombo");
    selectData(mode, int(Mode::ImageToVideo));
    selectData(mode, int(Mode::TextToVideo));

    FakeChineseTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator)); // sends LanguageChange
    QCoreApplication::processEvents();
    QCOMPARE(child<QLabel>(&form, "estimateCredits")->text(), QStringLiteral("27.00 积分"));
    QCOMPARE(child<QLabel>(&form, "durationValue")->text(), QStringLiteral("5 秒"));
    QCOMPARE(child<QPushButton>(&form, "generateButton")->text(), QStringLiteral("生成"));
    QCOMPARE(child<QLabel>(&form, "promptLabel")->text(), QStringLiteral("提示词"));
    QCOMPARE(child<QComboBox>(&form, "modeCombo")->itemText(0), QStringLiteral("文生视频"));
    auto *paste = form.findChild<QPushButton *>(QStringLiteral("dropZonePaste"));
    QVERIFY(paste);
    QCOMPARE(paste->text(), QStringLiteral("粘贴"));
    // The prompt the user typed is untouched by a language switch.
    QCOMPARE(form.request().prompt, QStringLiteral("Lanterns"));

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCoreApplication::processEvents();
    QCOMPARE(child<QLabel>(&form, "estimateCredits")->text(), QStringLiteral("27.00 credits"));
    QCOMPARE(child<QComboBox>(&form, "modeCombo")->itemText(0), QStringLiteral("Text to video"));
}

QTEST_MAIN(TestGenerationForm)
#include "tst_generationform.moc"

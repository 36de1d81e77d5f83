// Every Kling O3 mode and input in the generation form: the right slots and
// ranges per mode, video inputs and the video-edit estimate, frames and
// reference-image limits, the multi-shot editor, elements and prompt tokens,
// the custom element form, openInputFile, and screenshots of each mode.

#include "InputCheckWait.h"
#include "core/ImageProbe.h"
#include "form/ElementLibraryDialog.h"
#include "form/ElementPicker.h"
#include "form/GenerationForm.h"
#include "form/MediaDropZone.h"
#include "form/ReferenceImagesPanel.h"
#include "form/ShotListEditor.h"
#include "jobs/ElementLibrary.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace ks;
using namespace ks::test;

namespace {

// Absolute as the form stores it: on Windows with its drive letter, which a
// tree built elsewhere (cross-built, run under Wine) lacks in its path.
const QString kClip720 =
    QFileInfo(QStringLiteral(KS_UI_DATA_DIR "/clip-1280x720-3.2s.mp4")).absoluteFilePath();
const QString kSample360 = QStringLiteral(KS_SAMPLES_DIR "/sample-16x9.mp4");

class FakeTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        const QByteArray src(sourceText);
        if (QByteArray(context) == "ks::GenerationForm") {
            if (src == "Insert reference")
                return QStringLiteral("插入引用");
            if (src == "Reference video")
                return QStringLiteral("参考视频");
        }
        if (QByteArray(context) == "ks::ShotListEditor" && src == "Add shot")
            return QStringLiteral("添加镜头");
        return {};
    }
};

} // namespace

class TestGenerationModes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probeReadsTheClip();
    void modesShowTheRightSlots();
    void refToVideoClampsDurationWithNote();
    void soundDisabledWithReasonForVideoModes();
    void videoEditEstimateUsesInputLength();
    void smallVideoRefusedWithActualValues();
    void endFrameNeedsStartFrame();
    void autoAspectFollowsStartFrame();
    void referenceImageLimits();
    void multiShotEditor();
    void elementsAndTokenMenu();
    void elementLimitsShowValidatorMessage();
    void danglingImageTokenWarns();
    void customElementForm();
    void openInputFileRoutes();
    void setRequestRestoresEveryInput();
    void elementLibraryDialog();
    void languageChangeRetranslatesNewParts();
    void screenshots();

private:
    template<typename T> static T *child(QObject *root, const char *name)
    {
        auto *w = root->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("missing child %s", name);
        return w;
    }
    QString makeImage(const QString &name, int w, int h, QColor color = QColor(40, 90, 200));
    static void selectMode(GenerationForm &form, Mode mode);
    static QString validation(GenerationForm &form)
    {
        return child<QLabel>(&form, "validationLabel")->text();
    }
    static bool generateEnabled(GenerationForm &form)
    {
        return child<QPushButton>(&form, "generateButton")->isEnabled();
    }
    static QString credits(GenerationForm &form)
    {
        return child<QLabel>(&form, "estimateCredits")->text();
    }
    Element makeElement(const QString &id, const QString &name, bool fromVideo);

    QTemporaryDir m_dir;
};

void TestGenerationModes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
    QVERIFY2(QFile::exists(kClip720), qPrintable(kClip720));
    QVERIFY2(QFile::exists(kSample360), qPrintable(kSample360));
}

QString TestGenerationModes::makeImage(const QString &name, int w, int h, QColor color)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(color);
    const QString path = m_dir.filePath(name);
    if (!image.save(path, "PNG"))
        qFatal("cannot write test image");
    return path;
}

void TestGenerationModes::selectMode(GenerationForm &form, Mode mode)
{
    auto *combo = child<QComboBox>(&form, "modeCombo");
    const int index = combo->findData(int(mode));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

Element TestGenerationModes::makeElement(const QString &id, const QString &name, bool fromVideo)
{
    Element e;
    e.elementId = id;
    e.name = name;
    e.description = QStringLiteral("test subject");
    e.madeFromVideo = fromVideo;
    e.thumbnailPath = makeImage(id + QStringLiteral(".png"), 320, 320, QColor(200, 120, 40));
    e.jobId = QStringLiteral("job-") + id;
    e.createdAt = QDateTime::currentDateTimeUtc();
    return e;
}

void TestGenerationModes::probeReadsTheClip()
{
    const MediaInfo info = ImageProbe::probeFile(kClip720);
    QCOMPARE(info.format, MediaFormat::Mp4);
    QCOMPARE(info.width, 1280);
    QCOMPARE(info.height, 720);
    QVERIFY2(qAbs(info.durationSeconds - 3.2) < 0.05,
             qPrintable(QString::number(info.durationSeconds)));
    QVERIFY2(qAbs(info.fps - 30.0) < 0.1, qPrintable(QString::number(info.fps)));
}

void TestGenerationModes::modesShowTheRightSlots()
{
    GenerationForm form;
    auto *combo = child<QComboBox>(&form, "modeCombo");
    QCOMPARE(combo->count(), 5);
    QCOMPARE(combo->itemData(2).toInt(), int(Mode::ReferenceToVideo));
    QCOMPARE(combo->itemData(3).toInt(), int(Mode::VideoEdit));
    QCOMPARE(combo->itemData(4).toInt(), int(Mode::CustomElement));

    // Startup cost: the slots of the other modes and the collapsed Advanced
    // panel's contents are built on first need, not with the form.
    for (const char *lazy : {"imageEndZone", "referenceImages", "videoZone", "elementFrontalZone",
                             "elementAngles", "shotEditor", "elementPicker"})
        QVERIFY2(!form.findChild<QWidget *>(QLatin1String(lazy)), lazy);
    // So a user visits each mode and opens Advanced before its controls exist.
    for (Mode mode : ModeInfo::allModes())
        selectMode(form, mode);
    selectMode(form, Mode::TextToVideo);
    child<QToolButton>(&form, "advancedToggle")->setChecked(true);

    auto *start = child<MediaDropZone>(&form, "imageStartZone");
    auto *end = child<MediaDropZone>(&form, "imageEndZone");
    auto *refs = child<ReferenceImagesPanel>(&form, "referenceImages");
    auto *video = child<MediaDropZone>(&form, "videoZone");
    auto *keep = child<QCheckBox>(&form, "keepSoundCheck");
    auto *element = child<QWidget>(&form, "elementSection");
    auto *slider = child<QSlider>(&form, "durationSlider");
    auto *prompt = child<QPlainTextEdit>(&form, "promptEdit");
    auto *quality = child<QComboBox>(&form, "qualityCombo");
    auto *multi = child<QCheckBox>(&form, "multiShotCheck");
    auto *picker = child<ElementPicker>(&form, "elementPicker");

    struct Expect
    {
        Mode mode;
        bool start, refs, video, element, slider, prompt, multi, picker;
        int sliderMax;
    };
    const QList<Expect> table = {
        {Mode::TextToVideo, false, false, false, false, true, true, true, true, 15},
        {Mode::ImageToVideo, true, true, false, false, true, true, true, true, 15},
        {Mode::ReferenceToVideo, false, true, true, false, true, true, false, true, 10},
        {Mode::VideoEdit, false, true, true, false, false, true, false, true, 0},
        {Mode::CustomElement, false, false, false, true, false, false, false, false, 0},
    };
    child<QToolButton>(&form, "advancedToggle")->setChecked(true);
    for (const Expect &e : table) {
        selectMode(form, e.mode);
        const QByteArray where = ModeInfo::cliName(e.mode).toUtf8();
        QVERIFY2(start->isVisibleTo(&form) == e.start, where);
        QVERIFY2(end->isVisibleTo(&form) == e.start, where);
        QVERIFY2(refs->isVisibleTo(&form) == e.refs, where);
        QVERIFY2(video->isVisibleTo(&form) == e.video, where);
        QVERIFY2(keep->isVisibleTo(&form) == e.video, where);
        QVERIFY2(element->isVisibleTo(&form) == e.element, where);
        QVERIFY2(slider->isVisibleTo(&form) == e.slider, where);
        QVERIFY2(prompt->isVisibleTo(&form) == e.prompt, where);
        QVERIFY2(multi->isVisibleTo(&form) == e.multi, where);
        QVERIFY2(picker->isVisibleTo(&form) == e.picker, where);
        QVERIFY2(quality->isVisibleTo(&form) == (e.mode != Mode::CustomElement), where);
        if (e.slider)
            QCOMPARE(slider->maximum(), e.sliderMax);
        QCOMPARE(form.request().mode, e.mode);
    }
    // Back from the modes without a duration, the duration row is there again
    // (its label, slider and value), in each mode that has one.
    for (Mode back : {Mode::TextToVideo, Mode::VideoEdit, Mode::ImageToVideo, Mode::CustomElement,
                      Mode::ReferenceToVideo}) {
        selectMode(form, back);
        const bool has = ModeInfo::durationRange(back).has_value();
        const QByteArray where = ModeInfo::cliName(back).toUtf8();
        QVERIFY2(slider->isVisibleTo(&form) == has, where);
        QVERIFY2(child<QWidget>(&form, "durationValue")->isVisibleTo(&form) == has, where);
        QVERIFY2(child<QWidget>(&form, "durationLabel")->isVisibleTo(&form) == has, where);
    }
    // Reference limits and formats follow the mode.
    selectMode(form, Mode::ImageToVideo);
    QCOMPARE(refs->maxCount(), 7);
    QVERIFY(!refs->adder()->allowWebp());
    selectMode(form, Mode::VideoEdit);
    QCOMPARE(refs->maxCount(), 4);
    QVERIFY(refs->adder()->allowWebp());
    QCOMPARE(video->kind(), MediaDropZone::Kind::Video);
    QCOMPARE(child<QLabel>(&form, "videoLabel")->text(),
             QStringLiteral("Video to edit (3 to 10 s)"));
    selectMode(form, Mode::ReferenceToVideo);
    QCOMPARE(child<QLabel>(&form, "videoLabel")->text(), QStringLiteral("Reference video"));
}

void TestGenerationModes::refToVideoClampsDurationWithNote()
{
    GenerationForm form;
    auto *slider = child<QSlider>(&form, "durationSlider");
    slider->setValue(13);
    selectMode(form, Mode::ReferenceToVideo);
    QCOMPARE(slider->minimum(), 3);
    QCOMPARE(slider->maximum(), 10);
    QCOMPARE(slider->value(), 10);
    auto *note = child<QLabel>(&form, "durationNote");
    QVERIFY(note->isVisibleTo(&form));
    QCOMPARE(
        note->text(),
        QStringLiteral("Duration changed from 13 s to 10 s: Reference to video allows 3–10 s."));
    QCOMPARE(form.request().durationSeconds, 10);
    // Back to text-to-video: the range widens again, the value stays.
    selectMode(form, Mode::TextToVideo);
    QCOMPARE(slider->maximum(), 15);
    QCOMPARE(slider->value(), 10);
    QVERIFY(!note->isVisibleTo(&form));
}

void TestGenerationModes::soundDisabledWithReasonForVideoModes()
{
    GenerationForm form;
    auto *sound = child<QCheckBox>(&form, "soundCheck");
    sound->setChecked(true);
    for (Mode mode : {Mode::ReferenceToVideo, Mode::VideoEdit}) {
        selectMode(form, mode);
        QVERIFY(sound->isVisibleTo(&form));
        QVERIFY(!sound->isEnabled());
        QVERIFY(!sound->isChecked());
        QCOMPARE(sound->toolTip(),
                 QStringLiteral("Sound is off when a video is an input; keep "
                                "the video's own sound instead."));
        auto *note = child<QLabel>(&form, "settingsNote");
        QVERIFY(note->isVisibleTo(&form));
        QVERIFY2(note->text().contains(QStringLiteral("Sound is off when a video is an input")),
                 qPrintable(note->text()));
        QCOMPARE(form.request().sound, false);
    }
    selectMode(form, Mode::TextToVideo);
    QVERIFY(sound->isEnabled());
    QVERIFY(sound->isChecked());
}

void TestGenerationModes::videoEditEstimateUsesInputLength()
{
    GenerationForm form;
    selectMode(form, Mode::VideoEdit);
    // Unknown input length: the reservation assumes 5 s (API.md §7.3).
    QCOMPARE(credits(form), QStringLiteral("40.50 credits"));
    QVERIFY(!generateEnabled(form));
    // Only the video is missing: the edit prompt is optional (API.md §10.1 #7).
    QVERIFY2(validation(form).contains(QStringLiteral("Add the video to edit")),
             qPrintable(validation(form)));
    QVERIFY2(!validation(form).contains(QStringLiteral("prompt")), qPrintable(validation(form)));

    auto *video = child<MediaDropZone>(&form, "videoZone");
    QSignalSpy changed(&form, &GenerationForm::requestChanged);
    QVERIFY2(setLocalFileAndWait(video, kClip720), qPrintable(video->errorText()));
    QCOMPARE(changed.count(), 1);
    // 3.2 s rounded up to 4 s × 8.1 credits/s at 720p.
    QCOMPARE(credits(form), QStringLiteral("32.40 credits"));
    const QString formula = child<QLabel>(&form, "estimateFormula")->text();
    QVERIFY2(formula.contains(QStringLiteral("8.1 credits/s × 4 s")), qPrintable(formula));
    const QString driver = child<QLabel>(&form, "estimateDriver")->text();
    QVERIFY2(driver.startsWith(QStringLiteral("Price set by: 720p")), qPrintable(driver));
    QVERIFY2(driver.contains(QStringLiteral("3.2 s, rounded up")), qPrintable(driver));
    QCOMPARE(child<QLabel>(&form, "durationNote")->text(),
             QStringLiteral("The length comes from the input video: 3.2 s, billed as 4 s "
                            "(rounded up)."));
    const QString details = video->detailsText();
    QVERIFY2(details.contains(QStringLiteral("1280\u00a0×\u00a0720"))
                 && details.contains(QStringLiteral("3.2\u00a0s"))
                 && details.contains(QStringLiteral("30\u00a0fps")),
             qPrintable(details));

    QVERIFY2(generateEnabled(form), qPrintable(validation(form))); // no prompt needed
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("Make it snow"));
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));
    const GenerationRequest r = form.request();
    QCOMPARE(r.mode, Mode::VideoEdit);
    QCOMPARE(r.video.localPath, kClip720);
    QCOMPARE(r.keepOriginalSound, true);
    QVERIFY(!r.aspectRatio.has_value());

    // 1080p: 4 × 8.1 × 1.334 = 43.2216
    auto *quality = child<QComboBox>(&form, "qualityCombo");
    quality->setCurrentIndex(quality->findData(int(Quality::P1080)));
    QCOMPARE(credits(form), QStringLiteral("43.22 credits"));
    child<QCheckBox>(&form, "keepSoundCheck")->setChecked(false);
    QCOMPARE(form.request().keepOriginalSound, false);
}

void TestGenerationModes::smallVideoRefusedWithActualValues()
{
    GenerationForm form;
    selectMode(form, Mode::ReferenceToVideo);
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("Like this"));
    auto *video = child<MediaDropZone>(&form, "videoZone");
    QSignalSpy refused(video, &MediaDropZone::refused);
    QVERIFY(!setLocalFileAndWait(video, kSample360));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(video->errorText().contains(QStringLiteral("640 × 360 px"))
                 && video->errorText().contains(QStringLiteral("between 720 and 2160 px")),
             qPrintable(video->errorText()));
    QVERIFY(!video->media().isSet());
    // An image is not a video: said by content, whatever the name.
    const QString fake = makeImage(QStringLiteral("fake.mp4"), 1280, 720);
    QVERIFY(!setLocalFileAndWait(video, fake));
    QVERIFY2(video->errorText().contains(QStringLiteral("is not an MP4 or MOV video: its content "
                                                        "is PNG")),
             qPrintable(video->errorText()));
    QVERIFY2(validation(form).contains(QStringLiteral("Add the reference video")),
             qPrintable(validation(form)));
}

void TestGenerationModes::endFrameNeedsStartFrame()
{
    GenerationForm form;
    selectMode(form, Mode::ImageToVideo);
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("The sun sets"));
    auto *end = child<MediaDropZone>(&form, "imageEndZone");
    QVERIFY(setLocalFileAndWait(end, makeImage(QStringLiteral("end.png"), 800, 600)));
    QVERIFY(!generateEnabled(form));
    QCOMPARE(validation(form),
             QStringLiteral("The end frame needs a start frame; add a start "
                            "frame or remove the end frame."));
    QVERIFY(end->property("invalid").toBool());

    QVERIFY(setLocalFileAndWait(child<MediaDropZone>(&form, "imageStartZone"),
                                makeImage(QStringLiteral("start.png"), 800, 600)));
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));
    QVERIFY(!end->property("invalid").toBool());
    QCOMPARE(form.request().imageEnd.localPath, m_dir.filePath(QStringLiteral("end.png")));

    // A third image forbids the end frame (API.md §2.2).
    auto *refs = child<ReferenceImagesPanel>(&form, "referenceImages");
    QVERIFY(addLocalFileAndWait(refs, makeImage(QStringLiteral("ref.png"), 640, 640)));
    QVERIFY(!generateEnabled(form));
    QVERIFY2(validation(form).startsWith(QStringLiteral("An end frame is not allowed with 3 "
                                                        "images in total")),
             qPrintable(validation(form)));
    end->clear();
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));
}

void TestGenerationModes::autoAspectFollowsStartFrame()
{
    GenerationForm form;
    selectMode(form, Mode::ImageToVideo);
    auto *aspect = child<QComboBox>(&form, "aspectCombo");
    QCOMPARE(aspect->count(), 3);
    QCOMPARE(aspect->findText(QStringLiteral("Auto (follow start frame)")), -1);
    auto *start = child<MediaDropZone>(&form, "imageStartZone");
    QVERIFY(setLocalFileAndWait(start, makeImage(QStringLiteral("portrait.png"), 600, 1000)));
    QCOMPARE(aspect->count(), 4);
    const int autoIndex = aspect->findText(QStringLiteral("Auto (follow start frame)"));
    QVERIFY(autoIndex >= 0);
    aspect->setCurrentIndex(autoIndex);
    QCOMPARE(form.request().aspectRatio, std::optional<AspectRatio>());
    // setRequest keeps "follow the start frame".
    GenerationForm other;
    other.setRequest(form.request());
    QCOMPARE(other.request().aspectRatio, std::optional<AspectRatio>());
    QCOMPARE(child<QComboBox>(&other, "aspectCombo")->currentText(),
             QStringLiteral("Auto (follow start frame)"));
    // Without a start frame there is nothing to follow.
    start->clear();
    QCOMPARE(aspect->count(), 3);
    QCOMPARE(form.request().aspectRatio, std::optional<AspectRatio>(AspectRatio::Wide16x9));
    // Text-to-video never offers it.
    selectMode(form, Mode::TextToVideo);
    QCOMPARE(aspect->findText(QStringLiteral("Auto (follow start frame)")), -1);
}

void TestGenerationModes::referenceImageLimits()
{
    GenerationForm form;
    selectMode(form, Mode::ReferenceToVideo);
    auto *refs = child<ReferenceImagesPanel>(&form, "referenceImages");
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(addLocalFileAndWait(refs, makeImage(QStringLiteral("r%1.png").arg(i), 500, 500)),
                 qPrintable(refs->errorText()));
    }
    QCOMPARE(refs->count(), 4);
    QCOMPARE(child<QLabel>(refs, "referenceCount")->text(), QStringLiteral("4 / 4"));
    QVERIFY(!refs->adder()->isVisibleTo(&form));
    QVERIFY(child<QLabel>(refs, "referenceFull")->isVisibleTo(&form));
    QVERIFY(!addLocalFileAndWait(refs, makeImage(QStringLiteral("r5.png"), 500, 500)));
    QCOMPARE(form.request().referenceImages.size(), 4);

    // A too small image is refused with its real size.
    auto *slot = refs->findChildren<MediaDropZone *>(QStringLiteral("referenceSlot")).value(1);
    QVERIFY(slot);
    const QString removed = slot->media().localPath;
    slot->clear(); // the remove button's action
    QCOMPARE(refs->count(), 3);
    QVERIFY(!form.request().referenceImages.contains(MediaRef {removed, {}, {}, {}}));
    QVERIFY(!addLocalFileAndWait(refs, makeImage(QStringLiteral("tiny.png"), 200, 500)));
    QVERIFY2(refs->errorText().contains(QStringLiteral("200 × 500 px; both sides must be at "
                                                       "least 300 px")),
             qPrintable(refs->errorText()));
    QCOMPARE(refs->count(), 3);

    // Image-to-video takes up to 7.
    selectMode(form, Mode::ImageToVideo);
    QCOMPARE(child<QLabel>(refs, "referenceCount")->text(), QStringLiteral("3 / 7"));
    QVERIFY(refs->adder()->isVisibleTo(&form));
}

void TestGenerationModes::multiShotEditor()
{
    GenerationForm form;
    child<QToolButton>(&form, "advancedToggle")->setChecked(true);
    child<QSlider>(&form, "durationSlider")->setValue(10);
    auto *multi = child<QCheckBox>(&form, "multiShotCheck");
    auto *editor = child<ShotListEditor>(&form, "shotEditor");
    QVERIFY(!editor->isVisibleTo(&form));
    multi->setChecked(true);
    QVERIFY(editor->isVisibleTo(&form));
    QCOMPARE(editor->shots().size(), 1);
    QCOMPARE(editor->shots().constFirst().durationSeconds, 10);
    QVERIFY(child<QLabel>(&form, "multiShotPromptNote")->isVisibleTo(&form));
    // No main prompt needed, but the shot needs one.
    QVERIFY2(validation(form).contains(QStringLiteral("Shot 1 has no prompt")),
             qPrintable(validation(form)));

    editor->promptEdit(0)->setPlainText(QStringLiteral("Wide shot of the harbour"));
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));
    QCOMPARE(child<QLabel>(editor, "shotsSummary")->text(),
             QStringLiteral("Total 10 s · shots 10 s · adds up"));

    // Add: the new shot takes half of the last one; the sum still adds up (issue 16 #13).
    QTest::mouseClick(child<QPushButton>(editor, "addShotButton"), Qt::LeftButton);
    QCOMPARE(editor->shots().size(), 2);
    editor->promptEdit(1)->setPlainText(QStringLiteral("Close-up of a gull"));
    QCOMPARE(child<QLabel>(editor, "shotsSummary")->text(),
             QStringLiteral("Total 10 s · shots 10 s · adds up"));
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));
    auto spins = editor->findChildren<QSpinBox *>(QStringLiteral("shotDuration"));
    QCOMPARE(spins.size(), 2);
    spins.at(0)->setValue(6);
    QCOMPARE(child<QLabel>(editor, "shotsSummary")->text(),
             QStringLiteral("Total 10 s · shots 11 s · 1 s too many"));
    QVERIFY(!generateEnabled(form));
    QCOMPARE(validation(form),
             QStringLiteral("The shots add up to 11 s but the video is 10 s "
                            "long; both must be equal."));
    spins.at(1)->setValue(1);
    QCOMPARE(child<QLabel>(editor, "shotsSummary")->text(),
             QStringLiteral("Total 10 s · shots 7 s · 3 s left"));
    spins.at(1)->setValue(4);
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));

    // Reorder with the second shot's "up" button.
    auto ups = editor->findChildren<QToolButton *>(QStringLiteral("shotUp"));
    QToolButton *secondUp = nullptr;
    for (QToolButton *b : ups) {
        if (b->isEnabled())
            secondUp = b;
    }
    QVERIFY(secondUp);
    QTest::mouseClick(secondUp, Qt::LeftButton);
    QTRY_COMPARE(editor->shots().constFirst().prompt, QStringLiteral("Close-up of a gull"));
    const QList<Shot> expected {Shot {QStringLiteral("Close-up of a gull"), 4},
                                Shot {QStringLiteral("Wide shot of the harbour"), 6}};
    QCOMPARE(form.request().shots, expected);
    QCOMPARE(form.request().multiShot, true);

    // Up to six shots.
    for (int i = 0; i < 4; ++i)
        editor->addShot();
    QCOMPARE(editor->shots().size(), 6);
    QVERIFY(!child<QPushButton>(editor, "addShotButton")->isEnabled());
    editor->addShot();
    QCOMPARE(editor->shots().size(), 6);

    // Remove the last four with their buttons.
    for (int i = 0; i < 4; ++i) {
        auto removes = editor->findChildren<QToolButton *>(QStringLiteral("shotRemove"));
        QToolButton *last = nullptr;
        for (QToolButton *b : removes) {
            if (b->isVisible() || b->isVisibleTo(&form))
                last = b; // children are in creation order: the last row's button is last
        }
        QVERIFY(last);
        QTest::mouseClick(last, Qt::LeftButton);
        QTRY_COMPARE(editor->shots().size(), 5 - i);
    }
    QCOMPARE(form.request().shots, expected);
    QVERIFY2(
        child<QToolButton>(&form, "advancedToggle")->text().contains(QStringLiteral("shots: 2")),
        qPrintable(child<QToolButton>(&form, "advancedToggle")->text()));

    // Off: no shots are sent.
    multi->setChecked(false);
    QCOMPARE(form.request().multiShot, false);
    QVERIFY(form.request().shots.isEmpty());
}

void TestGenerationModes::elementsAndTokenMenu()
{
    ElementLibrary library(m_dir.filePath(QStringLiteral("tokens-elements.json")));
    QVERIFY(library.add(makeElement(QStringLiteral("el_alpha"), QStringLiteral("Alpha"), false)));
    QVERIFY(library.add(makeElement(QStringLiteral("el_beta"), QStringLiteral("Beta"), false)));

    GenerationForm form;
    form.setElementLibrary(&library);
    selectMode(form, Mode::ImageToVideo);
    child<QToolButton>(&form, "advancedToggle")->setChecked(true);
    auto *picker = child<ElementPicker>(&form, "elementPicker");

    // Add through the picker's menu, Beta first: element_list follows the clicks.
    QMenu *menu = picker->addMenu();
    emit menu->aboutToShow();
    QAction *beta = nullptr;
    QAction *alpha = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == QStringLiteral("el_beta"))
            beta = a;
        if (a->data().toString() == QStringLiteral("el_alpha"))
            alpha = a;
    }
    QVERIFY(beta && alpha);
    beta->trigger();
    emit menu->aboutToShow();
    for (QAction *a : menu->actions()) {
        if (a->data().toString() == QStringLiteral("el_beta"))
            QVERIFY(!a->isEnabled()); // already attached
        if (a->data().toString() == QStringLiteral("el_alpha"))
            a->trigger();
    }
    const QList<ElementRef> expected {ElementRef {QStringLiteral("el_beta"), false},
                                      ElementRef {QStringLiteral("el_alpha"), false}};
    QCOMPARE(form.request().elements, expected);
    const auto rows = picker->findChildren<QLabel *>(QStringLiteral("elementText"));
    QStringList rowTexts;
    for (QLabel *l : rows)
        rowTexts << l->text();
    QVERIFY2(rowTexts.contains(QStringLiteral("<<<element_1>>> · Beta")),
             qPrintable(rowTexts.join(u'|')));

    auto *refs = child<ReferenceImagesPanel>(&form, "referenceImages");
    QVERIFY(addLocalFileAndWait(refs, makeImage(QStringLiteral("tok1.png"), 600, 400)));
    QVERIFY(addLocalFileAndWait(refs, makeImage(QStringLiteral("tok2.png"), 600, 400)));

    auto *prompt = child<QPlainTextEdit>(&form, "promptEdit");
    prompt->setPlainText(QStringLiteral("A meets B"));
    prompt->setFocus();
    QTextCursor cursor = prompt->textCursor();
    cursor.setPosition(1); // right after "A"
    prompt->setTextCursor(cursor);

    auto *tokenMenu = child<QMenu>(&form, "insertReferenceMenu");
    emit tokenMenu->aboutToShow();
    QStringList tokens;
    for (QAction *a : tokenMenu->actions())
        tokens << a->data().toString();
    QCOMPARE(tokens,
             (QStringList {QStringLiteral("<<<element_1>>>"), QStringLiteral("<<<element_2>>>"),
                           QStringLiteral("<<<image_1>>>"), QStringLiteral("<<<image_2>>>")}));
    QVERIFY2(tokenMenu->actions().at(1)->text().contains(QStringLiteral("Alpha")),
             qPrintable(tokenMenu->actions().at(1)->text()));
    QVERIFY2(tokenMenu->actions().at(3)->text().contains(QStringLiteral("tok2.png")),
             qPrintable(tokenMenu->actions().at(3)->text()));
    tokenMenu->actions().at(1)->trigger();
    QCOMPARE(prompt->toPlainText(), QStringLiteral("A<<<element_2>>> meets B"));
    tokenMenu->actions().at(3)->trigger(); // inserted where the cursor now is
    QCOMPARE(prompt->toPlainText(), QStringLiteral("A<<<element_2>>><<<image_2>>> meets B"));
    QVERIFY(!child<QLabel>(&form, "promptWarning")->isVisibleTo(&form));

    // Video modes add <<<video_1>>> once a video is set.
    selectMode(form, Mode::ReferenceToVideo);
    QVERIFY(setLocalFileAndWait(child<MediaDropZone>(&form, "videoZone"), kClip720));
    emit tokenMenu->aboutToShow();
    QCOMPARE(tokenMenu->actions().constLast()->data().toString(), QStringLiteral("<<<video_1>>>"));

    // Removing the first element renumbers: Alpha is element_1 now.
    picker->removeAt(0);
    QCOMPARE(form.request().elements,
             (QList<ElementRef> {ElementRef {QStringLiteral("el_alpha"), false}}));
}

void TestGenerationModes::elementLimitsShowValidatorMessage()
{
    ElementLibrary library(m_dir.filePath(QStringLiteral("limit-elements.json")));
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(library.add(
            makeElement(QStringLiteral("el_%1").arg(i), QStringLiteral("E%1").arg(i), i == 4)));
    }
    GenerationForm form;
    form.setElementLibrary(&library);
    selectMode(form, Mode::ImageToVideo);
    child<QPlainTextEdit>(&form, "promptEdit")->setPlainText(QStringLiteral("Go"));
    QVERIFY(setLocalFileAndWait(child<MediaDropZone>(&form, "imageStartZone"),
                                makeImage(QStringLiteral("lim.png"), 800, 800)));
    child<QToolButton>(&form, "advancedToggle")->setChecked(true); // where the picker is
    auto *picker = child<ElementPicker>(&form, "elementPicker");
    for (int i = 1; i <= 4; ++i)
        QVERIFY(picker->addElement(QStringLiteral("el_%1").arg(i)));
    QVERIFY(!generateEnabled(form));
    QCOMPARE(validation(form),
             QStringLiteral("4 elements are attached; with a start frame at most 3 are allowed."));

    // A video-made element with a video input.
    picker->setElements({ElementRef {QStringLiteral("el_4"), true}});
    selectMode(form, Mode::ReferenceToVideo);
    QVERIFY(setLocalFileAndWait(child<MediaDropZone>(&form, "videoZone"), kClip720));
    QVERIFY(!generateEnabled(form));
    QCOMPARE(validation(form),
             QStringLiteral("Element 1 was created from a video; such elements "
                            "cannot be combined with a video input."));
    picker->removeAt(0);
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));
}

void TestGenerationModes::danglingImageTokenWarns()
{
    GenerationForm form;
    selectMode(form, Mode::ImageToVideo);
    auto *refs = child<ReferenceImagesPanel>(&form, "referenceImages");
    QVERIFY(addLocalFileAndWait(refs, makeImage(QStringLiteral("d1.png"), 600, 600)));
    QVERIFY(addLocalFileAndWait(refs, makeImage(QStringLiteral("d2.png"), 600, 600)));
    auto *prompt = child<QPlainTextEdit>(&form, "promptEdit");
    prompt->setPlainText(QStringLiteral("<<<image_2>>> walks past <<<image_3>>>"));
    auto *warning = child<QLabel>(&form, "promptWarning");
    QVERIFY(warning->isVisibleTo(&form));
    QVERIFY2(warning->text().contains(QStringLiteral("<<<image_3>>>"))
                 && !warning->text().contains(QStringLiteral("<<<image_2>>>")),
             qPrintable(warning->text()));
    // A warning, not a block.
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));
    prompt->setPlainText(QStringLiteral("<<<image_2>>> walks past <<<image_1>>>"));
    QVERIFY(!warning->isVisibleTo(&form));
}

void TestGenerationModes::customElementForm()
{
    GenerationForm form;
    selectMode(form, Mode::CustomElement);
    QCOMPARE(credits(form), QStringLiteral("1.00 credits"));
    QCOMPARE(child<QLabel>(&form, "estimateFormula")->text(),
             QStringLiteral("1 credit per element"));
    QVERIFY(!generateEnabled(form));
    QCOMPARE(validation(form).left(38), QStringLiteral("Enter a name for the element (at most "));

    auto *name = child<QLineEdit>(&form, "elementNameEdit");
    auto *description = child<QLineEdit>(&form, "elementDescriptionEdit");
    name->setText(QStringLiteral("A name that is far too long"));
    QCOMPARE(child<QLabel>(&form, "elementNameCounter")->text(), QStringLiteral("27 / 20"));
    QVERIFY2(validation(form).startsWith(QStringLiteral("The element name is 27 characters long; "
                                                        "the limit is 20.")),
             qPrintable(validation(form)));
    QVERIFY(name->property("invalid").toBool());
    name->setText(QStringLiteral("Mia"));
    description->setText(QString(101, QLatin1Char('d')));
    QCOMPARE(child<QLabel>(&form, "elementDescriptionCounter")->text(),
             QStringLiteral("101 / 100"));
    QVERIFY2(validation(form).startsWith(QStringLiteral("The element description is 101 "
                                                        "characters long; the limit is 100.")),
             qPrintable(validation(form)));
    description->setText(QStringLiteral("A woman with short red hair"));
    QVERIFY2(validation(form).startsWith(QStringLiteral("Add a frontal image and 1 to 3 images")),
             qPrintable(validation(form)));

    QVERIFY(setLocalFileAndWait(child<MediaDropZone>(&form, "elementFrontalZone"),
                                makeImage(QStringLiteral("front.png"), 600, 800)));
    QCOMPARE(validation(form),
             QStringLiteral("Add 1 to 3 reference images of the subject from other angles: "
                            "EvoLink needs them as well as the frontal image."));
    auto *angles = child<ReferenceImagesPanel>(&form, "elementAngles");
    QCOMPARE(angles->maxCount(), 3);
    QVERIFY(addLocalFileAndWait(angles, makeImage(QStringLiteral("side.png"), 600, 800)));
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));
    QCOMPARE(credits(form), QStringLiteral("1.00 credits"));

    QSignalSpy generate(&form, &GenerationForm::generateRequested);
    QTest::mouseClick(child<QPushButton>(&form, "generateButton"), Qt::LeftButton);
    QCOMPARE(generate.count(), 1);
    QTRY_VERIFY(generateEnabled(form)); // on again after Generate's short pause
    const auto r = generate.constFirst().constFirst().value<GenerationRequest>();
    QCOMPARE(r.mode, Mode::CustomElement);
    QCOMPARE(r.elementName, QStringLiteral("Mia"));
    QCOMPARE(r.elementDescription, QStringLiteral("A woman with short red hair"));
    QCOMPARE(r.elementFrontal.localPath, m_dir.filePath(QStringLiteral("front.png")));
    QCOMPARE(r.elementAngles.size(), 1);
    QVERIFY(!r.elementUsesVideo());
    QVERIFY(r.prompt.isEmpty());
    QVERIFY(r.elements.isEmpty());

    // From a video instead: the images stay in their slots but are not sent.
    child<QRadioButton>(&form, "elementFromVideo")->setChecked(true);
    QVERIFY(!child<MediaDropZone>(&form, "elementFrontalZone")->isVisibleTo(&form));
    QVERIFY(!generateEnabled(form));
    QVERIFY(setLocalFileAndWait(child<MediaDropZone>(&form, "elementVideoZone"), kClip720));
    QVERIFY2(generateEnabled(form), qPrintable(validation(form)));
    QVERIFY(form.request().elementUsesVideo());
    QVERIFY(!form.request().elementFrontal.isSet());
}

void TestGenerationModes::openInputFileRoutes()
{
    GenerationForm form;
    const QString first = makeImage(QStringLiteral("open1.png"), 900, 600);
    const QString second = makeImage(QStringLiteral("open2.png"), 900, 600);
    QVERIFY(openInputFileAndWait(form, first));
    QCOMPARE(form.request().mode, Mode::ImageToVideo);
    QCOMPARE(form.request().imageStart.localPath, first);
    QVERIFY(openInputFileAndWait(form, second));
    QCOMPARE(form.request().imageStart.localPath, first);
    QCOMPARE(form.request().referenceImages.size(), 1);
    QCOMPARE(form.request().referenceImages.constFirst().localPath, second);

    // A video switches to reference-to-video (I2V has no video slot); images stay.
    QVERIFY(openInputFileAndWait(form, kClip720));
    QCOMPARE(form.request().mode, Mode::ReferenceToVideo);
    QCOMPARE(form.request().video.localPath, kClip720);
    QCOMPARE(form.request().referenceImages.size(), 1);
    auto *notice = child<QLabel>(&form, "inputNotice");
    QVERIFY(!notice->isVisibleTo(&form));

    // Video edit keeps its mode.
    selectMode(form, Mode::VideoEdit);
    QVERIFY(openInputFileAndWait(form, kClip720));
    QCOMPARE(form.request().mode, Mode::VideoEdit);

    // Unusable files: false, and the reason is shown.
    QVERIFY(!openInputFileAndWait(form, kSample360));
    QVERIFY(notice->isVisibleTo(&form));
    QVERIFY2(notice->text().contains(QStringLiteral("640 × 360 px")), qPrintable(notice->text()));
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just words, not media");
    }
    QVERIFY(!openInputFileAndWait(form, text));
    QCOMPARE(notice->text(),
             QStringLiteral("“notes.txt” is neither an image (JPG, PNG, WEBP) nor "
                            "a video (MP4, MOV) by its content."));
    QVERIFY(!openInputFileAndWait(form, m_dir.filePath(QStringLiteral("missing.png"))));
    QVERIFY(notice->text().contains(QStringLiteral("missing.png")));
    // A usable file clears the notice.
    QVERIFY(openInputFileAndWait(form, first));
    QVERIFY(!notice->isVisibleTo(&form));
}

void TestGenerationModes::setRequestRestoresEveryInput()
{
    GenerationRequest r;
    r.mode = Mode::ReferenceToVideo;
    r.prompt = QStringLiteral("Follow <<<video_1>>>");
    r.durationSeconds = 7;
    r.quality = Quality::P1080;
    r.video.localPath = kClip720;
    r.keepOriginalSound = false;
    MediaRef image;
    image.localPath = makeImage(QStringLiteral("restore.png"), 700, 700);
    r.referenceImages = {image};
    r.elements = {ElementRef {QStringLiteral("el_unknown"), false}};
    r.watermark = true;
    r.callbackUrl = QStringLiteral("https://hooks.example.com/kling");

    GenerationForm form;
    form.setRequest(r);
    QVERIFY(child<QWidget>(&form, "advancedPanel")->isVisibleTo(&form));
    const GenerationRequest back = form.request();
    QCOMPARE(back.mode, r.mode);
    QCOMPARE(back.prompt, r.prompt);
    QCOMPARE(back.durationSeconds, 7);
    QCOMPARE(back.quality, Quality::P1080);
    QCOMPARE(back.video.localPath, kClip720);
    // The stored input is checked again on a worker thread; its facts follow.
    QTRY_COMPARE(form.request().video.info.width, 1280);
    QTRY_COMPARE(form.request().referenceImages.value(0).info.width, 700);
    QCOMPARE(back.keepOriginalSound, false);
    QCOMPARE(back.referenceImages.size(), 1);
    QCOMPARE(back.referenceImages.constFirst().localPath, image.localPath);
    QCOMPARE(back.elements, r.elements);
    QCOMPARE(back.watermark, std::optional<bool>(true));
    QCOMPARE(back.callbackUrl, r.callbackUrl);
    // 7 s × 8.1 × 1.334 = 75.6378
    QCOMPARE(credits(form), QStringLiteral("75.64 credits"));

    // A callback to a private address is refused with the validator's message.
    child<QLineEdit>(&form, "callbackEdit")->setText(QStringLiteral("https://192.168.1.4/hook"));
    QVERIFY(!generateEnabled(form));
    QVERIFY2(validation(form).contains(QStringLiteral("192.168.1.4")),
             qPrintable(validation(form)));
    QVERIFY(child<QLineEdit>(&form, "callbackEdit")->property("invalid").toBool());

    // A custom element request round-trips too.
    GenerationRequest el;
    el.mode = Mode::CustomElement;
    el.elementName = QStringLiteral("Rex");
    el.elementDescription = QStringLiteral("A small grey dog");
    el.elementVideo.localPath = kClip720;
    form.setRequest(el);
    QVERIFY(child<QRadioButton>(&form, "elementFromVideo")->isChecked());
    const GenerationRequest elBack = form.request();
    QCOMPARE(elBack.elementName, el.elementName);
    QCOMPARE(elBack.elementVideo.localPath, kClip720);
    QVERIFY(elBack.elementUsesVideo());
    // Enabled once the stored video has been checked again (on a worker thread).
    QTRY_VERIFY2(generateEnabled(form), qPrintable(validation(form)));
}

void TestGenerationModes::elementLibraryDialog()
{
    ElementLibrary library(m_dir.filePath(QStringLiteral("dialog-elements.json")));
    QVERIFY(library.add(makeElement(QStringLiteral("el_one"), QStringLiteral("One"), false)));
    QVERIFY(library.add(makeElement(QStringLiteral("el_two"), QStringLiteral("Two"), true)));
    ElementLibraryDialog dialog(&library);
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        rows << QStringLiteral("%1|%2|%3").arg(item->text(0), item->text(1), item->text(2));
        QVERIFY(!item->icon(0).isNull());
    }
    QVERIFY2(rows.contains(QStringLiteral("Two|el_two|from a video")), qPrintable(rows.join(u',')));
    QVERIFY2(rows.contains(QStringLiteral("One|el_one|from images")), qPrintable(rows.join(u',')));
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(1) == QStringLiteral("el_two"))
            list->setCurrentItem(list->topLevelItem(i));
    }
    QVERIFY(dialog.deleteSelected(false));
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!library.find(QStringLiteral("el_two")));
    QVERIFY(library.find(QStringLiteral("el_one")));
    QSignalSpy create(&dialog, &ElementLibraryDialog::createRequested);
    QTest::mouseClick(child<QPushButton>(&dialog, "createElementButton"), Qt::LeftButton);
    QCOMPARE(create.count(), 1);
}

void TestGenerationModes::languageChangeRetranslatesNewParts()
{
    GenerationForm form;
    selectMode(form, Mode::ReferenceToVideo);
    child<QToolButton>(&form, "advancedToggle")->setChecked(true); // built on first opening
    child<QCheckBox>(&form, "multiShotCheck"); // exists even while hidden
    auto *insert = child<QToolButton>(&form, "insertReferenceButton");
    QCOMPARE(insert->text(), QStringLiteral("Insert reference"));
    FakeTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents();
    QCOMPARE(insert->text(), QStringLiteral("插入引用"));
    QCOMPARE(child<QLabel>(&form, "videoLabel")->text(), QStringLiteral("参考视频"));
    QCOMPARE(child<QPushButton>(&form, "addShotButton")->text(), QStringLiteral("添加镜头"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCoreApplication::processEvents();
    QCOMPARE(insert->text(), QStringLiteral("Insert reference"));
}

void TestGenerationModes::screenshots()
{
    // Set KS_SCREENSHOT_DIR to keep the pictures (run under Xvfb for real fonts).
    const QString dir = qEnvironmentVariable("KS_SCREENSHOT_DIR");
    ElementLibrary library(m_dir.filePath(QStringLiteral("shot-elements.json")));
    QVERIFY(library.add(makeElement(QStringLiteral("el_mia"), QStringLiteral("Mia"), false)));
    GenerationForm form;
    form.setElementLibrary(&library);
    form.resize(400, 1500);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    auto *scroll = child<QScrollArea>(&form, "scrollArea");
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    struct Shot
    {
        Mode mode;
        QString name;
    };
    for (const Shot &shot : {Shot {Mode::TextToVideo, QStringLiteral("t2v")},
                             Shot {Mode::ImageToVideo, QStringLiteral("i2v")},
                             Shot {Mode::ReferenceToVideo, QStringLiteral("ref2v")},
                             Shot {Mode::VideoEdit, QStringLiteral("edit")},
                             Shot {Mode::CustomElement, QStringLiteral("element")}}) {
        selectMode(form, shot.mode);
        auto *prompt = child<QPlainTextEdit>(&form, "promptEdit");
        switch (shot.mode) {
        case Mode::TextToVideo:
            prompt->setPlainText(QStringLiteral("A paper boat drifts down a rainy street"));
            child<QToolButton>(&form, "advancedToggle")->setChecked(true);
            child<QCheckBox>(&form, "multiShotCheck")->setChecked(true);
            child<ShotListEditor>(&form, "shotEditor")->addShot();
            child<ElementPicker>(&form, "elementPicker")->addElement(QStringLiteral("el_mia"));
            break;
        case Mode::ImageToVideo:
            child<QCheckBox>(&form, "multiShotCheck")->setChecked(false);
            child<QToolButton>(&form, "advancedToggle")->setChecked(false);
            setLocalFileAndWait(child<MediaDropZone>(&form, "imageStartZone"),
                                makeImage(QStringLiteral("shot-start.png"), 1280, 720));
            addLocalFileAndWait(child<ReferenceImagesPanel>(&form, "referenceImages"),
                                makeImage(QStringLiteral("shot-ref.png"), 720, 720, Qt::darkGreen));
            prompt->setPlainText(QStringLiteral("<<<element_1>>> walks past <<<image_3>>>"));
            break;
        case Mode::ReferenceToVideo:
            setLocalFileAndWait(child<MediaDropZone>(&form, "videoZone"), kClip720);
            prompt->setPlainText(QStringLiteral("Same camera move as <<<video_1>>>"));
            break;
        case Mode::VideoEdit:
            prompt->setPlainText(QStringLiteral("Make it snow"));
            break;
        case Mode::CustomElement:
            child<QLineEdit>(&form, "elementNameEdit")->setText(QStringLiteral("Mia"));
            break;
        }
        // Built with the first video mode; before that there is no video to wait for.
        auto *video = form.findChild<MediaDropZone *>(QStringLiteral("videoZone"));
        if (video && video->media().isSet() && !video->hasFrameThumbnail()) {
            QSignalSpy thumb(video, &MediaDropZone::thumbnailChanged);
            thumb.wait(4000); // a frame when the codec is there, else the video icon stays
        }
        QCoreApplication::processEvents();
        // Tall enough for the whole content, so nothing is cut off the picture.
        const int height = child<QWidget>(&form, "scrollContents")->sizeHint().height()
            + child<QWidget>(&form, "footerFrame")->sizeHint().height() + 20;
        form.resize(400, qMax(600, height));
        QCoreApplication::processEvents();
        QVERIFY(form.width() >= form.minimumSizeHint().width());
        const QPixmap pixmap = form.grab();
        QVERIFY(!pixmap.isNull());
        if (!dir.isEmpty())
            QVERIFY(pixmap.save(QDir(dir).filePath(QStringLiteral("form-%1.png").arg(shot.name))));
    }
}

QTEST_MAIN(TestGenerationModes)
#include "tst_generationmodes.moc"

#include "form/GenerationForm.h"

#include "core/CostEstimator.h"
#include "core/MoneyText.h"
#include "core/PromptReferences.h"
#include "core/RequestValidator.h"
#include "form/ElementLibraryDialog.h"
#include "form/ElementPicker.h"
#include "form/MediaDropZone.h"
#include "form/ModeAvailability.h"
#include "form/ReferenceImagesPanel.h"
#include "form/ShotListEditor.h"
#include "inputs/InputFileCheck.h"
#include "jobs/ElementLibrary.h"
#include "style/Theme.h"
#include "ui_GenerationForm.h"
#include "widgets/ErrorOutline.h"
#include "widgets/TextLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QRadioButton>
#include <QShortcut>
#include <QStyle>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace ks {

namespace {

// Combo data of "Auto (follow start frame)": no aspect_ratio is sent.
constexpr int kAutoAspect = -1;
// Slot sizes of the playground (API.md §2.2-2.5); the validator checks the combinations.
constexpr int kI2vMaxReferenceImages = 7;
constexpr int kVideoModeMaxInputs = 4;
constexpr int kMaxElementAngles = 3;
constexpr int kMaxElementName = 20;
constexpr int kMaxElementDescription = 100;

// Corner radii of the red ring around an invalid field, close to the fields' own.
constexpr int kLineEditRadius = 3;
constexpr int kPromptEditRadius = 4;

// How long Generate stays off after a click, counted from when the request
// was handed over (and journaled): the rest of a double or triple click, and
// clicks queued while the journal was written, land on a disabled button.
constexpr int kGenerateCooldownMs = 1000;

// First-frame slot: image-to-video only (API.md §2.2).
bool hasFirstFrame(Mode mode)
{
    return mode == Mode::ImageToVideo;
}

// The tone a counter or hint's "level" property ("warn", "error") asks for;
// otherwise its resting tone.
Theme::Tone levelTone(const QWidget *label, Theme::Tone rest)
{
    const QString level = label->property("level").toString();
    if (level == QLatin1String("error"))
        return Theme::Tone::Error;
    if (level == QLatin1String("warn"))
        return Theme::Tone::Warning;
    return rest;
}

// Sets a counter or hint's level (kept as a property for tests) and its colour.
void setLevel(QLabel *label, const QString &level, Theme::Tone rest)
{
    if (label->property("level").toString() == level && label->testAttribute(Qt::WA_SetPalette))
        return;
    label->setProperty("level", level);
    Theme::setTone(label, levelTone(label, rest));
}

QString shortcutText()
{
    return QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
}

} // namespace

class GenerationForm::Private
{
public:
    explicit Private(GenerationForm *q) : q(q) { }

    Mode currentMode() const;
    Quality currentQuality() const;
    std::optional<AspectRatio> currentAspect() const;
    GenerationRequest buildRequest() const;

    void buildExtraUi();
    void ensureForMode(Mode mode);
    void ensureImageStart();
    void ensureImageEnd();
    void ensureVideo();
    void ensureReferences();
    void ensureElement();
    void ensureAdvanced();
    void connectVideoZone(MediaDropZone *zone);
    void applyReferenceLimits();
    void applyAdvancedMode();
    // Values of lazily built controls; their defaults while not built yet.
    QString callbackText() const;
    bool multiShotOn() const;
    QList<ElementRef> chosenElements() const;
    void fillModes();
    void fillAspects();
    // Adapts every control to the mode's facts; `clampNote` says whether a
    // changed duration should be explained (not when a stored request is loaded).
    void applyMode(bool clampNote);
    void applyInputs();
    void refresh();
    void refreshPromptCounter();
    void refreshDuration();
    void refreshEstimate();
    void refreshValidation();
    void refreshWarnings();
    void refreshSettingsNote();
    void refreshElementCounters();
    void refreshAdvancedTitle();
    void refreshMutedPalette();
    void retranslateExtra();
    void retranslateImageEnd();
    void retranslateVideo();
    void retranslateReferences();
    void retranslateElement();
    void retranslateAdvanced();
    void rebuildTokenMenu();
    void insertToken(const QString &token);
    void showNotice(const QString &message);
    void openLibraryDialog();
    ElementLibrary *library();
    void changed();
    void trigger();

    GenerationForm *q;
    Ui::GenerationForm ui;
    CostEstimator estimator;
    double creditsPerUsd = 72.0;
    bool externalEnabled = true;
    QString externalReason;
    QList<Mode> unavailableModes; // the key may not use their models
    bool coolingDown = false; // Generate was just clicked (kGenerateCooldownMs)
    QList<ValidationIssue> issues;
    QList<ValidationIssue> warnings;
    Estimate estimate;
    bool soundWanted = false;
    bool promptTouched = false;
    bool imageTouched = false;
    bool videoTouched = false;
    bool loading = false;
    // openInputFile: files waiting for their check, taken one at a time so
    // they land in the order given; the check under way.
    QStringList pendingInputs;
    QFutureWatcher<InputCheckResult> *inputWatcher = nullptr;
    void checkNextInput();
    bool routeCheckedInput(const InputCheckResult &checked);
    Mode lastMode = Mode::TextToVideo;
    std::optional<bool> watermark; // empty until the user (or a stored request) sets it
    struct ClampNote
    {
        int from;
        int to;
        Mode mode;
    };
    std::optional<ClampNote> clampNote;
    std::optional<Quality> replacedQuality; // a stored quality the form does not offer

    // Built in code (the .ui keeps the original controls).
    QLabel *noticeLabel = nullptr;
    QToolButton *insertRefButton = nullptr;
    QMenu *insertRefMenu = nullptr;
    QLabel *promptWarning = nullptr;
    QLabel *multiShotPromptNote = nullptr;
    QLabel *imageEndLabel = nullptr;
    MediaDropZone *imageStartZone = nullptr;
    MediaDropZone *imageEndZone = nullptr;
    ReferenceImagesPanel *referencePanel = nullptr;
    QWidget *videoSection = nullptr;
    QLabel *videoLabel = nullptr;
    MediaDropZone *videoZone = nullptr;
    QCheckBox *keepSoundCheck = nullptr;
    QWidget *elementSection = nullptr;
    QLabel *elementIntro = nullptr;
    QLabel *elementNameLabel = nullptr;
    QLineEdit *elementNameEdit = nullptr;
    QLabel *elementNameCounter = nullptr;
    QLabel *elementDescriptionLabel = nullptr;
    QLineEdit *elementDescriptionEdit = nullptr;
    QLabel *elementDescriptionCounter = nullptr;
    QLabel *elementSourceLabel = nullptr;
    QRadioButton *elementFromImages = nullptr;
    QRadioButton *elementFromVideo = nullptr;
    QLabel *elementFrontalLabel = nullptr;
    MediaDropZone *elementFrontalZone = nullptr;
    ReferenceImagesPanel *elementAnglesPanel = nullptr;
    QLabel *elementVideoLabel = nullptr;
    MediaDropZone *elementVideoZone = nullptr;
    QLabel *elementVideoNote = nullptr; // §10.1 #3: what the video must show
    QLabel *elementVoiceLabel = nullptr;
    QLineEdit *elementVoiceEdit = nullptr; // §10.1 #4: element_voice_id, video only
    QToolButton *advancedToggle = nullptr;
    QWidget *advancedPanel = nullptr;
    QWidget *multiShotBox = nullptr;
    QCheckBox *multiShotCheck = nullptr;
    ShotListEditor *shotEditor = nullptr;
    bool shotsFollow = false; // until the editor exists
    QWidget *elementsBox = nullptr;
    QLabel *elementsLabel = nullptr;
    ElementPicker *elementPicker = nullptr;
    QCheckBox *watermarkCheck = nullptr;
    QLabel *callbackLabel = nullptr;
    QLineEdit *callbackEdit = nullptr;
    QLabel *callbackHint = nullptr;
    QPointer<QPlainTextEdit> tokenTarget; // the prompt box a token goes into
    QPointer<ElementLibrary> externalLibrary;
    ElementLibrary *ownLibrary = nullptr;
};

Mode GenerationForm::Private::currentMode() const
{
    const QVariant data = ui.modeCombo->currentData();
    return data.isValid() ? Mode(data.toInt()) : Mode::TextToVideo;
}

Quality GenerationForm::Private::currentQuality() const
{
    const QVariant data = ui.qualityCombo->currentData();
    return data.isValid() ? Quality(data.toInt()) : Quality::P720;
}

std::optional<AspectRatio> GenerationForm::Private::currentAspect() const
{
    const QVariant data = ui.aspectCombo->currentData();
    if (!data.isValid())
        return AspectRatio::Wide16x9;
    if (data.toInt() == kAutoAspect)
        return std::nullopt;
    return AspectRatio(data.toInt());
}

GenerationRequest GenerationForm::Private::buildRequest() const
{
    const Mode mode = currentMode();
    GenerationRequest r;
    r.mode = mode;
    r.callbackUrl = callbackText().trimmed();
    if (mode == Mode::CustomElement) {
        if (!elementNameEdit)
            return r;
        r.elementName = elementNameEdit->text();
        r.elementDescription = elementDescriptionEdit->text();
        // Only the chosen source travels: a stale image never hides a chosen video.
        if (elementFromVideo->isChecked()) {
            r.elementVideo = elementVideoZone->media();
            r.elementVoiceId = elementVoiceEdit->text();
        } else {
            r.elementFrontal = elementFrontalZone->media();
            r.elementAngles = elementAnglesPanel->media();
        }
        return r;
    }
    r.prompt = ui.promptEdit->toPlainText();
    if (ModeInfo::durationRange(mode))
        r.durationSeconds = ui.durationSlider->value();
    r.aspectRatio = ModeInfo::hasAspectRatio(mode) ? currentAspect() : std::nullopt;
    r.quality = currentQuality();
    r.sound = ModeInfo::hasSound(mode) && ui.soundCheck->isChecked();
    if (hasFirstFrame(mode)) {
        if (imageStartZone)
            r.imageStart = imageStartZone->media();
        if (imageEndZone)
            r.imageEnd = imageEndZone->media();
    }
    if (mode != Mode::TextToVideo && referencePanel)
        r.referenceImages = referencePanel->media();
    if (ModeInfo::hasVideoInput(mode) && videoZone) {
        r.video = videoZone->media();
        r.keepOriginalSound = keepSoundCheck->isChecked();
    }
    if (ModeInfo::supportsMultiShot(mode) && multiShotOn()) {
        r.multiShot = true;
        r.shots = shotEditor->shots();
    }
    r.elements = chosenElements();
    r.watermark = watermark;
    return r;
}

namespace {

QLabel *makeSectionTitle(QWidget *parent, const char *name)
{
    auto *label = new TextLabel(parent);
    label->setObjectName(QLatin1String(name));
    // Bold, not demi-bold: common CJK fonts have no 600 weight and render it regular.
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel *makeNote(QWidget *parent, const char *name)
{
    auto *label = new TextLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // tokens like <<<image_1>>> are not markup
    label->hide();
    return label;
}

} // namespace

// Only what the first (text-to-video) view shows is built here; the slots of
// the other modes and the collapsed Advanced panel's contents are built on
// first need (ensure*), which keeps them out of the application's start.
void GenerationForm::Private::buildExtraUi()
{
    auto *content = ui.contentLayout;

    // Notice for inputs opened from outside (openInputFile) that could not be used.
    noticeLabel = makeNote(q, "inputNotice");
    Theme::setTone(noticeLabel, Theme::Tone::Error);
    content->insertWidget(content->indexOf(ui.modeCombo) + 1, noticeLabel);

    // Prompt header: insert-token menu next to the counter.
    insertRefButton = new QToolButton(q);
    insertRefButton->setObjectName(QStringLiteral("insertReferenceButton"));
    insertRefButton->setPopupMode(QToolButton::InstantPopup);
    insertRefButton->setAutoRaise(true);
    insertRefMenu = new QMenu(insertRefButton);
    insertRefMenu->setObjectName(QStringLiteral("insertReferenceMenu"));
    insertRefButton->setMenu(insertRefMenu);
    ui.promptHeaderLayout->insertWidget(ui.promptHeaderLayout->indexOf(ui.promptCounter),
                                        insertRefButton);
    promptWarning = makeNote(q, "promptWarning");
    Theme::setTone(promptWarning, Theme::Tone::Warning);
    multiShotPromptNote = makeNote(q, "multiShotPromptNote");
    content->insertWidget(content->indexOf(ui.promptHint) + 1, promptWarning);
    content->insertWidget(content->indexOf(promptWarning) + 1, multiShotPromptNote);

    // Empty holders keep the layout order; their contents come with their mode.
    videoSection = new QWidget(q);
    videoSection->setObjectName(QStringLiteral("videoSection"));
    videoSection->hide();
    auto *videoLayout = new QVBoxLayout(videoSection);
    videoLayout->setContentsMargins(0, 6, 0, 0);
    videoLayout->setSpacing(8);
    content->insertWidget(content->indexOf(ui.imageSection) + 1, videoSection);
    // The reference images panel goes between these two when first needed.
    elementSection = new QWidget(q);
    elementSection->setObjectName(QStringLiteral("elementSection"));
    elementSection->hide();
    auto *elementLayout = new QVBoxLayout(elementSection);
    elementLayout->setContentsMargins(0, 0, 0, 0);
    elementLayout->setSpacing(8);
    content->insertWidget(content->indexOf(videoSection) + 1, elementSection);

    // Advanced (collapsed): multi-shot, elements, watermark, callback URL.
    advancedToggle = new QToolButton(q);
    advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    advancedToggle->setCheckable(true);
    advancedToggle->setChecked(false);
    advancedToggle->setAutoRaise(true);
    advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedToggle->setArrowType(Qt::RightArrow);
    advancedToggle->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    advancedPanel = new QWidget(q);
    advancedPanel->setObjectName(QStringLiteral("advancedPanel"));
    advancedPanel->hide();
    auto *advancedLayout = new QVBoxLayout(advancedPanel);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->setSpacing(8);
    const int settingsAt = content->indexOf(ui.settingsLayout);
    content->insertWidget(settingsAt + 1, advancedToggle);
    content->insertWidget(settingsAt + 2, advancedPanel);
}

void GenerationForm::Private::ensureForMode(Mode mode)
{
    if (hasFirstFrame(mode)) {
        ensureImageStart();
        ensureImageEnd();
    }
    if (ModeInfo::hasVideoInput(mode))
        ensureVideo();
    if (mode != Mode::TextToVideo && mode != Mode::CustomElement)
        ensureReferences();
    if (mode == Mode::CustomElement)
        ensureElement();
}

void GenerationForm::Private::ensureImageStart()
{
    if (imageStartZone)
        return;
    // Image-to-video's start frame, under its title (GenerationForm.ui).
    imageStartZone = new MediaDropZone(ui.imageSection);
    imageStartZone->setObjectName(QStringLiteral("imageStartZone"));
    ui.imageStartLabel->setBuddy(imageStartZone);
    ui.imageSectionLayout->insertWidget(ui.imageSectionLayout->indexOf(ui.imageStartLabel) + 1,
                                        imageStartZone);
    QObject::connect(imageStartZone, &MediaDropZone::mediaChanged, q, [this] {
        if (!loading)
            imageTouched = true;
        refresh();
        emit q->requestChanged();
        fillAspects();
    });
    QObject::connect(imageStartZone, &MediaDropZone::refused, q, [this] {
        // The user tried: from now on a missing first frame is pointed at.
        imageTouched = true;
        refreshValidation();
    });
}

void GenerationForm::Private::ensureImageEnd()
{
    if (imageEndZone)
        return;
    ensureImageStart(); // the end frame goes below it
    // Image-to-video: end frame below the start frame.
    imageEndLabel = makeSectionTitle(ui.imageSection, "imageEndLabel");
    imageEndZone = new MediaDropZone(ui.imageSection);
    imageEndZone->setObjectName(QStringLiteral("imageEndZone"));
    imageEndLabel->setBuddy(imageEndZone);
    ui.imageSectionLayout->addWidget(imageEndLabel);
    ui.imageSectionLayout->addWidget(imageEndZone);
    QObject::connect(imageEndZone, &MediaDropZone::mediaChanged, q, [this] { changed(); });
    retranslateImageEnd();
}

void GenerationForm::Private::ensureVideo()
{
    if (videoZone)
        return;
    // Video modes: the input video and its sound.
    auto *videoLayout = static_cast<QVBoxLayout *>(videoSection->layout());
    videoLabel = makeSectionTitle(videoSection, "videoLabel");
    videoZone = new MediaDropZone(videoSection);
    videoZone->setObjectName(QStringLiteral("videoZone"));
    videoZone->setKind(MediaDropZone::Kind::Video);
    videoLabel->setBuddy(videoZone);
    keepSoundCheck = new QCheckBox(videoSection);
    keepSoundCheck->setObjectName(QStringLiteral("keepSoundCheck"));
    keepSoundCheck->setChecked(true);
    videoLayout->addWidget(videoLabel);
    videoLayout->addWidget(videoZone);
    videoLayout->addWidget(keepSoundCheck);
    connectVideoZone(videoZone);
    QObject::connect(keepSoundCheck, &QAbstractButton::toggled, q, [this] { changed(); });
    retranslateVideo();
}

void GenerationForm::Private::ensureReferences()
{
    if (referencePanel)
        return;
    // Reference images: image-to-video and both video modes share the list.
    referencePanel = new ReferenceImagesPanel(q);
    referencePanel->setObjectName(QStringLiteral("referenceImages"));
    referencePanel->setItemLabelFormat(QStringLiteral("<<<image_%1>>>"));
    referencePanel->setContentsMargins(0, 6, 0, 0);
    referencePanel->hide(); // applyMode shows it in the modes that take it
    ui.contentLayout->insertWidget(ui.contentLayout->indexOf(elementSection), referencePanel);
    applyReferenceLimits();
    QObject::connect(referencePanel, &ReferenceImagesPanel::changed, q, [this] { changed(); });
    retranslateReferences();
}

void GenerationForm::Private::ensureElement()
{
    if (elementNameEdit)
        return;
    // Custom element: name, description, and either images or a video.
    auto *elementLayout = static_cast<QVBoxLayout *>(elementSection->layout());
    elementIntro = makeNote(elementSection, "elementIntro");
    elementIntro->show();
    auto makeCountedLine = [&](QLabel *&label, QLineEdit *&edit, QLabel *&counter,
                               const char *labelName, const char *editName,
                               const char *counterName) {
        auto *header = new QHBoxLayout;
        label = makeSectionTitle(elementSection, labelName);
        counter = new TextLabel(elementSection);
        counter->setObjectName(QLatin1String(counterName));
        counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        header->addWidget(label);
        header->addStretch();
        header->addWidget(counter);
        edit = new QLineEdit(elementSection);
        edit->setObjectName(QLatin1String(editName));
        label->setBuddy(edit);
        elementLayout->addLayout(header);
        elementLayout->addWidget(edit);
    };
    elementLayout->addWidget(elementIntro);
    makeCountedLine(elementNameLabel, elementNameEdit, elementNameCounter, "elementNameLabel",
                    "elementNameEdit", "elementNameCounter");
    makeCountedLine(elementDescriptionLabel, elementDescriptionEdit, elementDescriptionCounter,
                    "elementDescriptionLabel", "elementDescriptionEdit",
                    "elementDescriptionCounter");
    elementSourceLabel = makeSectionTitle(elementSection, "elementSourceLabel");
    elementFromImages = new QRadioButton(elementSection);
    elementFromImages->setObjectName(QStringLiteral("elementFromImages"));
    elementFromImages->setChecked(true);
    elementFromVideo = new QRadioButton(elementSection);
    elementFromVideo->setObjectName(QStringLiteral("elementFromVideo"));
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(elementFromImages);
    sourceRow->addWidget(elementFromVideo);
    sourceRow->addStretch();
    elementFrontalLabel = makeSectionTitle(elementSection, "elementFrontalLabel");
    elementFrontalZone = new MediaDropZone(elementSection);
    elementFrontalZone->setObjectName(QStringLiteral("elementFrontalZone"));
    elementFrontalLabel->setBuddy(elementFrontalZone);
    elementAnglesPanel = new ReferenceImagesPanel(elementSection);
    elementAnglesPanel->setObjectName(QStringLiteral("elementAngles"));
    elementAnglesPanel->setMaxCount(kMaxElementAngles);
    elementVideoLabel = makeSectionTitle(elementSection, "elementVideoLabel");
    elementVideoZone = new MediaDropZone(elementSection);
    elementVideoZone->setObjectName(QStringLiteral("elementVideoZone"));
    elementVideoZone->setKind(MediaDropZone::Kind::Video);
    elementVideoZone->setVideoUse(RequestValidator::VideoUse::Element);
    elementVideoLabel->setBuddy(elementVideoZone);
    elementVideoNote = makeNote(elementSection, "elementVideoNote");
    elementVoiceLabel = makeSectionTitle(elementSection, "elementVoiceLabel");
    elementVoiceEdit = new QLineEdit(elementSection);
    elementVoiceEdit->setObjectName(QStringLiteral("elementVoiceEdit"));
    elementVoiceEdit->setClearButtonEnabled(true);
    elementVoiceLabel->setBuddy(elementVoiceEdit);
    elementLayout->addWidget(elementSourceLabel);
    elementLayout->addLayout(sourceRow);
    elementLayout->addWidget(elementFrontalLabel);
    elementLayout->addWidget(elementFrontalZone);
    elementLayout->addWidget(elementAnglesPanel);
    elementLayout->addWidget(elementVideoLabel);
    elementLayout->addWidget(elementVideoZone);
    elementLayout->addWidget(elementVideoNote);
    elementLayout->addWidget(elementVoiceLabel);
    elementLayout->addWidget(elementVoiceEdit);

    QObject::connect(elementFrontalZone, &MediaDropZone::mediaChanged, q, [this] { changed(); });
    connectVideoZone(elementVideoZone);
    QObject::connect(elementAnglesPanel, &ReferenceImagesPanel::changed, q, [this] { changed(); });
    for (QAbstractButton *button :
         std::initializer_list<QAbstractButton *> {elementFromImages, elementFromVideo})
        QObject::connect(button, &QAbstractButton::toggled, q, [this] { changed(); });
    for (QLineEdit *edit : {elementNameEdit, elementDescriptionEdit, elementVoiceEdit})
        QObject::connect(edit, &QLineEdit::textChanged, q, [this] { changed(); });
    retranslateElement();
    refreshMutedPalette();
}

void GenerationForm::Private::ensureAdvanced()
{
    if (multiShotCheck)
        return;
    auto *advancedLayout = static_cast<QVBoxLayout *>(advancedPanel->layout());
    multiShotBox = new QWidget(advancedPanel);
    auto *multiLayout = new QVBoxLayout(multiShotBox);
    multiLayout->setContentsMargins(0, 0, 0, 0);
    multiShotCheck = new QCheckBox(multiShotBox);
    multiShotCheck->setObjectName(QStringLiteral("multiShotCheck"));
    shotEditor = new ShotListEditor(multiShotBox);
    shotEditor->setObjectName(QStringLiteral("shotEditor"));
    shotEditor->hide();
    multiLayout->addWidget(multiShotCheck);
    multiLayout->addWidget(shotEditor);
    advancedLayout->addWidget(multiShotBox);

    elementsBox = new QWidget(advancedPanel);
    auto *elementsLayout = new QVBoxLayout(elementsBox);
    elementsLayout->setContentsMargins(0, 0, 0, 0);
    elementsLabel = makeSectionTitle(elementsBox, "elementsLabel");
    elementPicker = new ElementPicker(elementsBox);
    elementPicker->setObjectName(QStringLiteral("elementPicker"));
    elementsLayout->addWidget(elementsLabel);
    elementsLayout->addWidget(elementPicker);
    advancedLayout->addWidget(elementsBox);

    watermarkCheck = new QCheckBox(advancedPanel);
    watermarkCheck->setObjectName(QStringLiteral("watermarkCheck"));
    watermarkCheck->setChecked(watermark.value_or(false));
    advancedLayout->addWidget(watermarkCheck);
    callbackLabel = new TextLabel(advancedPanel);
    callbackLabel->setObjectName(QStringLiteral("callbackLabel"));
    callbackEdit = new QLineEdit(advancedPanel);
    callbackEdit->setObjectName(QStringLiteral("callbackEdit"));
    callbackEdit->setPlaceholderText(QStringLiteral("https://"));
    callbackEdit->setClearButtonEnabled(true);
    callbackLabel->setBuddy(callbackEdit);
    callbackHint = makeNote(advancedPanel, "callbackHint");
    callbackHint->show();
    advancedLayout->addWidget(callbackLabel);
    advancedLayout->addWidget(callbackEdit);
    advancedLayout->addWidget(callbackHint);

    elementPicker->setLibrary(library());
    applyAdvancedMode();
    shotEditor->setTotalSeconds(ui.durationSlider->value());
    shotEditor->setFollowsShots(shotsFollow);

    QObject::connect(shotEditor, &ShotListEditor::totalSecondsWanted, q, [this](int seconds) {
        ui.durationSlider->setValue(
            std::clamp(seconds, ui.durationSlider->minimum(), ui.durationSlider->maximum()));
    });
    QObject::connect(multiShotCheck, &QCheckBox::toggled, q, [this](bool on) {
        // A fresh storyboard starts with one shot holding the whole duration.
        if (on && shotEditor->shots().isEmpty())
            shotEditor->addShot();
        else if (on && shotEditor->followsShots())
            ui.durationSlider->setValue(std::clamp(shotEditor->sumSeconds(),
                                                   ui.durationSlider->minimum(),
                                                   ui.durationSlider->maximum()));
        changed();
    });
    QObject::connect(shotEditor, &ShotListEditor::changed, q, [this] { changed(); });
    QObject::connect(elementPicker, &ElementPicker::changed, q, [this] { changed(); });
    QObject::connect(elementPicker, &ElementPicker::manageRequested, q,
                     [this] { openLibraryDialog(); });
    QObject::connect(watermarkCheck, &QCheckBox::toggled, q, [this](bool on) {
        watermark = on;
        changed();
    });
    QObject::connect(callbackEdit, &QLineEdit::textChanged, q, [this] { changed(); });
    retranslateAdvanced();
    refreshMutedPalette();
}

void GenerationForm::Private::connectVideoZone(MediaDropZone *zone)
{
    QObject::connect(zone, &MediaDropZone::mediaChanged, q, [this] {
        if (!loading)
            videoTouched = true;
        changed();
    });
    QObject::connect(zone, &MediaDropZone::refused, q, [this] {
        videoTouched = true;
        refreshValidation();
    });
}

void GenerationForm::Private::applyReferenceLimits()
{
    const Mode mode = currentMode();
    // I2V reference images are JPG/PNG; the video modes also take WEBP (API.md §2.2-2.4).
    referencePanel->setAllowWebp(ModeInfo::hasVideoInput(mode));
    referencePanel->setMaxCount(ModeInfo::hasVideoInput(mode) ? kVideoModeMaxInputs
                                                              : kI2vMaxReferenceImages);
}

void GenerationForm::Private::applyAdvancedMode()
{
    if (!multiShotBox)
        return;
    const Mode mode = currentMode();
    const bool element = mode == Mode::CustomElement;
    multiShotBox->setVisible(ModeInfo::supportsMultiShot(mode));
    elementsBox->setVisible(!element);
    watermarkCheck->setVisible(!element);
}

QString GenerationForm::Private::callbackText() const
{
    return callbackEdit ? callbackEdit->text() : QString();
}

bool GenerationForm::Private::multiShotOn() const
{
    return multiShotCheck && multiShotCheck->isChecked();
}

QList<ElementRef> GenerationForm::Private::chosenElements() const
{
    return elementPicker ? elementPicker->elements() : QList<ElementRef> {};
}

void GenerationForm::Private::fillModes()
{
    const QSignalBlocker blocker(ui.modeCombo);
    if (ui.modeCombo->count() == 0) {
        for (Mode mode : ModeInfo::allModes())
            ui.modeCombo->addItem(ModeInfo::displayName(mode), int(mode));
    } else {
        for (int i = 0; i < ui.modeCombo->count(); ++i)
            ui.modeCombo->setItemText(
                i, ModeInfo::displayName(Mode(ui.modeCombo->itemData(i).toInt())));
    }
    ModeAvailability::apply(ui.modeCombo, unavailableModes);
}

void GenerationForm::Private::fillAspects()
{
    const QSignalBlocker blocker(ui.aspectCombo);
    const QVariant current = ui.aspectCombo->currentData();
    ui.aspectCombo->clear();
    // Following the start frame is only possible when there is one (API.md §2.2).
    if (hasFirstFrame(currentMode()) && imageStartZone && imageStartZone->media().isSet())
        ui.aspectCombo->addItem(GenerationForm::tr("Auto (follow start frame)"), kAutoAspect);
    ui.aspectCombo->addItem(GenerationForm::tr("16:9 · Landscape"), int(AspectRatio::Wide16x9));
    ui.aspectCombo->addItem(GenerationForm::tr("9:16 · Portrait"), int(AspectRatio::Tall9x16));
    ui.aspectCombo->addItem(GenerationForm::tr("1:1 · Square"), int(AspectRatio::Square1x1));
    const int index = current.isValid() ? ui.aspectCombo->findData(current) : -1;
    ui.aspectCombo->setCurrentIndex(
        index >= 0 ? index : ui.aspectCombo->findData(int(AspectRatio::Wide16x9)));
}

void GenerationForm::Private::applyMode(bool withClampNote)
{
    const Mode mode = currentMode();
    const bool element = mode == Mode::CustomElement;
    ensureForMode(mode);

    ui.promptLabel->setVisible(ModeInfo::hasPrompt(mode));
    ui.promptCounter->setVisible(ModeInfo::hasPrompt(mode));
    ui.promptEdit->setVisible(ModeInfo::hasPrompt(mode));
    insertRefButton->setVisible(ModeInfo::hasPrompt(mode));

    ui.imageSection->setVisible(hasFirstFrame(mode));
    videoSection->setVisible(ModeInfo::hasVideoInput(mode));
    if (referencePanel) {
        referencePanel->setVisible(mode != Mode::TextToVideo && !element);
        applyReferenceLimits();
    }
    elementSection->setVisible(element);
    applyAdvancedMode();

    ui.settingsLabel->setVisible(!element);
    // The notes' rows are shown by refreshDuration() and refreshSettingsNote().
    for (QWidget *w :
         {static_cast<QWidget *>(ui.aspectCombo), static_cast<QWidget *>(ui.soundCheck)})
        ui.settingsLayout->setRowVisible(w, !element);

    // Duration: range from the mode; a value outside it is clamped, and said so.
    const std::optional<DurationRange> range = ModeInfo::durationRange(mode);
    ui.settingsLayout->setRowVisible(ui.durationLayout, range.has_value());
    if (range) {
        const QSignalBlocker blocker(ui.durationSlider);
        const int before = ui.durationSlider->value();
        ui.durationSlider->setRange(range->min, range->max);
        const int after = std::clamp(before, range->min, range->max);
        ui.durationSlider->setValue(after);
        if (after != before && withClampNote)
            clampNote = ClampNote {before, after, mode};
        else if (mode != lastMode)
            clampNote.reset();
    } else {
        clampNote.reset();
    }

    // Quality: only what the mode offers; keep the choice when it still exists.
    {
        const QSignalBlocker blocker(ui.qualityCombo);
        const Quality wanted = currentQuality();
        const QList<Quality> qualities = element ? QList<Quality> {} : ModeInfo::qualities(mode);
        ui.qualityCombo->clear();
        for (Quality quality : qualities)
            ui.qualityCombo->addItem(qualityName(quality), int(quality));
        const int index = ui.qualityCombo->findData(int(wanted));
        ui.qualityCombo->setCurrentIndex(index >= 0 ? index : 0);
        ui.settingsLayout->setRowVisible(ui.qualityCombo, !qualities.isEmpty());
    }

    ui.aspectCombo->setEnabled(ModeInfo::hasAspectRatio(mode));
    fillAspects();

    // Sound: remembered while a mode without sound is shown, so switching back restores it.
    {
        const QSignalBlocker blocker(ui.soundCheck);
        const bool sound = ModeInfo::hasSound(mode);
        ui.soundCheck->setEnabled(sound);
        ui.soundCheck->setChecked(sound && soundWanted);
    }

    lastMode = mode;
    retranslateExtra();
}

void GenerationForm::Private::applyInputs()
{
    // Parts of the form that follow what is filled in, not the mode alone.
    if (shotEditor) {
        shotEditor->setVisible(multiShotCheck->isChecked());
        shotEditor->setMaxTotalSeconds(ui.durationSlider->maximum());
        shotEditor->setTotalSeconds(ui.durationSlider->value());
        // While the duration follows the shots, the shots set it, not the slider.
        ui.durationSlider->setEnabled(!(multiShotOn() && shotEditor->followsShots()));
    }
    if (elementFromVideo) {
        const bool fromVideo = elementFromVideo->isChecked();
        elementFrontalLabel->setVisible(!fromVideo);
        elementFrontalZone->setVisible(!fromVideo);
        elementAnglesPanel->setVisible(!fromVideo);
        elementVideoLabel->setVisible(fromVideo);
        elementVideoZone->setVisible(fromVideo);
        elementVideoNote->setVisible(fromVideo);
        elementVoiceLabel->setVisible(fromVideo);
        elementVoiceEdit->setVisible(fromVideo);
    }
    multiShotPromptNote->setVisible(ModeInfo::supportsMultiShot(currentMode()) && multiShotOn());
    // "Auto" exists only while there is a start frame to follow.
    const bool wantAuto =
        hasFirstFrame(currentMode()) && imageStartZone && imageStartZone->media().isSet();
    const bool hasAuto = ui.aspectCombo->findData(kAutoAspect) >= 0;
    if (wantAuto != hasAuto)
        fillAspects();
}

void GenerationForm::Private::refresh()
{
    applyInputs();
    refreshPromptCounter();
    refreshDuration();
    refreshSettingsNote();
    refreshElementCounters();
    refreshAdvancedTitle();
    if (loading)
        return;
    const GenerationRequest request = buildRequest();
    issues = RequestValidator::validate(request);
    warnings = RequestValidator::warnings(request);
    refreshEstimate();
    refreshValidation();
    refreshWarnings();
}

void GenerationForm::Private::changed()
{
    refresh();
    emit q->requestChanged();
}

void GenerationForm::Private::refreshWarnings()
{
    QStringList lines;
    for (const ValidationIssue &warning : std::as_const(warnings))
        lines << warning.message;
    promptWarning->setText(lines.join(QLatin1Char('\n')));
    promptWarning->setVisible(!lines.isEmpty() && currentMode() != Mode::CustomElement);
}

void GenerationForm::Private::refreshElementCounters()
{
    auto counter = [](QLabel *label, const QString &text, int max) {
        const int length = RequestValidator::promptLength(text.trimmed());
        label->setText(GenerationForm::tr("%1 / %2").arg(length).arg(max));
        setLevel(label, length > max ? QStringLiteral("error") : QString(), Theme::Tone::Normal);
    };
    if (!elementNameCounter)
        return;
    counter(elementNameCounter, elementNameEdit->text(), kMaxElementName);
    counter(elementDescriptionCounter, elementDescriptionEdit->text(), kMaxElementDescription);
}

void GenerationForm::Private::refreshAdvancedTitle()
{
    // Collapsed settings that change the request are named in the title, so
    // nothing is sent that the user cannot see.
    const Mode mode = currentMode();
    QStringList active;
    if (ModeInfo::supportsMultiShot(mode) && multiShotOn())
        active << GenerationForm::tr("shots: %1").arg(shotEditor->shots().size());
    if (mode != Mode::CustomElement && !chosenElements().isEmpty())
        active << GenerationForm::tr("elements: %1").arg(chosenElements().size());
    if (mode != Mode::CustomElement && watermark)
        active << (*watermark ? GenerationForm::tr("watermark on")
                              : GenerationForm::tr("watermark off"));
    if (!callbackText().trimmed().isEmpty())
        active << GenerationForm::tr("callback");
    const QString title = active.isEmpty()
        ? GenerationForm::tr("Advanced")
        : GenerationForm::tr("Advanced (%1)").arg(active.join(QStringLiteral(", ")));
    advancedToggle->setText(title);
    advancedToggle->setArrowType(advancedToggle->isChecked() ? Qt::DownArrow : Qt::RightArrow);
}

void GenerationForm::Private::retranslateExtra()
{
    insertRefButton->setText(GenerationForm::tr("Insert reference"));
    insertRefButton->setToolTip(GenerationForm::tr(
        "Insert <<<image_N>>>, <<<element_N>>> or <<<video_1>>> at the cursor, numbered as "
        "the request sends them"));
    ui.imageStartLabel->setText(GenerationForm::tr("Start frame"));
    // Video edit may be sent without a prompt (API.md §10.1 #7).
    // The plain label is the Designer form's own string (context GenerationForm).
    ui.promptLabel->setText(ModeInfo::promptOptional(currentMode())
                                ? GenerationForm::tr("Prompt (optional)")
                                : QCoreApplication::translate("GenerationForm", "Prompt"));
    multiShotPromptNote->setText(GenerationForm::tr(
        "Multi-shot is on: the prompt above is not sent; each shot's prompt is used instead."));
    retranslateImageEnd();
    retranslateVideo();
    retranslateReferences();
    retranslateElement();
    retranslateAdvanced();
    refreshAdvancedTitle();
}

void GenerationForm::Private::retranslateImageEnd()
{
    if (!imageEndZone)
        return;
    imageEndLabel->setText(GenerationForm::tr("End frame (optional, needs a start frame)"));
    imageEndZone->setAccessibleName(GenerationForm::tr("End frame"));
}

void GenerationForm::Private::retranslateVideo()
{
    if (!videoZone)
        return;
    // Video edit takes inputs of 3 to 10 s (API.md §10.1 #8).
    videoLabel->setText(currentMode() == Mode::VideoEdit
                            ? GenerationForm::tr("Video to edit (3 to 10 s)")
                            : GenerationForm::tr("Reference video"));
    videoZone->setAccessibleName(videoLabel->text());
    keepSoundCheck->setText(GenerationForm::tr("Keep the video's original sound"));
    keepSoundCheck->setToolTip(GenerationForm::tr("keep_original_sound: the result keeps the "
                                                  "audio of the input video"));
}

void GenerationForm::Private::retranslateReferences()
{
    if (!referencePanel)
        return;
    referencePanel->setTitle(GenerationForm::tr("Reference images"));
    referencePanel->setHint(
        currentMode() == Mode::ImageToVideo
            ? GenerationForm::tr("Style, scene or subject references (not frames); the prompt "
                                 "names them <<<image_1>>>, <<<image_2>>>… in this order. Not "
                                 "combinable with an end frame.")
            : GenerationForm::tr("Style, scene or subject references; the prompt names them "
                                 "<<<image_1>>>, <<<image_2>>>… in this order. Images and "
                                 "elements together: at most 4."));
}

void GenerationForm::Private::retranslateElement()
{
    if (!elementNameEdit)
        return;
    elementIntro->setText(GenerationForm::tr(
        "A custom element is a reusable subject (a person, a character, a product). It takes "
        "about 10 minutes, costs 1 credit, and then appears in your element library for "
        "every mode."));
    elementNameLabel->setText(GenerationForm::tr("Name"));
    elementNameEdit->setPlaceholderText(GenerationForm::tr("Up to 20 characters"));
    elementDescriptionLabel->setText(GenerationForm::tr("Description"));
    elementDescriptionEdit->setPlaceholderText(
        GenerationForm::tr("Who or what it is, up to 100 characters"));
    elementSourceLabel->setText(GenerationForm::tr("Made from"));
    elementFromImages->setText(GenerationForm::tr("Images"));
    elementFromVideo->setText(GenerationForm::tr("A video"));
    elementFromVideo->setToolTip(GenerationForm::tr(
        "Elements made from a video cannot be used with reference-to-video or video edit."));
    elementFrontalLabel->setText(GenerationForm::tr("Frontal image"));
    elementFrontalZone->setAccessibleName(elementFrontalLabel->text());
    elementAnglesPanel->setTitle(GenerationForm::tr("Other angles (1 to 3)"));
    elementAnglesPanel->setHint(GenerationForm::tr(
        "Required, like the frontal image: EvoLink makes no element from images without both."));
    elementVideoLabel->setText(GenerationForm::tr("Video of the subject"));
    elementVideoZone->setAccessibleName(elementVideoLabel->text());
    elementVideoNote->setText(GenerationForm::tr(
        "At most 8 s long and 720 to 2160 px wide. One person, face clearly visible (not turned "
        "away, covered or tiny), and the same character from start to end: no cut to someone "
        "else."));
    elementVoiceLabel->setText(GenerationForm::tr("Voice ID (optional)"));
    elementVoiceEdit->setPlaceholderText(GenerationForm::tr("For example 829824295735410756"));
    elementVoiceEdit->setToolTip(GenerationForm::tr(
        "The voice the element speaks with in the videos that use it. Only for an element made "
        "from a video; leave empty for none."));
    elementVoiceEdit->setAccessibleName(elementVoiceLabel->text());
}

void GenerationForm::Private::retranslateAdvanced()
{
    if (!multiShotCheck)
        return;
    multiShotCheck->setText(GenerationForm::tr("Multi-shot storyboard"));
    multiShotCheck->setToolTip(GenerationForm::tr(
        "Up to 6 shots, each with its own prompt and length; the lengths add up to the "
        "duration"));
    elementsLabel->setText(GenerationForm::tr("Elements"));
    watermarkCheck->setText(GenerationForm::tr("Add a watermark"));
    watermarkCheck->setToolTip(
        GenerationForm::tr("watermark_info.enabled; left untouched, the service default applies"));
    callbackLabel->setText(GenerationForm::tr("Callback URL (optional)"));
    callbackHint->setText(GenerationForm::tr(
        "EvoLink posts the finished task here; public https only. The app polls either way."));
}

void GenerationForm::Private::rebuildTokenMenu()
{
    insertRefMenu->clear();
    const GenerationRequest request = buildRequest();
    const QList<AvailableReference> refs = PromptReferences::available(request);
    for (const AvailableReference &ref : refs) {
        QString what;
        switch (ref.kind) {
        case ReferenceKind::Element: {
            const std::optional<Element> element =
                library() ? library()->find(ref.source) : std::nullopt;
            what = GenerationForm::tr("element %1").arg(element ? element->name : ref.source);
            break;
        }
        case ReferenceKind::Image:
            what = GenerationForm::tr("image %1").arg(QFileInfo(ref.source).fileName());
            break;
        case ReferenceKind::Video:
            what = GenerationForm::tr("video %1").arg(QFileInfo(ref.source).fileName());
            break;
        }
        QAction *action =
            insertRefMenu->addAction(QStringLiteral("%1  —  %2").arg(ref.token, what));
        action->setData(ref.token);
        const QString token = ref.token;
        QObject::connect(action, &QAction::triggered, q, [this, token] { insertToken(token); });
    }
    if (refs.isEmpty()) {
        QAction *none = insertRefMenu->addAction(GenerationForm::tr(
            "Nothing to refer to yet: add reference images, a video or elements."));
        none->setEnabled(false);
    }
}

void GenerationForm::Private::insertToken(const QString &token)
{
    QPlainTextEdit *target =
        tokenTarget && tokenTarget->isVisible() ? tokenTarget.data() : ui.promptEdit;
    target->textCursor().insertText(token);
    target->setFocus();
}

void GenerationForm::Private::showNotice(const QString &message)
{
    noticeLabel->setText(message);
    noticeLabel->setVisible(!message.isEmpty());
}

ElementLibrary *GenerationForm::Private::library()
{
    if (externalLibrary)
        return externalLibrary;
    // Standalone form (tests, no backend): the library file of the data dir.
    if (!ownLibrary)
        ownLibrary = new ElementLibrary(QString(), q);
    return ownLibrary;
}

void GenerationForm::Private::openLibraryDialog()
{
    ElementLibraryDialog dialog(library(), q);
    QObject::connect(&dialog, &ElementLibraryDialog::createRequested, q, [this] {
        const int index = ui.modeCombo->findData(int(Mode::CustomElement));
        if (index >= 0)
            ui.modeCombo->setCurrentIndex(index);
    });
    dialog.exec();
}

void GenerationForm::Private::refreshPromptCounter()
{
    const int length = RequestValidator::promptLength(ui.promptEdit->toPlainText());
    const int max = RequestValidator::kMaxPromptChars;
    const int hint = RequestValidator::kPromptHintChars;
    ui.promptCounter->setText(GenerationForm::tr("%1 / %2").arg(length).arg(max));
    // As wide as four digits from the start, so "Insert reference" beside it
    // does not move while the prompt grows.
    ui.promptCounter->setMinimumWidth(ui.promptCounter->fontMetrics().horizontalAdvance(
                                          GenerationForm::tr("%1 / %2").arg(8888).arg(max))
                                      + 2);
    QString level;
    if (length > max) {
        level = QStringLiteral("error");
        ui.promptHint->setText(
            GenerationForm::tr("%1 over the limit of %2 characters: shorten the prompt.")
                .arg(length - max)
                .arg(max));
    } else if (length > hint) {
        level = QStringLiteral("warn");
        ui.promptHint->setText(
            GenerationForm::tr("Long prompt: %1 left before the limit of %2 characters.")
                .arg(max - length)
                .arg(max));
    }
    ui.promptHint->setVisible(!level.isEmpty() && ModeInfo::hasPrompt(currentMode()));
    setLevel(ui.promptCounter, level, Theme::Tone::Normal);
    setLevel(ui.promptHint, level, Theme::Tone::Normal);
}

void GenerationForm::Private::refreshDuration()
{
    ui.durationValue->setText(GenerationForm::tr("%1 s").arg(ui.durationSlider->value()));
    // Wide enough for the longest value in the current language, so the slider
    // does not jump while it is dragged.
    const QFontMetrics fm(ui.durationValue->font());
    ui.durationValue->setMinimumWidth(
        fm.horizontalAdvance(GenerationForm::tr("%1 s").arg(ui.durationSlider->maximum())) + 2);

    const Mode mode = currentMode();
    const std::optional<DurationRange> range = ModeInfo::durationRange(mode);
    QString note;
    if (mode == Mode::CustomElement) {
        note.clear();
    } else if (!range) {
        const MediaRef video = videoZone ? videoZone->media() : MediaRef {};
        const double seconds = video.info.durationSeconds;
        if (video.isSet() && seconds > 0) {
            note = GenerationForm::tr("The length comes from the input video: %1 s, billed as %2 s "
                                      "(rounded up).")
                       .arg(QLocale().toString(seconds, 'f', 1))
                       .arg(int(std::ceil(seconds - 1e-6)));
        } else {
            note = GenerationForm::tr("%1 takes its length from the input video.")
                       .arg(ModeInfo::displayName(mode));
        }
    } else if (clampNote && clampNote->mode == mode) {
        note = GenerationForm::tr("Duration changed from %1 s to %2 s: %3 allows %4–%5 s.")
                   .arg(clampNote->from)
                   .arg(clampNote->to)
                   .arg(ModeInfo::displayName(mode))
                   .arg(range->min)
                   .arg(range->max);
    }
    ui.durationNote->setText(note);
    // The row, not just the label: a label shown in a hidden form-layout row
    // gets no place and paints over its neighbours.
    ui.settingsLayout->setRowVisible(ui.durationNote, !note.isEmpty());
    if (range) {
        ui.durationSlider->setToolTip(GenerationForm::tr("%1 to %2 seconds; billed per second")
                                          .arg(range->min)
                                          .arg(range->max));
    }
}

void GenerationForm::Private::refreshSettingsNote()
{
    const Mode mode = currentMode();
    QStringList notes;
    if (!ModeInfo::hasSound(mode)) {
        const QString reason = ModeInfo::hasVideoInput(mode)
            ? GenerationForm::tr("Sound is off when a video is an input; keep the video's own "
                                 "sound instead.")
            : GenerationForm::tr("%1 has no sound option.").arg(ModeInfo::displayName(mode));
        notes << reason;
        ui.soundCheck->setToolTip(reason);
    } else {
        ui.soundCheck->setToolTip(
            GenerationForm::tr("Adds generated audio; costs more per second"));
    }
    if (!ModeInfo::hasAspectRatio(mode)) {
        const QString reason = GenerationForm::tr("%1 keeps the aspect ratio of its input.")
                                   .arg(ModeInfo::displayName(mode));
        notes << reason;
        ui.aspectCombo->setToolTip(reason);
    } else {
        ui.aspectCombo->setToolTip(QString());
    }
    if (replacedQuality) {
        notes << GenerationForm::tr("%1 is not offered; %2 is used instead.")
                     .arg(qualityName(*replacedQuality), qualityName(currentQuality()));
    }
    ui.settingsNote->setText(notes.join(QLatin1Char('\n')));
    // Custom element shows none of these settings, so none of their notes;
    // the row, not the label (see refreshDuration()).
    ui.settingsLayout->setRowVisible(ui.settingsNote,
                                     !notes.isEmpty() && mode != Mode::CustomElement);
}

void GenerationForm::Private::refreshEstimate()
{
    estimate = estimator.estimate(buildRequest());
    if (!estimate.valid) {
        ui.estimateCredits->setText(GenerationForm::tr("— credits"));
        ui.estimateCredits->setToolTip(QString());
        ui.estimateUsd->clear();
        ui.estimateFormula->setText(GenerationForm::tr("No price is known for these settings."));
        ui.estimateDriver->clear();
        ui.estimateDriver->hide();
        return;
    }
    // Two decimals shown, the exact figure in the tooltip (MoneyText).
    ui.estimateCredits->setText(
        GenerationForm::tr("%1 credits").arg(MoneyText::creditsUc(estimate.totalUc)));
    ui.estimateCredits->setToolTip(MoneyText::creditsToolTipUc(estimate.totalUc));
    if (creditsPerUsd > 0) {
        const double usd = estimate.usd(creditsPerUsd);
        ui.estimateUsd->setText(GenerationForm::tr("≈ %1").arg(MoneyText::usd(usd)));
        ui.estimateUsd->setToolTip(
            GenerationForm::tr("About %1, at %2 credits per US dollar. Credits are what is billed.")
                .arg(MoneyText::exactUsd(usd), QLocale().toString(creditsPerUsd)));
        ui.estimateUsd->show();
    } else {
        ui.estimateUsd->clear();
        ui.estimateUsd->hide();
    }
    ui.estimateFormula->setText(estimate.formula);
    ui.estimateDriver->setText(estimate.driver.isEmpty()
                                   ? QString()
                                   : GenerationForm::tr("Price set by: %1").arg(estimate.driver));
    ui.estimateDriver->setVisible(!estimate.driver.isEmpty());
}

bool GenerationForm::shotsFollowDuration() const
{
    return d->shotEditor ? d->shotEditor->followsShots() : d->shotsFollow;
}

void GenerationForm::setShotsFollowDuration(bool on)
{
    d->shotsFollow = on;
    if (d->shotEditor)
        d->shotEditor->setFollowsShots(on);
}

void GenerationForm::Private::refreshValidation()
{
    QString message;
    QStringList all;
    // A mode the key may not use: nothing else in the form can fix that.
    const bool modeLocked = unavailableModes.contains(currentMode());
    if (modeLocked)
        all << ModeAvailability::reason(currentMode());
    for (const ValidationIssue &issue : std::as_const(issues))
        all << issue.message;
    if (modeLocked) {
        message = all.first();
    } else if (!issues.isEmpty()) {
        // Every reason, in order; the tooltip repeats them one a line for a short box.
        message = all.join(QLatin1Char(' ')); // each reason is a sentence
    } else if (!externalEnabled) {
        message = externalReason.isEmpty()
            ? GenerationForm::tr("Generation is not available right now.")
            : externalReason;
        all << message;
    }
    ui.validationLabel->setText(message);
    ui.validationLabel->setToolTip(all.join(QLatin1Char('\n')));
    ui.validationLabel->setVisible(!message.isEmpty());

    const bool enabled = issues.isEmpty() && externalEnabled && !modeLocked;
    ui.generateButton->setEnabled(enabled && !coolingDown);
    ui.generateButton->setToolTip(
        enabled ? GenerationForm::tr("Start the generation (%1)").arg(shortcutText())
                : GenerationForm::tr("%1\nGenerate: %2").arg(message, shortcutText()));

    // Point at the offending fields, but not at ones the user has not reached yet.
    bool promptBad = false;
    bool imageBad = false;
    bool endBad = false;
    bool videoBad = false;
    bool callbackBad = false;
    bool nameBad = false;
    bool descriptionBad = false;
    for (const ValidationIssue &issue : std::as_const(issues)) {
        promptBad |= issue.field == Field::Prompt;
        imageBad |= issue.field == Field::ImageStart;
        endBad |= issue.field == Field::ImageEnd;
        videoBad |= issue.field == Field::Video;
        callbackBad |= issue.field == Field::CallbackUrl;
        nameBad |= issue.field == Field::ElementName;
        descriptionBad |= issue.field == Field::ElementDescription;
    }
    if (imageEndZone)
        imageEndZone->setInvalid(endBad && imageEndZone->media().isSet());
    if (videoZone)
        videoZone->setInvalid(videoBad && videoTouched);
    if (callbackEdit)
        ErrorOutline::setShown(callbackEdit, callbackBad, kLineEditRadius);
    if (elementNameEdit) {
        ErrorOutline::setShown(elementNameEdit, nameBad && !elementNameEdit->text().isEmpty(),
                               kLineEditRadius);
        ErrorOutline::setShown(elementDescriptionEdit,
                               descriptionBad && !elementDescriptionEdit->text().isEmpty(),
                               kLineEditRadius);
    }
    const bool promptTooLong = RequestValidator::promptLength(ui.promptEdit->toPlainText())
        > RequestValidator::kMaxPromptChars;
    ErrorOutline::setShown(ui.promptEdit, promptBad && (promptTouched || promptTooLong),
                           kPromptEditRadius);
    if (imageStartZone)
        imageStartZone->setInvalid(imageBad && imageTouched);
}

void GenerationForm::Private::refreshMutedPalette()
{
    // Secondary text, in light and dark themes. The character counters stay
    // in the text colour at rest (setLevel), where they have always been.
    for (QLabel *label : std::initializer_list<QLabel *> {
             ui.estimateCaption, ui.estimateFormula, ui.estimateDriver, ui.durationNote,
             ui.settingsNote, ui.estimateUsd, multiShotPromptNote, elementIntro, callbackHint}) {
        if (label) // lazily built parts get it when they are built
            Theme::setTone(label, Theme::Tone::Muted);
    }
}

void GenerationForm::Private::trigger()
{
    if (!ui.generateButton->isEnabled() || coolingDown)
        return;
    // Off from the click on: the request is journaled before the signal
    // returns, and the clicks that follow (or were queued meanwhile) must
    // not hand it over again.
    coolingDown = true;
    const bool hadFocus = ui.generateButton->hasFocus();
    ui.generateButton->setEnabled(false);
    // Disabling a focused button moves the focus on; it comes back after the
    // pause unless something else took it meanwhile.
    const QPointer<QWidget> focusMovedTo = hadFocus ? QApplication::focusWidget() : nullptr;
    QPointer<GenerationForm> form(q);
    emit q->generateRequested(buildRequest());
    if (!form)
        return;
    // Counted from here, so a slow journal write does not shorten it.
    QTimer::singleShot(kGenerateCooldownMs, q, [this, hadFocus, focusMovedTo] {
        coolingDown = false;
        refreshValidation();
        if (hadFocus && ui.generateButton->isEnabled()
            && QApplication::focusWidget() == focusMovedTo.data())
            ui.generateButton->setFocus(Qt::OtherFocusReason);
    });
}

GenerationForm::GenerationForm(QWidget *parent) : QWidget(parent), d(new Private(this))
{
    // The style sheet goes on first: set afterwards, it would re-polish every
    // child that setupUi() just created.
    d->ui.setupUi(this);
    d->buildExtraUi();

    QFont creditsFont = d->ui.estimateCredits->font();
    creditsFont.setPointSizeF(creditsFont.pointSizeF() * 1.9);
    creditsFont.setWeight(QFont::Bold);
    d->ui.estimateCredits->setFont(creditsFont);
    // The dollar figure keeps the base font: a size of its own would be one
    // more font engine to load before the first paint (about 0.4 ms).
    QFont smallFont = d->ui.estimateFormula->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.92);
    d->ui.estimateFormula->setFont(smallFont);
    d->ui.estimateDriver->setFont(smallFont);
    QFont buttonFont = d->ui.generateButton->font();
    // The history header's size: one font engine less to load at start.
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.15);
    d->ui.generateButton->setFont(buttonFont);
    d->refreshMutedPalette();

    d->fillModes();
    d->fillAspects();
    d->ui.modeCombo->setCurrentIndex(0);
    d->applyMode(false);

    connect(d->ui.modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        d->applyMode(true);
        d->refresh();
        emit requestChanged();
    });
    connect(d->ui.promptEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!d->loading)
            d->promptTouched = true;
        d->refresh();
        emit requestChanged();
    });
    connect(d->ui.durationSlider, &QSlider::valueChanged, this, [this] {
        // A note about an automatic clamp is stale once the user picks a value.
        if (d->ui.durationSlider->isSliderDown() || d->ui.durationSlider->hasFocus())
            d->clampNote.reset();
        d->refresh();
        emit requestChanged();
    });
    connect(d->ui.aspectCombo, &QComboBox::currentIndexChanged, this, [this] {
        d->refresh();
        emit requestChanged();
    });
    connect(d->ui.qualityCombo, &QComboBox::currentIndexChanged, this, [this] {
        d->replacedQuality.reset();
        d->refresh();
        emit requestChanged();
    });
    connect(d->ui.soundCheck, &QCheckBox::toggled, this, [this](bool on) {
        d->soundWanted = on;
        d->refresh();
        emit requestChanged();
    });
    // The slots, panels and Advanced controls connect when they are built (ensure*).
    connect(d->advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        if (open)
            d->ensureAdvanced();
        d->advancedPanel->setVisible(open);
        d->refreshAdvancedTitle();
    });
    connect(d->insertRefMenu, &QMenu::aboutToShow, this, [this] { d->rebuildTokenMenu(); });
    // Tokens go into the prompt box the user was last in (main prompt or a shot).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        auto *edit = qobject_cast<QPlainTextEdit *>(now);
        if (edit
            && (edit == d->ui.promptEdit || (d->shotEditor && d->shotEditor->isAncestorOf(edit))))
            d->tokenTarget = edit;
    });
    connect(d->ui.generateButton, &QPushButton::clicked, this, [this] { d->trigger(); });

    // Window-wide: Ctrl+Enter generates wherever the focus is in the main window.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        shortcut->setWhatsThis(tr("Generate")); // listed in Help → Keyboard Shortcuts
        connect(shortcut, &QShortcut::activated, this, [this] { d->trigger(); });
    }

    d->refresh();
}

GenerationForm::~GenerationForm()
{
    delete d;
}

GenerationRequest GenerationForm::request() const
{
    return d->buildRequest();
}

void GenerationForm::setRequest(const GenerationRequest &request)
{
    d->loading = true;

    int modeIndex = d->ui.modeCombo->findData(int(request.mode));
    {
        const QSignalBlocker blocker(d->ui.modeCombo);
        d->ui.modeCombo->setCurrentIndex(modeIndex >= 0 ? modeIndex : 0);
    }
    d->soundWanted = request.sound;
    // Build what the request fills in or its mode shows; what stays unbuilt
    // already holds the request's (default) values.
    d->ensureForMode(request.mode);
    if (!request.referenceImages.isEmpty())
        d->ensureReferences();
    if (!request.keepOriginalSound)
        d->ensureVideo();
    if (request.elementUsesVideo() || !request.elementName.isEmpty()
        || !request.elementDescription.isEmpty())
        d->ensureElement();
    if (request.multiShot || !request.shots.isEmpty() || !request.elements.isEmpty()
        || request.watermark.has_value() || !request.callbackUrl.isEmpty())
        d->ensureAdvanced();
    // Inputs first: the aspect list and the visible slots depend on them.
    {
        const QSignalBlocker b1(d->imageStartZone);
        const QSignalBlocker b2(d->imageEndZone);
        const QSignalBlocker b3(d->videoZone);
        const QSignalBlocker b4(d->elementFrontalZone);
        const QSignalBlocker b5(d->elementVideoZone);
        const QSignalBlocker b6(d->referencePanel);
        const QSignalBlocker b7(d->elementAnglesPanel);
        auto load = [](MediaDropZone *zone, const MediaRef &media) {
            if (media.isSet())
                zone->setMedia(media);
            else
                zone->clear();
        };
        const bool i2v = hasFirstFrame(request.mode);
        if (d->imageStartZone)
            load(d->imageStartZone, i2v ? request.imageStart : MediaRef {});
        if (d->imageEndZone)
            load(d->imageEndZone, i2v ? request.imageEnd : MediaRef {});
        if (d->videoZone) {
            load(d->videoZone, ModeInfo::hasVideoInput(request.mode) ? request.video : MediaRef {});
        }
        if (d->referencePanel)
            d->referencePanel->setMedia(request.referenceImages);
        if (d->elementNameEdit) {
            const bool element = request.mode == Mode::CustomElement;
            load(d->elementFrontalZone, element ? request.elementFrontal : MediaRef {});
            d->elementAnglesPanel->setMedia(element ? request.elementAngles : QList<MediaRef> {});
            load(d->elementVideoZone, element ? request.elementVideo : MediaRef {});
        }
    }
    {
        const QSignalBlocker b1(d->keepSoundCheck);
        const QSignalBlocker b2(d->elementFromImages);
        const QSignalBlocker b3(d->elementFromVideo);
        const QSignalBlocker b4(d->multiShotCheck);
        const QSignalBlocker b5(d->shotEditor);
        const QSignalBlocker b6(d->elementPicker);
        const QSignalBlocker b7(d->watermarkCheck);
        const QSignalBlocker b8(d->callbackEdit);
        const QSignalBlocker b9(d->elementNameEdit);
        const QSignalBlocker b10(d->elementDescriptionEdit);
        const QSignalBlocker b11(d->elementVoiceEdit);
        if (d->keepSoundCheck)
            d->keepSoundCheck->setChecked(request.keepOriginalSound);
        if (d->elementNameEdit) {
            d->elementFromVideo->setChecked(request.elementUsesVideo());
            d->elementFromImages->setChecked(!request.elementUsesVideo());
            d->elementNameEdit->setText(request.elementName);
            d->elementDescriptionEdit->setText(request.elementDescription);
            d->elementVoiceEdit->setText(request.elementVoiceId);
        }
        d->watermark = request.watermark;
        if (d->multiShotCheck) {
            d->multiShotCheck->setChecked(request.multiShot);
            d->shotEditor->setShots(request.shots);
            d->elementPicker->setElements(request.elements);
            d->watermarkCheck->setChecked(request.watermark.value_or(false));
            d->callbackEdit->setText(request.callbackUrl);
        }
    }
    d->applyMode(false);
    {
        const QSignalBlocker blocker(d->ui.durationSlider);
        if (const auto range = ModeInfo::durationRange(request.mode)) {
            const int clamped = std::clamp(request.durationSeconds, range->min, range->max);
            d->ui.durationSlider->setValue(clamped);
            if (clamped != request.durationSeconds)
                d->clampNote = Private::ClampNote {request.durationSeconds, clamped, request.mode};
            else
                d->clampNote.reset();
        }
    }
    {
        const QSignalBlocker blocker(d->ui.aspectCombo);
        const int wanted = request.aspectRatio ? int(*request.aspectRatio) : kAutoAspect;
        int index = d->ui.aspectCombo->findData(wanted);
        if (index < 0)
            index = d->ui.aspectCombo->findData(int(AspectRatio::Wide16x9));
        d->ui.aspectCombo->setCurrentIndex(index);
    }
    {
        const QSignalBlocker blocker(d->ui.qualityCombo);
        const int index = d->ui.qualityCombo->findData(int(request.quality));
        d->ui.qualityCombo->setCurrentIndex(index >= 0 ? index : 0);
        d->replacedQuality = index >= 0 || d->ui.qualityCombo->count() == 0
            ? std::nullopt
            : std::optional<Quality>(request.quality);
    }
    {
        const QSignalBlocker blocker(d->ui.soundCheck);
        d->ui.soundCheck->setChecked(ModeInfo::hasSound(request.mode) && request.sound);
    }
    {
        const QSignalBlocker blocker(d->ui.promptEdit);
        d->ui.promptEdit->setPlainText(request.prompt);
    }
    // Stored advanced settings are shown, not hidden behind the fold.
    const bool advanced = request.multiShot || !request.elements.isEmpty()
        || request.watermark.has_value() || !request.callbackUrl.isEmpty();
    if (advanced)
        d->advancedToggle->setChecked(true);
    d->showNotice(QString());
    d->promptTouched = false;
    d->imageTouched = false;
    d->videoTouched = false;
    d->loading = false;
    d->refresh();
    emit requestChanged();
}

bool GenerationForm::openInputFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists() || fi.isDir()) {
        d->showNotice(
            tr("“%1” is not a file that can be read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    d->pendingInputs.append(fi.absoluteFilePath());
    if (!d->inputWatcher)
        d->checkNextInput();
    return true;
}

void GenerationForm::Private::checkNextInput()
{
    if (pendingInputs.isEmpty())
        return;
    inputWatcher = new QFutureWatcher<InputCheckResult>(q);
    QObject::connect(inputWatcher, &QFutureWatcherBase::finished, q, [this] {
        const InputCheckResult checked = inputWatcher->result();
        inputWatcher->deleteLater();
        inputWatcher = nullptr;
        pendingInputs.removeFirst();
        const bool accepted = routeCheckedInput(checked);
        emit q->inputFileOpened(checked.path, accepted);
        checkNextInput();
    });
    const qreal dpr = q->devicePixelRatioF();
    inputWatcher->setFuture(
        InputFileCheck::start(pendingInputs.first(),
                              QSize(int(MediaDropZone::kThumbnailWidth * dpr),
                                    int(MediaDropZone::kThumbnailHeight * dpr))));
}

bool GenerationForm::Private::routeCheckedInput(const InputCheckResult &checked)
{
    const QFileInfo fi(checked.path);
    const MediaInfo &info = checked.info;
    auto fail = [this](const QString &message) {
        showNotice(message);
        return false;
    };
    if (!info.probed)
        return fail(
            GenerationForm::tr("“%1” could not be read: %2").arg(fi.fileName(), checked.error));

    auto selectMode = [this](Mode mode) {
        const int index = ui.modeCombo->findData(int(mode));
        if (index >= 0 && index != ui.modeCombo->currentIndex())
            ui.modeCombo->setCurrentIndex(index);
    };
    auto result = [this, &checked](MediaDropZone *zone) {
        const bool ok = zone->acceptChecked(checked);
        showNotice(ok ? QString() : zone->errorText());
        return ok;
    };
    const Mode mode = currentMode();
    const bool isVideo = info.format == MediaFormat::Mp4 || info.format == MediaFormat::Mov;
    const bool isImage = info.format == MediaFormat::Jpeg || info.format == MediaFormat::Png
        || info.format == MediaFormat::Webp;

    if (isVideo) {
        if (mode == Mode::CustomElement) {
            ensureElement();
            if (elementFromVideo->isChecked())
                return result(elementVideoZone);
        }
        if (!ModeInfo::hasVideoInput(mode))
            selectMode(Mode::ReferenceToVideo);
        ensureVideo();
        return result(videoZone);
    }
    if (isRefusedImageFormat(info.format)) {
        // HEIC, AVIF, TIFF: the validator's words name the format and the accepted ones.
        return fail(GenerationForm::tr("“%1”: %2")
                        .arg(fi.fileName(), RequestValidator::checkImage(info, true).join(u' ')));
    }
    if (!isImage) {
        return fail(GenerationForm::tr(
                        "“%1” is neither an image (JPG, PNG, WEBP) nor a video (MP4, MOV) by its "
                        "content.")
                        .arg(fi.fileName()));
    }
    if (mode == Mode::CustomElement) {
        ensureElement();
        elementFromImages->setChecked(true);
        if (!elementFrontalZone->media().isSet())
            return result(elementFrontalZone);
        if (elementAnglesPanel->count() >= elementAnglesPanel->maxCount())
            return fail(GenerationForm::tr(
                            "“%1” was not added: the element already has a frontal image and %2 "
                            "other angles.")
                            .arg(fi.fileName())
                            .arg(elementAnglesPanel->maxCount()));
        return result(elementAnglesPanel->adder());
    }
    if (!ModeInfo::hasVideoInput(mode) && mode != Mode::ImageToVideo)
        selectMode(Mode::ImageToVideo);
    if (currentMode() == Mode::ImageToVideo) {
        ensureImageStart();
        if (!imageStartZone->media().isSet())
            return result(imageStartZone);
    }
    ensureReferences();
    if (referencePanel->count() >= referencePanel->maxCount())
        return fail(GenerationForm::tr("“%1” was not added: %2 takes at most %3 reference images.")
                        .arg(fi.fileName(), ModeInfo::displayName(currentMode()))
                        .arg(referencePanel->maxCount()));
    return result(referencePanel->adder());
}

void GenerationForm::setElementLibrary(ElementLibrary *library)
{
    d->externalLibrary = library;
    if (d->elementPicker)
        d->elementPicker->setLibrary(d->library());
    d->refresh();
}

void GenerationForm::showElementLibrary()
{
    d->openLibraryDialog();
}

void GenerationForm::setCreditsPerUsd(double rate)
{
    d->creditsPerUsd = rate;
    d->refreshEstimate();
}

void GenerationForm::setUnavailableModes(const QList<Mode> &modes)
{
    if (modes == d->unavailableModes)
        return;
    d->unavailableModes = modes;
    d->fillModes();
    d->refreshValidation();
}

QList<Mode> GenerationForm::unavailableModes() const
{
    return d->unavailableModes;
}

void GenerationForm::setGenerateEnabled(bool enabled, const QString &reasonIfDisabled)
{
    d->externalEnabled = enabled;
    d->externalReason = enabled ? QString() : reasonIfDisabled;
    d->refreshValidation();
}

void GenerationForm::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        d->ui.retranslateUi(this);
        d->fillModes();
        d->fillAspects();
        d->retranslateExtra();
        for (QShortcut *shortcut : findChildren<QShortcut *>(QString(), Qt::FindDirectChildrenOnly))
            shortcut->setWhatsThis(tr("Generate")); // Help → Keyboard Shortcuts
        d->refresh();
        break;
    case QEvent::PaletteChange:
        d->refreshMutedPalette();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

} // namespace ks

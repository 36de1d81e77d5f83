#include "form/GenerationForm.h"
#include "form/GenerationForm_p.h"

#include "core/CostEstimator.h"
#include "core/PromptReferences.h"
#include "core/RequestValidator.h"
#include "form/AdvancedSection.h"
#include "form/CustomElementSection.h"
#include "form/ElementLibraryDialog.h"
#include "form/FramesSection.h"
#include "form/GenerateFooter.h"
#include "form/InputFileQueue.h"
#include "form/MediaDropZone.h"
#include "form/ModeAvailability.h"
#include "form/PromptSection.h"
#include "form/ReferenceImagesPanel.h"
#include "form/ShotListEditor.h"
#include "form/VideoInputSection.h"
#include "form/VideoSettingsSection.h"
#include "jobs/ElementLibrary.h"
#include "style/Theme.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QPlainTextEdit>
#include <QPointer>
#include <QShortcut>
#include <QToolButton>

#include <optional>

namespace ks {

namespace {

// First-frame slot: image-to-video only (API.md §2.2).
bool hasFirstFrame(Mode mode)
{
    return mode == Mode::ImageToVideo;
}

} // namespace

Mode GenerationForm::Private::currentMode() const
{
    const QVariant data = ui.modeCombo->currentData();
    return data.isValid() ? Mode(data.toInt()) : Mode::TextToVideo;
}

GenerationRequest GenerationForm::Private::buildRequest() const
{
    const Mode mode = currentMode();
    GenerationRequest r;
    r.mode = mode;
    if (advanced)
        advanced->fill(r);
    if (mode == Mode::CustomElement) {
        if (element)
            element->fill(r);
        return r;
    }
    r.prompt = ui.promptSection->text();
    ui.settingsSection->fill(r);
    if (hasFirstFrame(mode) && frames)
        frames->fill(r);
    if (mode != Mode::TextToVideo && referencePanel)
        r.referenceImages = referencePanel->media();
    if (ModeInfo::hasVideoInput(mode) && video)
        video->fill(r);
    r.watermark = watermark;
    return r;
}

void GenerationForm::Private::ensureForMode(Mode mode)
{
    if (hasFirstFrame(mode))
        ensureFrames();
    if (ModeInfo::hasVideoInput(mode))
        ensureVideo();
    if (mode != Mode::TextToVideo && mode != Mode::CustomElement)
        ensureReferences();
    if (mode == Mode::CustomElement)
        ensureElement();
}

void GenerationForm::Private::insertSection(QWidget *section)
{
    // Above the first later section already built, else above the settings.
    const QList<QWidget *> order {frames, video, referencePanel, element};
    QVBoxLayout *content = ui.contentLayout;
    int at = content->indexOf(ui.settingsSpacer);
    for (qsizetype i = order.indexOf(section) + 1; i < order.size(); ++i) {
        if (order.at(i)) {
            at = content->indexOf(order.at(i));
            break;
        }
    }
    content->insertWidget(at, section);
}

void GenerationForm::Private::ensureFrames()
{
    if (frames)
        return;
    frames = new FramesSection(ui.scrollContents);
    frames->hide(); // applyMode shows it in the mode that takes it
    insertSection(frames);
    QObject::connect(frames, &FramesSection::startChanged, q, [this] {
        if (!loading)
            imageTouched = true;
        refresh();
        emit q->requestChanged();
    });
    QObject::connect(frames, &FramesSection::startRefused, q, [this] {
        // The user tried: from now on a missing first frame is pointed at.
        imageTouched = true;
        refreshValidation();
    });
    QObject::connect(frames, &FramesSection::endChanged, q, [this] { changed(); });
}

void GenerationForm::Private::ensureVideo()
{
    if (video)
        return;
    video = new VideoInputSection(ui.scrollContents);
    video->hide();
    video->setMode(currentMode());
    insertSection(video);
    QObject::connect(video, &VideoInputSection::mediaChanged, q, [this] { videoMediaChanged(); });
    QObject::connect(video, &VideoInputSection::refused, q, [this] { videoRefused(); });
    QObject::connect(video, &VideoInputSection::keepSoundChanged, q, [this] { changed(); });
}

void GenerationForm::Private::ensureReferences()
{
    if (referencePanel)
        return;
    // Reference images: image-to-video and both video modes share the list.
    referencePanel = new ReferenceImagesPanel(ui.scrollContents);
    referencePanel->setObjectName(QStringLiteral("referenceImages"));
    referencePanel->setItemLabelFormat(QStringLiteral("<<<image_%1>>>"));
    referencePanel->setContentsMargins(0, 6, 0, 0);
    referencePanel->hide(); // applyMode shows it in the modes that take it
    insertSection(referencePanel);
    applyReferenceLimits();
    QObject::connect(referencePanel, &ReferenceImagesPanel::changed, q, [this] { changed(); });
    retranslateReferences();
}

void GenerationForm::Private::ensureElement()
{
    if (element)
        return;
    element = new CustomElementSection(ui.scrollContents);
    element->hide();
    insertSection(element);
    QObject::connect(element, &CustomElementSection::changed, q, [this] { changed(); });
    QObject::connect(element, &CustomElementSection::videoChanged, q,
                     [this] { videoMediaChanged(); });
    QObject::connect(element, &CustomElementSection::videoRefused, q, [this] { videoRefused(); });
}

void GenerationForm::Private::ensureAdvanced()
{
    if (advanced)
        return;
    advanced = new AdvancedSection(ui.scrollContents);
    advanced->hide(); // the fold shows it
    ui.contentLayout->insertWidget(ui.contentLayout->indexOf(ui.advancedToggle) + 1, advanced);
    advanced->setWatermarkChecked(watermark.value_or(false));
    advanced->setLibrary(library());
    advanced->setMode(currentMode());
    ShotListEditor *shots = advanced->shotEditor();
    shots->setTotalSeconds(ui.settingsSection->duration());
    shots->setFollowsShots(shotsFollow);

    QObject::connect(shots, &ShotListEditor::totalSecondsWanted, ui.settingsSection,
                     &VideoSettingsSection::setDuration);
    QObject::connect(advanced, &AdvancedSection::multiShotToggled, q, [this, shots](bool on) {
        // A fresh storyboard starts with one shot holding the whole duration.
        if (on && shots->shots().isEmpty())
            shots->addShot();
        else if (on && shots->followsShots())
            ui.settingsSection->setDuration(shots->sumSeconds());
        changed();
    });
    QObject::connect(advanced, &AdvancedSection::changed, q, [this] { changed(); });
    QObject::connect(advanced, &AdvancedSection::manageLibraryRequested, q,
                     [this] { openLibraryDialog(); });
    QObject::connect(advanced, &AdvancedSection::watermarkToggled, q, [this](bool on) {
        watermark = on;
        changed();
    });
}

void GenerationForm::Private::videoMediaChanged()
{
    if (!loading)
        videoTouched = true;
    changed();
}

void GenerationForm::Private::videoRefused()
{
    videoTouched = true;
    refreshValidation();
}

void GenerationForm::Private::applyReferenceLimits()
{
    const Mode mode = currentMode();
    // I2V reference images are JPG/PNG; the video modes also take WEBP (API.md §2.2-2.4).
    referencePanel->setAllowWebp(ModeInfo::hasVideoInput(mode));
    // The list of a mode without one (text-to-video, custom element) is hidden.
    // A mode without the list (text-to-video, custom element) hides it and
    // leaves its size alone.
    if (const int max = RequestValidator::maxReferenceImages(mode); max > 0)
        referencePanel->setMaxCount(max);
}

bool GenerationForm::Private::multiShotOn() const
{
    return advanced && advanced->multiShotOn();
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

void GenerationForm::Private::applyMode(bool withClampNote)
{
    const Mode mode = currentMode();
    const bool elementMode = mode == Mode::CustomElement;
    ensureForMode(mode);

    ui.promptSection->setMode(mode);

    if (frames)
        frames->setVisible(hasFirstFrame(mode));
    if (video) {
        video->setMode(mode);
        video->setVisible(ModeInfo::hasVideoInput(mode));
    }
    if (referencePanel) {
        referencePanel->setVisible(mode != Mode::TextToVideo && !elementMode);
        applyReferenceLimits();
    }
    if (element)
        element->setVisible(elementMode);
    if (advanced)
        advanced->setMode(mode);

    ui.settingsSection->setAutoAspectOffered(autoAspectWanted());
    ui.settingsSection->setMode(mode, withClampNote);
    retranslateExtra();
}

void GenerationForm::Private::applyInputs()
{
    // Parts of the form that follow what is filled in, not the mode alone.
    if (advanced) {
        ShotListEditor *shots = advanced->shotEditor();
        if (shots->isVisibleTo(advanced) != advanced->multiShotOn()) {
            shots->setVisible(advanced->multiShotOn());
            // Lay the storyboard out now, not on the next pass of the event
            // loop: its buttons take clicks at once (the panel was built
            // inside the shown form, so no geometry of it is settled yet).
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        shots->setMaxTotalSeconds(ui.settingsSection->maximumDuration());
        shots->setTotalSeconds(ui.settingsSection->duration());
        // While the duration follows the shots, the shots set it, not the slider.
        ui.settingsSection->setDurationEditable(!(multiShotOn() && shots->followsShots()));
    }
    ui.promptSection->setMultiShotNoteShown(ModeInfo::supportsMultiShot(currentMode())
                                            && multiShotOn());
    ui.settingsSection->setAutoAspectOffered(autoAspectWanted());
}

bool GenerationForm::Private::autoAspectWanted() const
{
    // "Auto" exists only while there is a start frame to follow.
    return hasFirstFrame(currentMode()) && frames && frames->hasStart();
}

void GenerationForm::Private::refresh()
{
    applyInputs();
    ui.settingsSection->refresh(video ? video->media() : MediaRef {});
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
    ui.promptSection->setWarnings(lines);
}

void GenerationForm::Private::refreshAdvancedTitle()
{
    // Collapsed settings that change the request are named in the title, so
    // nothing is sent that the user cannot see.
    // (Nothing is set there before the panel exists.)
    const QStringList active =
        advanced ? advanced->activeSettings(currentMode(), watermark) : QStringList();
    const QString title = active.isEmpty()
        ? GenerationForm::tr("Advanced")
        : GenerationForm::tr("Advanced (%1)").arg(active.join(QStringLiteral(", ")));
    ui.advancedToggle->setText(title);
    ui.advancedToggle->setArrowType(ui.advancedToggle->isChecked() ? Qt::DownArrow
                                                                   : Qt::RightArrow);
}

void GenerationForm::Private::retranslateExtra()
{
    retranslateReferences();
    refreshAdvancedTitle();
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

void GenerationForm::Private::showNotice(const QString &message)
{
    ui.inputNotice->setText(message);
    ui.inputNotice->setVisible(!message.isEmpty());
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

void GenerationForm::Private::refreshEstimate()
{
    ui.generateFooter->showEstimate(estimator.estimate(buildRequest()), creditsPerUsd);
}

bool GenerationForm::shotsFollowDuration() const
{
    return d->advanced ? d->advanced->shotEditor()->followsShots() : d->shotsFollow;
}

void GenerationForm::setShotsFollowDuration(bool on)
{
    d->shotsFollow = on;
    if (d->advanced)
        d->advanced->shotEditor()->setFollowsShots(on);
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
    ui.generateFooter->showState(issues.isEmpty() && externalEnabled && !modeLocked, message,
                                 all.join(QLatin1Char('\n')));

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
    if (frames)
        frames->showIssues(imageBad && imageTouched, endBad);
    if (video)
        video->showIssue(videoBad && videoTouched);
    if (advanced)
        advanced->showCallbackIssue(callbackBad);
    if (element)
        element->showIssues(nameBad, descriptionBad);
    ui.promptSection->showIssue(promptBad, promptTouched);
}

GenerationForm::GenerationForm(QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>(this))
{
    d->ui.setupUi(this);
    Theme::setTone(d->ui.inputNotice, Theme::Tone::Error);

    d->fillModes();
    d->ui.modeCombo->setCurrentIndex(0);
    d->applyMode(false);

    connect(d->ui.modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        d->applyMode(true);
        d->refresh();
        emit requestChanged();
    });
    connect(d->ui.promptSection, &PromptSection::textChanged, this, [this] {
        if (!d->loading)
            d->promptTouched = true;
        d->refresh();
        emit requestChanged();
    });
    connect(d->ui.settingsSection, &VideoSettingsSection::changed, this, [this] {
        d->refresh();
        emit requestChanged();
    });
    // The slots, panels and Advanced controls connect when they are built (ensure*).
    connect(d->ui.advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        if (open)
            d->ensureAdvanced();
        if (d->advanced)
            d->advanced->setVisible(open);
        d->refreshAdvancedTitle();
    });
    connect(d->ui.promptSection, &PromptSection::tokensWanted, this, [this] {
        d->ui.promptSection->setReferences(PromptReferences::available(d->buildRequest()),
                                           d->library());
    });
    // Tokens go into the prompt box the user was last in (main prompt or a shot).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        auto *edit = qobject_cast<QPlainTextEdit *>(now);
        if (edit
            && (edit == d->ui.promptSection->edit()
                || (d->advanced && d->advanced->shotEditor()->isAncestorOf(edit))))
            d->ui.promptSection->setTokenTarget(edit);
    });
    connect(d->ui.generateFooter, &GenerateFooter::generateClicked, this,
            [this] { emit generateRequested(d->buildRequest()); });

    // Window-wide: Ctrl+Enter generates wherever the focus is in the main window.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        shortcut->setWhatsThis(tr("Generate")); // listed in Help → Keyboard Shortcuts
        connect(shortcut, &QShortcut::activated, d->ui.generateFooter, &GenerateFooter::trigger);
    }

    d->refresh();
}

GenerationForm::~GenerationForm() = default;

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
    d->ui.settingsSection->setSoundWanted(request.sound);
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
    if (d->frames)
        d->frames->load(request);
    if (d->video)
        d->video->load(request);
    if (d->referencePanel) {
        const QSignalBlocker blocker(d->referencePanel);
        d->referencePanel->setMedia(request.referenceImages);
    }
    if (d->element)
        d->element->load(request);
    d->watermark = request.watermark;
    if (d->advanced)
        d->advanced->load(request);
    d->applyMode(false);
    d->ui.settingsSection->load(request);
    d->ui.promptSection->setText(request.prompt);
    // Stored advanced settings are shown, not hidden behind the fold.
    const bool advanced = request.multiShot || !request.elements.isEmpty()
        || request.watermark.has_value() || !request.callbackUrl.isEmpty();
    if (advanced)
        d->ui.advancedToggle->setChecked(true);
    d->showNotice(QString());
    d->promptTouched = false;
    d->imageTouched = false;
    d->videoTouched = false;
    d->loading = false;
    d->refresh();
    emit requestChanged();
}

void GenerationForm::setElementLibrary(ElementLibrary *library)
{
    d->externalLibrary = library;
    if (d->advanced)
        d->advanced->setLibrary(d->library());
    d->refresh();
}

void GenerationForm::showElementLibrary()
{
    d->openLibraryDialog();
}

int GenerationForm::takes() const
{
    return d->ui.generateFooter->takes();
}

void GenerationForm::setTakes(int takes)
{
    d->ui.generateFooter->setTakes(takes);
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
    // The sections retranslate themselves; the form its own words.
    if (event->type() == QEvent::LanguageChange) {
        d->ui.retranslateUi(this);
        d->fillModes();
        d->retranslateExtra();
        for (QShortcut *shortcut : findChildren<QShortcut *>(QString(), Qt::FindDirectChildrenOnly))
            shortcut->setWhatsThis(tr("Generate")); // Help → Keyboard Shortcuts
        d->refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace ks

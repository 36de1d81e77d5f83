#include "GenerationForm.h"

#include "CostEstimator.h"
#include "ImageDropZone.h"
#include "RequestValidator.h"
#include "ui_GenerationForm.h"

#include <QEvent>
#include <QKeySequence>
#include <QShortcut>
#include <QStyle>

#include <algorithm>
#include <optional>
#include <utility>

namespace ks {

namespace {

// Modes the form offers today; everything else about a mode comes from ModeInfo.
const QList<Mode> kOfferedModes = {Mode::TextToVideo, Mode::ImageToVideo};

const char kStyleSheet[] = R"(
QLabel[sectionTitle="true"] {
    font-weight: bold; /* 600 has no glyphs in common CJK fonts and renders regular */
}
QLabel#promptCounter[level="warn"], QLabel#promptHint[level="warn"] {
    color: #b7791f;
}
QLabel#promptCounter[level="error"], QLabel#promptHint[level="error"] {
    color: #d64545;
}
QPlainTextEdit#promptEdit[invalid="true"] {
    border: 1px solid #d64545;
    border-radius: 4px;
}
QFrame#footerFrame {
    border: none;
    border-top: 1px solid palette(midlight);
    background: palette(alternate-base);
}
QLabel#validationLabel {
    color: #a8610a;
    background: rgba(232, 160, 32, 0.16);
    border: 1px solid rgba(232, 160, 32, 0.45);
    border-radius: 6px;
    padding: 6px 8px;
}
QPushButton#generateButton {
    background: #3b6cf6;
    color: white;
    border: none;
    border-radius: 8px;
    padding: 8px 18px;
    font-weight: 600;
}
QPushButton#generateButton:hover {
    background: #2f5ee6;
}
QPushButton#generateButton:pressed {
    background: #234bc4;
}
QPushButton#generateButton:focus {
    border: 2px solid #9db5ff;
}
QPushButton#generateButton:disabled {
    background: palette(midlight);
    color: palette(dark);
}
)";

// First-frame slot: image-to-video only (API.md §2.2).
bool hasFirstFrame(Mode mode)
{
    return mode == Mode::ImageToVideo;
}

void repolish(QWidget *widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

void setDynamicProperty(QWidget *widget, const char *name, const QVariant &value)
{
    if (widget->property(name) == value)
        return;
    widget->setProperty(name, value);
    repolish(widget);
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
    AspectRatio currentAspect() const;
    GenerationRequest buildRequest() const;

    void fillModes();
    void fillAspects();
    // Adapts every control to the mode's facts; `clampNote` says whether a
    // changed duration should be explained (not when a stored request is loaded).
    void applyMode(bool clampNote);
    void refresh();
    void refreshPromptCounter();
    void refreshDuration();
    void refreshEstimate();
    void refreshValidation();
    void refreshSettingsNote();
    void refreshMutedPalette();
    void trigger();

    GenerationForm *q;
    Ui::GenerationForm ui;
    CostEstimator estimator;
    // Carries what the form has no control for yet (elements, shots, ...)
    // so that Reuse settings keeps them while the mode stays the same.
    GenerationRequest base;
    double creditsPerUsd = 72.0;
    bool externalEnabled = true;
    QString externalReason;
    QList<ValidationIssue> issues;
    Estimate estimate;
    bool soundWanted = false;
    bool promptTouched = false;
    bool imageTouched = false;
    bool loading = false;
    Mode lastMode = Mode::TextToVideo;
    struct ClampNote
    {
        int from;
        int to;
        Mode mode;
    };
    std::optional<ClampNote> clampNote;
    std::optional<Quality> replacedQuality; // a stored quality the form does not offer
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

AspectRatio GenerationForm::Private::currentAspect() const
{
    const QVariant data = ui.aspectCombo->currentData();
    return data.isValid() ? AspectRatio(data.toInt()) : AspectRatio::Wide16x9;
}

GenerationRequest GenerationForm::Private::buildRequest() const
{
    const Mode mode = currentMode();
    GenerationRequest r;
    if (base.mode == mode) {
        r = base;
    } else {
        // Mode-specific hidden inputs do not travel to another mode; settings
        // that apply to every mode do.
        r.watermark = base.watermark;
        r.callbackUrl = base.callbackUrl;
    }
    r.mode = mode;
    r.prompt = ModeInfo::hasPrompt(mode) ? ui.promptEdit->toPlainText() : QString();
    if (ModeInfo::durationRange(mode))
        r.durationSeconds = ui.durationSlider->value();
    r.aspectRatio =
        ModeInfo::hasAspectRatio(mode) ? std::optional<AspectRatio>(currentAspect()) : std::nullopt;
    r.quality = currentQuality();
    r.sound = ModeInfo::hasSound(mode) && ui.soundCheck->isChecked();
    r.imageStart = hasFirstFrame(mode) ? ui.imageStartZone->media() : MediaRef {};
    return r;
}

void GenerationForm::Private::fillModes()
{
    const QSignalBlocker blocker(ui.modeCombo);
    if (ui.modeCombo->count() == 0) {
        for (Mode mode : kOfferedModes)
            ui.modeCombo->addItem(ModeInfo::displayName(mode), int(mode));
        return;
    }
    for (int i = 0; i < ui.modeCombo->count(); ++i)
        ui.modeCombo->setItemText(i,
                                  ModeInfo::displayName(Mode(ui.modeCombo->itemData(i).toInt())));
}

void GenerationForm::Private::fillAspects()
{
    const QSignalBlocker blocker(ui.aspectCombo);
    const int current = ui.aspectCombo->currentIndex();
    ui.aspectCombo->clear();
    ui.aspectCombo->addItem(GenerationForm::tr("16:9 · Landscape"), int(AspectRatio::Wide16x9));
    ui.aspectCombo->addItem(GenerationForm::tr("9:16 · Portrait"), int(AspectRatio::Tall9x16));
    ui.aspectCombo->addItem(GenerationForm::tr("1:1 · Square"), int(AspectRatio::Square1x1));
    ui.aspectCombo->setCurrentIndex(current < 0 ? 0 : current);
}

void GenerationForm::Private::applyMode(bool withClampNote)
{
    const Mode mode = currentMode();

    ui.promptLabel->setVisible(ModeInfo::hasPrompt(mode));
    ui.promptCounter->setVisible(ModeInfo::hasPrompt(mode));
    ui.promptEdit->setVisible(ModeInfo::hasPrompt(mode));

    ui.imageSection->setVisible(hasFirstFrame(mode));

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
        const QList<Quality> qualities = ModeInfo::qualities(mode);
        ui.qualityCombo->clear();
        for (Quality quality : qualities)
            ui.qualityCombo->addItem(qualityName(quality), int(quality));
        const int index = ui.qualityCombo->findData(int(wanted));
        ui.qualityCombo->setCurrentIndex(index >= 0 ? index : 0);
        ui.settingsLayout->setRowVisible(ui.qualityCombo, !qualities.isEmpty());
    }

    ui.aspectCombo->setEnabled(ModeInfo::hasAspectRatio(mode));

    // Sound: remembered while a mode without sound is shown, so switching back restores it.
    {
        const QSignalBlocker blocker(ui.soundCheck);
        const bool sound = ModeInfo::hasSound(mode);
        ui.soundCheck->setEnabled(sound);
        ui.soundCheck->setChecked(sound && soundWanted);
    }

    lastMode = mode;
}

void GenerationForm::Private::refresh()
{
    refreshPromptCounter();
    refreshDuration();
    refreshSettingsNote();
    if (loading)
        return;
    issues = RequestValidator::validate(buildRequest());
    refreshEstimate();
    refreshValidation();
}

void GenerationForm::Private::refreshPromptCounter()
{
    const int length = RequestValidator::promptLength(ui.promptEdit->toPlainText());
    const int max = RequestValidator::kMaxPromptChars;
    const int hint = RequestValidator::kPromptHintChars;
    ui.promptCounter->setText(GenerationForm::tr("%1 / %2").arg(length).arg(max));
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
    setDynamicProperty(ui.promptCounter, "level", level);
    setDynamicProperty(ui.promptHint, "level", level);
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
    if (!range) {
        note = GenerationForm::tr("%1 takes its length from the input video.")
                   .arg(ModeInfo::displayName(mode));
    } else if (clampNote && clampNote->mode == mode) {
        note = GenerationForm::tr("Duration changed from %1 s to %2 s: %3 allows %4–%5 s.")
                   .arg(clampNote->from)
                   .arg(clampNote->to)
                   .arg(ModeInfo::displayName(mode))
                   .arg(range->min)
                   .arg(range->max);
    }
    ui.durationNote->setText(note);
    ui.durationNote->setVisible(!note.isEmpty());
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
        const QString reason =
            GenerationForm::tr("%1 has no sound option.").arg(ModeInfo::displayName(mode));
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
    ui.settingsNote->setVisible(!notes.isEmpty());
}

void GenerationForm::Private::refreshEstimate()
{
    estimate = estimator.estimate(buildRequest());
    if (!estimate.valid) {
        ui.estimateCredits->setText(GenerationForm::tr("— credits"));
        ui.estimateUsd->clear();
        ui.estimateFormula->setText(GenerationForm::tr("No price is known for these settings."));
        ui.estimateDriver->clear();
        ui.estimateDriver->hide();
        return;
    }
    ui.estimateCredits->setText(
        GenerationForm::tr("%1 credits").arg(CostEstimator::formatCredits(estimate.totalUc)));
    if (creditsPerUsd > 0) {
        const double usd = estimate.usd(creditsPerUsd);
        // Cents hide the difference between cheap settings; a third decimal shows it.
        const int decimals = usd < 1.0 ? 3 : 2;
        ui.estimateUsd->setText(
            GenerationForm::tr("≈ $%1").arg(QString::number(usd, 'f', decimals)));
        ui.estimateUsd->setToolTip(
            GenerationForm::tr(
                "Approximate, at %1 credits per US dollar. Credits are what is billed.")
                .arg(creditsPerUsd));
        ui.estimateUsd->show();
    } else {
        ui.estimateUsd->clear();
        ui.estimateUsd->hide();
    }
    ui.estimateFormula->setText(estimate.formula);
    ui.estimateDriver->setText(estimate.driver);
    ui.estimateDriver->setVisible(!estimate.driver.isEmpty());
}

void GenerationForm::Private::refreshValidation()
{
    QString message;
    QStringList all;
    for (const ValidationIssue &issue : std::as_const(issues))
        all << issue.message;
    if (!issues.isEmpty()) {
        message = issues.constFirst().message;
        if (issues.size() > 1)
            message =
                GenerationForm::tr("%1 (+%n more)", nullptr, int(issues.size() - 1)).arg(message);
    } else if (!externalEnabled) {
        message = externalReason.isEmpty()
            ? GenerationForm::tr("Generation is not available right now.")
            : externalReason;
        all << message;
    }
    ui.validationLabel->setText(message);
    ui.validationLabel->setToolTip(all.size() > 1 ? all.join(QLatin1Char('\n')) : QString());
    ui.validationLabel->setVisible(!message.isEmpty());

    const bool enabled = issues.isEmpty() && externalEnabled;
    ui.generateButton->setEnabled(enabled);
    ui.generateButton->setToolTip(
        enabled ? GenerationForm::tr("Start the generation (%1)").arg(shortcutText())
                : GenerationForm::tr("%1\nGenerate: %2").arg(message, shortcutText()));

    // Point at the offending fields, but not at ones the user has not reached yet.
    bool promptBad = false;
    bool imageBad = false;
    for (const ValidationIssue &issue : std::as_const(issues)) {
        promptBad |= issue.field == Field::Prompt;
        imageBad |= issue.field == Field::ImageStart;
    }
    const bool promptTooLong = RequestValidator::promptLength(ui.promptEdit->toPlainText())
        > RequestValidator::kMaxPromptChars;
    setDynamicProperty(ui.promptEdit, "invalid", promptBad && (promptTouched || promptTooLong));
    ui.imageStartZone->setInvalid(imageBad && imageTouched);
}

void GenerationForm::Private::refreshMutedPalette()
{
    // Secondary text: between the text and the background colour, in light and dark themes.
    QPalette palette = q->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const QColor muted = QColor::fromRgbF(text.redF() * 0.62f + back.redF() * 0.38f,
                                          text.greenF() * 0.62f + back.greenF() * 0.38f,
                                          text.blueF() * 0.62f + back.blueF() * 0.38f);
    palette.setColor(QPalette::WindowText, muted);
    for (QLabel *label : {ui.estimateCaption, ui.estimateFormula, ui.estimateDriver,
                          ui.durationNote, ui.settingsNote, ui.promptCounter, ui.estimateUsd})
        label->setPalette(palette);
}

void GenerationForm::Private::trigger()
{
    if (!ui.generateButton->isEnabled())
        return;
    emit q->generateRequested(buildRequest());
}

GenerationForm::GenerationForm(QWidget *parent) : QWidget(parent), d(new Private(this))
{
    d->ui.setupUi(this);
    setStyleSheet(QLatin1String(kStyleSheet));

    QFont creditsFont = d->ui.estimateCredits->font();
    creditsFont.setPointSizeF(creditsFont.pointSizeF() * 1.9);
    creditsFont.setWeight(QFont::Bold);
    d->ui.estimateCredits->setFont(creditsFont);
    QFont usdFont = d->ui.estimateUsd->font();
    usdFont.setPointSizeF(usdFont.pointSizeF() * 1.15);
    d->ui.estimateUsd->setFont(usdFont);
    QFont smallFont = d->ui.estimateFormula->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.92);
    d->ui.estimateFormula->setFont(smallFont);
    d->ui.estimateDriver->setFont(smallFont);
    QFont buttonFont = d->ui.generateButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.1);
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
    connect(d->ui.imageStartZone, &ImageDropZone::mediaChanged, this, [this] {
        if (!d->loading)
            d->imageTouched = true;
        d->refresh();
        emit requestChanged();
    });
    connect(d->ui.imageStartZone, &ImageDropZone::refused, this, [this] {
        // The user tried: from now on a missing first frame is pointed at.
        d->imageTouched = true;
        d->refreshValidation();
    });
    connect(d->ui.generateButton, &QPushButton::clicked, this, [this] { d->trigger(); });

    // Window-wide: Ctrl+Enter generates wherever the focus is in the main window.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
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
    d->base = request;

    int modeIndex = d->ui.modeCombo->findData(int(request.mode));
    if (modeIndex < 0) {
        // A stored job from a mode the form does not list yet: show it rather than lose it.
        const QSignalBlocker blocker(d->ui.modeCombo);
        d->ui.modeCombo->addItem(ModeInfo::displayName(request.mode), int(request.mode));
        modeIndex = d->ui.modeCombo->count() - 1;
    }
    {
        const QSignalBlocker blocker(d->ui.modeCombo);
        d->ui.modeCombo->setCurrentIndex(modeIndex);
    }
    d->soundWanted = request.sound;
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
        const int index =
            d->ui.aspectCombo->findData(int(request.aspectRatio.value_or(AspectRatio::Wide16x9)));
        d->ui.aspectCombo->setCurrentIndex(index >= 0 ? index : 0);
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
    {
        const QSignalBlocker blocker(d->ui.imageStartZone);
        if (hasFirstFrame(request.mode))
            d->ui.imageStartZone->setMedia(request.imageStart);
        else
            d->ui.imageStartZone->clear();
    }
    d->promptTouched = false;
    d->imageTouched = false;
    d->loading = false;
    d->refresh();
    emit requestChanged();
}

void GenerationForm::setCreditsPerUsd(double rate)
{
    d->creditsPerUsd = rate;
    d->refreshEstimate();
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

#include "form/VideoSettingsSection.h"

#include "style/Theme.h"
#include "ui_VideoSettingsSection.h"

#include <QEvent>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ks {

namespace {
// Combo data of "Auto (follow start frame)": no aspect_ratio is sent.
constexpr int kAutoAspect = -1;
} // namespace

class VideoSettingsSection::Private
{
public:
    Quality currentQuality() const;
    std::optional<AspectRatio> currentAspect() const;
    void fillAspects();
    void refreshDuration();
    void refreshNotes();
    void refreshMutedPalette();

    Ui::VideoSettingsSection ui;
    Mode mode = Mode::TextToVideo;
    bool autoOffered = false;
    bool soundWanted = false;
    MediaRef inputVideo;
    struct ClampNote
    {
        int from;
        int to;
        Mode mode;
    };
    std::optional<ClampNote> clampNote;
    std::optional<Quality> replacedQuality; // a stored quality the mode does not offer
};

Quality VideoSettingsSection::Private::currentQuality() const
{
    const QVariant data = ui.qualityCombo->currentData();
    return data.isValid() ? Quality(data.toInt()) : Quality::P720;
}

std::optional<AspectRatio> VideoSettingsSection::Private::currentAspect() const
{
    const QVariant data = ui.aspectCombo->currentData();
    if (!data.isValid())
        return AspectRatio::Wide16x9;
    if (data.toInt() == kAutoAspect)
        return std::nullopt;
    return AspectRatio(data.toInt());
}

void VideoSettingsSection::Private::fillAspects()
{
    const QSignalBlocker blocker(ui.aspectCombo);
    const QVariant current = ui.aspectCombo->currentData();
    ui.aspectCombo->clear();
    // Following the start frame is only possible when there is one (API.md §2.2).
    if (autoOffered)
        ui.aspectCombo->addItem(VideoSettingsSection::tr("Auto (follow start frame)"), kAutoAspect);
    ui.aspectCombo->addItem(VideoSettingsSection::tr("16:9 · Landscape"),
                            int(AspectRatio::Wide16x9));
    ui.aspectCombo->addItem(VideoSettingsSection::tr("9:16 · Portrait"),
                            int(AspectRatio::Tall9x16));
    ui.aspectCombo->addItem(VideoSettingsSection::tr("1:1 · Square"), int(AspectRatio::Square1x1));
    const int index = current.isValid() ? ui.aspectCombo->findData(current) : -1;
    ui.aspectCombo->setCurrentIndex(
        index >= 0 ? index : ui.aspectCombo->findData(int(AspectRatio::Wide16x9)));
}

void VideoSettingsSection::Private::refreshDuration()
{
    // "%1 s" keeps the form's context (catalogue, tests' translators).
    ui.durationValue->setText(
        QCoreApplication::translate("ks::GenerationForm", "%1 s").arg(ui.durationSlider->value()));
    // Wide enough for the longest value in the current language, so the slider
    // does not jump while it is dragged.
    const QFontMetrics fm(ui.durationValue->font());
    ui.durationValue->setMinimumWidth(
        fm.horizontalAdvance(QCoreApplication::translate("ks::GenerationForm", "%1 s")
                                 .arg(ui.durationSlider->maximum()))
        + 2);

    const std::optional<DurationRange> range = ModeInfo::durationRange(mode);
    QString note;
    if (mode == Mode::CustomElement) {
        note.clear();
    } else if (!range) {
        const double seconds = inputVideo.info.durationSeconds;
        if (inputVideo.isSet() && seconds > 0) {
            note = VideoSettingsSection::tr(
                       "The length comes from the input video: %1 s, billed as %2 s "
                       "(rounded up).")
                       .arg(QLocale().toString(seconds, 'f', 1))
                       .arg(int(std::ceil(seconds - 1e-6)));
        } else {
            note = VideoSettingsSection::tr("%1 takes its length from the input video.")
                       .arg(ModeInfo::displayName(mode));
        }
    } else if (clampNote && clampNote->mode == mode) {
        note = VideoSettingsSection::tr("Duration changed from %1 s to %2 s: %3 allows %4–%5 s.")
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
        ui.durationSlider->setToolTip(
            VideoSettingsSection::tr("%1 to %2 seconds; billed per second")
                .arg(range->min)
                .arg(range->max));
    }
}

void VideoSettingsSection::Private::refreshNotes()
{
    QStringList notes;
    if (!ModeInfo::hasSound(mode)) {
        const QString reason = ModeInfo::hasVideoInput(mode)
            ? VideoSettingsSection::tr("Sound is off when a video is an input; keep the video's "
                                       "own sound instead.")
            : VideoSettingsSection::tr("%1 has no sound option.").arg(ModeInfo::displayName(mode));
        notes << reason;
        ui.soundCheck->setToolTip(reason);
    } else {
        ui.soundCheck->setToolTip(
            VideoSettingsSection::tr("Adds generated audio; costs more per second"));
    }
    if (!ModeInfo::hasAspectRatio(mode)) {
        const QString reason = VideoSettingsSection::tr("%1 keeps the aspect ratio of its input.")
                                   .arg(ModeInfo::displayName(mode));
        notes << reason;
        ui.aspectCombo->setToolTip(reason);
    } else {
        ui.aspectCombo->setToolTip(QString());
    }
    if (replacedQuality) {
        notes << VideoSettingsSection::tr("%1 is not offered; %2 is used instead.")
                     .arg(qualityName(*replacedQuality), qualityName(currentQuality()));
    }
    ui.settingsNote->setText(notes.join(QLatin1Char('\n')));
    // Custom element shows none of these settings, so none of their notes;
    // the row, not the label (see refreshDuration()).
    ui.settingsLayout->setRowVisible(ui.settingsNote,
                                     !notes.isEmpty() && mode != Mode::CustomElement);
}

void VideoSettingsSection::Private::refreshMutedPalette()
{
    for (QLabel *label : {ui.durationNote, ui.settingsNote})
        Theme::setTone(label, Theme::Tone::Muted);
}

VideoSettingsSection::VideoSettingsSection(QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    d->refreshMutedPalette();
    d->fillAspects();

    connect(d->ui.durationSlider, &QSlider::valueChanged, this, [this] {
        // A note about an automatic clamp is stale once the user picks a value.
        if (d->ui.durationSlider->isSliderDown() || d->ui.durationSlider->hasFocus())
            d->clampNote.reset();
        emit changed();
    });
    connect(d->ui.aspectCombo, &QComboBox::currentIndexChanged, this,
            &VideoSettingsSection::changed);
    connect(d->ui.qualityCombo, &QComboBox::currentIndexChanged, this, [this] {
        d->replacedQuality.reset();
        emit changed();
    });
    connect(d->ui.soundCheck, &QCheckBox::toggled, this, [this](bool on) {
        d->soundWanted = on;
        emit changed();
    });
}

VideoSettingsSection::~VideoSettingsSection() = default;

void VideoSettingsSection::setMode(Mode mode, bool withClampNote)
{
    const bool element = mode == Mode::CustomElement;
    const Mode lastMode = d->mode;
    d->mode = mode;
    // Custom element shows none of the settings.
    setVisible(!element);
    d->ui.settingsLabel->setVisible(!element);
    // The notes' rows are shown by refresh().
    for (QWidget *w :
         {static_cast<QWidget *>(d->ui.aspectCombo), static_cast<QWidget *>(d->ui.soundCheck)})
        d->ui.settingsLayout->setRowVisible(w, !element);

    // Duration: range from the mode; a value outside it is clamped, and said so.
    const std::optional<DurationRange> range = ModeInfo::durationRange(mode);
    d->ui.settingsLayout->setRowVisible(d->ui.durationLayout, range.has_value());
    if (range) {
        const QSignalBlocker blocker(d->ui.durationSlider);
        const int before = d->ui.durationSlider->value();
        d->ui.durationSlider->setRange(range->min, range->max);
        const int after = std::clamp(before, range->min, range->max);
        d->ui.durationSlider->setValue(after);
        if (after != before && withClampNote)
            d->clampNote = Private::ClampNote {before, after, mode};
        else if (mode != lastMode)
            d->clampNote.reset();
    } else {
        d->clampNote.reset();
    }

    // Quality: only what the mode offers; keep the choice when it still exists.
    {
        const QSignalBlocker blocker(d->ui.qualityCombo);
        const Quality wanted = d->currentQuality();
        const QList<Quality> qualities = element ? QList<Quality> {} : ModeInfo::qualities(mode);
        d->ui.qualityCombo->clear();
        for (Quality quality : qualities)
            d->ui.qualityCombo->addItem(qualityName(quality), int(quality));
        const int index = d->ui.qualityCombo->findData(int(wanted));
        d->ui.qualityCombo->setCurrentIndex(index >= 0 ? index : 0);
        d->ui.settingsLayout->setRowVisible(d->ui.qualityCombo, !qualities.isEmpty());
    }

    d->ui.aspectCombo->setEnabled(ModeInfo::hasAspectRatio(mode));
    d->fillAspects();

    // Sound: remembered while a mode without sound is shown, so switching back restores it.
    {
        const QSignalBlocker blocker(d->ui.soundCheck);
        const bool sound = ModeInfo::hasSound(mode);
        d->ui.soundCheck->setEnabled(sound);
        d->ui.soundCheck->setChecked(sound && d->soundWanted);
    }
}

void VideoSettingsSection::setAutoAspectOffered(bool offered)
{
    d->autoOffered = offered;
    if (offered != autoAspectOffered())
        d->fillAspects();
}

bool VideoSettingsSection::autoAspectOffered() const
{
    return d->ui.aspectCombo->findData(kAutoAspect) >= 0;
}

void VideoSettingsSection::refresh(const MediaRef &inputVideo)
{
    d->inputVideo = inputVideo;
    d->refreshDuration();
    d->refreshNotes();
}

int VideoSettingsSection::duration() const
{
    return d->ui.durationSlider->value();
}

int VideoSettingsSection::maximumDuration() const
{
    return d->ui.durationSlider->maximum();
}

void VideoSettingsSection::setDuration(int seconds)
{
    d->ui.durationSlider->setValue(
        std::clamp(seconds, d->ui.durationSlider->minimum(), d->ui.durationSlider->maximum()));
}

void VideoSettingsSection::setDurationEditable(bool editable)
{
    d->ui.durationSlider->setEnabled(editable);
}

void VideoSettingsSection::setSoundWanted(bool on)
{
    d->soundWanted = on;
}

void VideoSettingsSection::load(const GenerationRequest &request)
{
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
}

void VideoSettingsSection::fill(GenerationRequest &request) const
{
    if (ModeInfo::durationRange(request.mode))
        request.durationSeconds = d->ui.durationSlider->value();
    request.aspectRatio =
        ModeInfo::hasAspectRatio(request.mode) ? d->currentAspect() : std::nullopt;
    request.quality = d->currentQuality();
    request.sound = ModeInfo::hasSound(request.mode) && d->ui.soundCheck->isChecked();
}

void VideoSettingsSection::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        d->ui.retranslateUi(this);
        d->fillAspects();
        d->refreshDuration();
        d->refreshNotes();
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

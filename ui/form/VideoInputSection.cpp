#include "form/VideoInputSection.h"

#include "form/MediaDropZone.h"
#include "ui_VideoInputSection.h"

#include <QEvent>

namespace ks {

class VideoInputSection::Private
{
public:
    void retranslate(VideoInputSection *q);

    Ui::VideoInputSection ui;
    Mode mode = Mode::ReferenceToVideo;
};

void VideoInputSection::Private::retranslate(VideoInputSection *q)
{
    ui.retranslateUi(q);
    // Video edit takes inputs of 3 to 10 s (API.md §10.1 #8). The title keeps
    // the form's context (catalogue, tests' translators).
    ui.videoLabel->setText(
        mode == Mode::VideoEdit
            ? QCoreApplication::translate("ks::GenerationForm", "Video to edit (3 to 10 s)")
            : QCoreApplication::translate("ks::GenerationForm", "Reference video"));
    ui.videoZone->setAccessibleName(ui.videoLabel->text());
}

VideoInputSection::VideoInputSection(QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    d->ui.videoZone->setKind(MediaDropZone::Kind::Video);
    d->retranslate(this);
    connect(d->ui.videoZone, &MediaDropZone::mediaChanged, this, &VideoInputSection::mediaChanged);
    connect(d->ui.videoZone, &MediaDropZone::refused, this, &VideoInputSection::refused);
    connect(d->ui.keepSoundCheck, &QAbstractButton::toggled, this,
            &VideoInputSection::keepSoundChanged);
}

VideoInputSection::~VideoInputSection() = default;

MediaDropZone *VideoInputSection::zone() const
{
    return d->ui.videoZone;
}

MediaRef VideoInputSection::media() const
{
    return d->ui.videoZone->media();
}

void VideoInputSection::setMode(Mode mode)
{
    if (mode == d->mode)
        return;
    d->mode = mode;
    d->retranslate(this);
}

void VideoInputSection::load(const GenerationRequest &request)
{
    const QSignalBlocker zoneBlocker(d->ui.videoZone);
    const QSignalBlocker checkBlocker(d->ui.keepSoundCheck);
    if (ModeInfo::hasVideoInput(request.mode) && request.video.isSet())
        d->ui.videoZone->setMedia(request.video);
    else
        d->ui.videoZone->clear();
    d->ui.keepSoundCheck->setChecked(request.keepOriginalSound);
}

void VideoInputSection::fill(GenerationRequest &request) const
{
    request.video = d->ui.videoZone->media();
    request.keepOriginalSound = d->ui.keepSoundCheck->isChecked();
}

void VideoInputSection::showIssue(bool bad)
{
    d->ui.videoZone->setInvalid(bad);
}

void VideoInputSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->retranslate(this);
    QWidget::changeEvent(event);
}

} // namespace ks

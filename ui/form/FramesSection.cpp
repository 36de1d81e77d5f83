#include "form/FramesSection.h"

#include "form/MediaDropZone.h"
#include "ui_FramesSection.h"

#include <QEvent>

#include <utility>

namespace ks {

class FramesSection::Private
{
public:
    Ui::FramesSection ui;
};

FramesSection::FramesSection(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    d->ui.setupUi(this);
    connect(d->ui.imageStartZone, &MediaDropZone::mediaChanged, this, &FramesSection::startChanged);
    connect(d->ui.imageStartZone, &MediaDropZone::refused, this, &FramesSection::startRefused);
    connect(d->ui.imageEndZone, &MediaDropZone::mediaChanged, this, &FramesSection::endChanged);
}

FramesSection::~FramesSection() = default;

MediaDropZone *FramesSection::startZone() const
{
    return d->ui.imageStartZone;
}

MediaDropZone *FramesSection::endZone() const
{
    return d->ui.imageEndZone;
}

bool FramesSection::hasStart() const
{
    return d->ui.imageStartZone->media().isSet();
}

void FramesSection::load(const GenerationRequest &request)
{
    const bool frames = request.mode == Mode::ImageToVideo;
    for (auto [zone, media] : {std::pair {d->ui.imageStartZone, request.imageStart},
                               std::pair {d->ui.imageEndZone, request.imageEnd}}) {
        const QSignalBlocker blocker(zone);
        if (frames && media.isSet())
            zone->setMedia(media);
        else
            zone->clear();
    }
}

void FramesSection::fill(GenerationRequest &request) const
{
    request.imageStart = d->ui.imageStartZone->media();
    request.imageEnd = d->ui.imageEndZone->media();
}

void FramesSection::showIssues(bool startBad, bool endBad)
{
    d->ui.imageStartZone->setInvalid(startBad);
    d->ui.imageEndZone->setInvalid(endBad && d->ui.imageEndZone->media().isSet());
}

void FramesSection::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->ui.retranslateUi(this);
    QWidget::changeEvent(event);
}

} // namespace ks

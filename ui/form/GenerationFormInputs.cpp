#include "form/GenerationForm.h"
#include "form/GenerationForm_p.h"

#include "core/Mode.h"
#include "core/RequestValidator.h"
#include "form/CustomElementSection.h"
#include "form/FramesSection.h"
#include "form/InputFileQueue.h"
#include "form/MediaDropZone.h"
#include "form/ReferenceImagesPanel.h"
#include "form/VideoInputSection.h"

#include <QDir>
#include <QFileInfo>

// Files opened from outside the form (File > Open, the command line, another
// instance, the desktop): checked one at a time, then routed to the slot the
// current mode has for them, switching modes where only another one takes it.

namespace ks {

bool GenerationForm::openInputFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists() || fi.isDir()) {
        d->showNotice(
            tr("“%1” is not a file that can be read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!d->inputQueue) {
        d->inputQueue = new InputFileQueue(
            [this] {
                const qreal dpr = devicePixelRatioF();
                return QSize(int(MediaDropZone::kThumbnailWidth * dpr),
                             int(MediaDropZone::kThumbnailHeight * dpr));
            },
            this);
        connect(d->inputQueue, &InputFileQueue::checked, this,
                [this](const InputCheckResult &checked) {
                    const bool accepted = d->routeCheckedInput(checked);
                    emit inputFileOpened(checked.path, accepted);
                });
    }
    d->inputQueue->enqueue(fi.absoluteFilePath());
    return true;
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
            if (element->fromVideo())
                return result(element->videoZone());
        }
        if (!ModeInfo::hasVideoInput(mode))
            selectMode(Mode::ReferenceToVideo);
        ensureVideo();
        return result(video->zone());
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
        element->chooseImages();
        if (!element->frontalZone()->media().isSet())
            return result(element->frontalZone());
        ReferenceImagesPanel *angles = element->anglesPanel();
        if (angles->count() >= angles->maxCount())
            return fail(GenerationForm::tr(
                            "“%1” was not added: the element already has a frontal image and %2 "
                            "other angles.")
                            .arg(fi.fileName())
                            .arg(angles->maxCount()));
        return result(angles->adder());
    }
    if (!ModeInfo::hasVideoInput(mode) && mode != Mode::ImageToVideo)
        selectMode(Mode::ImageToVideo);
    if (currentMode() == Mode::ImageToVideo) {
        ensureFrames();
        if (!frames->hasStart())
            return result(frames->startZone());
    }
    ensureReferences();
    if (referencePanel->count() >= referencePanel->maxCount())
        return fail(GenerationForm::tr("“%1” was not added: %2 takes at most %3 reference images.")
                        .arg(fi.fileName(), ModeInfo::displayName(currentMode()))
                        .arg(referencePanel->maxCount()));
    return result(referencePanel->adder());
}

} // namespace ks

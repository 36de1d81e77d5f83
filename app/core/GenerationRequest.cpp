#include "core/GenerationRequest.h"

namespace ks {

QList<MediaRef *> GenerationRequest::mediaSlots()
{
    // Order matters: it is the upload order and the <<<image_N>>> numbering
    // (image_urls in list order, then the video). Only the result the mode sends.
    QList<MediaRef *> result;
    auto add = [&result](MediaRef &ref) {
        if (ref.isSet())
            result.append(&ref);
    };
    switch (mode) {
    case Mode::TextToVideo:
        break;
    case Mode::ImageToVideo:
        add(imageStart);
        add(imageEnd);
        for (MediaRef &r : referenceImages)
            add(r);
        break;
    case Mode::ReferenceToVideo:
    case Mode::VideoEdit:
        for (MediaRef &r : referenceImages)
            add(r);
        add(video);
        break;
    case Mode::CustomElement:
        if (elementUsesVideo()) {
            add(elementVideo);
        } else {
            add(elementFrontal);
            for (MediaRef &r : elementAngles)
                add(r);
        }
        break;
    }
    return result;
}

} // namespace ks

#pragma once
// What one media slot of the form (a first frame, a reference video, an
// element's video...) accepts, and the words for what it refuses: a local
// file by its checked content (format, size, pixels, length, frame rate, as
// RequestValidator judges them), a link by its scheme, and the limits shown
// on an empty slot so nobody learns them by failing. No widget here: the drop
// zone (ui/form/MediaDropZone) only shows the outcome.
//
// Refusals name the file and are worded at call time, so a caller keeps the
// inputs and words a refusal again after a language switch.

#include "core/MediaRef.h"
#include "core/RequestValidator.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ks {

class MediaAcceptance final
{
    Q_DECLARE_TR_FUNCTIONS(MediaAcceptance)
public:
    // What the slot takes: images (JPG/PNG, WEBP when allowed) or videos (MP4/MOV).
    enum class Kind { Image, Video };

    struct Slot
    {
        Kind kind = Kind::Image;
        bool allowWebp = false; // images: reference images take WEBP too
        // videos: the limits held to (an element's video has its own, §10.1 #3)
        RequestValidator::VideoUse videoUse = RequestValidator::VideoUse::Input;
    };

    // True when the slot takes files of this format at all.
    static bool acceptsFormat(const Slot &slot, MediaFormat format);

    // Why the checked local file `fileName` is refused (several reasons on
    // separate lines); empty when the slot accepts it. `info` comes from
    // InputFileCheck; `readError` is its error when the file could not be read
    // (info.probed false).
    static QString refusal(const Slot &slot, const QString &fileName, const MediaInfo &info,
                           const QString &readError = {});

    // A path that is missing or a folder ("“%1” is not a file that can be read.").
    static QString notAFile(const QString &path);

    // The link the slot uses for `text` (trimmed, https only); an invalid
    // QUrl when refused, `why` then says why.
    static QUrl remoteLink(const Slot &slot, const QString &text, QString *why);

    // The limits an empty slot shows, one fact each ("MP4 or MOV", "up to 200 MB", ...).
    static QStringList limits(const Slot &slot);
};

} // namespace ks

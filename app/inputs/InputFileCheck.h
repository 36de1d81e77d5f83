#pragma once
// Inspects a local input file (an image or a video) by what it holds, the
// way it will be judged before it is uploaded: opened only if it is a
// regular file (never blocking on a FIFO), its header probed, an image whose
// header claims too many pixels refused before decoding, every other image
// decoded in full (a truncated or corrupt body is found here), a video's moov
// read for its length, size and frame rate (VideoProbe). The result's
// MediaInfo then goes through RequestValidator like any other.
//
// inspect() reads the file: call it on a worker thread (start() does), never
// on the GUI thread.

#include "core/MediaRef.h"

#include <QFuture>
#include <QImage>
#include <QMetaType>
#include <QSize>
#include <QString>

namespace ks {

struct InputCheckResult
{
    QString path; // absolute
    MediaInfo info; // info.probed is false when the file could not be opened
    QString error; // translated, names the file: why it could not be opened or read
    QImage thumbnail; // images: the decoded picture scaled to the size asked for
};

class InputFileCheck final
{
public:
    // Reads and decodes `path` now, on the calling thread. `thumbnail`: the
    // box an image's thumbnail is scaled into (empty: none).
    static InputCheckResult inspect(const QString &path, const QSize &thumbnail = {});
    // The same on a worker thread; the future holds the one result.
    static QFuture<InputCheckResult> start(const QString &path, const QSize &thumbnail = {});
};

} // namespace ks

Q_DECLARE_METATYPE(ks::InputCheckResult)

#include "inputs/InputFileCheck.h"

#include "core/ImageProbe.h"
#include "core/RequestValidator.h"
#include "platform/RegularFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace ks {

namespace {

// A JPEG ends with EOI; Qt's decoder fills a cut-off picture with grey and
// reports success, so the marker is looked for in the file's tail (a camera
// may append a little data after it).
constexpr qint64 kJpegTailBytes = 64 * 1024;

QByteArray decoderName(MediaFormat f)
{
    switch (f) {
    case MediaFormat::Jpeg:
        return QByteArrayLiteral("jpeg");
    case MediaFormat::Png:
        return QByteArrayLiteral("png");
    case MediaFormat::Webp:
        return QByteArrayLiteral("webp");
    case MediaFormat::Gif:
        return QByteArrayLiteral("gif");
    default:
        return {};
    }
}

bool jpegHasEnd(QFile &file)
{
    const qint64 size = file.size();
    if (!file.seek(qMax<qint64>(0, size - kJpegTailBytes)))
        return false;
    return file.read(kJpegTailBytes).contains(QByteArrayLiteral("\xFF\xD9"));
}

// scaled() keeps a palette or 1-bit image in its own format, so a smooth
// scale is dithered back into noise. Such an image is brought to a few times
// the box size cheaply, then scaled smoothly in full colour.
QImage thumbnailOf(const QImage &image, const QSize &box)
{
    QImage source = image;
    const QImage::Format f = source.format();
    if (f == QImage::Format_Mono || f == QImage::Format_MonoLSB || f == QImage::Format_Indexed8) {
        const QSize near = source.size().scaled(box * 4, Qt::KeepAspectRatio);
        if (near.width() < source.width())
            source = source.scaled(near, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        source = source.convertToFormat(
            source.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    }
    return source.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

void decodeImage(const QString &path, const QSize &thumbnailBox, InputCheckResult &r)
{
    MediaInfo &info = r.info;
    const qint64 pixels = qint64(info.width) * info.height;
    // The header alone decides whether decoding is safe: RequestValidator
    // refuses these, and a decompression bomb never gets near the decoder.
    if (info.width <= 0 || info.height <= 0 || pixels > RequestValidator::kMaxImagePixels)
        return;
    const QByteArray format = decoderName(info.format);
    if (!QImageReader::supportedImageFormats().contains(format)) {
        info.defect = MediaDefect::Undecodable;
        info.defectDetail =
            QCoreApplication::translate("InputFileCheck", "this system has no %1 decoder installed")
                .arg(mediaFormatName(info.format));
        return;
    }
    QFile file(path);
    QString why;
    if (!RegularFile::open(file, &why)) {
        info.defect = MediaDefect::Undecodable;
        info.defectDetail = why;
        return;
    }
    QImageReader reader(&file, format);
    reader.setAutoTransform(true);
    // Four bytes a pixel at most, plus room for the decoder's own buffers.
    reader.setAllocationLimit(int(pixels * 4 / (1024 * 1024)) + 64);
    const QImage image = reader.read();
    if (image.isNull()) {
        info.defect = MediaDefect::Undecodable;
        info.defectDetail = reader.errorString();
        return;
    }
    const QSize header(info.width, info.height);
    if (image.size() != header && image.size() != header.transposed()) {
        info.defect = MediaDefect::Undecodable;
        info.defectDetail = QCoreApplication::translate(
                                "InputFileCheck", "its pixels (%1 × %2) do not match its header")
                                .arg(image.width())
                                .arg(image.height());
        return;
    }
    if (info.format == MediaFormat::Jpeg && !jpegHasEnd(file)) {
        info.defect = MediaDefect::Truncated;
        return;
    }
    if (thumbnailBox.isValid())
        r.thumbnail = thumbnailOf(image, thumbnailBox);
}

QThreadPool *checkPool()
{
    // Its own small pool: a slow disk or network share holds up other input
    // checks only, not the application's other background work.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool(QCoreApplication::instance());
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

} // namespace

InputCheckResult InputFileCheck::inspect(const QString &path, const QSize &thumbnail)
{
    InputCheckResult r;
    r.path = QFileInfo(path).absoluteFilePath();
    r.info = ImageProbe::probeFile(r.path, &r.error);
    if (!r.info.probed)
        return r;
    r.error.clear(); // an unknown type is the validator's to word
    switch (r.info.format) {
    case MediaFormat::Jpeg:
    case MediaFormat::Png:
    case MediaFormat::Webp:
    case MediaFormat::Gif:
        decodeImage(r.path, thumbnail, r);
        break;
    default:
        break; // videos: VideoProbe has read the moov already
    }
    return r;
}

QFuture<InputCheckResult> InputFileCheck::start(const QString &path, const QSize &thumbnail)
{
    auto promise = std::make_shared<QPromise<InputCheckResult>>();
    QFuture<InputCheckResult> future = promise->future();
    promise->start();
    checkPool()->start([promise, path, thumbnail] {
        promise->addResult(inspect(path, thumbnail));
        promise->finish();
    });
    return future;
}

} // namespace ks

#include "form/DroppedMedia.h"

#include "platform/Paths.h"

#include <QDateTime>
#include <QDir>
#include <QMimeData>
#include <QUrl>
#include <QUuid>

namespace ks {

DroppedMedia DroppedMedia::read(const QMimeData *mime, bool acceptPixels)
{
    DroppedMedia media;
    if (!mime)
        return media;
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QUrl url = mime->urls().constFirst();
        media.kind = url.isLocalFile() ? Kind::LocalFile : Kind::RemoteUrl;
        media.location = url.isLocalFile() ? url.toLocalFile() : url.toString();
        return media;
    }
    if (mime->hasImage() && acceptPixels) {
        media.pixels = qvariant_cast<QImage>(mime->imageData());
        if (!media.pixels.isNull()) {
            media.kind = Kind::Pixels;
            return media;
        }
    }
    if (mime->hasText()) {
        const QString text = mime->text().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (url.isLocalFile()) {
            media.kind = Kind::LocalFile;
            media.location = url.toLocalFile();
        } else if (text.startsWith(u"http")) {
            media.kind = Kind::RemoteUrl;
            media.location = text;
        }
    }
    return media;
}

bool DroppedMedia::offersSomething(const QMimeData *mime, bool acceptPixels)
{
    if (!mime)
        return false;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        return !urls.isEmpty()
            && (urls.constFirst().isLocalFile() || urls.constFirst().scheme().startsWith(u"http"));
    }
    if (mime->hasImage())
        return acceptPixels;
    return mime->hasText() && mime->text().trimmed().startsWith(u"http");
}

QString DroppedMedia::savePixels(const QImage &image, QString *failedPath, bool *folderFailed)
{
    const QString dirPath = Paths::cacheDir() + QStringLiteral("/pasted");
    if (!QDir().mkpath(dirPath)) {
        *failedPath = dirPath;
        *folderFailed = true;
        return {};
    }
    const QString fileName =
        QStringLiteral("pasted-%1-%2.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                 QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString path = dirPath + QLatin1Char('/') + fileName;
    if (!image.save(path, "PNG")) {
        *failedPath = path;
        *folderFailed = false;
        return {};
    }
    return path;
}

} // namespace ks

#include "core/MediaAcceptance.h"

#include "core/ByteSizeText.h"

#include <QDir>

namespace ks {

bool MediaAcceptance::acceptsFormat(const Slot &slot, MediaFormat format)
{
    if (slot.kind == Kind::Video)
        return format == MediaFormat::Mp4 || format == MediaFormat::Mov;
    return format == MediaFormat::Jpeg || format == MediaFormat::Png
        || (slot.allowWebp && format == MediaFormat::Webp);
}

QString MediaAcceptance::refusal(const Slot &slot, const QString &fileName, const MediaInfo &info,
                                 const QString &readError)
{
    if (!info.probed)
        return tr("“%1” could not be read: %2").arg(fileName, readError);
    if (slot.kind == Kind::Video) {
        if (!acceptsFormat(slot, info.format)) {
            return tr("“%1” is not an MP4 or MOV video: its content is %2.")
                .arg(fileName,
                     info.format == MediaFormat::Unknown ? tr("not a format the service accepts")
                                                         : mediaFormatName(info.format));
        }
        const QList<QString> issues = RequestValidator::checkVideo(info, slot.videoUse);
        if (!issues.isEmpty())
            return tr("“%1”: %2").arg(fileName, issues.join(QLatin1Char('\n')));
        return {};
    }
    if (info.format == MediaFormat::Unknown) {
        return tr("“%1” is not a JPG or PNG image: its content is not an image format the "
                  "service accepts.")
            .arg(fileName);
    }
    // Damage found by decoding, a decompression bomb refused from its header,
    // and the API's limits: one wording, from RequestValidator.
    const QList<QString> issues = RequestValidator::checkImage(info, slot.allowWebp);
    if (!issues.isEmpty())
        return tr("“%1”: %2").arg(fileName, issues.join(QLatin1Char('\n')));
    return {};
}

QString MediaAcceptance::notAFile(const QString &path)
{
    return tr("“%1” is not a file that can be read.").arg(QDir::toNativeSeparators(path));
}

QUrl MediaAcceptance::remoteLink(const Slot &slot, const QString &text, QString *why)
{
    const QString trimmed = text.trimmed();
    const QUrl parsed(trimmed, QUrl::StrictMode);
    if (parsed.isValid() && parsed.scheme() == QLatin1String("https") && !parsed.host().isEmpty())
        return parsed;
    if (why) {
        *why = parsed.scheme() == QLatin1String("http")
            ? tr("Only https links can be used; “%1” is http.").arg(trimmed)
            : slot.kind == Kind::Video ? tr("“%1” is not an https link to a video.").arg(trimmed)
                                       : tr("“%1” is not an https link to an image.").arg(trimmed);
    }
    return {};
}

QStringList MediaAcceptance::limits(const Slot &slot)
{
    if (slot.kind == Kind::Video) {
        return {
            tr("MP4 or MOV"),
            tr("up to %1").arg(ByteSizeText::format(RequestValidator::kMaxVideoBytes)),
            tr("at least 3 s"),
            tr("720–2160 px per side"),
            tr("24–60 fps"),
        };
    }
    return {
        slot.allowWebp ? tr("JPG, PNG or WEBP") : tr("JPG or PNG"),
        tr("up to %1").arg(ByteSizeText::format(RequestValidator::kMaxImageBytes)),
        tr("at least %1 px per side").arg(RequestValidator::kMinImageSide),
        tr("ratio 1:2.5 to 2.5:1"),
    };
}

} // namespace ks

#include "UploadResult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace ks {

std::optional<UploadResult> UploadResult::parse(const QByteArray &body, QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<UploadResult> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(
            QCoreApplication::translate("UploadResult", "The upload reply is not a JSON object."));
    }
    const QJsonObject o = doc.object();
    if (o.value(u"success").isBool() && !o.value(u"success").toBool()) {
        const QString msg = o.value(u"msg").toString(o.value(u"message").toString());
        return fail(QCoreApplication::translate("UploadResult", "The upload was refused: %1")
                        .arg(msg.isEmpty() ? QStringLiteral("-") : msg));
    }
    const QJsonObject data = o.value(u"data").isObject() ? o.value(u"data").toObject() : o;

    UploadResult r;
    r.fileId = data.value(u"file_id").toString();
    r.fileUrl = data.value(u"file_url").toString().trimmed();
    if (r.fileUrl.isEmpty())
        r.fileUrl = data.value(u"download_url").toString().trimmed();
    r.mimeType = data.value(u"mime_type").toString();
    const QJsonValue size = data.value(u"file_size");
    r.fileSize = size.isString() ? size.toString().toLongLong() : qint64(size.toDouble());
    const QString expires = data.value(u"expires_at").toString();
    if (!expires.isEmpty())
        r.expiresAt = QDateTime::fromString(expires, Qt::ISODate);

    if (r.fileUrl.isEmpty()) {
        return fail(
            QCoreApplication::translate("UploadResult", "The upload reply contains no file URL."));
    }
    if (!r.fileUrl.startsWith(u"https://", Qt::CaseInsensitive)
        && !r.fileUrl.startsWith(u"http://", Qt::CaseInsensitive)) {
        return fail(QCoreApplication::translate("UploadResult",
                                                "The upload reply's file URL is not a web link: %1")
                        .arg(r.fileUrl.left(200)));
    }
    return r;
}

} // namespace ks

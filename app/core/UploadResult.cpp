#include "core/UploadResult.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace ks {

namespace {

// A size as a JSON number or a numeric string; 0 (unknown) for anything
// else, negative or beyond what a double holds exactly (a 1e98 would not
// fit a qint64 at all).
qint64 byteCount(const QJsonValue &value)
{
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok && n > 0 ? n : 0;
    }
    const double d = value.toDouble();
    return std::isfinite(d) && d > 0 && d < 9.0e15 ? qint64(d) : 0;
}

} // namespace

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
    r.fileSize = byteCount(data.value(u"file_size"));
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

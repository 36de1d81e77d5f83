#pragma once
// Parsed files-API upload reply (API.md §5).

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace ks {

struct UploadResult
{
    QString fileId;
    QString fileUrl;
    QString mimeType;
    qint64 fileSize = 0;
    QDateTime expiresAt;
    static std::optional<UploadResult> parse(const QByteArray &body, QString *error = nullptr);
};

} // namespace ks

#pragma once
// Parsed files-API quota reply (GET /api/v1/files/quota, API.md §10.1 #10):
// how many uploaded files the account may keep, and how many it may still add.

#include <QByteArray>
#include <QString>

#include <optional>

namespace ks {

struct FileQuota
{
    QString userGroup;
    qint64 usedFiles = 0;
    qint64 maxFiles = 0;
    qint64 remainFiles = 0;

    // nullopt (and *error) unless the body is a successful quota answer with
    // numeric used/max/remain counts that are not negative.
    static std::optional<FileQuota> parse(const QByteArray &body, QString *error = nullptr);
};

} // namespace ks

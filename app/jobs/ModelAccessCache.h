#pragma once
// The last model list GET /v1/models gave, kept in a small JSON file so the
// next start shows the same unavailable modes at once. Stored with a
// fingerprint of the key and API address (a truncated SHA-256, never the key)
// and the time it was read; a list for another key is not used.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ks {

class ModelAccessCache final
{
public:
    struct Entry
    {
        QString fingerprint;
        QDateTime readAt; // UTC
        QStringList models;
    };

    explicit ModelAccessCache(QString path);

    // SHA-256 of the API address and key, first 16 hex digits: tells keys
    // apart without keeping anything that could be used as one.
    static QString fingerprint(const QString &apiBase, const QString &key);

    // The stored list when it belongs to `fingerprint`; empty otherwise, or
    // when the file is missing or unreadable.
    std::optional<Entry> load(const QString &fingerprint) const;
    // Replaces the file atomically; false when it cannot be written.
    bool save(const Entry &entry) const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace ks

#include "jobs/ModelAccessCache.h"

#include "platform/FileReplace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ks {

namespace {
// A cache file is a few hundred bytes; anything far larger is not ours.
constexpr qint64 kMaxFileBytes = 256 * 1024;
} // namespace

ModelAccessCache::ModelAccessCache(QString path) : m_path(std::move(path)) { }

QString ModelAccessCache::fingerprint(const QString &apiBase, const QString &key)
{
    const QByteArray text = apiBase.toUtf8() + '\n' + key.toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16));
}

std::optional<ModelAccessCache::Entry> ModelAccessCache::load(const QString &fingerprint) const
{
    QFile file(m_path);
    if (fingerprint.isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QLatin1String("key_fingerprint")).toString() != fingerprint)
        return std::nullopt;
    Entry entry;
    entry.fingerprint = fingerprint;
    entry.readAt =
        QDateTime::fromString(root.value(QLatin1String("read_at")).toString(), Qt::ISODate);
    for (const QJsonValue &v : root.value(QLatin1String("models")).toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            entry.models.append(v.toString());
    }
    if (entry.models.isEmpty())
        return std::nullopt;
    return entry;
}

bool ModelAccessCache::save(const Entry &entry) const
{
    const QJsonObject root {{QStringLiteral("key_fingerprint"), entry.fingerprint},
                            {QStringLiteral("read_at"), entry.readAt.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("models"), QJsonArray::fromStringList(entry.models)}};
    QString why;
    return FileReplace::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), &why);
}

} // namespace ks

#include "history/CardImageCache.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstring>

namespace ks {

namespace {
const QByteArray kMagic = QByteArrayLiteral("KSCARDS1");
constexpr int kMaxSide = 4096;

qsizetype costOf(const QImage &image)
{
    return qMax<qsizetype>(1, image.sizeInBytes() / 1024);
}
} // namespace

const CardImageCache::Card *CardImageCache::find(const QByteArray &key)
{
    const Card *card = m_cards.object(key);
    if (card) {
        const qsizetype at = m_recentPlain.indexOf(key);
        if (at > 0)
            m_recentPlain.move(at, 0);
    }
    return card;
}

void CardImageCache::insert(const QByteArray &key, const Card &card, bool plain)
{
    m_cards.insert(key, new Card(card), costOf(card.image));
    if (!plain)
        return;
    m_recentPlain.removeOne(key);
    m_recentPlain.prepend(key);
    if (m_recentPlain.size() > kMaxSaved)
        m_recentPlain.resize(kMaxSaved);
}

QList<QByteArray> CardImageCache::savedKeys() const
{
    QList<QByteArray> keys;
    qsizetype bytes = 0;
    for (const QByteArray &key : m_recentPlain) {
        const Card *card = m_cards.object(key);
        if (!card)
            continue;
        bytes += card->image.sizeInBytes();
        if (bytes > kMaxSavedBytes)
            break;
        keys << key;
    }
    return keys;
}

bool CardImageCache::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_0);
    QByteArray magic;
    quint32 count = 0;
    in >> magic >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic || count > quint32(kMaxSaved))
        return false;
    struct Loaded
    {
        QByteArray key;
        Card card;
    };
    QList<Loaded> cards;
    for (quint32 i = 0; i < count; ++i) {
        Loaded loaded;
        bool withThumbnail = false;
        qint32 width = 0;
        qint32 height = 0;
        double dpr = 0;
        QByteArray pixels;
        in >> loaded.key >> withThumbnail >> width >> height >> dpr >> pixels;
        if (in.status() != QDataStream::Ok || loaded.key.isEmpty() || width <= 0 || height <= 0
            || width > kMaxSide || height > kMaxSide || !(dpr > 0 && dpr <= 8)
            || pixels.size() != qsizetype(width) * height * 4)
            return false;
        // The image uses the bytes read, no copy: the QByteArray is kept
        // alive by the image and released with it.
        auto *owner = new QByteArray(std::move(pixels));
        QImage image(
            reinterpret_cast<uchar *>(owner->data()), width, height, width * 4,
            QImage::Format_ARGB32_Premultiplied,
            [](void *bytes) { delete static_cast<QByteArray *>(bytes); }, owner);
        if (image.isNull()) {
            delete owner;
            return false;
        }
        image.setDevicePixelRatio(dpr);
        loaded.card = Card {image, withThumbnail};
        cards << loaded;
    }
    if (!in.atEnd())
        return false;
    QList<QByteArray> keys;
    for (auto it = cards.crbegin(); it != cards.crend(); ++it) { // oldest first
        if (!m_cards.contains(it->key))
            insert(it->key, it->card, true);
        keys.prepend(it->key);
    }
    m_fileKeys = keys;
    return true;
}

bool CardImageCache::save(const QString &path)
{
    const QList<QByteArray> keys = savedKeys();
    if (keys == m_fileKeys && QFile::exists(path))
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_0);
    out << kMagic << quint32(keys.size());
    for (const QByteArray &key : keys) {
        const Card *card = m_cards.object(key);
        const QImage image = card->image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QByteArray pixels(qsizetype(image.width()) * image.height() * 4, Qt::Uninitialized);
        for (int y = 0; y < image.height(); ++y)
            std::memcpy(pixels.data() + qsizetype(y) * image.width() * 4, image.constScanLine(y),
                        size_t(image.width()) * 4);
        out << key << card->withThumbnail << qint32(image.width()) << qint32(image.height())
            << double(image.devicePixelRatio()) << pixels;
    }
    if (out.status() != QDataStream::Ok || !file.commit())
        return false;
    m_fileKeys = keys;
    return true;
}

} // namespace ks

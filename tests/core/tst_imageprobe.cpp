// ImageProbe reads type and size from content only. Images are written with
// QImage (Qt Gui is linked by this test only), WEBP headers are built by hand,
// videos come from the demo samples and tests/data/core.
#include "core/ImageProbe.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {
QByteArray le16(quint32 v)
{
    QByteArray b;
    b.append(char(v & 0xFF));
    b.append(char((v >> 8) & 0xFF));
    return b;
}
QByteArray le24(quint32 v)
{
    return le16(v & 0xFFFF) + char((v >> 16) & 0xFF);
}
QByteArray le32(quint32 v)
{
    return le16(v & 0xFFFF) + le16(v >> 16);
}

QByteArray riffWebp(const QByteArray &chunkType, const QByteArray &payload)
{
    const QByteArray chunk = chunkType + le32(quint32(payload.size())) + payload;
    return QByteArray("RIFF") + le32(quint32(chunk.size() + 4)) + QByteArray("WEBP") + chunk;
}

QByteArray webpLossy(int w, int h)
{
    // frame tag (key frame), start code, 14-bit sizes, then some filler.
    QByteArray p = QByteArray::fromHex("500100"); // frame tag
    p += QByteArray::fromHex("9d012a");
    p += le16(quint32(w)) + le16(quint32(h));
    p += QByteArray(32, '\0');
    return riffWebp("VP8 ", p);
}

QByteArray webpLossless(int w, int h)
{
    const quint32 bits = quint32(w - 1) | (quint32(h - 1) << 14);
    return riffWebp("VP8L", QByteArray(1, char(0x2F)) + le32(bits) + QByteArray(16, '\0'));
}

QByteArray webpExtended(int w, int h)
{
    return riffWebp("VP8X",
                    QByteArray::fromHex("10000000") + le24(quint32(w - 1)) + le24(quint32(h - 1)));
}

QByteArray gif(int w, int h)
{
    return QByteArray("GIF89a") + le16(quint32(w)) + le16(quint32(h))
        + QByteArray::fromHex("f70000") + QByteArray(30, '\0');
}

QByteArray encode(const QImage &img, const char *format, int quality = -1)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    if (!img.save(&buffer, format, quality))
        qFatal("cannot encode %s", format);
    return out;
}

QImage picture(int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(Qt::darkCyan);
    return img;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(path));
    return f.readAll();
}

const QString kSample = QStringLiteral(KS_SAMPLES_DIR "/sample-16x9.mp4");
const QString kMov = QStringLiteral(KS_CORE_DATA_DIR "/clip-320x240-30fps-moov-at-end.mov");
const QString kRotated = QStringLiteral(KS_CORE_DATA_DIR "/clip-320x180-rot90.mp4");
} // namespace

class TstImageProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void images_data();
    void images();
    void fileLiesAboutItsName();
    void truncatedAndGarbageFiles_data();
    void truncatedAndGarbageFiles();
    void missingFile();
    void jpegWithMetadataBeforeFrame();
    void mp4Sample();
    void otherSamples();
    void movWithMoovAtEnd();
    void rotatedVideo();
    void truncatedVideo();
    void everyPrefixIsSafe();
    void randomCorruptionIsSafe();
    void refusedImageFormats_data();
    void refusedImageFormats();

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &bytes);
};

void TstImageProbe::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TstImageProbe::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TstImageProbe::images_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<MediaFormat>("format");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");

    QTest::newRow("png") << encode(picture(640, 480), "PNG") << MediaFormat::Png << 640 << 480;
    QTest::newRow("png tall") << encode(picture(301, 1203), "PNG") << MediaFormat::Png << 301
                              << 1203;
    QTest::newRow("jpeg") << encode(picture(400, 300), "JPEG", 80) << MediaFormat::Jpeg << 400
                          << 300;
    QTest::newRow("jpeg odd size")
        << encode(picture(1237, 311), "JPEG", 50) << MediaFormat::Jpeg << 1237 << 311;
    QTest::newRow("gif") << gif(320, 200) << MediaFormat::Gif << 320 << 200;
    QTest::newRow("webp lossy") << webpLossy(1024, 576) << MediaFormat::Webp << 1024 << 576;
    QTest::newRow("webp lossless") << webpLossless(300, 750) << MediaFormat::Webp << 300 << 750;
    QTest::newRow("webp extended") << webpExtended(4000, 3000) << MediaFormat::Webp << 4000 << 3000;
}

void TstImageProbe::images()
{
    QFETCH(QByteArray, bytes);
    QFETCH(MediaFormat, format);
    QFETCH(int, width);
    QFETCH(int, height);

    const MediaInfo fromData = ImageProbe::probeData(bytes);
    QCOMPARE(fromData.format, format);
    QCOMPARE(fromData.width, width);
    QCOMPARE(fromData.height, height);
    QCOMPARE(fromData.bytes, bytes.size());
    QVERIFY(fromData.probed);

    QString error;
    const MediaInfo fromFile =
        ImageProbe::probeFile(write(QStringLiteral("img.bin"), bytes), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fromFile.format, format);
    QCOMPARE(fromFile.width, width);
    QCOMPARE(fromFile.height, height);
    QCOMPARE(fromFile.bytes, bytes.size());
    QCOMPARE(fromFile.durationSeconds, 0.0);
}

void TstImageProbe::fileLiesAboutItsName()
{
    const QString path = write(QStringLiteral("holiday.png"), encode(picture(500, 400), "JPEG"));
    const MediaInfo info = ImageProbe::probeFile(path);
    QCOMPARE(info.format, MediaFormat::Jpeg);
    QCOMPARE(info.width, 500);

    const QString video = write(QStringLiteral("clip.jpg"), readAll(kSample));
    QCOMPARE(ImageProbe::probeFile(video).format, MediaFormat::Mp4);
}

void TstImageProbe::truncatedAndGarbageFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<MediaFormat>("format");
    const QByteArray png = encode(picture(640, 480), "PNG");
    const QByteArray jpeg = encode(picture(640, 480), "JPEG");
    QTest::newRow("text file") << QByteArray("This is a text file, not an image.\n")
                               << MediaFormat::Unknown;
    QTest::newRow("empty") << QByteArray() << MediaFormat::Unknown;
    QTest::newRow("png signature only") << png.left(8) << MediaFormat::Png;
    QTest::newRow("png cut in IHDR") << png.left(18) << MediaFormat::Png;
    QTest::newRow("jpeg cut before SOF") << jpeg.left(20) << MediaFormat::Jpeg;
    QTest::newRow("jpeg SOI only") << jpeg.left(3) << MediaFormat::Jpeg;
    QTest::newRow("webp header only")
        << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << MediaFormat::Webp;
    QTest::newRow("gif header only") << QByteArray("GIF89a") << MediaFormat::Gif;
    QTest::newRow("jpeg zero-length segment")
        << QByteArray::fromHex("ffd8ffe00000ffc0") << MediaFormat::Jpeg;
    QTest::newRow("html") << QByteArray("<html><body>404</body></html>") << MediaFormat::Unknown;
}

void TstImageProbe::truncatedAndGarbageFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(MediaFormat, format);
    const MediaInfo fromData = ImageProbe::probeData(bytes);
    QCOMPARE(fromData.format, format);
    QCOMPARE(fromData.width, 0);
    QCOMPARE(fromData.height, 0);
    const MediaInfo fromFile = ImageProbe::probeFile(write(QStringLiteral("bad.png"), bytes));
    QCOMPARE(fromFile.format, format);
    QCOMPARE(fromFile.width, 0);
    QVERIFY(fromFile.probed);
}

void TstImageProbe::missingFile()
{
    QString error;
    const MediaInfo info =
        ImageProbe::probeFile(m_dir.filePath(QStringLiteral("nope.png")), &error);
    QVERIFY(!info.probed);
    QCOMPARE(info.format, MediaFormat::Unknown);
    QVERIFY(!error.isEmpty());
}

void TstImageProbe::jpegWithMetadataBeforeFrame()
{
    // EXIF-like APP1 segment and a DHT before SOF2 (progressive): the scan
    // must skip segments by their length, not look for the first C0.
    QByteArray j = QByteArray::fromHex("ffd8");
    j += QByteArray::fromHex("ffe1") + QByteArray::fromHex("0010")
        + QByteArray("Exif\0\0\xff\xc0\x01\x02\x03\x04\x05\x06", 14);
    j += QByteArray::fromHex("ffc4") + QByteArray::fromHex("0004") + QByteArray::fromHex("0000");
    j += QByteArray::fromHex("ffc2001108") + QByteArray::fromHex("02d0") // height 720
        + QByteArray::fromHex("0500") // width 1280
        + QByteArray::fromHex("03011100021101031101");
    const MediaInfo info = ImageProbe::probeData(j);
    QCOMPARE(info.format, MediaFormat::Jpeg);
    QCOMPARE(info.width, 1280);
    QCOMPARE(info.height, 720);
}

void TstImageProbe::mp4Sample()
{
    QString error;
    const MediaInfo info = ImageProbe::probeFile(kSample, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(info.format, MediaFormat::Mp4);
    QCOMPARE(info.width, 640);
    QCOMPARE(info.height, 360);
    QCOMPARE(info.durationSeconds, 5.0);
    QCOMPARE(info.fps, 24.0);
    QCOMPARE(info.bytes, QFileInfo(kSample).size());

    // The same from memory (moov is near the start of this file).
    const MediaInfo mem = ImageProbe::probeData(readAll(kSample));
    QCOMPARE(mem.width, 640);
    QCOMPARE(mem.durationSeconds, 5.0);
}

void TstImageProbe::otherSamples()
{
    const MediaInfo square =
        ImageProbe::probeFile(QStringLiteral(KS_SAMPLES_DIR "/sample-1x1.mp4"));
    QCOMPARE(square.format, MediaFormat::Mp4);
    QVERIFY(square.width > 0);
    QCOMPARE(square.width, square.height);
    const MediaInfo tall = ImageProbe::probeFile(QStringLiteral(KS_SAMPLES_DIR "/sample-9x16.mp4"));
    QVERIFY(tall.height > tall.width);
    QCOMPARE(tall.width * 16, tall.height * 9);
}

void TstImageProbe::movWithMoovAtEnd()
{
    const MediaInfo info = ImageProbe::probeFile(kMov);
    QCOMPARE(info.format, MediaFormat::Mov);
    QCOMPARE(info.width, 320);
    QCOMPARE(info.height, 240);
    QCOMPARE(info.durationSeconds, 3.5);
    QCOMPARE(info.fps, 30.0);
    // From the first 64 KiB in memory this small file is whole; its head alone is not.
    QCOMPARE(ImageProbe::probeData(readAll(kMov).left(4096)).format, MediaFormat::Mov);
    QCOMPARE(ImageProbe::probeData(readAll(kMov).left(4096)).width, 0);
}

void TstImageProbe::rotatedVideo()
{
    // Stored 320 × 180 with a 90° display matrix: shown (and judged) as 180 × 320.
    const MediaInfo info = ImageProbe::probeFile(kRotated);
    QCOMPARE(info.format, MediaFormat::Mp4);
    QCOMPARE(info.width, 180);
    QCOMPARE(info.height, 320);
    QCOMPARE(info.durationSeconds, 2.0);
    QCOMPARE(info.fps, 25.0);
}

void TstImageProbe::truncatedVideo()
{
    const QByteArray sample = readAll(kSample);
    for (int cut : {12, 40, 1000, 5000}) {
        const QString path = write(QStringLiteral("cut.mp4"), sample.left(cut));
        const MediaInfo info = ImageProbe::probeFile(path);
        QCOMPARE(info.format, MediaFormat::Mp4);
        QCOMPARE(info.width, 0);
        QCOMPARE(info.durationSeconds, 0.0);
        QCOMPARE(info.bytes, qint64(cut));
    }
}

void TstImageProbe::everyPrefixIsSafe()
{
    const QList<QByteArray> files = {encode(picture(64, 48), "PNG"),
                                     encode(picture(64, 48), "JPEG"),
                                     webpLossy(64, 48),
                                     webpLossless(64, 48),
                                     webpExtended(64, 48),
                                     gif(64, 48),
                                     readAll(kSample).left(6000),
                                     readAll(kRotated)};
    for (const QByteArray &f : files) {
        for (int n = 0; n <= f.size(); ++n) {
            const MediaInfo info = ImageProbe::probeData(f.left(n));
            QVERIFY(info.width >= 0 && info.height >= 0);
            QVERIFY(info.durationSeconds >= 0);
        }
    }
}

void TstImageProbe::randomCorruptionIsSafe()
{
    QRandomGenerator rng(20251009);
    const QList<QByteArray> seeds = {readAll(kSample).left(8000), readAll(kRotated),
                                     encode(picture(120, 80), "JPEG"),
                                     encode(picture(120, 80), "PNG")};
    int probes = 0;
    for (const QByteArray &seed : seeds) {
        for (int round = 0; round < 300; ++round) {
            QByteArray bytes = seed;
            const int flips = 1 + int(rng.bounded(20));
            for (int i = 0; i < flips; ++i)
                bytes[int(rng.bounded(quint32(bytes.size())))] = char(rng.bounded(256));
            const MediaInfo info = ImageProbe::probeData(bytes);
            QVERIFY(info.width >= 0 && info.height >= 0);
            ++probes;
        }
    }
    const QString path = write(QStringLiteral("corrupt.mp4"), [&] {
        QByteArray b = readAll(kMov);
        // A moov size claiming far more than the file holds.
        const int moov = b.lastIndexOf("moov") - 4;
        b[moov] = char(0x7F);
        return b;
    }());
    QCOMPARE(ImageProbe::probeFile(path).width, 0);
    QCOMPARE(probes, 1200);
}

// HEIC, AVIF and TIFF are named from their first bytes whatever the file is
// called (API.md §10.1 #14), not taken for a broken MP4 or an unknown file.
void TstImageProbe::refusedImageFormats_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<MediaFormat>("format");
    auto ftyp = [](const char *major, const QByteArray &compatible) {
        QByteArray box;
        const quint32 size = quint32(16 + compatible.size());
        box.append(char(size >> 24)).append(char(size >> 16)).append(char(size >> 8));
        box.append(char(size));
        box.append("ftyp").append(major, 4).append(QByteArray(4, '\0')).append(compatible);
        return box + QByteArray::fromHex("0000001c6d657461"); // a "meta" box follows
    };
    QTest::newRow("heic") << ftyp("heic", "mif1heic") << MediaFormat::Heic;
    QTest::newRow("heix") << ftyp("heix", "mif1heix") << MediaFormat::Heic;
    QTest::newRow("mif1 heic") << ftyp("mif1", "mif1heic") << MediaFormat::Heic;
    QTest::newRow("avif") << ftyp("avif", "avifmif1miaf") << MediaFormat::Avif;
    QTest::newRow("mif1 avif") << ftyp("mif1", "mif1avifmiaf") << MediaFormat::Avif;
    QTest::newRow("avis") << ftyp("avis", "avismsf1") << MediaFormat::Avif;
    QTest::newRow("tiff little-endian")
        << QByteArray("II*\0\x08\0\0\0", 8) + QByteArray(64, '\0') << MediaFormat::Tiff;
    QTest::newRow("tiff big-endian")
        << QByteArray("MM\0*\0\0\0\x08", 8) + QByteArray(64, '\0') << MediaFormat::Tiff;
    QTest::newRow("mp4 stays mp4") << ftyp("isom", "isomiso2mp41") << MediaFormat::Mp4;
}

void TstImageProbe::refusedImageFormats()
{
    QFETCH(QByteArray, bytes);
    QFETCH(MediaFormat, format);
    QCOMPARE(ImageProbe::sniffFormat(bytes), format);
    if (format == MediaFormat::Mp4)
        return;
    QCOMPARE(ImageProbe::probeData(bytes).format, format);
    // Named .jpg: the content decides.
    QString error;
    const MediaInfo info = ImageProbe::probeFile(write(QStringLiteral("photo.jpg"), bytes), &error);
    QVERIFY(info.probed);
    QCOMPARE(info.format, format);
    QVERIFY(isRefusedImageFormat(info.format));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TstImageProbe)
#include "tst_imageprobe.moc"

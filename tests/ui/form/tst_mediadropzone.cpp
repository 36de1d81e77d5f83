// The image drop zone on its own: local files, pixel bombs, https links,
// pasted image data, Ctrl+V, drops of data and of refused files, removal.

#include "InputCheckWait.h"
#include "form/MediaDropZone.h"
#include "platform/Paths.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QtEndian>

using namespace ks;
using namespace ks::test;

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &payload)
{
    QByteArray out;
    char len[4];
    qToBigEndian<quint32>(quint32(payload.size()), len);
    out.append(len, 4);
    const QByteArray body = QByteArray(type, 4) + payload;
    out.append(body);
    char crc[4];
    qToBigEndian<quint32>(crc32(body), crc);
    out.append(crc, 4);
    return out;
}

// A tiny file whose header claims width x height pixels: what a
// decompression bomb looks like to a probe.
QByteArray pngHeaderOnly(quint32 width, quint32 height)
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(width, ihdr.data());
    qToBigEndian<quint32>(height, ihdr.data() + 4);
    ihdr[8] = 8; // bit depth
    ihdr[9] = 2; // RGB
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr)
        + pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
}

} // namespace

class TestMediaDropZone final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptsJpegAndShowsFacts();
    void thumbnailIsScaledDown();
    void refusesPixelBomb();
    void refusedFileKeepsPreviousImage();
    void remoteUrls();
    void pastedImageDataBecomesCachedPng();
    void pastedTextLink();
    void ctrlVPastesClipboardImage();
    void dropOfImageData();
    void dragOfPlainTextIgnored();
    void removeButtonClears();
    void setMediaForMissingFile();
    void fifoAndDamagedDropsAreRefusedWithoutBlocking();
    void errorFollowsLanguageSwitch();
    void droppedHeicAvifTiffAreNamed_data();
    void droppedHeicAvifTiffAreNamed();

private:
    QString makeImage(const QString &name, int w, int h, const char *format = "PNG");
    QTemporaryDir m_dir;
};

void TestMediaDropZone::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
}

QString TestMediaDropZone::makeImage(const QString &name, int w, int h, const char *format)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(QColor(220, 120, 40));
    const QString path = m_dir.filePath(name);
    if (!image.save(path, format))
        qFatal("cannot write test image");
    return path;
}

void TestMediaDropZone::acceptsJpegAndShowsFacts()
{
    MediaDropZone zone;
    QSignalSpy spy(&zone, &MediaDropZone::mediaChanged);
    const QString path = makeImage(QStringLiteral("photo.jpg"), 1024, 576, "JPEG");
    QVERIFY(setLocalFileAndWait(&zone, path));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(zone.media().localPath, path);
    QCOMPARE(zone.media().info.format, MediaFormat::Jpeg);
    QCOMPARE(zone.media().info.bytes, QFileInfo(path).size());
    auto *details = zone.findChild<QLabel *>(QStringLiteral("dropZoneDetails"));
    QVERIFY(details);
    QVERIFY2(details->text().startsWith(QStringLiteral("JPEG · 1024\u00a0×\u00a0576 · ")),
             qPrintable(details->text()));
    auto *name = zone.findChild<QLabel *>(QStringLiteral("dropZoneName"));
    QVERIFY(name);
    QCOMPARE(name->toolTip(), QDir::toNativeSeparators(path));

    // Same file again: nothing changed, no signal.
    QVERIFY(setLocalFileAndWait(&zone, path));
    QCOMPARE(spy.count(), 1);
}

void TestMediaDropZone::thumbnailIsScaledDown()
{
    MediaDropZone zone;
    QVERIFY(setLocalFileAndWait(&zone, makeImage(QStringLiteral("big.png"), 4000, 2250)));
    auto *thumb = zone.findChild<QLabel *>(QStringLiteral("dropZoneThumb"));
    QVERIFY(thumb);
    const QPixmap pixmap = thumb->pixmap();
    QVERIFY(!pixmap.isNull());
    const QSize logical = (QSizeF(pixmap.size()) / pixmap.devicePixelRatio()).toSize();
    QCOMPARE(logical, QSize(MediaDropZone::kThumbnailWidth, 72)); // 16:9 inside 128 × 80
}

void TestMediaDropZone::refusesPixelBomb()
{
    const QString path = m_dir.filePath(QStringLiteral("bomb.png"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pngHeaderOnly(12000, 10000));
    f.close();
    QVERIFY(QFileInfo(path).size() < 200);

    MediaDropZone zone;
    QVERIFY(!setLocalFileAndWait(&zone, path));
    QVERIFY(!zone.media().isSet());
    QVERIFY2(zone.errorText().contains(QStringLiteral("12000 × 10000")),
             qPrintable(zone.errorText()));
    QVERIFY2(zone.errorText().contains(QStringLiteral("100 megapixels")),
             qPrintable(zone.errorText()));
}

void TestMediaDropZone::refusedFileKeepsPreviousImage()
{
    MediaDropZone zone;
    const QString good = makeImage(QStringLiteral("good.png"), 600, 600);
    QVERIFY(setLocalFileAndWait(&zone, good));
    QSignalSpy spy(&zone, &MediaDropZone::mediaChanged);

    const QString bad = makeImage(QStringLiteral("narrow.png"), 300, 900);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(bad)});
    // Qt delivers a drop to the widget that accepted the drag enter.
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&zone, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QVERIFY(!checkedAfter(&zone, [&] { QCoreApplication::sendEvent(&zone, &drop); }));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(zone.media().localPath, good);
    QVERIFY(!zone.errorText().isEmpty());
    auto *error = zone.findChild<QLabel *>(QStringLiteral("dropZoneError"));
    QVERIFY(error->isVisibleTo(&zone));
    QCOMPARE(error->text(), zone.errorText());
    QVERIFY2(zone.errorText().contains(QStringLiteral("300 × 900")), qPrintable(zone.errorText()));
    QCOMPARE(zone.property("invalid").toBool(), true);

    // A missing file says so.
    QVERIFY(!setLocalFileAndWait(&zone, m_dir.filePath(QStringLiteral("nope.png"))));
    QVERIFY(zone.errorText().contains(QStringLiteral("nope.png")));
}

void TestMediaDropZone::remoteUrls()
{
    MediaDropZone zone;
    QVERIFY(zone.setRemoteUrl(QStringLiteral("  https://cdn.example.com/frames/a.png ")));
    QCOMPARE(zone.media().url, QStringLiteral("https://cdn.example.com/frames/a.png"));
    QVERIFY(!zone.media().isLocal());
    QVERIFY(!zone.media().info.probed);
    auto *details = zone.findChild<QLabel *>(QStringLiteral("dropZoneDetails"));
    QVERIFY2(details->text().contains(QStringLiteral("cdn.example.com")),
             qPrintable(details->text()));

    QVERIFY(!zone.setRemoteUrl(QStringLiteral("http://cdn.example.com/a.png")));
    QVERIFY(zone.errorText().contains(QStringLiteral("https")));
    QVERIFY(!zone.setRemoteUrl(QStringLiteral("ftp://cdn.example.com/a.png")));
    QVERIFY(!zone.setRemoteUrl(QStringLiteral("not a link")));
    // The accepted link is still there.
    QCOMPARE(zone.media().url, QStringLiteral("https://cdn.example.com/frames/a.png"));
}

void TestMediaDropZone::pastedImageDataBecomesCachedPng()
{
    MediaDropZone zone;
    QImage image(800, 450, QImage::Format_ARGB32);
    image.fill(Qt::darkGreen);
    QMimeData mime;
    mime.setImageData(image);
    QVERIFY(checkedAfter(&zone, [&] { QVERIFY(zone.pasteFrom(&mime)); }));
    const MediaRef media = zone.media();
    QVERIFY(media.isLocal());
    QVERIFY2(media.localPath.startsWith(Paths::cacheDir() + QStringLiteral("/pasted/")),
             qPrintable(media.localPath));
    QVERIFY(media.localPath.endsWith(QStringLiteral(".png")));
    QVERIFY(QFile::exists(media.localPath));
    QCOMPARE(media.info.format, MediaFormat::Png);
    QCOMPARE(media.info.width, 800);
    QCOMPARE(media.info.height, 450);

    // A pasted image the rules refuse leaves no file behind.
    const QDir pasted(Paths::cacheDir() + QStringLiteral("/pasted"));
    const qsizetype before = pasted.entryList(QDir::Files).size();
    QMimeData small;
    small.setImageData(QImage(100, 100, QImage::Format_RGB32));
    QVERIFY(!checkedAfter(&zone, [&] { zone.pasteFrom(&small); }));
    QCOMPARE(pasted.entryList(QDir::Files).size(), before);
    QCOMPARE(zone.media().localPath, media.localPath);
}

void TestMediaDropZone::pastedTextLink()
{
    MediaDropZone zone;
    QMimeData mime;
    mime.setText(QStringLiteral("https://example.org/still.jpg"));
    QVERIFY(zone.pasteFrom(&mime));
    QCOMPARE(zone.media().url, QStringLiteral("https://example.org/still.jpg"));

    QMimeData words;
    words.setText(QStringLiteral("just some words"));
    QVERIFY(!zone.pasteFrom(&words));
    QVERIFY(!zone.errorText().isEmpty());
}

void TestMediaDropZone::ctrlVPastesClipboardImage()
{
    MediaDropZone zone;
    zone.show();
    zone.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&zone));
    zone.setFocus();
    QImage image(640, 640, QImage::Format_RGB32);
    image.fill(Qt::magenta);
    QApplication::clipboard()->setImage(image);
    QSignalSpy spy(&zone, &MediaDropZone::mediaChanged);
    QVERIFY(checkedAfter(&zone, [&] { QTest::keyClick(&zone, Qt::Key_V, Qt::ControlModifier); }));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(zone.media().info.width, 640);

    // Delete removes it again.
    QTest::keyClick(&zone, Qt::Key_Delete);
    QCOMPARE(spy.count(), 2);
    QVERIFY(!zone.media().isSet());

    // The Paste button does the same.
    auto *paste = zone.findChild<QPushButton *>(QStringLiteral("dropZonePaste"));
    QVERIFY(paste);
    QVERIFY(checkedAfter(&zone, [&] { QTest::mouseClick(paste, Qt::LeftButton); }));
    QCOMPARE(spy.count(), 3);
    QVERIFY(zone.media().isLocal());
}

void TestMediaDropZone::dropOfImageData()
{
    MediaDropZone zone;
    QImage image(500, 400, QImage::Format_RGB32);
    image.fill(Qt::cyan);
    QMimeData mime;
    mime.setImageData(image);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&zone, &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(zone.property("dragActive").toBool(), true);
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QVERIFY(checkedAfter(&zone, [&] { QCoreApplication::sendEvent(&zone, &drop); }));
    QCOMPARE(zone.property("dragActive").toBool(), false);
    QCOMPARE(zone.media().info.width, 500);
    QCOMPARE(zone.media().info.height, 400);
}

void TestMediaDropZone::dragOfPlainTextIgnored()
{
    MediaDropZone zone;
    QMimeData mime;
    mime.setText(QStringLiteral("hello"));
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(&zone, &enter);
    QVERIFY(!enter.isAccepted());
    QCOMPARE(zone.property("dragActive").toBool(), false);
}

void TestMediaDropZone::removeButtonClears()
{
    MediaDropZone zone;
    QVERIFY(setLocalFileAndWait(&zone, makeImage(QStringLiteral("remove.png"), 400, 400)));
    QSignalSpy spy(&zone, &MediaDropZone::mediaChanged);
    auto *remove = zone.findChild<QToolButton *>(QStringLiteral("dropZoneRemove"));
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!zone.media().isSet());
    QVERIFY(zone.errorText().isEmpty());
}

void TestMediaDropZone::setMediaForMissingFile()
{
    MediaDropZone zone;
    MediaRef gone;
    gone.localPath = m_dir.filePath(QStringLiteral("deleted-since.png"));
    zone.setMedia(gone);
    QVERIFY(!zone.media().isSet());
    QVERIFY(zone.errorText().contains(QStringLiteral("deleted-since.png")));

    // Gone from disk but already uploaded: the files-API link still serves.
    gone.url = QStringLiteral("https://files.evolink.ai/u/abc.png");
    zone.setMedia(gone);
    QCOMPARE(zone.media().url, gone.url);
    QVERIFY(zone.errorText().isEmpty());
}

// Issue 15 items 12 and 14: a drop is checked on a worker thread (the drop
// returns with the check under way), a FIFO is refused without waiting for a
// writer, and a JPEG cut short (which Qt decodes with grey) is refused.
void TestMediaDropZone::fifoAndDamagedDropsAreRefusedWithoutBlocking()
{
    MediaDropZone zone;
    auto drop = [&zone](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        // Qt delivers a drop to the widget that accepted the drag enter.
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&zone, &enter);
        QDropEvent event(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy done(&zone, &MediaDropZone::checkFinished);
        QCoreApplication::sendEvent(&zone, &event);
        const bool pending = zone.isChecking() && done.isEmpty();
        if (done.isEmpty())
            done.wait(20000);
        return pending && done.count() == 1 && !done.first().first().toBool();
    };
#ifdef Q_OS_UNIX
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.jpg"));
    QCOMPARE(QProcess::execute(QStringLiteral("mkfifo"), {fifo}), 0);
    QVERIFY(drop(fifo));
    QVERIFY2(zone.errorText().contains(QStringLiteral("not a regular file")),
             qPrintable(zone.errorText()));
    QVERIFY(zone.errorText().contains(QStringLiteral("pipe.jpg")));
#endif
    QImage picture(800, 600, QImage::Format_RGB32);
    picture.fill(Qt::darkRed);
    const QString jpeg = m_dir.filePath(QStringLiteral("whole.jpg"));
    QVERIFY(picture.save(jpeg, "JPEG"));
    QFile whole(jpeg);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString cut = m_dir.filePath(QStringLiteral("cut.jpg"));
    QFile cutFile(cut);
    QVERIFY(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(bytes.left(bytes.size() - 40));
    cutFile.close();
    QVERIFY(drop(cut));
    QVERIFY2(zone.errorText().contains(QStringLiteral("cut.jpg")), qPrintable(zone.errorText()));
    QVERIFY(!zone.media().isSet());
}

namespace {
// Words two of the zone's messages in Chinese, like the real catalogue.
class TwoMessageTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        // The zone's own words, and its acceptance policy's (core, issue 19).
        const QByteArray ctx(context);
        const QByteArray src(sourceText);
        if (ctx == "MediaAcceptance" && src == "“%1” is not a file that can be read.")
            return QStringLiteral("“%1”不是可读取的文件。");
        if (ctx == "ks::MediaDropZone" && src == "Paste")
            return QStringLiteral("粘贴");
        return {};
    }
};
} // namespace

void TestMediaDropZone::errorFollowsLanguageSwitch()
{
    MediaDropZone zone;
    const QString missing = m_dir.filePath(QStringLiteral("never-there.png"));
    QVERIFY(!setLocalFileAndWait(&zone, missing));
    const QString english = QStringLiteral("“%1” is not a file that can be read.")
                                .arg(QDir::toNativeSeparators(missing));
    QCOMPARE(zone.errorText(), english);
    auto *errorLabel = zone.findChild<QLabel *>(QStringLiteral("dropZoneError"));
    QVERIFY(errorLabel);
    QCOMPARE(errorLabel->text(), english);

    // The message shown is worded again in the new language, not kept as it was.
    TwoMessageTranslator chinese;
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    QCoreApplication::processEvents();
    const QString translated =
        QStringLiteral("“%1”不是可读取的文件。").arg(QDir::toNativeSeparators(missing));
    QCOMPARE(zone.findChild<QPushButton *>(QStringLiteral("dropZonePaste"))->text(),
             QStringLiteral("粘贴"));
    QCOMPARE(zone.errorText(), translated);
    QCOMPARE(errorLabel->text(), translated);

    QVERIFY(QCoreApplication::removeTranslator(&chinese));
    QCoreApplication::processEvents();
    QCOMPARE(zone.errorText(), english);
    // Cleared errors stay cleared across a switch.
    zone.clear();
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    QCoreApplication::processEvents();
    QVERIFY(zone.errorText().isEmpty());
    QVERIFY(QCoreApplication::removeTranslator(&chinese));
}

// Issue 17 item 11: HEIC, AVIF and TIFF dropped on an image zone are refused
// by content (whatever the name says) with the format found and the accepted ones.
void TestMediaDropZone::droppedHeicAvifTiffAreNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::newRow("heic") << QByteArray::fromHex("00000018667479706865696300000000") + "mif1heic"
                          << QStringLiteral("HEIC");
    QTest::newRow("avif") << QByteArray::fromHex("0000001c667479706176696600000000")
            + "avifmif1miaf"
                          << QStringLiteral("AVIF");
    QTest::newRow("tiff") << QByteArray("MM\0*\0\0\0\x08", 8) + QByteArray(64, '\0')
                          << QStringLiteral("TIFF");
}

void TestMediaDropZone::droppedHeicAvifTiffAreNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    const QString path = m_dir.filePath(QStringLiteral("phone-%1.jpg").arg(format));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    MediaDropZone zone;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&zone, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QVERIFY(!checkedAfter(&zone, [&] { QCoreApplication::sendEvent(&zone, &drop); }));
    QVERIFY(!zone.media().isSet());
    const QString text = zone.errorText();
    QVERIFY2(text.contains(QStringLiteral("is in %1 format").arg(format)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("JPEG or PNG")), qPrintable(text));
    auto *error = zone.findChild<QLabel *>(QStringLiteral("dropZoneError"));
    QVERIFY(error->isVisibleTo(&zone));
}

QTEST_MAIN(TestMediaDropZone)
#include "tst_mediadropzone.moc"

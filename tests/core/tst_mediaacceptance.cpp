// What a media slot of the form accepts, without a widget (MediaAcceptance,
// issue 19 §2): formats per slot, the image and video limits as the slot
// applies them, an element video's own limits, links, and the refusal words
// that name the file.

#include "core/MediaAcceptance.h"

#include <QDir>
#include <QLocale>
#include <QTest>

using namespace ks;

namespace {

using Kind = MediaAcceptance::Kind;
using Slot = MediaAcceptance::Slot;
using VideoUse = RequestValidator::VideoUse;

const Slot kImage {Kind::Image, false, VideoUse::Input};
const Slot kImageOrWebp {Kind::Image, true, VideoUse::Input};
const Slot kVideo {Kind::Video, false, VideoUse::Input};
const Slot kElementVideo {Kind::Video, false, VideoUse::Element};

MediaInfo image(MediaFormat format, int width, int height, qint64 bytes = 500'000)
{
    MediaInfo info;
    info.format = format;
    info.bytes = bytes;
    info.width = width;
    info.height = height;
    info.probed = true;
    return info;
}

MediaInfo video(double seconds, int width = 1280, int height = 720, double fps = 30,
                qint64 bytes = 5'000'000, MediaFormat format = MediaFormat::Mp4)
{
    MediaInfo info;
    info.format = format;
    info.bytes = bytes;
    info.width = width;
    info.height = height;
    info.durationSeconds = seconds;
    info.fps = fps;
    info.probed = true;
    return info;
}

} // namespace

Q_DECLARE_METATYPE(ks::MediaInfo)

class TestMediaAcceptance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void formatsPerSlot();
    void acceptsGoodFiles();
    void unreadableFileNamesWhy();
    void imageRules_data();
    void imageRules();
    void videoRules_data();
    void videoRules();
    void elementVideoHasItsOwnLimits();
    void wrongKindOfFileIsNamed();
    void notAFile();
    void links();
    void limitsShownMatchTheRules();
};

void TestMediaAcceptance::formatsPerSlot()
{
    QVERIFY(MediaAcceptance::acceptsFormat(kImage, MediaFormat::Jpeg));
    QVERIFY(MediaAcceptance::acceptsFormat(kImage, MediaFormat::Png));
    QVERIFY(!MediaAcceptance::acceptsFormat(kImage, MediaFormat::Webp));
    QVERIFY(MediaAcceptance::acceptsFormat(kImageOrWebp, MediaFormat::Webp));
    for (MediaFormat f : {MediaFormat::Gif, MediaFormat::Heic, MediaFormat::Avif, MediaFormat::Tiff,
                          MediaFormat::Mp4, MediaFormat::Unknown}) {
        QVERIFY(!MediaAcceptance::acceptsFormat(kImageOrWebp, f));
    }
    QVERIFY(MediaAcceptance::acceptsFormat(kVideo, MediaFormat::Mp4));
    QVERIFY(MediaAcceptance::acceptsFormat(kVideo, MediaFormat::Mov));
    for (MediaFormat f : {MediaFormat::Jpeg, MediaFormat::Png, MediaFormat::Webp, MediaFormat::Gif,
                          MediaFormat::Unknown}) {
        QVERIFY(!MediaAcceptance::acceptsFormat(kVideo, f));
    }
}

void TestMediaAcceptance::acceptsGoodFiles()
{
    const QString name = QStringLiteral("ok");
    QCOMPARE(MediaAcceptance::refusal(kImage, name, image(MediaFormat::Jpeg, 1920, 1080)),
             QString());
    QCOMPARE(MediaAcceptance::refusal(kImage, name, image(MediaFormat::Png, 300, 300)), QString());
    QCOMPARE(MediaAcceptance::refusal(kImageOrWebp, name, image(MediaFormat::Webp, 800, 800)),
             QString());
    QCOMPARE(MediaAcceptance::refusal(kVideo, name, video(5)), QString());
    QCOMPARE(MediaAcceptance::refusal(kVideo, name, video(3, 720, 1280, 24, 1, MediaFormat::Mov)),
             QString());
    QCOMPARE(MediaAcceptance::refusal(kElementVideo, name, video(8)), QString());
}

void TestMediaAcceptance::unreadableFileNamesWhy()
{
    MediaInfo unread;
    unread.probed = false;
    QCOMPARE(MediaAcceptance::refusal(kImage, QStringLiteral("a.png"), unread,
                                      QStringLiteral("permission denied")),
             QStringLiteral("“a.png” could not be read: permission denied"));
    QCOMPARE(MediaAcceptance::refusal(kVideo, QStringLiteral("b.mp4"), unread, QStringLiteral("x")),
             QStringLiteral("“b.mp4” could not be read: x"));
}

void TestMediaAcceptance::imageRules_data()
{
    QTest::addColumn<MediaInfo>("info");
    QTest::addColumn<bool>("allowWebp");
    QTest::addColumn<QString>("says");

    QTest::newRow("webp without webp")
        << image(MediaFormat::Webp, 800, 800) << false << QStringLiteral("only JPEG or PNG");
    QTest::newRow("side 299") << image(MediaFormat::Png, 299, 800) << false
                              << QStringLiteral("at least 300 px");
    QTest::newRow("over 10 MB") << image(MediaFormat::Jpeg, 800, 800, 10'000'001) << false
                                << QStringLiteral("the limit is 10 MB");
    QTest::newRow("ratio 2.6:1") << image(MediaFormat::Png, 2600, 1000) << false
                                 << QStringLiteral("between 1:2.5 and 2.5:1");
    QTest::newRow("ratio 1:2.6") << image(MediaFormat::Png, 1000, 2600) << true
                                 << QStringLiteral("between 1:2.5 and 2.5:1");
    QTest::newRow("pixel bomb") << image(MediaFormat::Png, 20000, 20000) << false
                                << QStringLiteral("megapixels are refused");
    MediaInfo damaged = image(MediaFormat::Jpeg, 800, 800);
    damaged.defect = MediaDefect::Truncated;
    QTest::newRow("damaged") << damaged << false << QStringLiteral("damaged or incomplete");
    QTest::newRow("heic") << image(MediaFormat::Heic, 800, 800) << true
                          << QStringLiteral("HEIC format");
}

void TestMediaAcceptance::imageRules()
{
    QFETCH(MediaInfo, info);
    QFETCH(bool, allowWebp);
    QFETCH(QString, says);
    const Slot slot {Kind::Image, allowWebp, VideoUse::Input};
    const QString why = MediaAcceptance::refusal(slot, QStringLiteral("pic.png"), info);
    QVERIFY2(why.startsWith(QStringLiteral("“pic.png”: ")), qPrintable(why));
    QVERIFY2(why.contains(says), qPrintable(why));
    // Exactly RequestValidator's words for the same image, after the file's name.
    QCOMPARE(why.mid(QStringLiteral("“pic.png”: ").size()),
             RequestValidator::checkImage(info, allowWebp).join(QLatin1Char('\n')));
}

void TestMediaAcceptance::videoRules_data()
{
    QTest::addColumn<MediaInfo>("info");
    QTest::addColumn<QString>("says");

    QTest::newRow("2.9 s") << video(2.9) << QStringLiteral("at least 3 s");
    QTest::newRow("side 719") << video(5, 1280, 719) << QStringLiteral("between 720 and 2160");
    QTest::newRow("side 2161") << video(5, 2161, 1080) << QStringLiteral("between 720 and 2160");
    QTest::newRow("20 fps") << video(5, 1280, 720, 20) << QStringLiteral("24 to 60");
    QTest::newRow("61 fps") << video(5, 1280, 720, 61) << QStringLiteral("24 to 60");
    QTest::newRow("over 200 MB") << video(5, 1280, 720, 30, 200'000'001)
                                 << QStringLiteral("the limit is 200 MB");
    MediaInfo noMoov = video(5);
    noMoov.defect = MediaDefect::NoMovieHeader;
    QTest::newRow("no moov") << noMoov << QStringLiteral("no movie header");
    MediaInfo sound = video(5);
    sound.noVideoTrack = true;
    QTest::newRow("sound only") << sound << QStringLiteral("no video track");
}

void TestMediaAcceptance::videoRules()
{
    QFETCH(MediaInfo, info);
    QFETCH(QString, says);
    const QString why = MediaAcceptance::refusal(kVideo, QStringLiteral("clip.mp4"), info);
    QVERIFY2(why.startsWith(QStringLiteral("“clip.mp4”: ")), qPrintable(why));
    QVERIFY2(why.contains(says), qPrintable(why));
}

void TestMediaAcceptance::elementVideoHasItsOwnLimits()
{
    const QString name = QStringLiteral("e.mp4");
    // 9 s and 150 MB are fine for an input video, too much for an element (§10.1 #3).
    const MediaInfo nine = video(9);
    QCOMPARE(MediaAcceptance::refusal(kVideo, name, nine), QString());
    QVERIFY(MediaAcceptance::refusal(kElementVideo, name, nine).contains(QStringLiteral("8 s")));
    const MediaInfo big = video(5, 1280, 720, 30, 150'000'000);
    QCOMPARE(MediaAcceptance::refusal(kVideo, name, big), QString());
    QVERIFY(MediaAcceptance::refusal(kElementVideo, name, big)
                .contains(QStringLiteral("the limit is 100 MB")));
    // An element's height is not limited; an input's is.
    const MediaInfo tall = video(5, 1080, 2400);
    QCOMPARE(MediaAcceptance::refusal(kElementVideo, name, tall), QString());
    QVERIFY(!MediaAcceptance::refusal(kVideo, name, tall).isEmpty());
}

void TestMediaAcceptance::wrongKindOfFileIsNamed()
{
    QCOMPARE(MediaAcceptance::refusal(kVideo, QStringLiteral("p.mp4"),
                                      image(MediaFormat::Png, 800, 800)),
             QStringLiteral("“p.mp4” is not an MP4 or MOV video: its content is PNG."));
    QCOMPARE(MediaAcceptance::refusal(kVideo, QStringLiteral("x.mov"),
                                      image(MediaFormat::Unknown, 0, 0)),
             QStringLiteral("“x.mov” is not an MP4 or MOV video: its content is not a format the "
                            "service accepts."));
    QCOMPARE(MediaAcceptance::refusal(kImageOrWebp, QStringLiteral("y.jpg"),
                                      image(MediaFormat::Unknown, 0, 0)),
             QStringLiteral("“y.jpg” is not a JPG or PNG image: its content is not an image "
                            "format the service accepts."));
    // A video dropped on an image slot goes through the image rules.
    QVERIFY(MediaAcceptance::refusal(kImage, QStringLiteral("v.png"), video(5))
                .contains(QStringLiteral("only JPEG or PNG")));
}

void TestMediaAcceptance::notAFile()
{
    const QString path = QStringLiteral("/tmp/no/such.png");
    QCOMPARE(
        MediaAcceptance::notAFile(path),
        QStringLiteral("“%1” is not a file that can be read.").arg(QDir::toNativeSeparators(path)));
}

void TestMediaAcceptance::links()
{
    QString why;
    const QUrl ok =
        MediaAcceptance::remoteLink(kImage, QStringLiteral("  https://a.example/x.png "), &why);
    QVERIFY(ok.isValid());
    QCOMPARE(ok.toString(), QStringLiteral("https://a.example/x.png"));
    QVERIFY(why.isEmpty());

    QVERIFY(!MediaAcceptance::remoteLink(kVideo, QStringLiteral("http://a.example/v.mp4"), &why)
                 .isValid());
    QCOMPARE(why,
             QStringLiteral("Only https links can be used; “http://a.example/v.mp4” is http."));
    QVERIFY(!MediaAcceptance::remoteLink(kVideo, QStringLiteral("ftp://a.example/v.mp4"), &why)
                 .isValid());
    QCOMPARE(why, QStringLiteral("“ftp://a.example/v.mp4” is not an https link to a video."));
    QVERIFY(!MediaAcceptance::remoteLink(kImage, QStringLiteral("https://"), &why).isValid());
    QCOMPARE(why, QStringLiteral("“https://” is not an https link to an image."));
    QVERIFY(!MediaAcceptance::remoteLink(kImage, QStringLiteral("not a link"), nullptr).isValid());
}

void TestMediaAcceptance::limitsShownMatchTheRules()
{
    QCOMPARE(MediaAcceptance::limits(kImage),
             (QStringList {QStringLiteral("JPG or PNG"), QStringLiteral("up to 10 MB"),
                           QStringLiteral("at least 300 px per side"),
                           QStringLiteral("ratio 1:2.5 to 2.5:1")}));
    QCOMPARE(MediaAcceptance::limits(kImageOrWebp).constFirst(),
             QStringLiteral("JPG, PNG or WEBP"));
    QCOMPARE(MediaAcceptance::limits(kVideo),
             (QStringList {QStringLiteral("MP4 or MOV"), QStringLiteral("up to 200 MB"),
                           QStringLiteral("at least 3 s"), QStringLiteral("720–2160 px per side"),
                           QStringLiteral("24–60 fps")}));
    // What the hints promise is what the rules do: the edges pass, one step past refuses.
    const QString n = QStringLiteral("f");
    QCOMPARE(MediaAcceptance::refusal(kImage, n, image(MediaFormat::Png, 300, 750, 10'000'000)),
             QString());
    QCOMPARE(MediaAcceptance::refusal(kVideo, n, video(3, 720, 2160, 60, 200'000'000)), QString());
    QCOMPARE(MediaAcceptance::refusal(kVideo, n, video(3, 720, 2160, 24)), QString());
}

QTEST_APPLESS_MAIN(TestMediaAcceptance)
#include "tst_mediaacceptance.moc"

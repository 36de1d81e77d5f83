// The video input limits of API.md §2.3/§2.4 (MP4/MOV, >= 3 s, sides 720-2160 px,
// 24-60 fps) through ImageProbe and RequestValidator::checkVideo, each with a
// real file that passes and one that fails (made with ffmpeg, in tests/data/jobs).

#include "core/ImageProbe.h"
#include "core/RequestValidator.h"

#include <QTest>

using namespace ks;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(KS_JOBS_DATA_DIR "/") + QLatin1String(name);
}

} // namespace

class TestVideoLimits : public QObject
{
    Q_OBJECT

private slots:
    void passingClipsProbeExactly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("fps");
        QTest::newRow("mp4 1280x720 24fps 3.5s")
            << dataFile("clip-1280x720-24fps-3s.mp4") << int(MediaFormat::Mp4) << 1280 << 720 << 3.5
            << 24.0;
        QTest::newRow("mov 1280x720 30fps 3.2s")
            << dataFile("good-1280x720-30fps.mov") << int(MediaFormat::Mov) << 1280 << 720 << 3.2
            << 30.0;
    }

    void passingClipsProbeExactly()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, seconds);
        QFETCH(double, fps);
        QString error;
        const MediaInfo info = ImageProbe::probeFile(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(info.probed);
        QCOMPARE(int(info.format), format);
        QCOMPARE(info.width, width);
        QCOMPARE(info.height, height);
        QVERIFY2(qAbs(info.durationSeconds - seconds) < 0.05,
                 qPrintable(QString::number(info.durationSeconds)));
        QVERIFY2(qAbs(info.fps - fps) < 0.01, qPrintable(QString::number(info.fps)));
        QCOMPARE(RequestValidator::checkVideo(info), QList<QString>());
    }

    // One failing file per limit; the message names the limit and the value.
    void failingClipsNameTheLimit_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("too short")
            << dataFile("bad-too-short-2s.mp4")
            << QStringLiteral("The video lasts 2.0 s; it must last at least 3 s.");
        QTest::newRow("too small")
            << dataFile("bad-too-small-640x360.mp4")
            << QStringLiteral(
                   "The video is 640 × 360 px; both sides must be between 720 and 2160 px.");
        QTest::newRow("no video track")
            << dataFile("bad-sound-only.mp4")
            << QStringLiteral("The video has no video track (it holds sound only); use a file "
                              "with video.");
        QTest::newRow("wrong fps") << dataFile("bad-15fps.mp4")
                                   << QStringLiteral("The video has 15 frames per second; it must "
                                                     "have 24 to 60.");
    }

    void failingClipsNameTheLimit()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QString error;
        const MediaInfo info = ImageProbe::probeFile(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(int(info.format), int(MediaFormat::Mp4));
        const QList<QString> issues = RequestValidator::checkVideo(info);
        QCOMPARE(issues.size(), 1); // each file breaks exactly one limit
        QCOMPARE(issues.first(), expected);
    }

    void notMp4OrMovIsRefused()
    {
        QString error;
        const MediaInfo info = ImageProbe::probeFile(dataFile("bad-not-mp4.webm"), &error);
        QCOMPARE(int(info.format), int(MediaFormat::Unknown));
        const QList<QString> issues = RequestValidator::checkVideo(info);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first(),
                 QStringLiteral("The video is not a readable video; use an MP4 or MOV file."));
    }

    // The same limits hold when the video sits in a request.
    void requestValidationUsesTheProbe()
    {
        GenerationRequest r;
        r.mode = Mode::VideoEdit;
        r.prompt = QStringLiteral("Make it snow");
        r.aspectRatio.reset();
        r.video.localPath = dataFile("bad-too-short-2s.mp4");
        r.video.info = ImageProbe::probeFile(r.video.localPath);
        const QList<ValidationIssue> bad = RequestValidator::validate(r);
        QCOMPARE(bad.size(), 1);
        QCOMPARE(bad.first().field, Field::Video);
        QVERIFY2(bad.first().message.contains(QStringLiteral("at least 3 s")),
                 qPrintable(bad.first().message));

        r.video.localPath = dataFile("clip-1280x720-24fps-3s.mp4");
        r.video.info = ImageProbe::probeFile(r.video.localPath);
        QCOMPARE(RequestValidator::validate(r).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVideoLimits)
#include "tst_videolimits.moc"

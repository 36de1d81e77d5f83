// Mp4Inspector and ResultCheck (issue 15 item 7): the bundled sample clips
// are videos of 5 s; web pages, empty, cut-off, moov-less, audio-only and
// hostile box sizes are not, and the duration rule follows the job.

#include "core/ImageProbe.h"
#include "core/Mp4Inspector.h"
#include "core/ResultCheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace ks;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(KS_SAMPLES_DIR "/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray box(const char *type, const QByteArray &payload)
{
    QByteArray b(4, '\0');
    qToBigEndian<quint32>(quint32(8 + payload.size()), b.data());
    return b + QByteArray(type, 4) + payload;
}

// The sample's top-level box `type` replaced by a 'free' box of the same size.
QByteArray hide(QByteArray mp4, const char *type)
{
    const qsizetype at = mp4.indexOf(QByteArray(type, 4));
    if (at >= 4)
        mp4.replace(at, 4, "free");
    return mp4;
}

} // namespace

class TstMp4Inspector : public QObject
{
    Q_OBJECT

private slots:
    void samplesAreVideos_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("16x9") << QStringLiteral("sample-16x9.mp4");
        QTest::newRow("9x16") << QStringLiteral("sample-9x16.mp4");
        QTest::newRow("1x1") << QStringLiteral("sample-1x1.mp4");
    }

    void samplesAreVideos()
    {
        QFETCH(QString, name);
        const QByteArray bytes = sample(qPrintable(name));
        QVERIFY(bytes.size() > 100000);
        const Mp4Report report = Mp4Inspector::inspectData(bytes);
        QVERIFY2(report.isVideo, qPrintable(report.problem));
        QCOMPARE(report.videoTracks, 1);
        QVERIFY(qAbs(report.durationSeconds - 5.0) < 0.05);
        // Stray bytes after a complete movie do not matter.
        QVERIFY(Mp4Inspector::inspectData(bytes + QByteArray(5000, '\x7f')).isVideo);
    }

    void notVideos_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        const QByteArray mp4 = sample("sample-16x9.mp4");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                              << QStringLiteral("web page");
        QTest::newRow("json") << QByteArray("{\"error\":{\"code\":\"internal_error\"}}")
                              << QStringLiteral("does not start like an MP4");
        QTest::newRow("cut in half") << mp4.left(mp4.size() / 2) << QStringLiteral("cut off");
        QTest::newRow("header only") << mp4.left(40) << QStringLiteral("");
        QTest::newRow("no moov") << hide(mp4, "moov") << QStringLiteral("moov");
        QTest::newRow("no mdat") << hide(mp4, "mdat") << QStringLiteral("media data");
        QByteArray audioOnly = mp4;
        audioOnly.replace(QByteArray("vide"), QByteArray("soun"));
        QTest::newRow("audio only") << audioOnly << QStringLiteral("no video track");
        QByteArray huge = mp4.left(32) + box("moov", QByteArray(16, '\0'));
        qToBigEndian<quint32>(0xfffffff0u, huge.data() + 32);
        QTest::newRow("box larger than the file") << huge << QStringLiteral("cut off");
        QByteArray large64 = mp4.left(32);
        large64 +=
            QByteArray::fromHex("00000001") + "moov" + QByteArray::fromHex("7fffffffffffffff");
        QTest::newRow("64-bit size past the end") << large64 << QStringLiteral("cut off");
        QByteArray tiny = mp4.left(32) + QByteArray::fromHex("00000004") + "moov";
        QTest::newRow("size below the header") << tiny << QStringLiteral("cut off");
        // A moov whose children claim more than it holds.
        const QByteArray badChild = box("mvhd", QByteArray(100, '\0'));
        QByteArray lying = badChild;
        qToBigEndian<quint32>(5000, lying.data());
        QTest::newRow("child past its parent")
            << mp4.left(32) + box("moov", lying) + box("mdat", "xxxx") << QStringLiteral("damaged");
        QTest::newRow("ftyp only") << mp4.left(32) << QStringLiteral("moov");
    }

    void notVideos()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const Mp4Report report = Mp4Inspector::inspectData(bytes);
        QVERIFY(!report.isVideo);
        QVERIFY(!report.problem.isEmpty());
        QVERIFY2(report.problem.contains(problem), qPrintable(report.problem));
    }

    // The result check and the input probe read the same boxes (one walker):
    // the same length, and no length at all where the movie and every track
    // say "unknown" (all ones). Before, the input probe divided the all-ones
    // value by the timescale (this clip: 349525 s, four days).
    void resultCheckAndInputProbeAgree()
    {
        const QByteArray mp4 = sample("sample-16x9.mp4");
        const Mp4Report report = Mp4Inspector::inspectData(mp4);
        const MediaInfo info = ImageProbe::probeData(mp4);
        QCOMPARE(info.defect, MediaDefect::None);
        QVERIFY(qAbs(info.durationSeconds - report.durationSeconds) < 0.001);

        QByteArray unknown = mp4;
        for (const char *type : {"mvhd", "mdhd"}) {
            for (qsizetype at = unknown.indexOf(type); at >= 0;
                 at = unknown.indexOf(type, at + 4)) {
                const qsizetype payload = at + 4;
                QCOMPARE(int(unknown.at(payload)), 0); // version 0: 32-bit duration at +16
                unknown.replace(payload + 16, 4, QByteArray(4, char(0xff)));
            }
        }
        const Mp4Report unknownReport = Mp4Inspector::inspectData(unknown);
        QVERIFY2(unknownReport.problem.contains(QStringLiteral("no duration")),
                 qPrintable(unknownReport.problem));
        QCOMPARE(ImageProbe::probeData(unknown).durationSeconds, 0.0);
    }

    void durationRule_data()
    {
        QTest::addColumn<double>("actual");
        QTest::addColumn<double>("expected");
        QTest::addColumn<bool>("fits");
        QTest::newRow("exact") << 5.0 << 5.0 << true;
        QTest::newRow("3 s job, 4.4 s") << 4.4 << 3.0 << true;
        QTest::newRow("3 s job, 4.6 s") << 4.6 << 3.0 << false;
        QTest::newRow("15 s job, 11 s") << 11.0 << 15.0 << true;
        QTest::newRow("15 s job, 10 s") << 10.0 << 15.0 << false;
        QTest::newRow("10 s job, 5 s") << 5.0 << 10.0 << false;
        QTest::newRow("unknown length") << 7.0 << -1.0 << true;
    }

    void durationRule()
    {
        QFETCH(double, actual);
        QFETCH(double, expected);
        QFETCH(bool, fits);
        QCOMPARE(ResultCheck::durationFits(actual, expected), fits);
    }

    void checkFollowsTheJob()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.mp4.part"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sample("sample-16x9.mp4"));
        f.close();

        GenerationRequest request;
        request.mode = Mode::TextToVideo;
        request.durationSeconds = 5;
        QVERIFY(ResultCheck::check(path, request).problem.isEmpty());
        request.durationSeconds = 15;
        const ResultCheck::Verdict wrongLength = ResultCheck::check(path, request);
        QVERIFY(!wrongLength.problem.isEmpty());
        QVERIFY(wrongLength.keepBytes); // a real video: never thrown away on a guess

        // Video edit: the length follows the input, unknown input: not compared.
        request.mode = Mode::VideoEdit;
        request.video.info.durationSeconds = 0;
        QVERIFY(ResultCheck::check(path, request).problem.isEmpty());
        request.video.info.durationSeconds = 5.2;
        QVERIFY(ResultCheck::check(path, request).problem.isEmpty());
        request.video.info.durationSeconds = 10;
        QVERIFY(!ResultCheck::check(path, request).problem.isEmpty());

        QVERIFY(QFile::resize(path, 0));
        const ResultCheck::Verdict empty = ResultCheck::check(path, request);
        QVERIFY(!empty.problem.isEmpty());
        QVERIFY(!empty.keepBytes);
    }
};

QTEST_GUILESS_MAIN(TstMp4Inspector)
#include "tst_mp4inspector.moc"

// Issue 16 item 29: a demo job's video is what was asked for. A job for 10 s
// at 16:9 gets a file that plays for 10 s (its sample tables, not only its
// headers, say so) in the 16:9 shape, the download verifier takes it, and a
// real player (ffprobe, when installed) counts 10 s of frames; likewise 5 s
// at 9:16 and 1:1, and 7 s (the sample cut inside its second pass). The file
// is named after the prompt and the date (item 26).

#include "JobWorld.h"
#include "core/Mp4Boxes.h"
#include "core/Mp4Inspector.h"
#include "core/ResultCheck.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace ks;

class TestDemoClip : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY2(m_fixture.setUp().isEmpty(), "fixture"); }
    void cleanup() { m_fixture.tearDown(); }

    void playsTheRequestedLengthAndShape_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("aspect");
        QTest::addColumn<double>("ratio");
        QTest::newRow("10 s 16:9") << 10 << int(AspectRatio::Wide16x9) << 16.0 / 9.0;
        QTest::newRow("5 s 9:16") << 5 << int(AspectRatio::Tall9x16) << 9.0 / 16.0;
        QTest::newRow("5 s 1:1") << 5 << int(AspectRatio::Square1x1) << 1.0;
        QTest::newRow("7 s 16:9") << 7 << int(AspectRatio::Wide16x9) << 16.0 / 9.0;
        QTest::newRow("15 s 1:1") << 15 << int(AspectRatio::Square1x1) << 1.0;
    }

    void playsTheRequestedLengthAndShape()
    {
        QFETCH(int, seconds);
        QFETCH(int, aspect);
        QFETCH(double, ratio);
        test::JobWorld &world = *m_fixture.world;
        GenerationRequest r;
        r.mode = Mode::TextToVideo;
        r.prompt = QStringLiteral("A cat on a skateboard");
        r.durationSeconds = seconds;
        r.aspectRatio = AspectRatio(aspect);
        r.quality = Quality::P1080;
        const Job job = world.waitFinished(world.manager->submit(r));
        QCOMPARE(job.state, JobState::Done);
        QVERIFY(QFileInfo(job.videoPath).isFile());
        QVERIFY2(QFileInfo(job.videoPath)
                     .fileName()
                     .startsWith(QStringLiteral("a-cat-on-a-skateboard-")),
                 qPrintable(job.videoPath));

        // The app's own inspector and the download verifier take it.
        const Mp4Report report = Mp4Inspector::inspectFile(job.videoPath);
        QVERIFY2(report.isVideo, qPrintable(report.problem));
        QCOMPARE(report.durationSeconds, double(seconds));
        QVERIFY(ResultCheck::check(job.videoPath, r).problem.isEmpty());

        // What plays: the video track's samples, one after the other.
        QFile file(job.videoPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Mp4Boxes::Walk walk = Mp4Boxes::walk(file);
        QVERIFY(walk.hasMoov && walk.hasMedia);
        QCOMPARE(walk.movie.videoTracks.size(), 1);
        const Mp4VideoTrack &track = walk.movie.videoTracks.first();
        // 24 fps samples; a pass cut inside the sample ends after a whole
        // group of reordered frames (up to 3 frames more, hidden by the edit list).
        const double played = double(track.sampleTime) / track.timescale;
        QVERIFY2(played >= seconds - 0.01 && played < seconds + 4.0 / 24,
                 qPrintable(QString::number(played)));
        QVERIFY2(track.samples >= quint64(24 * seconds)
                     && track.samples < quint64(24 * seconds + 4),
                 qPrintable(QString::number(track.samples)));
        QVERIFY(track.height > 0);
        QVERIFY(qAbs(double(track.width) / track.height - ratio) < 0.01);

        // A real player shows exactly that many frames, when one is installed.
        const QString ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
        if (ffprobe.isEmpty())
            return;
        QProcess probe;
        probe.start(ffprobe,
                    {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                     QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                     QStringLiteral("-show_entries"),
                     QStringLiteral("stream=nb_read_frames,width,height"), QStringLiteral("-of"),
                     QStringLiteral("csv=p=0"), job.videoPath});
        QVERIFY(probe.waitForFinished(60000));
        const QString out = QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
        QCOMPARE(out,
                 QStringLiteral("%1,%2,%3").arg(track.width).arg(track.height).arg(24 * seconds));
    }

private:
    test::JobWorldFixture m_fixture;
};

QTEST_GUILESS_MAIN(TestDemoClip)
#include "tst_democlip.moc"

// klingstudio-cli option parsing: options become the right GenerationRequest,
// bad values become clear errors, and credits print in their exact form.

#include "cli/CliCommands.h"
#include "cli/CliOptions.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {

CliInvocation parse(QStringList args)
{
    args.prepend(QStringLiteral("klingstudio-cli"));
    return CliOptions::parse(args);
}

} // namespace

class TestCliOptions : public QObject
{
    Q_OBJECT

private slots:
    void bareCredits_data()
    {
        QTest::addColumn<qint64>("uc");
        QTest::addColumn<QString>("text");
        QTest::newRow("90.018") << qint64(900180) << QStringLiteral("90.018");
        QTest::newRow("27") << qint64(270000) << QStringLiteral("27");
        QTest::newRow("smallest") << qint64(1) << QStringLiteral("0.0001");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
        QTest::newRow("63.0126") << qint64(630126) << QStringLiteral("63.0126");
        QTest::newRow("large") << qint64(12345670000) << QStringLiteral("1234567");
    }

    void bareCredits()
    {
        QFETCH(qint64, uc);
        QFETCH(QString, text);
        QCOMPARE(CliCommands::bareCredits(uc), text);
    }

    void commands()
    {
        QCOMPARE(parse({}).command, CliCommand::Help);
        QCOMPARE(parse({QStringLiteral("--help")}).command, CliCommand::Help);
        QCOMPARE(parse({QStringLiteral("--version")}).command, CliCommand::Version);
        QCOMPARE(parse({QStringLiteral("history")}).command, CliCommand::History);
        const CliInvocation status =
            parse({QStringLiteral("status"), QStringLiteral("task-unified-1-x")});
        QCOMPARE(status.command, CliCommand::Status);
        QCOMPARE(status.taskId, QStringLiteral("task-unified-1-x"));
        QVERIFY(status.errors.isEmpty());
        QVERIFY(!parse({QStringLiteral("status")}).errors.isEmpty());
        // The refusal names every command, models and paths too.
        const QStringList unknown = parse({QStringLiteral("render")}).errors;
        QCOMPARE(unknown.size(), 1);
        QVERIFY2(unknown.first().endsWith(
                     QStringLiteral("status, history, resume, element, models or paths.")),
                 qPrintable(unknown.first()));
        QVERIFY(!parse({QStringLiteral("estimate"), QStringLiteral("--bogus")}).errors.isEmpty());
        QCOMPARE(parse({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("5")})
                     .limit,
                 5);
        QVERIFY(!parse({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("0")})
                     .errors.isEmpty());
        QVERIFY(parse({QStringLiteral("--demo"), QStringLiteral("generate"),
                       QStringLiteral("--prompt"), QStringLiteral("x")})
                    .demo);
    }

    void textToVideoRequest()
    {
        const CliInvocation inv = parse(
            {QStringLiteral("generate"), QStringLiteral("--mode"), QStringLiteral("text-to-video"),
             QStringLiteral("--prompt"), QStringLiteral("a fox"), QStringLiteral("--duration"),
             QStringLiteral("10"), QStringLiteral("--aspect"), QStringLiteral("9:16"),
             QStringLiteral("--quality"), QStringLiteral("1080p"), QStringLiteral("--sound"),
             QStringLiteral("on"), QStringLiteral("--out"), QStringLiteral("clip.mp4")});
        QVERIFY2(inv.errors.isEmpty(), qPrintable(inv.errors.join(u'\n')));
        QCOMPARE(inv.command, CliCommand::Generate);
        QCOMPARE(inv.request.mode, Mode::TextToVideo);
        QCOMPARE(inv.request.prompt, QStringLiteral("a fox"));
        QCOMPARE(inv.request.durationSeconds, 10);
        QCOMPARE(inv.request.aspectRatio, std::optional<AspectRatio>(AspectRatio::Tall9x16));
        QCOMPARE(inv.request.quality, Quality::P1080);
        QCOMPARE(inv.request.sound, true);
        QVERIFY(QDir::isAbsolutePath(inv.outPath));
        QVERIFY(inv.outPath.endsWith(QStringLiteral("/clip.mp4")));
    }

    void defaults()
    {
        const CliInvocation inv = parse({QStringLiteral("estimate")});
        QVERIFY(inv.errors.isEmpty());
        QCOMPARE(inv.request.mode, Mode::TextToVideo);
        QCOMPARE(inv.request.durationSeconds, 5);
        QCOMPARE(inv.request.quality, Quality::P720);
        QCOMPARE(inv.request.sound, false);
    }

    void badValues_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("mode") << QStringList {QStringLiteral("--mode"), QStringLiteral("movie")};
        QTest::newRow("custom element")
            << QStringList {QStringLiteral("--mode"), QStringLiteral("custom-element")};
        QTest::newRow("duration") << QStringList {QStringLiteral("--duration"),
                                                  QStringLiteral("ten")};
        QTest::newRow("aspect") << QStringList {QStringLiteral("--aspect"), QStringLiteral("4:3")};
        QTest::newRow("quality") << QStringList {QStringLiteral("--quality"), QStringLiteral("8k")};
        // 4k is for text-to-video and image-to-video only (API.md §10.1 #5).
        QTest::newRow("ref2v 4k") << QStringList {
            QStringLiteral("--mode"), QStringLiteral("reference-to-video"),
            QStringLiteral("--quality"), QStringLiteral("4k")};
        QTest::newRow("sound") << QStringList {QStringLiteral("--sound"), QStringLiteral("loud")};
        QTest::newRow("edit duration")
            << QStringList {QStringLiteral("--mode"), QStringLiteral("video-edit"),
                            QStringLiteral("--duration"), QStringLiteral("5")};
        QTest::newRow("missing image")
            << QStringList {QStringLiteral("--mode"), QStringLiteral("image-to-video"),
                            QStringLiteral("--image-start"), QStringLiteral("/no/such/file.png")};
        QTest::newRow("local video")
            << QStringList {QStringLiteral("--video"), QStringLiteral("clip.mp4")};
        QTest::newRow("missing local video")
            << QStringList {QStringLiteral("--mode"), QStringLiteral("video-edit"),
                            QStringLiteral("--video"), QStringLiteral("/no/such/clip.mp4")};
        QTest::newRow("keep-sound value")
            << QStringList {QStringLiteral("--mode"), QStringLiteral("video-edit"),
                            QStringLiteral("--keep-sound"), QStringLiteral("yes")};
        QTest::newRow("keep-sound without video mode")
            << QStringList {QStringLiteral("--keep-sound"), QStringLiteral("on")};
        QTest::newRow("shot without colon")
            << QStringList {QStringLiteral("--shot"), QStringLiteral("a cat")};
        QTest::newRow("shot zero seconds")
            << QStringList {QStringLiteral("--shot"), QStringLiteral("0:a cat")};
        QTest::newRow("shot in reference-to-video")
            << QStringList {QStringLiteral("--mode"), QStringLiteral("reference-to-video"),
                            QStringLiteral("--shot"), QStringLiteral("3:a cat")};
        QTest::newRow("watermark")
            << QStringList {QStringLiteral("--watermark"), QStringLiteral("maybe")};
        QTest::newRow("empty element")
            << QStringList {QStringLiteral("--element"), QStringLiteral(" ")};
    }

    void badValues()
    {
        QFETCH(QStringList, args);
        args.prepend(QStringLiteral("estimate"));
        const CliInvocation inv = parse(args);
        QVERIFY(!inv.errors.isEmpty());
        for (const QString &e : inv.errors)
            QVERIFY(!e.trimmed().isEmpty());
    }

    void allModeOptions()
    {
        CliInvocation inv = parse(
            {QStringLiteral("generate"), QStringLiteral("--shot"), QStringLiteral("3: first shot"),
             QStringLiteral("--shot"), QStringLiteral("5:second: with a colon"),
             QStringLiteral("--element"), QStringLiteral("el_a"), QStringLiteral("--element"),
             QStringLiteral("el_b"), QStringLiteral("--watermark"), QStringLiteral("on"),
             QStringLiteral("--callback-url"), QStringLiteral("https://hooks.example.com/x")});
        QVERIFY2(inv.errors.isEmpty(), qPrintable(inv.errors.join(u'\n')));
        const GenerationRequest &r = inv.request;
        QCOMPARE(r.multiShot, true);
        QCOMPARE(r.shots.size(), 2);
        QCOMPARE(r.shots.at(0), (Shot {QStringLiteral("first shot"), 3}));
        QCOMPARE(r.shots.at(1), (Shot {QStringLiteral("second: with a colon"), 5}));
        QCOMPARE(r.durationSeconds, 8); // the shots' sum when --duration is absent
        QCOMPARE(r.elements.size(), 2);
        QCOMPARE(r.elements.at(1), (ElementRef {QStringLiteral("el_b"), false}));
        QCOMPARE(r.watermark, std::optional<bool>(true));
        QCOMPARE(r.callbackUrl, QStringLiteral("https://hooks.example.com/x"));

        inv = parse({QStringLiteral("estimate"), QStringLiteral("--shot"), QStringLiteral("3:a"),
                     QStringLiteral("--duration"), QStringLiteral("9")});
        QCOMPARE(inv.request.durationSeconds, 9); // an explicit --duration is kept (and checked)

        inv = parse({QStringLiteral("estimate"), QStringLiteral("--mode"),
                     QStringLiteral("video-edit"), QStringLiteral("--video"),
                     QStringLiteral(KS_JOBS_DATA_DIR "/clip-1280x720-24fps-3s.mp4"),
                     QStringLiteral("--keep-sound"), QStringLiteral("off")});
        QVERIFY2(inv.errors.isEmpty(), qPrintable(inv.errors.join(u'\n')));
        QCOMPARE(inv.request.video.info.format, MediaFormat::Mp4);
        QCOMPARE(inv.request.video.info.width, 1280);
        QVERIFY(inv.request.video.url.isEmpty());
        QCOMPARE(inv.request.keepOriginalSound, false);

        inv = parse({QStringLiteral("estimate"), QStringLiteral("--mode"),
                     QStringLiteral("video-edit"), QStringLiteral("--video"),
                     QStringLiteral(KS_JOBS_DATA_DIR "/bad-15fps.mp4")});
        QCOMPARE(inv.errors.size(), 1);
        QVERIFY(inv.errors.first().contains(QStringLiteral("15 frames per second")));
    }

    void elementCommands()
    {
        QTemporaryDir dir;
        const QString front = dir.filePath(QStringLiteral("front.png"));
        QImage image(512, 640, QImage::Format_RGB32);
        image.fill(Qt::darkYellow);
        QVERIFY(image.save(front, "PNG"));

        QCOMPARE(parse({QStringLiteral("element"), QStringLiteral("list")}).command,
                 CliCommand::ElementList);
        CliInvocation inv =
            parse({QStringLiteral("element"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("Mia"), QStringLiteral("--description"),
                   QStringLiteral("Red hair"), QStringLiteral("--front"), front,
                   QStringLiteral("--angle"), QStringLiteral("https://example.com/side.jpg")});
        QVERIFY2(inv.errors.isEmpty(), qPrintable(inv.errors.join(u'\n')));
        QCOMPARE(inv.command, CliCommand::ElementCreate);
        QCOMPARE(inv.request.mode, Mode::CustomElement);
        QCOMPARE(inv.request.elementName, QStringLiteral("Mia"));
        QCOMPARE(inv.request.elementDescription, QStringLiteral("Red hair"));
        QCOMPARE(inv.request.elementFrontal.localPath, front);
        QCOMPARE(inv.request.elementAngles.size(), 1);
        QCOMPARE(inv.request.elementAngles.first().url,
                 QStringLiteral("https://example.com/side.jpg"));

        inv =
            parse({QStringLiteral("element"), QStringLiteral("create"), QStringLiteral("--front"),
                   front, QStringLiteral("--video"), QStringLiteral("https://example.com/v.mp4")});
        QVERIFY(inv.errors.join(u' ').contains(QStringLiteral("not both")));
        QVERIFY(!parse({QStringLiteral("element")}).errors.isEmpty());
        QVERIFY(!parse({QStringLiteral("element"), QStringLiteral("list"), QStringLiteral("x")})
                     .errors.isEmpty());
    }

    void localImageIsProbedAndChecked()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.png"));
        const QString tiny = dir.filePath(QStringLiteral("tiny.png"));
        QImage image(640, 360, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(good, "PNG"));
        QVERIFY(image.scaled(100, 100).save(tiny, "PNG"));

        CliInvocation inv =
            parse({QStringLiteral("estimate"), QStringLiteral("--mode"),
                   QStringLiteral("image-to-video"), QStringLiteral("--image-start"), good});
        QVERIFY2(inv.errors.isEmpty(), qPrintable(inv.errors.join(u'\n')));
        QCOMPARE(inv.request.imageStart.localPath, good);
        QCOMPARE(inv.request.imageStart.info.format, MediaFormat::Png);
        QCOMPARE(inv.request.imageStart.info.width, 640);
        QCOMPARE(inv.request.imageStart.info.height, 360);
        QVERIFY(inv.request.imageStart.url.isEmpty());
        QCOMPARE(inv.request.aspectRatio, std::nullopt); // follows the first frame

        inv = parse({QStringLiteral("estimate"), QStringLiteral("--mode"),
                     QStringLiteral("image-to-video"), QStringLiteral("--image-start"), tiny});
        QVERIFY(!inv.errors.isEmpty());
        QVERIFY(inv.errors.join(u' ').contains(QStringLiteral("tiny.png")));

        inv = parse({QStringLiteral("estimate"), QStringLiteral("--mode"),
                     QStringLiteral("image-to-video"), QStringLiteral("--image-start"),
                     QStringLiteral("https://example.com/a.jpg")});
        QVERIFY(inv.errors.isEmpty());
        QCOMPARE(inv.request.imageStart.url, QStringLiteral("https://example.com/a.jpg"));
        QVERIFY(inv.request.imageStart.localPath.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"

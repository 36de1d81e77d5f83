#include "CliOptions.h"

#include "ImageProbe.h"
#include "RequestValidator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace ks {

namespace {

bool isRemote(const QString &value)
{
    return value.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || value.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace

QString CliOptions::versionText()
{
    return QStringLiteral("klingstudio-cli %1").arg(QLatin1String(KS_VERSION));
}

CliInvocation CliOptions::parse(const QStringList &arguments)
{
    CliInvocation inv;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kling Studio on the command line: estimate, generate and track Kling O3 videos "
           "through EvoLink.\n\n"
           "Commands:\n"
           "  estimate     print the credit cost of a request (first line: credits)\n"
           "  generate     make a video and download it (--out)\n"
           "  status <id>  show a task (task id, or a job id from history)\n"
           "  history      list recent jobs of the journal\n\n"
           "The API key is read from EVOLINK_API_KEY or the system keychain; "
           "EVOLINK_API_BASE and EVOLINK_FILES_BASE override the endpoints. "
           "Without a key, the built-in simulator is used (demo mode, no credits spent)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Use the built-in simulator: no key, no credits spent."));
    const QCommandLineOption mode(
        QStringLiteral("mode"),
        tr("Mode: text-to-video, image-to-video, reference-to-video or video-edit."), tr("mode"),
        QStringLiteral("text-to-video"));
    const QCommandLineOption prompt(QStringLiteral("prompt"), tr("What the video shows."),
                                    tr("text"));
    const QCommandLineOption duration(QStringLiteral("duration"), tr("Length in seconds."),
                                      tr("seconds"));
    const QCommandLineOption aspect(QStringLiteral("aspect"),
                                    tr("Aspect ratio: 16:9, 9:16 or 1:1."), tr("ratio"));
    const QCommandLineOption quality(QStringLiteral("quality"), tr("Quality: 720p or 1080p."),
                                     tr("quality"));
    const QCommandLineOption sound(QStringLiteral("sound"), tr("Generated sound: on or off."),
                                   tr("on|off"));
    const QCommandLineOption imageStart(QStringLiteral("image-start"),
                                        tr("First frame (image-to-video): a JPG/PNG file or an "
                                           "https URL."),
                                        tr("file|url"));
    const QCommandLineOption imageEnd(QStringLiteral("image-end"),
                                      tr("Last frame (image-to-video, needs --image-start)."),
                                      tr("file|url"));
    const QCommandLineOption image(QStringLiteral("image"),
                                   tr("Reference image; repeat for several."), tr("file|url"));
    const QCommandLineOption video(QStringLiteral("video"),
                                   tr("Input video (reference-to-video, video-edit) as an "
                                      "https URL."),
                                   tr("url"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Where to save the video (a file, or an existing folder)."),
                                 tr("file"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("How many jobs history lists."),
                                   tr("n"), QStringLiteral("20"));
    parser.addOptions({help, version, demo, mode, prompt, duration, aspect, quality, sound,
                       imageStart, imageEnd, image, video, out, limit});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("estimate | generate | status | history"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("Task or job id (status)."),
                                 QStringLiteral("[id]"));
    inv.helpText = parser.helpText();

    if (!parser.parse(arguments)) {
        inv.errors << parser.errorText();
        return inv;
    }
    if (parser.isSet(help)) {
        inv.command = CliCommand::Help;
        return inv;
    }
    if (parser.isSet(version)) {
        inv.command = CliCommand::Version;
        return inv;
    }
    inv.demo = parser.isSet(demo);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        inv.command = CliCommand::Help;
        return inv;
    }
    const QString name = positional.first();
    if (name == u"estimate") {
        inv.command = CliCommand::Estimate;
    } else if (name == u"generate") {
        inv.command = CliCommand::Generate;
    } else if (name == u"status") {
        inv.command = CliCommand::Status;
    } else if (name == u"history") {
        inv.command = CliCommand::History;
    } else {
        inv.errors
            << tr("Unknown command \"%1\". Use estimate, generate, status or history.").arg(name);
        return inv;
    }

    if (inv.command == CliCommand::Status) {
        if (positional.size() != 2)
            inv.errors << tr("status needs exactly one task id (or job id).");
        else
            inv.taskId = positional.at(1).trimmed();
        return inv;
    }
    if (positional.size() > 1)
        inv.errors << tr("Unexpected argument \"%1\".").arg(positional.at(1));
    if (inv.command == CliCommand::History) {
        bool ok = false;
        inv.limit = parser.value(limit).toInt(&ok);
        if (!ok || inv.limit < 1)
            inv.errors
                << tr("--limit needs a positive number, not \"%1\".").arg(parser.value(limit));
        return inv;
    }

    // estimate / generate: build the request.
    GenerationRequest &r = inv.request;
    const auto m = ModeInfo::fromCliName(parser.value(mode).trimmed());
    if (!m || *m == Mode::CustomElement) {
        inv.errors << tr("Unknown mode \"%1\". Use text-to-video, image-to-video, "
                         "reference-to-video or video-edit.")
                          .arg(parser.value(mode));
        return inv;
    }
    r.mode = *m;
    r.prompt = parser.value(prompt);

    if (const auto range = ModeInfo::durationRange(r.mode))
        r.durationSeconds = range->defaultValue;
    if (parser.isSet(duration)) {
        bool ok = false;
        const int seconds = parser.value(duration).trimmed().toInt(&ok);
        if (!ok)
            inv.errors
                << tr("--duration needs whole seconds, not \"%1\".").arg(parser.value(duration));
        else if (!ModeInfo::durationRange(r.mode))
            inv.errors << tr("%1 takes no --duration: the length follows the input video.")
                              .arg(ModeInfo::cliName(r.mode));
        else
            r.durationSeconds = seconds;
    }

    if (parser.isSet(aspect)) {
        const auto a = aspectFromName(parser.value(aspect).trimmed());
        if (!a)
            inv.errors << tr("Unknown aspect ratio \"%1\". Use 16:9, 9:16 or 1:1.")
                              .arg(parser.value(aspect));
        else if (!ModeInfo::hasAspectRatio(r.mode))
            inv.errors << tr("%1 takes no --aspect.").arg(ModeInfo::cliName(r.mode));
        else
            r.aspectRatio = *a;
    } else if (!ModeInfo::hasAspectRatio(r.mode)) {
        r.aspectRatio.reset();
    }

    if (parser.isSet(quality)) {
        const auto qv = qualityFromName(parser.value(quality).trimmed());
        if (!qv || !ModeInfo::qualities(r.mode).contains(*qv))
            inv.errors
                << tr("Unknown quality \"%1\". Use 720p or 1080p.").arg(parser.value(quality));
        else
            r.quality = *qv;
    }

    if (parser.isSet(sound)) {
        const QString v = parser.value(sound).trimmed().toLower();
        if (v != u"on" && v != u"off")
            inv.errors << tr("--sound is on or off, not \"%1\".").arg(parser.value(sound));
        else if (!ModeInfo::hasSound(r.mode) && v == u"on")
            inv.errors << tr("%1 has no generated sound.").arg(ModeInfo::cliName(r.mode));
        else
            r.sound = v == u"on";
    }

    auto mediaFrom = [&inv](const QString &value, bool allowWebp) {
        MediaRef ref;
        if (isRemote(value)) {
            ref.url = value.trimmed();
            return ref;
        }
        const QFileInfo file(value);
        QString error;
        const MediaInfo info = ImageProbe::probeFile(file.absoluteFilePath(), &error);
        if (!error.isEmpty() || !info.probed) {
            inv.errors << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(value),
                                                       error.isEmpty() ? tr("not a readable image")
                                                                       : error);
            return ref;
        }
        for (const QString &issue : RequestValidator::checkImage(info, allowWebp))
            inv.errors << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(value), issue);
        ref.localPath = file.absoluteFilePath();
        ref.info = info;
        return ref;
    };
    if (parser.isSet(imageStart))
        r.imageStart = mediaFrom(parser.value(imageStart), false);
    if (parser.isSet(imageEnd))
        r.imageEnd = mediaFrom(parser.value(imageEnd), false);
    for (const QString &value : parser.values(image))
        r.referenceImages.append(mediaFrom(value, true));
    if (r.mode == Mode::ImageToVideo && r.imageStart.isSet() && !parser.isSet(aspect))
        r.aspectRatio.reset(); // follows the first frame
    if (parser.isSet(video)) {
        const QString value = parser.value(video).trimmed();
        if (!isRemote(value))
            inv.errors << tr("--video needs an https URL: the EvoLink file service only "
                             "documents image uploads.");
        else
            r.video.url = value;
    }

    if (inv.command == CliCommand::Generate && parser.isSet(out)) {
        const QString value = parser.value(out);
        if (value.trimmed().isEmpty())
            inv.errors << tr("--out needs a file name.");
        else
            inv.outPath = QFileInfo(value).absoluteFilePath();
    }
    return inv;
}

} // namespace ks

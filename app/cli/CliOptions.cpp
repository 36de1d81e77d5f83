#include "cli/CliOptions.h"

#include "core/RequestValidator.h"
#include "inputs/InputFileCheck.h"

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

// A remote URL as given, or a local file probed from its content and checked
// against the API.md §2 limits; problems go to `errors`.
MediaRef mediaFrom(QStringList &errors, const QString &value, bool isVideo, bool allowWebp,
                   RequestValidator::VideoUse use = RequestValidator::VideoUse::Input)
{
    MediaRef ref;
    if (isRemote(value)) {
        ref.url = value.trimmed();
        return ref;
    }
    const QFileInfo file(value);
    const QString shown = QDir::toNativeSeparators(value);
    // Decoded in full (images) or walked to its moov (videos): a damaged file
    // is refused here, before anything is uploaded or paid.
    const InputCheckResult checked = InputFileCheck::inspect(file.absoluteFilePath());
    const QString &error = checked.error;
    const MediaInfo &info = checked.info;
    if (!error.isEmpty() || !info.probed) {
        errors << QStringLiteral("%1: %2").arg(shown,
                                               !error.isEmpty() ? error
                                                   : isVideo
                                                   ? CliOptions::tr("not a readable video")
                                                   : CliOptions::tr("not a readable image"));
        return ref;
    }
    const QList<QString> issues = isVideo ? RequestValidator::checkVideo(info, use)
                                          : RequestValidator::checkImage(info, allowWebp);
    for (const QString &issue : issues)
        errors << QStringLiteral("%1: %2").arg(shown, issue);
    ref.localPath = file.absoluteFilePath();
    ref.info = info;
    return ref;
}

std::optional<bool> onOff(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v == u"on")
        return true;
    if (v == u"off")
        return false;
    return std::nullopt;
}

// The qualities `mode` offers, named in the refusal (4k: T2V and I2V only).
QString qualityRefusal(Mode mode, const QString &given)
{
    const QList<Quality> offered = ModeInfo::qualities(mode);
    if (offered.contains(Quality::P4K)) {
        return CliOptions::tr("Unknown quality \"%1\". Use 720p, 1080p or 4k.").arg(given);
    }
    if (qualityFromName(given.trimmed()) == Quality::P4K) {
        return CliOptions::tr("%1 has no 4k; use 720p or 1080p (4k is for text-to-video and "
                              "image-to-video).")
            .arg(ModeInfo::cliName(mode));
    }
    return CliOptions::tr("Unknown quality \"%1\". Use 720p or 1080p.").arg(given);
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
           "  history      list recent jobs of the journal\n"
           "  resume       finish every unfinished job of the journal (poll, download)\n"
           "  element create --name N --description D (--front IMG --angle IMG... | --video V "
           "[--voice-id ID])\n"
           "               make a reusable subject; prints its element id (first line)\n"
           "  element list list the elements made so far\n"
           "  paths        print where the journal, data, settings and cache are (shared "
           "with the app)\n"
           "  models       list the Kling models and whether this API key may use them\n"
           "  batch FILE   generate every job of FILE: a CSV table whose header names the "
           "options (prompt,mode,duration,quality,sound,aspect,image_start,…) or a text "
           "file with one prompt per line; the other options apply to every job. Prints "
           "the total and asks first (--yes does not ask)\n\n"
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
    const QCommandLineOption seconds(
        QStringLiteral("seconds"),
        tr("estimate, video-edit: the input video's length in seconds, to price an edit "
           "without the file."),
        tr("n"));
    const QCommandLineOption aspect(QStringLiteral("aspect"),
                                    tr("Aspect ratio: 16:9, 9:16 or 1:1."), tr("ratio"));
    const QCommandLineOption quality(
        QStringLiteral("quality"),
        tr("Quality: 720p or 1080p; 4k for text-to-video and image-to-video only."), tr("quality"));
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
                                   tr("Input video (reference-to-video, video-edit, element "
                                      "create): an MP4/MOV file or an https URL."),
                                   tr("file|url"));
    const QCommandLineOption keepSound(
        QStringLiteral("keep-sound"), tr("Keep the input video's sound: on or off."), tr("on|off"));
    const QCommandLineOption element(QStringLiteral("element"),
                                     tr("Element id to use (<<<element_N>>> in the prompt); "
                                        "repeat for several."),
                                     tr("id"));
    const QCommandLineOption shot(QStringLiteral("shot"),
                                  tr("One shot of a multi-shot video, e.g. 5:\"a cat wakes "
                                     "up\"; repeat for each shot."),
                                  tr("seconds:prompt"));
    const QCommandLineOption watermark(QStringLiteral("watermark"),
                                       tr("Watermark on the video: on or off."), tr("on|off"));
    const QCommandLineOption callbackUrl(QStringLiteral("callback-url"),
                                         tr("https URL EvoLink calls when the task ends."),
                                         tr("url"));
    const QCommandLineOption elementName(QStringLiteral("name"),
                                         tr("Element name (element create, up to 20 characters)."),
                                         tr("name"));
    const QCommandLineOption elementDescription(
        QStringLiteral("description"),
        tr("Element description (element create, up to 100 characters)."), tr("text"));
    const QCommandLineOption front(
        QStringLiteral("front"),
        tr("Element's frontal image (element create); required with 1 to 3 --angle images."),
        tr("file|url"));
    const QCommandLineOption angle(
        QStringLiteral("angle"),
        tr("Element reference image from another angle; repeat, 1 to 3; required with "
           "--front."),
        tr("file|url"));
    const QCommandLineOption voiceId(
        QStringLiteral("voice-id"),
        tr("Voice the element speaks with (element create with --video only; optional)."),
        tr("id"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("Where to save the video (a file, or an existing folder)."),
                                 tr("file"));
    const QCommandLineOption precheck(
        QStringLiteral("precheck"),
        tr("generate: check the prompt with EvoLink's moderation first, and send nothing when it "
           "is likely to be refused."));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("batch: start the jobs without asking."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("How many jobs history lists."),
                                   tr("n"), QStringLiteral("20"));
    parser.addOptions({help,        version,
                       demo,        mode,
                       prompt,      duration,
                       aspect,      quality,
                       sound,       imageStart,
                       imageEnd,    image,
                       video,       out,
                       limit,       keepSound,
                       element,     shot,
                       watermark,   callbackUrl,
                       elementName, elementDescription,
                       front,       angle,
                       voiceId,     seconds,
                       precheck,    yes});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("estimate | generate | status | history | resume | "
                                    "element create | element list"));
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
    } else if (name == u"resume") {
        inv.command = CliCommand::Resume;
    } else if (name == u"paths") {
        inv.command = CliCommand::Paths;
    } else if (name == u"models") {
        inv.command = CliCommand::Models;
    } else if (name == u"batch") {
        inv.command = CliCommand::Batch;
        if (positional.size() != 2) {
            inv.errors << tr("batch needs exactly one file (a .csv table or a text file of "
                             "prompts).");
            return inv;
        }
        if (parser.isSet(precheck))
            inv.errors << tr("--precheck is for generate; batch does not offer it.");
        inv.batchFile = positional.at(1);
        inv.yes = parser.isSet(yes);
        // What every row starts from: the command line without the program,
        // the command, the file and --yes.
        bool commandSeen = false;
        bool fileSeen = false;
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &argument = arguments.at(i);
            if (!commandSeen && argument == u"batch") {
                commandSeen = true;
            } else if (commandSeen && !fileSeen && argument == inv.batchFile) {
                fileSeen = true;
            } else if (argument != u"--yes") {
                inv.batchArguments << argument;
            }
        }
        return inv;
    } else if (name == u"element") {
        const QString sub = positional.value(1);
        if (sub == u"create") {
            inv.command = CliCommand::ElementCreate;
        } else if (sub == u"list") {
            inv.command = CliCommand::ElementList;
        } else {
            inv.errors << tr("Use \"element create\" or \"element list\".");
            return inv;
        }
        if (positional.size() > 2)
            inv.errors << tr("Unexpected argument \"%1\".").arg(positional.at(2));
        if (inv.command == CliCommand::ElementList)
            return inv;
        GenerationRequest &r = inv.request;
        r.mode = Mode::CustomElement;
        r.aspectRatio.reset();
        r.elementName = parser.value(elementName);
        r.elementDescription = parser.value(elementDescription);
        if (parser.isSet(front))
            r.elementFrontal = mediaFrom(inv.errors, parser.value(front), false, false);
        for (const QString &value : parser.values(angle))
            r.elementAngles.append(mediaFrom(inv.errors, value, false, false));
        if (parser.isSet(video))
            r.elementVideo = mediaFrom(inv.errors, parser.value(video), true, false,
                                       RequestValidator::VideoUse::Element);
        if (r.elementVideo.isSet() && (r.elementFrontal.isSet() || !r.elementAngles.isEmpty()))
            inv.errors << tr("An element is made either from images (--front, --angle) or from "
                             "a video (--video), not both.");
        if (parser.isSet(voiceId))
            r.elementVoiceId = parser.value(voiceId).trimmed();
        if (parser.isSet(callbackUrl))
            r.callbackUrl = parser.value(callbackUrl).trimmed();
        return inv;
    } else {
        inv.errors << tr("Unknown command \"%1\". Use estimate, generate, batch, status, history, "
                         "resume, element, models or paths.")
                          .arg(name);
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
    if (inv.command == CliCommand::Resume || inv.command == CliCommand::Paths
        || inv.command == CliCommand::Models)
        return inv;
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

    if (parser.isSet(seconds)) {
        bool ok = false;
        const int n = parser.value(seconds).trimmed().toInt(&ok);
        if (inv.command != CliCommand::Estimate)
            inv.errors << tr("--seconds is for estimate only; generate reads the length from "
                             "--video.");
        else if (r.mode != Mode::VideoEdit)
            inv.errors << tr("--seconds is for video-edit, whose price follows the input "
                             "video's length; %1 takes --duration.")
                              .arg(ModeInfo::cliName(r.mode));
        else if (!ok || n < 1)
            inv.errors << tr("--seconds needs a positive whole number of seconds, not \"%1\".")
                              .arg(parser.value(seconds));
        else
            inv.editSeconds = n;
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
            inv.errors << qualityRefusal(r.mode, parser.value(quality));
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

    if (parser.isSet(imageStart))
        r.imageStart = mediaFrom(inv.errors, parser.value(imageStart), false, false);
    if (parser.isSet(imageEnd))
        r.imageEnd = mediaFrom(inv.errors, parser.value(imageEnd), false, false);
    for (const QString &value : parser.values(image))
        r.referenceImages.append(mediaFrom(inv.errors, value, false, true));
    if (r.mode == Mode::ImageToVideo && r.imageStart.isSet() && !parser.isSet(aspect))
        r.aspectRatio.reset(); // follows the first frame
    if (parser.isSet(video)) {
        if (!ModeInfo::hasVideoInput(r.mode))
            inv.errors << tr("%1 takes no --video.").arg(ModeInfo::cliName(r.mode));
        else
            r.video = mediaFrom(inv.errors, parser.value(video), true, false);
        if (inv.editSeconds && r.video.isLocal())
            inv.errors << tr("Give either --video with a local file or --seconds, not both: the "
                             "file's own length is what an edit costs.");
    }
    if (parser.isSet(keepSound)) {
        const auto v = onOff(parser.value(keepSound));
        if (!v)
            inv.errors << tr("--keep-sound is on or off, not \"%1\".").arg(parser.value(keepSound));
        else if (!ModeInfo::hasVideoInput(r.mode))
            inv.errors << tr("%1 has no input video whose sound could be kept.")
                              .arg(ModeInfo::cliName(r.mode));
        else
            r.keepOriginalSound = *v;
    }
    for (const QString &value : parser.values(element)) {
        const QString id = value.trimmed();
        if (id.isEmpty())
            inv.errors << tr("--element needs an element id.");
        else
            r.elements.append({id, false});
    }
    if (parser.isSet(shot)) {
        if (!ModeInfo::supportsMultiShot(r.mode))
            inv.errors
                << tr("%1 has no multi-shot videos (--shot).").arg(ModeInfo::cliName(r.mode));
        r.multiShot = true;
        int total = 0;
        for (const QString &value : parser.values(shot)) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            bool ok = false;
            const int seconds = colon > 0 ? value.left(colon).trimmed().toInt(&ok) : 0;
            if (!ok || seconds < 1) {
                inv.errors << tr("--shot needs whole seconds, a colon and the shot's prompt "
                                 "(e.g. 5:\"a cat wakes up\"), not \"%1\".")
                                  .arg(value);
                continue;
            }
            r.shots.append({value.mid(colon + 1).trimmed(), seconds});
            total += seconds;
        }
        // The shots' durations must add up to the video's: say it once, not twice.
        if (!parser.isSet(duration) && total > 0)
            r.durationSeconds = total;
    }
    if (parser.isSet(watermark)) {
        const auto v = onOff(parser.value(watermark));
        if (!v)
            inv.errors << tr("--watermark is on or off, not \"%1\".").arg(parser.value(watermark));
        else
            r.watermark = *v;
    }
    if (parser.isSet(callbackUrl))
        r.callbackUrl = parser.value(callbackUrl).trimmed();

    inv.precheck = inv.command == CliCommand::Generate && parser.isSet(precheck);
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

#include "core/PromptReferences.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace ks {

namespace {

// The API's spelling is exact (lower case, no spaces); anything else is plain text
// to the model, so it is not a token here either.
const QRegularExpression &tokenPattern()
{
    static const QRegularExpression re(QStringLiteral("<<<(element|image|video)_([0-9]{1,9})>>>"));
    return re;
}

QString sourceName(const MediaRef &ref)
{
    if (ref.isLocal())
        return QFileInfo(ref.localPath).fileName();
    const QUrl url(ref.url);
    const QString name = url.fileName();
    return name.isEmpty() ? ref.url : name;
}

QList<const MediaRef *> imageUrls(const GenerationRequest &r)
{
    QList<const MediaRef *> list;
    if (!PromptReferences::modeAccepts(r.mode, ReferenceKind::Image))
        return list;
    for (const MediaRef &m : r.referenceImages) {
        if (m.isSet())
            list.append(&m);
    }
    return list;
}

bool hasVideo(const GenerationRequest &r)
{
    return PromptReferences::modeAccepts(r.mode, ReferenceKind::Video) && r.video.isSet();
}

int elementCount(const GenerationRequest &r)
{
    return PromptReferences::modeAccepts(r.mode, ReferenceKind::Element) ? int(r.elements.size())
                                                                         : 0;
}

} // namespace

QString PromptReferences::kindKey(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Element:
        return QStringLiteral("element");
    case ReferenceKind::Image:
        return QStringLiteral("image");
    case ReferenceKind::Video:
        return QStringLiteral("video");
    }
    return {};
}

QString PromptReferences::token(ReferenceKind kind, int number)
{
    return QStringLiteral("<<<%1_%2>>>").arg(kindKey(kind)).arg(number);
}

QList<PromptToken> PromptReferences::parse(const QString &text)
{
    QList<PromptToken> tokens;
    auto it = tokenPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        PromptToken t;
        const QStringView kind = m.capturedView(1);
        t.kind = kind == u"element" ? ReferenceKind::Element
            : kind == u"image"      ? ReferenceKind::Image
                                    : ReferenceKind::Video;
        t.number = m.capturedView(2).toInt();
        t.position = m.capturedStart(0);
        t.length = m.capturedLength(0);
        tokens.append(t);
    }
    return tokens;
}

bool PromptReferences::modeAccepts(Mode mode, ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Element:
        return mode != Mode::CustomElement;
    case ReferenceKind::Image:
        // I2V frames travel in image_start/image_end; only image_urls are numbered.
        return mode == Mode::ImageToVideo || mode == Mode::ReferenceToVideo
            || mode == Mode::VideoEdit;
    case ReferenceKind::Video:
        return ModeInfo::hasVideoInput(mode);
    }
    return false;
}

QList<AvailableReference> PromptReferences::available(const GenerationRequest &request)
{
    QList<AvailableReference> list;
    if (!ModeInfo::hasPrompt(request.mode))
        return list;
    if (modeAccepts(request.mode, ReferenceKind::Element)) {
        int n = 0;
        for (const ElementRef &e : request.elements)
            list.append(
                {ReferenceKind::Element, ++n, token(ReferenceKind::Element, n), e.elementId});
    }
    int n = 0;
    for (const MediaRef *m : imageUrls(request))
        list.append({ReferenceKind::Image, ++n, token(ReferenceKind::Image, n), sourceName(*m)});
    if (hasVideo(request))
        list.append(
            {ReferenceKind::Video, 1, token(ReferenceKind::Video, 1), sourceName(request.video)});
    return list;
}

QList<ValidationIssue> PromptReferences::warnings(const GenerationRequest &r)
{
    QList<ValidationIssue> issues;
    if (!ModeInfo::hasPrompt(r.mode))
        return issues;

    const int elements = elementCount(r);
    const int images = int(imageUrls(r).size());
    const bool video = hasVideo(r);
    const QString modeName = ModeInfo::displayName(r.mode);

    auto check = [&](Field field, const QString &where, const QString &text) {
        QSet<QString> seen;
        for (const PromptToken &t : parse(text)) {
            const QString tok = token(t.kind, t.number);
            if (seen.contains(tok))
                continue;
            seen.insert(tok);
            QString message;
            if (t.number < 1) {
                message = tr("%1 mentions %2, but references are numbered from 1.").arg(where, tok);
            } else {
                switch (t.kind) {
                case ReferenceKind::Element:
                    if (t.number <= elements)
                        break;
                    message = elements == 0
                        ? tr("%1 mentions %2, but no element is attached.").arg(where, tok)
                        : tr("%1 mentions %2, but only %n element(s) are attached.", nullptr,
                             elements)
                              .arg(where, tok);
                    break;
                case ReferenceKind::Image:
                    if (t.number <= images)
                        break;
                    if (!modeAccepts(r.mode, ReferenceKind::Image))
                        message = tr("%1 mentions %2, but %3 takes no reference images.")
                                      .arg(where, tok, modeName);
                    else if (images == 0)
                        message = tr("%1 mentions %2, but no reference image is attached.")
                                      .arg(where, tok);
                    else
                        message = tr("%1 mentions %2, but only %n reference image(s) are "
                                     "attached.",
                                     nullptr, images)
                                      .arg(where, tok);
                    break;
                case ReferenceKind::Video:
                    if (t.number == 1 && video)
                        break;
                    if (!modeAccepts(r.mode, ReferenceKind::Video))
                        message =
                            tr("%1 mentions %2, but %3 takes no video.").arg(where, tok, modeName);
                    else if (t.number > 1)
                        message = tr("%1 mentions %2, but a request has only one video "
                                     "(<<<video_1>>>).")
                                      .arg(where, tok);
                    else
                        message = tr("%1 mentions %2, but no video is set.").arg(where, tok);
                    break;
                }
            }
            if (!message.isEmpty())
                issues.append({field, message});
        }
    };

    // With multi-shot the API ignores `prompt` and uses the shot prompts instead.
    if (r.multiShot && ModeInfo::supportsMultiShot(r.mode)) {
        for (int i = 0; i < r.shots.size(); ++i)
            check(Field::Shots, tr("Shot %1").arg(i + 1), r.shots.at(i).prompt);
    } else {
        check(Field::Prompt, tr("The prompt"), r.prompt);
    }
    return issues;
}

} // namespace ks

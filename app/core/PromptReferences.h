#pragma once
// Prompt reference tokens (<<<element_N>>>, <<<image_N>>>, <<<video_1>>>, API.md §2.0):
// finds them in a text, lists the ones a request makes available (numbered as the
// API will number them) and warns about tokens that name nothing.

#include "core/GenerationRequest.h"
#include "core/RequestValidator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ks {

enum class ReferenceKind { Element, Image, Video };

// One <<<kind_N>>> occurrence in a text.
struct PromptToken
{
    ReferenceKind kind = ReferenceKind::Element;
    int number = 0; // as written (1-based when valid; 0 is kept so it can be reported)
    qsizetype position = 0; // index of the first '<' in the text (UTF-16 units)
    qsizetype length = 0; // length of the whole token (UTF-16 units)
    friend bool operator==(const PromptToken &a, const PromptToken &b)
    {
        return a.kind == b.kind && a.number == b.number && a.position == b.position
            && a.length == b.length;
    }
};

// A token the request makes available, for an insert menu or a hint list.
struct AvailableReference
{
    ReferenceKind kind = ReferenceKind::Element;
    int number = 1; // 1-based
    QString token; // "<<<image_2>>>"
    QString source; // element id, or the file name / URL of the image or video
};

class PromptReferences final
{
    Q_DECLARE_TR_FUNCTIONS(PromptReferences)
public:
    // "<<<element_3>>>" for (Element, 3).
    static QString token(ReferenceKind kind, int number);
    // "element" / "image" / "video": the spelling inside the token.
    static QString kindKey(ReferenceKind kind);

    // Every well-formed token in `text`, in text order (duplicates included).
    static QList<PromptToken> parse(const QString &text);

    // Whether `mode` sends a field that a token of this kind could refer to.
    static bool modeAccepts(Mode mode, ReferenceKind kind);

    // The tokens `request` makes available: elements in element_list order, images
    // in image_urls order, then <<<video_1>>> when a video is set (API.md §2.0).
    static QList<AvailableReference> available(const GenerationRequest &request);

    // Tokens in the prompt (or, with multi-shot, in the shot prompts the API uses)
    // that name something the request does not have. These are WARNINGS: the API
    // does not reject them, but the model will not see what the user meant.
    // Each distinct token is reported once per text.
    static QList<ValidationIssue> warnings(const GenerationRequest &request);
};

} // namespace ks

#include "core/PromptExcerpt.h"

#include "core/GenerationRequest.h"

namespace ks::PromptExcerpt {

QString of(const GenerationRequest &request, int maxLength)
{
    // A multi-shot request sends its shots, not the main prompt: what was
    // asked for is the first shot.
    QString text = request.mode == Mode::CustomElement ? request.elementName : request.prompt;
    if (request.multiShot && !request.shots.isEmpty())
        text = request.shots.constFirst().prompt;
    text = text.simplified();
    if (maxLength > 1 && text.size() > maxLength)
        text = text.left(maxLength - 1).trimmed() + QChar(0x2026);
    return text;
}

} // namespace ks::PromptExcerpt

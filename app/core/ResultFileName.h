#pragma once
// Names a result video after what was asked for: a short slug of the prompt
// (the first shot's in a multi-shot job; letters of every script kept, so
// Chinese stays Chinese) and the date, e.g. "cat-on-a-skateboard-2026-12-06.mp4".
// Names are safe on Windows, macOS and Linux: no separators, reserved
// characters or device names (CON, NUL, ...), and bounded in length.

#include <QDate>
#include <QString>

namespace ks {

struct GenerationRequest;

class ResultFileName final
{
public:
    static constexpr int kMaxSlugChars = 40;

    // Lower-case words of `text` joined by '-'; letters, digits and marks of
    // any script kept, everything else (emoji, punctuation, slashes) dropped;
    // at most kMaxSlugChars characters, cut at a word end when it can be.
    // Empty when nothing usable is left.
    static QString slug(const QString &text);
    // The text a request's file is named after: the first shot's prompt in a
    // multi-shot job, else the prompt, else a custom element's name.
    static QString promptOf(const GenerationRequest &request);
    // "<slug>-yyyy-MM-dd.mp4", or "kling-video-yyyy-MM-dd.mp4" without a
    // usable prompt; `tag` (e.g. a job id's first characters) is appended
    // before the extension when given.
    static QString forRequest(const GenerationRequest &request, QDate date,
                              const QString &tag = QString());
    static QString forText(const QString &text, QDate date, const QString &tag = QString());
    // `fileName` in `dir`, or "name-2.mp4", "name-3.mp4", ... when taken:
    // nothing is ever suggested over an existing file.
    static QString unusedPath(const QString &dir, const QString &fileName);
};

} // namespace ks

#pragma once
// What a job asked for in one line: the prompt (the first shot's for a
// multi-shot request, the element's name for a custom element), white space
// simplified and cut to a length with an ellipsis. Empty when there is none.
// The history card and the desktop notification show it.

#include <QString>

namespace ks {

struct GenerationRequest;

namespace PromptExcerpt {
QString of(const GenerationRequest &request, int maxLength);
} // namespace PromptExcerpt

} // namespace ks

#pragma once
// The one place that builds request JSON: the API body (API.md §2) and the
// journal's own storage form of a GenerationRequest (keeps local paths).

#include "core/GenerationRequest.h"

#include <QJsonObject>

#include <optional>

namespace ks {

namespace RequestJson {
// Body of POST /v1/videos/generations. Media must have `url` set (uploaded).
QJsonObject toApiJson(const GenerationRequest &request);
// Lossless round trip for the journal (includes local paths, probe info, upload times).
QJsonObject toStorage(const GenerationRequest &request);
std::optional<GenerationRequest> fromStorage(const QJsonObject &json);
} // namespace RequestJson

} // namespace ks

#pragma once
// POST /v1/moderations (evolink-moderation-1.0, API.md §10.1 #15) with a
// deterministic rule instead of a model: words in the text decide the
// scores (see SimModeration.cpp), so tests can reach both outcomes. Images
// are checked for shape only (one at most, https or this simulator's own
// upload) and score 0.

#include "sim/SimReply.h"

namespace ks {

struct SimRequest;
class SimFilesApi;

class SimModeration final
{
public:
    static SimReply moderate(const SimRequest &req, const SimFilesApi &files);
};

} // namespace ks

#include "window/RepeatedRequestCheck.h"

#include "core/RequestJson.h"

namespace ks {

void RepeatedRequestCheck::remember(const GenerationRequest &request)
{
    m_last = RequestJson::toStorage(request);
    m_since.start();
}

bool RepeatedRequestCheck::isRepeat(const GenerationRequest &request) const
{
    return m_since.isValid() && m_since.elapsed() < kWindowMs
        && RequestJson::toStorage(request) == m_last;
}

} // namespace ks

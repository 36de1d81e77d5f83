#include "api/ApiReply.h"

#include <QNetworkReply>

namespace ks {

ApiReply::ApiReply(Kind kind, QObject *parent) : QObject(parent), m_kind(kind) { }

void ApiReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_reply)
        m_reply->abort(); // finishes through EvoLinkClient with a cancelled error
}

} // namespace ks

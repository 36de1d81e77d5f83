#pragma once
// Where and how to reach EvoLink. Plain http is allowed only to loopback.

#include <QString>
#include <QUrl>

namespace ks {

struct ApiConfig
{
    QUrl apiBase {QStringLiteral("https://api.evolink.ai")};
    QUrl filesBase {QStringLiteral("https://files-api.evolink.ai")};
    QString apiKey; // never logged
    int transferTimeoutMs = 30000;

    // https anywhere, http only to 127.0.0.0/8, ::1 or "localhost".
    static bool isAllowedBase(const QUrl &url);
};

} // namespace ks

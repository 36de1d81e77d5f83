#pragma once
// What to tell the user when EvoLink's safety filter refuses a job
// (content_policy_violation, API.md §10.1 #14): the sub-message EvoLink sent
// ("celebrity detected in image", ...) in the user's language, what to change,
// and what the refusal costs. An unknown sub-message is quoted as sent.

#include <QCoreApplication>
#include <QString>

namespace ks {

class ContentPolicyAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(ContentPolicyAdvice)
public:
    enum class Reason {
        Unknown, // none of the documented sub-messages (or none at all)
        PhotorealisticPeople,
        Celebrity,
        ThirdPartyContent,
        Nudity,
        Minor
    };

    // Which documented sub-message `evolinkMessage` carries (case-insensitive,
    // anywhere in the text).
    static Reason reason(const QString &evolinkMessage);
    // The whole sentence for the user. `taskFailed`: a created task failed
    // (true) or the create request was refused (false).
    static QString userMessage(const QString &evolinkMessage, bool taskFailed);
};

} // namespace ks

#include "core/ContentPolicyAdvice.h"

namespace ks {

ContentPolicyAdvice::Reason ContentPolicyAdvice::reason(const QString &evolinkMessage)
{
    struct Known
    {
        const char *text;
        Reason reason;
    };
    // The sub-messages docs-2026 lists (API.md §10.1 #14).
    static const Known known[] = {
        {"photorealistic people detected", Reason::PhotorealisticPeople},
        {"celebrity detected in image", Reason::Celebrity},
        {"third-party content violation", Reason::ThirdPartyContent},
        {"nudity detected", Reason::Nudity},
        {"minor content not allowed", Reason::Minor},
    };
    const QString text = evolinkMessage.simplified();
    for (const Known &k : known) {
        if (text.contains(QLatin1String(k.text), Qt::CaseInsensitive))
            return k.reason;
    }
    return Reason::Unknown;
}

QString ContentPolicyAdvice::userMessage(const QString &evolinkMessage, bool taskFailed)
{
    QString what;
    switch (reason(evolinkMessage)) {
    case Reason::PhotorealisticPeople:
        what = tr("EvoLink's safety filter refused this job: it found photorealistic people. "
                  "Use an illustrated or otherwise non-photorealistic person, or an image "
                  "without people, then resubmit.");
        break;
    case Reason::Celebrity:
        what = tr("EvoLink's safety filter refused this job: it recognised a famous person in "
                  "an image. Remove the famous person or use an image of someone else, then "
                  "resubmit.");
        break;
    case Reason::ThirdPartyContent:
        what = tr("EvoLink's safety filter refused this job: it found third-party content "
                  "(for example a brand, logo, character or artwork owned by someone else). "
                  "Remove it from the prompt and the images, then resubmit.");
        break;
    case Reason::Nudity:
        what = tr("EvoLink's safety filter refused this job: it found nudity. Use clothed "
                  "people in the prompt and the images, then resubmit.");
        break;
    case Reason::Minor:
        what = tr("EvoLink's safety filter refused this job: content showing minors is not "
                  "allowed. Remove children and teenagers from the prompt and the images, then "
                  "resubmit.");
        break;
    case Reason::Unknown: {
        const QString said = evolinkMessage.simplified();
        what = said.isEmpty()
            ? tr("EvoLink's safety filter refused this job (for example for real faces or "
                 "celebrities). Change the prompt or the images, then resubmit.")
            : tr("EvoLink's safety filter refused this job: \"%1\". Change the prompt or the "
                 "images (for example no real faces or celebrities), then resubmit.")
                  .arg(said);
        break;
    }
    }
    // API.md §3.2/§7: failed tasks are not charged and the reservation is
    // returned, per EvoLink's CLI release notes and product page (unconfirmed
    // by the API reference). A refused create made no task at all.
    const QString cost = taskFailed
        ? tr("EvoLink states that failed tasks are not charged and the reserved credits are "
             "returned.")
        : tr("No task was created, so nothing was charged.");
    return what + u' ' + cost;
}

} // namespace ks

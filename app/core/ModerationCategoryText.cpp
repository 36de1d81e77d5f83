#include "core/ModerationCategoryText.h"

namespace ks {

QString ModerationCategoryText::displayName(const QString &category)
{
    const QString c = category.trimmed().toLower();
    if (c == u"harassment")
        return tr("harassment");
    if (c == u"harassment/threatening")
        return tr("threatening harassment");
    if (c == u"hate")
        return tr("hate");
    if (c == u"hate/threatening")
        return tr("threatening hate");
    if (c == u"illicit")
        return tr("illegal activity");
    if (c == u"illicit/violent")
        return tr("violent illegal activity");
    if (c == u"self-harm")
        return tr("self-harm");
    if (c == u"self-harm/intent")
        return tr("intent of self-harm");
    if (c == u"self-harm/instructions")
        return tr("instructions for self-harm");
    if (c == u"sexual")
        return tr("sexual content");
    if (c == u"sexual/minors")
        return tr("sexual content involving minors");
    if (c == u"violence")
        return tr("violence");
    if (c == u"violence/graphic")
        return tr("graphic violence");
    return category.trimmed();
}

} // namespace ks

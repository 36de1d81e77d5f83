#pragma once
// The 13 categories of evolink-moderation-1.0 (API.md §10.1 #15) in the
// user's language; an unknown category is shown as EvoLink named it.

#include <QCoreApplication>
#include <QString>

namespace ks {

class ModerationCategoryText final
{
    Q_DECLARE_TR_FUNCTIONS(ModerationCategoryText)
public:
    static QString displayName(const QString &category);
};

} // namespace ks

#pragma once
// Marks, in the mode picker, the modes whose model the API key may not use
// (GET /v1/models, API.md §10.1 #11): such an item is disabled, says so in
// its text, and its tooltip tells why and what to do. The picker's items
// carry int(Mode) as data.

#include "core/Mode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;

namespace ks {

class ModeAvailability final
{
    Q_DECLARE_TR_FUNCTIONS(ModeAvailability)
public:
    // "This key has no access to kling-o3-video-edit: enable the model in
    // the EvoLink console." (translated)
    static QString reason(Mode mode);
    // Enables every item, then disables those of `unavailable` (the texts
    // must be the plain mode names when this is called).
    static void apply(QComboBox *combo, const QList<Mode> &unavailable);
};

} // namespace ks

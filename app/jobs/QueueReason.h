#pragma once
// Why a queued job still waits, in the user's language, for the history card
// and the CLI: the per-model limit of this process, or EvoLink's own limit
// (too many tasks at once, too many requests). Empty when it is simply next.

#include "jobs/Job.h"

#include <QCoreApplication>
#include <QString>

namespace ks {

class QueueReason final
{
    Q_DECLARE_TR_FUNCTIONS(QueueReason)
public:
    static QString text(const Job &job);
    // The same in a few words, for the narrow history card.
    static QString shortText(const Job &job);
};

} // namespace ks

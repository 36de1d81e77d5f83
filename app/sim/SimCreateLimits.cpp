#include "sim/SimCreateLimits.h"

#include "sim/SimTaskStore.h"

using namespace Qt::StringLiterals;

namespace ks {

SimCreateLimits::SimCreateLimits()
{
    m_clock.start();
}

QString SimCreateLimits::refusal(const SimTaskStore &store, const QString &key,
                                 const QString &model) const
{
    if (m_tasksPerModel <= 0)
        return {};
    int unfinished = 0;
    for (const SimTaskStore::Task &t : store.tasks()) {
        if (t.ownerKey == key && t.model == model && !store.phase(t).terminal)
            ++unfinished;
    }
    if (unfinished < m_tasksPerModel)
        return {};
    return u"Too many tasks processing simultaneously (concurrency limit): this key may run "
           "%1 %2 task(s) at once and %3 are processing; retry when one finishes"_s
               .arg(m_tasksPerModel)
               .arg(model)
               .arg(unfinished);
}

} // namespace ks

#include "sim/SimFaults.h"

#include <utility>

namespace ks {

namespace {

template<typename Fault> void addFault(QList<Fault> &list, const Fault &fault)
{
    if (fault.remaining > 0)
        list.append(fault);
}

template<typename Fault> bool takeFault(QList<Fault> &list, const QString &path, Fault *out)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!path.startsWith(list[i].prefix))
            continue;
        *out = list[i];
        if (--list[i].remaining <= 0)
            list.removeAt(i);
        return true;
    }
    return false;
}

} // namespace

void SimFaults::addError(const Error &fault)
{
    addFault(m_errors, fault);
}

void SimFaults::addDelay(const Delay &fault)
{
    addFault(m_delays, fault);
}

void SimFaults::addDrop(const Drop &fault)
{
    addFault(m_drops, fault);
}

void SimFaults::addRaw(const Raw &fault)
{
    addFault(m_raws, fault);
}

void SimFaults::addFlood(const Flood &fault)
{
    addFault(m_floods, fault);
}

void SimFaults::addIgnoreRange(const IgnoreRange &fault)
{
    addFault(m_ignoreRanges, fault);
}

bool SimFaults::takeFlood(const QString &path, Flood *out)
{
    return takeFault(m_floods, path, out);
}

bool SimFaults::takeIgnoreRange(const QString &path, IgnoreRange *out)
{
    return takeFault(m_ignoreRanges, path, out);
}

bool SimFaults::takeError(const QString &path, Error *out)
{
    return takeFault(m_errors, path, out);
}

bool SimFaults::takeDelay(const QString &path, Delay *out)
{
    return takeFault(m_delays, path, out);
}

bool SimFaults::takeDrop(const QString &path, Drop *out)
{
    return takeFault(m_drops, path, out);
}

bool SimFaults::takeRaw(const QString &path, Raw *out)
{
    return takeFault(m_raws, path, out);
}

QString SimFaults::takeFailNextTask(QString *message)
{
    const QString said = std::exchange(m_failNextMessage, QString());
    if (message)
        *message = said;
    return std::exchange(m_failNext, QString());
}

void SimFaults::clear()
{
    m_errors.clear();
    m_delays.clear();
    m_drops.clear();
    m_raws.clear();
    m_floods.clear();
    m_ignoreRanges.clear();
    m_failNext.clear();
    m_failNextMessage.clear();
    m_resultDataOnly = false;
}

void SimFaults::withholdModels(const QString &key, const QStringList &models)
{
    if (models.isEmpty())
        m_withheld.remove(key);
    else
        m_withheld.insert(key, QSet<QString>(models.begin(), models.end()));
}

bool SimFaults::withholds(const QString &key, const QString &model) const
{
    const auto it = m_withheld.constFind(key);
    return it != m_withheld.constEnd() && it->contains(model);
}

} // namespace ks

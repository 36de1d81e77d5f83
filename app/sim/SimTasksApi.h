#pragma once
// The generation API (API.md §2-§4): create a task, query one, list them, a
// batch of them, the credits balance and the model list. Checks create bodies
// with SimRules against the media the simulator knows and bills with SimPrices.

#include "sim/SimCreateLimits.h"
#include "sim/SimReply.h"
#include "sim/SimRules.h"
#include "sim/SimTaskStore.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ks {

class SimFaults;
class SimFilesApi;
class SimResults;

class SimTasksApi final
{
public:
    SimTasksApi(SimTaskStore &store, SimResults &results, const SimFilesApi &files,
                SimFaults &faults);

    // `key` is the caller's API key, already accepted.
    SimReply create(const SimRequest &req, const QString &key);
    SimReply query(const QString &id, const QString &key) const;
    SimReply list(const SimRequest &req, const QString &key) const;
    SimReply batch(const SimRequest &req, const QString &key) const;
    SimReply credits(const QString &key) const;
    // The models `key` may use (all the simulator knows, less those withheld).
    SimReply models(const QString &key) const;
    SimCreateLimits &createLimits() { return m_limits; }

private:
    // usage.credits_reserved for a reservation of `uc`: credits, or UC when
    // SimFaults::reservedInUc() is on.
    QJsonValue reservedJson(qint64 uc) const;
    QJsonObject taskJson(const SimTaskStore::Task &t) const;
    SimMediaRef mediaLookup(const QString &url) const;
    int elementLookup(const QString &elementId) const;

    SimTaskStore &m_store;
    SimResults &m_results;
    const SimFilesApi &m_files;
    SimFaults &m_faults;
    SimCreateLimits m_limits;
};

} // namespace ks

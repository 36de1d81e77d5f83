#include "sim/Simulator.h"

#include "sim/SimFaults.h"
#include "sim/SimFilesApi.h"
#include "sim/SimHttpServer.h"
#include "sim/SimLog.h"
#include "sim/SimPrices.h"
#include "sim/SimRequestLog.h"
#include "sim/SimResults.h"
#include "sim/SimRouter.h"
#include "sim/SimTaskStore.h"
#include "sim/SimTasksApi.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace ks {

// The parts, in the order they depend on each other.
class Simulator::Private
{
public:
    Private()
        : results(store), files(results, faults), tasks(store, results, files, faults),
          router(log, faults, store, tasks, files, results)
    {
    }

    SimTaskStore store;
    SimFaults faults;
    SimRequestLog log;
    SimResults results;
    SimFilesApi files;
    SimTasksApi tasks;
    SimRouter router;
    SimHttpServer *server = nullptr;
    QUrl base;
};

Simulator::Simulator(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->router.addAcceptedKey(demoKey());
    connect(&d->router, &SimRouter::requestHandled, this, &Simulator::requestHandled);
    d->server = new SimHttpServer([this](const SimRequest &req) { d->router.handle(req); }, this);
}

Simulator::~Simulator() = default;

bool Simulator::start(quint16 port)
{
    if (d->base.isValid())
        return true;
    quint16 bound = 0;
    // The previous run's port first: links stored by resumed jobs point there.
    if (port == 0 && d->store.savedPort() != 0)
        bound = d->server->listen(QHostAddress::LocalHost, d->store.savedPort());
    if (bound == 0)
        bound = d->server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        qCWarning(lcSimServer) << "cannot listen on 127.0.0.1 port" << port;
        return false;
    }
    d->base = QUrl(u"http://127.0.0.1:%1"_s.arg(bound));
    const QString base = d->base.toString(QUrl::StripTrailingSlash);
    d->results.setBaseUrl(base);
    d->files.setBaseUrl(base);
    d->store.setServedPort(bound);
    d->store.save();
    qCInfo(lcSimServer) << "EvoLink simulator listening on" << d->base.toString();
    return true;
}

QUrl Simulator::baseUrl() const
{
    return d->base;
}

QString Simulator::demoKey()
{
    return u"sk-demo-klingstudio"_s;
}

void Simulator::setTimeScale(double scale)
{
    d->store.setTimeScale(qMax(0.0, scale));
}

double Simulator::timeScale() const
{
    return d->store.timeScale();
}

void Simulator::setBalance(double credits)
{
    d->store.setBalanceUc(SimPrices::fromCredits(credits));
}

double Simulator::balance() const
{
    d->store.settleAll();
    return SimPrices::toCredits(d->store.balanceUc());
}

void Simulator::addAcceptedKey(const QString &key)
{
    if (!key.isEmpty())
        d->router.addAcceptedKey(key);
}

void Simulator::expireResults(const QString &taskId)
{
    d->store.expire(taskId);
}

void Simulator::setStateFile(const QString &path)
{
    d->store.setStateFile(path);
}

QString Simulator::stateFile() const
{
    return d->store.stateFile();
}

void Simulator::addLargeResult(const QString &taskId, qint64 bytes)
{
    d->results.addLarge(taskId, bytes);
}

QStringList Simulator::taskIds() const
{
    QStringList out;
    const QStringList &order = d->store.order();
    for (qsizetype i = order.size() - 1; i >= 0; --i)
        out.append(order.at(i));
    return out;
}

void Simulator::injectHttpError(const QString &pathPrefix, int status, const QString &code,
                                int count, int retryAfterSeconds, const QString &message)
{
    d->faults.addError({pathPrefix, status, code, count, retryAfterSeconds, message});
}

void Simulator::failNextTask(const QString &errorCode, const QString &message)
{
    d->faults.setFailNextTask(errorCode, message);
}

void Simulator::delayResponses(const QString &pathPrefix, int delayMs, int count)
{
    d->faults.addDelay({pathPrefix, delayMs, count});
}

void Simulator::dropConnections(const QString &pathPrefix, int count, qint64 afterBytes)
{
    d->faults.addDrop({pathPrefix, count, afterBytes});
}

void Simulator::throttleDownloads(qint64 bytesPerSecond)
{
    d->faults.setDownloadRate(qMax<qint64>(0, bytesPerSecond));
}

void Simulator::setFileQuota(int maxFiles, int usedElsewhere)
{
    d->files.setQuota(maxFiles, usedElsewhere);
}

void Simulator::setRefuseVideoUploads(bool on)
{
    d->faults.setRefuseVideoUploads(on);
}

void Simulator::withholdModels(const QString &key, const QStringList &models)
{
    d->faults.withholdModels(key, models);
}

void Simulator::setTasksPerModelLimit(int limit)
{
    d->tasks.createLimits().setTasksPerModel(limit);
}

QList<qint64> Simulator::createArrivalsMs() const
{
    return d->tasks.createLimits().arrivalsMs();
}

void Simulator::setResultDataOnly(bool on)
{
    d->faults.setResultDataOnly(on);
}

void Simulator::setReservedInUc(bool on)
{
    d->faults.setReservedInUc(on);
}

void Simulator::injectRawBody(const QString &pathPrefix, const QByteArray &body,
                              const QByteArray &contentType, int count)
{
    d->faults.addRaw({pathPrefix, body, contentType, count});
}

void Simulator::floodResponses(const QString &pathPrefix, int count)
{
    d->faults.addFlood({pathPrefix, -1, count});
}

void Simulator::declareHugeResponses(const QString &pathPrefix, qint64 bytes, int count)
{
    d->faults.addFlood({pathPrefix, qMax<qint64>(0, bytes), count});
}

void Simulator::ignoreRanges(const QString &pathPrefix, int count)
{
    d->faults.addIgnoreRange({pathPrefix, count});
}

void Simulator::clearFaults()
{
    d->faults.clear();
}

int Simulator::requestCount(const QString &pathPrefix) const
{
    return d->log.count(pathPrefix);
}

int Simulator::countedOldPaths() const
{
    return d->log.countedOldPaths();
}

QByteArray Simulator::lastRequestBody(const QString &pathPrefix) const
{
    return d->log.lastBody(pathPrefix);
}

QByteArray Simulator::lastRequestHeader(const QString &pathPrefix, const QByteArray &name) const
{
    return d->log.lastHeader(pathPrefix, name);
}

int Simulator::taskCount() const
{
    return int(d->store.tasks().size());
}

int Simulator::streamingBodies() const
{
    return d->router.streamingBodies();
}

qint64 Simulator::lastAbandonedBodyBytes() const
{
    return d->router.lastAbandonedBodyBytes();
}

QString Simulator::uploadDirectory() const
{
    return d->files.directory();
}

} // namespace ks

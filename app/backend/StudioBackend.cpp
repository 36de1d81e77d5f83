#include "backend/StudioBackend.h"

#include "api/ApiConfig.h"
#include "api/ApiReply.h"
#include "api/EvoLinkClient.h"
#include "jobs/DataFolderMerge.h"
#include "jobs/ElementLibrary.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/JournalWatcher.h"
#include "jobs/ModelAccess.h"
#include "jobs/ModerationPrecheck.h"
#include "platform/Logging.h"
#include "platform/Paths.h"
#include "platform/SecretStore.h"
#include "platform/Settings.h"
#include "sim/Simulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QPointer>

namespace ks {

namespace {

// Tests and screenshots speed the demo up; 1.0 is the normal demo pace.
double simTimeScaleFromEnv()
{
    bool ok = false;
    const double scale = qEnvironmentVariable("KLINGSTUDIO_SIM_TIME_SCALE").toDouble(&ok);
    return ok && scale > 0 && scale <= 10 ? scale : 1.0;
}

// Hands `reply` to `context` and runs `answer` on it once it finishes,
// unless `context` is gone by then (the reply goes with it).
void answerIn(ApiReply *reply, QObject *context, std::function<void(const ApiReply &)> answer)
{
    reply->setParent(context);
    QObject::connect(reply, &ApiReply::finished, context, [reply, answer = std::move(answer)] {
        reply->deleteLater();
        if (answer)
            answer(*reply);
    });
}

} // namespace

class StudioBackend::Private
{
public:
    Options options;
    std::unique_ptr<Settings> ownSettings;
    std::unique_ptr<SecretStore> ownSecrets;
    Settings *settings = nullptr;
    SecretStore *secrets = nullptr;
    QNetworkAccessManager *nam = nullptr;
    JobStore *store = nullptr;
    JournalWatcher *journalWatcher = nullptr; // once the journal is open
    EvoLinkClient *client = nullptr;
    JobManager *jobs = nullptr;
    ElementLibrary *elements = nullptr;
    Simulator *simulator = nullptr;
    QString apiKey; // never logged
    QString journalNotice;
    QString keyNotice;
    bool demo = false;
    bool journalOpened = false;
    bool started = false;
};

StudioBackend::StudioBackend(Options options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->options = options;
    if (options.settings) {
        d->settings = options.settings;
    } else {
        d->ownSettings = std::make_unique<Settings>();
        d->settings = d->ownSettings.get();
    }
    if (options.secretStore) {
        d->secrets = options.secretStore;
    } else {
        d->ownSecrets = std::make_unique<KeychainSecretStore>();
        d->secrets = d->ownSecrets.get();
    }
    d->nam = new QNetworkAccessManager(this);
    d->store = new JobStore(this);
    d->client = new EvoLinkClient(d->nam, this);
    d->jobs = new JobManager(d->store, d->client, d->nam, d->settings, this);
    d->elements = new ElementLibrary(options.elementsPath, this);
    d->jobs->setElementLibrary(d->elements);
    connect(d->client, &EvoLinkClient::unauthorized, this, &StudioBackend::unauthorized);
    connect(d->jobs, &JobManager::journalRecreated, this, [this](int liveJobs) {
        emit journalRecreated(
            tr("The job history %1 was deleted while Kling Studio was running. It was made "
               "again, and the %n job(s) in progress here were written back into it. Do not "
               "delete this file while jobs run: it is how paid tasks are found again after "
               "a crash.",
               nullptr, liveJobs)
                .arg(QDir::toNativeSeparators(d->store->path())));
    });
}

StudioBackend::~StudioBackend()
{
    // The manager first: it may still release download claims in the journal.
    delete d->jobs;
    d->jobs = nullptr;
    d->store->close();
}

QString StudioBackend::journalPath() const
{
    return d->options.journalPath.isEmpty() ? Paths::journalPath() : d->options.journalPath;
}

void StudioBackend::openJournal()
{
    if (d->journalOpened)
        return;
    d->journalOpened = true;
    // The default folder takes in what earlier versions kept in a folder per
    // program, once (a no-op when there is none, or already done).
    QStringList merged;
    if (d->options.journalPath.isEmpty()) {
        merged = DataFolderMerge::mergeLegacyFolders();
        if (!merged.isEmpty())
            d->elements->reload();
    }
    const QString path = journalPath();
    if (path != u":memory:")
        QDir().mkpath(QFileInfo(path).absolutePath());
    QString notice;
    if (!d->store->open(path, &notice)) {
        // Keep working for this session rather than refusing to start;
        // the user is told that nothing will be kept.
        const QString reason = notice;
        d->store->open(QStringLiteral(":memory:"));
        notice = tr("%1 Jobs of this session will not be kept after you quit.").arg(reason);
    }
    merged.append(notice);
    merged.removeAll(QString());
    d->journalNotice = merged.join(QLatin1Char('\n'));
    // The CLI needs the watcher too: a journal deleted between two writes
    // is made again at once, not only at the next write.
    d->journalWatcher = new JournalWatcher(d->store, this);
    d->journalWatcher->start();
}

void StudioBackend::watchJournal()
{
    openJournal();
    connect(d->journalWatcher, &JournalWatcher::changedElsewhere, this,
            &StudioBackend::journalChangedElsewhere, Qt::UniqueConnection);
}

void StudioBackend::start(std::function<void()> ready)
{
    if (!d->started) {
        d->started = true;
        openJournal();
    }

    if (d->options.forceDemo) {
        // No keychain round trip at all: --demo must work on any machine.
        enterDemo();
        if (ready)
            ready();
        return;
    }
    QPointer<StudioBackend> self(this);
    d->secrets->readApiKey([self, ready](QString key, KeySource, QString error) {
        if (!self)
            return;
        self->d->keyNotice = error;
        key = key.trimmed();
        if (key.isEmpty()) {
            self->enterDemo();
        } else {
            self->d->apiKey = key;
            self->enterReal();
        }
        if (ready)
            ready();
    });
}

void StudioBackend::enterDemo()
{
    if (!d->simulator) {
        d->simulator = new Simulator(this);
        const double scale = simTimeScaleFromEnv();
        d->simulator->setTimeScale(scale);
        // Demo and tests: the simulator may report reservations in UC as
        // docs-2026 shows them (API.md §10.1 #9), to see both readings.
        d->simulator->setReservedInUc(
            qEnvironmentVariable("KLINGSTUDIO_SIM_RESERVED_UNIT").trimmed().toLower() == u"uc");
        // Demo tasks live in the simulator: keep its table beside the journal
        // so demo jobs resume after a restart like real ones.
        const QString journal = d->store->path();
        if (!journal.isEmpty() && journal != u":memory:")
            d->simulator->setStateFile(QFileInfo(journal).absolutePath()
                                       + QStringLiteral("/demo-simulator.json"));
        if (!d->simulator->start()) {
            qCWarning(lcJobs) << "demo simulator could not listen on loopback";
            d->keyNotice = tr("Demo mode could not start its local simulator.");
        }
        // The demo tasks are short already; a faster simulator (tests) gets
        // a schedule shrunk by the same factor.
        PollSchedule schedule;
        schedule.scale = scale;
        d->jobs->setPollSchedule(schedule);
    }
    ApiConfig config;
    config.apiBase = d->simulator->baseUrl();
    config.filesBase = d->simulator->baseUrl();
    config.apiKey = Simulator::demoKey();
    d->client->setConfig(config);
    const bool changed = !d->demo;
    d->demo = true;
    d->jobs->setDemoMode(true);
    if (changed)
        emit demoModeChanged(true);
}

void StudioBackend::enterReal()
{
    ApiConfig config;
    const QUrl api = d->settings->apiBase();
    const QUrl files = d->settings->filesBase();
    QStringList refused;
    if (ApiConfig::isAllowedBase(api))
        config.apiBase = api;
    else
        refused << api.toDisplayString();
    if (ApiConfig::isAllowedBase(files))
        config.filesBase = files;
    else
        refused << files.toDisplayString();
    if (!refused.isEmpty()) {
        const QString note =
            tr("Refused the API address %1: only https, or plain http to this computer, is "
               "allowed. The default EvoLink address is used instead.")
                .arg(refused.join(QStringLiteral(", ")));
        d->keyNotice = d->keyNotice.isEmpty() ? note : d->keyNotice + QLatin1Char('\n') + note;
    }
    config.apiKey = d->apiKey;
    d->client->setConfig(config);
    const bool changed = d->demo;
    d->demo = false;
    // Kill tests run a real-mode CLI against a standalone simulator; they
    // shrink the poll schedule with $KLINGSTUDIO_POLL_SCALE.
    bool scaleOk = false;
    const double pollScale = qEnvironmentVariable("KLINGSTUDIO_POLL_SCALE").toDouble(&scaleOk);
    PollSchedule schedule;
    if (scaleOk && pollScale > 0 && pollScale <= 1)
        schedule.scale = pollScale;
    if (d->jobs->pollSchedule().scale != schedule.scale)
        d->jobs->setPollSchedule(schedule);
    d->jobs->setDemoMode(false);
    if (changed)
        emit demoModeChanged(false);
}

bool StudioBackend::isDemo() const
{
    return d->demo;
}

QString StudioBackend::journalNotice() const
{
    return d->journalNotice;
}

QString StudioBackend::keyNotice() const
{
    return d->keyNotice;
}

void StudioBackend::setApiKey(const QString &key, std::function<void(bool, QString)> done)
{
    const QString trimmed = key.trimmed();
    QPointer<StudioBackend> self(this);
    auto apply = [self, trimmed, done](bool ok, QString error) {
        if (!self)
            return;
        if (ok) {
            self->d->apiKey = trimmed;
            if (trimmed.isEmpty() || self->d->options.forceDemo) {
                self->enterDemo();
            } else {
                const bool wasDemo = self->d->demo;
                self->enterReal();
                if (wasDemo)
                    self->d->jobs->resumeUnfinished();
            }
        }
        if (done)
            done(ok, error);
    };
    if (trimmed.isEmpty()) {
        d->secrets->deleteApiKey(apply);
        return;
    }
    d->secrets->writeApiKey(trimmed, [self, apply](KeySource keptIn, QString note) {
        if (!self)
            return;
        // Kept somewhere (the keychain, or this session's memory when the
        // keychain refused it): the key is applied either way, and the note
        // (why not in the keychain, how to keep it) replaces the old one.
        const bool kept = keptIn != KeySource::None;
        if (kept)
            self->d->keyNotice = note;
        apply(kept, note);
    });
}

void StudioBackend::reloadEndpoints()
{
    if (d->demo || d->apiKey.isEmpty())
        return;
    d->keyNotice.clear();
    enterReal();
}

Settings *StudioBackend::settings() const
{
    return d->settings;
}

SecretStore *StudioBackend::secretStore() const
{
    return d->secrets;
}

JobStore *StudioBackend::store() const
{
    return d->store;
}

void StudioBackend::requestBalance(QObject *context,
                                   std::function<void(double, const ApiError &)> done)
{
    answerIn(d->client->getCredits(), context, [done](const ApiReply &reply) {
        if (done)
            done(reply.credits().userRemaining, reply.error());
    });
}

void StudioBackend::requestFileQuota(QObject *context,
                                     std::function<void(const FileQuota &, const ApiError &)> done)
{
    answerIn(d->client->getFileQuota(), context, [done](const ApiReply &reply) {
        if (done)
            done(reply.fileQuota(), reply.error());
    });
}

void StudioBackend::requestModels(QObject *context,
                                  std::function<void(const QStringList &, const ApiError &)> done)
{
    answerIn(d->client->listModels(), context, [done](const ApiReply &reply) {
        if (done)
            done(reply.models(), reply.error());
    });
}

void StudioBackend::requestTask(const QString &taskId, QObject *context,
                                std::function<void(const TaskSnapshot &, const ApiError &)> done)
{
    answerIn(d->client->getTask(taskId), context, [done](const ApiReply &reply) {
        if (done)
            done(reply.task(), reply.error());
    });
}

QString StudioBackend::apiHost() const
{
    return d->client->config().apiBase.host();
}

ModelAccess *StudioBackend::createModelAccess(const QString &cachePath, QObject *parent)
{
    return new ModelAccess(d->client, cachePath, parent);
}

ModerationPrecheck *StudioBackend::createModerationPrecheck(QObject *parent)
{
    return new ModerationPrecheck(d->client, parent);
}

bool StudioBackend::hasDemoSimulator() const
{
    return simulator() != nullptr;
}

void StudioBackend::setDemoTimeScale(double scale)
{
    if (Simulator *sim = simulator())
        sim->setTimeScale(scale);
}

bool StudioBackend::isAllowedBase(const QUrl &url)
{
    return ApiConfig::isAllowedBase(url);
}

QUrl StudioBackend::defaultApiBase()
{
    return ApiConfig().apiBase;
}

QUrl StudioBackend::defaultFilesBase()
{
    return ApiConfig().filesBase;
}

EvoLinkClient *StudioBackend::client() const
{
    return d->client;
}

JobManager *StudioBackend::jobs() const
{
    return d->jobs;
}

ElementLibrary *StudioBackend::elements() const
{
    return d->elements;
}

Simulator *StudioBackend::simulator() const
{
    return d->demo ? d->simulator : nullptr;
}

QNetworkAccessManager *StudioBackend::network() const
{
    return d->nam;
}

} // namespace ks

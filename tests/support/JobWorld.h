#pragma once
// The shared fixture of the JobManager suites: a Simulator on loopback, the
// journal, an EvoLinkClient and a JobManager in one temporary folder, talking
// over real HTTP with the server's time and the poll schedule sped up.

#include "JobRows.h"
#include "api/ApiConfig.h"
#include "api/EvoLinkClient.h"
#include "jobs/ElementLibrary.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "platform/Settings.h"
#include "sim/Simulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <memory>

namespace ks::test {

// What differs between the suites.
struct JobWorldOptions
{
    // false: no manager yet; the suite makes it (with its own poll scale).
    bool withManager = true;
    // An ElementLibrary in <root>/data/elements.json, given to every manager.
    bool withElementLibrary = false;
    // The client's transfer timeout; 0 keeps ApiConfig's default.
    int transferTimeoutMs = 0;
};

// Everything lives under `root`: settings.ini, journal.sqlite and library/.
struct JobWorld
{
    static constexpr double kPollScale = 0.01;

    explicit JobWorld(const QString &root, const JobWorldOptions &options = {})
        : settings(root + QStringLiteral("/settings.ini")),
          journalPath(root + QStringLiteral("/journal.sqlite")),
          libraryDir(root + QStringLiteral("/library"))
    {
        if (options.withElementLibrary)
            library =
                std::make_unique<ElementLibrary>(root + QStringLiteral("/data/elements.json"));
        sim->setTimeScale(0.02);
        started = sim->start();
        ApiConfig config;
        config.apiBase = sim->baseUrl();
        config.filesBase = sim->baseUrl();
        config.apiKey = Simulator::demoKey();
        if (options.transferTimeoutMs > 0)
            config.transferTimeoutMs = options.transferTimeoutMs;
        client.setConfig(config);
        opened = store.open(journalPath);
        if (options.withManager)
            manager = makeManager();
    }

    // A new manager on this world's journal, client and folders (a restart).
    std::unique_ptr<JobManager> makeManager(double pollScale = kPollScale)
    {
        auto m = std::make_unique<JobManager>(&store, &client, &nam, &settings);
        configure(*m, pollScale);
        return m;
    }

    // Sets up a manager made elsewhere (e.g. on another JobStore) like ours.
    void configure(JobManager &m, double pollScale = kPollScale)
    {
        PollSchedule schedule;
        schedule.scale = pollScale;
        m.setPollSchedule(schedule);
        m.setLibraryDir(libraryDir);
        if (library)
            m.setElementLibrary(library.get());
    }

    // Waits until the job leaves the active states, looking after each
    // jobFinished and at least every `stepMs` (100 looks at most), and
    // returns its journal row (an empty Job when there is none).
    Job waitFinished(const QString &id, int stepMs = 1500)
    {
        QSignalSpy finished(manager.get(), &JobManager::jobFinished);
        const auto settled = [&] {
            const auto row = store.job(id);
            return row && !isActive(row->state);
        };
        for (int i = 0; i < 100 && !settled(); ++i)
            finished.wait(stepMs);
        const auto row = store.job(id);
        return row ? *row : Job {};
    }

    // Owned by pointer so a test can stop the server and start another one.
    std::unique_ptr<Simulator> sim = std::make_unique<Simulator>();
    QNetworkAccessManager nam;
    Settings settings;
    QString journalPath;
    QString libraryDir;
    std::unique_ptr<ElementLibrary> library; // withElementLibrary only
    JobStore store;
    EvoLinkClient client {&nam};
    std::unique_ptr<JobManager> manager;
    bool started = false;
    bool opened = false;
};

// What the JobManager suites make for each test function: a new temporary
// folder that is also the data and config folder (KLINGSTUDIO_DATA_DIR,
// KLINGSTUDIO_CONFIG_DIR) and a JobWorld in it. setUp() from init(),
// tearDown() from cleanup().
struct JobWorldFixture
{
    // Empty when the folder and the world are ready, else what is not.
    QString setUp(const JobWorldOptions &options = {})
    {
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return QStringLiteral("no temporary folder: ") + dir->errorString();
        qputenv("KLINGSTUDIO_DATA_DIR", dir->filePath(QStringLiteral("data")).toUtf8());
        qputenv("KLINGSTUDIO_CONFIG_DIR", dir->filePath(QStringLiteral("config")).toUtf8());
        world = std::make_unique<JobWorld>(dir->path(), options);
        if (!world->started)
            return QStringLiteral("the simulator did not start");
        if (!world->opened)
            return QStringLiteral("the journal did not open");
        return {};
    }

    // The world (its manager, store and server) goes before its folder.
    void tearDown()
    {
        world.reset();
        dir.reset();
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<JobWorld> world;
};

} // namespace ks::test

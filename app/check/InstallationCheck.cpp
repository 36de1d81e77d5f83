#include "check/InstallationCheck.h"

#include "backend/StudioBackend.h"
#include "check/MediaProbe.h"
#include "core/ApiError.h"
#include "core/ByteSizeText.h"
#include "core/GenerationRequest.h"
#include "jobs/Job.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "platform/SecretStore.h"
#include "platform/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QVersionNumber>

#include <optional>

namespace ks {

namespace {

using Step = InstallationCheck::Step;
using State = InstallationCheck::State;

// The demo task runs about 20 s at the simulator's normal pace; the check
// runs it (and the poll schedule) 50 times faster.
constexpr double kSimTimeScale = 0.02;

int indexOf(Step step)
{
    return static_cast<int>(step);
}

// Steps that only mean something once these have passed.
QList<Step> prerequisites(Step step)
{
    switch (step) {
    case Step::DemoJob:
        return {Step::Sqlite};
    case Step::VideoFrame:
        return {Step::Media, Step::DemoJob};
    default:
        return {};
    }
}

// "OpenSSL 3.0.11 19 Sep 2023" -> "OpenSSL 3.0.11"; other backends by name.
QString tlsDescription()
{
    const QString backend = QSslSocket::activeBackend();
    const QStringList words = QSslSocket::sslLibraryVersionString().split(u' ', Qt::SkipEmptyParts);
    if (words.size() >= 2 && words.first().compare(backend, Qt::CaseInsensitive) == 0)
        return words.at(0) + u' ' + words.at(1);
    return backend;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

InstallationCheck::InstallationCheck(MediaProbe *media, QObject *parent)
    : QObject(parent), m_media(media), m_outcomes(steps().size())
{
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer); // a coarse one may fire 5% early
    connect(m_deadline, &QTimer::timeout, this, &InstallationCheck::timedOut);
}

InstallationCheck::~InstallationCheck()
{
    tearDown();
}

void InstallationCheck::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

QList<InstallationCheck::Step> InstallationCheck::steps()
{
    return {Step::QtVersion, Step::Sqlite, Step::Tls, Step::Media, Step::DemoJob, Step::VideoFrame};
}

QString InstallationCheck::title(Step step)
{
    switch (step) {
    case Step::QtVersion:
        return tr("Qt libraries");
    case Step::Sqlite:
        return tr("SQLite driver and journal");
    case Step::Tls:
        return tr("Secure connections (TLS)");
    case Step::Media:
        return tr("Video component");
    case Step::DemoJob:
        return tr("%1-second demo video from the built-in simulator").arg(kClipSeconds);
    case Step::VideoFrame:
        return tr("First video frame");
    }
    return {};
}

QString InstallationCheck::partName(Step step)
{
    switch (step) {
    case Step::QtVersion:
        return tr("Qt", "self-test part");
    case Step::Sqlite:
        return tr("SQLite", "self-test part");
    case Step::Tls:
        return tr("TLS", "self-test part");
    case Step::Media:
        return tr("media", "self-test part");
    case Step::DemoJob:
        return tr("demo job", "self-test part");
    case Step::VideoFrame:
        return tr("video frame", "self-test part");
    }
    return {};
}

InstallationCheck::Outcome &InstallationCheck::outcome(Step step)
{
    return m_outcomes[indexOf(step)];
}

const InstallationCheck::Outcome &InstallationCheck::outcome(Step step) const
{
    return m_outcomes.at(indexOf(step));
}

InstallationCheck::State InstallationCheck::state(Step step) const
{
    return outcome(step).state;
}

QString InstallationCheck::detail(Step step) const
{
    const Outcome &o = outcome(step);
    return o.detail ? o.detail() : QString();
}

bool InstallationCheck::passed() const
{
    if (!m_finished)
        return false;
    for (const Outcome &o : m_outcomes)
        if (o.state != State::Passed)
            return false;
    return true;
}

QString InstallationCheck::summary() const
{
    if (passed())
        // A fixed, untranslated line for scripts and support requests.
        return QStringLiteral("self-test: ok (Qt %1, SQLite, TLS %2, media %3, frame %4x%5, %6 s)")
            .arg(m_qtVersion, m_tls, m_backendName)
            .arg(m_frameSize.width())
            .arg(m_frameSize.height())
            .arg(seconds(m_elapsedMs));
    const QStringList lines = failureLines();
    return lines.isEmpty() ? QString() : lines.first();
}

QStringList InstallationCheck::failureLines() const
{
    QStringList lines;
    for (const Step step : steps())
        if (state(step) == State::Failed)
            lines << QStringLiteral("self-test: FAILED: %1: %2")
                         .arg(partName(step), detail(step).simplified()); // one line each
    return lines;
}

QString InstallationCheck::workDir() const
{
    return m_dir ? m_dir->path() : QString();
}

int InstallationCheck::remainingMs() const
{
    return int(qMax<qint64>(0, m_timeoutMs - m_clock.elapsed()));
}

void InstallationCheck::start()
{
    if (m_running)
        return;
    tearDown();
    ++m_run;
    m_running = true;
    m_finished = false;
    m_outcomes = QList<Outcome>(steps().size());
    m_qtVersion.clear();
    m_tls.clear();
    m_backendName.clear();
    m_frameSize = {};
    m_jobId.clear();
    m_videoPath.clear();
    m_elapsedMs = 0;
    m_clock.start();
    m_deadline->start(m_timeoutMs);
    for (const Step step : steps())
        emit stepChanged(step);
    scheduleNext();
}

void InstallationCheck::scheduleNext()
{
    // Queued, so a window can paint between steps and no step tears down
    // what is still emitting (the job manager, the frame grab).
    const int run = m_run;
    QTimer::singleShot(0, this, [this, run] {
        if (run == m_run && m_running)
            runNext();
    });
}

void InstallationCheck::runNext()
{
    for (const Step step : steps()) {
        Outcome &o = outcome(step);
        if (o.state != State::Pending)
            continue;
        std::optional<Step> missing;
        for (const Step needed : prerequisites(step))
            if (state(needed) != State::Passed)
                missing = needed;
        if (missing) {
            o.state = State::Skipped;
            const Step needed = *missing;
            o.detail = [needed] {
                return tr("Not checked: it needs “%1”, which failed.").arg(title(needed));
            };
            emit stepChanged(step);
            continue;
        }
        o.state = State::Running;
        emit stepChanged(step);
        switch (step) {
        case Step::QtVersion:
            checkQtVersion();
            break;
        case Step::Sqlite:
            checkSqlite();
            break;
        case Step::Tls:
            checkTls();
            break;
        case Step::Media:
            checkMedia();
            break;
        case Step::DemoJob:
            runDemoJob();
            break;
        case Step::VideoFrame:
            grabFrame();
            break;
        }
        return;
    }
    finish();
}

void InstallationCheck::complete(Step step, bool ok, std::function<QString()> detail)
{
    Outcome &o = outcome(step);
    if (!m_running || o.state != State::Running)
        return;
    o.state = ok ? State::Passed : State::Failed;
    o.detail = std::move(detail);
    emit stepChanged(step);
    scheduleNext();
}

void InstallationCheck::setDetail(Step step, std::function<QString()> detail)
{
    outcome(step).detail = std::move(detail);
    emit stepChanged(step);
}

QObject *InstallationCheck::newStepContext()
{
    delete m_stepContext;
    m_stepContext = new QObject(this);
    return m_stepContext;
}

void InstallationCheck::timedOut()
{
    if (!m_running)
        return;
    const int limit = m_timeoutMs;
    for (const Step step : steps()) {
        Outcome &o = outcome(step);
        if (o.state == State::Running) {
            o.state = State::Failed;
            o.detail = [step, limit] {
                QString hint;
                if (step == Step::DemoJob)
                    hint = tr("Something may block connections to this computer (127.0.0.1), "
                              "or the computer is very busy. Try again.");
                else if (step == Step::VideoFrame)
                    hint = tr("The video decoder hangs on the demo video. Reinstall Kling "
                              "Studio's video playback components.");
                else
                    hint = tr("Try again when the computer is less busy.");
                return tr("Did not finish within %1 s. %2").arg(limit / 1000).arg(hint);
            };
        } else if (o.state == State::Pending) {
            o.state = State::Skipped;
            o.detail = [] {
                return tr("Not checked: the check ran out of time.");
            };
        } else {
            continue;
        }
        emit stepChanged(step);
    }
    finish();
}

void InstallationCheck::finish()
{
    m_running = false;
    m_finished = true;
    m_deadline->stop();
    m_elapsedMs = m_clock.elapsed();
    tearDown();
    emit finished(passed());
}

void InstallationCheck::tearDown()
{
    // The backend first: it closes the journal and stops the simulator that
    // live in the folder removed last.
    delete m_stepContext;
    m_backend.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
}

// ---- the steps ---------------------------------------------------------------

void InstallationCheck::checkQtVersion()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    m_qtVersion = running;
    if (QVersionNumber::fromString(running) < QVersionNumber::fromString(built)) {
        complete(Step::QtVersion, false, [running, built] {
            return tr("Qt %1 is older than the Qt %2 Kling Studio was built with. Install Qt %2 "
                      "or newer, or reinstall Kling Studio.")
                .arg(running, built);
        });
        return;
    }
    complete(Step::QtVersion, true, [running, built] {
        return running == built ? tr("Qt %1").arg(running)
                                : tr("Qt %1 (built with %2)").arg(running, built);
    });
}

void InstallationCheck::checkSqlite()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        complete(Step::Sqlite, false, [] {
            return tr("Qt's SQLite driver (qsqlite) is missing, so no job can be kept. Install "
                      "it (Debian/Ubuntu: libqt6sql6-sqlite) or reinstall Kling Studio.");
        });
        return;
    }
    // A throw-away folder for everything the check writes: journal,
    // settings, simulator state, the video.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                            + QStringLiteral("/klingstudio-check-XXXXXX"));
    if (!m_dir->isValid()) {
        const QString temp = QDir::toNativeSeparators(QDir::tempPath());
        const QString reason = m_dir->errorString();
        complete(Step::Sqlite, false, [temp, reason] {
            return tr("No temporary folder could be made in %1 (%2). Make sure it is writable "
                      "and the disk is not full.")
                .arg(temp, reason);
        });
        return;
    }
    const QString dir = m_dir->path();
    m_settings = std::make_unique<Settings>(dir + QStringLiteral("/klingstudio.ini"));
    m_secrets = std::make_unique<MemorySecretStore>();
    StudioBackend::Options options;
    options.forceDemo = true; // never reads a key: demo key, nothing spent
    options.journalPath = dir + QStringLiteral("/journal.sqlite");
    options.elementsPath = dir + QStringLiteral("/elements.json");
    options.secretStore = m_secrets.get();
    options.settings = m_settings.get();
    m_backend = std::make_unique<StudioBackend>(options);
    m_backend->openJournal();
    if (m_backend->store()->path() != options.journalPath
        || !m_backend->journalNotice().isEmpty()) {
        const QString notice = m_backend->journalNotice();
        complete(Step::Sqlite, false, [notice] {
            return tr("The SQLite driver is there, but no journal could be created in a "
                      "temporary folder. %1")
                .arg(notice);
        });
        return;
    }
    complete(Step::Sqlite, true,
             [] { return tr("Driver found; a journal was created in a temporary folder."); });
}

void InstallationCheck::checkTls()
{
    const QString backend = QSslSocket::activeBackend();
    if (!QSslSocket::supportsSsl() || backend.isEmpty()) {
        const QString available = QSslSocket::availableBackends().join(QStringLiteral(", "));
        complete(Step::Tls, false, [available] {
            return tr("No TLS backend could be loaded (found: %1), and the EvoLink API is only "
                      "reachable over https. Install OpenSSL 3 (Debian/Ubuntu: libssl3) or "
                      "reinstall Kling Studio.")
                .arg(available.isEmpty() ? tr("none") : available);
        });
        return;
    }
    m_tls = tlsDescription();
    complete(Step::Tls, true, [this] { return m_tls; });
}

void InstallationCheck::checkMedia()
{
    if (!m_media || !m_media->load().isEmpty()) {
        MediaProbe *media = m_media;
        complete(Step::Media, false, [media] {
            const QString reason =
                media ? media->load() : tr("This build of Kling Studio has no video component.");
            return tr("%1 Reinstall Kling Studio.").arg(reason);
        });
        return;
    }
    if (m_media->installedBackends().isEmpty()) {
        complete(Step::Media, false, [] {
            return tr("Qt Multimedia has no backend plugin (its “multimedia” plugin folder is "
                      "empty or missing), so no video can play. Install Qt Multimedia's "
                      "plugins (Debian/Ubuntu: libqt6multimedia6) or reinstall Kling Studio.");
        });
        return;
    }
    m_backendName = m_media->backendName();
    complete(Step::Media, true,
             [this] { return tr("Qt Multimedia backend: %1").arg(m_backendName); });
}

void InstallationCheck::runDemoJob()
{
    QObject *context = newStepContext();
    m_backend->start({}); // forceDemo: the simulator is up when this returns
    if (!m_backend->isDemo() || !m_backend->hasDemoSimulator()
        || !m_backend->keyNotice().isEmpty()) {
        complete(Step::DemoJob, false, [] {
            return tr("The built-in simulator could not start on this computer (127.0.0.1). "
                      "Check that no firewall or sandbox blocks local connections.");
        });
        return;
    }
    m_backend->setDemoTimeScale(kSimTimeScale);
    JobManager *jobs = m_backend->jobs();
    PollSchedule schedule;
    schedule.scale = kSimTimeScale;
    jobs->setPollSchedule(schedule);
    jobs->setLibraryDir(m_dir->path() + QStringLiteral("/videos"));

    GenerationRequest request;
    request.mode = Mode::TextToVideo;
    request.prompt = QStringLiteral("Kling Studio installation check: waves at dawn");
    request.durationSeconds = kClipSeconds;
    request.aspectRatio = AspectRatio::Wide16x9;
    request.quality = Quality::P720;
    request.sound = false;

    m_stepClock.start();
    connect(jobs, &JobManager::jobChanged, context, [this](const QString &id) {
        if (id != m_jobId)
            return;
        const std::optional<Job> job = m_backend->jobs()->job(id);
        if (!job || !isActive(job->state))
            return;
        const JobState state = job->state;
        const int progress = job->progress;
        setDetail(Step::DemoJob, [state, progress] {
            return state == JobState::Running
                ? QStringLiteral("%1 %2%").arg(jobStateDisplayName(state)).arg(progress)
                : jobStateDisplayName(state);
        });
    });
    connect(jobs, &JobManager::jobFinished, context, [this](const QString &id) {
        if (id != m_jobId)
            return;
        const std::optional<Job> job = m_backend->jobs()->job(id);
        const JobState state = job ? job->state : JobState::Failed;
        if (state != JobState::Done) {
            const ApiError error = job ? job->error : ApiError();
            complete(Step::DemoJob, false, [state, error] {
                const QString reason =
                    error.isError() ? ErrorCatalog::userMessage(error) : QString();
                return tr("The demo job ended as “%1”. %2")
                    .arg(jobStateDisplayName(state), reason)
                    .trimmed();
            });
            return;
        }
        const QFileInfo video(job->videoPath);
        if (!video.isFile() || video.size() == 0) {
            const QString path = QDir::toNativeSeparators(job->videoPath);
            complete(Step::DemoJob, false, [path] {
                return tr("The demo job finished, but its video did not arrive on disk (%1).")
                    .arg(path);
            });
            return;
        }
        m_videoPath = video.absoluteFilePath();
        const qint64 took = m_stepClock.elapsed();
        const qint64 bytes = video.size();
        complete(Step::DemoJob, true, [took, bytes] {
            return tr("Generated and downloaded (%1) in %2 s.")
                .arg(ByteSizeText::format(bytes), seconds(took));
        });
    });
    m_jobId = jobs->submit(request);
    if (m_jobId.isEmpty()) {
        const QString reason = m_backend->store()->lastError();
        complete(Step::DemoJob, false, [reason] {
            return tr("The demo job could not be written to the journal: %1").arg(reason);
        });
    }
}

void InstallationCheck::grabFrame()
{
    QObject *context = newStepContext();
    // Leaves half a second for a clear "no frame" before the overall limit.
    const int budget = qMax(1000, remainingMs() - 500);
    m_media->firstFrame(m_videoPath, budget, context, [this](QSize size) {
        // Asked again now that the backend has decoded: the one really used.
        m_backendName = m_media->backendName();
        emit stepChanged(Step::Media);
        const QString backend = m_backendName;
        if (!size.isValid() || size.isEmpty()) {
            complete(Step::VideoFrame, false, [backend] {
                if (backend.contains(QLatin1String("gstreamer")))
                    return tr("No frame could be decoded from the demo video (H.264 in MP4) "
                              "with %1. Install GStreamer's plugins for it (Debian/Ubuntu: "
                              "gstreamer1.0-plugins-good and gstreamer1.0-libav).")
                        .arg(backend);
                return tr("No frame could be decoded from the demo video (H.264 in MP4) with "
                          "%1. Reinstall Kling Studio with its video playback components.")
                    .arg(backend);
            });
            return;
        }
        m_frameSize = size;
        complete(Step::VideoFrame, true, [size, backend] {
            return tr("%1×%2 pixels, decoded by %3")
                .arg(size.width())
                .arg(size.height())
                .arg(backend);
        });
    });
}

} // namespace ks

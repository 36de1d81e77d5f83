#include "cli/CliCommands.h"

#include "backend/StudioBackend.h"
#include "core/ApiError.h"
#include "core/CostEstimator.h"
#include "core/MoneyText.h"
#include "core/RequestValidator.h"
#include "core/ReservedCredits.h"
#include "core/TaskSnapshot.h"
#include "jobs/ElementLibrary.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/ModerationPrecheck.h"
#include "jobs/QueueReason.h"
#include "platform/Paths.h"
#include "platform/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>

#include <cmath>

namespace ks {

namespace {

// Human text: two decimals, and the exact figure beside it when rounding hid part of it.
QString creditsForPeople(double credits)
{
    const double cents = credits * 100.0;
    const QString shown = MoneyText::credits(credits);
    if (std::abs(cents - std::round(cents)) < 1e-6)
        return shown;
    return CliCommands::tr("%1 (exactly %2)").arg(shown, MoneyText::exactCredits(credits));
}

QString creditsForPeople(qint64 uc)
{
    const QString shown = MoneyText::creditsUc(uc);
    if (uc % 100 == 0)
        return shown;
    return CliCommands::tr("%1 (exactly %2)").arg(shown, MoneyText::exactCreditsUc(uc));
}

QString creditsOf(const Job &job)
{
    if (job.creditsUsed)
        return QString::number(*job.creditsUsed, 'g', 12);
    if (job.creditsReserved)
        return QString::number(*job.creditsReserved, 'g', 12);
    return CliCommands::bareCredits(job.estimateUc);
}

} // namespace

CliCommands::CliCommands(Settings *settings, QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent), m_settings(settings), m_out(*out), m_err(*err)
{
}

CliCommands::~CliCommands() = default;

QString CliCommands::bareCredits(qint64 uc)
{
    const bool negative = uc < 0;
    const qint64 abs = negative ? -uc : uc;
    QString text = QString::number(abs / 10000);
    QString fraction = QStringLiteral("%1").arg(abs % 10000, 4, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return negative ? QLatin1Char('-') + text : text;
}

int CliCommands::run(const CliInvocation &inv)
{
    if (!inv.errors.isEmpty()) {
        for (const QString &e : inv.errors)
            m_err << e << Qt::endl;
        return Usage;
    }
    switch (inv.command) {
    case CliCommand::None:
    case CliCommand::Help:
        m_out << inv.helpText << Qt::flush;
        return Ok;
    case CliCommand::Version:
        m_out << CliOptions::versionText() << Qt::endl;
        return Ok;
    case CliCommand::Estimate:
    case CliCommand::Generate:
    case CliCommand::ElementCreate: {
        CliInvocation resolved = inv;
        resolveElements(resolved.request);
        printWarnings(resolved.request);
        return inv.command == CliCommand::Estimate ? estimate(resolved) : generate(resolved);
    }
    case CliCommand::ElementList:
        return elementList();
    case CliCommand::History:
        return history(inv);
    case CliCommand::Status:
        return status(inv);
    case CliCommand::Resume:
        return resume(inv);
    case CliCommand::Paths:
        return paths();
    case CliCommand::Models:
        return models(inv);
    case CliCommand::Batch:
        return batch(inv);
    }
    return Usage;
}

void CliCommands::resolveElements(GenerationRequest &request)
{
    if (request.elements.isEmpty())
        return;
    const ElementLibrary library;
    if (!library.lastError().isEmpty())
        m_err << library.lastError() << Qt::endl;
    for (ElementRef &ref : request.elements) {
        if (const auto element = library.find(ref.elementId))
            ref.madeFromVideo = element->madeFromVideo;
    }
}

void CliCommands::printWarnings(const GenerationRequest &request)
{
    for (const ValidationIssue &issue : RequestValidator::warnings(request))
        m_err << tr("Warning: %1").arg(issue.message) << Qt::endl;
}

int CliCommands::elementList()
{
    const ElementLibrary library;
    if (!library.lastError().isEmpty())
        m_err << library.lastError() << Qt::endl;
    const QList<Element> elements = library.elements();
    if (elements.isEmpty()) {
        m_out << tr("No elements yet. Make one with: klingstudio-cli element create") << Qt::endl;
        return Ok;
    }
    m_out << tr("ID\tNAME\tMADE FROM\tDATE\tVOICE\tDESCRIPTION") << Qt::endl;
    for (const Element &e : elements) {
        m_out << e.elementId << '\t' << e.name << '\t'
              << (e.madeFromVideo ? tr("video") : tr("images"))
              << (e.demo ? tr(" (demo)") : QString()) << '\t'
              << e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
              << e.voiceId << '\t' << e.description << Qt::endl;
    }
    return Ok;
}

bool CliCommands::printIssues(const GenerationRequest &request, QStringList *stillNeeded)
{
    bool any = false;
    for (const ValidationIssue &issue : RequestValidator::validate(request)) {
        // The price depends on mode, length, quality and sound only: an
        // estimate needs neither the words nor the input files yet.
        if (stillNeeded) {
            if (const QString option = missingInput(request, issue.field); !option.isEmpty()) {
                if (!stillNeeded->contains(option))
                    stillNeeded->append(option);
                continue;
            }
        }
        m_err << issue.message << Qt::endl;
        any = true;
    }
    return any;
}

QString CliCommands::missingInput(const GenerationRequest &r, Field field)
{
    switch (field) {
    case Field::Prompt:
        return r.prompt.trimmed().isEmpty() ? QStringLiteral("--prompt") : QString();
    case Field::ImageStart:
    case Field::ImageEnd:
        // "needs at least one image" and "the end frame needs a start frame".
        if (r.mode == Mode::ImageToVideo && !r.imageStart.isSet())
            return r.imageEnd.isSet() || !r.referenceImages.isEmpty()
                ? QStringLiteral("--image-start")
                : tr("--image-start (or --image)");
        return {};
    case Field::Video:
        return r.video.isSet() ? QString() : QStringLiteral("--video");
    default:
        return {};
    }
}

int CliCommands::estimate(const CliInvocation &inv)
{
    QStringList stillNeeded;
    if (printIssues(inv.request, &stillNeeded))
        return Usage;
    GenerationRequest priced = inv.request;
    if (inv.editSeconds)
        priced.video.info.durationSeconds = *inv.editSeconds;
    // An edit's input lasts 3 to 10 s (API.md §10.1 #8): no price for one that cannot be made.
    if (priced.mode == Mode::VideoEdit) {
        if (const auto tooLong = RequestValidator::editInputLengthIssue(priced.video)) {
            m_err << *tooLong << Qt::endl;
            return Usage;
        }
    }
    const Estimate e = CostEstimator().estimate(priced);
    if (!e.valid) {
        m_err << tr("This combination has no published price.") << Qt::endl;
        return Usage;
    }
    const double rate = m_settings->creditsPerUsd();
    // First line alone, machine-readable: scripts read it with `head -1`.
    m_out << bareCredits(e.totalUc) << Qt::endl;
    m_out << tr("credits (about $%1 at %2 credits per USD; approximate)")
                 .arg(MoneyText::credits(e.usd(rate)), QString::number(rate, 'g', 6))
          << Qt::endl;
    if (!e.formula.isEmpty())
        m_out << tr("Formula: %1").arg(e.formula) << Qt::endl;
    if (!e.driver.isEmpty())
        m_out << tr("Price drivers: %1").arg(e.driver) << Qt::endl;
    if (inv.request.mode == Mode::VideoEdit && !inv.editSeconds
        && inv.request.video.info.durationSeconds <= 0)
        m_out << tr("The price of an edit follows the input video's length: give --video FILE or "
                    "--seconds N for an exact figure.")
              << Qt::endl;
    if (!stillNeeded.isEmpty())
        m_out << tr("generate will also need %1.").arg(stillNeeded.join(QStringLiteral(", ")))
              << Qt::endl;
    return Ok;
}

int CliCommands::history(const CliInvocation &inv)
{
    JobStore store;
    QString notice;
    if (!store.open(Paths::journalPath(), &notice)) {
        m_err << notice << Qt::endl;
        return Failed;
    }
    if (!notice.isEmpty())
        m_err << notice << Qt::endl;
    const QList<Job> jobs = store.recent(inv.limit);
    if (jobs.isEmpty()) {
        m_out << tr("No jobs yet.") << Qt::endl;
        return Ok;
    }
    m_out << tr("ID\tDATE\tMODE\tSTATE\tCREDITS\tFILE") << Qt::endl;
    for (const Job &job : jobs) {
        QString file =
            job.videoPath.isEmpty() ? QStringLiteral("-") : QDir::toNativeSeparators(job.videoPath);
        if (!job.elementId.isEmpty())
            file = tr("element %1").arg(job.elementId);
        m_out << job.id << '\t'
              << job.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << '\t'
              << ModeInfo::cliName(job.request.mode) << '\t' << jobStateDisplayName(job.state)
              << (job.demo ? tr(" (demo)") : QString()) << '\t' << creditsOf(job) << '\t' << file
              << Qt::endl;
    }
    return Ok;
}

int CliCommands::paths()
{
    // Names untranslated, tab-separated: scripts read them.
    m_out << "journal\t" << QDir::toNativeSeparators(Paths::journalPath()) << Qt::endl;
    m_out << "data\t" << QDir::toNativeSeparators(Paths::dataDir()) << Qt::endl;
    m_out << "settings\t" << QDir::toNativeSeparators(m_settings->filePath()) << Qt::endl;
    m_out << "cache\t" << QDir::toNativeSeparators(Paths::cacheDir()) << Qt::endl;
    return Ok;
}

int CliCommands::models(const CliInvocation &inv)
{
    StudioBackend::Options options;
    options.forceDemo = inv.demo;
    options.settings = m_settings;
    m_backend = new StudioBackend(options, this);
    QPointer<CliCommands> self(this);
    m_backend->start([self] {
        if (!self)
            return;
        self->printNotices();
        self->m_backend->requestModels(
            self, [self](const QStringList &models, const ApiError &error) {
                if (error.isError()) {
                    self->m_err << tr("The list of models this key may use could not be read: %1")
                                       .arg(ErrorCatalog::userMessage(error))
                                << Qt::endl;
                    if (!error.message.isEmpty())
                        self->m_err << ErrorCatalog::detailLabel(error).arg(error.message)
                                    << Qt::endl;
                    self->done(Failed);
                    return;
                }
                // Untranslated and tab-separated: scripts read them.
                for (Mode mode : ModeInfo::allModes()) {
                    const QString model = ModeInfo::modelName(mode);
                    self->m_out << ModeInfo::cliName(mode) << '\t' << model << '\t'
                                << (models.contains(model) ? "yes" : "no") << Qt::endl;
                }
                self->done(Ok);
            });
    });
    return -1;
}

void CliCommands::printNotices()
{
    // And the one that can come later: the journal deleted while a job runs.
    connect(m_backend, &StudioBackend::journalRecreated, this,
            [this](const QString &message) { m_err << message << Qt::endl; });
    if (!m_backend->journalNotice().isEmpty())
        m_err << m_backend->journalNotice() << Qt::endl;
    if (!m_backend->keyNotice().isEmpty())
        m_err << m_backend->keyNotice() << Qt::endl;
    if (m_backend->isDemo())
        m_err << tr("Demo mode: the built-in simulator answers, no credits are spent. Set "
                    "EVOLINK_API_KEY (or store a key in the app) to use EvoLink.")
              << Qt::endl;
}

int CliCommands::generate(const CliInvocation &inv)
{
    if (printIssues(inv.request))
        return Usage;
    StudioBackend::Options options;
    options.forceDemo = inv.demo;
    options.settings = m_settings;
    m_backend = new StudioBackend(options, this);
    QPointer<CliCommands> self(this);
    m_backend->start([self, inv] {
        if (!self)
            return;
        self->printNotices();
        const QString outPath = inv.outPath;
        if (!outPath.isEmpty() && !QFileInfo(outPath).isDir() && QFileInfo::exists(outPath)) {
            self->m_err << tr("%1 already exists. Choose another file name or remove it first: "
                              "Kling Studio never overwrites your files.")
                               .arg(QDir::toNativeSeparators(outPath))
                        << Qt::endl;
            self->done(Usage);
            return;
        }
        if (inv.precheck)
            self->precheckThenSubmit(inv);
        else
            self->submitGenerate(inv);
    });
    return -1;
}

void CliCommands::precheckThenSubmit(const CliInvocation &inv)
{
    auto *check = m_backend->createModerationPrecheck(this);
    connect(check, &ModerationPrecheck::finished, this, [this, check, inv] {
        check->deleteLater();
        switch (check->outcome()) {
        case ModerationPrecheck::Outcome::Flagged:
            m_err << ModerationPrecheck::verdictText(check->category()) << Qt::endl
                  << tr("Nothing was sent. Change the prompt or the image, or run the command "
                        "again without --precheck to generate anyway.")
                  << Qt::endl;
            done(Failed);
            return;
        case ModerationPrecheck::Outcome::CouldNotRun:
            m_err << tr("The check before paying could not run (%1); generating without it.")
                         .arg(check->problem())
                  << Qt::endl;
            break;
        case ModerationPrecheck::Outcome::Clear:
            break;
        }
        submitGenerate(inv);
    });
    check->start(inv.request);
}

void CliCommands::submitGenerate(const CliInvocation &inv)
{
    QPointer<CliCommands> self(this);
    JobManager *jobs = m_backend->jobs();
    connect(jobs, &JobManager::jobChanged, this, [self](const QString &id) {
        if (id != self->m_jobId)
            return;
        if (const auto job = self->m_backend->jobs()->job(id))
            self->reportProgress(*job);
    });
    connect(jobs, &JobManager::jobFinished, this, [self](const QString &id) {
        if (id == self->m_jobId)
            self->finishGenerate(id);
    });
    // A folder is journaled as the target too, so `resume` after a kill
    // still saves there.
    m_jobId = jobs->submit(inv.request, inv.outPath);
    if (m_jobId.isEmpty()) {
        m_err << jobs->submitError() << Qt::endl;
        done(Failed);
        return;
    }
    m_err << tr("Job %1").arg(m_jobId) << Qt::endl;
    // Refused before anything was sent (no room for the video, say):
    // it settled inside submit(), before its id was known here.
    if (const auto job = jobs->job(m_jobId); job && !isActive(job->state))
        finishGenerate(m_jobId);
}

void CliCommands::reportProgress(const Job &job)
{
    if (!m_taskPrinted && !job.taskId.isEmpty()) {
        m_taskPrinted = true;
        m_err << tr("Task %1").arg(job.taskId) << Qt::endl;
    }
    if (!isActive(job.state))
        return;
    QString line = jobStateDisplayName(job.state);
    if (const QString reason = QueueReason::text(job); !reason.isEmpty())
        line += QStringLiteral(" · ") + reason;
    if (job.state == JobState::Running) {
        line += QStringLiteral(" %1%").arg(job.progress);
        if (job.etaSeconds && *job.etaSeconds > 0)
            line += QLatin1Char(' ') + tr("(about %n s left)", nullptr, *job.etaSeconds);
    } else if (job.state == JobState::Downloading && job.totalBytes > 0) {
        line += QStringLiteral(" %1%").arg(job.downloadedBytes * 100 / job.totalBytes);
    }
    if (line != m_lastLine) {
        m_lastLine = line;
        m_err << line << Qt::endl;
    }
}

void CliCommands::finishGenerate(const QString &jobId)
{
    const std::optional<Job> job = m_backend->jobs()->job(jobId);
    if (!job) {
        done(Failed);
        return;
    }
    reportProgress(*job);
    if (job->state == JobState::Done) {
        if (!job->elementId.isEmpty())
            m_out << job->elementId << Qt::endl;
        else
            m_out << QDir::toNativeSeparators(job->videoPath) << Qt::endl;
        done(Ok);
        return;
    }
    QString message;
    if (job->error.isError())
        message = isSettled(job->state) ? ErrorCatalog::settledMessage(job->error)
                                        : ErrorCatalog::userMessage(job->error);
    if (job->state == JobState::Stalled) {
        message = tr("Still running on the server; check again later with: klingstudio-cli "
                     "status %1")
                      .arg(job->taskId);
    } else if (job->state == JobState::OutcomeUnknown) {
        message = tr("The request was sent but its answer was lost: the task may exist. Run "
                     "\"klingstudio-cli resume\": it looks the task up before anything is sent "
                     "again, and only ever resends with the same idempotency key.");
    } else if (message.isEmpty()) {
        message = jobStateDisplayName(job->state);
    }
    m_err << tr("Error: %1").arg(message) << Qt::endl;
    if (job->error.isError() && !job->error.message.isEmpty()
        && !message.contains(job->error.message))
        m_err << ErrorCatalog::detailLabel(job->error).arg(job->error.message) << Qt::endl;
    m_err << tr("Job: %1").arg(job->id) << Qt::endl;
    if (!job->taskId.isEmpty())
        m_err << tr("Task: %1").arg(job->taskId) << Qt::endl;
    if (!job->resultUrl.isEmpty())
        m_err << tr("Result link: %1").arg(job->resultUrl) << Qt::endl;
    const bool pending = job->state == JobState::Stalled || job->state == JobState::OutcomeUnknown;
    done(pending ? Pending : Failed);
}

int CliCommands::status(const CliInvocation &inv)
{
    StudioBackend::Options options;
    options.forceDemo = inv.demo;
    options.settings = m_settings;
    m_backend = new StudioBackend(options, this);
    QPointer<CliCommands> self(this);
    m_backend->start([self, inv] {
        if (!self)
            return;
        self->printNotices();
        QString taskId = inv.taskId;
        // A job id from `history` works too: show what the journal knows.
        if (const auto job = self->m_backend->store()->job(inv.taskId)) {
            self->m_out << tr("Job: %1").arg(job->id) << Qt::endl;
            QTextStream &out = self->m_out;
            out << tr("State: %1").arg(jobStateDisplayName(job->state)) << Qt::endl;
            out << tr("Mode: %1").arg(ModeInfo::cliName(job->request.mode)) << Qt::endl;
            const QString credits = job->creditsUsed ? creditsForPeople(*job->creditsUsed)
                : job->creditsReserved               ? creditsForPeople(*job->creditsReserved)
                                                     : creditsForPeople(job->estimateUc);
            out << tr("Credits: %1").arg(credits) << Qt::endl;
            if (!job->creditsUsed && !job->creditsReserved && job->creditsReservedRaw)
                out << tr("Reserved: %1").arg(job->reservationText()) << Qt::endl;
            if (!job->taskId.isEmpty())
                out << tr("Task: %1").arg(job->taskId) << Qt::endl;
            if (!job->videoPath.isEmpty())
                out << tr("File: %1").arg(QDir::toNativeSeparators(job->videoPath)) << Qt::endl;
            if (!job->elementId.isEmpty())
                out << tr("Element: %1").arg(job->elementId) << Qt::endl;
            if (job->error.isError())
                out << tr("Error: %1")
                           .arg(isActive(job->state) ? ErrorCatalog::userMessage(job->error)
                                                     : ErrorCatalog::settledMessage(job->error))
                    << Qt::endl;
            if (job->taskId.isEmpty() || job->demo) {
                // A demo task lived in the simulator of the process that made it.
                self->done(Ok);
                return;
            }
            if (self->m_backend->isDemo()) {
                self->m_err << tr("No API key, so EvoLink cannot be asked about this task.")
                            << Qt::endl;
                self->done(Failed);
                return;
            }
            taskId = job->taskId;
        }
        self->m_backend->requestTask(
            taskId, self, [self, taskId](const TaskSnapshot &task, const ApiError &error) {
                if (error.isError()) {
                    self->m_err << tr("Error: %1").arg(ErrorCatalog::userMessage(error))
                                << Qt::endl;
                    self->m_err << tr("Task: %1").arg(taskId) << Qt::endl;
                    self->done(Failed);
                    return;
                }
                QTextStream &out = self->m_out;
                out << tr("Task: %1").arg(task.id.isEmpty() ? taskId : task.id) << Qt::endl;
                if (!task.model.isEmpty())
                    out << tr("Model: %1").arg(task.model) << Qt::endl;
                out << tr("Status: %1").arg(taskStatusName(task.status)) << Qt::endl;
                out << tr("Progress: %1%").arg(task.progress) << Qt::endl;
                if (task.estimatedTimeSeconds && !task.isTerminal())
                    out << tr("Time left: about %n s", nullptr, *task.estimatedTimeSeconds)
                        << Qt::endl;
                if (task.creditsUsed)
                    out << tr("Credits used: %1").arg(creditsForPeople(*task.creditsUsed))
                        << Qt::endl;
                else if (task.creditsReserved) {
                    // Read against the journaled job's estimate (UC or credits, API.md §10.1 #9).
                    const auto job =
                        self->m_backend->store()->job(self->m_backend->store()->jobIdForTask(
                            task.id.isEmpty() ? taskId : task.id));
                    const qint64 estimateUc = job ? job->estimateUc : 0;
                    const ReservedCredits::Reading r =
                        ReservedCredits::read(*task.creditsReserved, estimateUc);
                    out << tr("Credits reserved: %1")
                               .arg(r.credits ? creditsForPeople(*r.credits)
                                              : ReservedCredits::unclearText(r.raw, estimateUc))
                        << Qt::endl;
                }
                for (const QString &url : task.resultUrls)
                    out << tr("Result: %1").arg(url) << Qt::endl;
                if (!task.elementId.isEmpty())
                    out << tr("Element: %1").arg(task.elementId) << Qt::endl;
                if (task.status == TaskStatus::Failed) {
                    out << tr("Error: %1")
                               .arg(ErrorCatalog::userMessage(
                                   ApiError::fromTask(task.errorCode, task.errorMessage)))
                        << Qt::endl;
                }
                self->done(Ok);
            });
    });
    return -1;
}

int CliCommands::resume(const CliInvocation &inv)
{
    StudioBackend::Options options;
    options.forceDemo = inv.demo;
    options.settings = m_settings;
    m_backend = new StudioBackend(options, this);
    QPointer<CliCommands> self(this);
    m_backend->start([self] {
        if (!self)
            return;
        self->printNotices();
        JobManager *jobs = self->m_backend->jobs();
        const bool demo = self->m_backend->isDemo();
        // Unfinished jobs, and paid results a full disk or an unwritable
        // folder kept off the disk while their link may still be valid.
        QList<Job> pending = self->m_backend->store()->unfinished();
        pending += self->m_backend->store()->strandedResults();
        for (const Job &job : std::as_const(pending)) {
            if (job.demo == demo)
                self->m_resumed.append(job.id);
            else
                self->m_err << tr("Job %1 belongs to %2 mode; run resume there.")
                                   .arg(job.id, job.demo ? tr("demo") : tr("API key"))
                            << Qt::endl;
        }
        if (self->m_resumed.isEmpty()) {
            self->m_out << tr("No unfinished jobs.") << Qt::endl;
            self->done(Ok);
            return;
        }
        self->m_err << tr("Resuming %n job(s).", nullptr, int(self->m_resumed.size())) << Qt::endl;
        connect(jobs, &JobManager::jobFinished, self, [self](const QString &id) {
            if (self->m_resumed.contains(id))
                self->checkResumed();
        });
        // Nothing left to drive or follow here: decide, whatever path the
        // last job took out (so `resume` can never wait for a signal that
        // will not come).
        connect(jobs, &JobManager::allSettled, self, [self] { self->checkResumed(); });
        // Lost creates wait for a user in the app; here the user asked to
        // finish everything: look each task up first (and only ever resend
        // with the same idempotency key); stalled polls poll again.
        jobs->resumeUnfinished(ResumePolicy::LookUpLostCreates);
        self->checkResumed();
    });
    return -1;
}

void CliCommands::checkResumed()
{
    JobManager *jobs = m_backend->jobs();
    QList<Job> settled;
    for (const QString &id : std::as_const(m_resumed)) {
        const auto job = jobs->job(id);
        if (job && isActive(job->state))
            return; // still going
        if (job)
            settled.append(*job);
    }
    int code = Ok;
    for (const Job &job : std::as_const(settled)) {
        if (job.state == JobState::Done) {
            m_out << job.id << '\t'
                  << (job.elementId.isEmpty() ? QDir::toNativeSeparators(job.videoPath)
                                              : job.elementId)
                  << Qt::endl;
            continue;
        }
        QString message = jobStateDisplayName(job.state);
        if (job.error.isError())
            message += QStringLiteral(": ")
                + (isSettled(job.state) ? ErrorCatalog::settledMessage(job.error)
                                        : ErrorCatalog::userMessage(job.error));
        m_err << tr("Job %1: %2").arg(job.id, message) << Qt::endl;
        if (job.error.isError() && !job.error.message.isEmpty()
            && !message.contains(job.error.message))
            m_err << ErrorCatalog::detailLabel(job.error).arg(job.error.message) << Qt::endl;
        if (!job.taskId.isEmpty())
            m_err << tr("Task: %1").arg(job.taskId) << Qt::endl;
        if (!job.resultUrl.isEmpty() && job.videoPath.isEmpty())
            m_err << tr("Result link: %1").arg(job.resultUrl) << Qt::endl;
        const bool pending =
            job.state == JobState::Stalled || job.state == JobState::OutcomeUnknown;
        if (!pending)
            code = Failed;
        else if (code == Ok)
            code = Pending;
    }
    done(code);
}

void CliCommands::done(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    emit finished(code);
}

} // namespace ks

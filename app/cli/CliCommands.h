#pragma once
// Runs one parsed klingstudio-cli command: estimate and history at once,
// generate and status through StudioBackend. Results go to `out`, progress
// and errors to `err`; finished() carries the exit code.

#include "cli/CliOptions.h"
#include "core/RequestValidator.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTextStream>

namespace ks {

class Settings;
class StudioBackend;
struct Job;

class CliCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommands)
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Pending = 3 };

    CliCommands(Settings *settings, QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    ~CliCommands() override;

    // Returns the exit code, or -1 when the command runs on and will emit finished().
    int run(const CliInvocation &invocation);

    // Credits in their shortest exact form: 900180 UC -> "90.018", 270000 -> "27".
    static QString bareCredits(qint64 uc);

signals:
    void finished(int exitCode);

private:
    int estimate(const CliInvocation &inv);
    int history(const CliInvocation &inv);
    int generate(const CliInvocation &inv);
    int status(const CliInvocation &inv);
    // Waits for every unfinished job of the journal (this mode): polls,
    // downloads, looks lost creates up. 0 when all are done.
    int resume(const CliInvocation &inv);
    int elementList();
    int paths();
    // One line per mode: CLI name, model, "yes"/"no" (GET /v1/models).
    int models(const CliInvocation &inv);
    // batch FILE (CliBatch.cpp): checks and prices every line, asks, submits
    // them as one batch and follows each until it settles.
    int batch(const CliInvocation &inv);
    void submitBatch(const QList<GenerationRequest> &requests, const QStringList &outPaths,
                     const QList<int> &lines);
    void batchJobFinished(const QString &id);
    // --element ids found in the element library take its madeFromVideo flag.
    void resolveElements(GenerationRequest &request);
    void printWarnings(const GenerationRequest &request);
    void checkResumed();
    void reportProgress(const Job &job);
    void finishGenerate(const QString &jobId);
    // generate --precheck: EvoLink's moderation before the job; flagged ends
    // here with nothing sent, a check that cannot run lets the job go on.
    void precheckThenSubmit(const CliInvocation &inv);
    void submitGenerate(const CliInvocation &inv);
    void done(int code);
    // Prints the request's problems; with `stillNeeded` (estimate) the
    // missing prompt and input files are collected there instead, as options.
    bool printIssues(const GenerationRequest &request, QStringList *stillNeeded = nullptr);
    // The option generate still needs when `field`'s issue only says it is missing.
    static QString missingInput(const GenerationRequest &request, Field field);
    void printNotices();

    Settings *m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
    StudioBackend *m_backend = nullptr;
    QString m_jobId;
    QStringList m_resumed; // resume: the jobs it waits for
    QHash<QString, int> m_batchLines; // batch: job id → its line in the file
    QSet<QString> m_batchSettled;
    QString m_lastLine;
    bool m_taskPrinted = false;
    bool m_finished = false;
};

} // namespace ks

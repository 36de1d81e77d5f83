// klingstudio-cli batch FILE (issue 20): every job of a CSV table or a text
// file of prompts, checked and priced whole before anything is sent, started
// after a yes (or --yes), journaled in one transaction with one batch id,
// then followed until each has settled. Part of CliCommands; this file holds
// the batch command only.

#include "cli/CliCommands.h"

#include "backend/StudioBackend.h"
#include "core/ApiError.h"
#include "core/BatchFile.h"
#include "core/CostEstimator.h"
#include "core/MoneyText.h"
#include "core/PromptExcerpt.h"
#include "core/RequestValidator.h"
#include "jobs/JobManager.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSet>

#include <cstdio>

namespace ks {

namespace {

// The columns a batch file may name: generate's options, with - or _.
const QStringList kColumns = {
    QStringLiteral("prompt"),      QStringLiteral("mode"),         QStringLiteral("duration"),
    QStringLiteral("aspect"),      QStringLiteral("quality"),      QStringLiteral("sound"),
    QStringLiteral("image-start"), QStringLiteral("image-end"),    QStringLiteral("image"),
    QStringLiteral("video"),       QStringLiteral("keep-sound"),   QStringLiteral("element"),
    QStringLiteral("watermark"),   QStringLiteral("callback-url"), QStringLiteral("out"),
};
// Columns that take several values, separated by ";" in one cell.
const QStringList kListColumns = {QStringLiteral("image"), QStringLiteral("element")};

QString optionName(const QString &column)
{
    return QString(column).replace(u'_', u'-');
}

} // namespace

int CliCommands::batch(const CliInvocation &inv)
{
    const BatchFile file = BatchFile::read(inv.batchFile);
    if (!file.error.isEmpty()) {
        m_err << file.error << Qt::endl;
        return Usage;
    }
    for (const QString &column : file.columns) {
        if (!column.isEmpty() && !kColumns.contains(optionName(column))) {
            m_err << tr("Unknown column \"%1\". A batch file's columns are: %2.")
                         .arg(column, kColumns.join(QStringLiteral(", ")))
                  << Qt::endl;
            return Usage;
        }
    }

    // Every job checked and priced before anything is sent.
    QList<GenerationRequest> requests;
    QStringList outPaths;
    QList<int> lines;
    QSet<QString> outFiles;
    qint64 totalUc = 0;
    bool bad = false;
    const CostEstimator estimator;
    for (const BatchRow &row : file.rows) {
        QStringList arguments = {QStringLiteral("klingstudio-cli"), QStringLiteral("generate")};
        arguments += inv.batchArguments;
        for (qsizetype i = 0; i < row.names.size(); ++i) {
            const QString option = QStringLiteral("--") + optionName(row.names.at(i));
            const QStringList values = kListColumns.contains(optionName(row.names.at(i)))
                ? row.values.at(i).split(u';', Qt::SkipEmptyParts)
                : QStringList {row.values.at(i)};
            for (const QString &value : values)
                arguments << option << value.trimmed();
        }
        CliInvocation one = CliOptions::parse(arguments);
        QStringList problems = one.errors;
        if (problems.isEmpty()) {
            resolveElements(one.request);
            for (const ValidationIssue &issue : RequestValidator::validate(one.request))
                problems << issue.message;
        }
        const QFileInfo out(one.outPath);
        if (!one.outPath.isEmpty() && !out.isDir()) {
            if (out.exists())
                problems << tr("%1 already exists: Kling Studio never overwrites your files.")
                                .arg(QDir::toNativeSeparators(one.outPath));
            else if (outFiles.contains(out.absoluteFilePath()))
                problems << tr("%1 is the target of an earlier line too.")
                                .arg(QDir::toNativeSeparators(one.outPath));
            outFiles.insert(out.absoluteFilePath());
        }
        const Estimate estimate = estimator.estimate(one.request);
        if (problems.isEmpty() && !estimate.valid)
            problems << tr("No price is known for these settings.");
        for (const QString &problem : std::as_const(problems))
            m_err << tr("Line %1: %2").arg(row.line).arg(problem) << Qt::endl;
        if (!problems.isEmpty()) {
            bad = true;
            continue;
        }
        totalUc += estimate.totalUc;
        requests << one.request;
        outPaths << one.outPath;
        lines << row.line;
    }
    if (bad) {
        m_err << tr("Nothing was sent: correct the lines above, then run the batch again.")
              << Qt::endl;
        return Usage;
    }

    for (qsizetype i = 0; i < requests.size(); ++i) {
        const GenerationRequest &r = requests.at(i);
        m_err << tr("Line %1: %2 credits · %3 · %4 s · %5")
                     .arg(lines.at(i))
                     .arg(MoneyText::creditsUc(estimator.estimate(r).totalUc),
                          ModeInfo::displayName(r.mode))
                     .arg(r.durationSeconds)
                     .arg(PromptExcerpt::of(r, 60))
              << Qt::endl;
    }
    m_err << tr("%n jobs · %1 credits in all", nullptr, int(requests.size()))
                 .arg(MoneyText::creditsUc(totalUc))
          << Qt::endl;
    if (!inv.yes) {
        // Asked on the terminal; a closed or empty input is a no.
        m_err << tr("Start them? [y/N] ") << Qt::flush;
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"y" && answer != u"yes") {
            m_err << tr("Nothing was sent. Answer y to start them, or add --yes.") << Qt::endl;
            return Failed;
        }
    }

    StudioBackend::Options options;
    options.forceDemo = inv.demo;
    options.settings = m_settings;
    m_backend = new StudioBackend(options, this);
    QPointer<CliCommands> self(this);
    m_backend->start([self, requests, outPaths, lines] {
        if (self)
            self->submitBatch(requests, outPaths, lines);
    });
    return -1;
}

void CliCommands::submitBatch(const QList<GenerationRequest> &requests, const QStringList &outPaths,
                              const QList<int> &lines)
{
    printNotices();
    JobManager *jobs = m_backend->jobs();
    connect(jobs, &JobManager::jobFinished, this, &CliCommands::batchJobFinished);
    const QStringList ids = jobs->submitBatch(requests, outPaths);
    if (ids.isEmpty()) {
        m_err << jobs->submitError() << Qt::endl;
        done(Failed);
        return;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        m_batchLines.insert(ids.at(i), lines.at(i));
        m_err << tr("Line %1: job %2").arg(lines.at(i)).arg(ids.at(i)) << Qt::endl;
    }
    // Refused before anything was sent (no room for the video, say): those
    // settled inside submitBatch(), before their ids were known here.
    for (const QString &id : ids) {
        if (const auto job = jobs->job(id); job && !isActive(job->state))
            batchJobFinished(id);
    }
}

void CliCommands::batchJobFinished(const QString &id)
{
    const auto line = m_batchLines.constFind(id);
    if (line == m_batchLines.constEnd() || m_batchSettled.contains(id))
        return;
    const std::optional<Job> job = m_backend->jobs()->job(id);
    if (!job)
        return;
    m_batchSettled.insert(id);
    if (job->state == JobState::Done) {
        m_out << QDir::toNativeSeparators(job->videoPath) << Qt::endl;
        m_err << tr("Line %1: done").arg(*line) << Qt::endl;
    } else {
        const QString why = job->error.isError() ? ErrorCatalog::settledMessage(job->error)
                                                 : jobStateDisplayName(job->state);
        m_err << tr("Line %1: %2").arg(*line).arg(why) << Qt::endl;
    }
    if (m_batchSettled.size() < m_batchLines.size())
        return;
    int code = Ok;
    for (auto it = m_batchLines.constBegin(); it != m_batchLines.constEnd(); ++it) {
        const std::optional<Job> settled = m_backend->jobs()->job(it.key());
        if (!settled || settled->state == JobState::Done)
            continue;
        if (settled->state == JobState::Stalled || settled->state == JobState::OutcomeUnknown)
            code = code == Failed ? Failed : Pending;
        else
            code = Failed;
    }
    if (code == Pending)
        m_err << tr("Some jobs still run on the server: \"klingstudio-cli resume\" follows them.")
              << Qt::endl;
    done(code);
}

} // namespace ks

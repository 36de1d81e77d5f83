#pragma once
// Turns the klingstudio-cli command line into a command and a
// GenerationRequest (local images probed and checked), without running it.

#include "core/GenerationRequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ks {

enum class CliCommand {
    None,
    Help,
    Version,
    Estimate,
    Generate,
    Status,
    History,
    Resume,
    ElementCreate, // a kling-custom-element job; request.mode is CustomElement
    ElementList,
    Paths, // where the journal, the data, the settings and the cache are
    Models, // which Kling models the API key may use (GET /v1/models)
    Batch // generate every job of a CSV or text file (CliBatch)
};

struct CliInvocation
{
    CliCommand command = CliCommand::None;
    // Estimate, Generate, ElementCreate. Element ids from --element carry
    // madeFromVideo = false until CliCommands looks them up in the library.
    GenerationRequest request;
    QString outPath; // Generate: --out (file, or an existing folder)
    // Estimate of a video edit: --seconds, the input's length when no local
    // --video gives it (the price follows the input's length).
    std::optional<int> editSeconds;
    QString taskId; // Status: task id or local job id
    int limit = 20; // History
    bool demo = false;
    bool precheck = false; // Generate: --precheck, EvoLink's moderation first
    // Batch: the file, --yes, and the options every row starts from (as
    // generate takes them; a row's columns override them).
    QString batchFile;
    bool yes = false;
    QStringList batchArguments;
    QStringList errors; // translated; non-empty means "do not run"
    QString helpText; // Help
};

class CliOptions final
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    // `arguments` includes the program name first, as QCoreApplication::arguments().
    static CliInvocation parse(const QStringList &arguments);
    static QString versionText();
};

} // namespace ks

// klingstudio-cli: the same core, jobs and journal as the GUI, for scripts
// and headless machines. All logic lives in CliOptions and CliCommands.

#include "cli/CliCommands.h"
#include "cli/CliOptions.h"
#include "jobs/DataFolderMerge.h"
#include "platform/LanguageManager.h"
#include "platform/Settings.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A command-line tool logs to stderr, always: on Windows Qt would send
    // the log of a process without a console window (started by a script,
    // a scheduler or another program) to the debugger instead.
    if (!qEnvironmentVariableIsSet("QT_FORCE_STDERR_LOGGING"))
        qputenv("QT_FORCE_STDERR_LOGGING", "1");
    QCoreApplication app(argc, argv);
    // The data folder does not depend on these names (Paths.h): the GUI's
    // application name is "Kling Studio", and both share one journal.
    QCoreApplication::setOrganizationName(QStringLiteral("KlingStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("KlingStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KS_VERSION));
    // stdout/stderr are the CLI's interface: keep info chatter out of them
    // unless the user asks for it with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(
            QStringLiteral("klingstudio.*.debug=false\nklingstudio.*.info=false"));

    ks::Settings settings;
    ks::LanguageManager language;
    language.apply(settings.language());

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Jobs and elements an earlier version kept in a folder per program
    // come into the shared folder once, whatever the command.
    for (const QString &line : ks::DataFolderMerge::mergeLegacyFolders())
        err << line << Qt::endl;
    const ks::CliInvocation invocation = ks::CliOptions::parse(QCoreApplication::arguments());
    ks::CliCommands commands(&settings, &out, &err);
    // Queued: a command may finish before the event loop runs.
    QObject::connect(
        &commands, &ks::CliCommands::finished, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    const int code = commands.run(invocation);
    if (code >= 0)
        return code;
    return app.exec();
}

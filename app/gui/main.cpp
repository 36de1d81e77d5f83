// Kling Studio GUI entry: command line, language, the window with the
// journal's history first (read on a worker thread while the window is
// built), then the rest of the backend, so the first paint is not held up
// by opening the journal, the keychain, the network or the simulator.
// --self-test runs the installation check instead, without a window.

#include "backend/StudioBackend.h"
#include "check/InstallationCheck.h"
#include "desktop/SingleInstance.h"
#include "desktop/SystemColorScheme.h"
#include "gui/FontDatabasePrefetch.h"
#include "gui/StartupTrace.h"
#include "history/HistoryModel.h"
#include "jobs/JournalPreload.h"
#include "platform/ConsoleOutput.h"
#include "platform/LanguageManager.h"
#include "platform/Settings.h"
#include "player/PluginMediaProbe.h"
#include "style/Icons.h"
#include "style/Theme.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QFont>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>

#include <cstring>
#include <functional>
#include <utility>

namespace {

// Runs `then` once, right after the watched window's first paint event has
// been handled (queued, so the painted frame is flushed first).
class FirstPaintWatcher final : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> then)
        : QObject(window), m_then(std::move(then))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] { m_then(); });
        }
        return false;
    }

private:
    std::function<void()> m_then;
    bool m_fired = false;
};

// macOS delivers files dropped on the Dock icon or opened from Finder as
// QFileOpenEvents on the application object, also before the window exists.
class FileOpenFilter final : public QObject
{
public:
    FileOpenFilter(QObject *parent, std::function<void(const QStringList &)> open)
        : QObject(parent), m_open(std::move(open))
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QString file = static_cast<QFileOpenEvent *>(event)->file();
            if (!file.isEmpty()) {
                m_open({file});
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(const QStringList &)> m_open;
};

void raise(QWidget *window)
{
    window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
}

// --self-test, --help and --version open no window (the self-test decodes
// its frame off screen). Read before the application object exists, which
// needs a display.
bool runsWithoutWindow(int argc, char *argv[])
{
    static const char *const options[] = {"--self-test", "--help",    "--help-all", "-h",
                                          "-?",          "--version", "-v"};
    for (int i = 1; i < argc; ++i)
        for (const char *option : options)
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}

// Where windows need a display server (X11, Wayland) and none is set (ssh,
// CI), a run without a window uses Qt's offscreen platform instead of
// failing to start. Windows and macOS always have a screen (and may ship
// without that platform).
void runOffscreenWithoutDisplay()
{
    const QString kernel = QSysInfo::kernelType();
    if (kernel == u"winnt" || kernel == u"darwin")
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// klingstudio --self-test: InstallationCheck in a temporary folder, then one
// line: "self-test: ok (...)" on stdout and exit 0, or a "self-test:
// FAILED: <part>: <what to do>" line per failed part on stderr and exit 1.
int runSelfTest()
{
    // The result lines are the output: the app's own chatter, and Qt's
    // uncategorised debug lines (GStreamer's "No RHI backend" on Qt 6.4),
    // stay out of them unless asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral(
            "default.debug=false\nklingstudio.*.debug=false\nklingstudio.*.info=false"));
    // Failures in the user's language: the one thing read from the user's
    // settings (nothing is written there).
    ks::LanguageManager languages;
    languages.apply(ks::Settings().language());
    ks::ConsoleOutput::attach();

    ks::PluginMediaProbe media;
    ks::InstallationCheck check(&media);
    QObject::connect(&check, &ks::InstallationCheck::finished, &check, [&check](bool ok) {
        if (ok) {
            QTextStream(stdout) << check.summary() << Qt::endl;
        } else {
            QTextStream err(stderr);
            for (const QString &line : check.failureLines())
                err << line << Qt::endl;
        }
        QCoreApplication::exit(ok ? 0 : 1);
    });
    check.start();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    ks::StartupTrace trace; // KLINGSTUDIO_STARTUP_TRACE=1
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Loading the font database runs on another thread while the
    // application object is created (commit e4b1787; StartupTrace's "font
    // database ready" mark shows what the GUI thread still waits for it).
    ks::FontDatabasePrefetch fonts;
    fonts.start();
    if (runsWithoutWindow(argc, argv))
        runOffscreenWithoutDisplay();

#ifdef Q_OS_WIN
    // Qt 6.4 draws light title bars unless told to follow the system's dark
    // mode; the palette stays ours (darkmode=1, not 2).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "windows:darkmode=1");
#endif

    QApplication app(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Outlines as designed rather than hinted to the pixel grid (FreeType):
    // fractional advances need no glyph loaded to measure a text, which was
    // 15 M instructions of the start with a history of Chinese prompts
    // (commit a1507f4), and the difference on screen is a softer stem edge
    // at most (the way Qt renders on Wayland and high-DPI screens anyway).
    QFont unhinted = QApplication::font();
    unhinted.setHintingPreference(QFont::PreferNoHinting);
    QApplication::setFont(unhinted);
#endif
    trace.mark("application object");
    QApplication::setApplicationName(QStringLiteral("Kling Studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kling Studio"));
    QApplication::setOrganizationName(QStringLiteral("KlingStudio"));
    QApplication::setApplicationVersion(QStringLiteral(KS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(KS_APP_ID));
    // The window icon is set after the first paint (below): on X11 every size
    // is decoded and sent at once, which would delay the first frame.

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Make short videos with Kling O3 through EvoLink."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Use the built-in simulator even if a key is set."));
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark-startup"),
        QCoreApplication::translate("main",
                                    "Quit right after the first paint and print the time."));
    const QCommandLineOption newInstanceOption(
        QStringLiteral("new-instance"),
        QCoreApplication::translate("main",
                                    "Start a separate window even if Kling Studio is running."));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QCoreApplication::translate(
            "main",
            "Check the installation without opening a window: make a 3-second demo video with "
            "the built-in simulator in a temporary folder, decode its first frame, print the "
            "result and exit (0 when everything works)."));
    parser.addOption(demoOption);
    parser.addOption(benchmarkOption);
    parser.addOption(newInstanceOption);
    parser.addOption(selfTestOption);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "Images or a video to start the form with."),
        QStringLiteral("[files...]"));
    // Whatever is printed (help, version, a parse error) needs a console
    // to land in, which a Windows GUI program has to ask for.
    if (!parser.parse(QCoreApplication::arguments()) || parser.isSet(helpOption)
        || parser.isSet(versionOption) || parser.optionNames().contains(QStringLiteral("help-all")))
        ks::ConsoleOutput::attach();
    parser.process(app);
    if (parser.isSet(selfTestOption)) {
        fonts.wait();
        return runSelfTest();
    }
    const bool benchmark = parser.isSet(benchmarkOption);
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files << QFileInfo(file).absoluteFilePath();

    // A second launch hands its files to the running studio and leaves;
    // a startup benchmark always measures a fresh process.
    ks::SingleInstance instance(ks::SingleInstance::defaultServerName());
    if (!benchmark && !parser.isSet(newInstanceOption)
        && !ks::SingleInstance::disabledByEnvironment()) {
        if (instance.forwardToPrimary(files))
            return 0;
        instance.listen();
    }

    // Our dark theme unless the desktop clearly asks for light; then the
    // platform's own style and palette.
    if (ks::SystemColorScheme::detect() != ks::SystemColorScheme::Scheme::Light)
        ks::Theme::apply(app);

    ks::Settings settings;
    ks::LanguageManager languages;
    languages.apply(settings.language()); // "" follows the system locale

    ks::StudioBackend::Options options;
    options.forceDemo = parser.isSet(demoOption);
    options.settings = &settings;
    ks::StudioBackend backend(options);
    trace.mark("settings, language, theme");

    // The history of the first frame is read on a worker thread while the
    // font database finishes loading and the window is built.
    ks::JournalPreload history;
    history.start(backend.journalPath(), ks::HistoryModel::kLimit);
    fonts.wait();
    trace.mark("font database ready");
    ks::MainWindow window(&backend, &languages);
    trace.mark("main window built");

    // The form takes files once the backend is up (it may reset the form
    // while starting); until then they wait here.
    QStringList pendingFiles;
    const auto openFiles = [&](const QStringList &paths) {
        if (window.isReady())
            window.openInputFiles(paths);
        else
            pendingFiles += paths;
    };
    QObject::connect(&window, &ks::MainWindow::ready, &window, [&] {
        const QStringList paths = std::exchange(pendingFiles, {});
        if (!paths.isEmpty())
            window.openInputFiles(paths);
    });
    QObject::connect(&instance, &ks::SingleInstance::activationRequested, &window,
                     [&](const QStringList &paths) {
                         raise(&window);
                         openFiles(paths);
                     });
    app.installEventFilter(new FileOpenFilter(&app, openFiles));
    if (!files.isEmpty())
        openFiles(files);

    new FirstPaintWatcher(&window, [&] {
        trace.mark("first paint");
        if (benchmark) {
            QTextStream(stdout) << "first paint after " << sinceStart.elapsed() << " ms\n";
            QCoreApplication::quit();
            return;
        }
        QApplication::setWindowIcon(ks::Icons::appIcon()); // the window follows
        window.startBackend();
    });
    // The history belongs in the first frame.
    window.showHistory(history.take());
    trace.mark("history loaded");
    window.show();
    trace.mark("window shown");
    const int status = QApplication::exec();
    trace.mark("event loop left");
    return status;
}

// Kling Studio GUI entry: command line, language, window first, then the
// backend, so the first paint is not held up by the journal, the keychain
// or the simulator.

#include "LanguageManager.h"
#include "MainWindow.h"
#include "Settings.h"
#include "StudioBackend.h"
#include "Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QTextStream>
#include <QTimer>

#include <functional>

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

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Kling Studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kling Studio"));
    QApplication::setOrganizationName(QStringLiteral("KlingStudio"));
    QApplication::setApplicationVersion(QStringLiteral(KS_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(KS_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Make short videos with Kling O3 through EvoLink."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Use the built-in simulator even if a key is set."));
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark-startup"),
        QCoreApplication::translate("main",
                                    "Quit right after the first paint and print the time."));
    parser.addOption(demoOption);
    parser.addOption(benchmarkOption);
    parser.process(app);
    const bool benchmark = parser.isSet(benchmarkOption);

    ks::Theme::apply(app);

    ks::Settings settings;
    ks::LanguageManager languages;
    languages.apply(settings.language()); // "" follows the system locale

    ks::StudioBackend::Options options;
    options.forceDemo = parser.isSet(demoOption);
    options.settings = &settings;
    ks::StudioBackend backend(options);

    ks::MainWindow window(&backend, &languages);
    new FirstPaintWatcher(&window, [&] {
        if (benchmark) {
            QTextStream(stdout) << "first paint after " << sinceStart.elapsed() << " ms\n";
            QCoreApplication::quit();
            return;
        }
        window.startBackend();
    });
    window.show();
    return QApplication::exec();
}

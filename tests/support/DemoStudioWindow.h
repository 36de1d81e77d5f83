#pragma once
// GUI tests' studio: the real MainWindow on a demo-mode StudioBackend (the
// built-in simulator), English, with its data, settings, journal and video
// folder in a temporary folder and no API key or endpoint from the
// environment. Header-only; for tests that link ks_ui.

#include "StudioBackendTestAccess.h"
#include "backend/StudioBackend.h"
#include "platform/LanguageManager.h"
#include "platform/SecretStore.h"
#include "platform/Settings.h"
#include "window/MainWindow.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ks::test {

struct DemoStudioWindow
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<LanguageManager> languages;
    std::unique_ptr<StudioBackend> backend;
    std::unique_ptr<MainWindow> window;

    // Builds and shows the window; `owner` parents the in-memory secret
    // store. Returns false (after a failed QVERIFY) when it cannot.
    bool open(QObject *owner)
    {
        [this, owner] {
            QVERIFY(dir.isValid());
            qputenv("KLINGSTUDIO_DATA_DIR", dir.filePath(QStringLiteral("data")).toUtf8());
            qputenv("KLINGSTUDIO_CONFIG_DIR", dir.filePath(QStringLiteral("config")).toUtf8());
            qunsetenv("EVOLINK_API_KEY");
            qunsetenv("EVOLINK_API_BASE");
            qunsetenv("EVOLINK_FILES_BASE");
            settings = std::make_unique<Settings>();
            settings->setLibraryDir(dir.filePath(QStringLiteral("videos")));
            settings->setLanguage(QStringLiteral("en"));
            languages = std::make_unique<LanguageManager>();
            languages->apply(QStringLiteral("en"));
            StudioBackend::Options options;
            options.forceDemo = true;
            options.settings = settings.get();
            options.secretStore = new MemorySecretStore(QString(), owner);
            options.journalPath = dir.filePath(QStringLiteral("data/journal.sqlite"));
            backend = std::make_unique<StudioBackend>(options);
            window = std::make_unique<MainWindow>(backend.get(), languages.get());
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        }();
        return window && window->isVisible() && !QTest::currentTestFailed();
    }

    // The backend's demo simulator (null unless demo), through the tests'
    // route (StudioBackendTestAccess.h); tests that use it link ks_sim.
    Simulator *simulator() const
    {
        return backend ? StudioBackendTestAccess::simulator(*backend) : nullptr;
    }

    // In dependency order: the window before the backend it shows.
    void close()
    {
        window.reset();
        backend.reset();
        languages.reset();
        settings.reset();
    }

    ~DemoStudioWindow() { close(); }
};

} // namespace ks::test

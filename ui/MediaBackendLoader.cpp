#include "MediaBackendLoader.h"

#include "Logging.h"
#include "MediaBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace ks {

namespace {

struct LoaderState
{
    bool attempted = false;
    MediaBackend *backend = nullptr;
    bool found = false; // a plugin file was there but could not be used
    QString reason; // the loader's own words, or the refused file
    bool foreign = false;
};

LoaderState &state()
{
    static LoaderState s;
    return s;
}

} // namespace

QString MediaBackendLoader::pluginFileName()
{
    return QStringLiteral(KS_MEDIA_PLUGIN_FILE);
}

QStringList MediaBackendLoader::searchPaths()
{
    // An explicit folder is the only one looked at (packagers, tests).
    const QString fromEnv = qEnvironmentVariable("KLINGSTUDIO_PLUGIN_DIR");
    if (!fromEnv.isEmpty())
        return {fromEnv};
    QStringList dirs;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        dirs << appDir;
        dirs << QDir::cleanPath(appDir + QLatin1Char('/')
                                + QStringLiteral(KS_MEDIA_PLUGIN_INSTALL_RELDIR));
    }
    dirs << QStringLiteral(KS_MEDIA_PLUGIN_BUILD_DIR);
    dirs.removeDuplicates();
    return dirs;
}

MediaBackend *MediaBackendLoader::backend()
{
    LoaderState &s = state();
    if (s.attempted)
        return s.backend;
    s.attempted = true;
    for (const QString &dir : searchPaths()) {
        const QString path = QDir(dir).filePath(pluginFileName());
        if (!QFileInfo::exists(path))
            continue;
        s.found = true;
        // The loader object may go: the library stays loaded (never unloaded
        // while the app runs), and so does its root instance.
        QPluginLoader loader(path);
        QObject *root = loader.instance();
        if (auto *backend = qobject_cast<MediaBackend *>(root)) {
            qCInfo(lcUi) << "media plugin loaded from" << path;
            s.backend = backend;
            return backend;
        }
        s.foreign = root != nullptr;
        s.reason = root ? QDir::toNativeSeparators(path) : loader.errorString();
        qCWarning(lcUi) << "cannot use media plugin" << path << loader.errorString();
    }
    return nullptr;
}

bool MediaBackendLoader::isLoaded()
{
    return state().backend != nullptr;
}

QString MediaBackendLoader::lastError()
{
    // Worded when asked, so it follows a language switch.
    const LoaderState &s = state();
    if (!s.attempted || s.backend)
        return {};
    if (!s.found)
        return QCoreApplication::translate("ks::MediaBackendLoader",
                                           "The video component (%1) is not installed.")
            .arg(pluginFileName());
    if (s.foreign)
        return QCoreApplication::translate("ks::MediaBackendLoader",
                                           "%1 is not a Kling Studio video component.")
            .arg(s.reason);
    return QCoreApplication::translate("ks::MediaBackendLoader",
                                       "The video component could not be loaded: %1")
        .arg(s.reason);
}

} // namespace ks

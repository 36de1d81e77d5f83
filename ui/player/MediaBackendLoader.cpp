#include "player/MediaBackendLoader.h"

#include "platform/Logging.h"
#include "player/MediaBackend.h"

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
    // KS_MEDIA_PLUGIN_BUILD_DIR is <build tree>/app (root CMakeLists.txt).
    return searchPathsFor(
        QCoreApplication::applicationDirPath(), qEnvironmentVariable("KLINGSTUDIO_PLUGIN_DIR"),
        QStringLiteral(KS_MEDIA_PLUGIN_INSTALL_RELDIR),
        QStringLiteral(KS_MEDIA_PLUGIN_BUILD_DIR "/.."), QStringLiteral(KS_MEDIA_PLUGIN_BUILD_DIR));
}

QStringList MediaBackendLoader::searchPathsFor(const QString &appDir, const QString &envDir,
                                               const QString &installRelDir,
                                               const QString &buildTree,
                                               const QString &buildPluginDir)
{
    // A relative folder would be looked up from the current folder, where
    // anyone may have left a library of the plugin's name.
    const auto absolute = [](const QString &dir) {
        return !dir.isEmpty() && QDir::isAbsolutePath(dir);
    };
    // An explicit folder is the only one looked at (packagers, tests).
    if (!envDir.isEmpty())
        return absolute(envDir) ? QStringList {QDir::cleanPath(envDir)} : QStringList {};
    QStringList dirs;
    if (!absolute(appDir))
        return dirs;
    dirs << QDir::cleanPath(appDir + QLatin1Char('/') + installRelDir);
    // The build tree's plugin only for a program inside that same tree: an
    // installed copy (even of a build whose tree is still on disk) must find
    // its own plugin or none, so a packaging mistake shows instead of being
    // covered by the developer's build.
    const QString tree = QFileInfo(buildTree).canonicalFilePath();
    const QString app = QFileInfo(appDir).canonicalFilePath();
    const bool inBuildTree = !tree.isEmpty() && !app.isEmpty()
        && (app == tree || app.startsWith(tree + QLatin1Char('/')));
    if (inBuildTree && absolute(buildPluginDir))
        dirs << QDir::cleanPath(buildPluginDir);
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

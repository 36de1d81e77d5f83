#pragma once
// Finds and loads the multimedia plugin (klingstudio-media) the first time
// anything plays or grabs a video frame, so QtMultimedia stays out of the
// process until then. See MediaBackend.h.

#include <QString>
#include <QStringList>

namespace ks {

class MediaBackend;

class MediaBackendLoader final
{
public:
    // The backend, loaded on the first call; null when the plugin is missing
    // or unusable (lastError() says why, in the user's language).
    static MediaBackend *backend();
    static bool isLoaded();
    static QString lastError();

    // Where the plugin is looked for, first match wins: the installed
    // plugin folder relative to the executable (lib/klingstudio, the
    // bundle's PlugIns on macOS, the executable's own folder on Windows),
    // then the build tree's plugin folder, but only for a program that runs
    // from that build tree (the app and the tests there), never for an
    // installed or deployed copy; only $KLINGSTUDIO_PLUGIN_DIR when that is
    // set. Never the current folder: a relative folder is never returned.
    static QStringList searchPaths();
    static QString pluginFileName();

    // searchPaths() as a pure function of what it reads (tests): the
    // application's folder, $KLINGSTUDIO_PLUGIN_DIR, the install folder
    // relative to the application's, the build tree and its plugin folder
    // (both recorded at configure time). Paths are compared canonically, so
    // the folders given must exist for the build tree to count.
    static QStringList searchPathsFor(const QString &appDir, const QString &envDir,
                                      const QString &installRelDir, const QString &buildTree,
                                      const QString &buildPluginDir);

    MediaBackendLoader() = delete;
};

} // namespace ks

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

    // Where the plugin is looked for, first match wins: beside the
    // executable, the installed plugin folder (lib/klingstudio, or the
    // bundle's PlugIns on macOS), then the build tree; only
    // $KLINGSTUDIO_PLUGIN_DIR when that is set.
    static QStringList searchPaths();
    static QString pluginFileName();

    MediaBackendLoader() = delete;
};

} // namespace ks

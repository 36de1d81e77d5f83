#include "player/PluginMediaProbe.h"

#include "player/MediaBackend.h"
#include "player/MediaBackendLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>

namespace ks {

namespace {

// Qt Multimedia's backends are plugins in the "multimedia" folder of Qt's
// plugin paths: libgstreamermediaplugin.so, ffmpegmediaplugin.dll,
// libdarwinmediaplugin.dylib, ...
const QRegularExpression &pluginFilePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:lib)?([a-z0-9]+)mediaplugin(?:_debug|d)?\\.(?:so|dll|dylib)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The Qt Multimedia plugin mapped into this process, where the system
// says (Linux: /proc/self/maps); "" elsewhere or before one is loaded.
QString loadedBackend()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString text = QString::fromLocal8Bit(maps.readAll());
    static const QRegularExpression line(QStringLiteral("/multimedia/([^/\\s]+)$"),
                                         QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = line.globalMatch(text);
    while (it.hasNext()) {
        const QString name = PluginMediaProbe::backendOfFile(it.next().captured(1));
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace

QString PluginMediaProbe::backendOfFile(const QString &fileName)
{
    const QRegularExpressionMatch match = pluginFilePattern().match(fileName);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString PluginMediaProbe::load()
{
    return MediaBackendLoader::backend() ? QString() : MediaBackendLoader::lastError();
}

QStringList PluginMediaProbe::installedBackends() const
{
    // Where Qt itself looks: every library path's "multimedia" folder.
    QStringList names;
    for (const QString &dir : QCoreApplication::libraryPaths()) {
        const QStringList files =
            QDir(dir + QStringLiteral("/multimedia")).entryList(QDir::Files | QDir::Readable);
        for (const QString &file : files) {
            const QString name = backendOfFile(file);
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
    }
    return names;
}

QString PluginMediaProbe::backendName() const
{
    // QMediaPlayer has no API naming its backend. What can be told honestly,
    // most certain first: the plugin file loaded into the process; the one
    // QT_MEDIA_BACKEND asks for, when installed; else the installed ones
    // (Qt picks among them).
    const QString loaded = loadedBackend();
    if (!loaded.isEmpty())
        return loaded;
    const QStringList installed = installedBackends();
    const QString requested = qEnvironmentVariable("QT_MEDIA_BACKEND").trimmed().toLower();
    if (!requested.isEmpty() && installed.contains(requested))
        return requested;
    return installed.join(u'/');
}

void PluginMediaProbe::firstFrame(const QString &path, int timeoutMs, QObject *context,
                                  std::function<void(QSize)> done)
{
    MediaBackend *backend = MediaBackendLoader::backend();
    if (!backend) {
        done({});
        return;
    }
    // At 0 µs: the clip's first frame, at its own size (no scaling below
    // 16384 px).
    backend->grabFrame(path, 0, QSize(16384, 16384), timeoutMs, context,
                       [done = std::move(done)](const QImage &frame) {
                           done(frame.isNull() ? QSize() : frame.size());
                       });
}

} // namespace ks

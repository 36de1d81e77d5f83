#include "Paths.h"

#include "Logging.h"

#include <QDir>
#include <QStandardPaths>

namespace ks::Paths {

namespace {

QString envDir(const char *name)
{
    const QString value = qEnvironmentVariable(name).trimmed();
    return value.isEmpty() ? QString() : QDir::cleanPath(value);
}

// Callers open files inside these folders right away, so create them here
// rather than in every caller; a failure shows up when the file is opened.
QString ensured(const QString &dir)
{
    if (!QDir().mkpath(dir))
        qCWarning(lcPlatform) << "cannot create folder" << dir;
    return dir;
}

} // namespace

QString dataDir()
{
    QString dir = envDir("KLINGSTUDIO_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.klingstudio");
    return ensured(dir);
}

QString journalPath()
{
    return dataDir() + QStringLiteral("/journal.sqlite");
}

QString cacheDir()
{
    QString dir;
    const QString data = envDir("KLINGSTUDIO_DATA_DIR");
    if (!data.isEmpty())
        dir = data + QStringLiteral("/cache");
    else
        dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty())
        dir = dataDir() + QStringLiteral("/cache");
    return ensured(dir);
}

QString defaultLibraryDir()
{
    // Not created here: the folder appears with the first downloaded video.
    QString base = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (base.isEmpty())
        base = QDir::homePath();
    return QDir::cleanPath(base + QStringLiteral("/Kling Studio"));
}

} // namespace ks::Paths

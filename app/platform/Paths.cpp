#include "platform/Paths.h"

#include "platform/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace ks::Paths {

namespace {

// The one folder name of both programs, whatever their application names.
const QString kFolder = QStringLiteral("KlingStudio");

QString genericLocation(QStandardPaths::StandardLocation type)
{
    const QString base = QStandardPaths::writableLocation(type);
    return base.isEmpty() ? QString() : QDir::cleanPath(base + QLatin1Char('/') + kFolder);
}

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
        dir = genericLocation(QStandardPaths::GenericDataLocation);
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
        dir = genericLocation(QStandardPaths::GenericCacheLocation);
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

QStringList legacyDataDirs()
{
    if (!envDir("KLINGSTUDIO_DATA_DIR").isEmpty())
        return {};
    // AppDataLocation is <base>/<organisation>/<application>; the base is
    // the roaming AppData folder on Windows, GenericDataLocation elsewhere.
    QString base =
        QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString org = QCoreApplication::organizationName();
    const QString app = QCoreApplication::applicationName();
    const QString suffix =
        org.isEmpty() ? QLatin1Char('/') + app : QLatin1Char('/') + org + QLatin1Char('/') + app;
    if (!app.isEmpty() && base.endsWith(suffix))
        base.chop(suffix.size());
    else
        base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        return {};
    QStringList dirs;
    for (const QString &name : {QStringLiteral("Kling Studio"), QStringLiteral("KlingStudio")})
        dirs << QDir::cleanPath(base + QLatin1Char('/') + kFolder + QLatin1Char('/') + name);
    return dirs;
}

} // namespace ks::Paths

#include "form/FileDialogStartDir.h"

#include <QDir>
#include <QFileInfo>

namespace ks {

namespace {
QString &sessionLastDir()
{
    static QString dir;
    return dir;
}

bool isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}
} // namespace

QString FileDialogStartDir::choose(const QString &lastUsed, const QString &preferred)
{
    if (isFolder(lastUsed))
        return lastUsed;
    if (isFolder(preferred))
        return preferred;
    return QDir::homePath();
}

QString FileDialogStartDir::forLocation(QStandardPaths::StandardLocation location)
{
    return choose(sessionLastDir(), QStandardPaths::writableLocation(location));
}

void FileDialogStartDir::remember(const QString &chosenFile)
{
    if (!chosenFile.isEmpty())
        sessionLastDir() = QFileInfo(chosenFile).absolutePath();
}

QString FileDialogStartDir::lastUsed()
{
    return sessionLastDir();
}

} // namespace ks

// Windows: named pipes and devices live outside the file system's folders
// (\\.\pipe\..., \\.\COM1), so QFileInfo tells a regular file from them; the
// opened handle is checked again (QFile is sequential for anything that is
// not a disk file), in case the path changed in between.

#include "platform/RegularFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ks::RegularFile {

bool open(QFile &file, QString *why)
{
    const QFileInfo info(file.fileName());
    const QString notRegular = info.isDir()
        ? QCoreApplication::translate("RegularFile", "it is a folder, not a file")
        : QCoreApplication::translate("RegularFile",
                                      "it is not a regular file (a pipe, device or socket)");
    if (info.exists() && !info.isFile()) {
        if (why)
            *why = notRegular;
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = file.errorString();
        return false;
    }
    if (file.isSequential()) {
        file.close();
        if (why)
            *why = notRegular;
        return false;
    }
    return true;
}

} // namespace ks::RegularFile

// POSIX (Linux, macOS, the BSDs): open(O_NONBLOCK) returns at once even for a
// FIFO without a writer; fstat on the open descriptor then tells what it is,
// with no window for the path to be swapped between the check and the open.

#include "platform/RegularFile.h"

#include <QCoreApplication>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ks::RegularFile {

bool open(QFile &file, QString *why)
{
    const QByteArray native = QFile::encodeName(file.fileName());
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (why)
            *why = qt_error_string(errno);
        return false;
    }
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const bool folder = S_ISDIR(st.st_mode);
        ::close(fd);
        if (why) {
            *why = folder ? QCoreApplication::translate("RegularFile", "it is a folder, not a file")
                          : QCoreApplication::translate(
                              "RegularFile", "it is not a regular file (a pipe, device or socket)");
        }
        return false;
    }
    // Reads of a regular file never return EAGAIN, but QFile expects a plain descriptor.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags != -1)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        if (why)
            *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace ks::RegularFile

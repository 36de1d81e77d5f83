// Unix (Linux, macOS, the BSDs): stat(2)'s device and inode numbers name a
// file for as long as it exists.

#include "platform/FileIdentity.h"

#include <QFile>

#include <cerrno>
#include <sys/stat.h>

namespace ks::FileIdentity {

Id of(const QString &path)
{
    struct stat st
    {
    };
    Id id;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        id.state = (errno == ENOENT || errno == ENOTDIR) ? Id::State::Missing : Id::State::Unknown;
        return id;
    }
    id.state = Id::State::Present;
    id.key =
        QByteArray::number(qulonglong(st.st_dev)) + ':' + QByteArray::number(qulonglong(st.st_ino));
    return id;
}

} // namespace ks::FileIdentity

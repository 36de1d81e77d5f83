// Windows: the volume serial number and the file index name a file for as
// long as it exists. The file is opened for no access at all and shares
// everything, so asking never gets in the way of its users.

#include "platform/FileIdentity.h"

#include "platform/WindowsApi.h"

#include <QDir>

namespace ks::FileIdentity {

Id of(const QString &path)
{
    Id id;
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    HANDLE file =
        ::CreateFileW(native.c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                      nullptr, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        const DWORD error = ::GetLastError();
        id.state = (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
            ? Id::State::Missing
            : Id::State::Unknown;
        return id;
    }
    BY_HANDLE_FILE_INFORMATION info {};
    const BOOL ok = ::GetFileInformationByHandle(file, &info);
    ::CloseHandle(file);
    if (!ok)
        return id; // Unknown
    id.state = Id::State::Present;
    id.key = QByteArray::number(qulonglong(info.dwVolumeSerialNumber)) + ':'
        + QByteArray::number((qulonglong(info.nFileIndexHigh) << 32) | info.nFileIndexLow);
    return id;
}

} // namespace ks::FileIdentity

#include "UploadPrecheck.h"

#include "RegularFile.h"

#include <QDir>
#include <QFile>

namespace ks {

QString UploadPrecheck::problem(const MediaRef &input)
{
    const QString shown = QDir::toNativeSeparators(input.localPath);
    QFile file(input.localPath);
    QString why;
    if (!RegularFile::open(file, &why)) {
        return tr("%1 cannot be uploaded: %2. Nothing was paid; choose the file again.")
            .arg(shown, why);
    }
    if (input.info.probed && file.size() != input.info.bytes) {
        return tr("%1 changed since it was checked (%2 bytes then, %3 now), so it is not what "
                  "was priced. Nothing was paid; choose the file again.")
            .arg(shown)
            .arg(input.info.bytes)
            .arg(file.size());
    }
    return {};
}

} // namespace ks

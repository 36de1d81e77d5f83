#include "core/UploadPrecheck.h"

#include "core/ImageProbe.h"
#include "platform/RegularFile.h"

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
    // The last word before an upload: EvoLink refuses these (API.md §10.1 #14),
    // whatever the file was when it was checked.
    const MediaFormat found = ImageProbe::sniffFormat(file.read(64));
    if (isRefusedImageFormat(found)) {
        return tr("%1 is in %2 format, which EvoLink does not accept (it takes JPEG, PNG, "
                  "WebP and GIF). Nothing was paid; save or export it as JPEG or PNG and use "
                  "that file.")
            .arg(shown, mediaFormatName(found));
    }
    return {};
}

} // namespace ks

#include "platform/FileReplace.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

namespace ks::FileReplace {

bool write(const QString &path, const QByteArray &contents, QString *why)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const int attempts = qMax(1, renameAttempts());
    for (int attempt = 1;; ++attempt) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *why = file.errorString();
            return false;
        }
        if (file.write(contents) != contents.size()) {
            *why = file.errorString();
            file.cancelWriting();
            return false;
        }
        if (file.commit())
            return true;
        // The temporary file is gone with a failed commit; the old file is
        // untouched. Only the rename can fail this way for a moment.
        if (attempt >= attempts) {
            *why = file.errorString();
            return false;
        }
        QThread::msleep(msBetweenAttempts());
    }
}

} // namespace ks::FileReplace

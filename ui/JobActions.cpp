#include "JobActions.h"

#include "Logging.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QUrl>

namespace ks {

bool JobActions::linkValid(const QString &resultUrl, const QDateTime &resultAt,
                           const QDateTime &now)
{
    if (resultUrl.isEmpty() || !resultAt.isValid())
        return false;
    return resultAt.secsTo(now) < kLinkLifetimeSeconds;
}

bool JobActions::hasVideo(const QString &videoPath)
{
    return !videoPath.isEmpty() && QFileInfo(videoPath).isFile();
}

QString JobActions::saveAs(QWidget *parent, const QString &videoPath)
{
    if (!hasVideo(videoPath)) {
        QMessageBox::warning(parent, tr("Save As"),
                             tr("The video file is missing:\n%1\nIt may have been moved or "
                                "deleted.")
                                 .arg(QDir::toNativeSeparators(videoPath)));
        return {};
    }
    const QFileInfo source(videoPath);
    // QFileDialog asks before replacing an existing file; nothing is
    // overwritten without that confirmation.
    const QString target = QFileDialog::getSaveFileName(
        parent, tr("Save Video As"), QDir(QDir::homePath()).filePath(source.fileName()),
        tr("MP4 video (*.mp4)"));
    if (target.isEmpty())
        return {};
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == source.canonicalFilePath())
        return target;

    // Copy to a temporary name first so a failed copy never destroys the
    // file the user agreed to replace.
    const QString temp = target + QStringLiteral(".part");
    QFile::remove(temp);
    if (!QFile::copy(videoPath, temp)) {
        QMessageBox::warning(parent, tr("Save As"),
                             tr("Could not write %1.\nCheck that the folder exists and that you "
                                "may write to it.")
                                 .arg(QDir::toNativeSeparators(target)));
        return {};
    }
    if (targetInfo.exists() && !QFile::remove(target)) {
        QFile::remove(temp);
        QMessageBox::warning(parent, tr("Save As"),
                             tr("Could not replace %1.").arg(QDir::toNativeSeparators(target)));
        return {};
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        QMessageBox::warning(parent, tr("Save As"),
                             tr("Could not write %1.").arg(QDir::toNativeSeparators(target)));
        return {};
    }
    qCInfo(lcUi) << "Saved a copy of a video to" << target;
    return target;
}

bool JobActions::reveal(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return false;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

bool JobActions::copyLink(const QString &resultUrl)
{
    if (resultUrl.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(resultUrl);
    return true;
}

} // namespace ks

#include "history/JobActions.h"

#include "core/ResultFileName.h"
#include "history/StatusNotice.h"
#include "platform/Logging.h"

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

QString JobActions::saveAs(QWidget *parent, const QString &videoPath, const QString &suggestedName)
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
    const QString name = suggestedName.isEmpty() ? source.fileName() : suggestedName;
    const QString target = QFileDialog::getSaveFileName(
        parent, tr("Save Video As"), ResultFileName::unusedPath(source.absolutePath(), name),
        tr("MP4 video (*.mp4)"));
    if (target.isEmpty())
        return {};
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() && targetInfo.canonicalFilePath() == source.canonicalFilePath()) {
        StatusNotice::show(parent,
                           tr("The video is already at %1; nothing was copied.")
                               .arg(QDir::toNativeSeparators(target)));
        return target;
    }

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
    StatusNotice::show(parent, tr("Saved to %1.").arg(QDir::toNativeSeparators(target)));
    return target;
}

bool JobActions::reveal(QWidget *parent, const QString &path)
{
    if (path.isEmpty())
        return false;
    const QFileInfo info(path);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    const QString shown = QDir::toNativeSeparators(folder);
    if (!QFileInfo(folder).isDir()) {
        StatusNotice::show(parent,
                           tr("The folder %1 does not exist any more. It may have been moved or "
                              "deleted.")
                               .arg(shown),
                           StatusNotice::kProblemMs);
        return false;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        StatusNotice::show(parent, tr("Opened %1 in the file manager.").arg(shown));
        return true;
    }
    // No launcher (e.g. no xdg-open): the path is where the user can use it.
    QGuiApplication::clipboard()->setText(shown);
    qCInfo(lcUi) << "The desktop could not open a folder";
    StatusNotice::show(parent,
                       tr("Could not open the folder: no file manager found (xdg-open). Its "
                          "path is copied to the clipboard, to paste into a file manager: %1")
                           .arg(shown),
                       StatusNotice::kProblemMs);
    return false;
}

bool JobActions::copyLink(QWidget *parent, const QString &resultUrl)
{
    if (resultUrl.isEmpty())
        return false;
    QGuiApplication::clipboard()->setText(resultUrl);
    StatusNotice::show(parent,
                       tr("Copied the link to the clipboard. It works for 24 hours after "
                          "the video was made."));
    return true;
}

} // namespace ks

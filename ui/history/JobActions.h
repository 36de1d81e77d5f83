#pragma once
// File and link actions on a finished job, shared by the history panel and
// the player: Save As (copy, never silent overwrite), reveal, copy link.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QWidget;

namespace ks {

struct Job;

class JobActions final
{
    Q_DECLARE_TR_FUNCTIONS(JobActions)
public:
    // Result links expire 24 h after the task completed (API.md §1).
    static constexpr qint64 kLinkLifetimeSeconds = 24 * 60 * 60;
    static bool linkValid(const QString &resultUrl, const QDateTime &resultAt,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    static bool hasVideo(const QString &videoPath);
    // Asks for a target with QFileDialog (which confirms overwriting),
    // starting in the folder that holds the video (the download folder) with
    // `suggestedName` (see ResultFileName; never an existing file's name),
    // and copies the video there. Returns the target, or "" when cancelled or
    // failed (the failure is shown in a message box); a copy is confirmed in
    // the window's status bar.
    static QString saveAs(QWidget *parent, const QString &videoPath,
                          const QString &suggestedName = QString());
    // Opens the folder holding the file (or the folder itself) in the system
    // file manager and says so in the status bar of `parent`'s window; when
    // the desktop cannot open it (no file manager or xdg-open), says that,
    // copies the folder's path to the clipboard and returns false.
    static bool reveal(QWidget *parent, const QString &path);
    // Copies the result link and says so in the status bar.
    static bool copyLink(QWidget *parent, const QString &resultUrl);
};

} // namespace ks

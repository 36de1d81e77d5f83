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
    // Asks for a target with QFileDialog (which confirms overwriting) and copies
    // the video there. Returns the target, or "" when cancelled or failed (the
    // failure is shown in a message box).
    static QString saveAs(QWidget *parent, const QString &videoPath);
    // Opens the folder holding the file in the system file manager.
    static bool reveal(const QString &path);
    static bool copyLink(const QString &resultUrl);
};

} // namespace ks

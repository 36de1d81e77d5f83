#pragma once
// Where an open-file dialog starts: the folder the user last took a file
// from (in this session, for any input), else the system's folder for that
// kind of file (Pictures, Movies) if it exists, else the home folder. A
// folder that does not exist is never passed to QFileDialog: it would show
// its name ("Pictures") as a file name to open.

#include <QStandardPaths>
#include <QString>

namespace ks {

class FileDialogStartDir final
{
public:
    // The first of `lastUsed`, `preferred`, home that is an existing folder.
    static QString choose(const QString &lastUsed, const QString &preferred);
    // choose() with the session's last folder and `location`'s folder.
    static QString forLocation(QStandardPaths::StandardLocation location);
    // Remembers the folder holding `chosenFile` for the next dialog.
    static void remember(const QString &chosenFile);
    static QString lastUsed();
};

} // namespace ks

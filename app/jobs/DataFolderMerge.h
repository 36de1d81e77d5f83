#pragma once
// Earlier versions kept the app's and the command-line tool's jobs, custom
// elements and demo state in two folders (one per application name), so
// neither saw the other's jobs. This brings each old folder's contents into
// the shared data folder once: jobs missing by id are added to the journal
// (rows already there are never overwritten), elements missing by id to the
// library, and the demo simulator's state when the shared folder has none.
// Nothing is deleted: the old folder stays, with a note that it was merged,
// which also keeps it from being merged again. A lock file in the shared
// folder keeps the app and the tool, started together, from merging at once.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ks {

class DataFolderMerge final
{
    Q_DECLARE_TR_FUNCTIONS(DataFolderMerge)
public:
    // Paths::legacyDataDirs() into Paths::dataDir(). Returns a line for the
    // user per folder merged (or that could not be read); empty when there
    // was nothing to do, which is the usual case and costs a few stat calls.
    static QStringList mergeLegacyFolders();
    // The same for given folders.
    static QStringList merge(const QString &target, const QStringList &legacyFolders);

    // Written into an old folder once it is merged.
    static QString markerName();

private:
    static QString mergeOne(const QString &target, const QString &legacy);
};

} // namespace ks

#pragma once
// Where the app keeps its files. The app and the command-line tool share
// every folder: none depends on the program's application name (they
// differ), only on the fixed folder name "KlingStudio". $KLINGSTUDIO_DATA_DIR
// overrides the data dir (tests, portable use).

#include <QString>
#include <QStringList>

namespace ks::Paths {
// GenericDataLocation/KlingStudio: ~/.local/share/KlingStudio on Linux,
// %LOCALAPPDATA%\KlingStudio on Windows, ~/Library/Application
// Support/KlingStudio on macOS.
QString dataDir(); // journal lives here
QString journalPath(); // dataDir()/journal.sqlite
// GenericCacheLocation/KlingStudio, or dataDir()/cache with the override.
QString cacheDir(); // thumbnails
QString defaultLibraryDir(); // MoviesLocation/Kling Studio
// The per-program data folders of earlier versions (AppDataLocation under
// the organisation "KlingStudio" and the application names "Kling Studio"
// (app) and "KlingStudio" (command-line tool)), whether they exist or not;
// none with $KLINGSTUDIO_DATA_DIR. DataFolderMerge brings them in once.
QStringList legacyDataDirs();
} // namespace ks::Paths

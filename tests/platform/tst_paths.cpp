// Paths: the data dir honours $KLINGSTUDIO_DATA_DIR and is created on demand.

#include "platform/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

class TstPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void dataDirFromEnvironment();
    void defaultLibraryDirIsInMovies();
    void foldersDoNotDependOnTheApplicationName();
};

void TstPaths::dataDirFromEnvironment()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString data = tmp.filePath(QStringLiteral("nested/data"));
    qputenv("KLINGSTUDIO_DATA_DIR", data.toUtf8());
    QCOMPARE(Paths::dataDir(), data);
    QVERIFY(QFileInfo(data).isDir());
    QCOMPARE(Paths::journalPath(), data + QStringLiteral("/journal.sqlite"));
    QCOMPARE(Paths::cacheDir(), data + QStringLiteral("/cache"));
    QVERIFY(QFileInfo(data + QStringLiteral("/cache")).isDir());
    qunsetenv("KLINGSTUDIO_DATA_DIR");
    QVERIFY(Paths::dataDir() != data);
}

void TstPaths::defaultLibraryDirIsInMovies()
{
    const QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    const QString expected = QDir::cleanPath((movies.isEmpty() ? QDir::homePath() : movies)
                                             + QStringLiteral("/Kling Studio"));
    QCOMPARE(Paths::defaultLibraryDir(), expected);
}

// The app ("Kling Studio") and the CLI ("KlingStudio") must share the data
// and cache folders (issue 15, item 1); the old per-name folders are the
// ones to merge in.
void TstPaths::foldersDoNotDependOnTheApplicationName()
{
    qunsetenv("KLINGSTUDIO_DATA_DIR");
    const QString name = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("KlingStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("Kling Studio"));
    const QString appData = Paths::dataDir();
    const QString appCache = Paths::cacheDir();
    const QStringList appLegacy = Paths::legacyDataDirs();
    QCoreApplication::setApplicationName(QStringLiteral("KlingStudio"));
    QCOMPARE(Paths::dataDir(), appData);
    QCOMPARE(Paths::cacheDir(), appCache);
    QCOMPARE(Paths::legacyDataDirs(), appLegacy);
    QCOMPARE(appData,
             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                 + QStringLiteral("/KlingStudio"));
    QCOMPARE(appLegacy.size(), 2);
    QVERIFY(appLegacy.contains(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QCoreApplication::setApplicationName(name);
}

QTEST_GUILESS_MAIN(TstPaths)
#include "tst_paths.moc"

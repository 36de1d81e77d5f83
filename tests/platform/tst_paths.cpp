// Paths: the data dir honours $KLINGSTUDIO_DATA_DIR and is created on demand.

#include "Paths.h"

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

QTEST_GUILESS_MAIN(TstPaths)
#include "tst_paths.moc"

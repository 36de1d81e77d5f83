// Settings facade: defaults, environment overrides, change signal, and what
// lands in the ini file (never a secret).

#include "platform/Paths.h"
#include "platform/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace ks;

class TstSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void defaultFileFollowsConfigDirEnv();
    void environmentOverridesStoredBases();
    void changedSignal();
    void persistedWithoutSecrets();
    void unusableValuesFallBackToDefaults();
    void writesReplaceTheFileAtomically();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("klingstudio.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_dataDir;
};

void TstSettings::initTestCase()
{
    QVERIFY(m_dataDir.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", m_dataDir.path().toUtf8());
}

void TstSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir->path().toUtf8());
    qunsetenv("EVOLINK_API_BASE");
    qunsetenv("EVOLINK_FILES_BASE");
}

void TstSettings::defaults()
{
    Settings s(iniPath());
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.apiBase(), QUrl(QStringLiteral("https://api.evolink.ai")));
    QCOMPARE(s.filesBase(), QUrl(QStringLiteral("https://files-api.evolink.ai")));
    QCOMPARE(s.libraryDir(), Paths::defaultLibraryDir());
    QVERIFY(s.libraryDir().endsWith(QStringLiteral("/Kling Studio")));
    QCOMPARE(s.creditsPerUsd(), 72.0);
    QCOMPARE(s.maxConcurrentTasks(), 3);
    QCOMPARE(s.pollTimeoutMinutes(), 30);
    QCOMPARE(s.windowState(), QByteArray());
    QCOMPARE(s.windowGeometry(), QByteArray());
}

void TstSettings::defaultFileFollowsConfigDirEnv()
{
    Settings s;
    QCOMPARE(s.filePath(), iniPath());
    s.setLanguage(QStringLiteral("zh_CN"));
    QVERIFY(QFile::exists(iniPath()));
}

void TstSettings::environmentOverridesStoredBases()
{
    Settings s(iniPath());
    s.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:8123")));
    s.setFilesBase(QUrl(QStringLiteral("http://127.0.0.1:8124")));
    QCOMPARE(s.apiBase(), QUrl(QStringLiteral("http://127.0.0.1:8123")));
    QCOMPARE(s.filesBase(), QUrl(QStringLiteral("http://127.0.0.1:8124")));

    qputenv("EVOLINK_API_BASE", "https://proxy.example.com");
    qputenv("EVOLINK_FILES_BASE", "https://files.proxy.example.com");
    QCOMPARE(s.apiBase(), QUrl(QStringLiteral("https://proxy.example.com")));
    QCOMPARE(s.filesBase(), QUrl(QStringLiteral("https://files.proxy.example.com")));

    qunsetenv("EVOLINK_API_BASE");
    qunsetenv("EVOLINK_FILES_BASE");
    QCOMPARE(s.apiBase(), QUrl(QStringLiteral("http://127.0.0.1:8123")));
}

void TstSettings::changedSignal()
{
    Settings s(iniPath());
    QSignalSpy spy(&s, &Settings::changed);
    s.setMaxConcurrentTasks(5);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("maxConcurrentTasks"));
    s.setMaxConcurrentTasks(5); // unchanged: no signal
    QCOMPARE(spy.count(), 1);
    s.setLanguage(QStringLiteral("zh_CN"));
    s.setCreditsPerUsd(68);
    s.setPollTimeoutMinutes(45);
    s.setLibraryDir(m_dir->filePath(QStringLiteral("videos")));
    s.setWindowGeometry(QByteArray("\x01\x02\xff", 3));
    QCOMPARE(spy.count(), 6);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("language"));
    QCOMPARE(spy.at(2).at(0).toString(), QStringLiteral("creditsPerUsd"));
    QCOMPARE(spy.at(3).at(0).toString(), QStringLiteral("pollTimeoutMinutes"));
    QCOMPARE(spy.at(4).at(0).toString(), QStringLiteral("libraryDir"));
    QCOMPARE(spy.at(5).at(0).toString(), QStringLiteral("windowGeometry"));
    s.setWindowGeometry(QByteArray("\x01\x02\xff", 3));
    QCOMPARE(spy.count(), 6);
}

void TstSettings::persistedWithoutSecrets()
{
    const QByteArray geometry("\x00\x01binary\xfe", 10);
    {
        Settings s(iniPath());
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:9000")));
        s.setMaxConcurrentTasks(2);
        s.setPollTimeoutMinutes(12);
        s.setCreditsPerUsd(68.5);
        s.setWindowGeometry(geometry);
    }
    Settings again(iniPath());
    QCOMPARE(again.language(), QStringLiteral("zh_CN"));
    QCOMPARE(again.apiBase(), QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QCOMPARE(again.maxConcurrentTasks(), 2);
    QCOMPARE(again.pollTimeoutMinutes(), 12);
    QCOMPARE(again.creditsPerUsd(), 68.5);
    QCOMPARE(again.windowGeometry(), geometry);

    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("maxConcurrentTasks=2"));
    QVERIFY(text.contains("language=zh_CN"));
    QVERIFY(!text.toLower().contains("key"));
    QVERIFY(!text.contains("sk-"));
    QVERIFY(!text.toLower().contains("bearer"));
}

void TstSettings::unusableValuesFallBackToDefaults()
{
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nmaxConcurrentTasks=abc\npollTimeoutMinutes=-4\n"
                   "creditsPerUsd=0\napiBase=not a url\nlibraryDir=\n");
    }
    Settings s(iniPath());
    QCOMPARE(s.maxConcurrentTasks(), 3);
    QCOMPARE(s.pollTimeoutMinutes(), 30);
    QCOMPARE(s.creditsPerUsd(), 72.0);
    QCOMPARE(s.apiBase(), QUrl(QStringLiteral("https://api.evolink.ai")));
    QCOMPARE(s.libraryDir(), Paths::defaultLibraryDir());
}

void TstSettings::writesReplaceTheFileAtomically()
{
#ifdef Q_OS_UNIX
    // QSettings writes through QSaveFile: a new file renamed over the old one,
    // so a reader never sees a half-written file. A new inode proves the rename.
    Settings s(iniPath());
    s.setLanguage(QStringLiteral("en"));
    struct stat before
    {
    };
    QCOMPARE(::stat(QFile::encodeName(iniPath()).constData(), &before), 0);
    s.setLanguage(QStringLiteral("zh_CN"));
    struct stat after
    {
    };
    QCOMPARE(::stat(QFile::encodeName(iniPath()).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino);
    // And no temporary file is left behind.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList {QStringLiteral("klingstudio.ini")});
#else
    QSKIP("inode check is POSIX only");
#endif
}

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"

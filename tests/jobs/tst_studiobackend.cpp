// StudioBackend wiring: demo without a key (simulator started lazily, only
// then), the real API with one, refused endpoints, and a key set at runtime.

#include "StudioBackendTestAccess.h"
#include "api/ApiConfig.h"
#include "api/EvoLinkClient.h"
#include "backend/StudioBackend.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "platform/SecretStore.h"
#include "platform/Settings.h"
#include "sim/Simulator.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

class TestStudioBackend : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    StudioBackend::Options options(SecretStore *secrets, Settings *settings,
                                   const char *journal) const
    {
        StudioBackend::Options o;
        o.secretStore = secrets;
        o.settings = settings;
        o.journalPath = m_dir.filePath(QLatin1String(journal));
        return o;
    }

    static void startAndWait(StudioBackend &backend)
    {
        bool ready = false;
        backend.start([&ready] { ready = true; });
        QTRY_VERIFY(ready);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("KLINGSTUDIO_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("KLINGSTUDIO_CONFIG_DIR", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qunsetenv("EVOLINK_API_KEY");
        qunsetenv("EVOLINK_API_BASE");
        qunsetenv("EVOLINK_FILES_BASE");
        qunsetenv("KLINGSTUDIO_SIM_TIME_SCALE");
    }

    void demoWithoutKey()
    {
        MemorySecretStore secrets;
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        StudioBackend backend(options(&secrets, &settings, "demo/journal.sqlite"));
        QCOMPARE(StudioBackendTestAccess::simulator(backend),
                 nullptr); // nothing runs before start()
        startAndWait(backend);
        QVERIFY(backend.isDemo());
        QVERIFY(StudioBackendTestAccess::simulator(backend));
        QVERIFY(backend.jobs()->isDemoMode());
        const ApiConfig &config = StudioBackendTestAccess::client(backend)->config();
        QCOMPARE(config.apiBase, StudioBackendTestAccess::simulator(backend)->baseUrl());
        QCOMPARE(config.filesBase, StudioBackendTestAccess::simulator(backend)->baseUrl());
        QCOMPARE(config.apiKey, Simulator::demoKey());
        QCOMPARE(backend.jobs()->pollSchedule().scale, 1.0);
        QVERIFY(backend.store()->isOpen());
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("demo/journal.sqlite"))));
        QVERIFY(backend.journalNotice().isEmpty());
        QCOMPARE(backend.settings(), &settings);
        QCOMPARE(backend.secretStore(), &secrets);
        QVERIFY(StudioBackendTestAccess::network(backend));
    }

    void realWithKeyAndNoSimulator()
    {
        MemorySecretStore secrets(QStringLiteral("sk-live-abc"));
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        StudioBackend backend(options(&secrets, &settings, "real.sqlite"));
        startAndWait(backend);
        QVERIFY(!backend.isDemo());
        QCOMPARE(StudioBackendTestAccess::simulator(backend), nullptr);
        QVERIFY(!backend.findChild<Simulator *>()); // never started when not needed
        QCOMPARE(StudioBackendTestAccess::client(backend)->config().apiKey,
                 QStringLiteral("sk-live-abc"));
        QCOMPARE(StudioBackendTestAccess::client(backend)->config().apiBase,
                 QUrl(QStringLiteral("https://api.evolink.ai")));
        QVERIFY(!backend.jobs()->isDemoMode());
    }

    void forcedDemoIgnoresKey()
    {
        MemorySecretStore secrets(QStringLiteral("sk-live-abc"));
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        StudioBackend::Options o = options(&secrets, &settings, "forced.sqlite");
        o.forceDemo = true;
        StudioBackend backend(o);
        startAndWait(backend);
        QVERIFY(backend.isDemo());
        QCOMPARE(StudioBackendTestAccess::client(backend)->config().apiKey, Simulator::demoKey());
    }

    void refusesPlainHttpToOtherHosts()
    {
        MemorySecretStore secrets(QStringLiteral("sk-live-abc"));
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        settings.setApiBase(QUrl(QStringLiteral("http://api.example.com")));
        StudioBackend backend(options(&secrets, &settings, "refuse.sqlite"));
        startAndWait(backend);
        QVERIFY(!backend.isDemo());
        QCOMPARE(StudioBackendTestAccess::client(backend)->config().apiBase,
                 QUrl(QStringLiteral("https://api.evolink.ai")));
        QVERIFY(backend.keyNotice().contains(QStringLiteral("http://api.example.com")));

        settings.setApiBase(QUrl(QStringLiteral("http://127.0.0.1:9")));
        backend.reloadEndpoints();
        QCOMPARE(StudioBackendTestAccess::client(backend)->config().apiBase,
                 QUrl(QStringLiteral("http://127.0.0.1:9")));
        QVERIFY(backend.keyNotice().isEmpty());
    }

    void settingAKeyLeavesDemo()
    {
        MemorySecretStore secrets;
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        StudioBackend backend(options(&secrets, &settings, "switch.sqlite"));
        startAndWait(backend);
        QVERIFY(backend.isDemo());
        QSignalSpy demoChanged(&backend, &StudioBackend::demoModeChanged);
        bool done = false;
        bool okResult = false;
        backend.setApiKey(QStringLiteral("  sk-new-key  "), [&](bool ok, QString) {
            done = true;
            okResult = ok;
        });
        QTRY_VERIFY(done);
        QVERIFY(okResult);
        QVERIFY(!backend.isDemo());
        QCOMPARE(demoChanged.count(), 1);
        QCOMPARE(demoChanged.at(0).at(0).toBool(), false);
        QCOMPARE(StudioBackendTestAccess::client(backend)->config().apiKey,
                 QStringLiteral("sk-new-key"));
        QCOMPARE(StudioBackendTestAccess::simulator(backend), nullptr);
        // Stored through the secret store.
        QString stored;
        secrets.readApiKey([&](QString key, KeySource, QString) { stored = key; });
        QTRY_COMPARE(stored, QStringLiteral("sk-new-key"));

        done = false;
        backend.setApiKey(QString(), [&](bool, QString) { done = true; });
        QTRY_VERIFY(done);
        QVERIFY(backend.isDemo());
        QCOMPARE(demoChanged.count(), 2);
    }

    void corruptJournalIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x5a'));
        f.close();
        MemorySecretStore secrets;
        Settings settings(m_dir.filePath(QStringLiteral("f.ini")));
        StudioBackend backend(options(&secrets, &settings, "bad.sqlite"));
        startAndWait(backend);
        QVERIFY(!backend.journalNotice().isEmpty());
        QVERIFY(backend.store()->isOpen());
        QCOMPARE(backend.store()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStudioBackend)
#include "tst_studiobackend.moc"

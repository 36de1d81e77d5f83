// ModelAccess against the simulator over loopback HTTP (issue 17 item 8,
// API.md §10.1 #11): the key's model list is read and cached with a key
// fingerprint (never the key); a list that cannot be read allows every
// model and leaves the cache as it is; demo mode asks nothing.

#include "api/EvoLinkClient.h"
#include "jobs/ModelAccess.h"
#include "sim/Simulator.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ks;

namespace {
const QString kKey = QStringLiteral("sk-model-access-7777");
const QString kEdit = QStringLiteral("kling-o3-video-edit");
const QString kText = QStringLiteral("kling-o3-text-to-video");
} // namespace

class TstModelAccess : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsAndCachesTheList();
    void unreadableListAllowsEverything_data();
    void unreadableListAllowsEverything();
    void demoAsksNothing();
    void otherKeyIgnoresTheCache();

private:
    QString cachePath() const { return m_dir->filePath(QStringLiteral("model-access.json")); }
    void useKey(const QString &key)
    {
        ApiConfig c;
        c.apiBase = m_sim->baseUrl();
        c.filesBase = m_sim->baseUrl();
        c.apiKey = key;
        c.transferTimeoutMs = 5000;
        m_client->setConfig(c);
    }
    // Refreshes and waits until the answer is in.
    static bool refreshed(ModelAccess &access)
    {
        access.refresh(false);
        return QTest::qWaitFor([&access] { return !access.isReading(); }, 10000);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Simulator> m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EvoLinkClient> m_client;
};

void TstModelAccess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<Simulator>();
    QVERIFY(m_sim->start());
    m_sim->addAcceptedKey(kKey);
    m_sim->withholdModels(kKey, {kEdit});
    m_client = std::make_unique<EvoLinkClient>(&m_nam);
    useKey(kKey);
}

void TstModelAccess::readsAndCachesTheList()
{
    {
        ModelAccess access(m_client.get(), cachePath());
        QVERIFY(!access.isKnown());
        QVERIFY(access.allows(kEdit));
        QSignalSpy changed(&access, &ModelAccess::changed);
        QVERIFY(refreshed(access));
        QVERIFY(access.isKnown());
        QVERIFY(!access.allows(kEdit));
        QVERIFY(access.allows(kText));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_sim->requestCount(QStringLiteral("/v1/models")), 1);
    }
    // Cached with a fingerprint and a time, never the key.
    QFile file(cachePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains("key_fingerprint"));
    QVERIFY(stored.contains("read_at"));
    QVERIFY(stored.contains(kText.toUtf8()));
    QVERIFY(!stored.contains(kKey.toUtf8()));
    QVERIFY(!stored.contains("7777"));

    // The next start: the cached list applies at once, before any answer.
    m_sim->delayResponses(QStringLiteral("/v1/models"), 1500);
    ModelAccess next(m_client.get(), cachePath());
    next.refresh(false);
    QVERIFY(next.isReading());
    QVERIFY(next.isKnown());
    QVERIFY(!next.allows(kEdit));
    // Then the server's answer replaces it (here the model was enabled).
    m_sim->withholdModels(kKey, {});
    QTRY_VERIFY_WITH_TIMEOUT(!next.isReading(), 10000);
    QVERIFY(next.allows(kEdit));
}

void TstModelAccess::unreadableListAllowsEverything_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("404") << QStringLiteral("404");
    QTest::newRow("garbage") << QStringLiteral("garbage");
    QTest::newRow("network") << QStringLiteral("network");
}

void TstModelAccess::unreadableListAllowsEverything()
{
    QFETCH(QString, fault);
    {
        ModelAccess first(m_client.get(), cachePath());
        QVERIFY(refreshed(first));
        QVERIFY(!first.allows(kEdit));
    }
    QFile file(cachePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray cached = file.readAll();
    file.close();

    if (fault == u"404")
        m_sim->injectHttpError(QStringLiteral("/v1/models"), 404, QStringLiteral("not_found"));
    else if (fault == u"garbage")
        m_sim->injectRawBody(QStringLiteral("/v1/models"), "{\"data\": \"nope\"", "text/plain");
    else
        m_sim->dropConnections(QStringLiteral("/v1/models"), 3);

    ModelAccess access(m_client.get(), cachePath());
    QVERIFY(refreshed(access));
    // Unknown, so nothing is refused on a guess...
    QVERIFY(!access.isKnown());
    QVERIFY(access.allows(kEdit));
    QVERIFY(access.allows(kText));
    // ...and the cache stays as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), cached);
}

void TstModelAccess::demoAsksNothing()
{
    useKey(Simulator::demoKey());
    m_sim->withholdModels(Simulator::demoKey(), {kEdit});
    ModelAccess access(m_client.get(), cachePath());
    access.refresh(true);
    QVERIFY(!access.isReading());
    QVERIFY(access.allows(kEdit));
    // Nothing to wait for: no request may leave.
    QTest::qWait(100);
    QCOMPARE(m_sim->requestCount(QStringLiteral("/v1/models")), 0);
    QVERIFY(!QFile::exists(cachePath()));
}

void TstModelAccess::otherKeyIgnoresTheCache()
{
    {
        ModelAccess first(m_client.get(), cachePath());
        QVERIFY(refreshed(first));
        QVERIFY(!first.allows(kEdit));
    }
    const QString other = QStringLiteral("sk-another-key-1");
    m_sim->addAcceptedKey(other);
    useKey(other);
    m_sim->delayResponses(QStringLiteral("/v1/models"), 1500);
    ModelAccess access(m_client.get(), cachePath());
    access.refresh(false);
    QVERIFY(access.isReading());
    QVERIFY(!access.isKnown()); // the cached list is another key's
    QVERIFY(access.allows(kEdit));
}

QTEST_GUILESS_MAIN(TstModelAccess)
#include "tst_modelaccess.moc"

// Secret stores: EVOLINK_API_KEY wins, a keychain without a backend (headless
// test box) degrades to "not stored" or a session-only key, never a crash.

#include "platform/SecretStore.h"

#include <QTest>

using namespace ks;

namespace {

struct ReadResult
{
    bool called = false;
    QString key;
    KeySource source = KeySource::None;
    QString error;
};

struct WriteResult
{
    bool called = false;
    bool ok = false; // written (write: kept somewhere), or deleted
    KeySource keptIn = KeySource::None;
    QString error;
};

} // namespace

class TstSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void environmentWins();
    void keychainFailureFallsBack();
    void keychainWriteFailureKeepsSessionKey();
    void memoryRoundTrip();

private:
    static ReadResult read(SecretStore &store);
    static WriteResult write(SecretStore &store, const QString &key);
    static WriteResult remove(SecretStore &store);
};

ReadResult TstSecretStore::read(SecretStore &store)
{
    auto result = std::make_shared<ReadResult>();
    store.readApiKey([result](QString key, KeySource source, QString error) {
        result->called = true;
        result->key = key;
        result->source = source;
        result->error = error;
    });
    // Answers are always asynchronous, so callers can connect afterwards.
    if (result->called)
        return {};
    (void)QTest::qWaitFor([&] { return result->called; }, 30000);
    return *result;
}

WriteResult TstSecretStore::write(SecretStore &store, const QString &key)
{
    auto result = std::make_shared<WriteResult>();
    store.writeApiKey(key, [result](KeySource keptIn, QString note) {
        result->called = true;
        result->ok = keptIn != KeySource::None;
        result->keptIn = keptIn;
        result->error = note;
    });
    (void)QTest::qWaitFor([&] { return result->called; }, 30000);
    return *result;
}

WriteResult TstSecretStore::remove(SecretStore &store)
{
    auto result = std::make_shared<WriteResult>();
    store.deleteApiKey([result](bool ok, QString error) {
        result->called = true;
        result->ok = ok;
        result->error = error;
    });
    (void)QTest::qWaitFor([&] { return result->called; }, 30000);
    return *result;
}

void TstSecretStore::init()
{
    qunsetenv("EVOLINK_API_KEY");
}

void TstSecretStore::cleanupTestCase()
{
    // Leave no test key behind should this box have a working keychain.
    KeychainSecretStore store;
    remove(store);
}

void TstSecretStore::environmentWins()
{
    qputenv("EVOLINK_API_KEY", "  sk-env-1234567890  ");
    KeychainSecretStore store;
    const ReadResult r = read(store);
    QVERIFY(r.called);
    QCOMPARE(r.key, QStringLiteral("sk-env-1234567890"));
    QCOMPARE(r.source, KeySource::Environment);
    QCOMPARE(r.error, QString());
}

void TstSecretStore::keychainFailureFallsBack()
{
    KeychainSecretStore store;
    const ReadResult r = read(store);
    QVERIFY(r.called);
    if (r.source == KeySource::Keychain) {
        QVERIFY(!r.key.isEmpty()); // a real keychain with a stored key
        return;
    }
    QCOMPARE(r.key, QString());
    QCOMPARE(r.source, KeySource::None);
    // Either EntryNotFound (no note) or an unavailable keychain (a note saying so).
    if (!r.error.isEmpty())
        QVERIFY2(r.error.contains(QStringLiteral("session only")), qPrintable(r.error));
}

void TstSecretStore::keychainWriteFailureKeepsSessionKey()
{
    KeychainSecretStore store;
    const QString key = QStringLiteral("sk-test-session-key-42");
    const WriteResult w = write(store, key);
    QVERIFY(w.called);
    const ReadResult r = read(store);
    QVERIFY(r.called);
    QCOMPARE(r.key, key);
    QVERIFY(w.ok); // a key is never refused: at worst it lasts for this session
    if (w.keptIn == KeySource::Keychain) {
        QCOMPARE(w.error, QString());
        QCOMPARE(r.source, KeySource::Keychain);
    } else {
        QCOMPARE(w.keptIn, KeySource::Memory);
        // Says so, and how to keep the key.
        QVERIFY2(w.error.contains(QStringLiteral("session only")), qPrintable(w.error));
        QVERIFY2(w.error.contains(QStringLiteral("EVOLINK_API_KEY")), qPrintable(w.error));
        QCOMPARE(r.source, KeySource::Memory);
    }

    // The environment still wins over the session key.
    qputenv("EVOLINK_API_KEY", "sk-env-other");
    QCOMPARE(read(store).key, QStringLiteral("sk-env-other"));
    qunsetenv("EVOLINK_API_KEY");

    remove(store);
    const ReadResult gone = read(store);
    QVERIFY(gone.called);
    QCOMPARE(gone.key, QString());
    QCOMPARE(gone.source, KeySource::None);
}

void TstSecretStore::memoryRoundTrip()
{
    MemorySecretStore store;
    ReadResult r = read(store);
    QVERIFY(r.called);
    QCOMPARE(r.key, QString());
    QCOMPARE(r.source, KeySource::None);

    const WriteResult w = write(store, QStringLiteral("sk-mem-7"));
    QVERIFY(w.called);
    QVERIFY(w.ok);
    r = read(store);
    QCOMPARE(r.key, QStringLiteral("sk-mem-7"));
    QCOMPARE(r.source, KeySource::Memory);
    QCOMPARE(r.error, QString());

    QVERIFY(remove(store).ok);
    QCOMPARE(read(store).key, QString());

    MemorySecretStore preset(QStringLiteral("sk-preset"));
    QCOMPARE(read(preset).key, QStringLiteral("sk-preset"));
}

QTEST_GUILESS_MAIN(TstSecretStore)
#include "tst_secretstore.moc"

// Issue 16 item 4, on the real MainWindow with the real keychain store: when
// the system keychain is unavailable (here: no D-Bus session, as on a
// headless box), an API key entered in Preferences is used for this session
// (demo mode ends) and the status bar says so and how to keep it. Skipped
// where a keychain answers, so no test key ever lands in a real keychain.

#include "StudioBackendTestAccess.h"
#include "api/EvoLinkClient.h"
#include "backend/StudioBackend.h"
#include "platform/LanguageManager.h"
#include "platform/SecretStore.h"
#include "platform/Settings.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"
#include "window/PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

class TestSessionKey : public QObject
{
    Q_OBJECT

private slots:
    void keyIsUsedForTheSessionWithoutKeychain();
};

void TestSessionKey::keyIsUsedForTheSessionWithoutKeychain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", dir.filePath(QStringLiteral("config")).toUtf8());
    qunsetenv("EVOLINK_API_KEY");
    qunsetenv("EVOLINK_API_BASE");
    qunsetenv("EVOLINK_FILES_BASE");

    // Only where the keychain cannot be reached (the condition of the bug).
    {
        KeychainSecretStore probe;
        bool answered = false;
        QString note;
        probe.readApiKey([&](QString, KeySource, QString error) {
            answered = true;
            note = error;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        if (note.isEmpty())
            QSKIP("A system keychain answers on this machine; this test needs none.");
    }

    // The "real" EvoLink: a simulator on loopback that knows the key.
    const QString key = QStringLiteral("sk-session-only-4242");
    Simulator evolink;
    QVERIFY(evolink.start());
    evolink.addAcceptedKey(key);

    Settings settings;
    settings.setLanguage(QStringLiteral("en"));
    settings.setApiBase(evolink.baseUrl());
    settings.setFilesBase(evolink.baseUrl());
    settings.setLibraryDir(dir.filePath(QStringLiteral("videos")));
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    StudioBackend::Options options;
    options.settings = &settings;
    options.secretStore = new KeychainSecretStore(this); // the store users have
    options.journalPath = dir.filePath(QStringLiteral("data/journal.sqlite"));
    StudioBackend backend(options);
    MainWindow window(&backend, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 30000);
    QVERIFY(backend.isDemo()); // no key anywhere
    auto *banner = window.findChild<QWidget *>(QStringLiteral("demoBanner"));
    QVERIFY(banner && banner->isVisible());

    window.openPreferences(true);
    PreferencesDialog *prefs = nullptr;
    QTRY_VERIFY((prefs = window.findChild<PreferencesDialog *>()) && prefs->isVisible());
    auto *keyEdit = prefs->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    auto *buttons = prefs->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(keyEdit && buttons);
    QTest::keyClicks(keyEdit, key);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    // OK applies the key: the dialog closes and demo mode ends.
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<PreferencesDialog *>(), 30000);
    QVERIFY(!backend.isDemo());
    QCOMPARE(StudioBackendTestAccess::client(backend)->config().apiKey, key);
    QVERIFY(!banner->isVisible());
    // The key works against the server: the balance comes back.
    auto *balance = window.findChild<QLabel *>(QStringLiteral("balanceLabel"));
    QVERIFY(balance);
    QTRY_VERIFY_WITH_TIMEOUT(balance->text().contains(QStringLiteral("credits")), 10000);
    // The status bar says it lasts for this session, and how to keep it.
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("this session only")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("keychain")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("EVOLINK_API_KEY")), qPrintable(message));
    // In full where the status bar is too narrow for it.
    auto *note = window.findChild<QMessageBox *>(QStringLiteral("apiKeyNoteDialog"));
    QVERIFY(note && note->isVisible());
    QCOMPARE(note->text(), message);
    note->close();

    // Preferences tells the same when opened again.
    window.openPreferences(false);
    QTRY_VERIFY((prefs = window.findChild<PreferencesDialog *>()) && prefs->isVisible());
    auto *source = prefs->findChild<QLabel *>(QStringLiteral("keySourceLabel"));
    QVERIFY(source);
    QTRY_VERIFY2(source->text().contains(QStringLiteral("this session only")),
                 qPrintable(source->text()));
    prefs->reject();
}

QTEST_MAIN(TestSessionKey)
#include "tst_sessionkey.moc"

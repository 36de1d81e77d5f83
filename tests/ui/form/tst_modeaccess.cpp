// Issue 17 item 8 on the real MainWindow: with a key that may not use one
// model (the simulator withholds it from GET /v1/models), that mode is
// disabled in the mode picker with the reason, the other modes stay
// enabled, and a form put in that mode (a restored draft, "Generate again")
// keeps Generate off and says why.

#include "backend/StudioBackend.h"
#include "core/Mode.h"
#include "form/GenerationForm.h"
#include "platform/LanguageManager.h"
#include "platform/SecretStore.h"
#include "platform/Settings.h"
#include "sim/Simulator.h"
#include "window/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace ks;

class TestModeAccess : public QObject
{
    Q_OBJECT

private slots:
    void withheldModelDisablesItsMode();
};

void TestModeAccess::withheldModelDisablesItsMode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", dir.filePath(QStringLiteral("config")).toUtf8());
    qunsetenv("EVOLINK_API_KEY");
    qunsetenv("EVOLINK_API_BASE");
    qunsetenv("EVOLINK_FILES_BASE");

    // The "real" EvoLink: a simulator on loopback; this key may not use
    // text-to-video.
    const QString key = QStringLiteral("sk-no-text-to-video-31");
    const QString withheld = ModeInfo::modelName(Mode::TextToVideo);
    Simulator evolink;
    QVERIFY(evolink.start());
    evolink.addAcceptedKey(key);
    evolink.withholdModels(key, {withheld});

    Settings settings;
    settings.setLanguage(QStringLiteral("en"));
    settings.setApiBase(evolink.baseUrl());
    settings.setFilesBase(evolink.baseUrl());
    settings.setLibraryDir(dir.filePath(QStringLiteral("videos")));
    LanguageManager languages;
    languages.apply(QStringLiteral("en"));
    StudioBackend::Options options;
    options.settings = &settings;
    options.secretStore = new MemorySecretStore(key, this);
    options.journalPath = dir.filePath(QStringLiteral("data/journal.sqlite"));
    StudioBackend backend(options);
    MainWindow window(&backend, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startBackend();
    QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 30000);
    QVERIFY(!backend.isDemo());

    auto *combo = window.findChild<QComboBox *>(QStringLiteral("modeCombo"));
    auto *generate = window.findChild<QPushButton *>(QStringLiteral("generateButton"));
    auto *validation = window.findChild<QLabel *>(QStringLiteral("validationLabel"));
    QVERIFY(combo && generate && validation);
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    QVERIFY(model);
    const int locked = combo->findData(int(Mode::TextToVideo));
    QVERIFY(locked >= 0);

    // The list comes in the background, after the window is up.
    QTRY_VERIFY_WITH_TIMEOUT(!model->item(locked)->isEnabled(), 10000);
    QCOMPARE(evolink.requestCount(QStringLiteral("/v1/models")), 1);
    const QString reason = model->item(locked)->toolTip();
    QVERIFY2(reason.contains(QStringLiteral("no access to ") + withheld), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("EvoLink console")), qPrintable(reason));
    QVERIFY2(combo->itemText(locked).contains(QStringLiteral("no access")),
             qPrintable(combo->itemText(locked)));
    for (int i = 0; i < combo->count(); ++i) {
        if (i == locked)
            continue;
        QVERIFY2(model->item(i)->isEnabled(), qPrintable(combo->itemText(i)));
        QVERIFY(model->item(i)->toolTip().isEmpty());
    }

    // A request in that mode (as "Generate again" loads it): complete, yet
    // Generate stays off and the form says why.
    GenerationRequest request;
    request.mode = Mode::TextToVideo;
    request.prompt = QStringLiteral("A paper boat drifting down a rainy street");
    window.form()->setRequest(request);
    QCOMPARE(combo->currentIndex(), locked);
    QTRY_VERIFY2_WITH_TIMEOUT(validation->isVisible(), qPrintable(validation->text()), 5000);
    QVERIFY2(validation->text().contains(QStringLiteral("no access to ") + withheld),
             qPrintable(validation->text()));
    QVERIFY(!generate->isEnabled());
    QVERIFY2(generate->toolTip().contains(withheld), qPrintable(generate->toolTip()));
    QCOMPARE(evolink.requestCount(QStringLiteral("/v1/videos/generations")), 0);

    // The model enabled in the console: the next refresh (e.g. the key
    // saved again in Preferences) opens the mode and Generate.
    evolink.withholdModels(key, {});
    window.refreshModelAccess();
    QTRY_VERIFY_WITH_TIMEOUT(model->item(locked)->isEnabled(), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(generate->isEnabled(), qPrintable(validation->text()), 5000);
    QVERIFY(!combo->itemText(locked).contains(QStringLiteral("no access")));
}

QTEST_MAIN(TestModeAccess)
#include "tst_modeaccess.moc"

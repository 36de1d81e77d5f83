// Help → Check Installation: the action in the real MainWindow opens the
// dialog, which runs the check (the real video component, decoding off
// screen) and shows every part passed, without touching the studio's own
// journal or video folder; a failure is shown on its row, in Chinese too,
// and the rows follow a language switch while the dialog is open.

#include "DemoStudioWindow.h"
#include "backend/StudioBackend.h"
#include "check/MediaProbe.h"
#include "platform/LanguageManager.h"
#include "platform/SecretStore.h"
#include "platform/Settings.h"
#include "window/InstallationCheckDialog.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace ks;
using Step = InstallationCheck::Step;

namespace {

// A video component that is not there.
class MissingMedia final : public MediaProbe
{
public:
    QString load() override { return QStringLiteral("Missing for the test."); }
    QStringList installedBackends() const override { return {}; }
    QString backendName() const override { return {}; }
    void firstFrame(const QString &, int, QObject *, std::function<void(QSize)> done) override
    {
        done({});
    }
};

QString labelText(QWidget *dialog, const QString &name)
{
    auto *label = dialog->findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(name);
}

QString row(Step step)
{
    return QString::number(int(step));
}

} // namespace

class TestInstallationCheckDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void helpMenuRunsTheCheck();
    void failureIsShownInBothLanguages();

private:
    test::DemoStudioWindow m_studio;
};

void TestInstallationCheckDialog::initTestCase()
{
    QVERIFY(m_studio.open(this));
}

void TestInstallationCheckDialog::cleanupTestCase()
{
    m_studio.close();
}

void TestInstallationCheckDialog::helpMenuRunsTheCheck()
{
    auto *help = m_studio.window->findChild<QMenu *>(QStringLiteral("menuHelp"));
    auto *action = m_studio.window->findChild<QAction *>(QStringLiteral("actionCheckInstallation"));
    QVERIFY(help && action);
    QVERIFY(help->actions().contains(action));
    QCOMPARE(action->text(), QStringLiteral("&Check Installation…"));

    action->trigger();
    auto *dialog = m_studio.window->findChild<InstallationCheckDialog *>(
        QStringLiteral("installationCheckDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Check Installation"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->check()->isRunning(), 5000);
    QCOMPARE(labelText(dialog, QStringLiteral("checkSummary")), QStringLiteral("Checking…"));
    // A second trigger brings the same dialog forward.
    action->trigger();
    QCOMPARE(m_studio.window->findChildren<InstallationCheckDialog *>().size(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->check()->isRunning(), 65000);
    QVERIFY2(dialog->check()->passed(), qPrintable(dialog->resultText()));
    QVERIFY2(labelText(dialog, QStringLiteral("checkSummary"))
                 .startsWith(QStringLiteral("Everything Kling Studio needs")),
             qPrintable(labelText(dialog, QStringLiteral("checkSummary"))));
    for (const Step step : InstallationCheck::steps())
        QCOMPARE(labelText(dialog, QStringLiteral("checkMark") + row(step)), QStringLiteral("✓"));
    // The decoded frame's size, as the demo clip has it.
    QVERIFY2(labelText(dialog, QStringLiteral("checkDetail") + row(Step::VideoFrame))
                 .startsWith(QStringLiteral("640×360 pixels")),
             qPrintable(labelText(dialog, QStringLiteral("checkDetail") + row(Step::VideoFrame))));
    QVERIFY(dialog->resultText().contains(QStringLiteral("self-test: ok (")));
    auto *again = dialog->findChild<QPushButton *>(QStringLiteral("runCheckAgainButton"));
    QVERIFY(again && again->isEnabled());

    // The studio's own journal and video folder are untouched.
    QVERIFY(!QDir(m_studio.settings->libraryDir()).exists()
            || QDir(m_studio.settings->libraryDir()).isEmpty());
    QVERIFY(!QFile::exists(m_studio.dir.filePath(QStringLiteral("data/demo-simulator.json"))));
    dialog->close();
    QTRY_VERIFY(!m_studio.window->findChild<InstallationCheckDialog *>());
}

void TestInstallationCheckDialog::failureIsShownInBothLanguages()
{
    m_studio.languages->apply(QStringLiteral("zh_CN"));
    MissingMedia media;
    InstallationCheckDialog dialog(m_studio.window.get(), &media);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("检查安装"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.check()->isRunning() && !dialog.check()->summary().isEmpty(),
                             65000);
    QVERIFY(!dialog.check()->passed());
    const QString mediaDetail = QStringLiteral("checkDetail") + row(Step::Media);
    QCOMPARE(labelText(&dialog, QStringLiteral("checkMark") + row(Step::Media)),
             QStringLiteral("✗"));
    QCOMPARE(labelText(&dialog, QStringLiteral("checkMark") + row(Step::VideoFrame)),
             QStringLiteral("–"));
    QVERIFY2(labelText(&dialog, mediaDetail).contains(QStringLiteral("重新安装")),
             qPrintable(labelText(&dialog, mediaDetail)));
    QVERIFY2(labelText(&dialog, QStringLiteral("checkSummary")).contains(QStringLiteral("未通过")),
             qPrintable(labelText(&dialog, QStringLiteral("checkSummary"))));

    // Switched while open: the rows are worded again.
    m_studio.languages->apply(QStringLiteral("en"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Check Installation"));
    QVERIFY2(labelText(&dialog, mediaDetail).endsWith(QStringLiteral("Reinstall Kling Studio.")),
             qPrintable(labelText(&dialog, mediaDetail)));
    QVERIFY2(labelText(&dialog, QStringLiteral("checkSummary"))
                 .startsWith(QStringLiteral("Not working: Video component. ")),
             qPrintable(labelText(&dialog, QStringLiteral("checkSummary"))));
}

QTEST_MAIN(TestInstallationCheckDialog)
#include "tst_installationcheckdialog.moc"

// Issue 16 item 28 on the real MainWindow: Language has "System Default"
// (checkable, in step with Preferences, kept in the settings); Help has
// Keyboard Shortcuts (every shortcut of the window's actions, plus the
// player's keys), Prices (the estimate's own figures) and Check Installation.

#include "DemoStudioWindow.h"
#include "core/CostEstimator.h"
#include "platform/LanguageManager.h"
#include "platform/Settings.h"
#include "window/MainWindow.h"
#include "window/PriceTableDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace ks;

class TestHelpMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_studio.open(this));
        m_studio.window->startBackend();
        QTRY_VERIFY_WITH_TIMEOUT(m_studio.window->isReady(), 15000);
    }
    void cleanupTestCase() { m_studio.close(); }

    void menusHoldTheItems()
    {
        auto *help = child<QMenu>("menuHelp");
        auto *language = child<QMenu>("menuLanguage");
        QVERIFY(help && language);
        const QList<QAction *> helpItems = help->actions();
        for (const char *name : {"actionKeyboardShortcuts", "actionPrices",
                                 "actionCheckInstallation", "actionAbout"}) {
            auto *action = child<QAction>(name);
            QVERIFY2(action && helpItems.contains(action), name);
        }
        auto *system = child<QAction>("actionLanguageSystem");
        QVERIFY(system && language->actions().contains(system));
        QVERIFY(system->isCheckable());
    }

    void shortcutSheetListsTheWindowsShortcuts()
    {
        child<QAction>("actionKeyboardShortcuts")->trigger();
        QTreeWidget *tree = nullptr;
        QTRY_VERIFY(
            (tree = m_studio.window->findChild<QTreeWidget *>(QStringLiteral("shortcutTree"))));
        QStringList keys;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            keys << tree->topLevelItem(i)->text(1);
        const auto listed = [&](const QKeySequence &k) {
            const QString text = k.toString(QKeySequence::NativeText);
            for (const QString &line : std::as_const(keys)) {
                if (line.split(QStringLiteral(", ")).contains(text))
                    return true;
            }
            return false;
        };
        int checked = 0;
        for (QAction *action : m_studio.window->findChildren<QAction *>()) {
            for (const QKeySequence &k : action->shortcuts()) {
                QVERIFY2(listed(k), qPrintable(action->objectName() + u' ' + k.toString()));
                ++checked;
            }
        }
        QVERIFY(checked >= 2); // Preferences and Remove (Quit's keys depend on the platform)
        QVERIFY(listed(QKeySequence(QStringLiteral("Ctrl+,"))));
        QVERIFY(listed(QKeySequence(QKeySequence::Delete)));
        for (QShortcut *shortcut : m_studio.window->findChildren<QShortcut *>()) {
            if (!shortcut->whatsThis().isEmpty())
                QVERIFY2(listed(shortcut->key()), qPrintable(shortcut->key().toString()));
        }
        QVERIFY(listed(QKeySequence(Qt::CTRL | Qt::Key_Return))); // Generate
        for (const char *player : {"Space", "F", "J", "K", "L", ",", "."})
            QVERIFY2(listed(QKeySequence(QString::fromLatin1(player))), player);
        tree->window()->close();
    }

    // The Chinese menus carry their mnemonic in brackets ("偏好设置(&P)"):
    // the sheet names the action without it ("偏好设置", not "偏好设置(P)").
    void shortcutSheetDropsMnemonicsInChinese()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // earlier sheets
        m_studio.languages->apply(QStringLiteral("zh_CN"));
        QCoreApplication::processEvents(); // LanguageChange retranslates the menus
        child<QAction>("actionKeyboardShortcuts")->trigger();
        QTreeWidget *tree = nullptr;
        QTRY_VERIFY(
            (tree = m_studio.window->findChild<QTreeWidget *>(QStringLiteral("shortcutTree"))));
        QStringList names;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            names << tree->topLevelItem(i)->text(0);
        tree->window()->close();
        m_studio.languages->apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QVERIFY2(names.contains(QStringLiteral("偏好设置")), qPrintable(names.join(u'|')));
        QVERIFY2(names.contains(QStringLiteral("生成")), qPrintable(names.join(u'|')));
        for (const QString &name : std::as_const(names))
            QVERIFY2(!name.contains(QRegularExpression(QStringLiteral("\\([A-Z]\\)"))),
                     qPrintable(name));
    }

    void priceTableMatchesThePriceTable()
    {
        child<QAction>("actionPrices")->trigger();
        QTableWidget *table = nullptr;
        QTRY_VERIFY(
            (table = m_studio.window->findChild<QTableWidget *>(QStringLiteral("priceTable"))));
        const PriceTable prices = PriceTable::builtIn();
        const double perUsd = m_studio.settings->creditsPerUsd();
        int expectedRows = 0;
        for (Mode mode : ModeInfo::allModes()) {
            const auto rule = prices.rule(mode);
            QVERIFY(rule);
            if (rule->perCall) {
                ++expectedRows;
                continue;
            }
            const QList<std::optional<bool>> sounds = ModeInfo::hasSound(mode)
                ? QList<std::optional<bool>> {false, true}
                : QList<std::optional<bool>> {std::nullopt};
            for (Quality quality : ModeInfo::qualities(mode)) {
                for (const auto &sound : sounds) {
                    const auto mult = prices.multiplier(mode, quality, sound);
                    if (!mult)
                        continue;
                    const double credits = double(rule->baseRateUc) * *mult / 10000.0;
                    // Find the row: mode, quality and sound as shown.
                    bool found = false;
                    for (int r = 0; r < table->rowCount() && !found; ++r) {
                        const QString soundText = !sound
                            ? QStringLiteral("—")
                            : (*sound ? QStringLiteral("On") : QStringLiteral("Off"));
                        if (table->item(r, PriceTableDialog::ModeColumn)->text()
                                != ModeInfo::displayName(mode)
                            || table->item(r, PriceTableDialog::QualityColumn)->text()
                                != qualityName(quality)
                            || table->item(r, PriceTableDialog::SoundColumn)->text() != soundText)
                            continue;
                        found = true;
                        const QTableWidgetItem *c = table->item(r, PriceTableDialog::CreditsColumn);
                        const QTableWidgetItem *u = table->item(r, PriceTableDialog::UsdColumn);
                        QVERIFY(qAbs(c->data(Qt::UserRole).toDouble() - credits) < 1e-4);
                        QCOMPARE(c->text(), QString::number(credits, 'f', 2));
                        QCOMPARE(u->text(),
                                 QStringLiteral("$") + QString::number(credits / perUsd, 'f', 2));
                    }
                    QVERIFY2(found,
                             qPrintable(ModeInfo::displayName(mode) + u' ' + qualityName(quality)));
                    ++expectedRows;
                }
            }
        }
        QCOMPARE(table->rowCount(), expectedRows);
        // One figure spelled out: text to video, 1080p, sound on = 5.4 × 1.667.
        bool seen = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, PriceTableDialog::QualityColumn)->text() == u"1080p"
                && table->item(r, PriceTableDialog::SoundColumn)->text() == u"On"
                && table->item(r, PriceTableDialog::ModeColumn)->text()
                    == ModeInfo::displayName(Mode::TextToVideo)) {
                QCOMPARE(table->item(r, PriceTableDialog::CreditsColumn)->text(),
                         QStringLiteral("9.00"));
                seen = true;
            }
        }
        QVERIFY(seen);
        table->window()->close();
    }

    void systemDefaultSwitchesAndPersists()
    {
        auto *system = child<QAction>("actionLanguageSystem");
        auto *english = child<QAction>("actionLanguageEnglish");
        auto *chinese = child<QAction>("actionLanguageChinese");
        QVERIFY(system && english && chinese);
        // System Default after another language is the system's language
        // again (the default QLocale that language set is not the system's).
        const QString systemLanguage = LanguageManager::resolve(QString());
        chinese->trigger();
        QCOMPARE(m_studio.languages->current(), QStringLiteral("zh_CN"));
        system->trigger();
        QCOMPARE(m_studio.languages->current(), systemLanguage);
        english->trigger();
        QVERIFY(english->isChecked() && !system->isChecked());
        QCOMPARE(m_studio.settings->language(), QStringLiteral("en"));
        system->trigger();
        QVERIFY(system->isChecked() && !english->isChecked());
        QCOMPARE(m_studio.settings->language(), QString());
        m_studio.settings->sync();
        QCOMPARE(Settings().language(), QString()); // what the next start reads

        // Preferences and the menu show the same choice.
        english->trigger();
        child<QAction>("actionPreferences")->trigger();
        QComboBox *combo = nullptr;
        QTRY_VERIFY(
            (combo = m_studio.window->findChild<QComboBox *>(QStringLiteral("languageCombo"))));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
        combo->setCurrentIndex(combo->findData(QString()));
        auto *buttons = combo->window()->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(system->isChecked());
        QVERIFY(!english->isChecked());
        QCOMPARE(m_studio.settings->language(), QString());
    }

private:
    template<typename T> T *child(const char *name) const
    {
        return m_studio.window->findChild<T *>(QLatin1String(name));
    }
    test::DemoStudioWindow m_studio;
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"

// Which desktops get the menu bar exported to a global menu.

#include "platform/GlobalMenu.h"

#include <QCoreApplication>
#include <QtTest>

using namespace ks;

class TestGlobalMenu : public QObject
{
    Q_OBJECT
private slots:
    void offeredBy_data();
    void offeredBy();
    void policyFollowsTheDesktop();
};

void TestGlobalMenu::offeredBy_data()
{
    QTest::addColumn<QByteArray>("desktop");
    QTest::addColumn<bool>("offered");
    QTest::newRow("kde") << QByteArray("KDE") << true;
    QTest::newRow("unity, listed") << QByteArray("Unity:Unity7:ubuntu") << true;
    QTest::newRow("kde second") << QByteArray("neon: KDE") << true;
    QTest::newRow("gnome") << QByteArray("ubuntu:GNOME") << false;
    QTest::newRow("xfce") << QByteArray("XFCE") << false;
    QTest::newRow("none") << QByteArray() << false;
    QTest::newRow("kde-like name") << QByteArray("KDEish") << false;
}

void TestGlobalMenu::offeredBy()
{
    QFETCH(QByteArray, desktop);
    QFETCH(bool, offered);
    QCOMPARE(GlobalMenu::offeredBy(desktop), offered);
}

void TestGlobalMenu::policyFollowsTheDesktop()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QByteArray saved = qgetenv("XDG_CURRENT_DESKTOP");
    const auto restore = qScopeGuard([&] {
        qputenv("XDG_CURRENT_DESKTOP", saved);
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeMenuBar, false);
    });
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeMenuBar, false);
    qputenv("XDG_CURRENT_DESKTOP", "KDE");
    GlobalMenu::applyDesktopPolicy();
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_DontUseNativeMenuBar));
    qputenv("XDG_CURRENT_DESKTOP", "GNOME");
    GlobalMenu::applyDesktopPolicy();
    QVERIFY(QCoreApplication::testAttribute(Qt::AA_DontUseNativeMenuBar));
#else
    QSKIP("Only Linux and the BSDs choose between the window and a global menu");
#endif
}

QTEST_GUILESS_MAIN(TestGlobalMenu)
#include "tst_globalmenu.moc"

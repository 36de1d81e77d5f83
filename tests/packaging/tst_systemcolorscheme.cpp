// The colour-scheme decision: an override wins, then the Windows registry,
// then the platform palette, and an unknown desktop keeps the dark theme.

#include "desktop/SystemColorScheme.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

using ks::SystemColorScheme::Scheme;

class TstSystemColorScheme final : public QObject
{
    Q_OBJECT

private:
    static QPalette paletteWithWindow(const QColor &window)
    {
        QPalette p;
        p.setColor(QPalette::Window, window);
        return p;
    }

private slots:
    void decide_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QVariant>("registry");
        QTest::addColumn<QColor>("window");
        QTest::addColumn<bool>("reliable");
        QTest::addColumn<int>("expected");

        const QColor light(0xef, 0xef, 0xef);
        const QColor dark(0x2b, 0x2b, 0x2b);
        QTest::newRow("override light beats dark registry")
            << QStringLiteral("light") << QVariant(0) << dark << true << int(Scheme::Light);
        QTest::newRow("override dark beats light palette")
            << QStringLiteral(" Dark ") << QVariant() << light << true << int(Scheme::Dark);
        QTest::newRow("override system falls through")
            << QStringLiteral("system") << QVariant(1) << dark << true << int(Scheme::Light);
        QTest::newRow("windows light")
            << QString() << QVariant(1) << light << true << int(Scheme::Light);
        QTest::newRow("windows dark, light palette")
            << QString() << QVariant(0) << light << true << int(Scheme::Dark);
        QTest::newRow("windows dword as string")
            << QString() << QVariant(QStringLiteral("0")) << light << true << int(Scheme::Dark);
        QTest::newRow("garbage registry value ignored")
            << QString() << QVariant(QStringLiteral("x")) << light << false << int(Scheme::Unknown);
        QTest::newRow("macOS dark appearance")
            << QString() << QVariant() << dark << true << int(Scheme::Dark);
        QTest::newRow("macOS light appearance")
            << QString() << QVariant() << light << true << int(Scheme::Light);
        QTest::newRow("linux dark palette without plugin")
            << QString() << QVariant() << dark << false << int(Scheme::Dark);
        QTest::newRow("linux default light palette says nothing")
            << QString() << QVariant() << light << false << int(Scheme::Unknown);
    }

    void decide()
    {
        QFETCH(QString, override);
        QFETCH(QVariant, registry);
        QFETCH(QColor, window);
        QFETCH(bool, reliable);
        QFETCH(int, expected);
        QCOMPARE(int(ks::SystemColorScheme::decide(override, registry, paletteWithWindow(window),
                                                   reliable)),
                 expected);
    }

    void detectHonoursEnvironment()
    {
        qputenv("KLINGSTUDIO_COLOR_SCHEME", "light");
        QCOMPARE(ks::SystemColorScheme::detect(), Scheme::Light);
        qputenv("KLINGSTUDIO_COLOR_SCHEME", "dark");
        QCOMPARE(ks::SystemColorScheme::detect(), Scheme::Dark);
        qunsetenv("KLINGSTUDIO_COLOR_SCHEME");
    }

    void registryOnlyOnWindows()
    {
#ifdef Q_OS_WIN
        QSKIP("the value depends on the machine's settings");
#else
        QVERIFY(!ks::SystemColorScheme::windowsAppsUseLightTheme().isValid());
#endif
    }
};

QTEST_MAIN(TstSystemColorScheme)
#include "tst_systemcolorscheme.moc"

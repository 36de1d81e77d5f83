// Issue 16 item 20: on a Chinese desktop (LC_ALL=zh_CN.UTF-8) the system's
// default font is a CJK family that draws "…" as centred dots; the English
// UI must draw "Set API key…" with a Latin family, also after switching
// from Chinese at runtime, and the Chinese UI keeps its CJK family first.

#include "DemoStudioWindow.h"
#include "style/LanguageFont.h"

#include <QApplication>
#include <QFontInfo>
#include <QGlyphRun>
#include <QPushButton>
#include <QRawFont>
#include <QTextLayout>
#include <QtTest>

using namespace ks;

namespace {

// The family that draws the character at `position` of `text` in `font`.
QString familyDrawing(const QString &text, int position, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns(position, 1);
    return runs.isEmpty() ? QString() : runs.constFirst().rawFont().familyName();
}

} // namespace

class TestLanguageFont final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void englishDrawsEllipsisWithLatinFont();
    void switchingToChineseAndBack();

private:
    QString ellipsisFamily() const;
    QString m_systemFamily;
    test::DemoStudioWindow m_studio;
};

void TestLanguageFont::initTestCase()
{
    m_systemFamily = QFontInfo(QApplication::font()).family();
    if (!LanguageFont::isCjkFamily(m_systemFamily))
        QSKIP(qPrintable(QStringLiteral("the zh_CN default font here is %1, not a CJK family "
                                        "(install fonts-wqy-microhei to run this test)")
                             .arg(m_systemFamily)));
    QVERIFY(m_studio.open(this)); // English
}

void TestLanguageFont::cleanupTestCase()
{
    m_studio.close();
}

QString TestLanguageFont::ellipsisFamily() const
{
    auto *button = m_studio.window->findChild<QPushButton *>(QStringLiteral("setApiKeyButton"));
    if (!button)
        return QStringLiteral("(no setApiKeyButton)");
    const QString text = button->text();
    const int at = int(text.indexOf(QChar(0x2026)));
    if (at < 0)
        return QStringLiteral("(no ellipsis in \"%1\")").arg(text);
    return familyDrawing(text, at, button->font());
}

void TestLanguageFont::englishDrawsEllipsisWithLatinFont()
{
    const QString family = ellipsisFamily();
    QVERIFY2(!family.isEmpty() && !family.startsWith(u'(') && !LanguageFont::isCjkFamily(family),
             qPrintable(family));
    // The Latin letters too.
    QVERIFY(!LanguageFont::isCjkFamily(QFontInfo(QApplication::font()).family()));
}

void TestLanguageFont::switchingToChineseAndBack()
{
    m_studio.languages->apply(QStringLiteral("zh_CN"));
    QCOMPARE(QApplication::font().families().value(0), m_systemFamily);
    // The widgets take the new font (and text) from posted events.
    QTRY_VERIFY2(LanguageFont::isCjkFamily(ellipsisFamily()), qPrintable(ellipsisFamily()));

    m_studio.languages->apply(QStringLiteral("en"));
    QTRY_VERIFY2(!ellipsisFamily().startsWith(u'(') && !LanguageFont::isCjkFamily(ellipsisFamily()),
                 qPrintable(ellipsisFamily()));
    // Chinese text in English (a prompt) still has its CJK family.
    QVERIFY(QApplication::font().families().contains(m_systemFamily));
}

int main(int argc, char **argv)
{
    // A Chinese desktop: fontconfig picks the default family by this.
    qputenv("LC_ALL", "zh_CN.UTF-8");
    qputenv("LANG", "zh_CN.UTF-8");
    qputenv("LANGUAGE", "zh_CN");
    QApplication app(argc, argv);
    TestLanguageFont test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languagefont.moc"

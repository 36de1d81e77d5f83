// The history cards' text cache: a text is laid out once per font and
// width, elided exactly as QFontMetricsF would elide the whole text, drawn
// like QPainter::drawText, and forgotten when the base font changes.

#include "history/CardTextCache.h"

#include <QApplication>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace ks;
using Style = CardTextCache::Style;

class TestCardTextCache : public QObject
{
    Q_OBJECT

private slots:
    void laysOutEachTextOnce()
    {
        CardTextCache cache;
        cache.setBaseFont(QApplication::font());
        QImage image(300, 40, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        for (int card = 0; card < 9; ++card) {
            cache.draw(&painter, QRectF(0, 0, 60, 20), Qt::AlignHCenter, Style::Chip,
                       QStringLiteral("Done"));
            cache.draw(&painter, QRectF(0, 20, 200, 20), Qt::AlignLeft, Style::Body,
                       QStringLiteral("Text to video · 5 s · 720p · 16:9"), 200);
        }
        QCOMPARE(cache.layouts(), 2);
        QCOMPARE(cache.size(), 2);
        // Another width of the same text is another layout.
        (void)cache.text(Style::Body, QStringLiteral("Text to video · 5 s · 720p · 16:9"), 80);
        QCOMPARE(cache.layouts(), 3);

        // A new base font (the view's) drops everything.
        QFont bigger = QApplication::font();
        bigger.setPointSizeF(bigger.pointSizeF() * 1.5);
        cache.setBaseFont(bigger);
        QCOMPARE(cache.size(), 0);
        QVERIFY(cache.font(Style::Title).bold());
        QVERIFY(cache.font(Style::Chip).bold());
        QVERIFY(!cache.font(Style::Body).bold());
        QCOMPARE(cache.font(Style::Body).pointSizeF(), bigger.pointSizeF() * 0.92);
        cache.setBaseFont(bigger); // the same font again keeps what is there
        (void)cache.text(Style::Chip, QStringLiteral("Done"));
        cache.setBaseFont(bigger);
        QCOMPARE(cache.size(), 1);
    }

    void elidesLikeTheWholeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        const QString english = QStringLiteral(
            "Slow dolly shot through a misty bamboo forest at sunrise, light rays between the "
            "stalks, birds taking off, camera rising above the canopy at the end");
        const QString chinese =
            QStringLiteral("雨夜的上海街头，霓虹灯倒映在积水里，行人撑伞走过，镜头缓慢推进，"
                           "远处传来电车的铃声，画面温暖而安静");
        QString narrow;
        for (int i = 0; i < 200; ++i)
            narrow += QStringLiteral("il.");
        QString zeroWidth = QStringLiteral("a");
        for (int i = 0; i < 300; ++i)
            zeroWidth += QChar(0x200B); // zero-width spaces: the prefix alone fits
        zeroWidth += QStringLiteral(" and then the visible rest of a long prompt text");
        QTest::newRow("English, narrow card") << english << 120;
        QTest::newRow("English, wide card") << english << 600;
        QTest::newRow("English, fits") << english << 3000;
        QTest::newRow("Chinese") << chinese << 140;
        QTest::newRow("narrow glyphs") << narrow << 150;
        QTest::newRow("zero-width characters") << zeroWidth << 150;
    }

    void elidesLikeTheWholeText()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        CardTextCache cache;
        cache.setBaseFont(QApplication::font());
        for (const Style style : {Style::Title, Style::Body, Style::Chip}) {
            const QString expected = cache.metrics(style).elidedText(text, Qt::ElideRight, width);
            QCOMPARE(cache.text(style, text, width).text(), expected);
        }
    }

    void drawsLikeDrawText()
    {
        // The same pixels as QPainter::drawText for a left-aligned line.
        CardTextCache cache;
        cache.setBaseFont(QApplication::font());
        const QString text = QStringLiteral("27.00 cr · charged 27");
        const QRectF rect(4, 2, 220, 24);
        QImage cached(240, 30, QImage::Format_ARGB32_Premultiplied);
        cached.fill(Qt::black);
        QImage reference = cached;
        {
            QPainter painter(&cached);
            painter.setPen(Qt::white);
            cache.draw(&painter, rect, Qt::AlignLeft, Style::Body, text);
        }
        {
            QPainter painter(&reference);
            painter.setPen(Qt::white);
            painter.setFont(cache.font(Style::Body));
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        int differing = 0;
        int lit = 0;
        for (int y = 0; y < cached.height(); ++y) {
            for (int x = 0; x < cached.width(); ++x) {
                lit += qGray(reference.pixel(x, y)) > 128;
                differing += qAbs(qGray(cached.pixel(x, y)) - qGray(reference.pixel(x, y))) > 64;
            }
        }
        QVERIFY(lit > 50); // the reference drew the text
        QVERIFY2(differing <= lit / 10, qPrintable(QString::number(differing)));
    }

    void boundedSize()
    {
        CardTextCache cache;
        cache.setBaseFont(QApplication::font());
        for (int i = 0; i < CardTextCache::kMaxTexts + 10; ++i)
            (void)cache.text(Style::Body, QStringLiteral("11/%1/26 10:00").arg(i));
        QVERIFY(cache.size() <= CardTextCache::kMaxTexts);
        QVERIFY(cache.size() > 0);
    }
};

QTEST_MAIN(TestCardTextCache)
#include "tst_cardtextcache.moc"

// The window icon is the designed app icon of packaging/icons, at every
// size the installers ship, pixel for pixel.

#include "style/Icons.h"

#include <QApplication>
#include <QImage>
#include <QTest>

class TstAppIcon final : public QObject
{
    Q_OBJECT

private slots:
    void sizes()
    {
        const QIcon icon = ks::Icons::appIcon();
        QVERIFY(!icon.isNull());
        QList<int> sides;
        for (const QSize &size : icon.availableSizes())
            sides << size.width();
        QCOMPARE(sides, QList<int>({16, 24, 32, 48, 64, 128, 256, 512}));
    }

    void matchesPackagingArtwork_data()
    {
        QTest::addColumn<int>("side");
        for (int side : {16, 32, 256})
            QTest::addRow("%d px", side) << side;
    }

    void matchesPackagingArtwork()
    {
        QFETCH(int, side);
        // Both premultiplied: a pixmap stores its pixels that way.
        const QImage shipped = QImage(QStringLiteral(KS_ICONS_DIR "/klingstudio-%1.png").arg(side))
                                   .convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QVERIFY(!shipped.isNull());
        const QImage shown = ks::Icons::appIcon()
                                 .pixmap(QSize(side, side), 1.0)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32_Premultiplied);
        QCOMPARE(shown.size(), shipped.size());
        QVERIFY(shown == shipped);
    }
};

QTEST_MAIN(TstAppIcon)
#include "tst_appicon.moc"

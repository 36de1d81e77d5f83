// The rule of API.md §10.1 #9 for usage.credits_reserved: within ±1 % of the
// estimate × 10,000 it is UC, within ±1 % of the estimate credits, anything
// else (and anything without an estimate) is kept raw with a note.
#include "core/ReservedCredits.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace ks;

Q_DECLARE_METATYPE(ReservedCredits::Unit)

class TstReservedCredits : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void unclearTextSaysWhatWasSent();
};

void TstReservedCredits::rule_data()
{
    using Unit = ReservedCredits::Unit;
    QTest::addColumn<double>("raw");
    QTest::addColumn<qint64>("estimateUc");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<double>("credits"); // when the unit is known

    const qint64 e = 270000; // 27 credits
    QTest::newRow("credits exact") << 27.0 << e << Unit::Credits << 27.0;
    QTest::newRow("uc exact") << 270000.0 << e << Unit::Uc << 27.0;
    QTest::newRow("credits at 0.99") << 26.73 << e << Unit::Credits << 26.73;
    QTest::newRow("credits at 1.01") << 27.27 << e << Unit::Credits << 27.27;
    QTest::newRow("credits below 0.99") << 26.72 << e << Unit::Unknown << 0.0;
    QTest::newRow("credits above 1.01") << 27.28 << e << Unit::Unknown << 0.0;
    QTest::newRow("uc at 0.99") << 267300.0 << e << Unit::Uc << 26.73;
    QTest::newRow("uc at 1.01") << 272700.0 << e << Unit::Uc << 27.27;
    QTest::newRow("uc below 0.99") << 267299.0 << e << Unit::Unknown << 0.0;
    QTest::newRow("uc above 1.01") << 272701.0 << e << Unit::Unknown << 0.0;
    QTest::newRow("odd estimate in uc") << 900180.0 << qint64(900180) << Unit::Uc << 90.018;
    QTest::newRow("odd estimate in credits") << 90.018 << qint64(900180) << Unit::Credits << 90.018;
    QTest::newRow("in between") << 2700.0 << e << Unit::Unknown << 0.0;
    QTest::newRow("zero reserved") << 0.0 << e << Unit::Unknown << 0.0;
    QTest::newRow("zero estimate") << 27.0 << qint64(0) << Unit::Unknown << 0.0;
    QTest::newRow("negative estimate") << 27.0 << qint64(-270000) << Unit::Unknown << 0.0;
    QTest::newRow("negative reserved") << -27.0 << e << Unit::Unknown << 0.0;
    QTest::newRow("negative uc") << -270000.0 << e << Unit::Unknown << 0.0;
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << e << Unit::Unknown << 0.0;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << e << Unit::Unknown
                              << 0.0;
    QTest::newRow("huge") << 1e300 << e << Unit::Unknown << 0.0;
}

void TstReservedCredits::rule()
{
    QFETCH(double, raw);
    QFETCH(qint64, estimateUc);
    QFETCH(ReservedCredits::Unit, unit);
    QFETCH(double, credits);
    const ReservedCredits::Reading r = ReservedCredits::read(raw, estimateUc);
    QCOMPARE(r.unit, unit);
    if (std::isnan(raw))
        QVERIFY(std::isnan(r.raw));
    else
        QCOMPARE(r.raw, raw);
    if (unit == ReservedCredits::Unit::Unknown) {
        QVERIFY(!r.credits.has_value());
    } else {
        QVERIFY(r.credits.has_value());
        QVERIFY2(std::fabs(*r.credits - credits) < 1e-9, qPrintable(QString::number(*r.credits)));
    }
}

void TstReservedCredits::unclearTextSaysWhatWasSent()
{
    QCOMPARE(ReservedCredits::unclearText(2700, 270000),
             QStringLiteral("EvoLink reserved 2700 (unit unclear: expected about 27.00 credits)"));
    QCOMPARE(ReservedCredits::unclearText(270000, 0),
             QStringLiteral("EvoLink reserved 270000 (unit unclear)"));
}

QTEST_GUILESS_MAIN(TstReservedCredits)
#include "tst_reservedcredits.moc"

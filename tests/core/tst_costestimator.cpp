// Credit estimates against every price of API.md §7.2 and the billing rules of §7.3.
#include "core/CostEstimator.h"

#include <QTest>

using namespace ks;

namespace {
GenerationRequest make(Mode mode, int seconds, Quality q, bool sound = false)
{
    GenerationRequest r;
    r.mode = mode;
    r.durationSeconds = seconds;
    r.quality = q;
    r.sound = sound;
    return r;
}
} // namespace

class TstCostEstimator : public QObject
{
    Q_OBJECT

private slots:
    void builtInTableLoads();
    void rates_data();
    void rates();
    void durationExtremes_data();
    void durationExtremes();
    void formulaAndDriver();
    void soundIgnoredForVideoModes();
    void videoEditBilledFromInput_data();
    void videoEditBilledFromInput();
    void customElementPerCall();
    void fourKOnlyWhereListed();
    void fourKIsFiveTimes720pPerPublishedRules();
    void minimumChargeApplies();
    void rateRoundsHalfUp();
    void formatCredits_data();
    void formatCredits();
    void badTablesRejected_data();
    void badTablesRejected();
};

void TstCostEstimator::builtInTableLoads()
{
    const PriceTable t = PriceTable::builtIn();
    for (Mode m : ModeInfo::allModes())
        QVERIFY2(t.rule(m).has_value(), qPrintable(ModeInfo::modelName(m)));
    QCOMPARE(t.rule(Mode::TextToVideo)->baseRateUc, 54000);
    QCOMPARE(t.rule(Mode::ReferenceToVideo)->baseRateUc, 81000);
    QCOMPARE(t.rule(Mode::VideoEdit)->minimumChargeUc, 243000);
    QCOMPARE(t.rule(Mode::ImageToVideo)->minimumChargeUc, 162000);
    QVERIFY(t.rule(Mode::CustomElement)->perCall);
}

// Every row of API.md §7.2 as credits per second (1 s would fall under the
// minimum charge, so the per-second rate is checked via ratePerSecondUc and
// the total of a 10 s job).
void TstCostEstimator::rates_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<Quality>("quality");
    QTest::addColumn<bool>("sound");
    QTest::addColumn<qint64>("rateUc");
    QTest::addColumn<double>("multiplier");

    QTest::newRow("t2v 720p off") << Mode::TextToVideo << Quality::P720 << false << 54000LL << 1.0;
    QTest::newRow("t2v 720p on") << Mode::TextToVideo << Quality::P720 << true << 72036LL << 1.334;
    QTest::newRow("t2v 1080p off")
        << Mode::TextToVideo << Quality::P1080 << false << 72036LL << 1.334;
    QTest::newRow("t2v 1080p on") << Mode::TextToVideo << Quality::P1080 << true << 90018LL
                                  << 1.667;
    QTest::newRow("t2v 4k off") << Mode::TextToVideo << Quality::P4K << false << 270000LL << 5.0;
    QTest::newRow("t2v 4k on") << Mode::TextToVideo << Quality::P4K << true << 270000LL << 5.0;
    QTest::newRow("i2v 720p off") << Mode::ImageToVideo << Quality::P720 << false << 54000LL << 1.0;
    QTest::newRow("i2v 720p on") << Mode::ImageToVideo << Quality::P720 << true << 72036LL << 1.334;
    QTest::newRow("i2v 1080p off")
        << Mode::ImageToVideo << Quality::P1080 << false << 72036LL << 1.334;
    QTest::newRow("i2v 1080p on") << Mode::ImageToVideo << Quality::P1080 << true << 90018LL
                                  << 1.667;
    QTest::newRow("i2v 4k off") << Mode::ImageToVideo << Quality::P4K << false << 270000LL << 5.0;
    QTest::newRow("i2v 4k on") << Mode::ImageToVideo << Quality::P4K << true << 270000LL << 5.0;
    QTest::newRow("ref 720p") << Mode::ReferenceToVideo << Quality::P720 << false << 81000LL << 1.0;
    QTest::newRow("ref 1080p") << Mode::ReferenceToVideo << Quality::P1080 << false << 108054LL
                               << 1.334;
    QTest::newRow("edit 720p") << Mode::VideoEdit << Quality::P720 << false << 81000LL << 1.0;
    QTest::newRow("edit 1080p") << Mode::VideoEdit << Quality::P1080 << false << 108054LL << 1.334;
}

void TstCostEstimator::rates()
{
    QFETCH(Mode, mode);
    QFETCH(Quality, quality);
    QFETCH(bool, sound);
    QFETCH(qint64, rateUc);
    QFETCH(double, multiplier);

    GenerationRequest r = make(mode, 10, quality, sound);
    if (mode == Mode::VideoEdit)
        r.video.info.durationSeconds = 10;
    const Estimate e = CostEstimator().estimate(r);
    QVERIFY(e.valid);
    QCOMPARE(e.ratePerSecondUc, rateUc);
    QCOMPARE(e.multiplier, multiplier);
    QCOMPARE(e.billedSeconds, 10);
    QCOMPARE(e.totalUc, rateUc * 10);
    QCOMPARE(e.credits(), double(rateUc * 10) / 10000.0);
    QVERIFY(!e.perCall);
}

void TstCostEstimator::durationExtremes_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<int>("seconds");
    QTest::addColumn<Quality>("quality");
    QTest::addColumn<bool>("sound");
    QTest::addColumn<qint64>("totalUc");
    QTest::addColumn<QString>("credits");

    QTest::newRow("t2v 5s 720p off")
        << Mode::TextToVideo << 5 << Quality::P720 << false << 270000LL << QStringLiteral("27.00");
    QTest::newRow("t2v 10s 1080p on")
        << Mode::TextToVideo << 10 << Quality::P1080 << true << 900180LL << QStringLiteral("90.02");
    QTest::newRow("t2v 3s 720p off")
        << Mode::TextToVideo << 3 << Quality::P720 << false << 162000LL << QStringLiteral("16.20");
    QTest::newRow("t2v 15s 1080p on") << Mode::TextToVideo << 15 << Quality::P1080 << true
                                      << 1350270LL << QStringLiteral("135.03");
    QTest::newRow("i2v 15s 720p on") << Mode::ImageToVideo << 15 << Quality::P720 << true
                                     << 1080540LL << QStringLiteral("108.05");
    QTest::newRow("i2v 3s 1080p off") << Mode::ImageToVideo << 3 << Quality::P1080 << false
                                      << 216108LL << QStringLiteral("21.61");
    QTest::newRow("t2v 15s 4k") << Mode::TextToVideo << 15 << Quality::P4K << false << 4050000LL
                                << QStringLiteral("405.00");
    QTest::newRow("ref 5s 1080p") << Mode::ReferenceToVideo << 5 << Quality::P1080 << false
                                  << 540270LL << QStringLiteral("54.03");
    QTest::newRow("ref 3s 720p") << Mode::ReferenceToVideo << 3 << Quality::P720 << false
                                 << 243000LL << QStringLiteral("24.30");
    QTest::newRow("ref 10s 1080p") << Mode::ReferenceToVideo << 10 << Quality::P1080 << false
                                   << 1080540LL << QStringLiteral("108.05");
}

void TstCostEstimator::durationExtremes()
{
    QFETCH(Mode, mode);
    QFETCH(int, seconds);
    QFETCH(Quality, quality);
    QFETCH(bool, sound);
    QFETCH(qint64, totalUc);
    QFETCH(QString, credits);

    const Estimate e = CostEstimator().estimate(make(mode, seconds, quality, sound));
    QVERIFY(e.valid);
    QCOMPARE(e.totalUc, totalUc);
    QCOMPARE(e.billedSeconds, seconds);
    QCOMPARE(CostEstimator::formatCredits(e.totalUc), credits);
}

void TstCostEstimator::formulaAndDriver()
{
    const CostEstimator est;
    Estimate e = est.estimate(make(Mode::TextToVideo, 10, Quality::P1080, true));
    QCOMPARE(e.formula, QStringLiteral("5.4 credits/s × 10 s × 1.667"));
    QCOMPARE(e.driver, QStringLiteral("1080p, sound on ×1.667"));
    QCOMPARE(e.baseRateUc, 54000);

    e = est.estimate(make(Mode::ImageToVideo, 5, Quality::P720, false));
    QCOMPARE(e.formula, QStringLiteral("5.4 credits/s × 5 s × 1"));
    QCOMPARE(e.driver, QStringLiteral("720p, sound off ×1"));

    e = est.estimate(make(Mode::ReferenceToVideo, 5, Quality::P1080));
    QCOMPARE(e.formula, QStringLiteral("8.1 credits/s × 5 s × 1.334"));
    QCOMPARE(e.driver, QStringLiteral("1080p ×1.334"));
    QCOMPARE(e.totalUc, 540270);

    e = est.estimate(make(Mode::TextToVideo, 5, Quality::P4K, true));
    QCOMPARE(e.formula, QStringLiteral("5.4 credits/s × 5 s × 5"));
}

void TstCostEstimator::soundIgnoredForVideoModes()
{
    const CostEstimator est;
    const Estimate off = est.estimate(make(Mode::ReferenceToVideo, 5, Quality::P720, false));
    const Estimate on = est.estimate(make(Mode::ReferenceToVideo, 5, Quality::P720, true));
    QVERIFY(off.valid && on.valid);
    QCOMPARE(on.totalUc, off.totalUc);
    QCOMPARE(on.totalUc, 405000);
    QVERIFY(!on.driver.contains(QStringLiteral("sound")));
}

void TstCostEstimator::videoEditBilledFromInput_data()
{
    QTest::addColumn<double>("inputSeconds");
    QTest::addColumn<Quality>("quality");
    QTest::addColumn<int>("billed");
    QTest::addColumn<qint64>("totalUc");

    QTest::newRow("4.2 s -> 5 s") << 4.2 << Quality::P720 << 5 << 405000LL;
    QTest::newRow("5.0 s -> 5 s") << 5.0 << Quality::P720 << 5 << 405000LL;
    QTest::newRow("5.01 s -> 6 s") << 5.01 << Quality::P720 << 6 << 486000LL;
    QTest::newRow("unknown -> 5 s") << 0.0 << Quality::P720 << 5 << 405000LL;
    QTest::newRow("7.5 s 1080p -> 8 s") << 7.5 << Quality::P1080 << 8 << 864432LL;
    QTest::newRow("10 s 1080p") << 10.0 << Quality::P1080 << 10 << 1080540LL;
    QTest::newRow("1.2 s -> minimum 24.3") << 1.2 << Quality::P720 << 2 << 243000LL;
}

void TstCostEstimator::videoEditBilledFromInput()
{
    QFETCH(double, inputSeconds);
    QFETCH(Quality, quality);
    QFETCH(int, billed);
    QFETCH(qint64, totalUc);

    GenerationRequest r = make(Mode::VideoEdit, 15, quality); // duration is ignored for edit
    r.video.localPath = QStringLiteral("/tmp/in.mp4");
    r.video.info.durationSeconds = inputSeconds;
    const Estimate e = CostEstimator().estimate(r);
    QVERIFY(e.valid);
    QCOMPARE(e.billedSeconds, billed);
    QCOMPARE(e.totalUc, totalUc);
    QVERIFY(e.formula.contains(QStringLiteral("× %1 s").arg(billed)));
    if (inputSeconds == 0)
        QVERIFY(e.driver.contains(QStringLiteral("unknown")));
}

void TstCostEstimator::customElementPerCall()
{
    GenerationRequest r;
    r.mode = Mode::CustomElement;
    const Estimate e = CostEstimator().estimate(r);
    QVERIFY(e.valid);
    QVERIFY(e.perCall);
    QCOMPARE(e.totalUc, 10000);
    QCOMPARE(e.billedSeconds, 0);
    QCOMPARE(e.credits(), 1.0);
    QCOMPARE(e.formula, QStringLiteral("1 credit per element"));
    QCOMPARE(CostEstimator::formatCredits(e.totalUc), QStringLiteral("1.00"));
}

void TstCostEstimator::fourKOnlyWhereListed()
{
    const CostEstimator est;
    QVERIFY(!est.estimate(make(Mode::ReferenceToVideo, 5, Quality::P4K)).valid);
    GenerationRequest edit = make(Mode::VideoEdit, 5, Quality::P4K);
    edit.video.info.durationSeconds = 5;
    QVERIFY(!est.estimate(edit).valid);
    QVERIFY(est.estimate(make(Mode::ImageToVideo, 5, Quality::P4K)).valid);
    QVERIFY(!est.table().multiplier(Mode::ReferenceToVideo, Quality::P4K, std::nullopt));
    QCOMPARE(*est.table().multiplier(Mode::TextToVideo, Quality::P1080, true), 1.667);
    QCOMPARE(*est.table().multiplier(Mode::ReferenceToVideo, Quality::P1080, std::nullopt), 1.334);
}

void TstCostEstimator::minimumChargeApplies()
{
    // Below the documented 3 s floor, the 16.2 credit minimum binds.
    const Estimate e = CostEstimator().estimate(make(Mode::TextToVideo, 1, Quality::P720));
    QVERIFY(e.valid);
    QCOMPARE(e.totalUc, 162000);
    QVERIFY(e.driver.contains(QStringLiteral("minimum charge 16.20")));
    QVERIFY(!CostEstimator().estimate(make(Mode::TextToVideo, 0, Quality::P720)).valid);
}

void TstCostEstimator::rateRoundsHalfUp()
{
    // 3 UC/s × 1.5 = 4.5 -> 5 (half up); 3 × 1.1666 = 3.4998 -> 3.
    const QByteArray json = R"({"models":{"kling-o3-text-to-video":{"unit":"second",
        "base_rate_uc":3,"multipliers":{"720p|off":1.5,"1080p|off":1.1666}}}})";
    const auto table = PriceTable::fromJson(json);
    QVERIFY(table);
    const CostEstimator est(*table);
    Estimate e = est.estimate(make(Mode::TextToVideo, 7, Quality::P720));
    QCOMPARE(e.ratePerSecondUc, 5);
    QCOMPARE(e.totalUc, 35);
    e = est.estimate(make(Mode::TextToVideo, 7, Quality::P1080));
    QCOMPARE(e.ratePerSecondUc, 3);
    QCOMPARE(e.totalUc, 21);
    QVERIFY(!est.estimate(make(Mode::ImageToVideo, 7, Quality::P720)).valid); // not in the table
}

void TstCostEstimator::formatCredits_data()
{
    QTest::addColumn<qint64>("uc");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0LL << QStringLiteral("0.00");
    QTest::newRow("27") << 270000LL << QStringLiteral("27.00");
    QTest::newRow("90.018") << 900180LL << QStringLiteral("90.02");
    QTest::newRow("half up .005") << 50LL << QStringLiteral("0.01");
    QTest::newRow("below half .0049") << 49LL << QStringLiteral("0.00");
    QTest::newRow("54.027") << 540270LL << QStringLiteral("54.03");
    QTest::newRow("7.2036") << 72036LL << QStringLiteral("7.20");
    QTest::newRow("99.995") << 999950LL << QStringLiteral("100.00");
    QTest::newRow("large") << 123456789LL << QStringLiteral("12345.68");
    QTest::newRow("negative") << -900180LL << QStringLiteral("-90.02");
}

void TstCostEstimator::formatCredits()
{
    QFETCH(qint64, uc);
    QFETCH(QString, text);
    QCOMPARE(CostEstimator::formatCredits(uc), text);
}

void TstCostEstimator::badTablesRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("no models") << QByteArray(R"({"models":{}})");
    QTest::newRow("only unknown models")
        << QByteArray(R"({"models":{"other":{"base_rate_uc":1,"multipliers":{"720p|off":1}}}})");
    QTest::newRow("fractional base") << QByteArray(
        R"({"models":{"kling-o3-video-edit":{"base_rate_uc":1.5,"multipliers":{"720p|none":1}}}})");
    QTest::newRow("negative multiplier") << QByteArray(
        R"({"models":{"kling-o3-video-edit":{"base_rate_uc":1,"multipliers":{"720p|none":-1}}}})");
    QTest::newRow("bad unit") << QByteArray(
        R"({"models":{"kling-o3-video-edit":{"unit":"token","base_rate_uc":1,"multipliers":{"720p|none":1}}}})");
}

void TstCostEstimator::badTablesRejected()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!PriceTable::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TstCostEstimator)

// API.md §10.1 #5: 4k = 720p x 5 = 27 credits/s for T2V and I2V, sound or not,
// from the same data-driven table, and the estimate says the price comes from
// the published pricing rules (the product page shows none).
void TstCostEstimator::fourKIsFiveTimes720pPerPublishedRules()
{
    const CostEstimator est;
    for (Mode mode : {Mode::TextToVideo, Mode::ImageToVideo}) {
        for (bool sound : {false, true}) {
            const Estimate e = est.estimate(make(mode, 5, Quality::P4K, sound));
            QVERIFY(e.valid);
            QCOMPARE(e.ratePerSecondUc, 270000); // 27 credits/s
            QCOMPARE(e.totalUc, 1350000); // 135 credits for 5 s
            QCOMPARE(CostEstimator::formatCredits(e.totalUc), QStringLiteral("135.00"));
            const Estimate base = est.estimate(make(mode, 5, Quality::P720, false));
            QCOMPARE(e.totalUc, 5 * base.totalUc);
            QVERIFY2(e.driver.contains(QStringLiteral("published pricing rules")),
                     qPrintable(e.driver));
            // 720p and 1080p are on the product page: no such note.
            for (Quality q : {Quality::P720, Quality::P1080}) {
                const Estimate other = est.estimate(make(mode, 5, q, sound));
                QVERIFY2(!other.driver.contains(QStringLiteral("published pricing rules")),
                         qPrintable(other.driver));
            }
        }
    }
    QCOMPARE(est.estimate(make(Mode::TextToVideo, 15, Quality::P4K, true)).totalUc, 4050000);
}

#include "tst_costestimator.moc"

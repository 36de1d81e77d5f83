// The one rule for money (MoneyText: two decimals, exact figure on request,
// UI locale) and for sizes (ByteSizeText: SI units), the upload limits as
// checked agreeing with the limits as shown, and the multi-shot second
// sharing (ShotSeconds), issue 16 items 13, 15 and 18.

#include "core/ByteSizeText.h"
#include "core/MoneyText.h"
#include "core/RequestValidator.h"
#include "core/ShotSeconds.h"

#include <QTest>

using namespace ks;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kChinese(QLocale::Chinese, QLocale::China);
const QLocale kGerman(QLocale::German, QLocale::Germany);

MediaInfo image(qint64 bytes)
{
    return MediaInfo {MediaFormat::Png, bytes, 1024, 768, 0, 0, true};
}

MediaInfo video(qint64 bytes)
{
    return MediaInfo {MediaFormat::Mp4, bytes, 1280, 720, 5, 30, true};
}

QList<Shot> shots(const QList<int> &seconds)
{
    QList<Shot> list;
    for (int s : seconds)
        list << Shot {QStringLiteral("p"), s};
    return list;
}

QList<int> secondsOf(const QList<Shot> &list)
{
    QList<int> out;
    for (const Shot &s : list)
        out << s.durationSeconds;
    return out;
}

} // namespace

class TstNumberText final : public QObject
{
    Q_OBJECT
private slots:
    void creditsTwoDecimals_data();
    void creditsTwoDecimals();
    void exactFigures();
    void usd();
    void localeSeparator();
    void sizesAreSi();
    void imageLimitBoundary();
    void videoLimitBoundary();
    void shownLimitsMatchChecked();
    void addShotKeepsTotal();
    void removeShotGivesSecondsBack();
};

void TstNumberText::creditsTwoDecimals_data()
{
    QTest::addColumn<qint64>("uc");
    QTest::addColumn<QString>("text");
    QTest::newRow("90.018") << qint64(900180) << QStringLiteral("90.02");
    QTest::newRow("50.4252") << qint64(504252) << QStringLiteral("50.43");
    QTest::newRow("32.4") << qint64(324000) << QStringLiteral("32.40");
    QTest::newRow("1") << qint64(10000) << QStringLiteral("1.00");
    QTest::newRow("half up") << qint64(50) << QStringLiteral("0.01");
    QTest::newRow("below half") << qint64(49) << QStringLiteral("0.00");
    QTest::newRow("grouped") << qint64(12345678900) << QStringLiteral("1,234,567.89");
}

void TstNumberText::creditsTwoDecimals()
{
    QFETCH(qint64, uc);
    QFETCH(QString, text);
    QCOMPARE(MoneyText::creditsUc(uc, kEnglish), text);
    // The server's figures (doubles) follow the same rule.
    QCOMPARE(MoneyText::credits(double(uc) / 10000.0, kEnglish), text);
}

void TstNumberText::exactFigures()
{
    QCOMPARE(MoneyText::exactCreditsUc(900180, kEnglish), QStringLiteral("90.018"));
    QCOMPARE(MoneyText::exactCreditsUc(504252, kEnglish), QStringLiteral("50.4252"));
    QCOMPARE(MoneyText::exactCreditsUc(10000, kEnglish), QStringLiteral("1"));
    QCOMPARE(MoneyText::exactCredits(32.4, kEnglish), QStringLiteral("32.4"));
    QCOMPARE(MoneyText::exactCredits(0.1 + 0.2, kEnglish), QStringLiteral("0.3"));
    QVERIFY(MoneyText::creditsToolTipUc(900180).contains(QStringLiteral("90.018")));
    QVERIFY(MoneyText::creditsToolTip(90.018).contains(QStringLiteral("90.018")));
}

void TstNumberText::usd()
{
    QCOMPARE(MoneyText::usd(1.125, kEnglish), QStringLiteral("$1.13"));
    QCOMPARE(MoneyText::usd(0.225, kEnglish), QStringLiteral("$0.23"));
    QCOMPARE(MoneyText::usd(0.75, kEnglish), QStringLiteral("$0.75"));
    QCOMPARE(MoneyText::exactUsd(0.225, kEnglish), QStringLiteral("$0.225"));
    QCOMPARE(MoneyText::exactUsd(0.75, kEnglish), QStringLiteral("$0.75"));
}

void TstNumberText::localeSeparator()
{
    QCOMPARE(MoneyText::creditsUc(900180, kChinese), QStringLiteral("90.02"));
    QCOMPARE(MoneyText::creditsUc(900180, kGerman), QStringLiteral("90,02"));
    QCOMPARE(MoneyText::exactCreditsUc(900180, kGerman), QStringLiteral("90,018"));
    QCOMPARE(ByteSizeText::format(12017524, kGerman), QStringLiteral("12,0 MB"));
}

void TstNumberText::sizesAreSi()
{
    // The report: 12,017,524 bytes shown as "11.5 MB" (binary maths, SI label).
    QCOMPARE(ByteSizeText::format(12017524, kEnglish), QStringLiteral("12.0 MB"));
    QCOMPARE(ByteSizeText::format(10000000, kEnglish), QStringLiteral("10 MB"));
    QCOMPARE(ByteSizeText::format(200000000, kEnglish), QStringLiteral("200 MB"));
    QCOMPARE(ByteSizeText::format(10485760, kEnglish), QStringLiteral("10.5 MB"));
    QCOMPARE(ByteSizeText::format(8700, kEnglish), QStringLiteral("8.7 kB"));
    QCOMPARE(ByteSizeText::format(3000000000, kEnglish), QStringLiteral("3 GB"));
}

void TstNumberText::imageLimitBoundary()
{
    // "10 MB" read the conservative way: 10,000,000 bytes. A 10 MiB file
    // (10,485,760 bytes) may be refused by the API after it was paid for.
    QVERIFY(RequestValidator::checkImage(image(10000000)).isEmpty());
    const QList<QString> over = RequestValidator::checkImage(image(10000001));
    QCOMPARE(over.size(), 1);
    QVERIFY2(over.constFirst().contains(QStringLiteral("10 MB")), qPrintable(over.constFirst()));
    QVERIFY(!RequestValidator::checkImage(image(10LL * 1024 * 1024)).isEmpty());
}

void TstNumberText::videoLimitBoundary()
{
    QVERIFY(RequestValidator::checkVideo(video(200000000)).isEmpty());
    const QList<QString> over = RequestValidator::checkVideo(video(200000001));
    QCOMPARE(over.size(), 1);
    QVERIFY2(over.constFirst().contains(QStringLiteral("200 MB")), qPrintable(over.constFirst()));
    QVERIFY(!RequestValidator::checkVideo(video(200LL * 1024 * 1024)).isEmpty());
}

void TstNumberText::shownLimitsMatchChecked()
{
    // What the drop zones print is the constant the check uses.
    QCOMPARE(ByteSizeText::format(RequestValidator::kMaxImageBytes, kEnglish),
             QStringLiteral("10 MB"));
    QCOMPARE(ByteSizeText::format(RequestValidator::kMaxVideoBytes, kEnglish),
             QStringLiteral("200 MB"));
}

void TstNumberText::addShotKeepsTotal()
{
    // One 5 s shot in a 5 s video: the new shot splits it, the total stays.
    auto board = ShotSeconds::withShotAdded(shots({5}), 5, 15);
    QVERIFY(board);
    QCOMPARE(secondsOf(board->shots), (QList<int> {3, 2}));
    QCOMPARE(board->totalSeconds, 5);
    // Seconds not yet used go to the new shot first.
    board = ShotSeconds::withShotAdded(shots({3}), 5, 15);
    QCOMPARE(secondsOf(board->shots), (QList<int> {3, 2}));
    // The last shot is at its minimum: an earlier one gives.
    board = ShotSeconds::withShotAdded(shots({4, 1}), 5, 15);
    QCOMPARE(secondsOf(board->shots), (QList<int> {2, 1, 2}));
    QCOMPARE(board->totalSeconds, 5);
    // All at 1 s: only a longer video makes room, within the mode's range.
    board = ShotSeconds::withShotAdded(shots({1, 1, 1}), 3, 15);
    QCOMPARE(secondsOf(board->shots), (QList<int> {1, 1, 1, 1}));
    QCOMPARE(board->totalSeconds, 4);
    QVERIFY(!ShotSeconds::withShotAdded(shots({1, 1, 1}), 3, 3));
}

void TstNumberText::removeShotGivesSecondsBack()
{
    QCOMPARE(secondsOf(ShotSeconds::withShotRemoved(shots({3, 2}), 1, 15)), (QList<int> {5}));
    QCOMPARE(secondsOf(ShotSeconds::withShotRemoved(shots({3, 2, 5}), 0, 15)), (QList<int> {5, 5}));
    QCOMPARE(secondsOf(ShotSeconds::withShotRemoved(shots({2, 3, 5}), 1, 15)), (QList<int> {5, 5}));
    QCOMPARE(ShotSeconds::withShotRemoved(shots({5}), 0, 15).size(), 0);
}

QTEST_GUILESS_MAIN(TstNumberText)
#include "tst_numbertext.moc"

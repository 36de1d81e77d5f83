// HeapTrimmer: requests are debounced into one trim a moment after the last
// one, and nothing stays armed afterwards (no timer firing while idle).

#include "platform/HeapTrimmer.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace ks;

class TestHeapTrimmer : public QObject
{
    Q_OBJECT

private slots:
    void debouncesIntoOneTrim();
};

void TestHeapTrimmer::debouncesIntoOneTrim()
{
    const int before = HeapTrimmer::trimCount();
    QElapsedTimer clock;
    clock.start();
    // A burst of requests (a clip paused, grabs finishing) pushes the trim back.
    for (int i = 0; i < 5; ++i) {
        HeapTrimmer::requestTrim();
        QTest::qWait(HeapTrimmer::kDelayMs / 5);
    }
    QCOMPARE(HeapTrimmer::trimCount(), before); // not yet: still within the delay
    QTRY_COMPARE_WITH_TIMEOUT(HeapTrimmer::trimCount(), before + 1, 5 * HeapTrimmer::kDelayMs);
    // The last request came 4/5 of a delay in; the trim a full delay after it.
    QVERIFY2(clock.elapsed() >= HeapTrimmer::kDelayMs * 9 / 5 - 50,
             qPrintable(QString::number(clock.elapsed())));
    // Quiet afterwards: no second trim without a new request.
    QTest::qWait(HeapTrimmer::kDelayMs + 300);
    QCOMPARE(HeapTrimmer::trimCount(), before + 1);
}

QTEST_GUILESS_MAIN(TestHeapTrimmer)
#include "tst_heaptrimmer.moc"

// HeapTrimmer: requests are debounced into one trim a moment after the last
// one, and nothing stays armed afterwards (no timer firing while idle); the
// threads of the process share two malloc arenas (glibc; elsewhere that
// check is skipped and limitArenas() must say it did nothing).

#include "platform/HeapTrimmer.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <cstdlib>
#include <thread>
#include <vector>

using namespace ks;

class TestHeapTrimmer : public QObject
{
    Q_OBJECT

private slots:
    void threadsShareTwoArenas(); // first: before any other thread exists
    void debouncesIntoOneTrim();
};

void TestHeapTrimmer::threadsShareTwoArenas()
{
    if (!HeapTrimmer::isSupported()) {
        QVERIFY(!HeapTrimmer::limitArenas());
        QCOMPARE(HeapTrimmer::arenaCount(), -1);
        QSKIP("no malloc_trim() or arena limit in this C library (glibc only)");
    }
    if (qEnvironmentVariableIsSet("MALLOC_ARENA_MAX"))
        QSKIP("MALLOC_ARENA_MAX is set in the environment, which wins");
    QVERIFY(HeapTrimmer::limitArenas());
    // Eight threads allocating at the same time: glibc gives contending
    // threads arenas of their own, up to the limit.
    constexpr int kThreads = 8;
    std::atomic<int> ready {0};
    std::vector<std::thread> threads;
    std::vector<std::vector<void *>> blocks(kThreads);
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            ++ready;
            while (ready.load() < kThreads) { }
            for (int i = 0; i < 2000; ++i)
                blocks[t].push_back(std::malloc(64 + (i % 7) * 48));
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    const int arenas = HeapTrimmer::arenaCount();
    for (auto &list : blocks)
        for (void *block : list)
            std::free(block);
    QVERIFY2(arenas >= 1 && arenas <= 2, qPrintable(QString::number(arenas)));
}

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

// HeapTrimmer: requests are debounced into one trim a moment after the last
// one, and nothing stays armed afterwards (no timer firing while idle); the
// threads of the process share two malloc arenas.

#include "HeapTrimmer.h"

#include <QElapsedTimer>
#include <QtTest>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

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
#ifdef __GLIBC__
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
    char *text = nullptr;
    size_t size = 0;
    FILE *out = open_memstream(&text, &size);
    QVERIFY(out);
    QCOMPARE(malloc_info(0, out), 0);
    std::fclose(out);
    const QByteArray info(text, qsizetype(size));
    std::free(text);
    for (auto &list : blocks)
        for (void *block : list)
            std::free(block);
    const qsizetype arenas = info.count("<heap nr=");
    QVERIFY2(arenas >= 1 && arenas <= 2, qPrintable(QString::number(arenas)));
#else
    QVERIFY(!HeapTrimmer::limitArenas());
#endif
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

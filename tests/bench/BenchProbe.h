#pragma once
// Shared measuring helpers of the benchmark executables: peak and current
// RSS from /proc/self/status, CPU time from getrusage, and a 10 ms timer
// that records the largest gap of the event loop (a blocked loop shows up
// as a late timer).

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>
#if defined(__GLIBC__)
#include <dlfcn.h>
#include <malloc.h>
#endif

namespace ks::bench {

// VmHWM / VmRSS of this process in KiB (0 when /proc is unavailable).
inline qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
// Bytes the allocator has handed out and not had back, in KiB: live heap,
// whatever RSS the allocator itself holds (0 where glibc's mallinfo2 is
// missing).
inline qint64 heapInUseKiB()
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
#else
    return 0;
#endif
}

// What SQLite has allocated (its page caches and statements), in KiB, part
// of the heap above; -1 when the library is not loaded. Qt's SQLite driver
// links the system libsqlite3, which keeps this count by default.
inline qint64 sqliteInUseKiB()
{
    void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
    if (!lib)
        return -1;
    using MemoryUsed = long long (*)();
    const auto used = reinterpret_cast<MemoryUsed>(dlsym(lib, "sqlite3_memory_used"));
    const qint64 kib = used ? qint64(used() / 1024) : -1;
    dlclose(lib);
    return kib;
}

inline qint64 peakRssKiB()
{
    return statusKiB("VmHWM");
}
inline qint64 rssKiB()
{
    return statusKiB("VmRSS");
}

// Resets VmHWM to the current RSS (Linux >= 4.0), so a later peak measures
// one phase only.
inline bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

// User + system CPU seconds of this process.
inline double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// A 10 ms timer on the event loop; the largest interval between two of its
// ticks is how long the loop was blocked at worst (10 ms when never).
class LoopGapProbe final : public QObject
{
public:
    explicit LoopGapProbe(QObject *parent = nullptr) : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_maxGapNs = qMax(m_maxGapNs, now - m_lastNs);
            m_lastNs = now;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_maxGapNs = 0;
        m_ticks = 0;
        m_timer.start();
    }
    void stop()
    {
        // The time since the last tick counts too: a loop still blocked at the end.
        const qint64 now = m_clock.nsecsElapsed();
        m_maxGapNs = qMax(m_maxGapNs, now - m_lastNs);
        m_timer.stop();
    }
    double maxGapMs() const { return double(m_maxGapNs) / 1e6; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
    int m_ticks = 0;
};

// Figures go to stdout as "key=value" lines; the driver script reads them.
inline void report(const QString &key, const QString &value)
{
    QTextStream out(stdout);
    out << key << '=' << value << '\n';
    out.flush();
}
inline void report(const QString &key, double value, int decimals = 2)
{
    report(key, QString::number(value, 'f', decimals));
}
inline void report(const QString &key, qint64 value)
{
    report(key, QString::number(value));
}

} // namespace ks::bench

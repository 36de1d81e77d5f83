// A standalone EvoLink simulator for tests that must outlive the process under
// test (kill tests). Prints "PORT <n>" on stdout, then one "REQ <method>
// <path> <status>" line per answer; reads fault commands from stdin.
//
//   simserver [--port N] [--time-scale X] [--key K]... [--state-file F]
//             [--throttle BYTES_PER_S] [--large BYTES] [--reserved-uc]
//   stdin:  drop <prefix> <count> [afterBytes] | delay <prefix> <ms> <count>
//           error <prefix> <status> <code> <count> [retryAfter]
//           fail <code> [message...] | reserved uc|credits
//           throttle <bytes/s> | expire <taskId> | clear | quit

#include "sim/Simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>

namespace {

void say(const QString &line)
{
    QTextStream out(stdout);
    out << line << Qt::endl;
}

void command(ks::Simulator &sim, const QString &line)
{
    const QStringList w = line.simplified().split(u' ', Qt::SkipEmptyParts);
    if (w.isEmpty())
        return;
    const QString &c = w.first();
    auto num = [&w](int i, qint64 fallback) {
        return i < w.size() ? w.at(i).toLongLong() : fallback;
    };
    if (c == u"drop" && w.size() >= 3)
        sim.dropConnections(w.at(1), int(num(2, 1)), num(3, 0));
    else if (c == u"delay" && w.size() >= 4)
        sim.delayResponses(w.at(1), int(num(2, 0)), int(num(3, 1)));
    else if (c == u"error" && w.size() >= 5)
        sim.injectHttpError(w.at(1), int(num(2, 500)), w.at(3), int(num(4, 1)), int(num(5, -1)));
    else if (c == u"fail" && w.size() >= 2)
        sim.failNextTask(w.at(1), w.mid(2).join(u' '));
    else if (c == u"reserved" && w.size() >= 2)
        sim.setReservedInUc(w.at(1) == u"uc");
    else if (c == u"throttle" && w.size() >= 2)
        sim.throttleDownloads(num(1, 0));
    else if (c == u"expire" && w.size() >= 2)
        sim.expireResults(w.at(1));
    else if (c == u"clear")
        sim.clearFaults();
    else if (c == u"quit")
        QCoreApplication::quit();
    else {
        say(QStringLiteral("ERR unknown command: ") + line);
        return;
    }
    say(QStringLiteral("OK ") + c);
}

// Reads stdin line by line on a thread of its own and hands each line to
// `onLine` on the receiver's thread. Portable where a QSocketNotifier on
// stdin is not (Windows pipes are no sockets). The thread is detached: it
// may sit in a blocking read until the process ends, and stop() makes sure
// no line reaches the receiver after it.
class StdinLines final
{
public:
    template<typename F>
    StdinLines(QObject *receiver, F onLine) : m_shared(std::make_shared<Shared>())
    {
        m_shared->receiver = receiver;
        std::thread([shared = m_shared, onLine] {
            QFile in;
            // Unbuffered: a buffered read would wait for a whole buffer.
            if (!in.open(0, QIODevice::ReadOnly | QIODevice::Unbuffered))
                return;
            for (;;) {
                const QByteArray line = in.readLine();
                if (line.isEmpty())
                    return; // stdin closed: keep serving until killed
                const std::lock_guard<std::mutex> lock(shared->mutex);
                if (!shared->receiver)
                    return;
                QMetaObject::invokeMethod(
                    shared->receiver,
                    [onLine, text = QString::fromUtf8(line).trimmed()] { onLine(text); },
                    Qt::QueuedConnection);
            }
        }).detach();
    }
    ~StdinLines() { stop(); }
    void stop()
    {
        const std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->receiver = nullptr;
    }

private:
    struct Shared
    {
        std::mutex mutex;
        QObject *receiver = nullptr;
    };
    std::shared_ptr<Shared> m_shared;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port (0 = any)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption scale(QStringLiteral("time-scale"), QStringLiteral("Task pace."),
                                   QStringLiteral("x"), QStringLiteral("0.1"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Accepted API key."),
                                 QStringLiteral("key"));
    const QCommandLineOption state(QStringLiteral("state-file"),
                                   QStringLiteral("Persist the task table here."),
                                   QStringLiteral("file"));
    const QCommandLineOption throttle(QStringLiteral("throttle"),
                                      QStringLiteral("Result download rate, bytes/s."),
                                      QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption large(QStringLiteral("large"),
                                   QStringLiteral("Serve every result as a body of N bytes."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption reservedUc(
        QStringLiteral("reserved-uc"),
        QStringLiteral("Report usage.credits_reserved in UC (1 credit = 10,000 UC)."));
    parser.addOptions({port, scale, key, state, throttle, large, reservedUc});
    parser.process(app);

    ks::Simulator sim;
    sim.setTimeScale(parser.value(scale).toDouble());
    for (const QString &k : parser.values(key))
        sim.addAcceptedKey(k);
    if (parser.isSet(state))
        sim.setStateFile(parser.value(state));
    sim.throttleDownloads(parser.value(throttle).toLongLong());
    sim.setReservedInUc(parser.isSet(reservedUc));
    const qint64 largeBytes = parser.value(large).toLongLong();
    if (!sim.start(quint16(parser.value(port).toUInt()))) {
        std::fprintf(stderr, "simserver: cannot listen\n");
        return 1;
    }
    QSet<QString> seen;
    QObject::connect(
        &sim, &ks::Simulator::requestHandled, &app,
        [&sim, &seen, largeBytes](const QString &method, const QString &path, int status) {
            if (largeBytes > 0) {
                for (const QString &id : sim.taskIds()) {
                    if (!seen.contains(id)) {
                        seen.insert(id);
                        sim.addLargeResult(id, largeBytes);
                    }
                }
            }
            say(QStringLiteral("REQ %1 %2 %3").arg(method, path).arg(status));
        });
    if (largeBytes > 0) {
        for (const QString &id : sim.taskIds()) {
            seen.insert(id);
            sim.addLargeResult(id, largeBytes);
        }
    }
    const StdinLines input(&app, [&sim](const QString &line) { command(sim, line); });
    say(QStringLiteral("PORT %1").arg(sim.baseUrl().port()));
    return app.exec();
}

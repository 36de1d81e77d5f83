// Network benchmarks of the api layer against loopback servers that run in
// a child process (so their work never shows up in the measured process).
//   ks_bench_net serve FILE          static HTTP server (sendfile, Range); prints port=
//   ks_bench_net sim                 hosts ks::Simulator; prints port=
//   ks_bench_net download URL OUT    ks::Downloader: seconds, MiB/s, RSS growth, loop gap
//   ks_bench_net upload BASEURL FILE EvoLinkClient::uploadFile: seconds, RSS growth, loop gap
// Servers run until their stdin closes.

#include "BenchProbe.h"

#include "api/ApiConfig.h"
#include "api/ApiReply.h"
#include "api/Downloader.h"
#include "api/EvoLinkClient.h"
#include "sim/Simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTextStream>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ks::bench;

namespace {

// ---- static file server ------------------------------------------------------

bool sendAll(int fd, const std::string &data)
{
    size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        done += size_t(n);
    }
    return true;
}

// One request per connection; enough for curl and QNetworkAccessManager.
void serveConnection(int fd, const std::string &path)
{
    std::string head;
    char buf[4096];
    while (head.find("\r\n\r\n") == std::string::npos && head.size() < 65536) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) {
            ::close(fd);
            return;
        }
        head.append(buf, size_t(n));
    }
    const int file = ::open(path.c_str(), O_RDONLY);
    struct stat st
    {
    };
    if (file < 0 || ::fstat(file, &st) != 0) {
        sendAll(fd, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        ::close(fd);
        return;
    }
    off_t offset = 0;
    const off_t size = st.st_size;
    std::string lower = head;
    for (char &c : lower)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    const size_t range = lower.find("\r\nrange: bytes=");
    std::string status = "200 OK";
    std::string extra;
    if (range != std::string::npos) {
        offset = off_t(std::strtoll(lower.c_str() + range + 15, nullptr, 10));
        if (offset >= size) {
            sendAll(fd,
                    "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */"
                        + std::to_string(size) + "\r\nContent-Length: 0\r\n\r\n");
            ::close(file);
            ::close(fd);
            return;
        }
        status = "206 Partial Content";
        extra = "Content-Range: bytes " + std::to_string(offset) + "-" + std::to_string(size - 1)
            + "/" + std::to_string(size) + "\r\n";
    }
    const bool headOnly = head.rfind("HEAD ", 0) == 0;
    sendAll(fd,
            "HTTP/1.1 " + status + "\r\nContent-Type: video/mp4\r\nContent-Length: "
                + std::to_string(size - offset) + "\r\n" + extra + "Connection: close\r\n\r\n");
    while (!headOnly && offset < size) {
        const ssize_t n = ::sendfile(fd, file, &offset, size_t(size - offset));
        if (n <= 0)
            break;
    }
    ::close(file);
    ::shutdown(fd, SHUT_WR);
    while (::recv(fd, buf, sizeof buf, 0) > 0) { }
    ::close(fd);
}

int serve(const std::string &path)
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(listener, 16) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0) {
        std::perror("listen");
        return 1;
    }
    std::printf("port=%d\n", ntohs(addr.sin_port));
    std::fflush(stdout);
    // The parent closing our stdin (or dying) ends the server.
    std::thread([] {
        char c;
        while (::read(0, &c, 1) > 0) { }
        ::_exit(0);
    }).detach();
    for (;;) {
        const int fd = ::accept(listener, nullptr, nullptr);
        if (fd < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        std::thread(serveConnection, fd, path).detach();
    }
}

// ---- simulator host ------------------------------------------------------------

int hostSimulator(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ks::Simulator sim;
    if (!sim.start())
        return 1;
    QTextStream(stdout) << "port=" << sim.baseUrl().port() << "\nkey=" << ks::Simulator::demoKey()
                        << Qt::endl;
    QSocketNotifier stdinWatch(0, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&] {
        char c;
        if (::read(0, &c, 1) <= 0)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

// ---- measured clients ----------------------------------------------------------

int download(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QUrl url(QString::fromLocal8Bit(argv[2]));
    const QString out = QString::fromLocal8Bit(argv[3]);
    QFile::remove(out);
    QFile::remove(out + QStringLiteral(".part"));

    QNetworkAccessManager nam;
    ks::Downloader downloader(&nam, url, out);
    LoopGapProbe probe;
    const qint64 baseRss = rssKiB();
    resetPeakRss();
    QElapsedTimer clock;
    QObject::connect(&downloader, &ks::Downloader::finished, &app,
                     [] { QCoreApplication::quit(); });
    probe.start();
    clock.start();
    const double cpuBefore = cpuSeconds();
    downloader.start();
    QCoreApplication::exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    if (downloader.error().isError()) {
        QTextStream(stderr) << "download failed: " << downloader.error().message << '\n';
        return 1;
    }
    const qint64 bytes = QFileInfo(downloader.targetPath()).size();
    report(QStringLiteral("bytes"), bytes);
    report(QStringLiteral("seconds"), seconds, 3);
    report(QStringLiteral("mib_per_s"), double(bytes) / (1024.0 * 1024.0) / seconds, 1);
    report(QStringLiteral("cpu_seconds"), cpuSeconds() - cpuBefore, 3);
    report(QStringLiteral("rss_base_kib"), baseRss);
    report(QStringLiteral("rss_growth_kib"), peakRssKiB() - baseRss);
    report(QStringLiteral("max_gap_ms"), probe.maxGapMs(), 1);
    QFile::remove(downloader.targetPath());
    return 0;
}

int upload(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QUrl base(QString::fromLocal8Bit(argv[2]));
    const QString file = QString::fromLocal8Bit(argv[3]);

    QNetworkAccessManager nam;
    ks::EvoLinkClient client(&nam);
    ks::ApiConfig config;
    config.apiBase = base;
    config.filesBase = base;
    config.apiKey = ks::Simulator::demoKey();
    client.setConfig(config);

    LoopGapProbe probe;
    const qint64 baseRss = rssKiB();
    resetPeakRss();
    QElapsedTimer clock;
    probe.start();
    clock.start();
    ks::ApiReply *reply = client.uploadFile(file, QStringLiteral("image/png"));
    QObject::connect(reply, &ks::ApiReply::finished, &app, [] { QCoreApplication::quit(); });
    QCoreApplication::exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    if (reply->error().isError()) {
        QTextStream(stderr) << "upload failed: " << reply->error().message << '\n';
        return 1;
    }
    const qint64 bytes = QFileInfo(file).size();
    report(QStringLiteral("bytes"), bytes);
    report(QStringLiteral("seconds"), seconds, 3);
    report(QStringLiteral("mib_per_s"), double(bytes) / (1024.0 * 1024.0) / seconds, 1);
    report(QStringLiteral("rss_growth_kib"), peakRssKiB() - baseRss);
    report(QStringLiteral("max_gap_ms"), probe.maxGapMs(), 1);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "serve" && argc == 3)
        return serve(argv[2]);
    if (mode == "sim")
        return hostSimulator(argc, argv);
    if (mode == "download" && argc == 4)
        return download(argc, argv);
    if (mode == "upload" && argc == 4)
        return upload(argc, argv);
    std::fprintf(stderr, "usage: %s serve FILE | sim | download URL OUT | upload BASEURL FILE\n",
                 argv[0]);
    return 2;
}

#pragma once
// Streams a body from a QIODevice onto a socket as the socket drains, so a
// large result is never held in memory; can stop after N bytes and close the
// connection to simulate a transfer cut off mid-way, and can frame the body
// in chunked transfer coding (an endless answer). Stops as soon as the client
// closes or aborts the connection.

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QIODevice;
class QTcpSocket;

namespace ks {

class SimBodyStreamer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimBodyStreamer)
public:
    // Sends `length` bytes read from `device` (already positioned). With
    // `dropAfter` >= 0 only that many bytes go out, then the connection closes.
    SimBodyStreamer(QTcpSocket *socket, std::shared_ptr<QIODevice> device, qint64 length,
                    qint64 dropAfter);
    ~SimBodyStreamer() override;

    // At most this many bytes per second (0 = as fast as the socket drains),
    // so a test can catch a download mid-way.
    void setRateLimit(qint64 bytesPerSecond) { m_rate = bytesPerSecond; }
    // Each piece goes out as one chunk (Transfer-Encoding: chunked); the
    // last-chunk follows when `length` is reached.
    void setChunked(bool on) { m_chunked = on; }
    void start();

signals:
    // The client closed or aborted the connection after `sent` body bytes.
    void clientLeft(qint64 sent);

private:
    void pump();
    // Stops for good and drops the connection: the client has gone.
    void clientGone();

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<QIODevice> m_device;
    qint64 m_limit = 0;
    qint64 m_sent = 0;
    qint64 m_rate = 0;
    qint64 m_budget = 0; // bytes allowed until the next tick (rate-limited)
    bool m_drop = false;
    bool m_chunked = false;
};

} // namespace ks

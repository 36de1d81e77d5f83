#pragma once
// Streams a body from a QIODevice onto a socket as the socket drains, so a
// large result is never held in memory; can stop after N bytes and close the
// connection to simulate a transfer cut off mid-way.

#include <QObject>
#include <QPointer>

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

    void start();

private:
    void pump();

    QPointer<QTcpSocket> m_socket;
    std::shared_ptr<QIODevice> m_device;
    qint64 m_limit = 0;
    qint64 m_sent = 0;
    bool m_drop = false;
};

} // namespace ks

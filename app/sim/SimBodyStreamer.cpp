#include "sim/SimBodyStreamer.h"

#include "sim/SimLog.h"

#include <QIODevice>
#include <QTcpSocket>

namespace ks {

namespace {
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kHighWater = 512 * 1024; // keep the socket buffer small
} // namespace

SimBodyStreamer::SimBodyStreamer(QTcpSocket *socket, std::shared_ptr<QIODevice> device,
                                 qint64 length, qint64 dropAfter)
    : QObject(socket), m_socket(socket), m_device(std::move(device)),
      m_limit(dropAfter >= 0 ? qMin(length, dropAfter) : length), m_drop(dropAfter >= 0)
{
}

SimBodyStreamer::~SimBodyStreamer() = default;

void SimBodyStreamer::start()
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SimBodyStreamer::pump);
    // The client closed or aborted (QTcpSocket closes its side when it reads
    // the end): stop at once, without flushing filler nobody reads.
    connect(m_socket, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state != QAbstractSocket::ConnectedState)
            clientGone();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, &SimBodyStreamer::clientGone);
    if (m_rate > 0) {
        // Ten ticks a second, each allowing a tenth of the rate.
        auto *tick = new QTimer(this);
        connect(tick, &QTimer::timeout, this, [this] {
            m_budget = qMax<qint64>(1, m_rate / 10);
            pump();
        });
        tick->start(100);
        m_budget = qMax<qint64>(1, m_rate / 10);
    }
    pump();
}

void SimBodyStreamer::clientGone()
{
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        qCDebug(lcSimServer) << "client gone after" << m_sent << "body bytes";
        m_socket->abort();
        m_socket = nullptr;
        emit clientLeft(m_sent);
    }
    deleteLater();
}

void SimBodyStreamer::pump()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        clientGone();
        return;
    }
    while (m_sent < m_limit && m_socket->bytesToWrite() < kHighWater
           && (m_rate <= 0 || m_budget > 0)) {
        qint64 want = qMin(kChunk, m_limit - m_sent);
        if (m_rate > 0)
            want = qMin(want, m_budget);
        const QByteArray chunk = m_device->read(want);
        if (chunk.isEmpty()) {
            // The source ended early: the length we promised cannot be kept,
            // so close rather than leave the client waiting.
            qCWarning(lcSimServer)
                << "body source ended after" << m_sent << "of" << m_limit << "bytes";
            disconnect(m_socket, nullptr, this, nullptr);
            m_socket->disconnectFromHost();
            deleteLater();
            return;
        }
        if (m_chunked) {
            m_socket->write(QByteArray::number(chunk.size(), 16) + "\r\n");
            m_socket->write(chunk);
            m_socket->write("\r\n");
        } else {
            m_socket->write(chunk);
        }
        m_sent += chunk.size();
        if (m_rate > 0)
            m_budget -= chunk.size();
    }
    if (m_sent >= m_limit) {
        if (m_chunked && !m_drop)
            m_socket->write("0\r\n\r\n");
        disconnect(m_socket, nullptr, this, nullptr);
        if (m_drop) {
            qCDebug(lcSimServer) << "dropping the connection after" << m_sent << "body bytes";
            m_socket->disconnectFromHost(); // flushes what was written, then closes
        }
        deleteLater();
    }
}

} // namespace ks

#include "sim/SimHttpServer.h"

#include "sim/SimHttpWire.h"

#include <QTcpServer>

#include <memory>

namespace ks {

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SimHttpServer::accept);
}

SimHttpServer::~SimHttpServer() = default;

quint16 SimHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(address, port))
        return 0;
    return m_server->serverPort();
}

quint16 SimHttpServer::serverPort() const
{
    return m_server->isListening() ? m_server->serverPort() : 0;
}

void SimHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Owned by the server object, so a socket that is still open when the
        // simulator goes is closed with it.
        socket->setParent(this);
        // The connection's parser lives in the slot, so it goes with the socket.
        auto parser = std::make_shared<SimRequestParser>();
        connect(socket, &QTcpSocket::readyRead, this,
                [this, socket, parser] { readFrom(socket, *parser); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            readFrom(socket, *parser);
    }
}

void SimHttpServer::readFrom(QTcpSocket *socket, SimRequestParser &parser)
{
    parser.feed(socket->readAll());
    for (;;) {
        SimRequest request;
        const auto status = parser.next(&request);
        if (status == SimRequestParser::Status::NeedMore) {
            if (parser.takeContinueRequest())
                socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
            return;
        }
        if (status == SimRequestParser::Status::Error) {
            SimHttpWire::writeResponse(
                socket, parser.errorStatus(), QByteArrayLiteral("text/plain"),
                SimHttpWire::reasonPhrase(parser.errorStatus()),
                {{QByteArrayLiteral("Connection"), QByteArrayLiteral("close")}});
            socket->disconnectFromHost();
            return;
        }
        request.socket = socket;
        m_handler(request);
        // The handler may have closed the connection (fault injection).
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

} // namespace ks

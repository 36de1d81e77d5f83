#pragma once
// The simulator's HTTP/1.1 server on QTcpServer: it parses each request
// (SimRequestParser) and hands it, with its socket, to one callback. The
// simulator writes the raw answer itself so that it can delay, stream,
// truncate or drop it. Written on QtCore/QtNetwork alone instead of
// QAbstractHttpServer, whose virtuals changed in Qt 6.5 and 6.8 and whose 6.8
// version no longer hands out the socket at all.

#include "sim/SimRequestParser.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

class QTcpServer;

namespace ks {

// One request as the simulator sees it, with the connection to answer on.
struct SimRequest : SimParsedRequest
{
    QPointer<QTcpSocket> socket;
};

class SimHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)
public:
    using Handler = std::function<void(const SimRequest &)>;
    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

    // Listens on address:port (0 = any free port). Returns the bound port, or
    // 0 when it cannot listen. Listening again first closes the old port.
    quint16 listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;

private:
    void accept();
    void readFrom(QTcpSocket *socket, SimRequestParser &parser);

    Handler m_handler;
    QTcpServer *m_server = nullptr;
};

} // namespace ks

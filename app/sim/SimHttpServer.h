#pragma once
// A thin QAbstractHttpServer that hands every parsed request, with its socket,
// to one callback. The simulator writes raw HTTP itself so that it can delay,
// stream, truncate or drop answers (QHttpServer's router cannot).

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>

namespace ks {

// One request as the simulator sees it; header names are lower-case.
struct SimRequest
{
    QByteArray method;
    QString path; // fully decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QPointer<QTcpSocket> socket;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)
public:
    using Handler = std::function<void(const SimRequest &)>;
    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);
    ~SimHttpServer() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace ks

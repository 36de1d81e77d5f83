#include "SimHttpServer.h"

#include "SimHttpWire.h"

#include <QHttpServerRequest>

namespace ks {

QByteArray SimRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

SimHttpServer::~SimHttpServer() = default;

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    const auto headers = request.headers();
    r.headers.reserve(headers.size());
    for (const auto &h : headers)
        r.headers.append({h.first.toLower(), h.second});
    r.body = request.body();
    r.socket = socket;
    m_handler(r);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Unreachable: handleRequest() accepts everything. Answer anyway so a
    // client never hangs.
    SimHttpWire::writeResponse(socket, 404, QByteArrayLiteral("text/plain"),
                               QByteArrayLiteral("not found"));
}

} // namespace ks

#include "sim/SimHttpWire.h"

#include <QTcpSocket>

namespace ks::SimHttpWire {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 206:
        return QByteArrayLiteral("Partial Content");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 402:
        return QByteArrayLiteral("Payment Required");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 416:
        return QByteArrayLiteral("Range Not Satisfiable");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

void writeHead(QTcpSocket *socket, int status, const HeaderList &headers)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    socket->write(head);
}

void writeResponse(QTcpSocket *socket, int status, const QByteArray &contentType,
                   const QByteArray &body, const HeaderList &extraHeaders)
{
    HeaderList headers;
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    headers.append({QByteArrayLiteral("Content-Length"), QByteArray::number(body.size())});
    headers += extraHeaders;
    writeHead(socket, status, headers);
    if (socket && socket->state() == QAbstractSocket::ConnectedState && !body.isEmpty())
        socket->write(body);
}

ByteRange parseRange(const QByteArray &header, qint64 size)
{
    ByteRange r;
    const QByteArray h = header.trimmed();
    if (!h.startsWith("bytes="))
        return r;
    const QByteArray spec = h.mid(6).trimmed();
    if (spec.contains(','))
        return r;
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return r;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    bool okA = false;
    bool okB = false;
    if (a.isEmpty()) {
        const qint64 suffix = b.toLongLong(&okB);
        if (!okB || suffix < 0)
            return r;
        if (suffix == 0 || size == 0) {
            r.kind = ByteRange::Kind::Unsatisfiable;
            return r;
        }
        r.kind = ByteRange::Kind::Satisfiable;
        r.first = qMax<qint64>(0, size - suffix);
        r.last = size - 1;
        return r;
    }
    const qint64 first = a.toLongLong(&okA);
    if (!okA || first < 0)
        return r;
    qint64 last = size - 1;
    if (!b.isEmpty()) {
        last = b.toLongLong(&okB);
        if (!okB || last < first)
            return r;
    }
    if (first >= size) {
        r.kind = ByteRange::Kind::Unsatisfiable;
        return r;
    }
    r.kind = ByteRange::Kind::Satisfiable;
    r.first = first;
    r.last = qMin(last, size - 1);
    return r;
}

} // namespace ks::SimHttpWire

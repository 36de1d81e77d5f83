#include "api/OneShotBody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstring>

namespace ks {

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
{
    // Unbuffered: QIODevice keeps no read-ahead copy of its own.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

QNetworkReply *OneShotBody::post(QNetworkAccessManager *nam, QNetworkRequest request,
                                 const QByteArray &data)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(data.size()));
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new OneShotBody(data);
    QNetworkReply *reply = nam->post(request, body);
    body->setParent(reply);
    return reply;
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_read + QIODevice::bytesAvailable();
}

bool OneShotBody::reset()
{
    m_rewindRefused = true;
    return false;
}

bool OneShotBody::seek(qint64 pos)
{
    Q_UNUSED(pos);
    m_rewindRefused = true;
    return false;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_data.size() - m_read;
    if (left <= 0)
        return -1; // the end: a sequential device says so with -1
    const qint64 n = qMin(left, maxSize);
    std::memcpy(data, m_data.constData() + m_read, size_t(n));
    m_read += n;
    return n;
}

qint64 OneShotBody::writeData(const char *data, qint64 maxSize)
{
    Q_UNUSED(data);
    Q_UNUSED(maxSize);
    return -1;
}

} // namespace ks

#pragma once
// A request body that can be read once, front to back, and never rewound.
// Qt's HTTP/1 layer sends a request again on its own when the server closes
// the connection before answering, but only if it can rewind the body. Posted
// through this device (sequential, with Content-Length and
// QNetworkRequest::DoNotBufferUploadDataAttribute, see post()), a paid
// request leaves at most once: where Qt would send it again, the reply fails
// with QNetworkReply::ContentReSendError instead.

#include <QByteArray>
#include <QIODevice>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

namespace ks {

class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)
public:
    explicit OneShotBody(const QByteArray &data, QObject *parent = nullptr);

    // POSTs `data` as a one-shot body: sets Content-Length and
    // DoNotBufferUploadDataAttribute on `request` (without both Qt would copy
    // the body into a buffer it can rewind). The body belongs to the reply.
    static QNetworkReply *post(QNetworkAccessManager *nam, QNetworkRequest request,
                               const QByteArray &data);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    // Both refuse: rewinding is what a second sending would need.
    bool reset() override;
    bool seek(qint64 pos) override;
    // Whether anyone (Qt, about to send the body again) asked to rewind it.
    bool rewindRefused() const { return m_rewindRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    const QByteArray m_data;
    qint64 m_read = 0;
    bool m_rewindRefused = false;
};

} // namespace ks

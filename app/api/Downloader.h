#pragma once
// Streams one result URL to disk: writes <target>.part as bytes arrive,
// resumes with Range after a dropped connection, renames to the target only
// when complete. Never sends the API key (results live on another host).

#include "ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace ks {

class Downloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Downloader)
public:
    Downloader(QNetworkAccessManager *nam, QUrl url, QString targetPath, QObject *parent = nullptr);
    ~Downloader() override;

    void start();
    void abort();
    const QString &targetPath() const { return m_targetPath; }
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    bool linkExpired() const { return m_expired; } // 403/404/410 on the result URL
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int n) { m_maxAttempts = n; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void request();
    void onReadyRead();
    void onFinished();
    void fail(const ApiError &error);

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    QString m_targetPath;
    QPointer<QNetworkReply> m_reply;
    QFile *m_part = nullptr;
    qint64 m_total = -1;
    QByteArray m_etag;
    int m_attempt = 0;
    int m_maxAttempts = 4;
    bool m_finished = false;
    bool m_expired = false;
    ApiError m_error;
};

} // namespace ks

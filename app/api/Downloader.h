#pragma once
// Streams one result URL to disk: writes <target>.part as bytes arrive,
// resumes with Range after a dropped connection, renames to the target only
// when complete. Never sends the API key (results live on another host).

#include "ApiError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
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
    // Stops, keeps the .part for a later resume and emits finished() with an error.
    void abort();
    // The requested path until finished(); then the file actually written,
    // "name (2).mp4" when the requested name was already taken.
    const QString &targetPath() const { return m_targetPath; }
    QString partPath() const { return m_partPath; }
    const ApiError &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    bool linkExpired() const { return m_expired; } // 403/404/410 on the result URL
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int n) { m_maxAttempts = n; }
    // Stall limit per attempt (no bytes for this long counts as a dropped connection).
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }
    // First retry delay; doubles per attempt.
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    // True while waiting to retry after a dropped connection.
    bool isRetryPending() const { return m_retryTimer.isActive(); }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void request();
    void onReadyRead();
    void onFinished();
    void fail(const ApiError &error);
    bool inspectResponse(); // false when the body must not be written
    void retryOrFail(const ApiError &error);
    void complete();
    void emitProgress(bool force);
    QString freeTargetPath() const;

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    QString m_targetPath;
    QString m_partPath;
    QPointer<QNetworkReply> m_reply;
    QFile *m_part = nullptr;
    qint64 m_total = -1;
    qint64 m_attemptStartSize = 0;
    QByteArray m_etag;
    QByteArray m_errorBody; // body of a non-2xx answer, capped
    int m_attempt = 0;
    int m_maxAttempts = 4;
    int m_transferTimeoutMs = 30000;
    int m_retryDelayMs = 500;
    QTimer m_retryTimer; // next attempt after a dropped connection
    bool m_inspected = false;
    bool m_writable = false;
    bool m_finished = false;
    bool m_expired = false;
    ApiError m_error;
    QElapsedTimer m_progressClock;
};

} // namespace ks

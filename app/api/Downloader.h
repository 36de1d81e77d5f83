#pragma once
// Streams one result URL to disk: writes <target>.part as bytes arrive,
// resumes with Range after a dropped connection, renames to the target only
// when complete and (with a verifier) checked. Never sends the API key
// (results live on another host). Bounded: at most maxBytes() are written,
// free-space headroom is kept on the disk, and retries stop after a few
// attempts or a while without new bytes.

#include "core/ApiError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStorageInfo>
#include <QTimer>
#include <QUrl>

#include <functional>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace ks {

class Downloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Downloader)
public:
    // Says why the complete file at the path is not what was asked for
    // (empty problem: it is). Runs before the rename to the target.
    struct Verdict
    {
        QString problem;
        bool keepBytes = false; // keep the .part (e.g. a real video of an odd length)
    };
    using Verifier = std::function<Verdict(const QString &path)>;

    // Without setMaxBytes(): no result this app makes comes near it.
    static constexpr qint64 kDefaultMaxBytes = qint64(4) * 1024 * 1024 * 1024;
    static constexpr int kMaxTotalAttempts = 30;

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
    // The most the file may have; a longer answer is refused (and its .part,
    // which cannot be the video, discarded).
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    // Free space left on the target's disk beyond what is written.
    void setFreeSpaceHeadroom(qint64 bytes) { m_headroom = bytes; }
    // Retries stop when no byte beyond those already held arrived for this long.
    void setNoProgressTimeout(int ms) { m_noProgressTimeoutMs = ms; }
    void setVerifier(Verifier verifier) { m_verifier = std::move(verifier); }
    // Requests sent so far (the first one and every retry).
    int requestCount() const { return m_requests; }

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
    bool writeChunk(const QByteArray &chunk);
    bool hasRoomFor(qint64 incoming, bool refresh);
    void failTooLarge(qint64 bytes, bool discardPart);
    ApiError diskFull(qint64 needed, qint64 available) const;
    ApiError writeError() const;
    ApiError hostError(ApiError error) const;
    void emitProgress(bool force);
    QString freeTargetPath() const;

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    QString m_targetPath;
    QString m_partPath;
    QPointer<QNetworkReply> m_reply;
    QFile *m_part = nullptr;
    qint64 m_total = -1;
    QByteArray m_etag;
    QByteArray m_errorBody; // body of a non-2xx answer, capped
    int m_attempt = 0; // consecutive attempts that brought no new bytes
    int m_totalAttempts = 0;
    int m_requests = 0;
    int m_maxAttempts = 4;
    qint64 m_heldBytes = 0; // most bytes ever held: a restart from 0 is no progress
    QElapsedTimer m_sinceProgress;
    int m_noProgressTimeoutMs = 120000;
    qint64 m_maxBytes = kDefaultMaxBytes;
    qint64 m_headroom;
    QStorageInfo m_storage;
    qint64 m_writtenSinceCheck = 0;
    Verifier m_verifier;
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

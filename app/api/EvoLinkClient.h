#pragma once
// Speaks the EvoLink HTTP API (API.md §1-6) on QNetworkAccessManager:
// create task, query task, list tasks, credits, models, file upload. Knows nothing
// about jobs or widgets. Every call returns an ApiReply owned by the caller.

#include "api/ApiConfig.h"
#include "api/ApiReply.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QUrlQuery;

namespace ks {

class EvoLinkClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvoLinkClient)
public:
    // No API answer is longer (JSON of a task list is a few KiB): a longer
    // one is cut off and taken as a bad response.
    static constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;
    // What Qt may buffer per reply before the body is drained.
    static constexpr qint64 kReadBufferBytes = 256 * 1024;

    explicit EvoLinkClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setConfig(const ApiConfig &config);
    const ApiConfig &config() const { return m_config; }

    // POST /v1/videos/generations with Idempotency-Key (and X-Evo-Run-Id).
    ApiReply *createTask(const QJsonObject &body, const QString &idempotencyKey);
    // GET /v1/tasks/{id}
    ApiReply *getTask(const QString &taskId);
    // GET /v1/tasks?page=1&page_size=N (API.md §1.1, unconfirmed)
    ApiReply *listRecentTasks(int pageSize = 20);
    // GET /v1/credits
    ApiReply *getCredits();
    // GET /v1/models: the models this key may use (API.md §10.1 #11), read
    // from {"data":[{"id":...}]}. An answer without such a list, or with an
    // empty one, is a BadResponse.
    ApiReply *listModels();
    // Files API, multipart POST /api/v1/files/upload/stream (the file streams
    // from disk). Fails with BadResponse when the reply's mime_type differs
    // from `mimeType` (the service refused or converted the file).
    ApiReply *uploadFile(const QString &localPath, const QString &mimeType);
    // Files API, GET /api/v1/files/quota (API.md §10.1 #10).
    ApiReply *getFileQuota();
    // POST /v1/moderations with model evolink-moderation-1.0 (API.md §10.1
    // #15): `text` (skipped when empty) and at most one image, which EvoLink
    // reads from an https link (`imageUrl`, skipped when empty). Free of
    // charge for the video; synchronous.
    ApiReply *moderate(const QString &text, const QString &imageUrl);

    // Seconds from a Retry-After value (delta-seconds or HTTP-date); -1 when
    // absent or unreadable.
    static int parseRetryAfter(const QByteArray &value);

signals:
    // Emitted for 401 so the UI can ask for a key once, whichever call hit it.
    void unauthorized();

private:
    bool prepare(ApiReply *reply, const QUrl &base, const QByteArray &encodedPath,
                 const QUrlQuery &query, QNetworkRequest *request);
    void attach(ApiReply *reply, QNetworkReply *net, const QNetworkRequest &request);
    void finishLater(ApiReply *reply, const ApiError &error);
    void onFinished(ApiReply *reply, QNetworkReply *net);
    // Moves what arrived into reply->m_body; aborts past kMaxBodyBytes.
    static void drainBody(ApiReply *reply, QNetworkReply *net);
    ApiError parseBody(ApiReply *reply, int status, const QByteArray &body);

    ApiConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace ks

#pragma once
// Speaks the EvoLink HTTP API (API.md §1-6) on QNetworkAccessManager:
// create task, query task, list tasks, credits, file upload. Knows nothing
// about jobs or widgets. Every call returns an ApiReply owned by the caller.

#include "ApiConfig.h"
#include "ApiReply.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

namespace ks {

class EvoLinkClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvoLinkClient)
public:
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
    // Files API: images by /upload/base64 (streamed body), videos by /upload/stream.
    ApiReply *uploadFile(const QString &localPath, const QString &mimeType);

signals:
    // Emitted for 401 so the UI can ask for a key once, whichever call hit it.
    void unauthorized();

private:
    ApiConfig m_config;
    QNetworkAccessManager *m_nam;
};

} // namespace ks

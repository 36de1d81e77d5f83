#include "jobs/ModelAccess.h"

#include "api/EvoLinkClient.h"
#include "platform/Logging.h"

#include <QDateTime>

namespace ks {

ModelAccess::ModelAccess(EvoLinkClient *client, const QString &cachePath, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cachePath)
{
}

ModelAccess::~ModelAccess()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool ModelAccess::isReading() const
{
    return !m_reply.isNull();
}

bool ModelAccess::allows(const QString &model) const
{
    return m_models.isEmpty() || m_models.contains(model);
}

void ModelAccess::refresh(bool demo)
{
    const ApiConfig &config = m_client->config();
    const QString fingerprint = demo || config.apiKey.isEmpty()
        ? QString()
        : ModelAccessCache::fingerprint(config.apiBase.toString(), config.apiKey);
    if (m_reply) {
        if (fingerprint == m_fingerprint)
            return; // the answer for this key is on its way
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_fingerprint = fingerprint;
    if (fingerprint.isEmpty()) {
        apply({});
        return;
    }
    // What this key could use last time, until the server says otherwise.
    const std::optional<ModelAccessCache::Entry> cached = m_cache.load(fingerprint);
    apply(cached ? cached->models : QStringList());

    ApiReply *reply = m_client->listModels();
    m_reply = reply;
    connect(reply, &ApiReply::finished, this,
            [this, reply, fingerprint] { onFinished(reply, fingerprint); });
}

void ModelAccess::onFinished(ApiReply *reply, const QString &fingerprint)
{
    reply->deleteLater();
    if (reply != m_reply || fingerprint != m_fingerprint)
        return;
    m_reply = nullptr;
    if (reply->error().isError()) {
        // Not known, so not refused: every mode stays open, the cache as it is.
        qCInfo(lcJobs) << "Model list unavailable:" << reply->error().httpStatus
                       << reply->error().code << reply->error().message;
        apply({});
        return;
    }
    const QStringList models = reply->models();
    if (!m_cache.save({fingerprint, QDateTime::currentDateTimeUtc(), models}))
        qCInfo(lcJobs) << "Model list not cached: cannot write" << m_cache.path();
    apply(models);
}

void ModelAccess::apply(const QStringList &models)
{
    if (models == m_models)
        return;
    m_models = models;
    emit changed();
}

} // namespace ks

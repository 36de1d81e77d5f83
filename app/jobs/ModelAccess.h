#pragma once
// Which EvoLink models the API key in use may call (API.md §10.1 #11). On
// refresh() the list cached for this key applies at once, then
// GET /v1/models is read in the background and cached. When the list cannot
// be read (network error, 404, an answer that is no list) every model counts
// as allowed, so nobody is locked out on a guess, and the cache is kept as
// it is. Demo mode asks nothing and allows every model.

#include "jobs/ModelAccessCache.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ks {

class ApiReply;
class EvoLinkClient;

class ModelAccess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelAccess)
public:
    ModelAccess(EvoLinkClient *client, const QString &cachePath, QObject *parent = nullptr);
    ~ModelAccess() override;

    // Call when a key is set or changed (and at start, after the first paint).
    void refresh(bool demo);
    // A list applies (from the cache or just read).
    bool isKnown() const { return !m_models.isEmpty(); }
    // True for every model while no list applies.
    bool allows(const QString &model) const;
    QStringList models() const { return m_models; }
    bool isReading() const;

signals:
    void changed();

private:
    void apply(const QStringList &models);
    void onFinished(ApiReply *reply, const QString &fingerprint);

    EvoLinkClient *m_client;
    ModelAccessCache m_cache;
    QString m_fingerprint; // of the key the current list or request is for
    QStringList m_models;
    QPointer<ApiReply> m_reply;
};

} // namespace ks

#pragma once
// The finished videos at /results/<taskId>.mp4: the bundled sample clip for
// the task's aspect ratio, played (looped) for the task's length (or a large
// synthetic body a test asked for), and
// what such a link holds when a request uses it as input.

#include "sim/SimReply.h"
#include "sim/SimRules.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace ks {

class SimTaskStore;

class SimResults final
{
public:
    explicit SimResults(const SimTaskStore &store);

    // "http://127.0.0.1:<port>" once the simulator listens.
    void setBaseUrl(const QString &base) { m_base = base; }
    QString urlFor(const QString &taskId) const;
    bool isResultUrl(const QString &url) const;

    // A result link used as input (e.g. edit a generated clip); OwnMissing
    // unless its video task completed and the link has not expired.
    SimMediaRef media(const QString &url) const;
    // The clip behind a completed video task's link, expired or not, for an
    // upload from that URL; empty otherwise.
    QByteArray clipAt(const QString &url) const;

    void addLarge(const QString &taskId, qint64 bytes);
    void forget(const QSet<QString> &taskIds);

    SimReply serve(const SimRequest &req) const;

private:
    QString prefix() const;
    QString taskIdOf(const QString &url) const;
    // The sample for the aspect ratio, stretched to `seconds` (0: as it is).
    QByteArray clipFor(const QString &aspectRatio, int seconds) const;
    QByteArray etagFor(const QString &aspectRatio, int seconds) const;

    const SimTaskStore &m_store;
    QString m_base;
    QHash<QString, QByteArray> m_clips; // "16x9", "9x16", "1x1" -> clip bytes
    QHash<QString, QByteArray> m_etags;
    mutable QHash<QString, QByteArray> m_stretched; // "16x9@10" -> clip declaring 10 s
    QHash<QString, qint64> m_large; // task id -> synthetic body size
};

} // namespace ks

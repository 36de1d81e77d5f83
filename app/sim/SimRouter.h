#pragma once
// Answers each request the server hands over: records it, applies the
// injected faults, checks the API key, picks the handler for the route, and
// writes the answer on the socket (delayed, streamed or dropped as asked).

#include "sim/SimReply.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QTcpSocket;

namespace ks {

class SimBodyStreamer;
class SimFaults;
class SimFilesApi;
class SimRequestLog;
class SimResults;
class SimTaskStore;
class SimTasksApi;

class SimRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimRouter)
public:
    SimRouter(SimRequestLog &log, SimFaults &faults, SimTaskStore &store, SimTasksApi &tasks,
              SimFilesApi &files, const SimResults &results, QObject *parent = nullptr);
    ~SimRouter() override;

    // The API answers 401 to any other key.
    void addAcceptedKey(const QString &key);
    void handle(const SimRequest &req);
    // Bodies still being streamed (results, endless or oversized answers).
    int streamingBodies() const;
    qint64 lastAbandonedBodyBytes() const { return m_lastAbandonedBodyBytes; }

signals:
    // After each answer is sent; status 0 when the connection was dropped
    // (fault injection) or the client had gone before the answer.
    void requestHandled(const QString &method, const QString &path, int status);

private:
    SimReply route(const SimRequest &req);
    // An endless (chunked) body, or one declaring `declaredLength` bytes.
    static SimReply flood(qint64 declaredLength);
    bool authorize(const SimRequest &req, QString *key, SimReply *denied) const;
    void send(const QPointer<QTcpSocket> &socket, const QByteArray &method, const QString &path,
              const SimReply &r, bool dropping, qint64 dropAfter);

    SimRequestLog &m_log;
    SimFaults &m_faults;
    SimTaskStore &m_store;
    SimTasksApi &m_tasks;
    SimFilesApi &m_files;
    const SimResults &m_results;
    QSet<QString> m_keys;
    QList<QPointer<SimBodyStreamer>> m_streamers; // null once finished
    qint64 m_lastAbandonedBodyBytes = -1;
};

} // namespace ks

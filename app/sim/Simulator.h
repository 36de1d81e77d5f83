#pragma once
// An EvoLink stand-in on its own HTTP server for demo mode and tests. It reads the
// contract on its own (own rule and price tables in this folder, no code
// shared with core/ or api/), so a mistake in the app's rules fails a test.
// Serves the API and the files API on one loopback port.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace ks {

class Simulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Simulator)
public:
    explicit Simulator(QObject *parent = nullptr);
    ~Simulator() override;

    // Listens on 127.0.0.1:port (0 = random). Returns false if it cannot.
    bool start(quint16 port = 0);
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    static QString demoKey(); // the key demo mode uses ("sk-demo-...")

    // Time scale of the task lifecycle: 1.0 = demo pace (~20 s per task),
    // tests use small values (e.g. 0.02).
    void setTimeScale(double scale);
    // Credits balance of the simulated account (402 when below a reservation).
    void setBalance(double credits);
    double balance() const;

    // Besides demoKey(), these keys are accepted too (others get 401).
    void addAcceptedKey(const QString &key);
    double timeScale() const;
    // Result links of this task now answer 403 (as after the 24 h expiry).
    void expireResults(const QString &taskId);
    // /results/<taskId>.mp4 is served as a synthetic body of `bytes` bytes (the
    // 16:9 sample clip, then SimPatternDevice filler), generated while it is
    // sent, never held in memory. Works for any id, with or without a task.
    void addLargeResult(const QString &taskId, qint64 bytes);
    // Task ids, newest first.
    QStringList taskIds() const;
    // Keeps the task table (tasks, balance, idempotency replays) in this JSON
    // file so demo jobs resume after a restart. Loads it now when it exists
    // (an unreadable file is ignored); saved after every change. start(0)
    // then prefers the port of the previous run, so stored result links stay
    // valid.
    void setStateFile(const QString &path);
    QString stateFile() const;

    // ---- fault injection (tests) ----
    // Next `count` requests whose path starts with `pathPrefix` answer with
    // `status` and the API.md §6.1 envelope for `code` (and Retry-After if >= 0).
    // `message`: error.message instead of the standard one for `code`.
    void injectHttpError(const QString &pathPrefix, int status, const QString &code, int count = 1,
                         int retryAfterSeconds = -1, const QString &message = {});
    // The next task created ends failed with this §6.2 code (or "cancelled"),
    // reporting `message` as error.message (empty: the standard one), e.g.
    // content_policy_violation with "celebrity detected in image".
    void failNextTask(const QString &errorCode, const QString &message = {});
    // The next `count` requests to `pathPrefix` are answered after `delayMs`.
    void delayResponses(const QString &pathPrefix, int delayMs, int count = 1);
    // The next `count` requests to `pathPrefix` have the connection closed
    // without an answer (after `afterBytes` body bytes for downloads). The
    // request itself is still processed, like an answer lost on the way back.
    // Note: QNetworkAccessManager silently re-sends a request (POST too) when
    // the connection closes before any answer byte, up to 3 times, unless its
    // body cannot be rewound (EvoLinkClient's creates: OneShotBody); for other
    // requests use count >= 3 to make a drop visible to a QNAM client and
    // clearFaults() afterwards. Drops after `afterBytes` > 0 of a download are
    // never re-sent by QNAM.
    void dropConnections(const QString &pathPrefix, int count = 1, qint64 afterBytes = 0);
    // Result downloads (/results/) are sent at most this fast (0 = no limit).
    void throttleDownloads(qint64 bytesPerSecond);
    // Video uploads answer 415 like the documented, image-only files API.
    void setRefuseVideoUploads(bool on);
    // `key` may not use these models (ids such as "kling-o3-video-edit"):
    // GET /v1/models leaves them out and a create for one answers 403
    // model_access_denied. An empty list gives the key every model again.
    void withholdModels(const QString &key, const QStringList &models);
    // The files quota: `maxFiles` in all (default 2000), `usedElsewhere` held
    // already; the files uploaded to this simulator count on top. Uploads past
    // it answer 403 {"success":false,"code":403,"msg":"File quota exceeded…"}.
    void setFileQuota(int maxFiles, int usedElsewhere = 0);
    // At most `limit` tasks of one model pending or processing at once per
    // key (0 = no limit, the default); a create beyond it is refused with
    // 429 `quota_exceeded` ("... concurrency limit"), no task made.
    void setTasksPerModelLimit(int limit);
    // Completed tasks report only result_data[].video_url (no results[]).
    void setResultDataOnly(bool on);
    // Tasks report usage.credits_reserved in UC (1 credit = 10,000 UC) instead
    // of credits (API.md §10.1 #9). Kept by clearFaults().
    void setReservedInUc(bool on);
    // Next `count` requests to `pathPrefix` get this raw body with status 200.
    void injectRawBody(const QString &pathPrefix, const QByteArray &body,
                       const QByteArray &contentType, int count = 1);
    // Next `count` requests to `pathPrefix` get a 200 whose body never ends
    // (chunked filler until the client closes the connection).
    void floodResponses(const QString &pathPrefix, int count = 1);
    // Next `count` requests to `pathPrefix` get a 200 that declares a
    // Content-Length of `bytes` and streams filler up to it.
    void declareHugeResponses(const QString &pathPrefix, qint64 bytes, int count = 1);
    // Next `count` requests to `pathPrefix` are answered as if they carried no
    // Range header (a host that does not resume: always the whole file, 200).
    void ignoreRanges(const QString &pathPrefix, int count = 1);
    void clearFaults();

    // Observability for tests. Requests older than the last 1024 are counted
    // by path; once that many paths are counted, those ending in an id by
    // their route ("/v1/tasks/"), so a prefix naming one such old task no
    // longer counts them.
    int requestCount(const QString &pathPrefix) const;
    // How many paths those older counts are kept for (bounded).
    int countedOldPaths() const;
    QByteArray lastRequestBody(const QString &pathPrefix) const;
    QByteArray lastRequestHeader(const QString &pathPrefix, const QByteArray &name) const;
    int taskCount() const;
    // Answer bodies still being streamed (results, endless or oversized
    // answers); one stops when it is complete or its client has gone.
    int streamingBodies() const;
    // Body bytes sent of the last streamed answer whose client went away
    // before its end (-1: none yet); shows how much a client took in before
    // it gave up on an endless answer.
    qint64 lastAbandonedBodyBytes() const;
    // Arrival times (ms, one steady clock) of every create request so far.
    QList<qint64> createArrivalsMs() const;
    // The folder that holds this session's uploads ("" before the first one);
    // it goes with the simulator.
    QString uploadDirectory() const;

signals:
    // After each answer is sent; status 0 when the connection was dropped
    // (fault injection) or the client had gone before the answer.
    void requestHandled(const QString &method, const QString &path, int status);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks

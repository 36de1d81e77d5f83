// EvoLinkClient against the simulator over real loopback HTTP: the task
// lifecycle, headers, every HTTP error class, unreadable bodies, unknown
// create outcomes, the loopback-only http rule, credits and uploads.

#include "api/EvoLinkClient.h"
#include "api/OneShotBody.h"
#include "sim/Simulator.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace ks;

namespace {

const QString kCreatePath = QStringLiteral("/v1/videos/generations");
const QString kUploadPath = QStringLiteral("/api/v1/files/upload/stream");

QJsonObject textToVideo()
{
    return QJsonObject {{QStringLiteral("model"), QStringLiteral("kling-o3-text-to-video")},
                        {QStringLiteral("prompt"), QStringLiteral("A red fox runs through snow")},
                        {QStringLiteral("duration"), 5},
                        {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")},
                        {QStringLiteral("quality"), QStringLiteral("720p")},
                        {QStringLiteral("sound"), QStringLiteral("off")}};
}

// A valid 1x1 PNG (IHDR, IDAT, IEND), written byte for byte.
QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJR"
        "U5ErkJggg==");
}

bool waitFinished(ApiReply *reply, int timeoutMs = 10000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(timeoutMs) && reply->isFinished();
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TstEvoLinkClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overlongAnswers_data();
    void overlongAnswers();
    void init();
    void createAndPollUntilCompleted();
    void resultDataOnlyStillHasUrl();
    void sendsAuthAndIdempotencyHeaders();
    void sameIdempotencyKeyReplays();
    void httpErrors_data();
    void httpErrors();
    void unauthorizedOnQuery();
    void taskNotFound();
    void unreadableBodies_data();
    void unreadableBodies();
    void droppedCreateIsOutcomeUnknown();
    void droppedCreateIsSentOnce_data();
    void droppedCreateIsSentOnce();
    void oneShotBodyRefusesToRewind();
    void createTimeoutIsOutcomeUnknown();
    void refusedConnectionIsNotOutcomeUnknown();
    void plainHttpToOtherHostRefused();
    void emptyKeyRefused();
    void redirectToOtherHostNotFollowed();
    void allowedBases_data();
    void allowedBases();
    void retryAfterForms();
    void credits();
    void listRecentTasks();
    void uploadPng();
    void uploadMimeMismatchIsError();
    void abortReportsCancelled();
    void listModels();
    void listModelsUnreadable_data();
    void listModelsUnreadable();

private:
    ApiConfig config() const;
    QString createTask();
    TaskSnapshot pollUntilTerminal(const QString &id);

    QTemporaryDir m_tmp;
    Simulator m_sim;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EvoLinkClient> m_client;
};

ApiConfig TstEvoLinkClient::config() const
{
    ApiConfig c;
    c.apiBase = m_sim.baseUrl();
    c.filesBase = m_sim.baseUrl();
    c.apiKey = Simulator::demoKey();
    c.transferTimeoutMs = 5000;
    return c;
}

QString TstEvoLinkClient::createTask()
{
    ApiReply *reply =
        m_client->createTask(textToVideo(), QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!waitFinished(reply) || reply->error().isError())
        return {};
    return reply->task().id;
}

TaskSnapshot TstEvoLinkClient::pollUntilTerminal(const QString &id)
{
    TaskSnapshot last;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20000) {
        ApiReply *poll = m_client->getTask(id);
        if (!waitFinished(poll) || poll->error().isError())
            return {};
        last = poll->task();
        delete poll;
        if (last.isTerminal())
            break;
        QTest::qWait(50); // the simulator's clock runs at 1/50 of real time
    }
    return last;
}

void TstEvoLinkClient::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("KLINGSTUDIO_DATA_DIR", m_tmp.filePath(QStringLiteral("data")).toUtf8());
    qputenv("KLINGSTUDIO_CONFIG_DIR", m_tmp.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(m_sim.start());
    m_sim.setTimeScale(0.02);
    m_client = std::make_unique<EvoLinkClient>(&m_nam);
}

void TstEvoLinkClient::init()
{
    m_sim.clearFaults();
    m_sim.setResultDataOnly(false);
    m_client->setConfig(config());
}

void TstEvoLinkClient::createAndPollUntilCompleted()
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ApiReply *create = m_client->createTask(textToVideo(), key);
    QVERIFY(!create->isFinished());
    QVERIFY(waitFinished(create));
    QCOMPARE(create->error().kind, ErrorKind::None);
    QCOMPARE(create->httpStatus(), 200);
    QVERIFY(!create->outcomeUnknown());
    QVERIFY2(create->task().id.startsWith(QStringLiteral("task-unified-")),
             qPrintable(create->task().id));
    QVERIFY(create->task().status == TaskStatus::Pending
            || create->task().status == TaskStatus::Processing);
    const QString id = create->task().id;

    const TaskSnapshot last = pollUntilTerminal(id);
    QCOMPARE(last.id, id);
    QCOMPARE(last.status, TaskStatus::Completed);
    QCOMPARE(last.progress, 100);
    QVERIFY(!last.resultUrls.isEmpty());
    QVERIFY(last.resultUrls.first().startsWith(m_sim.baseUrl().toString()));
}

void TstEvoLinkClient::resultDataOnlyStillHasUrl()
{
    m_sim.setResultDataOnly(true);
    const QString id = createTask();
    QVERIFY(!id.isEmpty());
    const TaskSnapshot last = pollUntilTerminal(id);
    QCOMPARE(last.status, TaskStatus::Completed);
    QCOMPARE(last.resultUrls.size(), 1);
}

void TstEvoLinkClient::sendsAuthAndIdempotencyHeaders()
{
    const QString key = QStringLiteral("6f1c2b7e-0d4a-4a7e-9b51-2f8c3d9e1a00");
    ApiReply *reply = m_client->createTask(textToVideo(), key);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::None);
    QCOMPARE(m_sim.lastRequestHeader(kCreatePath, "idempotency-key"), key.toLatin1());
    QCOMPARE(m_sim.lastRequestHeader(kCreatePath, "x-evo-run-id"), key.toLatin1());
    QCOMPARE(m_sim.lastRequestHeader(kCreatePath, "authorization"),
             "Bearer " + Simulator::demoKey().toLatin1());
    QVERIFY(m_sim.lastRequestHeader(kCreatePath, "content-type").startsWith("application/json"));
    QCOMPARE(m_sim.lastRequestHeader(kCreatePath, "accept"), QByteArray("application/json"));
    const QByteArray body = m_sim.lastRequestBody(kCreatePath);
    QVERIFY(body.contains("\"model\":\"kling-o3-text-to-video\""));
    QVERIFY(body.contains("\"duration\":5"));
}

void TstEvoLinkClient::sameIdempotencyKeyReplays()
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ApiReply *first = m_client->createTask(textToVideo(), key);
    QVERIFY(waitFinished(first));
    QCOMPARE(first->error().kind, ErrorKind::None);
    QVERIFY(!first->idempotentReplay());
    const int tasks = m_sim.taskCount();

    ApiReply *again = m_client->createTask(textToVideo(), key);
    QVERIFY(waitFinished(again));
    QVERIFY2(again->error().kind == ErrorKind::None, qPrintable(again->error().message));
    QVERIFY(again->idempotentReplay());
    QCOMPARE(again->task().id, first->task().id);
    QCOMPARE(m_sim.taskCount(), tasks); // nothing created or billed twice
}

void TstEvoLinkClient::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("400") << 400 << QStringLiteral("invalid_request") << -1;
    QTest::newRow("401") << 401 << QStringLiteral("unauthorized") << -1;
    QTest::newRow("402") << 402 << QStringLiteral("insufficient_quota") << -1;
    QTest::newRow("403") << 403 << QStringLiteral("model_access_denied") << -1;
    QTest::newRow("429") << 429 << QStringLiteral("rate_limit_exceeded") << 7;
    QTest::newRow("500") << 500 << QStringLiteral("internal_error") << -1;
    QTest::newRow("502") << 502 << QStringLiteral("upstream_error") << -1;
    QTest::newRow("503") << 503 << QStringLiteral("service_unavailable") << 30;
}

void TstEvoLinkClient::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, retryAfter);
    m_sim.injectHttpError(kCreatePath, status, code, 1, retryAfter);
    QSignalSpy unauthorized(m_client.get(), &EvoLinkClient::unauthorized);
    const int tasksBefore = m_sim.taskCount();

    ApiReply *reply = m_client->createTask(textToVideo(), QUuid::createUuid().toString());
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::Http);
    QCOMPARE(reply->httpStatus(), status);
    QCOMPARE(reply->error().httpStatus, status);
    QCOMPARE(reply->error().code, code);
    QCOMPARE(reply->error().retryAfterSeconds, retryAfter);
    QVERIFY(!reply->outcomeUnknown()); // the server answered: nothing was created
    QCOMPARE(m_sim.taskCount(), tasksBefore);
    QCOMPARE(unauthorized.count(), status == 401 ? 1 : 0);
}

void TstEvoLinkClient::unauthorizedOnQuery()
{
    ApiConfig c = config();
    c.apiKey = QStringLiteral("sk-not-a-valid-key");
    m_client->setConfig(c);
    QSignalSpy unauthorized(m_client.get(), &EvoLinkClient::unauthorized);
    ApiReply *reply = m_client->getCredits();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::Http);
    QCOMPARE(reply->httpStatus(), 401);
    QCOMPARE(reply->error().code, QStringLiteral("unauthorized"));
    QCOMPARE(unauthorized.count(), 1);
}

void TstEvoLinkClient::taskNotFound()
{
    ApiReply *reply = m_client->getTask(QStringLiteral("task-unified-1757169743-zzzzzzzz"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::Http);
    QCOMPARE(reply->httpStatus(), 404);
    QCOMPARE(reply->error().code, QStringLiteral("task_not_found"));

    // Characters that would change the path are percent-encoded, not sent raw.
    ApiReply *odd = m_client->getTask(QStringLiteral("../credits"));
    QVERIFY(waitFinished(odd));
    QCOMPARE(odd->error().kind, ErrorKind::Http);
    QCOMPARE(odd->httpStatus(), 400);
    QCOMPARE(odd->error().code, QStringLiteral("invalid_task_id"));
}

void TstEvoLinkClient::unreadableBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("malformed json") << QByteArray("{\"id\":\"task-unified-1-abc\",\"status\":")
                                    << QByteArray("application/json");
    QTest::newRow("html") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                          << QByteArray("text/html");
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json");
    QTest::newRow("array") << QByteArray("[1,2,3]") << QByteArray("application/json");
}

void TstEvoLinkClient::unreadableBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const QString id = createTask();
    QVERIFY(!id.isEmpty());

    m_sim.injectRawBody(QStringLiteral("/v1/tasks/"), body, contentType);
    ApiReply *query = m_client->getTask(id);
    QVERIFY(waitFinished(query));
    QCOMPARE(query->error().kind, ErrorKind::BadResponse);
    QCOMPARE(query->httpStatus(), 200);
    QVERIFY(!query->outcomeUnknown());

    m_sim.injectRawBody(QStringLiteral("/v1/credits"), body, contentType);
    ApiReply *credits = m_client->getCredits();
    QVERIFY(waitFinished(credits));
    QCOMPARE(credits->error().kind, ErrorKind::BadResponse);

    // A create that got 200 but no readable task: billed or not, we cannot tell.
    m_sim.injectRawBody(kCreatePath, body, contentType);
    ApiReply *create = m_client->createTask(textToVideo(), QUuid::createUuid().toString());
    QVERIFY(waitFinished(create));
    QCOMPARE(create->error().kind, ErrorKind::BadResponse);
    QVERIFY(create->outcomeUnknown());
}

void TstEvoLinkClient::droppedCreateIsOutcomeUnknown()
{
    const int before = m_sim.requestCount(kCreatePath);
    m_sim.dropConnections(kCreatePath, 1);
    ApiReply *reply = m_client->createTask(textToVideo(), QUuid::createUuid().toString());
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::Network);
    QVERIFY(reply->outcomeUnknown());
    QCOMPARE(m_sim.requestCount(kCreatePath), before + 1);

    // A dropped query is a plain network error: nothing to be unsure about.
    m_sim.dropConnections(QStringLiteral("/v1/credits"), 3);
    ApiReply *credits = m_client->getCredits();
    QVERIFY(waitFinished(credits));
    QCOMPARE(credits->error().kind, ErrorKind::Network);
    QVERIFY(!credits->outcomeUnknown());
}

void TstEvoLinkClient::droppedCreateIsSentOnce_data()
{
    QTest::addColumn<bool>("reuseConnection");
    QTest::newRow("new connection") << false;
    QTest::newRow("kept-alive connection") << true;
}

// The server reads the create, makes the task and closes the connection
// without an answer. Qt's HTTP layer would send the POST again on its own
// (up to 3 times, QHttpNetworkConnectionChannel::_q_error); the create must
// reach the server once and come back as "outcome unknown".
void TstEvoLinkClient::droppedCreateIsSentOnce()
{
    QFETCH(bool, reuseConnection);
    QNetworkAccessManager nam; // its own connections, fresh for this row
    EvoLinkClient client(&nam);
    client.setConfig(config());
    if (reuseConnection) {
        ApiReply *credits = client.getCredits();
        QVERIFY(waitFinished(credits));
        QVERIFY2(!credits->error().isError(), qPrintable(credits->error().message));
    }
    const int creates = m_sim.requestCount(kCreatePath);
    const int tasks = m_sim.taskCount();
    // Every attempt is dropped, so each one Qt might make shows up here.
    m_sim.dropConnections(kCreatePath, 5);
    ApiReply *reply = client.createTask(textToVideo(), QUuid::createUuid().toString());
    QVERIFY(waitFinished(reply));
    QCOMPARE(m_sim.requestCount(kCreatePath) - creates, 1);
    QCOMPARE(m_sim.taskCount() - tasks, 1);
    QCOMPARE(reply->error().kind, ErrorKind::Network);
    QVERIFY(reply->outcomeUnknown());
    QVERIFY2(reply->error().message.contains(QStringLiteral("not sent again")),
             qPrintable(reply->error().message));
}

void TstEvoLinkClient::oneShotBodyRefusesToRewind()
{
    OneShotBody body(QByteArrayLiteral("{\"a\":1}"));
    QVERIFY(body.isSequential());
    QCOMPARE(body.bytesAvailable(), qint64(7));
    QCOMPARE(body.read(3), QByteArrayLiteral("{\"a"));
    QVERIFY(!body.reset());
    QVERIFY(!body.seek(0));
    QVERIFY(body.rewindRefused());
    QCOMPARE(body.readAll(), QByteArrayLiteral("\":1}"));
    QVERIFY(body.atEnd());
    QCOMPARE(body.read(1), QByteArray());
}

void TstEvoLinkClient::createTimeoutIsOutcomeUnknown()
{
    ApiConfig c = config();
    c.transferTimeoutMs = 300;
    m_client->setConfig(c);
    m_sim.delayResponses(kCreatePath, 2000, 3);
    ApiReply *reply = m_client->createTask(textToVideo(), QUuid::createUuid().toString());
    QVERIFY(waitFinished(reply, 5000));
    QCOMPARE(reply->error().kind, ErrorKind::Network);
    QVERIFY(reply->outcomeUnknown());
}

void TstEvoLinkClient::refusedConnectionIsNotOutcomeUnknown()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    ApiConfig c = config();
    c.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_client->setConfig(c);
    ApiReply *reply = m_client->createTask(textToVideo(), QUuid::createUuid().toString());
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::Network);
    QVERIFY(!reply->outcomeUnknown());
}

void TstEvoLinkClient::plainHttpToOtherHostRefused()
{
    ApiConfig c = config();
    c.apiBase = QUrl(QStringLiteral("http://192.0.2.10:%1").arg(m_sim.baseUrl().port()));
    m_client->setConfig(c);
    QSignalSpy started(&m_nam, &QNetworkAccessManager::finished);
    ApiReply *reply = m_client->getCredits();
    QVERIFY(!reply->isFinished()); // reported asynchronously, like every answer
    QVERIFY(waitFinished(reply, 1000));
    QCOMPARE(reply->error().kind, ErrorKind::Local);
    QVERIFY2(reply->error().message.contains(QStringLiteral("loopback")),
             qPrintable(reply->error().message));
    QCOMPARE(reply->httpStatus(), 0);
    QCOMPARE(started.count(), 0); // no request was made at all

    c.apiBase = m_sim.baseUrl();
    c.filesBase = QUrl(QStringLiteral("http://files.example.com"));
    m_client->setConfig(c);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("a.png"));
    QFile f(png);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(tinyPng());
    f.close();
    const int uploadsBefore = m_sim.requestCount(kUploadPath);
    ApiReply *upload = m_client->uploadFile(png, QStringLiteral("image/png"));
    QVERIFY(waitFinished(upload, 1000));
    QCOMPARE(upload->error().kind, ErrorKind::Local);
    QCOMPARE(m_sim.requestCount(kUploadPath), uploadsBefore);
    QCOMPARE(started.count(), 0);
}

void TstEvoLinkClient::emptyKeyRefused()
{
    ApiConfig c = config();
    c.apiKey = QStringLiteral("   ");
    m_client->setConfig(c);
    const int before = m_sim.requestCount(QStringLiteral("/v1/credits"));
    ApiReply *reply = m_client->getCredits();
    QVERIFY(waitFinished(reply, 1000));
    QCOMPARE(reply->error().kind, ErrorKind::Local);
    QCOMPARE(m_sim.requestCount(QStringLiteral("/v1/credits")), before);
}

void TstEvoLinkClient::redirectToOtherHostNotFollowed()
{
    // A stand-in for a compromised or misconfigured gateway that answers with
    // a redirect to another host: following it would hand over the key.
    QTcpServer redirector;
    QVERIFY(redirector.listen(QHostAddress::LocalHost));
    const QByteArray location =
        "http://localhost:" + QByteArray::number(m_sim.baseUrl().port()) + "/v1/credits";
    connect(&redirector, &QTcpServer::newConnection, this, [&redirector, location] {
        QTcpSocket *socket = redirector.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, location] {
            if (!socket->peek(64 * 1024).contains("\r\n\r\n"))
                return;
            socket->readAll();
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + location
                          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    ApiConfig c = config();
    c.apiBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(redirector.serverPort()));
    m_client->setConfig(c);
    const int before = m_sim.requestCount(QStringLiteral("/v1/credits"));
    ApiReply *reply = m_client->getCredits();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::Network);
    QVERIFY2(reply->error().message.contains(QStringLiteral("redirect")),
             qPrintable(reply->error().message));
    QCOMPARE(m_sim.requestCount(QStringLiteral("/v1/credits")), before);
}

void TstEvoLinkClient::allowedBases_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << QStringLiteral("https://api.evolink.ai") << true;
    QTest::newRow("https ip") << QStringLiteral("https://203.0.113.5:8443") << true;
    QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http 127/8") << QStringLiteral("http://127.45.6.7") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://LocalHost:9000") << true;
    QTest::newRow("http lan") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("http remote") << QStringLiteral("http://api.evolink.ai") << false;
    QTest::newRow("http 128") << QStringLiteral("http://128.0.0.1") << false;
    QTest::newRow("localhost lookalike") << QStringLiteral("http://localhost.evil.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("empty") << QString() << false;
}

void TstEvoLinkClient::allowedBases()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(ApiConfig::isAllowedBase(QUrl(url)), allowed);
}

void TstEvoLinkClient::retryAfterForms()
{
    QCOMPARE(EvoLinkClient::parseRetryAfter("120"), 120);
    QCOMPARE(EvoLinkClient::parseRetryAfter(" 0 "), 0);
    QCOMPARE(EvoLinkClient::parseRetryAfter(""), -1);
    QCOMPARE(EvoLinkClient::parseRetryAfter("soon"), -1);
    QCOMPARE(EvoLinkClient::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), 0); // past
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(90);
    const QByteArray date =
        QLocale::c().toString(later, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    const int seconds = EvoLinkClient::parseRetryAfter(date);
    QVERIFY2(seconds >= 88 && seconds <= 90, qPrintable(QString::number(seconds)));
}

void TstEvoLinkClient::credits()
{
    m_sim.setBalance(1234.5);
    ApiReply *reply = m_client->getCredits();
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::None);
    QCOMPARE(reply->credits().userRemaining, 1234.5);
    QCOMPARE(m_sim.lastRequestHeader(QStringLiteral("/v1/credits"), "authorization"),
             "Bearer " + Simulator::demoKey().toLatin1());
    m_sim.setBalance(10000);
}

void TstEvoLinkClient::listRecentTasks()
{
    const QString id = createTask();
    QVERIFY(!id.isEmpty());
    ApiReply *reply = m_client->listRecentTasks(5);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::None);
    QVERIFY(!reply->tasks().isEmpty());
    QVERIFY(reply->tasks().size() <= 5);
    QCOMPARE(reply->tasks().first().id, id); // newest first
}

void TstEvoLinkClient::uploadPng()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("frame one.png"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(tinyPng());
    f.close();

    ApiReply *reply = m_client->uploadFile(path, QStringLiteral("image/png"));
    QSignalSpy progress(reply, &ApiReply::uploadProgress);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::None);
    QVERIFY(reply->upload().fileUrl.startsWith(QStringLiteral("http")));
    QCOMPARE(reply->upload().mimeType, QStringLiteral("image/png"));
    QVERIFY(!progress.isEmpty());

    const QByteArray contentType = m_sim.lastRequestHeader(kUploadPath, "content-type");
    QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
    QCOMPARE(m_sim.lastRequestHeader(kUploadPath, "authorization"),
             "Bearer " + Simulator::demoKey().toLatin1());
    const QByteArray body = m_sim.lastRequestBody(kUploadPath);
    QVERIFY(body.contains("name=\"file\"; filename=\"frame one.png\""));
    // Header names are case-insensitive; Qt 6.8 writes the part's in lower case.
    QVERIFY(body.toLower().contains("content-type: image/png"));
    QVERIFY(body.contains(tinyPng()));
    QVERIFY(body.contains("name=\"file_name\""));
}

void TstEvoLinkClient::uploadMimeMismatchIsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clip.mp4"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'v'));
    f.close();
    // The files service claims to have stored something else than we sent.
    m_sim.injectRawBody(
        kUploadPath,
        R"({"success":true,"code":200,"msg":"ok","data":{"file_id":"file_1","file_name":"clip.mp4","file_size":4096,"mime_type":"application/octet-stream","file_url":"https://files.example.com/clip.mp4"}})",
        "application/json");
    ApiReply *reply = m_client->uploadFile(path, QStringLiteral("video/mp4"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error().kind, ErrorKind::BadResponse);
    QVERIFY(reply->error().message.contains(QStringLiteral("application/octet-stream")));
    QVERIFY(reply->upload().fileUrl.isEmpty());

    ApiReply *missing =
        m_client->uploadFile(dir.filePath(QStringLiteral("nope.png")), QStringLiteral("image/png"));
    QVERIFY(waitFinished(missing, 1000));
    QCOMPARE(missing->error().kind, ErrorKind::Local);
    QVERIFY(missing->error().message.contains(QStringLiteral("nope.png")));
}

void TstEvoLinkClient::abortReportsCancelled()
{
    m_sim.delayResponses(QStringLiteral("/v1/credits"), 2000);
    ApiReply *reply = m_client->getCredits();
    QTimer::singleShot(100, reply, &ApiReply::abort);
    QVERIFY(waitFinished(reply, 3000));
    QCOMPARE(reply->error().kind, ErrorKind::Network);
    QVERIFY(!reply->outcomeUnknown());
}

void TstEvoLinkClient::overlongAnswers_data()
{
    QTest::addColumn<bool>("endless");
    QTest::newRow("endless chunked body") << true;
    QTest::newRow("declared 64 MiB") << false;
}

// An endless or huge answer is cut off at kMaxBodyBytes and taken as a bad
// response; a create cut off this way may have made the task (outcome unknown).
// Each row has its own simulator and connections, and each step waits until
// the simulator has stopped streaming the last one's body (it stops when the
// client closes the connection): no row or step competes with a flood that
// is still being sent.
// What the simulator sent before the client gave up is bounded too: the
// client's 4 MiB, its read buffer and the sockets' buffers, never the
// gigabytes Qt once held in memory for a create (its read-buffer limit did
// not reach a POST whose sending starts later, see EvoLinkClient::attach).
void TstEvoLinkClient::overlongAnswers()
{
    QFETCH(bool, endless);
    Simulator sim;
    QVERIFY(sim.start());
    sim.setTimeScale(0.02);
    QNetworkAccessManager nam;
    EvoLinkClient client(&nam);
    ApiConfig c = config();
    c.apiBase = c.filesBase = sim.baseUrl();
    client.setConfig(c);

    // 4 MiB read, plus Qt's 256 KiB read buffer, the loopback socket buffers
    // (a few MiB each way) and the simulator's 512 KiB high-water mark.
    const qint64 bound = qint64(32) * 1024 * 1024;
    const auto flood = [&](const QString &prefix) {
        if (endless)
            sim.floodResponses(prefix);
        else
            sim.declareHugeResponses(prefix, qint64(64) * 1024 * 1024);
    };
    ApiReply *first = client.createTask(textToVideo(), QUuid::createUuid().toString());
    QVERIFY(waitFinished(first));
    QVERIFY2(!first->error().isError(), qPrintable(first->error().message));
    const QString id = first->task().id;
    QVERIFY(!id.isEmpty());

    flood(QStringLiteral("/v1/tasks/"));
    ApiReply *query = client.getTask(id);
    QVERIFY(waitFinished(query, 30000));
    QCOMPARE(query->error().kind, ErrorKind::BadResponse);
    QCOMPARE(query->error().code, QStringLiteral("response_too_long"));
    QVERIFY(!query->outcomeUnknown());
    QTRY_COMPARE_WITH_TIMEOUT(sim.streamingBodies(), 0, 10000);
    QVERIFY2(sim.lastAbandonedBodyBytes() <= bound,
             qPrintable(QString::number(sim.lastAbandonedBodyBytes())));

    flood(QStringLiteral("/v1/tasks"));
    ApiReply *list = client.listRecentTasks();
    QVERIFY(waitFinished(list, 30000));
    QCOMPARE(list->error().code, QStringLiteral("response_too_long"));
    QTRY_COMPARE_WITH_TIMEOUT(sim.streamingBodies(), 0, 10000);
    QVERIFY2(sim.lastAbandonedBodyBytes() <= bound,
             qPrintable(QString::number(sim.lastAbandonedBodyBytes())));

    flood(kCreatePath);
    ApiReply *create = client.createTask(textToVideo(), QUuid::createUuid().toString());
    QVERIFY(waitFinished(create, 30000));
    QCOMPARE(create->error().kind, ErrorKind::BadResponse);
    QCOMPARE(create->error().code, QStringLiteral("response_too_long"));
    QVERIFY(create->outcomeUnknown());
    QTRY_COMPARE_WITH_TIMEOUT(sim.streamingBodies(), 0, 10000);
    QVERIFY2(sim.lastAbandonedBodyBytes() <= bound,
             qPrintable(QString::number(sim.lastAbandonedBodyBytes())));

    // The client goes on working.
    ApiReply *again = client.getTask(id);
    QVERIFY(waitFinished(again));
    QVERIFY2(again->error().kind == ErrorKind::None, qPrintable(again->error().message));
}

void TstEvoLinkClient::listModels()
{
    // API.md §10.1 #11: GET /v1/models lists the models the key may use.
    ApiReply *all = m_client->listModels();
    QVERIFY(waitFinished(all));
    QVERIFY2(!all->error().isError(), qPrintable(all->error().message));
    QVERIFY(all->models().contains(QStringLiteral("kling-o3-text-to-video")));
    QVERIFY(all->models().contains(QStringLiteral("kling-o3-video-edit")));
    QCOMPARE(m_sim.lastRequestHeader(QStringLiteral("/v1/models"), "Authorization"),
             QByteArray("Bearer ") + Simulator::demoKey().toUtf8());

    m_sim.withholdModels(Simulator::demoKey(), {QStringLiteral("kling-o3-video-edit")});
    ApiReply *some = m_client->listModels();
    QVERIFY(waitFinished(some));
    QVERIFY2(!some->error().isError(), qPrintable(some->error().message));
    QVERIFY(some->models().contains(QStringLiteral("kling-o3-text-to-video")));
    QVERIFY(!some->models().contains(QStringLiteral("kling-o3-video-edit")));
    QCOMPARE(some->models().size(), all->models().size() - 1);
    m_sim.withholdModels(Simulator::demoKey(), {});
}

void TstEvoLinkClient::listModelsUnreadable_data()
{
    QTest::addColumn<QByteArray>("body"); // empty: a 404 instead
    QTest::newRow("404") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>gateway</body></html>");
    QTest::newRow("no data") << QByteArray(R"({"object":"list"})");
    QTest::newRow("empty list") << QByteArray(R"({"object":"list","data":[]})");
    QTest::newRow("no ids") << QByteArray(R"({"data":[{"name":"x"},42]})");
}

void TstEvoLinkClient::listModelsUnreadable()
{
    QFETCH(QByteArray, body);
    if (body.isEmpty())
        m_sim.injectHttpError(QStringLiteral("/v1/models"), 404, QStringLiteral("not_found"));
    else
        m_sim.injectRawBody(QStringLiteral("/v1/models"), body, "application/json");
    ApiReply *reply = m_client->listModels();
    QVERIFY(waitFinished(reply));
    // No list, so the caller cannot take anything as refused.
    QVERIFY(reply->error().isError());
    QVERIFY(reply->models().isEmpty());
}

QTEST_GUILESS_MAIN(TstEvoLinkClient)
#include "tst_evolinkclient.moc"

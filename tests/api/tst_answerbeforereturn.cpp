// An answer can be complete before the call that asked for it returns: on a
// fast link and a busy machine, Qt's HTTP thread delivers the whole reply
// while EvoLinkClient::attach() runs Qt's start-up call for the request.
// Such an answer must still reach whoever connects to ApiReply::finished()
// right after the call returns (before the fix, it was lost and a job
// waited for its poll forever: the hung CLI runs of tst_cli and tst_kill).
//
// A network access manager whose replies are complete at once stands in for
// that timing, which real HTTP only shows now and then: its reply signals
// arrive as queued calls to the reply object, as Qt's HTTP thread sends them.

#include "api/ApiReply.h"
#include "api/EvoLinkClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>

using namespace ks;

namespace {

class InstantReply final : public QNetworkReply
{
public:
    InstantReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op,
                 QObject *parent)
        : QNetworkReply(parent),
          m_body(R"({"id":"task-unified-1-instant0","object":"video.generation.task",)"
                 R"("model":"kling-o3-text-to-video","status":"processing","progress":40,)"
                 R"("created":1760000000})")
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit metaDataChanged();
                emit readyRead();
                setFinished(true);
                emit finished();
            },
            Qt::QueuedConnection);
    }

    void abort() override { }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_pos + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
};

class InstantNetwork final : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *) override
    {
        ++requests;
        return new InstantReply(request, op, this);
    }
};

} // namespace

class TestAnswerBeforeReturn : public QObject
{
    Q_OBJECT

private slots:
    void pollAnswerReachesTheCaller()
    {
        InstantNetwork network;
        EvoLinkClient client(&network);
        ApiConfig config;
        config.apiBase = QUrl(QStringLiteral("http://127.0.0.1:9"));
        config.filesBase = config.apiBase;
        config.apiKey = QStringLiteral("sk-instant-answer");
        client.setConfig(config);
        for (int i = 0; i < 3; ++i) {
            std::unique_ptr<ApiReply> reply(
                client.getTask(QStringLiteral("task-unified-1-instant0")));
            QSignalSpy finished(reply.get(), &ApiReply::finished);
            QVERIFY(finished.wait(2000));
            QCOMPARE(finished.size(), 1);
            QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
            QCOMPARE(reply->task().progress, 40);
            QTest::qWait(20);
            QCOMPARE(finished.size(), 1); // told once
        }
        QCOMPARE(network.requests, 3);
    }
};

QTEST_MAIN(TestAnswerBeforeReturn)
#include "tst_answerbeforereturn.moc"

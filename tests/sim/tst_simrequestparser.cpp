// The simulator's HTTP/1.1 request parser: requests split anywhere across
// reads, several on one connection, chunked and Content-Length bodies, and
// the malformed heads a server must refuse instead of guessing.

#include "sim/SimRequestParser.h"

#include <QTest>

using ks::SimParsedRequest;
using ks::SimRequestParser;

namespace {

// Feeds `wire` in pieces of `step` bytes and collects every request.
QList<SimParsedRequest> parseAll(const QByteArray &wire, qsizetype step,
                                 SimRequestParser::Status *last = nullptr,
                                 SimRequestParser *parser = nullptr)
{
    SimRequestParser own;
    SimRequestParser &p = parser ? *parser : own;
    QList<SimParsedRequest> out;
    SimRequestParser::Status status = SimRequestParser::Status::NeedMore;
    for (qsizetype at = 0; at < wire.size(); at += step) {
        p.feed(wire.mid(at, step));
        for (;;) {
            SimParsedRequest r;
            status = p.next(&r);
            if (status != SimRequestParser::Status::Request)
                break;
            out.append(r);
        }
        if (status == SimRequestParser::Status::Error)
            break;
    }
    if (last)
        *last = status;
    return out;
}

} // namespace

class TestSimRequestParser final : public QObject
{
    Q_OBJECT

private slots:
    void getWithQueryAndHeaders_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("whole") << 4096;
        QTest::newRow("byte by byte") << 1;
        QTest::newRow("7 bytes") << 7;
    }
    void getWithQueryAndHeaders()
    {
        QFETCH(int, step);
        const QByteArray wire = "GET /v1/tasks/task%20one?limit=5&status=completed HTTP/1.1\r\n"
                                "Host: 127.0.0.1:9\r\n"
                                "Authorization:  Bearer sk-demo \r\n"
                                "X-Empty:\r\n"
                                "\r\n";
        SimRequestParser::Status status;
        const auto requests = parseAll(wire, step, &status);
        QCOMPARE(status, SimRequestParser::Status::NeedMore);
        QCOMPARE(requests.size(), 1);
        const SimParsedRequest &r = requests.first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, QStringLiteral("/v1/tasks/task one"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("status")), QStringLiteral("completed"));
        QCOMPARE(r.header("authorization"), QByteArray("Bearer sk-demo"));
        QCOMPARE(r.header("host"), QByteArray("127.0.0.1:9"));
        QVERIFY(r.body.isEmpty());
    }

    void contentLengthBodiesBackToBack()
    {
        const QByteArray body1 = R"({"model":"kling-o3-text-to-video","prompt":"boat"})";
        const QByteArray body2(70000, 'x'); // larger than one read
        const QByteArray wire = "POST /v1/videos/generations HTTP/1.1\r\nContent-Length: "
            + QByteArray::number(body1.size()) + "\r\n\r\n" + body1
            + "POST /api/v1/files/upload/stream HTTP/1.1\r\nContent-Length: "
            + QByteArray::number(body2.size()) + "\r\n\r\n" + body2
            + "GET /v1/credits HTTP/1.1\r\n\r\n";
        for (const int step : {1 << 20, 1000, 3}) {
            const auto requests = parseAll(wire, step);
            QCOMPARE(requests.size(), 3);
            QCOMPARE(requests[0].body, body1);
            QCOMPARE(requests[0].path, QStringLiteral("/v1/videos/generations"));
            QCOMPARE(requests[1].body, body2);
            QCOMPARE(requests[2].method, QByteArray("GET"));
            QCOMPARE(requests[2].path, QStringLiteral("/v1/credits"));
        }
    }

    void chunkedBody()
    {
        const QByteArray wire = "POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "5\r\nhello\r\n"
                                "1;ext=1\r\n \r\n"
                                "A\r\n0123456789\r\n"
                                "0\r\nX-Trailer: yes\r\n\r\n"
                                "GET /next HTTP/1.1\r\n\r\n";
        for (const int step : {4096, 1, 5}) {
            const auto requests = parseAll(wire, step);
            QCOMPARE(requests.size(), 2);
            QCOMPARE(requests[0].body, QByteArray("hello 0123456789"));
            QCOMPARE(requests[1].path, QStringLiteral("/next"));
        }
    }

    void continueIsAskedOnceBeforeTheBody()
    {
        SimRequestParser p;
        p.feed("POST /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        SimParsedRequest r;
        QCOMPARE(p.next(&r), SimRequestParser::Status::NeedMore);
        QVERIFY(p.takeContinueRequest());
        QVERIFY(!p.takeContinueRequest());
        p.feed("abc");
        QCOMPARE(p.next(&r), SimRequestParser::Status::Request);
        QCOMPARE(r.body, QByteArray("abc"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("status");
        QTest::newRow("not http") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("absolute target") << QByteArray("GET http://x/ HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("http/2 line") << QByteArray("GET / HTTP/2\r\n\r\n") << 400;
        QTest::newRow("bad method token") << QByteArray("G(T / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nOops\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400;
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("length and chunked") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 3\r\n"
                                                          "Transfer-Encoding: chunked\r\n\r\n")
                                            << 400;
        QTest::newRow("gzip transfer coding")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 400;
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400;
        QTest::newRow("chunk without CRLF")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nabc") << 400;
        QTest::newRow("body too large")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2000000000\r\n\r\n") << 413;
        QTest::newRow("head too large")
            << (QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(70 * 1024, 'a')) << 400;
    }
    void refused()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, status);
        SimRequestParser p;
        SimRequestParser::Status last;
        const auto requests = parseAll(wire, 4096, &last, &p);
        QVERIFY(requests.isEmpty());
        QCOMPARE(last, SimRequestParser::Status::Error);
        QCOMPARE(p.errorStatus(), status);
        // It stays refused: nothing after a bad request is read as a request.
        p.feed("GET / HTTP/1.1\r\n\r\n");
        SimParsedRequest r;
        QCOMPARE(p.next(&r), SimRequestParser::Status::Error);
    }
};

QTEST_GUILESS_MAIN(TestSimRequestParser)
#include "tst_simrequestparser.moc"

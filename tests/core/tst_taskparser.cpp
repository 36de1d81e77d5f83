// TaskParser against the documented task shapes (API.md §3) and the tolerant
// variants seen in client code: both result shapes, numeric codes, strings for numbers.
#include "core/TaskSnapshot.h"
#include "core/UploadResult.h"

#include <QTest>

using namespace ks;

class TstTaskParser : public QObject
{
    Q_OBJECT

private slots:
    void uploadFileSize_data();
    void uploadFileSize();
    void createResponse();
    void statuses_data();
    void statuses();
    void completedWithResults();
    void completedWithResultData();
    void bothResultShapesMerged();
    void failedWithStringCode();
    void failedWithNumericCode();
    void cancelledAsFailedRequestCancelled();
    void unknownFieldsIgnored();
    void missingEstimatedTime();
    void creditsAsStrings();
    void elementId_data();
    void elementId();
    void dataEnvelope();
    void garbage_data();
    void garbage();
    void statusNames();
};

void TstTaskParser::createResponse()
{
    const QByteArray body = R"({
  "created": 1757169743,
  "id": "task-unified-1757169743-7cvnl5zw",
  "model": "kling-o3-text-to-video",
  "object": "video.generation.task",
  "progress": 0,
  "status": "pending",
  "task_info": {"can_cancel": true, "estimated_time": 300, "video_duration": 9},
  "type": "video",
  "usage": {"billing_rule": "per_call", "credits_reserved": 7, "user_group": "default"}
})";
    QString error;
    const auto t = TaskParser::parse(body, &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->id, QStringLiteral("task-unified-1757169743-7cvnl5zw"));
    QCOMPARE(t->model, QStringLiteral("kling-o3-text-to-video"));
    QCOMPARE(t->status, TaskStatus::Pending);
    QCOMPARE(t->progress, 0);
    QCOMPARE(t->estimatedTimeSeconds, std::optional<int>(300));
    QCOMPARE(t->videoDurationSeconds, std::optional<int>(9));
    QCOMPARE(t->creditsReserved, std::optional<double>(7));
    QVERIFY(!t->creditsUsed);
    QCOMPARE(t->billingRule, QStringLiteral("per_call"));
    QVERIFY(t->canCancel);
    QCOMPARE(t->created, 1757169743);
    QVERIFY(t->resultUrls.isEmpty());
    QVERIFY(!t->isTerminal());
}

void TstTaskParser::statuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<TaskStatus>("expected");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("pending") << "pending" << TaskStatus::Pending << false;
    QTest::newRow("processing") << "processing" << TaskStatus::Processing << false;
    QTest::newRow("completed") << "completed" << TaskStatus::Completed << true;
    QTest::newRow("failed") << "failed" << TaskStatus::Failed << true;
    QTest::newRow("cancelled") << "cancelled" << TaskStatus::Cancelled << true;
    QTest::newRow("canceled") << "canceled" << TaskStatus::Cancelled << true;
    QTest::newRow("queued") << "queued" << TaskStatus::Pending << false;
    QTest::newRow("running") << "running" << TaskStatus::Processing << false;
    QTest::newRow("upper case") << "COMPLETED" << TaskStatus::Completed << true;
    QTest::newRow("unknown word") << "hibernating" << TaskStatus::Unknown << false;
    QTest::newRow("empty") << "" << TaskStatus::Unknown << false;
}

void TstTaskParser::statuses()
{
    QFETCH(QString, status);
    QFETCH(TaskStatus, expected);
    QFETCH(bool, terminal);
    QJsonObject o {{QStringLiteral("id"), QStringLiteral("task-unified-1-abc")},
                   {QStringLiteral("status"), status},
                   {QStringLiteral("progress"), 40}};
    const auto t = TaskParser::parse(o);
    QVERIFY(t);
    QCOMPARE(t->status, expected);
    QCOMPARE(t->isTerminal(), terminal);
    QCOMPARE(t->progress, expected == TaskStatus::Completed ? 100 : 40);
}

void TstTaskParser::completedWithResults()
{
    const QByteArray body = R"({"created":1756817821,"id":"task-unified-1756817821-aaaa1111",
 "model":"kling-o3-text-to-video","object":"video.generation.task","progress":100,
 "results":["https://cdn.example.com/video.mp4"],"status":"completed",
 "task_info":{"can_cancel":false},"type":"video"})";
    const auto t = TaskParser::parse(body);
    QVERIFY(t);
    QCOMPARE(t->status, TaskStatus::Completed);
    QCOMPARE(t->resultUrls, QStringList {QStringLiteral("https://cdn.example.com/video.mp4")});
    QVERIFY(t->elementId.isEmpty());
    QVERIFY(!t->canCancel);
    QVERIFY(!t->estimatedTimeSeconds);
}

void TstTaskParser::completedWithResultData()
{
    const QByteArray body = R"({"id":"task-unified-1-b","status":"completed","progress":100,
 "result_data":[{"video_url":"https://cdn.example.com/a.mp4","duration":5},
                {"video_url":"https://cdn.example.com/b.mp4"}],
 "usage":{"credits_reserved":27,"credits_used":27}})";
    const auto t = TaskParser::parse(body);
    QVERIFY(t);
    QCOMPARE(t->resultUrls,
             (QStringList {QStringLiteral("https://cdn.example.com/a.mp4"),
                           QStringLiteral("https://cdn.example.com/b.mp4")}));
    QCOMPARE(t->creditsUsed, std::optional<double>(27));
}

void TstTaskParser::bothResultShapesMerged()
{
    const QByteArray body = R"({"id":"task-unified-1-c","status":"completed",
 "results":["https://cdn.example.com/a.mp4"],
 "result_data":[{"video_url":"https://cdn.example.com/a.mp4"},{"video_url":"https://cdn.example.com/c.mp4"}]})";
    const auto t = TaskParser::parse(body);
    QVERIFY(t);
    QCOMPARE(t->resultUrls,
             (QStringList {QStringLiteral("https://cdn.example.com/a.mp4"),
                           QStringLiteral("https://cdn.example.com/c.mp4")}));
}

void TstTaskParser::failedWithStringCode()
{
    const QByteArray body = R"({"id":"task-unified-1-d","object":"video.generation.task",
 "status":"failed","progress":0,
 "error":{"code":"content_policy_violation","message":"blocked","type":"task_error"}})";
    const auto t = TaskParser::parse(body);
    QVERIFY(t);
    QCOMPARE(t->status, TaskStatus::Failed);
    QCOMPARE(t->errorCode, QStringLiteral("content_policy_violation"));
    QCOMPARE(t->errorMessage, QStringLiteral("blocked"));
    QCOMPARE(t->errorType, QStringLiteral("task_error"));
    QVERIFY(t->isTerminal());
}

void TstTaskParser::failedWithNumericCode()
{
    const QByteArray body =
        R"({"id":"task-unified-1-e","status":"failed","error":{"code":500,"message":"x"}})";
    const auto t = TaskParser::parse(body);
    QVERIFY(t);
    QCOMPARE(t->status, TaskStatus::Failed);
    QCOMPARE(t->errorCode, QStringLiteral("500"));
}

void TstTaskParser::cancelledAsFailedRequestCancelled()
{
    const QByteArray body = R"({"id":"task-unified-1-f","status":"failed",
 "error":{"code":"request_cancelled","message":"cancelled by user","type":"task_error"}})";
    const auto t = TaskParser::parse(body);
    QVERIFY(t);
    QCOMPARE(t->status, TaskStatus::Cancelled);
    QCOMPARE(t->errorCode, QStringLiteral("request_cancelled"));
    QVERIFY(t->isTerminal());
}

void TstTaskParser::unknownFieldsIgnored()
{
    const QByteArray body = R"({"id":"task-unified-1-g","status":"processing","progress":"55",
 "brand_new_field":{"nested":[1,2,3]},"type":"video","billing":{"charge_status":"reserved"},
 "task_info":{"can_cancel":true,"estimated_time":120,"queue_position":3}})";
    const auto t = TaskParser::parse(body);
    QVERIFY(t);
    QCOMPARE(t->status, TaskStatus::Processing);
    QCOMPARE(t->progress, 55);
    QCOMPARE(t->estimatedTimeSeconds, std::optional<int>(120));
}

void TstTaskParser::missingEstimatedTime()
{
    const auto t = TaskParser::parse(
        QByteArray(R"({"id":"task-unified-1-h","status":"pending","task_info":{}})"));
    QVERIFY(t);
    QVERIFY(!t->estimatedTimeSeconds.has_value());
    QVERIFY(!t->videoDurationSeconds.has_value());
    QVERIFY(!t->creditsReserved.has_value());
    QCOMPARE(t->progress, 0);
}

void TstTaskParser::creditsAsStrings()
{
    const QByteArray body = R"({"id":"task-unified-1-i","status":"completed",
 "usage":{"credits_reserved":"90.018","credits_used":"27"},
 "task_info":{"estimated_time":"300"},"progress":250})";
    const auto t = TaskParser::parse(body);
    QVERIFY(t);
    QCOMPARE(t->creditsReserved, std::optional<double>(90.018));
    QCOMPARE(t->creditsUsed, std::optional<double>(27));
    QCOMPARE(t->estimatedTimeSeconds, std::optional<int>(300));
    QCOMPARE(t->progress, 100);
}

void TstTaskParser::elementId_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("elementId");
    QTest::addColumn<int>("urls");
    QTest::newRow("result_data array") << QByteArray(
        R"({"id":"task-unified-1-j","model":"kling-custom-element","status":"completed",
                "result_data":[{"element_id":"el_123"}]})")
                                       << QStringLiteral("el_123") << 0;
    QTest::newRow("result_data object") << QByteArray(
        R"({"id":"task-unified-1-j","status":"completed","result_data":{"element_id":"el_456"}})")
                                        << QStringLiteral("el_456") << 0;
    QTest::newRow("results[0] not a url")
        << QByteArray(R"({"id":"task-unified-1-j","status":"completed","results":["el_789"]})")
        << QStringLiteral("el_789") << 0;
    QTest::newRow("numeric in result_data") << QByteArray(
        R"({"id":"task-unified-1-j","status":"completed","result_data":[{"element_id":778899}]})")
                                            << QStringLiteral("778899") << 0;
    QTest::newRow("top level") << QByteArray(
        R"({"id":"task-unified-1-j","status":"completed","element_id":"el_top"})")
                               << QStringLiteral("el_top") << 0;
    QTest::newRow("result_data wins over results") << QByteArray(
        R"({"id":"task-unified-1-j","status":"completed","results":["something"],
                "result_data":[{"element_id":"el_doc"}]})")
                                                   << QStringLiteral("el_doc") << 0;
    QTest::newRow("url results are not ids") << QByteArray(
        R"({"id":"task-unified-1-j","status":"completed","results":["https://x.example/v.mp4"]})")
                                             << QString() << 1;
}

void TstTaskParser::elementId()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, elementId);
    QFETCH(int, urls);
    const auto t = TaskParser::parse(body);
    QVERIFY(t);
    QCOMPARE(t->elementId, elementId);
    QCOMPARE(t->resultUrls.size(), urls);
}

void TstTaskParser::dataEnvelope()
{
    const auto t = TaskParser::parse(
        QByteArray(R"({"data":{"id":"task-unified-1-k","status":"processing","progress":10}})"));
    QVERIFY(t);
    QCOMPARE(t->id, QStringLiteral("task-unified-1-k"));
    QCOMPARE(t->status, TaskStatus::Processing);
}

void TstTaskParser::garbage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("truncated") << QByteArray(R"({"id":"task-unified-1","status":"pen)");
    QTest::newRow("array") << QByteArray(R"([{"id":"x"}])");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("object without task") << QByteArray(R"({"hello":"world"})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
}

void TstTaskParser::garbage()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!TaskParser::parse(body, &error));
    QVERIFY(!error.isEmpty());
}

void TstTaskParser::statusNames()
{
    QCOMPARE(taskStatusName(TaskStatus::Pending), QStringLiteral("pending"));
    QCOMPARE(taskStatusName(TaskStatus::Processing), QStringLiteral("processing"));
    QCOMPARE(taskStatusName(TaskStatus::Completed), QStringLiteral("completed"));
    QCOMPARE(taskStatusName(TaskStatus::Failed), QStringLiteral("failed"));
    QCOMPARE(taskStatusName(TaskStatus::Cancelled), QStringLiteral("cancelled"));
    QCOMPARE(taskStatusName(TaskStatus::Unknown), QStringLiteral("unknown"));
}

void TstTaskParser::uploadFileSize_data()
{
    QTest::addColumn<QByteArray>("size");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("number") << QByteArray("4096") << qint64(4096);
    QTest::newRow("string") << QByteArray("\"4096\"") << qint64(4096);
    QTest::newRow("large file") << QByteArray("5368709120") << qint64(5368709120);
    // Found by fuzz_responses: a double far beyond qint64 was cast (UB).
    QTest::newRow("1e98") << QByteArray("2.0488888888888888e98") << qint64(0);
    QTest::newRow("huge string") << QByteArray("\"99999999999999999999999\"") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(0);
    QTest::newRow("missing") << QByteArray("null") << qint64(0);
}

void TstTaskParser::uploadFileSize()
{
    QFETCH(QByteArray, size);
    QFETCH(qint64, expected);
    const QByteArray body =
        R"({"success":true,"code":200,"msg":"ok","data":{"file_id":"f1","file_size":)" + size
        + R"(,"file_url":"https://files.evolink.ai/p.png"}})";
    const std::optional<UploadResult> result = UploadResult::parse(body);
    QVERIFY(result.has_value());
    QCOMPARE(result->fileSize, expected);
    QCOMPARE(result->fileUrl, QStringLiteral("https://files.evolink.ai/p.png"));
}

QTEST_GUILESS_MAIN(TstTaskParser)
#include "tst_taskparser.moc"

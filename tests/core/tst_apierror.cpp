// ApiError parsing of every error envelope and the ErrorCatalog policy of API.md §6.
#include "core/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace ks;

namespace {
ApiError http(int status, const QString &code)
{
    ApiError e;
    e.kind = ErrorKind::Http;
    e.httpStatus = status;
    e.code = code;
    return e;
}

// What an HTTP error with a code and status nobody knows says.
QString genericFallback()
{
    return ErrorCatalog::userMessage(http(0, QStringLiteral("zz_unheard_of")));
}
} // namespace

class TstApiError : public QObject
{
    Q_OBJECT

private slots:
    void standardEnvelope();
    void numericCode();
    void filesApiEnvelope();
    void filesApiOn200();
    void htmlAndEmptyBodies_data();
    void htmlAndEmptyBodies();
    void fromTaskAndHelpers();
    void httpCodes_data();
    void httpCodes();
    void taskCodes_data();
    void taskCodes();
    void localKinds();
    void unknownCodeFallsBackByStatus();
    void retryAfterInMessage();
    void balanceMessageSaysWhatToDo();
    void appCodesWinOverKind();
    void modelAccessDeniedNamesTheModel();
    void contentPolicySubMessages_data();
    void contentPolicySubMessages();
    void taskLimitIsNotTheBalance_data();
    void taskLimitIsNotTheBalance();
    void rateLimitIsOnlyTheRate_data();
    void rateLimitIsOnlyTheRate();
};

void TstApiError::standardEnvelope()
{
    const QByteArray body = R"({"error":{"code":"invalid_task_id","message":"bad id",
        "type":"invalid_request_error","param":"task_id"}})";
    const ApiError e = ApiError::fromHttp(400, body);
    QCOMPARE(e.kind, ErrorKind::Http);
    QVERIFY(e.isError());
    QCOMPARE(e.httpStatus, 400);
    QCOMPARE(e.code, QStringLiteral("invalid_task_id"));
    QCOMPARE(e.message, QStringLiteral("bad id"));
    QCOMPARE(e.type, QStringLiteral("invalid_request_error"));
    QCOMPARE(e.param, QStringLiteral("task_id"));
    QCOMPARE(e.retryAfterSeconds, -1);
}

void TstApiError::numericCode()
{
    const ApiError e = ApiError::fromHttp(
        402, R"({"error":{"code":402,"message":"Insufficient","type":"insufficient_quota"}})");
    QCOMPARE(e.code, QStringLiteral("402"));
    QCOMPARE(ErrorCatalog::action(e), ErrorAction::TopUp);
    QVERIFY(ErrorCatalog::needsDialog(e));
    QCOMPARE(ErrorCatalog::userMessage(e),
             ErrorCatalog::userMessage(http(402, QStringLiteral("insufficient_quota"))));
}

void TstApiError::filesApiEnvelope()
{
    const ApiError e =
        ApiError::fromHttp(413, R"({"success":false,"code":413,"msg":"File too large"})");
    QCOMPARE(e.httpStatus, 413);
    QCOMPARE(e.code, QStringLiteral("413"));
    QCOMPARE(e.message, QStringLiteral("File too large"));
    QCOMPARE(ErrorCatalog::action(e), ErrorAction::ChangeInput);
    QVERIFY(ErrorCatalog::userMessage(e).contains(QStringLiteral("too large")));
}

void TstApiError::filesApiOn200()
{
    // The files API may answer 200 with success:false; the code carries the status.
    const ApiError e =
        ApiError::fromHttp(200, R"({"success":false,"code":401,"msg":"Unauthorized"})");
    QCOMPARE(e.httpStatus, 401);
    QCOMPARE(ErrorCatalog::action(e), ErrorAction::AskForKey);
}

void TstApiError::htmlAndEmptyBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("transient");
    QTest::newRow("502 html") << 502 << QByteArray("<html><h1>502 Bad Gateway</h1></html>")
                              << QStringLiteral("upstream_error") << true;
    QTest::newRow("503 empty") << 503 << QByteArray() << QStringLiteral("service_unavailable")
                               << true;
    QTest::newRow("401 empty") << 401 << QByteArray() << QStringLiteral("unauthorized") << false;
    QTest::newRow("429 text") << 429 << QByteArray("slow down")
                              << QStringLiteral("rate_limit_exceeded") << true;
    QTest::newRow("404 html") << 404 << QByteArray("<!doctype html>") << QStringLiteral("not_found")
                              << false;
    QTest::newRow("504 empty") << 504 << QByteArray() << QStringLiteral("gateway_timeout") << true;
    QTest::newRow("418 empty") << 418 << QByteArray() << QStringLiteral("http_418") << false;
    QTest::newRow("json without code")
        << 500 << QByteArray(R"({"message":"boom"})") << QStringLiteral("internal_error") << true;
}

void TstApiError::htmlAndEmptyBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(bool, transient);
    const ApiError e = ApiError::fromHttp(status, body);
    QCOMPARE(e.kind, ErrorKind::Http);
    QCOMPARE(e.code, code);
    QCOMPARE(ErrorCatalog::isTransient(e), transient);
    QVERIFY(!ErrorCatalog::userMessage(e).isEmpty());
    QVERIFY(!e.message.contains(QStringLiteral("<")));
}

void TstApiError::fromTaskAndHelpers()
{
    const ApiError t =
        ApiError::fromTask(QStringLiteral("generation_timeout"), QStringLiteral("m"));
    QCOMPARE(t.kind, ErrorKind::Task);
    QCOMPARE(t.type, QStringLiteral("task_error"));
    QCOMPARE(ApiError::fromTask(QString(), QString()).code, QStringLiteral("unknown_error"));
    const ApiError n = ApiError::network(QStringLiteral("Connection refused"));
    QCOMPARE(n.kind, ErrorKind::Network);
    QCOMPARE(n.message, QStringLiteral("Connection refused"));
    QVERIFY(ErrorCatalog::isTransient(n));
    QCOMPARE(ErrorCatalog::action(n), ErrorAction::Retry);
    const ApiError l = ApiError::local(QStringLiteral("disk full"));
    QCOMPARE(l.kind, ErrorKind::Local);
    QVERIFY(!ErrorCatalog::isTransient(l));
    QVERIFY(!ApiError().isError());
    QVERIFY(ErrorCatalog::userMessage(ApiError()).isEmpty());
}

void TstApiError::httpCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorAction>("action");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<bool>("dialog");

    auto row = [](int s, const char *c, ErrorAction a, bool t, bool d) {
        QTest::addRow("%d %s", s, c) << s << QString::fromLatin1(c) << a << t << d;
    };
    row(400, "invalid_request", ErrorAction::ChangeInput, false, false);
    row(400, "invalid_task_id", ErrorAction::None, false, false);
    row(400, "invalid_parameters", ErrorAction::ChangeInput, false, false);
    row(400, "invalid_media_url", ErrorAction::ChangeInput, false, false);
    row(400, "content_policy_violation", ErrorAction::ChangeInput, false, false);
    row(401, "unauthorized", ErrorAction::AskForKey, false, true);
    row(401, "key_disabled", ErrorAction::AskForKey, false, true);
    row(401, "key_expired", ErrorAction::AskForKey, false, true);
    row(402, "insufficient_quota", ErrorAction::TopUp, false, true);
    row(402, "quota_exceeded", ErrorAction::TopUp, false, true);
    row(402, "insufficient_user_quota", ErrorAction::TopUp, false, true);
    row(402, "quota_not_enough", ErrorAction::TopUp, false, true);
    row(402, "account_balance_insufficient", ErrorAction::TopUp, false, true);
    row(402, "insufficient_token_quota", ErrorAction::AskForKey, false, true);
    row(402, "key_quota_exhausted", ErrorAction::AskForKey, false, true);
    row(402, "token_daily_quota_exceeded", ErrorAction::RetryLater, false, false);
    row(402, "key_daily_quota_exhausted", ErrorAction::RetryLater, false, false);
    row(403, "model_access_denied", ErrorAction::None, false, false);
    row(403, "key_model_not_allowed", ErrorAction::None, false, false);
    row(403, "permission_denied", ErrorAction::None, false, false);
    row(403, "ip_restricted", ErrorAction::None, false, false);
    row(403, "user_disabled", ErrorAction::None, false, false);
    row(404, "task_not_found", ErrorAction::None, false, false);
    row(409, "idempotency_conflict", ErrorAction::None, false, false);
    row(413, "request_too_large", ErrorAction::ChangeInput, false, false);
    row(415, "unsupported_media_type", ErrorAction::ChangeInput, false, false);
    row(429, "rate_limit_exceeded", ErrorAction::RetryLater, true, false);
    row(500, "internal_error", ErrorAction::RetryLater, true, false);
    row(502, "upstream_error", ErrorAction::RetryLater, true, false);
    row(503, "service_unavailable", ErrorAction::RetryLater, true, false);
    row(503, "model_unavailable", ErrorAction::RetryLater, true, false);
    row(503, "no_available_channel", ErrorAction::RetryLater, true, false);
}

void TstApiError::httpCodes()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(ErrorAction, action);
    QFETCH(bool, transient);
    QFETCH(bool, dialog);

    const QByteArray body =
        QStringLiteral(R"({"error":{"code":"%1","message":"server text","type":"x"}})")
            .arg(code)
            .toUtf8();
    const ApiError e = ApiError::fromHttp(status, body);
    QCOMPARE(e.code, code);
    const QString msg = ErrorCatalog::userMessage(e);
    QVERIFY(!msg.isEmpty());
    QVERIFY2(msg != genericFallback(), qPrintable(code));
    // The detail is shown apart; but an unknown content-policy sub-message is
    // quoted, since it is the only word on what to change (API.md §10.1 #14).
    if (code != u"content_policy_violation")
        QVERIFY(!msg.contains(QStringLiteral("server text")));
    QCOMPARE(ErrorCatalog::action(e), action);
    QCOMPARE(ErrorCatalog::isTransient(e), transient);
    QCOMPARE(ErrorCatalog::needsDialog(e), dialog);
}

void TstApiError::taskCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ErrorAction>("action");
    auto row = [](const char *c, ErrorAction a) {
        QTest::newRow(c) << QString::fromLatin1(c) << a;
    };
    row("content_policy_violation", ErrorAction::ChangeInput);
    row("invalid_parameters", ErrorAction::ChangeInput);
    row("image_processing_error", ErrorAction::ChangeInput);
    row("image_dimension_mismatch", ErrorAction::ChangeInput);
    row("request_cancelled", ErrorAction::Resubmit);
    row("generation_failed_no_content", ErrorAction::ChangeInput);
    row("service_error", ErrorAction::Resubmit);
    row("generation_timeout", ErrorAction::Resubmit);
    row("resource_exhausted", ErrorAction::Resubmit);
    row("quota_exceeded", ErrorAction::Resubmit);
    row("service_unavailable", ErrorAction::Resubmit);
    row("resource_not_found", ErrorAction::None);
    row("unknown_error", ErrorAction::Resubmit);
    row("model_unavailable", ErrorAction::Resubmit);
    row("upstream_error", ErrorAction::Resubmit);
}

void TstApiError::taskCodes()
{
    QFETCH(QString, code);
    QFETCH(ErrorAction, action);
    const ApiError e = ApiError::fromTask(code, QStringLiteral("detail"));
    const QString msg = ErrorCatalog::userMessage(e);
    QVERIFY(!msg.isEmpty());
    QVERIFY(msg != genericFallback());
    if (code != u"unknown_error") {
        QVERIFY2(msg != ErrorCatalog::userMessage(ApiError::fromTask(QStringLiteral("zz"), {})),
                 qPrintable(code));
    }
    QCOMPARE(ErrorCatalog::action(e), action);
    // A failed generation is only ever retried as a new, billed task: never automatically.
    QVERIFY(!ErrorCatalog::isTransient(e));
    QVERIFY(!ErrorCatalog::needsDialog(e));
}

void TstApiError::localKinds()
{
    ApiError bad;
    bad.kind = ErrorKind::BadResponse;
    const QSet<QString> messages = {
        ErrorCatalog::userMessage(ApiError::network(QString())),
        ErrorCatalog::userMessage(bad),
        ErrorCatalog::userMessage(ApiError::local(QString())),
        genericFallback(),
    };
    QCOMPARE(messages.size(), 4);
    for (const QString &m : messages)
        QVERIFY(!m.isEmpty());
    QVERIFY(ErrorCatalog::isTransient(bad));
}

void TstApiError::unknownCodeFallsBackByStatus()
{
    QCOMPARE(ErrorCatalog::userMessage(http(402, QStringLiteral("brand_new_quota_code"))),
             ErrorCatalog::userMessage(http(402, QStringLiteral("insufficient_quota"))));
    QCOMPARE(ErrorCatalog::action(http(401, QStringLiteral("whatever"))), ErrorAction::AskForKey);
    QCOMPARE(ErrorCatalog::action(http(503, QStringLiteral("whatever"))), ErrorAction::RetryLater);
    QVERIFY(ErrorCatalog::isTransient(http(599, QStringLiteral("whatever"))));
    QVERIFY(ErrorCatalog::userMessage(http(599, QStringLiteral("whatever")))
                .contains(QStringLiteral("599")));
    QVERIFY(ErrorCatalog::userMessage(http(418, QStringLiteral("whatever")))
                .contains(QStringLiteral("418")));
    QVERIFY(!ErrorCatalog::isTransient(http(418, QStringLiteral("whatever"))));
    // Code wins over status when both are known.
    QCOMPARE(ErrorCatalog::action(http(400, QStringLiteral("unauthorized"))),
             ErrorAction::AskForKey);
}

void TstApiError::retryAfterInMessage()
{
    ApiError e = http(429, QStringLiteral("rate_limit_exceeded"));
    e.retryAfterSeconds = 30;
    QVERIFY(ErrorCatalog::userMessage(e).contains(QStringLiteral("30")));
}

void TstApiError::balanceMessageSaysWhatToDo()
{
    QCOMPARE(ErrorCatalog::userMessage(http(402, QStringLiteral("insufficient_quota"))),
             QStringLiteral("Your EvoLink balance is too low for this job. Top up your credits, "
                            "then resubmit."));
}

// Codes the app sets itself (Downloader, JobManager) pick their own message,
// whatever kind or status they came with.
void TstApiError::appCodesWinOverKind()
{
    ApiError expired = http(403, QStringLiteral("access_denied"));
    expired.code = QStringLiteral("result_link_expired");
    QCOMPARE(ErrorCatalog::userMessage(expired),
             QStringLiteral("The video's download link has expired (EvoLink keeps result links "
                            "for 24 hours), so this video can no longer be downloaded. Resubmit "
                            "the job to make it again."));
    QCOMPARE(ErrorCatalog::action(expired), ErrorAction::Resubmit);
    QVERIFY(!ErrorCatalog::isTransient(expired));
    QVERIFY(!ErrorCatalog::needsDialog(expired));

    ApiError refused = http(415, QStringLiteral("video_upload_refused"));
    QVERIFY(ErrorCatalog::userMessage(refused).contains(QStringLiteral("public https:// link")));
    QCOMPARE(ErrorCatalog::action(refused), ErrorAction::ChangeInput);
    refused.kind = ErrorKind::BadResponse; // a mime mismatch on a 200 reply
    refused.httpStatus = 200;
    QCOMPARE(ErrorCatalog::action(refused), ErrorAction::ChangeInput);
    QVERIFY(!ErrorCatalog::isTransient(refused));
    QVERIFY(ErrorCatalog::userMessage(refused).contains(QStringLiteral("images only")));
}

void TstApiError::modelAccessDeniedNamesTheModel()
{
    // API.md §10.1 #11: a key without access to a model gets 403
    // model_access_denied "Token does not have access to model: <id>".
    const ApiError e = ApiError::fromHttp(
        403,
        R"({"error":{"code":"model_access_denied","message":"Token does not have access to )"
        R"(model: kling-o3-video-edit","type":"invalid_request_error"}})");
    QCOMPARE(ErrorCatalog::action(e), ErrorAction::None); // sending again cannot help
    const QString msg = ErrorCatalog::userMessage(e);
    QVERIFY2(msg.contains(QStringLiteral("no access to kling-o3-video-edit")), qPrintable(msg));
    QVERIFY2(msg.contains(QStringLiteral("EvoLink console")), qPrintable(msg));
    QVERIFY2(msg.contains(QStringLiteral("Nothing was charged")), qPrintable(msg));
    QCOMPARE(ErrorCatalog::settledMessage(e), msg);
    // Without a model in the server's words the message still says what to do.
    const QString plain =
        ErrorCatalog::userMessage(http(403, QStringLiteral("model_access_denied")));
    QVERIFY2(plain.contains(QStringLiteral("no access to this model")), qPrintable(plain));
    QVERIFY2(plain.contains(QStringLiteral("Nothing was charged")), qPrintable(plain));
}

// API.md §10.1 #14: EvoLink's sub-message, what to change, and what it costs
// (§3.2: failed tasks are not charged; a refused create made no task).
void TstApiError::contentPolicySubMessages_data()
{
    QTest::addColumn<QString>("said");
    QTest::addColumn<QString>("advice");
    QTest::newRow("photorealistic")
        << QStringLiteral("photorealistic people detected")
        << QStringLiteral("illustrated or otherwise non-photorealistic");
    QTest::newRow("celebrity") << QStringLiteral("celebrity detected in image")
                               << QStringLiteral("Remove the famous person");
    QTest::newRow("third party") << QStringLiteral("third-party content violation")
                                 << QStringLiteral("owned by someone else");
    QTest::newRow("nudity") << QStringLiteral("nudity detected")
                            << QStringLiteral("Use clothed people");
    QTest::newRow("minor") << QStringLiteral("minor content not allowed")
                           << QStringLiteral("Remove children and teenagers");
    QTest::newRow("wrapped, other case")
        << QStringLiteral("Content policy violation: Celebrity Detected In Image (score 0.97)")
        << QStringLiteral("Remove the famous person");
    QTest::newRow("unknown, verbatim")
        << QStringLiteral("logo of a sports club") << QStringLiteral("\"logo of a sports club\"");
    QTest::newRow("none") << QString() << QStringLiteral("Change the prompt or the images");
}

void TstApiError::contentPolicySubMessages()
{
    QFETCH(QString, said);
    QFETCH(QString, advice);
    const QString code = QStringLiteral("content_policy_violation");
    const QString task = ErrorCatalog::userMessage(ApiError::fromTask(code, said));
    QVERIFY2(task.contains(advice), qPrintable(task));
    QVERIFY2(task.contains(QStringLiteral("failed tasks are not charged")), qPrintable(task));
    const QByteArray body =
        QJsonDocument(QJsonObject {{QStringLiteral("error"),
                                    QJsonObject {{QStringLiteral("code"), code},
                                                 {QStringLiteral("message"), said}}}})
            .toJson();
    const ApiError refused = ApiError::fromHttp(400, body);
    const QString create = ErrorCatalog::userMessage(refused);
    QVERIFY2(create.contains(advice), qPrintable(create));
    QVERIFY2(create.contains(QStringLiteral("No task was created")), qPrintable(create));
    QCOMPARE(ErrorCatalog::action(refused), ErrorAction::ChangeInput);
}

// quota_exceeded is the balance at 402 but "too many tasks at once" at 429 or
// when it names the concurrency limit (API.md §6.1, §10.1 #12).
void TstApiError::taskLimitIsNotTheBalance_data()
{
    const auto envelope = [](const char *code, const char *message) {
        return QByteArray("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message
            + "\"}}";
    };
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("taskLimit");
    QTest::newRow("429 quota_exceeded")
        << envelope("quota_exceeded", "Too many tasks processing simultaneously") << 429 << true;
    QTest::newRow("400 naming the concurrency limit")
        << envelope("quota_exceeded", "multiple tasks processing (concurrency limit)") << 400
        << true;
    QTest::newRow("402 quota_exceeded is the balance")
        << envelope("quota_exceeded", "Insufficient quota") << 402 << false;
    QTest::newRow("402 even naming concurrency")
        << envelope("quota_exceeded", "concurrency limit") << 402 << false;
    QTest::newRow("402 insufficient_quota")
        << envelope("insufficient_quota", "low balance") << 402 << false;
    QTest::newRow("429 rate_limit_exceeded")
        << envelope("rate_limit_exceeded", "slow down") << 429 << false;
    QTest::newRow("503 naming concurrency is no refusal")
        << envelope("quota_exceeded", "concurrency limit") << 503 << false;
}

// Only a 429 for the rate itself waits in the queue; a 429 that names the
// balance or a key's quota would otherwise be sent on its own once the user
// tops up or the day turns (review of issue 17 item 10).
void TstApiError::rateLimitIsOnlyTheRate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("rateLimit");
    QTest::newRow("rate_limit_exceeded") << QStringLiteral("rate_limit_exceeded") << true;
    QTest::newRow("no code") << QString() << true;
    QTest::newRow("unknown code") << QStringLiteral("too_many_requests_x") << true;
    QTest::newRow("insufficient_quota") << QStringLiteral("insufficient_quota") << false;
    QTest::newRow("account_balance_insufficient")
        << QStringLiteral("account_balance_insufficient") << false;
    QTest::newRow("token_daily_quota_exceeded")
        << QStringLiteral("token_daily_quota_exceeded") << false;
    QTest::newRow("key_quota_exhausted") << QStringLiteral("key_quota_exhausted") << false;
}

void TstApiError::rateLimitIsOnlyTheRate()
{
    QFETCH(QString, code);
    QFETCH(bool, rateLimit);
    const QByteArray body = code.isEmpty()
        ? QByteArray("{}")
        : QByteArray("{\"error\":{\"code\":\"") + code.toUtf8() + "\",\"message\":\"x\"}}";
    QCOMPARE(ErrorCatalog::isRateLimit(ApiError::fromHttp(429, body)), rateLimit);
    // Never at another status.
    QVERIFY(!ErrorCatalog::isRateLimit(ApiError::fromHttp(503, body)));
}

void TstApiError::taskLimitIsNotTheBalance()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(bool, taskLimit);
    const ApiError e = ApiError::fromHttp(status, body);
    QCOMPARE(ErrorCatalog::isTaskLimit(e), taskLimit);
    if (taskLimit) {
        QCOMPARE(ErrorCatalog::userMessage(e),
                 QStringLiteral("EvoLink is running as many tasks as your account allows; this "
                                "job waits and starts when one finishes. Nothing was charged for "
                                "the attempt."));
        QCOMPARE(ErrorCatalog::action(e), ErrorAction::RetryLater);
        QVERIFY(!ErrorCatalog::needsDialog(e));
    } else if (status == 402) {
        QCOMPARE(ErrorCatalog::action(e), ErrorAction::TopUp);
        QVERIFY(ErrorCatalog::needsDialog(e));
    }
    // A task that failed with quota_exceeded keeps its own §6.2 meaning.
    QVERIFY(!ErrorCatalog::isTaskLimit(ApiError::fromTask(QStringLiteral("quota_exceeded"), {})));
}

QTEST_GUILESS_MAIN(TstApiError)
#include "tst_apierror.moc"

#pragma once
// An HTTP-level or task-level failure (API.md §6) and its user-facing,
// translated explanation.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ks {

enum class ErrorKind {
    None,
    Network, // connection refused/reset, DNS, TLS, timeout
    Http, // server answered with an HTTP error
    Task, // task ended with status failed
    BadResponse, // 2xx but body not understood
    Local // file unreadable, disk full, ...
};

struct ApiError
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;
    QString code; // error.code as string ("402" if it came as a number)
    QString message; // server's message (English, shown as detail)
    QString type;
    QString param;
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent

    bool isError() const { return kind != ErrorKind::None; }
    // Parses {"error":{...}} or files-API {"success":false,"code":..,"msg":..}.
    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static ApiError fromTask(const QString &code, const QString &message);
    static ApiError network(const QString &detail);
    static ApiError local(const QString &detail);
};

enum class ErrorAction { None, Retry, RetryLater, AskForKey, TopUp, ChangeInput, Resubmit };

class ErrorCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)
public:
    // Clear message in the current language, e.g. "Your balance is too low..."
    static QString userMessage(const ApiError &error);
    // The same for a job that has settled with this error: nothing will be
    // tried again on its own, so no message may promise that it will.
    static QString settledMessage(const ApiError &error);
    // The label for error.message under the user message: "Server said"
    // only for what a server said; "Details" for this computer's own errors.
    static QString detailLabel(const ApiError &error);
    static ErrorAction action(const ApiError &error);
    // Whether a GET may be retried automatically (429/5xx/network).
    static bool isTransient(const ApiError &error);
    // A create refused because the account already runs as many tasks as it
    // may (API.md §10.1 #12): `quota_exceeded` at HTTP 429, or naming the
    // concurrency limit. No task was made; never the 402 balance refusal.
    static bool isTaskLimit(const ApiError &error);
    // A create refused at HTTP 429 for its rate (`rate_limit_exceeded`, or a
    // code this catalog does not know). Not a 429 whose code names the
    // balance or a key's quota: those wait for the user, never for a timer.
    static bool isRateLimit(const ApiError &error);
    // Whether the user must act in a dialog (401 key, 402 balance).
    static bool needsDialog(const ApiError &error);
};

} // namespace ks

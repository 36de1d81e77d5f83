#include "core/ApiError.h"

#include "core/ContentPolicyAdvice.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace ks {

namespace {

QString codeText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return {};
}

// The model a model_access_denied names: EvoLink says "Token does not have
// access to model: <id>" (API.md §10.1 #11); empty when it names none.
QString deniedModel(const ApiError &e)
{
    static const QRegularExpression named(
        QStringLiteral("model\\s*[:=]?\\s*[\"'`]?([A-Za-z0-9][A-Za-z0-9._/-]*[A-Za-z0-9])"),
        QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatchIterator it = named.globalMatch(e.message);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        // "...may not use this model" names none; a model id has a dash.
        if (id.contains(u'-'))
            return id;
    }
    return {};
}

// A code for bodies that carry none (HTML error pages from a proxy, empty bodies).
QString codeForStatus(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("invalid_request");
    case 401:
        return QStringLiteral("unauthorized");
    case 402:
        return QStringLiteral("insufficient_quota");
    case 403:
        return QStringLiteral("permission_denied");
    case 404:
        return QStringLiteral("not_found");
    case 408:
        return QStringLiteral("request_timeout");
    case 409:
        return QStringLiteral("conflict");
    case 413:
        return QStringLiteral("request_too_large");
    case 415:
        return QStringLiteral("unsupported_media_type");
    case 422:
        return QStringLiteral("invalid_parameters");
    case 429:
        return QStringLiteral("rate_limit_exceeded");
    case 500:
        return QStringLiteral("internal_error");
    case 502:
        return QStringLiteral("upstream_error");
    case 503:
        return QStringLiteral("service_unavailable");
    case 504:
        return QStringLiteral("gateway_timeout");
    default:
        break;
    }
    return status > 0 ? QStringLiteral("http_%1").arg(status) : QString();
}

bool isNumeric(const QString &s, int *value)
{
    bool ok = false;
    const int v = s.toInt(&ok);
    if (ok && value)
        *value = v;
    return ok;
}

// What the user is told; several codes share one explanation.
enum class Msg {
    None,
    Network,
    BadResponse,
    Local,
    InvalidRequest,
    InvalidTaskId,
    InvalidMediaUrl,
    Unauthorized,
    KeyDisabled,
    KeyExpired,
    IpRestricted,
    UserDisabled,
    Balance,
    KeyQuota,
    KeyDailyQuota,
    ModelAccessDenied,
    PermissionDenied,
    TaskNotFound,
    NotFound,
    RequestTimeout,
    Conflict,
    IdempotencyConflict,
    TooLarge,
    UnsupportedMedia,
    RateLimited,
    TaskLimit,
    InternalError,
    UpstreamError,
    ServiceUnavailable,
    GatewayTimeout,
    ContentPolicy,
    // raised by the app itself
    VideoUploadRefused,
    ResultLinkExpired,
    LostTaskUncertain,
    JournalWriteFailed,
    ResultDownloadFailed,
    ResultNotVideo,
    ResultTooLarge,
    DiskFull,
    FileQuotaFull,
    // task failures (API.md §6.2)
    TaskInvalidParameters,
    ImageProcessing,
    ImageDimension,
    Cancelled,
    NoContent,
    TaskServiceError,
    TaskTimeout,
    ResourceExhausted,
    TaskQuota,
    TaskServiceUnavailable,
    ResourceNotFound,
    TaskModelUnavailable,
    TaskUpstream,
    TaskUnknown,
    // fallbacks by status class
    OtherClientError,
    OtherServerError,
    Generic
};

Msg classifyHttpCode(const QString &c)
{
    static const QHash<QString, Msg> map = {
        {QStringLiteral("invalid_request"), Msg::InvalidRequest},
        {QStringLiteral("invalid_parameters"), Msg::InvalidRequest},
        {QStringLiteral("invalid_task_id"), Msg::InvalidTaskId},
        {QStringLiteral("invalid_media_url"), Msg::InvalidMediaUrl},
        {QStringLiteral("unauthorized"), Msg::Unauthorized},
        {QStringLiteral("invalid_api_key"), Msg::Unauthorized},
        {QStringLiteral("key_disabled"), Msg::KeyDisabled},
        {QStringLiteral("key_expired"), Msg::KeyExpired},
        {QStringLiteral("ip_restricted"), Msg::IpRestricted},
        {QStringLiteral("user_disabled"), Msg::UserDisabled},
        {QStringLiteral("insufficient_quota"), Msg::Balance},
        {QStringLiteral("quota_exceeded"), Msg::Balance},
        {QStringLiteral("insufficient_user_quota"), Msg::Balance},
        {QStringLiteral("quota_not_enough"), Msg::Balance},
        {QStringLiteral("account_balance_insufficient"), Msg::Balance},
        {QStringLiteral("insufficient_token_quota"), Msg::KeyQuota},
        {QStringLiteral("key_quota_exhausted"), Msg::KeyQuota},
        {QStringLiteral("token_daily_quota_exceeded"), Msg::KeyDailyQuota},
        {QStringLiteral("key_daily_quota_exhausted"), Msg::KeyDailyQuota},
        {QStringLiteral("model_access_denied"), Msg::ModelAccessDenied},
        {QStringLiteral("key_model_not_allowed"), Msg::ModelAccessDenied},
        {QStringLiteral("permission_denied"), Msg::PermissionDenied},
        {QStringLiteral("task_not_found"), Msg::TaskNotFound},
        {QStringLiteral("not_found"), Msg::NotFound},
        {QStringLiteral("request_timeout"), Msg::RequestTimeout},
        {QStringLiteral("conflict"), Msg::Conflict},
        {QStringLiteral("idempotency_conflict"), Msg::IdempotencyConflict},
        {QStringLiteral("request_too_large"), Msg::TooLarge},
        {QStringLiteral("unsupported_media_type"), Msg::UnsupportedMedia},
        {QStringLiteral("rate_limit_exceeded"), Msg::RateLimited},
        {QStringLiteral("internal_error"), Msg::InternalError},
        {QStringLiteral("upstream_error"), Msg::UpstreamError},
        {QStringLiteral("service_unavailable"), Msg::ServiceUnavailable},
        {QStringLiteral("model_unavailable"), Msg::ServiceUnavailable},
        {QStringLiteral("no_available_channel"), Msg::ServiceUnavailable},
        {QStringLiteral("gateway_timeout"), Msg::GatewayTimeout},
        {QStringLiteral("content_policy_violation"), Msg::ContentPolicy},
    };
    return map.value(c, Msg::None);
}

Msg classifyTaskCode(const QString &c)
{
    static const QHash<QString, Msg> map = {
        {QStringLiteral("content_policy_violation"), Msg::ContentPolicy},
        {QStringLiteral("invalid_parameters"), Msg::TaskInvalidParameters},
        {QStringLiteral("image_processing_error"), Msg::ImageProcessing},
        {QStringLiteral("image_dimension_mismatch"), Msg::ImageDimension},
        {QStringLiteral("request_cancelled"), Msg::Cancelled},
        {QStringLiteral("generation_failed_no_content"), Msg::NoContent},
        {QStringLiteral("service_error"), Msg::TaskServiceError},
        {QStringLiteral("generation_timeout"), Msg::TaskTimeout},
        {QStringLiteral("resource_exhausted"), Msg::ResourceExhausted},
        {QStringLiteral("quota_exceeded"), Msg::TaskQuota},
        {QStringLiteral("service_unavailable"), Msg::TaskServiceUnavailable},
        {QStringLiteral("resource_not_found"), Msg::ResourceNotFound},
        {QStringLiteral("unknown_error"), Msg::TaskUnknown},
        {QStringLiteral("model_unavailable"), Msg::TaskModelUnavailable},
        {QStringLiteral("upstream_error"), Msg::TaskUpstream},
    };
    return map.value(c, Msg::None);
}

// Codes the app itself gives its errors (never sent by a server).
Msg classifyAppCode(const QString &c)
{
    static const QHash<QString, Msg> map = {
        {QStringLiteral("video_upload_refused"), Msg::VideoUploadRefused},
        {QStringLiteral("result_link_expired"), Msg::ResultLinkExpired},
        {QStringLiteral("lost_task_uncertain"), Msg::LostTaskUncertain},
        {QStringLiteral("journal_write_failed"), Msg::JournalWriteFailed},
        {QStringLiteral("result_download_failed"), Msg::ResultDownloadFailed},
        {QStringLiteral("result_not_video"), Msg::ResultNotVideo},
        {QStringLiteral("result_too_large"), Msg::ResultTooLarge},
        {QStringLiteral("disk_full"), Msg::DiskFull},
        {QStringLiteral("file_quota_full"), Msg::FileQuotaFull},
    };
    return map.value(c, Msg::None);
}

Msg classifyStatus(int status)
{
    if (status <= 0)
        return Msg::Generic;
    const Msg m = classifyHttpCode(codeForStatus(status));
    if (m != Msg::None)
        return m;
    if (status >= 500 && status < 600)
        return Msg::OtherServerError;
    if (status >= 400 && status < 500)
        return Msg::OtherClientError;
    return Msg::Generic;
}

Msg classify(const ApiError &e)
{
    const QString code = e.code.trimmed().toLower();
    // Codes the app sets itself say more than the kind or status they came with.
    if (e.kind != ErrorKind::None) {
        const Msg own = classifyAppCode(code);
        if (own != Msg::None)
            return own;
    }
    switch (e.kind) {
    case ErrorKind::None:
        return Msg::None;
    case ErrorKind::Network:
        return Msg::Network;
    case ErrorKind::BadResponse:
        return Msg::BadResponse;
    case ErrorKind::Local:
        return Msg::Local;
    case ErrorKind::Task: {
        Msg m = classifyTaskCode(code);
        if (m == Msg::None)
            m = classifyHttpCode(code); // e.g. a gateway code reported on the task
        return m == Msg::None ? Msg::TaskUnknown : m;
    }
    case ErrorKind::Http:
        break;
    }
    if (ErrorCatalog::isTaskLimit(e))
        return Msg::TaskLimit;
    if (const Msg m = classifyHttpCode(code); m != Msg::None)
        return m;
    int numeric = 0;
    if (e.httpStatus <= 0 && isNumeric(code, &numeric))
        return classifyStatus(numeric);
    return classifyStatus(e.httpStatus);
}

} // namespace

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.kind = ErrorKind::Http;
    e.httpStatus = httpStatus;

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonValue err = o.value(u"error");
        if (err.isObject()) {
            const QJsonObject eo = err.toObject();
            e.code = codeText(eo.value(u"code"));
            e.message = eo.value(u"message").toString();
            if (e.message.isEmpty())
                e.message = eo.value(u"msg").toString();
            e.type = eo.value(u"type").toString();
            e.param = codeText(eo.value(u"param"));
        } else {
            // files-API {"success":false,"code":413,"msg":"..."} and plain
            // {"error":"text"} / {"message":"text"} shapes.
            e.code = codeText(o.value(u"code"));
            if (err.isString())
                e.message = err.toString();
            if (e.message.isEmpty())
                e.message = o.value(u"msg").toString();
            if (e.message.isEmpty())
                e.message = o.value(u"message").toString();
            e.type = o.value(u"type").toString();
        }
    } else {
        // An HTML error page or plain text: keep a short excerpt as the detail.
        const QString text = QString::fromUtf8(body).simplified();
        if (!text.isEmpty() && !text.startsWith(u'<'))
            e.message = text.left(300);
    }

    // A numeric code on a 2xx reply (files API answers 200 with success:false)
    // carries the real status.
    int numeric = 0;
    if ((e.httpStatus < 400) && isNumeric(e.code, &numeric) && numeric >= 400 && numeric < 600)
        e.httpStatus = numeric;

    if (e.code.isEmpty())
        e.code = codeForStatus(e.httpStatus);
    return e;
}

ApiError ApiError::fromTask(const QString &code, const QString &message)
{
    ApiError e;
    e.kind = ErrorKind::Task;
    e.code = code.trimmed().isEmpty() ? QStringLiteral("unknown_error") : code.trimmed();
    e.message = message;
    e.type = QStringLiteral("task_error");
    return e;
}

ApiError ApiError::network(const QString &detail)
{
    ApiError e;
    e.kind = ErrorKind::Network;
    e.code = QStringLiteral("network_error");
    e.message = detail;
    return e;
}

ApiError ApiError::local(const QString &detail)
{
    ApiError e;
    e.kind = ErrorKind::Local;
    e.code = QStringLiteral("local_error");
    e.message = detail;
    return e;
}

QString ErrorCatalog::settledMessage(const ApiError &error)
{
    switch (classify(error)) {
    case Msg::Network:
        return tr("The connection failed and Kling Studio has stopped trying. Check your "
                  "internet connection, then try again.");
    case Msg::RateLimited:
        return tr("EvoLink kept answering \"too many requests\", so Kling Studio has stopped "
                  "trying; this request was not charged. Wait a few minutes, then generate "
                  "again.");
    default:
        return userMessage(error);
    }
}

QString ErrorCatalog::detailLabel(const ApiError &error)
{
    return error.kind == ErrorKind::Local || error.kind == ErrorKind::Network
        ? tr("Details: %1")
        : tr("Server said: %1");
}

QString ErrorCatalog::userMessage(const ApiError &error)
{
    switch (classify(error)) {
    case Msg::None:
        return {};
    case Msg::Network:
        return tr("Kling Studio could not reach EvoLink. Check your internet connection; "
                  "the request will be tried again.");
    case Msg::BadResponse:
        return tr("EvoLink sent a reply Kling Studio could not understand. Try again in a few "
                  "minutes; if it keeps happening, update Kling Studio.");
    case Msg::LostTaskUncertain:
        return tr("The answer to this request was lost, and Kling Studio cannot prove which of "
                  "the tasks EvoLink lists is this job's, so nothing was sent again. The "
                  "details name the tasks found.");
    case Msg::JournalWriteFailed:
        return tr("The job history could not be written, so Kling Studio stopped this job to "
                  "lose nothing unseen. The details say what is known and what to do.");
    case Msg::Local:
        return tr("A file on this computer could not be read or written. Check that it still "
                  "exists, that you may access it and that the disk has free space.");
    case Msg::InvalidRequest:
        return tr("EvoLink rejected the request because a setting is invalid. Check the details "
                  "below, correct the setting, then submit again.");
    case Msg::InvalidTaskId:
        return tr("The task ID is malformed: EvoLink task IDs start with \"task-unified-\". "
                  "Check the ID and try again.");
    case Msg::InvalidMediaUrl:
        return tr("EvoLink could not fetch one of the images or the video. Upload the file "
                  "again or use a public HTTPS link, then resubmit.");
    case Msg::Unauthorized:
        return tr("EvoLink rejected your API key: it is invalid or has expired. Enter a valid "
                  "key in Settings.");
    case Msg::KeyDisabled:
        return tr("This API key has been disabled. Enable it in the EvoLink console or enter "
                  "another key in Settings.");
    case Msg::KeyExpired:
        return tr("This API key has expired. Create a new key in the EvoLink console and enter "
                  "it in Settings.");
    case Msg::IpRestricted:
        return tr("This API key may not be used from your current network (IP restriction). "
                  "Allow this address in the EvoLink console or use another key.");
    case Msg::UserDisabled:
        return tr("Your EvoLink account has been disabled. Contact EvoLink support.");
    case Msg::Balance:
        return tr("Your EvoLink balance is too low for this job. Top up your credits, then "
                  "resubmit.");
    case Msg::KeyQuota:
        return tr("This API key has used up its credit limit. Raise the key's limit in the "
                  "EvoLink console or enter another key.");
    case Msg::KeyDailyQuota:
        return tr("This API key has reached its daily limit, which resets at midnight. Try "
                  "again tomorrow or enter another key.");
    case Msg::ModelAccessDenied: {
        const QString model = deniedModel(error);
        if (model.isEmpty())
            return tr("This key has no access to this model; enable the model for the key in "
                      "the EvoLink console, then try again. Nothing was charged: no task was "
                      "created.");
        return tr("This key has no access to %1; enable the model for the key in the EvoLink "
                  "console, then try again. Nothing was charged: no task was created.")
            .arg(model);
    }
    case Msg::PermissionDenied:
        return tr("This task belongs to another account, so your API key cannot read it. "
                  "Kling Studio has stopped tracking it.");
    case Msg::TaskNotFound:
        return tr("EvoLink no longer knows this task (it is unknown or has expired). Kling "
                  "Studio has stopped tracking it.");
    case Msg::NotFound:
        return tr("The EvoLink server could not find what was asked for (HTTP 404). Check the "
                  "API address in Settings.");
    case Msg::RequestTimeout:
        return tr("The request to EvoLink took too long. Try again.");
    case Msg::Conflict:
        return tr("EvoLink refused the request because it conflicts with another one. Check "
                  "the history before you submit again.");
    case Msg::IdempotencyConflict:
        return tr("EvoLink already has a submission with this ID. Check the history for the "
                  "job instead of submitting it again, so you are not charged twice.");
    case Msg::TooLarge:
        return tr("The request is too large for EvoLink. Use smaller images or a shorter, "
                  "smaller video, then submit again.");
    case Msg::UnsupportedMedia:
        return tr("EvoLink does not accept this file type. Use JPEG or PNG images and MP4 or "
                  "MOV video.");
    case Msg::RateLimited:
        if (error.retryAfterSeconds > 0) {
            return tr("Too many requests to EvoLink right now. Kling Studio will try again in "
                      "%1 s.")
                .arg(error.retryAfterSeconds);
        }
        return tr("Too many requests to EvoLink right now. Kling Studio will wait and try "
                  "again automatically.");
    case Msg::TaskLimit:
        return tr("EvoLink is running as many tasks as your account allows; this job waits "
                  "and starts when one finishes. Nothing was charged for the attempt.");
    case Msg::InternalError:
        return tr("EvoLink had an internal server error. Try again in a few minutes.");
    case Msg::UpstreamError:
        return tr("The Kling AI service behind EvoLink is not responding. Try again in a few "
                  "minutes.");
    case Msg::ServiceUnavailable:
        return tr("The Kling O3 service is temporarily unavailable. Try again in a few "
                  "minutes.");
    case Msg::GatewayTimeout:
        return tr("EvoLink did not answer in time. Check the history before you submit again, "
                  "then try later.");
    case Msg::ContentPolicy:
        return ContentPolicyAdvice::userMessage(error.message, error.kind == ErrorKind::Task);
    case Msg::FileQuotaFull:
        return tr("EvoLink's file storage has no room for this job's files, so the job stopped "
                  "before anything was uploaded or paid. Uploaded files expire after 72 hours, "
                  "which frees room; the details say how many files are left.");
    case Msg::VideoUploadRefused:
        return tr("EvoLink's file service did not accept the video. EvoLink documents uploads "
                  "for images only (JPEG, PNG, GIF, WebP), so a local video may be refused. Put "
                  "the video online at a public https:// link that downloads the file directly, "
                  "and use that link instead of the local file.");
    case Msg::ResultLinkExpired:
        return tr("The video's download link has expired (EvoLink keeps result links for 24 "
                  "hours), so this video can no longer be downloaded. Resubmit the job to make "
                  "it again.");
    case Msg::ResultDownloadFailed:
        return tr("The finished video could not be downloaded from %1, the server that hosts "
                  "EvoLink's results. Kling Studio has stopped trying; the video link is kept, "
                  "so you can download it again later (it stays valid for 24 hours after the "
                  "video was ready).")
            .arg(error.param.isEmpty() ? tr("the result server") : error.param);
    case Msg::ResultNotVideo:
        return tr("What %1 sent instead of the finished video is not the video, so it was not "
                  "saved as one. The video link is kept: download it again later (it stays "
                  "valid for 24 hours after the video was ready).")
            .arg(error.param.isEmpty() ? tr("the result server") : error.param);
    case Msg::ResultTooLarge:
        return tr("%1 sent far more data than the video can be, so the download was stopped "
                  "before it could fill the disk. The video link is kept: download it again "
                  "later (it stays valid for 24 hours after the video was ready).")
            .arg(error.param.isEmpty() ? tr("The result server") : error.param);
    case Msg::DiskFull:
        return tr("The disk is full. Free some disk space or choose a folder on another disk, "
                  "then download the video again; the video link is kept.");
    case Msg::TaskInvalidParameters:
        return tr("Kling rejected the job's parameters. Check the settings, then resubmit.");
    case Msg::ImageProcessing:
        return tr("An input image could not be processed. Use another image, then resubmit.");
    case Msg::ImageDimension:
        return tr("An input image's size or aspect ratio does not fit the request. Resize or "
                  "crop it, then resubmit.");
    case Msg::Cancelled:
        return tr("The task was cancelled (for example from the EvoLink dashboard). Resubmit "
                  "it if you still want the video.");
    case Msg::NoContent:
        return tr("The model produced no video for this prompt. Rephrase the prompt, then "
                  "resubmit.");
    case Msg::TaskServiceError:
        return tr("The generation service had an internal error. Resubmit in a few minutes; "
                  "the failed task is not charged.");
    case Msg::TaskTimeout:
        return tr("Generation took too long and timed out. Resubmit later; the failed task is "
                  "not charged.");
    case Msg::ResourceExhausted:
        return tr("The generation service is at capacity. Wait a minute, then resubmit.");
    case Msg::TaskQuota:
        return tr("The job hit a rate or quota limit. Wait a while, then resubmit less "
                  "often.");
    case Msg::TaskServiceUnavailable:
        return tr("The generation service was temporarily unavailable. Resubmit in a few "
                  "minutes.");
    case Msg::ResourceNotFound:
        return tr("The task ID is invalid or has expired, so the task can no longer be "
                  "tracked.");
    case Msg::TaskModelUnavailable:
        return tr("The Kling O3 model was temporarily unavailable. Resubmit in a few "
                  "minutes.");
    case Msg::TaskUpstream:
        return tr("The Kling AI service behind EvoLink failed while generating. Resubmit in a "
                  "few minutes.");
    case Msg::TaskUnknown:
        return tr("The task failed for an unknown reason. Resubmit it; if it keeps failing, "
                  "contact EvoLink support.");
    case Msg::OtherClientError:
        return tr("EvoLink refused the request (HTTP %1). Check the details below and your "
                  "settings, then try again.")
            .arg(error.httpStatus);
    case Msg::OtherServerError:
        return tr("EvoLink had a server error (HTTP %1). Try again in a few minutes.")
            .arg(error.httpStatus);
    case Msg::Generic:
        break;
    }
    return tr("Something went wrong while talking to EvoLink. Try again; if it keeps "
              "happening, check the details below.");
}

ErrorAction ErrorCatalog::action(const ApiError &error)
{
    switch (classify(error)) {
    case Msg::None:
    case Msg::Local:
    case Msg::InvalidTaskId:
    case Msg::IpRestricted:
    case Msg::UserDisabled:
    case Msg::ModelAccessDenied:
    case Msg::PermissionDenied:
    case Msg::TaskNotFound:
    case Msg::NotFound:
    case Msg::Conflict:
    case Msg::IdempotencyConflict:
    case Msg::ResourceNotFound:
    case Msg::Generic:
    // Sending again could pay twice: the message and its details say what is known.
    case Msg::LostTaskUncertain:
    case Msg::JournalWriteFailed:
        return ErrorAction::None;
    case Msg::Network:
    case Msg::RequestTimeout:
    case Msg::ResultDownloadFailed:
    case Msg::ResultNotVideo:
    case Msg::ResultTooLarge:
    case Msg::DiskFull:
        return ErrorAction::Retry;
    case Msg::BadResponse:
    case Msg::KeyDailyQuota:
    case Msg::FileQuotaFull:
    case Msg::RateLimited:
    case Msg::TaskLimit:
    case Msg::InternalError:
    case Msg::UpstreamError:
    case Msg::ServiceUnavailable:
    case Msg::GatewayTimeout:
    case Msg::OtherServerError:
        return ErrorAction::RetryLater;
    case Msg::Unauthorized:
    case Msg::KeyDisabled:
    case Msg::KeyExpired:
    case Msg::KeyQuota:
        return ErrorAction::AskForKey;
    case Msg::Balance:
        return ErrorAction::TopUp;
    case Msg::InvalidRequest:
    case Msg::InvalidMediaUrl:
    case Msg::VideoUploadRefused:
    case Msg::TooLarge:
    case Msg::UnsupportedMedia:
    case Msg::ContentPolicy:
    case Msg::TaskInvalidParameters:
    case Msg::ImageProcessing:
    case Msg::ImageDimension:
    case Msg::NoContent:
    case Msg::OtherClientError:
        return ErrorAction::ChangeInput;
    case Msg::Cancelled:
    case Msg::ResultLinkExpired:
    case Msg::TaskServiceError:
    case Msg::TaskTimeout:
    case Msg::ResourceExhausted:
    case Msg::TaskQuota:
    case Msg::TaskServiceUnavailable:
    case Msg::TaskModelUnavailable:
    case Msg::TaskUpstream:
    case Msg::TaskUnknown:
        return ErrorAction::Resubmit;
    }
    return ErrorAction::None;
}

bool ErrorCatalog::isTransient(const ApiError &error)
{
    // Task failures are never transient here: retrying one means a new,
    // separately billed task (API.md §6.2), which is the user's decision.
    switch (classify(error)) {
    case Msg::Network:
    case Msg::BadResponse:
    case Msg::RequestTimeout:
    case Msg::RateLimited:
    case Msg::TaskLimit:
    case Msg::InternalError:
    case Msg::UpstreamError:
    case Msg::ServiceUnavailable:
    case Msg::GatewayTimeout:
    case Msg::OtherServerError:
        return error.kind != ErrorKind::Task;
    default:
        break;
    }
    return false;
}

bool ErrorCatalog::isTaskLimit(const ApiError &error)
{
    // A client refusal only (4xx): a 5xx says nothing about what was made.
    if (error.kind != ErrorKind::Http || error.httpStatus == 402 || error.httpStatus < 400
        || error.httpStatus >= 500
        || error.code.trimmed().compare(u"quota_exceeded", Qt::CaseInsensitive) != 0)
        return false;
    if (error.httpStatus == 429)
        return true;
    return error.message.contains(u"concurren", Qt::CaseInsensitive)
        || error.message.contains(u"simultaneous", Qt::CaseInsensitive);
}

bool ErrorCatalog::isRateLimit(const ApiError &error)
{
    return error.kind == ErrorKind::Http && error.httpStatus == 429
        && classify(error) == Msg::RateLimited;
}

bool ErrorCatalog::needsDialog(const ApiError &error)
{
    const ErrorAction a = action(error);
    return a == ErrorAction::AskForKey || a == ErrorAction::TopUp;
}

} // namespace ks

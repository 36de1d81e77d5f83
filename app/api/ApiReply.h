#pragma once
// One call to EvoLink in flight. Emits finished() once; then error() is
// either None or says what went wrong, and the typed result is filled.

#include "core/ApiError.h"
#include "core/FileQuota.h"
#include "core/ModerationResult.h"
#include "core/TaskSnapshot.h"
#include "core/UploadResult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkReply;

namespace ks {

struct Credits
{
    double userRemaining = 0;
    double userUsed = 0;
    double tokenRemaining = 0;
    double tokenUsed = 0;
    bool tokenUnlimited = false;
};

class ApiReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiReply)
public:
    enum class Kind {
        CreateTask,
        GetTask,
        ListTasks,
        Credits,
        Upload,
        Models,
        FileQuota,
        Moderation
    };
    explicit ApiReply(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    bool isFinished() const { return m_finished; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    // True when a create request was sent but no answer came back: the
    // server may or may not have created (and billed) the task.
    bool outcomeUnknown() const { return m_outcomeUnknown; }
    bool idempotentReplay() const { return m_replayed; }

    const TaskSnapshot &task() const { return m_task; } // CreateTask, GetTask
    const QList<TaskSnapshot> &tasks() const { return m_tasks; } // ListTasks
    const UploadResult &upload() const { return m_upload; } // Upload
    const Credits &credits() const { return m_credits; } // Credits
    const QStringList &models() const { return m_models; } // Models: ids, in the server's order
    const ks::FileQuota &fileQuota() const { return m_fileQuota; } // FileQuota
    const ModerationResult &moderation() const { return m_moderation; } // Moderation

    void abort();

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    friend class EvoLinkClient;
    Kind m_kind;
    bool m_finished = false;
    bool m_attaching = false; // inside EvoLinkClient::attach(): no one listens yet
    bool m_outcomeUnknown = false;
    bool m_replayed = false;
    bool m_aborted = false; // abort() called: a cancel, not a timeout
    bool m_redirectRefused = false;
    QString m_sentMime; // Upload: what we declared, to check the reply against
    QByteArray m_body; // read as it arrives, at most EvoLinkClient::kMaxBodyBytes
    bool m_bodyTooLong = false; // the answer ran past the bound and was cut off
    int m_httpStatus = 0;
    ApiError m_error;
    TaskSnapshot m_task;
    QList<TaskSnapshot> m_tasks;
    UploadResult m_upload;
    Credits m_credits;
    QStringList m_models;
    ks::FileQuota m_fileQuota;
    ModerationResult m_moderation;
    QPointer<QNetworkReply> m_reply;
};

} // namespace ks

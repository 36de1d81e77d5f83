#pragma once
// Models whose creates wait because EvoLink refused one before making a task:
// "too many tasks at once" (429 quota_exceeded, API.md §10.1 #12) or "too many
// requests" (429 rate_limit_exceeded, §8). A hold ends after a backoff of
// 30 s, 60 s, then 120 s with ±20 % jitter (or the server's Retry-After), or,
// for the task limit, as soon as a job of that model finishes here.

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace ks {

class ModelCreateHolds final : public QObject
{
    Q_DISABLE_COPY_MOVE(ModelCreateHolds)
public:
    enum class Reason { TaskLimit, RateLimit };

    explicit ModelCreateHolds(QObject *parent = nullptr);

    // Multiplies the backoff (tests shrink it with the poll schedule).
    void setScale(double scale) { m_scale = scale; }
    // Called with the model when one of its holds ends.
    void setOnReleased(std::function<void(const QString &)> fn) { m_onReleased = std::move(fn); }

    // Holds `model` after a refusal; returns the wait in ms.
    int hold(const QString &model, Reason reason, int retryAfterSeconds);
    bool isHeld(const QString &model) const { return m_holds.contains(model); }
    int count() const { return int(m_holds.size()); } // holds pending
    // A job of `model` left its slot here: a task-limit hold ends now (the
    // account has room again); a rate-limit hold keeps its time.
    void jobFinished(const QString &model);
    // A create of `model` went through: the next refusal waits 30 s again.
    void createAccepted(const QString &model) { m_strikes.remove(model); }

private:
    struct Hold
    {
        QTimer *timer = nullptr;
        Reason reason = Reason::TaskLimit;
    };

    void release(const QString &model);

    double m_scale = 1.0;
    QHash<QString, Hold> m_holds;
    QHash<QString, int> m_strikes; // refusals in a row, per model
    std::function<void(const QString &)> m_onReleased;
};

} // namespace ks

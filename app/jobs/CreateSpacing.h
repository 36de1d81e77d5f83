#pragma once
// Keeps the create requests (POST /v1/videos/generations) of one job manager
// apart in time: EvoLink advises 1-2 s between requests (API.md §10.1 #12).
// Callers wait their turn in order on a timer, never blocking the event loop;
// the gap is measured on a steady clock from the moment the previous create
// went out.

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace ks {

class CreateSpacing final : public QObject
{
    Q_DISABLE_COPY_MOVE(CreateSpacing)
public:
    // 1 s as EvoLink advises, plus 0.1 s so that two creates still reach the
    // server 1 s apart when the first one waited for its connection.
    static constexpr int kGapMs = 1100;

    explicit CreateSpacing(QObject *parent = nullptr, int gapMs = kGapMs);

    // Calls `go` once the gap since the previous create has passed, after
    // those who asked before; `go` must send its create at once. Nothing
    // happens if `context` is destroyed or cancel()ed first.
    void whenClear(QObject *context, std::function<void()> go);
    // Forgets what `context` asked for (its job stopped meanwhile).
    void cancel(QObject *context);
    int waiting() const { return int(m_waiters.size()); }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> go;
    };

    void serve();

    int m_gapMs;
    QElapsedTimer m_sinceLast; // invalid until the first create
    QList<Waiter> m_waiters;
    QTimer m_timer;
};

} // namespace ks

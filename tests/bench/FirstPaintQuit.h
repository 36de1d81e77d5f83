#pragma once
// Quits the application right after the first paint of a window has been
// handled, as klingstudio --benchmark-startup does, and says so on stdout
// (the line ks_bench_spawn times), so the floor programs and the app are
// timed to the same point.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace ks::bench {

class FirstPaintQuit final : public QObject
{
public:
    explicit FirstPaintQuit(QWidget *window) : QObject(window) { window->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_fired) {
            m_fired = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [] {
                std::fputs("first paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_fired = false;
};

} // namespace ks::bench

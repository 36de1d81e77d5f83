#pragma once
// Says in the status bar of the window holding a widget what an action just
// did (or why it could not), so that file and link actions taken from any
// panel are confirmed where the user looks for it.

#include <QString>

class QWidget;

namespace ks {

class StatusNotice final
{
public:
    static constexpr int kConfirmMs = 6000;
    static constexpr int kProblemMs = 30000;
    // Shows `message` in the status bar of `from`'s main window, if it has one.
    static void show(QWidget *from, const QString &message, int timeoutMs = kConfirmMs);
};

} // namespace ks

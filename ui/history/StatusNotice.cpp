#include "history/StatusNotice.h"

#include <QMainWindow>
#include <QStatusBar>

namespace ks {

void StatusNotice::show(QWidget *from, const QString &message, int timeoutMs)
{
    for (QWidget *w = from; w; w = w->parentWidget()) {
        if (auto *main = qobject_cast<QMainWindow *>(w)) {
            main->statusBar()->showMessage(message, timeoutMs);
            return;
        }
    }
}

} // namespace ks

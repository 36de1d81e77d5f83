#include "platform/GlobalMenu.h"

#include <QCoreApplication>
#include <QList>
#include <QtGlobal>

namespace ks::GlobalMenu {

bool offeredBy(const QByteArray &currentDesktop)
{
    // A colon-separated list, most specific first.
    const QList<QByteArray> names = currentDesktop.split(':');
    for (const QByteArray &name : names) {
        const QByteArray lower = name.trimmed().toLower();
        if (lower == "kde" || lower.startsWith("unity"))
            return true;
    }
    return false;
}

void applyDesktopPolicy()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!offeredBy(qgetenv("XDG_CURRENT_DESKTOP")))
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeMenuBar);
#endif
}

} // namespace ks::GlobalMenu

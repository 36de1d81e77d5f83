// Windows and macOS: the message of a system tray icon, which Qt shows as the
// platform's own notification. The icon appears with the first message.
#include "desktop/DesktopNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace ks {

class DesktopNotifier::Private
{
public:
    QSystemTrayIcon *tray = nullptr;
    QString lastTag; // a tray shows one message at a time
};

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
}

DesktopNotifier::~DesktopNotifier() = default;

bool DesktopNotifier::show(const QString &title, const QString &body, const QString &tag)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return false;
    if (!d->tray) {
        d->tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        d->tray->setToolTip(QApplication::applicationDisplayName());
        connect(d->tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit activated(d->lastTag); });
    }
    d->tray->show();
    d->lastTag = tag;
    d->tray->showMessage(title, body, QSystemTrayIcon::Information);
    return true;
}

void DesktopNotifier::onActionInvoked(uint, const QString &) { }

void DesktopNotifier::onClosed(uint, uint) { }

} // namespace ks

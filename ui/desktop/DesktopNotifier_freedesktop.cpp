// Linux and the BSDs: org.freedesktop.Notifications on the session bus
// (Desktop Notifications Specification 1.2), called without waiting.
#include "desktop/DesktopNotifier.h"

#include "platform/Logging.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QHash>
#include <QVariantMap>

namespace ks {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
} // namespace

class DesktopNotifier::Private
{
public:
    QDBusConnection bus = QDBusConnection::sessionBus();
    bool listening = false;
    QHash<uint, QString> tags; // notification id → tag, until it closes
};

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::useBus(const QDBusConnection &bus)
{
    d->bus = bus;
    d->listening = false;
}

bool DesktopNotifier::show(const QString &title, const QString &body, const QString &tag)
{
    if (!d->bus.isConnected())
        return false;
    if (!d->listening) {
        d->bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                       SLOT(onActionInvoked(uint, QString)));
        d->bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                       SLOT(onClosed(uint, uint)));
        d->listening = true;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(KS_APP_ID));
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral(KS_APP_ID) << title
         << body << QStringList {kDefaultAction, tr("Show")} << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(d->bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, tag](QDBusPendingCallWatcher *w) {
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError())
                    qCInfo(lcPlatform) << "no desktop notification:" << reply.error().message();
                else
                    d->tags.insert(reply.value(), tag);
                w->deleteLater();
            });
    return true;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = d->tags.constFind(id);
    if (it != d->tags.constEnd() && action == kDefaultAction)
        emit activated(*it);
}

void DesktopNotifier::onClosed(uint id, uint /*reason*/)
{
    d->tags.remove(id);
}

} // namespace ks

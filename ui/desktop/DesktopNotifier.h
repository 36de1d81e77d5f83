#pragma once
// A desktop notification in the platform's own way: the freedesktop
// notification service over D-Bus on Linux and the BSDs
// (DesktopNotifier_freedesktop.cpp), the system tray's message on Windows and
// macOS (DesktopNotifier_tray.cpp). CMake picks the file for the platform.

#include <QObject>
#include <QString>

#include <memory>

class QDBusConnection;

namespace ks {

class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Shows `title` and `body`; a click on it comes back as activated(tag).
    // Returns false when the platform has no way to show it (no service,
    // no tray): nothing was shown.
    bool show(const QString &title, const QString &body, const QString &tag);

#ifdef KS_NOTIFY_DBUS
    // Tests: talk to this bus instead of the session bus.
    void useBus(const QDBusConnection &bus);
#endif

signals:
    void activated(const QString &tag);

private slots:
    // The service's signals (D-Bus connects them by name).
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks

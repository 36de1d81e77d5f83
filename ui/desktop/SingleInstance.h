#pragma once
// One running Kling Studio per user and data folder: a later launch hands
// its file arguments to the first over a local socket and exits; the first
// raises its window and opens them.

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace ks {

class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)
public:
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Name for this user and data folder (KLINGSTUDIO_DATA_DIR / _CONFIG_DIR
    // make a separate instance: a different journal is a different studio).
    // On Unix a socket path in XDG_RUNTIME_DIR (private to the user) when set.
    static QString defaultServerName();
    // True when KLINGSTUDIO_MULTI_INSTANCE is set to a non-empty value other
    // than 0: tests and scripts that need several windows.
    static bool disabledByEnvironment();

    // Sends `files` (made absolute) to a running instance and waits for its
    // acknowledgement. True: the other instance has them, this one may exit.
    bool forwardToPrimary(const QStringList &files, int timeoutMs = 2000);
    // Becomes the instance later launches talk to. Removes a stale socket
    // left by a crashed instance. False (with a warning) if it cannot listen.
    bool listen();
    bool isListening() const;
    QString serverName() const { return m_serverName; }

signals:
    // Another launch asked to be shown, with its (absolute) file arguments.
    void activationRequested(const QStringList &files);

private:
    void onNewConnection();
    void readMessage(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace ks

#include "desktop/SingleInstance.h"

#include "platform/Logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace ks {

namespace {
// Bumped if the message layout changes, so an old and a new build running
// side by side refuse each other instead of misreading.
constexpr quint32 kMagic = 0x4b53'4931; // "KSI1"
constexpr char kAck = '\x06';
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent), m_serverName(serverName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    // Home folder plus any data/config override identifies "this studio";
    // hashed so the name stays short and free of path separators.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QDir::homePath().toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(qgetenv("KLINGSTUDIO_DATA_DIR"));
    hash.addData(QByteArrayView("\n"));
    hash.addData(qgetenv("KLINGSTUDIO_CONFIG_DIR"));
    const QString name = QStringLiteral(KS_APP_ID) + QLatin1Char('-')
        + QString::fromLatin1(hash.result().toHex().left(16));
#ifdef Q_OS_UNIX
    // QLocalServer would put the socket in /tmp, shared by all users;
    // XDG_RUNTIME_DIR is the user's own 0700 folder.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(name);
#endif
    return name;
}

bool SingleInstance::disabledByEnvironment()
{
    const QByteArray value = qgetenv("KLINGSTUDIO_MULTI_INSTANCE");
    return !value.isEmpty() && value != "0";
}

bool SingleInstance::forwardToPrimary(const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;

    QStringList absolute;
    absolute.reserve(files.size());
    for (const QString &file : files)
        absolute << QFileInfo(file).absoluteFilePath();

    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << kMagic << absolute;
    }
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the acknowledgement: a primary that hangs or dies mid-way
    // must not swallow the launch.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    char ack = 0;
    return socket.getChar(&ack) && ack == kAck;
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->isListening())
        return true;
    if (m_server->listen(m_serverName))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered forwardToPrimary(), so the socket is stale.
        QLocalServer::removeServer(m_serverName);
        if (m_server->listen(m_serverName))
            return true;
    }
    qCWarning(lcUi) << "single instance: cannot listen on" << m_serverName << ":"
                    << m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        if (socket->bytesAvailable() > 0)
            readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    QDataStream in(socket);
    in.setVersion(QDataStream::Qt_6_0);
    in.startTransaction();
    quint32 magic = 0;
    QStringList files;
    in >> magic >> files;
    if (!in.commitTransaction())
        return; // the rest is still on its way
    if (magic != kMagic) {
        qCWarning(lcUi) << "single instance: ignored a message from an incompatible launch";
        socket->disconnectFromServer();
        return;
    }
    socket->putChar(kAck);
    socket->flush();
    qCInfo(lcUi) << "single instance: activation requested with" << files.size() << "file(s)";
    emit activationRequested(files);
}

} // namespace ks

// Single running instance: a second launch (a thread here, then the real
// klingstudio binary) hands its files to the first and exits; stale sockets,
// foreign messages and the opt-out variable behave.

#include "desktop/SingleInstance.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

class TstSingleInstance final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runtime;
    QTemporaryDir m_data;
    int m_counter = 0;

    QString uniqueName() { return m_runtime.filePath(QStringLiteral("ks-%1").arg(++m_counter)); }

    // Runs forwardToPrimary on another thread: the blocking client must not
    // stall the event loop the primary answers from.
    static bool forwardFromThread(const QString &name, const QStringList &files)
    {
        std::atomic<int> result {-1};
        std::unique_ptr<QThread> thread(QThread::create([&] {
            ks::SingleInstance second(name);
            result = second.forwardToPrimary(files, 3000) ? 1 : 0;
        }));
        thread->start();
        if (!QTest::qWaitFor([&] { return thread->isFinished(); }, 10000))
            return false;
        thread->wait();
        return result == 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QVERIFY(m_data.isValid());
        QFile::setPermissions(m_runtime.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
        qputenv("KLINGSTUDIO_DATA_DIR", QFile::encodeName(m_data.path()));
        qputenv("KLINGSTUDIO_CONFIG_DIR", QFile::encodeName(m_data.filePath(QStringLiteral("c"))));
        qunsetenv("KLINGSTUDIO_MULTI_INSTANCE");
    }

    void nobodyListening()
    {
        ks::SingleInstance lonely(uniqueName());
        QVERIFY(!lonely.forwardToPrimary({QStringLiteral("a.png")}, 300));
    }

    void forwardsAbsolutePaths()
    {
        const QString name = uniqueName();
        ks::SingleInstance primary(name);
        QVERIFY(primary.listen());
        QVERIFY(primary.isListening());
        QSignalSpy spy(&primary, &ks::SingleInstance::activationRequested);

        // An absolute path of this system ("/tmp/…", "C:/tmp/…") stays as it is.
        const QString absolute = QDir::rootPath() + QStringLiteral("tmp/start.png");
        QVERIFY(forwardFromThread(name, {QStringLiteral("clip one.mp4"), absolute}));
        QTRY_COMPARE(spy.count(), 1);
        const QStringList files = spy.at(0).at(0).toStringList();
        QCOMPARE(files,
                 QStringList(
                     {QDir::current().absoluteFilePath(QStringLiteral("clip one.mp4")), absolute}));

        // No files: still an activation (raise the window).
        QVERIFY(forwardFromThread(name, {}));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toStringList(), QStringList());
    }

    void secondPrimaryCannotStealTheName()
    {
        const QString name = uniqueName();
        ks::SingleInstance first(name);
        QVERIFY(first.listen());
        QSignalSpy spy(&first, &ks::SingleInstance::activationRequested);
        // A launch that lost the race forwards instead of listening.
        const QString file = QDir::rootPath() + QStringLiteral("x/y.jpg");
        QVERIFY(forwardFromThread(name, {file}));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toStringList(), QStringList {file});
    }

    void foreignMessageIsRefused()
    {
        const QString name = uniqueName();
        ks::SingleInstance primary(name);
        QVERIFY(primary.listen());
        QSignalSpy spy(&primary, &ks::SingleInstance::activationRequested);

        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(2000));
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out << quint32(0xdeadbeef) << QStringList {QStringLiteral("/etc/passwd")};
        QCOMPARE(socket.write(bytes), qint64(bytes.size()));
        // (Not waitForBytesWritten: on Windows it fails once the primary has
        // read the message and closed the pipe, which is what is tested.)
        socket.flush();
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(socket.bytesAvailable(), qint64(0)); // no acknowledgement
    }

    void staleSocketIsReplaced()
    {
#ifdef Q_OS_UNIX
        // A crashed instance leaves its socket file behind.
        const QString name = uniqueName();
        QFile stale(name);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        ks::SingleInstance primary(name);
        QVERIFY(primary.listen());
        QSignalSpy spy(&primary, &ks::SingleInstance::activationRequested);
        QVERIFY(forwardFromThread(name, {QStringLiteral("/a.png")}));
        QTRY_COMPARE(spy.count(), 1);
#else
        QSKIP("named pipes leave nothing behind");
#endif
    }

    void nameFollowsUserAndDataFolder()
    {
        const QString a = ks::SingleInstance::defaultServerName();
#ifdef Q_OS_UNIX
        // In the user's own runtime folder, not the shared /tmp.
        QVERIFY(a.startsWith(m_runtime.filePath(QStringLiteral(KS_APP_ID "-"))));
#else
        // A pipe name: no folder, no separators.
        QVERIFY(a.startsWith(QStringLiteral(KS_APP_ID "-")));
        QVERIFY(!a.contains(u'/') && !a.contains(u'\\'));
#endif
        QCOMPARE(ks::SingleInstance::defaultServerName(), a);
        const QByteArray saved = qgetenv("KLINGSTUDIO_DATA_DIR");
        qputenv("KLINGSTUDIO_DATA_DIR", saved + "-other");
        const QString b = ks::SingleInstance::defaultServerName();
        qputenv("KLINGSTUDIO_DATA_DIR", saved);
        QVERIFY(b != a);
    }

    void environmentOptOut()
    {
        qunsetenv("KLINGSTUDIO_MULTI_INSTANCE");
        QVERIFY(!ks::SingleInstance::disabledByEnvironment());
        qputenv("KLINGSTUDIO_MULTI_INSTANCE", "0");
        QVERIFY(!ks::SingleInstance::disabledByEnvironment());
        qputenv("KLINGSTUDIO_MULTI_INSTANCE", "1");
        QVERIFY(ks::SingleInstance::disabledByEnvironment());
        qunsetenv("KLINGSTUDIO_MULTI_INSTANCE");
    }

    // The real GUI binary as the second launch: it must forward its file
    // (made absolute against its own working directory) and exit 0 at once,
    // without opening a window.
    void realSecondLaunchForwardsAndExits()
    {
        ks::SingleInstance primary(ks::SingleInstance::defaultServerName());
        QVERIFY(primary.listen());
        QSignalSpy spy(&primary, &ks::SingleInstance::activationRequested);

        QTemporaryDir cwd;
        QVERIFY(cwd.isValid());
        QProcess second;
        second.setWorkingDirectory(cwd.path());
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QStringLiteral(KS_GUI_BINARY), {QStringLiteral("start frame.png")});
        QVERIFY(second.waitForStarted(5000));
        // The child blocks until we acknowledge, so keep our loop running.
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 15000);
        QCOMPARE(spy.at(0).at(0).toStringList(),
                 QStringList {cwd.filePath(QStringLiteral("start frame.png"))});
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 10000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
    }

    void cleanupTestCase()
    {
        qunsetenv("XDG_RUNTIME_DIR");
    }
};

QTEST_MAIN(TstSingleInstance)
#include "tst_singleinstance.moc"

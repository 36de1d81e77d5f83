// Issue 20 part 5: a job that ends while the window is in the background is
// told through the desktop's notification service. A private D-Bus session
// bus (dbus-daemon) carries the real calls to a stand-in for
// org.freedesktop.Notifications; the jobs run against the simulator.

#include "JobRows.h"
#include "JobWorld.h"
#include "desktop/DesktopNotifier.h"
#include "desktop/JobAlerts.h"
#include "jobs/JobManager.h"
#include "platform/Settings.h"
#include "sim/Simulator.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QStandardPaths>
#include <QWidget>
#include <QtTest>

using namespace ks;
using namespace ks::test;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// What a notification server receives, as the specification names it.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public slots:
    uint Notify(const QString &appName, uint /*replacesId*/, const QString & /*icon*/,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int /*timeout*/)
    {
        shown.append({appName, summary, body, actions, hints});
        return uint(shown.size()) + 40; // ids are the server's
    }
};

} // namespace

class TestJobAlerts : public QObject
{
    Q_OBJECT

private:
    QProcess m_bus;
    QString m_address;
    JobWorldFixture m_fixture;
    NotificationServer m_server;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<QWidget> m_window; // never shown: in the background
    std::unique_ptr<JobAlerts> m_alerts;

    JobManager &jobs() { return *m_fixture.world->manager; }
    Job finish(const QString &id) { return m_fixture.world->waitFinished(id, 3000); }

private slots:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        QVERIFY2(!daemon.isEmpty(), "dbus-daemon is needed (packaging/setup.sh test installs it)");
        m_bus.start(daemon,
                    {QStringLiteral("--session"), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted());
        QTRY_VERIFY(m_bus.canReadLine());
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());
        QDBusConnection server = QDBusConnection::connectToBus(m_address, QStringLiteral("server"));
        QVERIFY2(server.isConnected(), qPrintable(server.lastError().message()));
        QVERIFY(server.registerObject(kPath, &m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(kService));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("server"));
        QDBusConnection::disconnectFromBus(QStringLiteral("client"));
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void init()
    {
        const QString notReady = m_fixture.setUp();
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
        m_server.shown.clear();
        m_notifier = std::make_unique<DesktopNotifier>();
        m_notifier->useBus(QDBusConnection::connectToBus(m_address, QStringLiteral("client")));
        m_window = std::make_unique<QWidget>();
        m_alerts = std::make_unique<JobAlerts>(&jobs(), &m_fixture.world->settings, m_window.get(),
                                               m_notifier.get());
    }

    void cleanup()
    {
        m_alerts.reset();
        m_window.reset();
        m_notifier.reset();
        m_fixture.tearDown();
    }

    void readyVideoIsToldWithItsPrompt()
    {
        QSignalSpy activated(m_alerts.get(), &JobAlerts::jobActivated);
        GenerationRequest request = textRequest();
        request.prompt = QStringLiteral("A paper boat   on a rainy street");
        const QString id = jobs().submit(request);
        QCOMPARE(finish(id).state, JobState::Done);
        QTRY_COMPARE(m_server.shown.size(), 1);
        const NotificationServer::Shown &shown = m_server.shown.constFirst();
        QCOMPARE(shown.summary, QStringLiteral("Video ready"));
        QCOMPARE(shown.body, QStringLiteral("A paper boat on a rainy street"));
        QCOMPARE(shown.appName, QCoreApplication::applicationName());
        QCOMPARE(shown.actions.value(0), QStringLiteral("default"));
        QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
                 QStringLiteral(KS_APP_ID));
        QCOMPARE(m_alerts->shownCount(), 1);

        // A click on it (the server's ActionInvoked) brings this job back.
        QDBusMessage click =
            QDBusMessage::createSignal(kPath, kService, QStringLiteral("ActionInvoked"));
        click << uint(41) << QStringLiteral("default");
        QVERIFY(QDBusConnection(QStringLiteral("server")).send(click));
        QTRY_COMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().constFirst().toString(), id);
    }

    void failureSaysWhy()
    {
        m_fixture.world->sim->failNextTask(QStringLiteral("content_policy_violation"));
        const QString id = jobs().submit(textRequest());
        const Job job = finish(id);
        QCOMPARE(job.state, JobState::Failed);
        QTRY_COMPARE(m_server.shown.size(), 1);
        QCOMPARE(m_server.shown.constFirst().summary, QStringLiteral("Generation failed"));
        const QStringList lines = m_server.shown.constFirst().body.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1), ErrorCatalog::userMessage(job.error));
        QVERIFY(!lines.at(1).isEmpty());
    }

    void switchedOffSaysNothing()
    {
        m_fixture.world->settings.setNotifyWhenJobsEnd(false);
        const QString id = jobs().submit(textRequest());
        QCOMPARE(finish(id).state, JobState::Done);
        QTest::qWait(200); // a call would have reached the server by now (it is a local socket)
        QCOMPARE(m_server.shown.size(), 0);
        QCOMPARE(m_alerts->shownCount(), 0);
    }

    void messagesForEachEnd_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("title");
        QTest::newRow("done") << int(JobState::Done) << int(Mode::TextToVideo) << "Video ready";
        QTest::newRow("element") << int(JobState::Done) << int(Mode::CustomElement)
                                 << "Element ready";
        QTest::newRow("expired") << int(JobState::Expired) << int(Mode::TextToVideo)
                                 << "Download link expired";
        QTest::newRow("unknown") << int(JobState::OutcomeUnknown) << int(Mode::TextToVideo)
                                 << "A job needs you";
        QTest::newRow("stalled") << int(JobState::Stalled) << int(Mode::TextToVideo)
                                 << "A job needs you";
        QTest::newRow("stopped") << int(JobState::Stopped) << int(Mode::TextToVideo) << "";
        QTest::newRow("cancelled") << int(JobState::Cancelled) << int(Mode::TextToVideo) << "";
    }

    void messagesForEachEnd()
    {
        QFETCH(int, state);
        QFETCH(int, mode);
        QFETCH(QString, title);
        Job job;
        job.state = JobState(state);
        job.request.mode = Mode(mode);
        job.request.prompt = QStringLiteral("x").repeated(300);
        job.request.elementName = QStringLiteral("Red fox");
        const auto message = JobAlerts::messageFor(job);
        QCOMPARE(message.has_value(), !title.isEmpty());
        if (!message)
            return;
        QCOMPARE(message->title, title);
        const QString first = message->body.section(u'\n', 0, 0);
        if (job.request.mode == Mode::CustomElement)
            QCOMPARE(first, QStringLiteral("Red fox"));
        else
            QCOMPARE(first.size(), 100); // cut, with an ellipsis
    }
};

QTEST_MAIN(TestJobAlerts)
#include "tst_jobalerts.moc"

#pragma once
// Wires the non-widget parts together for the GUI and the CLI: settings,
// secret store, journal, EvoLink client, job manager, and, in demo mode, the
// in-process simulator on 127.0.0.1. It is also the façade the widgets and
// the CLI see: the client and the simulator stay inside (ks_backend links
// them PRIVATE); what callers need of them are the calls and signals below.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ks {

class ElementLibrary;
class EvoLinkClient;
class JobManager;
class JobStore;
class ModelAccess;
class ModerationPrecheck;
class SecretStore;
class Settings;
class Simulator;
class StudioBackendTestAccess;
struct ApiError;
struct FileQuota;
struct TaskSnapshot;

class StudioBackend final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioBackend)
public:
    struct Options
    {
        bool forceDemo = false;
        QString journalPath; // empty: Paths::journalPath()
        QString elementsPath; // empty: Paths::dataDir()/elements.json
        SecretStore *secretStore = nullptr; // empty: KeychainSecretStore
        Settings *settings = nullptr; // empty: default Settings
    };
    explicit StudioBackend(Options options, QObject *parent = nullptr);
    ~StudioBackend() override;

    // Reads the key (env, keychain), opens the journal, starts the simulator
    // when there is no key or demo is forced, configures the client. Calls
    // `ready` once done (asynchronous because the keychain is). With
    // forceDemo the keychain is not read at all. $KLINGSTUDIO_SIM_TIME_SCALE
    // (e.g. 0.05) speeds the demo simulator and the poll schedule up (tests).
    void start(std::function<void()> ready);
    // Only the journal part of start(), synchronously. Idempotent. From
    // then on a deleted journal is noticed and made again at once, with the
    // jobs running here written back (journalRecreated tells).
    void openJournal();
    // Emits journalChangedElsewhere from now on (the app's history; the
    // command-line tool has no use for it). Opens the journal. Idempotent.
    void watchJournal();
    // Where the journal is (for JournalPreload, before it is opened).
    QString journalPath() const;

    bool isDemo() const;
    QString journalNotice() const; // e.g. "journal was corrupt and was moved aside"
    QString keyNotice() const; // e.g. "keychain unavailable"
    // Stores the key and uses it (demo mode ends); an empty key deletes it
    // and returns to demo mode. `ok` once the key is in effect; `note` says
    // what the user should know (e.g. kept for this session only, and how to
    // keep it), or why it failed.
    void setApiKey(const QString &key, std::function<void(bool ok, QString note)> done);
    void reloadEndpoints(); // after Preferences changed base URLs

    Settings *settings() const;
    SecretStore *secretStore() const;
    JobStore *store() const;
    JobManager *jobs() const;
    ElementLibrary *elements() const; // custom elements made so far (never null)

    // EvoLink, asked through the client in use (the simulator's in demo
    // mode). Each call sends one request; `done` runs once with its answer
    // unless `context` is gone by then. The request belongs to `context`:
    // deleting it drops the request. `error` says what went wrong (None: the
    // value is the answer).
    // GET /v1/credits: the credits left on the account (user remaining).
    void requestBalance(QObject *context,
                        std::function<void(double remaining, const ApiError &error)> done);
    // GET /api/v1/files/quota (API.md §10.1 #10).
    void requestFileQuota(QObject *context,
                          std::function<void(const FileQuota &quota, const ApiError &error)> done);
    // GET /v1/models: the model ids this key may use, in the server's order.
    void requestModels(QObject *context,
                       std::function<void(const QStringList &models, const ApiError &error)> done);
    // GET /v1/tasks/{id}.
    void requestTask(const QString &taskId, QObject *context,
                     std::function<void(const TaskSnapshot &task, const ApiError &error)> done);
    // The host the client talks to (the simulator's 127.0.0.1 in demo mode).
    QString apiHost() const;
    // Helpers on the client in use, owned by `parent` (the caller keeps them
    // as long as it needs them): the models this key may use, cached at
    // `cachePath` (API.md §10.1 #11), and the moderation check before paying
    // (§10.1 #15).
    ModelAccess *createModelAccess(const QString &cachePath, QObject *parent);
    ModerationPrecheck *createModerationPrecheck(QObject *parent);

    // Demo mode: whether the built-in simulator is there (keyNotice() says
    // when it could not listen), and its pace
    // (1.0 normal; the installation check runs it faster). False / no-op
    // outside demo mode.
    bool hasDemoSimulator() const;
    void setDemoTimeScale(double scale);

    // What Preferences checks an endpoint against: https anywhere, plain
    // http only to this computer; and EvoLink's default addresses.
    static bool isAllowedBase(const QUrl &url);
    static QUrl defaultApiBase();
    static QUrl defaultFilesBase();

signals:
    void demoModeChanged(bool demo);
    // EvoLink answered 401 to any call: the key is missing or wrong.
    void unauthorized();
    // Another process (the command-line tool, a second window) added or
    // changed jobs in the journal; see watchJournal().
    void journalChangedElsewhere();
    // The journal was deleted while this program ran and was made again:
    // `message` says so for the user (the GUI shows it, the CLI prints it).
    void journalRecreated(const QString &message);

private:
    // Tests only (tests/support/StudioBackendTestAccess.h): the parts the
    // façade keeps inside.
    friend class StudioBackendTestAccess;
    EvoLinkClient *client() const;
    Simulator *simulator() const; // null unless demo
    QNetworkAccessManager *network() const;

    void enterDemo();
    void enterReal();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks

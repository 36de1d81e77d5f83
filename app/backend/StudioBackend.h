#pragma once
// Wires the non-widget parts together for the GUI and the CLI: settings,
// secret store, journal, EvoLink client, job manager, and, in demo mode, the
// in-process simulator on 127.0.0.1.

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ks {

class ElementLibrary;
class EvoLinkClient;
class JobManager;
class JobStore;
class SecretStore;
class Settings;
class Simulator;

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
    EvoLinkClient *client() const;
    JobManager *jobs() const;
    ElementLibrary *elements() const; // custom elements made so far (never null)
    Simulator *simulator() const; // null unless demo
    QNetworkAccessManager *network() const;

signals:
    void demoModeChanged(bool demo);
    // Another process (the command-line tool, a second window) added or
    // changed jobs in the journal; see watchJournal().
    void journalChangedElsewhere();
    // The journal was deleted while this program ran and was made again:
    // `message` says so for the user (the GUI shows it, the CLI prints it).
    void journalRecreated(const QString &message);

private:
    void enterDemo();
    void enterReal();

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace ks

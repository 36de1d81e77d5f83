#pragma once
// The installation self-test behind `klingstudio --self-test` and Help →
// Check installation: Qt, the SQLite driver and a journal, TLS, the video
// component, a 3-second demo job against the built-in simulator, and the
// first decoded frame of its video. Everything it writes goes to a
// temporary folder that is removed afterwards; it never reads an API key,
// never opens the user's journal, settings or video folder, and spends
// nothing (demo key, loopback only).

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

class QTemporaryDir;
class QTimer;

namespace ks {

class MediaProbe;
class Settings;
class SecretStore;
class StudioBackend;

class InstallationCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallationCheck)
public:
    // In the order they run.
    enum class Step { QtVersion, Sqlite, Tls, Media, DemoJob, VideoFrame };
    Q_ENUM(Step)
    enum class State { Pending, Running, Passed, Failed, Skipped };
    Q_ENUM(State)

    static constexpr int kDefaultTimeoutMs = 60000;
    static constexpr int kClipSeconds = 3;

    // `media` must outlive the check.
    explicit InstallationCheck(MediaProbe *media, QObject *parent = nullptr);
    ~InstallationCheck() override;

    // The whole run fails with a timeout once this is over (default 60 s).
    void setTimeoutMs(int ms);
    // Starts a run (a fresh one after finished()); `finished` follows once.
    void start();
    bool isRunning() const { return m_running; }
    bool passed() const; // after finished(true)

    static QList<Step> steps();
    // Translated names: "Video component" as a heading, "media" as the part
    // a failure line names.
    static QString title(Step step);
    static QString partName(Step step);
    State state(Step step) const;
    // Worded when asked (follows a language switch): what was found
    // ("OpenSSL 3.0.11"), the job's progress while it runs, or for a
    // failure what is missing and what to do.
    QString detail(Step step) const;

    // "self-test: ok (Qt 6.4.2, SQLite, TLS OpenSSL 3.0.11, media gstreamer,
    // frame 640x360, 1.4 s)" once passed; else the first failure line.
    QString summary() const;
    // "self-test: FAILED: <part>: <what to do>", one per failed step.
    QStringList failureLines() const;
    QSize frameSize() const { return m_frameSize; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    // The run's temporary folder ("" when none; removed once finished).
    QString workDir() const;

signals:
    void stepChanged(ks::InstallationCheck::Step step);
    void finished(bool ok);

private:
    struct Outcome
    {
        State state = State::Pending;
        std::function<QString()> detail;
    };

    void scheduleNext();
    void runNext();
    QObject *newStepContext();
    void complete(Step step, bool ok, std::function<QString()> detail);
    void setDetail(Step step, std::function<QString()> detail);
    void timedOut();
    void finish();
    void tearDown();
    Outcome &outcome(Step step);
    const Outcome &outcome(Step step) const;
    int remainingMs() const;

    void checkQtVersion();
    void checkSqlite();
    void checkTls();
    void checkMedia();
    void runDemoJob();
    void grabFrame();

    MediaProbe *m_media;
    QList<Outcome> m_outcomes;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_run = 0; // bumped per start(), so a late queued step of an old run is dropped
    bool m_running = false;
    bool m_finished = false;
    qint64 m_elapsedMs = 0;

    // Only while a run needs them.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<StudioBackend> m_backend;
    QPointer<QObject> m_stepContext; // parent of the running step's work
    QString m_jobId;
    QString m_videoPath;

    // Facts for the summary.
    QString m_qtVersion;
    QString m_tls;
    QString m_backendName;
    QSize m_frameSize;
};

} // namespace ks

#pragma once
// Typed settings facade: every key and default in one place, a change
// signal, and a backend file tests can point at. Secrets never go here.

#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace ks {

class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    // Default location: QSettings IniFormat in the user's config dir, or
    // $KLINGSTUDIO_CONFIG_DIR/klingstudio.ini when that variable is set.
    explicit Settings(QObject *parent = nullptr);
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    QString language() const; // "" = follow system, "en", "zh_CN"
    void setLanguage(const QString &code);
    QUrl apiBase() const; // env EVOLINK_API_BASE wins
    void setApiBase(const QUrl &url);
    QUrl filesBase() const; // env EVOLINK_FILES_BASE wins
    void setFilesBase(const QUrl &url);
    QString libraryDir() const; // default Movies/Kling Studio
    void setLibraryDir(const QString &dir);
    double creditsPerUsd() const; // default 72
    void setCreditsPerUsd(double rate);
    int maxConcurrentTasks() const; // running jobs per model, default 3
    void setMaxConcurrentTasks(int n);
    int pollTimeoutMinutes() const; // default 30
    // Check the prompt with EvoLink's moderation before paying (default off).
    bool precheckBeforePaying() const;
    void setPrecheckBeforePaying(bool on);
    // A desktop notification when a job ends while the window is in the
    // background (on by default), and the system sound with it (off).
    bool notifyWhenJobsEnd() const;
    void setNotifyWhenJobsEnd(bool on);
    bool notificationSound() const;
    void setNotificationSound(bool on);
    void setPollTimeoutMinutes(int minutes);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    // The generation form's unsent draft (RequestJson storage form, JSON).
    QByteArray formDraft() const;
    void setFormDraft(const QByteArray &json);

    QString filePath() const;
    void sync();

signals:
    void changed(const QString &key);

private:
    QVariant value(const QString &key, const QVariant &def) const;
    void setValue(const QString &key, const QVariant &value);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ks

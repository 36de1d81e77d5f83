#include "platform/Settings.h"

#include "platform/Logging.h"
#include "platform/Paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ks {

namespace {

// Keys double as the names passed to changed(); they match the getters.
const QString kLanguage = QStringLiteral("language");
const QString kApiBase = QStringLiteral("apiBase");
const QString kFilesBase = QStringLiteral("filesBase");
const QString kLibraryDir = QStringLiteral("libraryDir");
const QString kCreditsPerUsd = QStringLiteral("creditsPerUsd");
const QString kMaxConcurrentTasks = QStringLiteral("maxConcurrentTasks");
const QString kPrecheckBeforePaying = QStringLiteral("precheckBeforePaying");
const QString kNotifyWhenJobsEnd = QStringLiteral("notifyWhenJobsEnd");
const QString kNotificationSound = QStringLiteral("notificationSound");
const QString kPollTimeoutMinutes = QStringLiteral("pollTimeoutMinutes");
const QString kWindowState = QStringLiteral("windowState");
const QString kWindowGeometry = QStringLiteral("windowGeometry");
const QString kFormDraft = QStringLiteral("formDraft");

const QString kDefaultApiBase = QStringLiteral("https://api.evolink.ai");
const QString kDefaultFilesBase = QStringLiteral("https://files-api.evolink.ai");
constexpr double kDefaultCreditsPerUsd = 72.0;
constexpr int kDefaultMaxConcurrentTasks = 3;
constexpr int kDefaultPollTimeoutMinutes = 30;

QString defaultIniPath()
{
    const QString configDir = qEnvironmentVariable("KLINGSTUDIO_CONFIG_DIR").trimmed();
    if (!configDir.isEmpty())
        return QDir::cleanPath(configDir) + QStringLiteral("/klingstudio.ini");
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.config");
    return base + QStringLiteral("/KlingStudio/klingstudio.ini");
}

// A URL from the environment or the file; anything unusable means "default".
QUrl urlOr(const QString &text, const QString &fallback)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!text.trimmed().isEmpty() && url.isValid() && !url.scheme().isEmpty()
        && !url.host().isEmpty())
        return url;
    return QUrl(fallback);
}

} // namespace

Settings::Settings(QObject *parent) : Settings(defaultIniPath(), parent) { }

Settings::Settings(const QString &iniPath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    // QSettings writes through QSaveFile (temp file + rename), so a crash
    // mid-write cannot leave a truncated file; it only needs the folder.
    QDir().mkpath(QFileInfo(iniPath).absolutePath());
}

Settings::~Settings()
{
    sync();
}

QString Settings::language() const
{
    return value(kLanguage, QString()).toString();
}

void Settings::setLanguage(const QString &code)
{
    setValue(kLanguage, code);
}

QUrl Settings::apiBase() const
{
    const QString env = qEnvironmentVariable("EVOLINK_API_BASE");
    if (!env.trimmed().isEmpty())
        return urlOr(env, kDefaultApiBase);
    return urlOr(value(kApiBase, QString()).toString(), kDefaultApiBase);
}

void Settings::setApiBase(const QUrl &url)
{
    setValue(kApiBase, url.toString());
}

QUrl Settings::filesBase() const
{
    const QString env = qEnvironmentVariable("EVOLINK_FILES_BASE");
    if (!env.trimmed().isEmpty())
        return urlOr(env, kDefaultFilesBase);
    return urlOr(value(kFilesBase, QString()).toString(), kDefaultFilesBase);
}

void Settings::setFilesBase(const QUrl &url)
{
    setValue(kFilesBase, url.toString());
}

QString Settings::libraryDir() const
{
    const QString dir = value(kLibraryDir, QString()).toString().trimmed();
    return dir.isEmpty() ? Paths::defaultLibraryDir() : dir;
}

void Settings::setLibraryDir(const QString &dir)
{
    setValue(kLibraryDir, dir);
}

double Settings::creditsPerUsd() const
{
    bool ok = false;
    const double rate = value(kCreditsPerUsd, kDefaultCreditsPerUsd).toDouble(&ok);
    return ok && rate > 0 ? rate : kDefaultCreditsPerUsd;
}

void Settings::setCreditsPerUsd(double rate)
{
    setValue(kCreditsPerUsd, rate);
}

int Settings::maxConcurrentTasks() const
{
    bool ok = false;
    const int n = value(kMaxConcurrentTasks, kDefaultMaxConcurrentTasks).toInt(&ok);
    return ok && n > 0 ? n : kDefaultMaxConcurrentTasks;
}

void Settings::setMaxConcurrentTasks(int n)
{
    setValue(kMaxConcurrentTasks, n);
}

// Off by default, also once a key is set: each check is one more request on
// the user's key (EvoLink's moderation answers 402 without credit, so it may
// be billed) and sends the prompt to one more service; the user opts in.
bool Settings::notifyWhenJobsEnd() const
{
    return value(kNotifyWhenJobsEnd, true).toBool();
}

void Settings::setNotifyWhenJobsEnd(bool on)
{
    setValue(kNotifyWhenJobsEnd, on);
}

bool Settings::notificationSound() const
{
    return value(kNotificationSound, false).toBool();
}

void Settings::setNotificationSound(bool on)
{
    setValue(kNotificationSound, on);
}

bool Settings::precheckBeforePaying() const
{
    return value(kPrecheckBeforePaying, false).toBool();
}

void Settings::setPrecheckBeforePaying(bool on)
{
    setValue(kPrecheckBeforePaying, on);
}

int Settings::pollTimeoutMinutes() const
{
    bool ok = false;
    const int minutes = value(kPollTimeoutMinutes, kDefaultPollTimeoutMinutes).toInt(&ok);
    return ok && minutes > 0 ? minutes : kDefaultPollTimeoutMinutes;
}

void Settings::setPollTimeoutMinutes(int minutes)
{
    setValue(kPollTimeoutMinutes, minutes);
}

QByteArray Settings::windowState() const
{
    return value(kWindowState, QByteArray()).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(kWindowState, state);
}

QByteArray Settings::windowGeometry() const
{
    return value(kWindowGeometry, QByteArray()).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(kWindowGeometry, geometry);
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        qCWarning(lcPlatform) << "cannot write settings to" << m_settings->fileName();
}

QByteArray Settings::formDraft() const
{
    return value(kFormDraft, QByteArray()).toByteArray();
}

void Settings::setFormDraft(const QByteArray &json)
{
    setValue(kFormDraft, json);
}

QVariant Settings::value(const QString &key, const QVariant &def) const
{
    return m_settings->value(key, def);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    if (m_settings->contains(key)) {
        // The ini backend hands everything back as text, so compare as text.
        const QVariant old = m_settings->value(key);
        const bool same = value.typeId() == QMetaType::QByteArray
            ? old.toByteArray() == value.toByteArray()
            : old.toString() == value.toString();
        if (same)
            return;
    }
    m_settings->setValue(key, value);
    // Written at once: the GUI and the CLI may run side by side.
    sync();
    emit changed(key);
}

} // namespace ks

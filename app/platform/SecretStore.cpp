#include "platform/SecretStore.h"

#include "platform/Logging.h"

#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace ks {

namespace {

const QString kService = QStringLiteral("KlingStudio");
const QString kKeyName = QStringLiteral("evolink-api-key");

// Callers may connect state after the call returns, so answers never arrive
// synchronously, not even the ones known at once.
template<typename F> void later(QObject *context, F &&f)
{
    QMetaObject::invokeMethod(context, std::forward<F>(f), Qt::QueuedConnection);
}

QString keychainName(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return QStringLiteral("NoError");
    case QKeychain::EntryNotFound:
        return QStringLiteral("EntryNotFound");
    case QKeychain::CouldNotDeleteEntry:
        return QStringLiteral("CouldNotDeleteEntry");
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("AccessDeniedByUser");
    case QKeychain::AccessDenied:
        return QStringLiteral("AccessDenied");
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("NoBackendAvailable");
    case QKeychain::NotImplemented:
        return QStringLiteral("NotImplemented");
    case QKeychain::OtherError:
        break;
    }
    return QStringLiteral("OtherError");
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent) : SecretStore(parent) { }

void KeychainSecretStore::readApiKey(std::function<void(QString, KeySource, QString)> done)
{
    const QString env = qEnvironmentVariable("EVOLINK_API_KEY").trimmed();
    if (!env.isEmpty()) {
        later(this, [done, env] { done(env, KeySource::Environment, QString()); });
        return;
    }
    if (!m_sessionKey.isEmpty()) {
        const QString key = m_sessionKey;
        later(this, [done, key] {
            done(key, KeySource::Memory,
                 tr("The system keychain is unavailable; the API key is kept for this session "
                    "only."));
        });
        return;
    }

    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy on disk
    job->setKey(kKeyName);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const QKeychain::Error error = read->error();
        if (error == QKeychain::NoError) {
            const QString key = read->textData().trimmed();
            done(key, key.isEmpty() ? KeySource::None : KeySource::Keychain, QString());
            return;
        }
        if (error == QKeychain::EntryNotFound) {
            done(QString(), KeySource::None, QString());
            return;
        }
        // Headless Linux without a secret service lands here (OtherError).
        qCInfo(lcPlatform) << "keychain read failed:" << keychainName(error) << read->errorString();
        done(QString(), KeySource::None,
             tr("The system keychain is unavailable (%1). An API key you enter will be kept for "
                "this session only.")
                 .arg(read->errorString()));
    });
    job->start();
}

void KeychainSecretStore::writeApiKey(const QString &key,
                                      std::function<void(KeySource, QString)> done)
{
    const QString trimmed = key.trimmed();
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kKeyName);
    job->setTextData(trimmed);
    connect(job, &QKeychain::Job::finished, this, [this, done, trimmed](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError) {
            m_sessionKey.clear();
            done(KeySource::Keychain, QString());
            return;
        }
        qCInfo(lcPlatform) << "keychain write failed:" << keychainName(error)
                           << finished->errorString();
        // The key is still good: used until the app quits, never written to
        // disk in plain text.
        m_sessionKey = trimmed;
        done(KeySource::Memory,
             tr("The API key is used for this session only: the system keychain could not store "
                "it (%1). To keep it, start or unlock the system keychain and enter the key "
                "again, or set the environment variable EVOLINK_API_KEY.")
                 .arg(finished->errorString()));
    });
    job->start();
}

void KeychainSecretStore::deleteApiKey(std::function<void(bool, QString)> done)
{
    m_sessionKey.clear();
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(kKeyName);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            done(true, QString());
            return;
        }
        qCInfo(lcPlatform) << "keychain delete failed:" << keychainName(error)
                           << finished->errorString();
        done(false,
             tr("The API key could not be removed from the system keychain (%1).")
                 .arg(finished->errorString()));
    });
    job->start();
}

MemorySecretStore::MemorySecretStore(QString key, QObject *parent)
    : SecretStore(parent), m_key(std::move(key))
{
}

void MemorySecretStore::readApiKey(std::function<void(QString, KeySource, QString)> done)
{
    later(this, [this, done] {
        done(m_key, m_key.isEmpty() ? KeySource::None : KeySource::Memory, QString());
    });
}

void MemorySecretStore::writeApiKey(const QString &key,
                                    std::function<void(KeySource, QString)> done)
{
    m_key = key.trimmed();
    later(this, [done] { done(KeySource::Memory, QString()); });
}

void MemorySecretStore::deleteApiKey(std::function<void(bool, QString)> done)
{
    m_key.clear();
    later(this, [done] { done(true, QString()); });
}

} // namespace ks

#pragma once
// API key storage behind an interface: environment first, then the OS
// keychain (QtKeychain). A keychain failure means "not stored", never a crash.

#include <QObject>
#include <QString>

#include <functional>

namespace ks {

enum class KeySource { None, Environment, Keychain, Memory };

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Asynchronous: callback gets the key ("" when none) and where it came from;
    // `error` is a translated note when the keychain failed (empty otherwise).
    virtual void
    readApiKey(std::function<void(QString key, KeySource source, QString error)> done) = 0;
    // Asynchronous: callback gets where the key is kept now (Keychain; Memory
    // when it lasts for this session only; None when it could not be kept at
    // all) and a translated note when it is not where the user expects it,
    // saying why and how to keep it (empty otherwise).
    virtual void writeApiKey(const QString &key,
                             std::function<void(KeySource keptIn, QString note)> done) = 0;
    virtual void deleteApiKey(std::function<void(bool ok, QString error)> done) = 0;
};

// EVOLINK_API_KEY, then QtKeychain (service "KlingStudio", key "evolink-api-key").
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    void readApiKey(std::function<void(QString, KeySource, QString)> done) override;
    void writeApiKey(const QString &key, std::function<void(KeySource, QString)> done) override;
    void deleteApiKey(std::function<void(bool, QString)> done) override;

private:
    // A key the keychain refused to store; kept for this session only.
    QString m_sessionKey;
};

// For tests and --demo: keeps the key in memory only.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QString key = {}, QObject *parent = nullptr);
    void readApiKey(std::function<void(QString, KeySource, QString)> done) override;
    void writeApiKey(const QString &key, std::function<void(KeySource, QString)> done) override;
    void deleteApiKey(std::function<void(bool, QString)> done) override;

private:
    QString m_key;
};

} // namespace ks

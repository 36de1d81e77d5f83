#pragma once
// Preferences: API key (saved to the keychain through the backend, with where
// the current key comes from), API and files base URLs (https, or http only
// to loopback), download folder, credits per USD, concurrency, language.

#include "platform/SecretStore.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

class QCheckBox;
class QLabel;

namespace ks {

class StudioBackend;

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    explicit PreferencesDialog(StudioBackend *backend, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void focusApiKey();
    QString selectedLanguage() const; // "" = follow the system
    // After OK: what the user should know about the key just entered (e.g.
    // kept for this session only, and how to keep it); "" when nothing.
    QString keyNote() const { return m_keyNote; }
    // Checks a base URL field; returns "" when fine (and sets *url) or a
    // translated reason. Empty text means the default (`fallback`).
    static QString checkBaseUrl(const QString &text, const QUrl &fallback, QUrl *url);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The groups' fields start at one x (equal label columns).
    void alignFields();
    void fitHeight(); // tall enough for the wrapped notes at the current width
    void load();
    void updateEndpointNote();
    void readKeySource();
    void updateKeySource();
    void restoreDefaults();
    bool validate(QUrl *apiBase, QUrl *filesBase);
    void apply(const QUrl &apiBase, const QUrl &filesBase);
    void setBusy(bool busy);
    void fillLanguages();
    // The rows of issue 17: the file quota next to the account, the check before paying.
    void addQuotaAndPrecheckRows();
    void refreshFileQuota();

    std::unique_ptr<Ui::PreferencesDialog> ui;
    StudioBackend *m_backend;
    KeySource m_keySource = KeySource::None;
    bool m_keySourceKnown = false;
    QString m_keyError;
    QString m_saveError;
    QString m_keyNote;
    QLabel *m_fileQuotaLabel = nullptr;
    QCheckBox *m_precheckCheck = nullptr;
    bool m_quotaAsked = false; // a file quota request is on its way
};

} // namespace ks

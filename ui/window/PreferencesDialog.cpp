#include "window/PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "backend/StudioBackend.h"
#include "core/ApiError.h"
#include "core/FileQuota.h"
#include "platform/LanguageManager.h"
#include "platform/Paths.h"
#include "platform/Settings.h"
#include "style/Theme.h"
#include "window/GridLabelColumns.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QPointer>
#include <QPushButton>
#include <QScreen>

namespace ks {

PreferencesDialog::PreferencesDialog(StudioBackend *backend, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PreferencesDialog>()), m_backend(backend)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    QPalette errorPalette = ui->urlErrorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::errorColor(errorPalette));
    ui->urlErrorLabel->setPalette(errorPalette);
    ui->urlErrorLabel->hide();
    QPalette muted = ui->keySourceLabel->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(muted));
    ui->keySourceLabel->setPalette(muted);
    ui->endpointNoteLabel->setPalette(muted);

    connect(ui->showKeyButton, &QToolButton::toggled, this, [this](bool show) {
        ui->apiKeyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose Download Folder"),
                                                              ui->libraryDirEdit->text());
        if (!dir.isEmpty())
            ui->libraryDirEdit->setText(QDir::toNativeSeparators(dir));
    });
    connect(ui->notifyCheck, &QCheckBox::toggled, ui->notifySoundCheck, &QWidget::setEnabled);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    for (QLineEdit *edit : {ui->apiBaseEdit, ui->filesBaseEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { ui->urlErrorLabel->hide(); });
    }

    addQuotaAndPrecheckRows();
    fillLanguages();
    load();
    readKeySource();
    alignFields();
    refreshFileQuota();
}

void PreferencesDialog::addQuotaAndPrecheckRows()
{
    auto *filesLabel = new QLabel(tr("Files:"), this);
    filesLabel->setObjectName(QStringLiteral("fileQuotaCaption"));
    m_fileQuotaLabel = new QLabel(tr("…"), this);
    m_fileQuotaLabel->setObjectName(QStringLiteral("fileQuotaLabel"));
    m_fileQuotaLabel->setWordWrap(true);
    const int accountRow = ui->accountGroupLayout->rowCount();
    ui->accountGroupLayout->addWidget(filesLabel, accountRow, 0);
    ui->accountGroupLayout->addWidget(m_fileQuotaLabel, accountRow, 1);

    m_precheckCheck =
        new QCheckBox(tr("Check the prompt with EvoLink's moderation before paying"), this);
    m_precheckCheck->setObjectName(QStringLiteral("precheckCheck"));
    m_precheckCheck->setToolTip(
        tr("Before each job, the prompt and its first image that is already online are sent to "
           "EvoLink's moderation; when they are likely to be refused you are asked first. Local "
           "images are not uploaded for this. If the check cannot run, the job goes on."));
    const int generationRow = ui->generationGroupLayout->rowCount();
    ui->generationGroupLayout->addWidget(m_precheckCheck, generationRow, 0, 1, 2);
}

void PreferencesDialog::refreshFileQuota()
{
    if (m_quotaAsked)
        return;
    // Through the back end, as the window's balance: this dialog only shows it.
    m_quotaAsked = true;
    m_backend->requestFileQuota(this, [this](const FileQuota &q, const ApiError &error) {
        m_quotaAsked = false;
        if (error.isError()) {
            m_fileQuotaLabel->setText(tr("unavailable"));
            m_fileQuotaLabel->setToolTip(error.message.isEmpty() ? ErrorCatalog::userMessage(error)
                                                                 : error.message);
            return;
        }
        m_fileQuotaLabel->setText(tr("%1 of %2 left").arg(q.remainFiles).arg(q.maxFiles));
        m_fileQuotaLabel->setToolTip(
            tr("Images uploaded for your jobs count against EvoLink's file quota until they "
               "expire, 72 hours after the upload."));
    });
}

void PreferencesDialog::alignFields()
{
    alignLabelColumns({ui->accountGroupLayout, ui->endpointsGroupLayout, ui->generationGroupLayout,
                       ui->interfaceGroupLayout});
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::fillLanguages()
{
    const QString selected = ui->languageCombo->currentData().isValid()
        ? ui->languageCombo->currentData().toString()
        : m_backend->settings()->language();
    ui->languageCombo->clear();
    ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &code : LanguageManager::available())
        ui->languageCombo->addItem(LanguageManager::nativeName(code), code);
    const int index = ui->languageCombo->findData(selected);
    ui->languageCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void PreferencesDialog::load()
{
    const Settings *s = m_backend->settings();
    ui->apiBaseEdit->setText(s->apiBase().toString());
    ui->filesBaseEdit->setText(s->filesBase().toString());
    ui->libraryDirEdit->setText(QDir::toNativeSeparators(s->libraryDir()));
    ui->creditsPerUsdSpin->setValue(s->creditsPerUsd());
    ui->maxConcurrentSpin->setValue(s->maxConcurrentTasks());
    m_precheckCheck->setChecked(s->precheckBeforePaying());
    ui->notifyCheck->setChecked(s->notifyWhenJobsEnd());
    ui->notifySoundCheck->setChecked(s->notificationSound());
    ui->notifySoundCheck->setEnabled(ui->notifyCheck->isChecked());
    updateEndpointNote();
}

void PreferencesDialog::updateEndpointNote()
{
    QStringList notes;
    if (qEnvironmentVariableIsSet("EVOLINK_API_BASE"))
        notes << tr("EVOLINK_API_BASE is set in the environment and takes precedence over the "
                    "API base URL.");
    if (qEnvironmentVariableIsSet("EVOLINK_FILES_BASE"))
        notes << tr("EVOLINK_FILES_BASE is set in the environment and takes precedence over the "
                    "files base URL.");
    ui->endpointNoteLabel->setText(notes.join(QLatin1Char('\n')));
    ui->endpointNoteLabel->setVisible(!notes.isEmpty());
}

void PreferencesDialog::readKeySource()
{
    QPointer<PreferencesDialog> self(this);
    m_backend->secretStore()->readApiKey([self](QString, KeySource source, QString error) {
        // The key itself is not kept: the dialog only says where it lives.
        if (!self)
            return;
        self->m_keySource = source;
        self->m_keyError = error;
        self->m_keySourceKnown = true;
        self->updateKeySource();
    });
    updateKeySource();
}

void PreferencesDialog::updateKeySource()
{
    QString text;
    if (!m_keySourceKnown) {
        text = tr("Looking up the current key…");
    } else {
        switch (m_keySource) {
        case KeySource::Environment:
            text = tr("Current key: from the environment (EVOLINK_API_KEY). It takes precedence "
                      "over a key saved here.");
            break;
        case KeySource::Keychain:
            text = tr("Current key: stored in the system keychain.");
            break;
        case KeySource::Memory:
            text = tr("Current key: kept in memory for this session only.");
            break;
        case KeySource::None:
            text = tr("Current key: none. Without a key the app runs in demo mode against the "
                      "built-in simulator.");
            break;
        }
    }
    ui->keySourceLabel->setText(text);

    QStringList notes;
    if (!m_saveError.isEmpty())
        notes << tr("The key could not be saved: %1").arg(m_saveError);
    if (!m_keyError.isEmpty())
        notes << tr("Keychain: %1").arg(m_keyError);
    else if (!m_backend->keyNotice().isEmpty())
        notes << tr("Keychain: %1").arg(m_backend->keyNotice());
    ui->keychainNoteLabel->setText(notes.join(QLatin1Char('\n')));
    ui->keychainNoteLabel->setVisible(!notes.isEmpty());
    QPalette pal = ui->keychainNoteLabel->palette();
    pal.setColor(QPalette::WindowText,
                 m_saveError.isEmpty() ? Theme::mutedText(palette())
                                       : Theme::errorColor(palette()));
    ui->keychainNoteLabel->setPalette(pal);
}

void PreferencesDialog::focusApiKey()
{
    ui->apiKeyEdit->setFocus(Qt::OtherFocusReason);
    ui->apiKeyEdit->selectAll();
}

QString PreferencesDialog::selectedLanguage() const
{
    return ui->languageCombo->currentData().toString();
}

QString PreferencesDialog::checkBaseUrl(const QString &text, const QUrl &fallback, QUrl *url)
{
    const QString trimmed = text.trimmed();
    const QUrl candidate = trimmed.isEmpty() ? fallback : QUrl(trimmed, QUrl::StrictMode);
    const QString scheme = candidate.scheme().toLower();
    if (!candidate.isValid() || candidate.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return tr("“%1” is not a complete web address. Enter one such as %2.")
            .arg(trimmed, fallback.toString());
    if (!StudioBackend::isAllowedBase(candidate))
        return tr("“%1” uses plain http. Use https; plain http is only allowed to a server on "
                  "this computer (127.0.0.1, ::1 or localhost), because the API key would "
                  "otherwise travel unencrypted.")
            .arg(trimmed);
    if (url)
        *url = candidate;
    return {};
}

bool PreferencesDialog::validate(QUrl *apiBase, QUrl *filesBase)
{
    QString error = checkBaseUrl(ui->apiBaseEdit->text(), StudioBackend::defaultApiBase(), apiBase);
    QLineEdit *bad = ui->apiBaseEdit;
    if (error.isEmpty()) {
        error =
            checkBaseUrl(ui->filesBaseEdit->text(), StudioBackend::defaultFilesBase(), filesBase);
        bad = ui->filesBaseEdit;
    }
    if (error.isEmpty()) {
        const QString dir = QDir::fromNativeSeparators(ui->libraryDirEdit->text().trimmed());
        bad = ui->libraryDirEdit;
        if (dir.isEmpty() || !QDir::isAbsolutePath(dir))
            error = tr("Choose a download folder (a full path).");
        else if (!QDir().mkpath(dir))
            error =
                tr("The download folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir));
    }
    ui->urlErrorLabel->setText(error);
    ui->urlErrorLabel->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        bad->setFocus(Qt::OtherFocusReason);
        bad->selectAll();
    }
    return error.isEmpty();
}

void PreferencesDialog::accept()
{
    QUrl apiBase;
    QUrl filesBase;
    if (!validate(&apiBase, &filesBase))
        return;
    const QString key = ui->apiKeyEdit->text().trimmed();
    if (key.isEmpty()) {
        apply(apiBase, filesBase);
        QDialog::accept();
        return;
    }
    // Nothing is applied until the key is stored, so a failure leaves every
    // setting as it was and the dialog open to fix or clear the key.
    setBusy(true);
    m_saveError.clear();
    QPointer<PreferencesDialog> self(this);
    m_backend->setApiKey(key, [self, apiBase, filesBase](bool ok, QString note) {
        if (!self)
            return;
        self->setBusy(false);
        if (!ok) {
            self->m_saveError = note.isEmpty() ? tr("unknown error") : note;
            self->updateKeySource();
            self->focusApiKey();
            return;
        }
        // In effect, perhaps for this session only: the note goes with it.
        self->m_keyNote = note;
        self->apply(apiBase, filesBase);
        self->QDialog::accept();
    });
}

void PreferencesDialog::apply(const QUrl &apiBase, const QUrl &filesBase)
{
    Settings *s = m_backend->settings();
    s->setApiBase(apiBase);
    s->setFilesBase(filesBase);
    s->setLibraryDir(QDir::fromNativeSeparators(ui->libraryDirEdit->text().trimmed()));
    s->setCreditsPerUsd(ui->creditsPerUsdSpin->value());
    s->setMaxConcurrentTasks(ui->maxConcurrentSpin->value());
    s->setPrecheckBeforePaying(m_precheckCheck->isChecked());
    s->setNotifyWhenJobsEnd(ui->notifyCheck->isChecked());
    s->setNotificationSound(ui->notifySoundCheck->isChecked());
    s->setLanguage(selectedLanguage());
    s->sync();
    m_backend->reloadEndpoints();
}

void PreferencesDialog::restoreDefaults()
{
    ui->apiBaseEdit->setText(StudioBackend::defaultApiBase().toString());
    ui->filesBaseEdit->setText(StudioBackend::defaultFilesBase().toString());
    ui->libraryDirEdit->setText(QDir::toNativeSeparators(Paths::defaultLibraryDir()));
    ui->creditsPerUsdSpin->setValue(72.0);
    ui->maxConcurrentSpin->setValue(3);
    m_precheckCheck->setChecked(false);
    ui->notifyCheck->setChecked(true);
    ui->notifySoundCheck->setChecked(false);
    ui->urlErrorLabel->hide();
}

void PreferencesDialog::setBusy(bool busy)
{
    ui->buttonBox->setEnabled(!busy);
    ui->apiKeyEdit->setReadOnly(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void PreferencesDialog::showEvent(QShowEvent *event)
{
    fitHeight();
    QDialog::showEvent(event);
}

bool PreferencesDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    // A note set later (the keychain's answer comes after the dialog opened)
    // may need more lines than the dialog has room for.
    if (event->type() == QEvent::LayoutRequest && isVisible())
        fitHeight();
    return handled;
}

void PreferencesDialog::fitHeight()
{
    // A window does not grow for its wrapped notes by itself (Qt sizes it by
    // its plain size hint): at its width it takes the height they need,
    // within the screen, so no note is cut or overlaps the next.
    const int needed = heightForWidth(width());
    if (needed <= height())
        return;
    const QScreen *screen = this->screen();
    const int room = screen ? screen->availableGeometry().height() : needed;
    resize(width(), qMin(needed, room));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        fillLanguages();
        updateEndpointNote();
        updateKeySource();
        alignFields();
    }
    QDialog::changeEvent(event);
}

} // namespace ks

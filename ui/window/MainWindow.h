#pragma once
// The studio window: generation form on the left; history and player on the
// right; demo banner, menus, balance in the status bar. Shown before the
// backend starts so the first paint is fast; filled in once it is ready.

#include "core/ApiError.h"
#include "core/GenerationRequest.h"
#include "jobs/Job.h"
#include "window/FourKPriceQuestion.h"
#include "window/RepeatedRequestCheck.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}

class QLabel;
class QActionGroup;

namespace ks {

class AttentionDialogs;
class JobAlerts;
class FormDraftKeeper;
class GenerationForm;
class HistoryModel;
class HistoryPanel;
class PrecheckQuestion;
class InstallationCheckDialog;
class LanguageManager;
class ModelAccess;
class PlayerWidget;
class PreferencesDialog;
class StudioBackend;
class ThumbnailCache;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // `languages` may be null (then the Language menu only stores the choice).
    MainWindow(StudioBackend *backend, LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The history of the first frame: the rows JournalPreload read while
    // the window was built (none when it could not read the journal). Once
    // the backend is ready the panel is attached to the journal itself, in
    // place.
    void showHistory(const QList<Job> &preloaded);
    // Starts the backend; call after the window is shown (main does it after
    // the first paint). Emits ready() when the history and form are live.
    void startBackend();
    bool isReady() const { return m_ready; }

    GenerationForm *form() const;
    HistoryPanel *historyPanel() const;
    HistoryModel *historyModel() const { return m_model; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    PlayerWidget *player() const { return m_player; } // null until first needed
    PlayerWidget *ensurePlayer();

    void setLanguage(const QString &code);
    void openPreferences(bool focusKey = false);
    void refreshBalance();
    // Reads the models the key may use (cached list at once, then
    // GET /v1/models in the background) and disables the other modes.
    void refreshModelAccess();
    // Files from outside (command line, the macOS Dock, a second launch):
    // each goes to GenerationForm::openInputFile, which picks its slot.
    void openInputFiles(const QStringList &paths);

signals:
    void ready();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void loadHistory(); // opens the journal and attaches the panel to it
    void connectHistory();
    void onBackendReady();
    void onGenerate(const GenerationRequest &request, int takes);
    void submitFromForm(const GenerationRequest &request, int takes);
    void submitChecked(const GenerationRequest &request,
                       int takes); // after the check before paying
    void reuseRequest(const GenerationRequest &request);
    void onCurrentJobChanged(const QString &id);
    void onJobFinished(const QString &id);
    void playJob(const QString &id, bool autoPlay);
    void updateBanner();
    void updateStatus();
    void updateLanguageActions();
    void updateTitle();
    void showAbout();
    void checkInstallation(); // Help → Check Installation
    void restoreLayout();
    void saveLayout();

    std::unique_ptr<Ui::MainWindow> ui;
    StudioBackend *m_backend;
    QPointer<LanguageManager> m_languages;
    HistoryModel *m_model = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    PlayerWidget *m_player = nullptr;
    FormDraftKeeper *m_draft = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_balanceLabel = nullptr;
    ModelAccess *m_modelAccess = nullptr; // made when the backend is ready
    QLabel *m_endpointLabel = nullptr;
    QPointer<PreferencesDialog> m_preferences;
    QPointer<InstallationCheckDialog> m_installationCheck;
    bool m_balanceAsked = false; // a balance request is on its way
    AttentionDialogs *m_attention;
    JobAlerts *m_alerts = nullptr; // made when the backend is ready // key refused, balance too
                                   // low, storage full, journal
    std::optional<double> m_balance;
    QString m_balanceError;
    QString m_pendingSelection; // a job just submitted, selected once it shows
    RepeatedRequestCheck m_repeatedRequest; // the form's last submit, asked before a repeat
    QPointer<QWidget> m_repeatDialog;
    FourKPriceQuestion m_fourKPrice; // the session's first 4k Generate is confirmed
    PrecheckQuestion *m_precheck = nullptr; // the optional check before paying
    bool m_started = false;
    bool m_historyConnected = false;
    bool m_historyLoaded = false;
    bool m_ready = false;
};

} // namespace ks

#include "window/MainWindow.h"

#include "ui_MainWindow.h"

#include "backend/StudioBackend.h"
#include "core/MoneyText.h"
#include "desktop/DesktopNotifier.h"
#include "desktop/JobAlerts.h"
#include "desktop/WindowPlacement.h"
#include "form/FormDraftKeeper.h"
#include "form/GenerationForm.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "history/JobActions.h"
#include "history/ThumbnailCache.h"
#include "jobs/JobManager.h"
#include "jobs/JobStore.h"
#include "jobs/ModelAccess.h"
#include "platform/LanguageManager.h"
#include "platform/Logging.h"
#include "platform/Paths.h"
#include "platform/Settings.h"
#include "player/PlayerWidget.h"
#include "style/FocusRing.h"
#include "style/Icons.h"
#include "style/LanguageFont.h"
#include "style/Theme.h"
#include "widgets/TextLabel.h"
#include "window/AttentionDialogs.h"
#include "window/DemoClipCaption.h"
#include "window/InstallationCheckDialog.h"
#include "window/PrecheckQuestion.h"
#include "window/PreferencesDialog.h"
#include "window/PriceTableDialog.h"
#include "window/ReadingOrder.h"
#include "window/ShortcutSheetDialog.h"
#include "window/WheelFocusFilter.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDataStream>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace ks {

namespace {
constexpr quint32 kLayoutVersion = 1;
const auto kEnglish = QStringLiteral("en");
const auto kChinese = QStringLiteral("zh_CN");

QPixmap glyphPixmap(Icons::Glyph glyph, int side, const QColor &color, qreal dpr)
{
    QPixmap pm(QSize(side, side) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    Icons::paintGlyph(&p, QRectF(0, 0, side, side), glyph, color);
    return pm;
}
// True when `draft` holds something the user wrote or chose (a prompt, shot
// prompts, inputs, an element's name) that `incoming` would replace.
bool holdsOwnWork(GenerationRequest draft, GenerationRequest incoming)
{
    const QList<MediaRef *> draftMedia = draft.mediaSlots();
    bool shotText = false;
    for (const Shot &shot : std::as_const(draft.shots))
        shotText = shotText || !shot.prompt.trimmed().isEmpty();
    const bool work = !draft.prompt.trimmed().isEmpty() || !draftMedia.isEmpty() || shotText
        || !draft.elementName.trimmed().isEmpty() || !draft.elementDescription.trimmed().isEmpty();
    if (!work)
        return false;
    const QList<MediaRef *> incomingMedia = incoming.mediaSlots();
    bool sameMedia = draftMedia.size() == incomingMedia.size();
    for (qsizetype i = 0; sameMedia && i < draftMedia.size(); ++i)
        sameMedia = *draftMedia[i] == *incomingMedia[i];
    const bool same = draft.mode == incoming.mode && draft.prompt == incoming.prompt
        && (!draft.multiShot || draft.shots == incoming.shots) && sameMedia
        && draft.elementName == incoming.elementName
        && draft.elementDescription == incoming.elementDescription;
    return !same;
}

} // namespace

MainWindow::MainWindow(StudioBackend *backend, LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_backend(backend),
      m_languages(languages), m_attention(new AttentionDialogs(this))
{
    // Application-wide, before any control is polished: the wheel changes a
    // combo box, slider or spin box only when it has the focus.
    WheelFocusFilter::install();
    // The font fits the UI language before the first control is built.
    if (m_languages)
        new LanguageFont(m_languages, this);
    ui->setupUi(this);
    connect(m_attention, &AttentionDialogs::preferencesWanted, this, &MainWindow::openPreferences);
    connect(m_attention, &AttentionDialogs::balanceMayHaveChanged, this,
            &MainWindow::refreshBalance);
    // The window inherits the application icon, which main() sets right
    // after the first paint: decoding its eight PNG sizes (up to 512 px) for
    // the window manager would otherwise hold up the first frame.

    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_languageGroup->addAction(ui->actionLanguageSystem);
    m_languageGroup->addAction(ui->actionLanguageEnglish);
    m_languageGroup->addAction(ui->actionLanguageChinese);

    // The banner is amber on both palettes: it must stand out, not alarm.
    ui->demoBanner->setColors(QColor(0x3b, 0x2f, 0x14), QColor(0x6d, 0x55, 0x23));
    ui->demoBanner->setRuleEdge(Qt::BottomEdge);
    // Two plain labels rather than one with <b>: rich text costs a
    // QTextDocument even while the banner is hidden.
    QFont bannerTitleFont = ui->demoBannerTitle->font();
    bannerTitleFont.setBold(true);
    ui->demoBannerTitle->setFont(bannerTitleFont);
    Theme::setTextColor(ui->demoBannerTitle, QColor(0xf6, 0xdc, 0x9c));
    Theme::setTextColor(ui->demoBannerLabel, QColor(0xf6, 0xdc, 0x9c));
    ui->setApiKeyButton->setColors(Theme::bannerButtonColors());
    ui->setApiKeyButton->setShape(5, QMargins(12, 4, 12, 4));
    ui->demoBannerIcon->setPixmap(
        glyphPixmap(Icons::Glyph::Info, 18, QColor(0xf6, 0xdc, 0x9c), devicePixelRatioF()));
    ui->demoBanner->hide(); // shown once the backend says it runs the simulator

    QPalette muted = ui->playerPlaceholderLabel->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(muted));
    ui->playerPlaceholderLabel->setPalette(muted);
    QColor glyphColor = palette().color(QPalette::WindowText);
    glyphColor.setAlphaF(0.25);
    ui->playerPlaceholderIcon->setPixmap(
        glyphPixmap(Icons::Glyph::Film, 56, glyphColor, devicePixelRatioF()));

    ui->mainSplitter->setStretchFactor(0, 0);
    ui->mainSplitter->setStretchFactor(1, 1);
    ui->rightSplitter->setStretchFactor(0, 0);
    ui->rightSplitter->setStretchFactor(1, 1);
    ui->mainSplitter->setSizes({430, 930});
    ui->rightSplitter->setSizes({400, 530});

    m_balanceLabel = new TextLabel(this);
    m_balanceLabel->setObjectName(QStringLiteral("balanceLabel"));
    m_endpointLabel = new TextLabel(this);
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    m_endpointLabel->setPalette(muted);
    statusBar()->addPermanentWidget(m_endpointLabel);
    statusBar()->addPermanentWidget(m_balanceLabel);

    ui->generationForm->setGenerateEnabled(false, tr("Starting…"));

    m_thumbnails = new ThumbnailCache(this);
    m_thumbnails->setHeld(true); // until the backend is up (onBackendReady)
    m_model = new HistoryModel(this);

    connect(ui->actionPreferences, &QAction::triggered, this, [this] { openPreferences(false); });
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionCheckInstallation, &QAction::triggered, this, &MainWindow::checkInstallation);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui->actionKeyboardShortcuts, &QAction::triggered, this, [this] {
        auto *sheet = new ShortcutSheetDialog(this, this);
        sheet->setAttribute(Qt::WA_DeleteOnClose);
        sheet->open();
    });
    connect(ui->actionPrices, &QAction::triggered, this, [this] {
        auto *prices = new PriceTableDialog(m_backend->settings()->creditsPerUsd(), this);
        prices->setAttribute(Qt::WA_DeleteOnClose);
        prices->open();
    });
    connect(ui->actionOpenLibrary, &QAction::triggered, this, [this] {
        const QString dir = m_backend->settings()->libraryDir();
        QDir().mkpath(dir);
        JobActions::reveal(this, dir);
    });
    ui->generationForm->setElementLibrary(m_backend->elements());
    connect(ui->actionElementLibrary, &QAction::triggered, ui->generationForm,
            &GenerationForm::showElementLibrary);
    connect(ui->actionLanguageSystem, &QAction::triggered, this,
            [this] { setLanguage(QString()); });
    connect(ui->actionLanguageEnglish, &QAction::triggered, this,
            [this] { setLanguage(kEnglish); });
    connect(ui->actionLanguageChinese, &QAction::triggered, this,
            [this] { setLanguage(kChinese); });
    connect(ui->setApiKeyButton, &QPushButton::clicked, this, [this] { openPreferences(true); });
    // The number of takes is read at the click: the questions before paying
    // may take a while, and the box may change meanwhile.
    connect(ui->generationForm, &GenerationForm::generateRequested, this,
            [this](const GenerationRequest &request) {
                onGenerate(request, ui->generationForm->takes());
            });
    if (m_languages)
        connect(m_languages, &LanguageManager::languageChanged, this,
                &MainWindow::updateLanguageActions);
    connect(m_backend, &StudioBackend::demoModeChanged, this, [this] {
        updateBanner();
        updateTitle();
        m_balance.reset();
        refreshBalance();
        refreshModelAccess();
    });

    restoreLayout();
    // The draft the last session left in the form (saved as it changes).
    m_draft = new FormDraftKeeper(ui->generationForm, m_backend->settings(), this);
    QStringList missing = m_draft->restore();
    for (QString &path : missing)
        path = QDir::toNativeSeparators(path);
    if (!missing.isEmpty())
        statusBar()->showMessage(
            tr("The last draft is back, without %n input file(s) that no longer exist: %1. "
               "Add them again if you still need them.",
               nullptr, int(missing.size()))
                .arg(QLocale().createSeparatedList(missing)),
            15000);
    updateLanguageActions();
    updateTitle();
    updateStatus();

    // Tab reads like the page (banner, form, history list then its toolbar,
    // player); the list, drawn without a frame, shows a ring when focused.
    if (auto *history = ui->historyPanel->findChild<QWidget *>(QStringLiteral("historyView")))
        new FocusRing(history, history);
    if (auto *list = ui->historyPanel->findChild<QWidget *>(QStringLiteral("historyStack")))
        list->setProperty(ReadingOrder::readFirstProperty, true);
    auto *form = ui->generationForm;
    if (auto *insert = form->findChild<QWidget *>(QStringLiteral("insertReferenceButton")))
        ReadingOrder::placeAfter(insert, form->findChild<QWidget *>(QStringLiteral("promptEdit")));
    // Tab scrolls the form to each control; the scroll area is no stop itself.
    if (auto *scroll = form->findChild<QWidget *>(QStringLiteral("scrollArea")))
        scroll->setFocusPolicy(Qt::NoFocus);
    ReadingOrder::apply(this);
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Widgets come and go with the form's mode and the player: chain anew.
    ReadingOrder::apply(this);
    return QMainWindow::focusNextPrevChild(next);
}

MainWindow::~MainWindow()
{
    m_draft->flush();
    // The player's QMediaPlayer must stop before the widgets go.
    delete m_player;
    m_player = nullptr;
}

GenerationForm *MainWindow::form() const
{
    return ui->generationForm;
}

HistoryPanel *MainWindow::historyPanel() const
{
    return ui->historyPanel;
}

void MainWindow::startBackend()
{
    if (m_started)
        return;
    m_started = true;
    QPointer<MainWindow> self(this);
    m_backend->start([self] {
        if (self)
            self->onBackendReady();
    });
}

void MainWindow::showHistory(const QList<Job> &preloaded)
{
    if (m_historyLoaded)
        return;
    m_model->showSnapshot(preloaded, m_thumbnails);
    connectHistory();
}

void MainWindow::loadHistory()
{
    if (m_historyLoaded)
        return;
    m_historyLoaded = true;
    m_backend->openJournal();
    m_model->setSources(m_backend->store(), m_backend->jobs(), m_thumbnails);
    connectHistory();
}

void MainWindow::connectHistory()
{
    if (m_historyConnected)
        return;
    m_historyConnected = true;
    ui->historyPanel->setSources(m_model, m_backend->jobs());
    ui->historyPanel->setFourKPriceQuestion(&m_fourKPrice);
    // A removed job leaves the player: no Save, Reveal or Copy Link on it.
    connect(m_backend->store(), &JobStore::jobRemoved, this, [this](const QString &id) {
        if (!m_player || m_player->currentJobId() != id)
            return;
        m_player->clear();
        ui->playerArea->setCurrentWidget(ui->playerPlaceholder);
    });

    connect(ui->historyPanel, &HistoryPanel::currentJobChanged, this,
            &MainWindow::onCurrentJobChanged);
    connect(ui->historyPanel, &HistoryPanel::playRequested, this,
            [this](const QString &id) { playJob(id, true); });
    connect(ui->historyPanel, &HistoryPanel::reuseRequested, this, &MainWindow::reuseRequest);
    connect(m_model, &HistoryModel::rowsInserted, this, [this] {
        if (!m_pendingSelection.isEmpty() && m_model->rowOf(m_pendingSelection) >= 0) {
            ui->historyPanel->selectJob(m_pendingSelection);
            m_pendingSelection.clear();
        }
    });
}

void MainWindow::onBackendReady()
{
    m_ready = true;
    loadHistory();
    // Missing thumbnails are made from now on, not before the first paint.
    m_thumbnails->setHeld(false);
    JobManager *jobs = m_backend->jobs();
    connect(jobs, &JobManager::attentionNeeded, m_attention,
            [this](const QString &, const ApiError &error) { m_attention->show(error); });
    connect(jobs, &JobManager::jobFinished, this, &MainWindow::onJobFinished);
    // The title counts what the history header counts (the CLI's jobs too).
    connect(m_model, &HistoryModel::countsChanged, this, &MainWindow::updateTitle);
    // A job that ends while the window is in the background: a notification,
    // whose click brings the window and the job back.
    m_alerts = new JobAlerts(jobs, m_backend->settings(), this, new DesktopNotifier(this));
    connect(m_alerts, &JobAlerts::jobActivated, this, [this](const QString &id) {
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        show();
        raise();
        activateWindow();
        ui->historyPanel->selectJob(id);
    });
    connect(m_backend, &StudioBackend::unauthorized, this,
            [this] { m_attention->askForKey(QString()); });
    connect(m_backend->settings(), &Settings::changed, this, [this] {
        ui->generationForm->setCreditsPerUsd(m_backend->settings()->creditsPerUsd());
    });
    // Jobs of the command-line tool (or a second window) show up and move on
    // as it writes them; a selected one that it finished opens in the player.
    connect(m_backend, &StudioBackend::journalChangedElsewhere, this, [this] {
        m_model->refresh();
        onCurrentJobChanged(ui->historyPanel->currentJobId());
    });
    m_backend->watchJournal();
    connect(m_backend, &StudioBackend::journalRecreated, this, [this](const QString &message) {
        m_model->refresh();
        statusBar()->showMessage(message, 30000);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("History journal"), message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("journalRecreatedDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    ui->generationForm->setCreditsPerUsd(m_backend->settings()->creditsPerUsd());
    ui->generationForm->setGenerateEnabled(true);
    updateBanner();
    updateTitle();
    refreshBalance();
    refreshModelAccess();
    // Every job the last session (or a killed CLI) left unfinished goes on:
    // polls, downloads of completed results; lost creates wait for the user.
    jobs->resumeUnfinished();

    if (!m_backend->keyNotice().isEmpty())
        statusBar()->showMessage(m_backend->keyNotice(), 15000);
    if (!m_backend->journalNotice().isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("History journal"),
                                    m_backend->journalNotice(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("journalNoticeDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit ready();
}

PlayerWidget *MainWindow::ensurePlayer()
{
    if (!m_player) {
        // Created on first use: it loads the multimedia plugin, and
        // QMediaPlayer + QVideoWidget cost ~60 ms and ~65 MiB (DESIGN.md §6:
        // an empty window 38 ms and 25 MiB, with them 102 ms and 91 MiB).
        m_player = new PlayerWidget(ui->playerArea);
        ui->playerArea->addWidget(m_player);
    }
    ui->playerArea->setCurrentWidget(m_player);
    return m_player;
}

void MainWindow::playJob(const QString &id, bool autoPlay)
{
    const std::optional<Job> job = m_model->jobById(id);
    if (!job || job->state != JobState::Done || !JobActions::hasVideo(job->videoPath))
        return;
    PlayerWidget *player = ensurePlayer();
    const QModelIndex index = m_model->index(m_model->rowOf(id));
    // A demo job's clip says that it is the simulator's sample, scaled down.
    player->openJob(
        job->id, job->videoPath,
        DemoClipCaption::caption(*job, index.data(HistoryModel::PromptExcerptRole).toString()),
        job->resultUrl, job->resultAt);
    player->setSaveName(index.data(HistoryModel::SaveNameRole).toString());
    if (autoPlay)
        player->play();
}

void MainWindow::onCurrentJobChanged(const QString &id)
{
    if (id.isEmpty() || (m_player && m_player->currentJobId() == id))
        return;
    const std::optional<Job> job = m_model->jobById(id);
    if (job && job->state == JobState::Done)
        playJob(id, false);
}

void MainWindow::onJobFinished(const QString &id)
{
    refreshBalance();
    // A job the user is looking at plays when it is done; another one they
    // chose meanwhile is not interrupted.
    if (ui->historyPanel->currentJobId() != id)
        return;
    if (m_player && m_player->isPlaying())
        return;
    const std::optional<Job> job = m_backend->store()->job(id);
    if (job && job->state == JobState::Done)
        QTimer::singleShot(0, this, [this, id] { playJob(id, true); });
}

void MainWindow::onGenerate(const GenerationRequest &request, int takes)
{
    if (!m_ready)
        return;
    if (m_fourKPrice.needsAsking(request)) {
        m_fourKPrice.ask(
            request, this, [this, request, takes] { onGenerate(request, takes); }, takes);
        return;
    }
    if (!m_repeatedRequest.isRepeat(request)) {
        submitFromForm(request, takes);
        return;
    }
    // The same request again moments later: most likely one intention
    // clicked twice. A second paid job only when the user says so.
    if (m_repeatDialog) {
        m_repeatDialog->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Submit again?"),
                                tr("Submit the same request again?"),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("repeatRequestDialog"));
    box->setInformativeText(tr("You submitted exactly this request a few seconds ago, and its job "
                               "is in the history. Yes starts a second job, charged again; No "
                               "sends nothing."));
    box->setDefaultButton(QMessageBox::No);
    box->setEscapeButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, request, takes] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            submitFromForm(request, takes);
    });
    m_repeatDialog = box;
    box->open();
}

void MainWindow::reuseRequest(const GenerationRequest &request)
{
    auto load = [this, request] {
        ui->generationForm->setRequest(request);
        statusBar()->showMessage(tr("Settings loaded into the form."), 4000);
    };
    // A draft the user wrote is not replaced unasked (the form has no undo
    // for mode, inputs and settings, only the prompt box for its own text).
    if (!holdsOwnWork(ui->generationForm->request(), request)) {
        load();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace the draft?"),
                                tr("Replace the draft in the form with this job's settings?"),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("reuseConfirmDialog"));
    box->setInformativeText(tr("The form holds a prompt or inputs that differ from this job's. "
                               "Replace loads the job's settings and the draft is lost; Keep "
                               "Draft leaves the form as it is."));
    QPushButton *replace = box->addButton(tr("Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("reuseReplaceButton"));
    QPushButton *keep = box->addButton(tr("Keep Draft"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("reuseKeepButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, replace, load] {
        if (box->clickedButton() == replace)
            load();
    });
    box->open();
}

void MainWindow::submitFromForm(const GenerationRequest &request, int takes)
{
    // The optional check before paying (Preferences) runs first; it never
    // stops the job on its own.
    if (!m_precheck)
        m_precheck = new PrecheckQuestion(m_backend, this);
    m_precheck->run(
        request, [this, request, takes] { submitChecked(request, takes); },
        [this] {
            if (auto *prompt =
                    ui->generationForm->findChild<QWidget *>(QStringLiteral("promptEdit")))
                prompt->setFocus(Qt::OtherFocusReason);
        },
        [this](const QString &notice) { statusBar()->showMessage(notice, 15000); });
}

void MainWindow::submitChecked(const GenerationRequest &request, int takes)
{
    const QStringList ids = m_backend->jobs()->submitTakes(request, takes);
    if (ids.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Job not sent"),
                                    m_backend->jobs()->submitError(), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("submitRefusedDialog"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_repeatedRequest.remember(request);
    // The first take is selected; the others follow it in the history.
    const QString &id = ids.constFirst();
    if (m_model->rowOf(id) >= 0)
        ui->historyPanel->selectJob(id);
    else
        m_pendingSelection = id;
    statusBar()->showMessage(ids.size() > 1 ? tr("%n takes submitted.", nullptr, int(ids.size()))
                                            : tr("Job submitted."),
                             3000);
}

void MainWindow::openPreferences(bool focusKey)
{
    if (m_preferences) {
        m_preferences->raise();
        m_preferences->activateWindow();
        if (focusKey)
            m_preferences->focusApiKey();
        return;
    }
    auto *dialog = new PreferencesDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_preferences = dialog;
    m_attention->setPreferences(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString code = dialog->selectedLanguage();
        if (m_languages && LanguageManager::resolve(code) != m_languages->current())
            m_languages->apply(code);
        updateLanguageActions();
        ui->generationForm->setCreditsPerUsd(m_backend->settings()->creditsPerUsd());
        updateStatus();
        refreshBalance();
        refreshModelAccess(); // the key or the API address may have changed
        if (!dialog->keyNote().isEmpty()) {
            // E.g. kept for this session only: too long for the status bar alone.
            statusBar()->showMessage(dialog->keyNote(), 60000);
            auto *box = new QMessageBox(QMessageBox::Information, tr("API key"), dialog->keyNote(),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("apiKeyNoteDialog"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    });
    dialog->open();
    if (focusKey)
        dialog->focusApiKey();
}

void MainWindow::setLanguage(const QString &code)
{
    m_backend->settings()->setLanguage(code);
    if (m_languages)
        m_languages->apply(code);
    updateLanguageActions();
}

void MainWindow::updateLanguageActions()
{
    // What the user chose (as Preferences shows it): "System Default" or a language.
    const QString chosen = m_backend->settings()->language();
    ui->actionLanguageSystem->setChecked(chosen.isEmpty());
    ui->actionLanguageEnglish->setChecked(!chosen.isEmpty()
                                          && LanguageManager::resolve(chosen) == kEnglish);
    ui->actionLanguageChinese->setChecked(!chosen.isEmpty()
                                          && LanguageManager::resolve(chosen) == kChinese);
}

void MainWindow::openInputFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        ui->generationForm->openInputFile(path);
}

void MainWindow::refreshBalance()
{
    if (!m_ready || m_balanceAsked)
        return;
    m_balanceAsked = true;
    m_backend->requestBalance(this, [this](double remaining, const ApiError &error) {
        m_balanceAsked = false;
        if (error.isError()) {
            m_balanceError = ErrorCatalog::userMessage(error);
            qCInfo(lcUi) << "Balance query failed:" << error.httpStatus << error.code;
        } else {
            m_balanceError.clear();
            m_balance = remaining;
        }
        updateStatus();
    });
    updateStatus();
}

void MainWindow::refreshModelAccess()
{
    if (!m_ready)
        return;
    if (!m_modelAccess) {
        m_modelAccess = m_backend->createModelAccess(
            Paths::dataDir() + QStringLiteral("/model-access.json"), this);
        connect(m_modelAccess, &ModelAccess::changed, this, [this] {
            QList<Mode> locked;
            for (Mode mode : ModeInfo::allModes()) {
                if (!m_modelAccess->allows(ModeInfo::modelName(mode)))
                    locked.append(mode);
            }
            ui->generationForm->setUnavailableModes(locked);
        });
    }
    m_modelAccess->refresh(m_backend->isDemo());
}

void MainWindow::updateStatus()
{
    if (m_balance) {
        m_balanceLabel->setText(tr("Balance: %1 credits").arg(MoneyText::credits(*m_balance)));
    } else if (!m_balanceError.isEmpty()) {
        m_balanceLabel->setText(tr("Balance: unavailable"));
    } else {
        m_balanceLabel->setText(tr("Balance: …"));
    }
    m_balanceLabel->setToolTip(!m_balanceError.isEmpty() ? m_balanceError
                                   : m_balance ? tr("Credits left on your EvoLink account") + u'\n'
                                       + MoneyText::creditsToolTip(*m_balance)
                                               : tr("Credits left on your EvoLink account"));

    if (!m_ready) {
        m_endpointLabel->setText(tr("Starting…"));
    } else if (m_backend->isDemo()) {
        m_endpointLabel->setText(tr("Demo · built-in simulator"));
    } else {
        m_endpointLabel->setText(tr("Connected to %1").arg(m_backend->apiHost()));
    }
}

void MainWindow::updateBanner()
{
    ui->demoBanner->setVisible(m_ready && m_backend->isDemo());
    updateStatus();
}

void MainWindow::updateTitle()
{
    const QString name =
        m_ready && m_backend->isDemo() ? tr("Kling Studio — Demo") : tr("Kling Studio");
    // What is under way, readable from the task bar: counts first, so a
    // narrow task bar button still shows them.
    QString counts;
    if (m_ready && m_model) {
        const int running = m_model->runningCount();
        const int queued = m_model->queuedCount();
        if (running > 0 && queued > 0)
            counts = tr("%1 running · %2 queued").arg(running).arg(queued);
        else if (running > 0)
            counts = tr("%1 running").arg(running);
        else if (queued > 0)
            counts = tr("%1 queued").arg(queued);
    }
    const QString title = counts.isEmpty() ? name : tr("%1 — %2").arg(counts, name);
    if (title == windowTitle() && name == QGuiApplication::applicationDisplayName())
        return;
    // Qt adds the application's display name to a window title that does
    // not end with it (X11, Windows): every title here ends with it.
    QGuiApplication::setApplicationDisplayName(name);
    setWindowTitle(title);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Kling Studio"),
        tr("<h3>Kling Studio %1</h3>"
           "<p>A desktop studio for making short videos with the Kling O3 model through the "
           "EvoLink API.</p>"
           "<p>Your API key stays in the system keychain; finished videos are saved in your "
           "download folder.</p>"
           "<p><small>Built with Qt %2.</small></p>")
            .arg(QStringLiteral(KS_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::checkInstallation()
{
    // Its own backend and simulator in a temporary folder: the user's
    // journal, downloads and running jobs are left alone.
    if (m_installationCheck) {
        m_installationCheck->raise();
        m_installationCheck->activateWindow();
        return;
    }
    auto *dialog = new InstallationCheckDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_installationCheck = dialog;
    dialog->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        updateTitle();
        updateStatus();
        m_model->retranslate();
        if (m_player && !m_player->currentJobId().isEmpty())
            playJob(m_player->currentJobId(), false); // the caption, in the new language
        if (!m_ready)
            ui->generationForm->setGenerateEnabled(false, tr("Starting…"));
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unfinished jobs resume on the next start; nothing to confirm. The
    // draft first, so the layout's sync writes both in one go (not a second
    // locked write of the settings file from the event loop after it).
    m_draft->flush();
    saveLayout();
    if (m_player)
        m_player->pause();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreLayout()
{
    Settings *settings = m_backend->settings();
    const QByteArray geometry = settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        WindowPlacement::fitToScreen(this);
    QByteArray state = settings->windowState();
    QDataStream in(&state, QIODevice::ReadOnly);
    quint32 version = 0;
    QByteArray windowState;
    QByteArray mainSplit;
    QByteArray rightSplit;
    in >> version >> windowState >> mainSplit >> rightSplit;
    if (in.status() != QDataStream::Ok || version != kLayoutVersion)
        return;
    restoreState(windowState);
    ui->mainSplitter->restoreState(mainSplit);
    ui->rightSplitter->restoreState(rightSplit);
}

void MainWindow::saveLayout()
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kLayoutVersion << saveState() << ui->mainSplitter->saveState()
        << ui->rightSplitter->saveState();
    Settings *settings = m_backend->settings();
    settings->setWindowGeometry(saveGeometry());
    settings->setWindowState(state);
    settings->sync();
}

} // namespace ks

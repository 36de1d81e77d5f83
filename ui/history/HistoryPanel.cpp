#include "history/HistoryPanel.h"

#include "ui_HistoryPanel.h"

#include "core/CostEstimator.h"
#include "history/HistoryDelegate.h"
#include "history/HistoryModel.h"
#include "history/JobActions.h"
#include "history/PromoteDialog.h"
#include "history/StopTrackingDialog.h"
#include "jobs/JobManager.h"
#include "style/Icons.h"
#include "window/FourKPriceQuestion.h"

#include <QEvent>
#include <QMenu>

namespace ks {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::HistoryPanel>())
{
    ui->setupUi(this);

    QFont titleFont = ui->historyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    ui->historyTitle->setFont(titleFont);
    QPalette muted = ui->historyHeader->palette();
    QColor dim = muted.color(QPalette::WindowText);
    dim.setAlphaF(0.65);
    muted.setColor(QPalette::WindowText, dim);
    ui->historyHeader->setPalette(muted);
    ui->emptyLabel->setPalette(muted);

    ui->actionPlay->setIcon(Icons::icon(Icons::Glyph::Play));
    ui->actionSaveAs->setIcon(Icons::icon(Icons::Glyph::Save));
    ui->actionReveal->setIcon(Icons::icon(Icons::Glyph::Folder));
    ui->actionCopyLink->setIcon(Icons::icon(Icons::Glyph::Link));
    ui->actionReuse->setIcon(Icons::icon(Icons::Glyph::Sliders));
    ui->actionResubmit->setIcon(Icons::icon(Icons::Glyph::Retry));
    ui->actionCheckAgain->setIcon(Icons::icon(Icons::Glyph::Retry));
    ui->actionStopTracking->setIcon(Icons::icon(Icons::Glyph::Stop));
    ui->actionRemove->setIcon(Icons::icon(Icons::Glyph::Trash));

    ui->playButton->setDefaultAction(ui->actionPlay);
    ui->saveAsButton->setDefaultAction(ui->actionSaveAs);
    ui->revealButton->setDefaultAction(ui->actionReveal);
    ui->copyLinkButton->setDefaultAction(ui->actionCopyLink);
    ui->reuseButton->setDefaultAction(ui->actionReuse);
    ui->resubmitButton->setDefaultAction(ui->actionResubmit);
    ui->stopButton->setDefaultAction(ui->actionStopTracking);
    ui->removeButton->setDefaultAction(ui->actionRemove);
    for (QToolButton *button : ui->historyToolbar->findChildren<QToolButton *>())
        button->setIconSize(QSize(18, 18));
    addAction(ui->actionRemove); // Del works while the list has focus

    m_delegate = new HistoryDelegate(this);
    ui->historyView->setItemDelegate(m_delegate);
    ui->historyView->setMouseTracking(true);
    ui->historyView->setAttribute(Qt::WA_Hover);
    // Cards fit the width (they shrink and elide): never a sideways scroll.
    ui->historyView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(ui->actionPlay, &QAction::triggered, this, &HistoryPanel::play);
    connect(ui->actionSaveAs, &QAction::triggered, this, &HistoryPanel::saveAs);
    connect(ui->actionReveal, &QAction::triggered, this, &HistoryPanel::reveal);
    connect(ui->actionCopyLink, &QAction::triggered, this, &HistoryPanel::copyLink);
    connect(ui->actionReuse, &QAction::triggered, this, &HistoryPanel::reuse);
    connect(ui->actionResubmit, &QAction::triggered, this, &HistoryPanel::resubmit);
    connect(ui->actionCheckAgain, &QAction::triggered, this, &HistoryPanel::checkAgain);
    connect(ui->actionStopTracking, &QAction::triggered, this, &HistoryPanel::stopTracking);
    connect(ui->actionPromote, &QAction::triggered, this, &HistoryPanel::promote);
    connect(ui->actionRemove, &QAction::triggered, this, &HistoryPanel::remove);
    connect(ui->historyView, &QListView::customContextMenuRequested, this,
            &HistoryPanel::showContextMenu);
    // Double-click or Enter (activated covers both, per platform style).
    connect(ui->historyView, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.data(HistoryModel::StateRole).toInt() == int(JobState::Done))
            play();
    });

    updateHeader();
    updateActions();
    updateEmptyState();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setSources(HistoryModel *model, JobManager *jobs)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_jobs = jobs;
    ui->historyView->setModel(model);
    if (model) {
        connect(model, &HistoryModel::countsChanged, this, &HistoryPanel::updateHeader);
        connect(model, &HistoryModel::dataChanged, this, &HistoryPanel::updateActions);
        connect(model, &HistoryModel::rowsInserted, this, &HistoryPanel::updateEmptyState);
        connect(model, &HistoryModel::rowsRemoved, this, &HistoryPanel::updateEmptyState);
        connect(model, &HistoryModel::modelReset, this, &HistoryPanel::updateEmptyState);
        connect(ui->historyView->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this] {
                    updateActions();
                    emit currentJobChanged(currentJobId());
                });
        connect(ui->historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this] {
                    updateActions();
                    emit currentJobChanged(currentJobId());
                });
    }
    updateHeader();
    updateActions();
    updateEmptyState();
}

QListView *HistoryPanel::view() const
{
    return ui->historyView;
}

QString HistoryPanel::currentJobId() const
{
    return selectedIndex().data(HistoryModel::IdRole).toString();
}

QModelIndex HistoryPanel::selectedIndex() const
{
    // The view's current index moves without a highlight (Tab into the
    // list, a dialog closing): the actions follow the highlighted card only.
    const QModelIndex current = ui->historyView->currentIndex();
    const QItemSelectionModel *selection = ui->historyView->selectionModel();
    if (!current.isValid() || !selection || !selection->isSelected(current)
        || ui->historyStack->currentWidget() != ui->listPage)
        return {};
    return current;
}

void HistoryPanel::selectJob(const QString &id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    ui->historyView->setCurrentIndex(index);
    ui->historyView->scrollTo(index);
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        updateActions();
        updateHeader();
        updateEmptyState();
        // The delegate paints model text; the model re-emits on retranslate().
        ui->historyView->viewport()->update();
    }
    QWidget::changeEvent(event);
}

void HistoryPanel::updateHeader()
{
    ui->historyHeader->setText(m_model ? m_model->headerText()
                                       : tr("%1 running · %2 done").arg(0).arg(0));
}

void HistoryPanel::updateEmptyState()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    ui->historyStack->setCurrentWidget(empty ? ui->emptyPage : ui->listPage);
    // Remove takes a job off the list (and the journal) only: after that,
    // "No generations yet" would be untrue, and the videos are still there.
    // (The form's text, "No generations yet.", holds until then.)
    if (m_removedThisSession > 0)
        ui->emptyLabel->setText(tr("The history list is empty.\nRemoved jobs are gone from this "
                                   "list only: their video files stay in your download folder."));
    updateActions();
}

void HistoryPanel::updateActions()
{
    const QModelIndex index = selectedIndex();
    const bool has = index.isValid();
    const auto state = JobState(index.data(HistoryModel::StateRole).toInt());
    const QString videoPath = index.data(HistoryModel::VideoPathRole).toString();
    const bool video = has && JobActions::hasVideo(videoPath);

    ui->actionPlay->setEnabled(video && state == JobState::Done);
    ui->actionSaveAs->setEnabled(video);
    ui->actionReveal->setEnabled(video);
    ui->actionCopyLink->setEnabled(has && index.data(HistoryModel::LinkValidRole).toBool());
    ui->actionReuse->setEnabled(has);
    // Promote: a done take, and a quality above its own that the mode offers.
    const auto job = has && m_model ? m_model->jobById(index.data(HistoryModel::IdRole).toString())
                                    : std::nullopt;
    const std::optional<Quality> higher = job && state == JobState::Done
        ? ModeInfo::higherQuality(job->request.mode, job->request.quality)
        : std::nullopt;
    ui->actionPromote->setEnabled(higher.has_value());
    ui->actionPromote->setVisible(!job || job->request.mode != Mode::CustomElement);
    ui->actionPromote->setText(higher ? PromoteDialog::actionText(*higher) : tr("Promote…"));
    ui->actionResubmit->setEnabled(has
                                   && (state == JobState::Done || state == JobState::Failed
                                       || state == JobState::Cancelled
                                       || state == JobState::Expired));
    // A stopped job with a task may still finish (and be billed) on the
    // server: Check Again follows it again and downloads the video.
    const bool stoppedTask =
        state == JobState::Stopped && !index.data(HistoryModel::TaskIdRole).toString().isEmpty();
    ui->actionCheckAgain->setEnabled(
        has && (state == JobState::Stalled || state == JobState::OutcomeUnknown || stoppedTask));
    // A job another process (the CLI, a second window) drives is stopped
    // there, not here: this window only follows its journal row.
    const bool elsewhere =
        has && m_jobs && m_jobs->isDrivenElsewhere(index.data(HistoryModel::IdRole).toString());
    ui->actionStopTracking->setEnabled(
        has && !elsewhere
        && (isActive(state) || state == JobState::Stalled || state == JobState::OutcomeUnknown));
    ui->actionStopTracking->setToolTip(
        elsewhere ? tr("Another Kling Studio process (for example klingstudio-cli) is tracking "
                       "this job; stop it there.")
                  : tr("Stop following this job (the server keeps running and billing it)"));
    // An active job is stopped first, so nothing runs unseen.
    ui->actionRemove->setEnabled(has && !isActive(state));
}

void HistoryPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = ui->historyView->indexAt(pos);
    if (!index.isValid())
        return;
    ui->historyView->setCurrentIndex(index);
    ui->historyView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    updateActions();

    QMenu menu(this);
    menu.addAction(ui->actionPlay);
    menu.addAction(ui->actionSaveAs);
    menu.addAction(ui->actionReveal);
    menu.addAction(ui->actionCopyLink);
    menu.addSeparator();
    menu.addAction(ui->actionReuse);
    menu.addAction(ui->actionResubmit);
    menu.addAction(ui->actionPromote);
    if (ui->actionCheckAgain->isEnabled())
        menu.addAction(ui->actionCheckAgain);
    menu.addAction(ui->actionStopTracking);
    menu.addSeparator();
    menu.addAction(ui->actionRemove);
    menu.exec(ui->historyView->viewport()->mapToGlobal(pos));
}

void HistoryPanel::play()
{
    const QString id = currentJobId();
    if (!id.isEmpty())
        emit playRequested(id);
}

void HistoryPanel::saveAs()
{
    const QModelIndex index = selectedIndex();
    JobActions::saveAs(window(), index.data(HistoryModel::VideoPathRole).toString(),
                       index.data(HistoryModel::SaveNameRole).toString());
}

void HistoryPanel::reveal()
{
    JobActions::reveal(window(), selectedIndex().data(HistoryModel::VideoPathRole).toString());
}

void HistoryPanel::copyLink()
{
    const QModelIndex index = selectedIndex();
    if (index.data(HistoryModel::LinkValidRole).toBool())
        JobActions::copyLink(window(), index.data(HistoryModel::ResultUrlRole).toString());
}

void HistoryPanel::reuse()
{
    if (!m_model || !ui->actionReuse->isEnabled())
        return;
    if (const auto job = m_model->jobById(currentJobId()))
        emit reuseRequested(job->request);
}

void HistoryPanel::resubmit()
{
    const QString id = currentJobId();
    if (!m_jobs || id.isEmpty())
        return;
    const auto job = m_model ? m_model->jobById(id) : std::nullopt;
    if (m_fourKPrice && job && m_fourKPrice->needsAsking(job->request)) {
        QPointer<HistoryPanel> self(this);
        m_fourKPrice->ask(job->request, window(), [self, id] {
            if (self)
                self->resubmitNow(id);
        });
        return;
    }
    resubmitNow(id);
}

void HistoryPanel::promote()
{
    const QString id = currentJobId();
    const auto job = m_model ? m_model->jobById(id) : std::nullopt;
    if (!m_jobs || !job || !ui->actionPromote->isEnabled())
        return;
    const std::optional<Quality> target =
        ModeInfo::higherQuality(job->request.mode, job->request.quality);
    if (!target)
        return;
    GenerationRequest promoted = job->request;
    promoted.quality = *target;
    QPointer<HistoryPanel> self(this);
    // 4k has its own question, which names the price; one question is enough.
    if (m_fourKPrice && m_fourKPrice->needsAsking(promoted)) {
        m_fourKPrice->ask(promoted, window(), [self, id, target] {
            if (self)
                self->resubmitNow(id, target);
        });
        return;
    }
    auto *box = new PromoteDialog(*job, *target, CostEstimator(), window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &PromoteDialog::promoteConfirmed, this, [self, id, target] {
        if (self)
            self->resubmitNow(id, target);
    });
    box->open();
}

void HistoryPanel::resubmitNow(const QString &id, std::optional<Quality> quality)
{
    if (!m_jobs)
        return;
    const QString newId = m_jobs->resubmit(id, quality);
    if (!newId.isEmpty()) {
        selectJob(newId);
        emit jobSubmitted(newId);
    }
}

void HistoryPanel::checkAgain()
{
    const QString id = currentJobId();
    if (m_jobs && !id.isEmpty())
        m_jobs->checkAgain(id);
}

void HistoryPanel::stopTracking()
{
    const QModelIndex index = selectedIndex();
    const QString id = index.data(HistoryModel::IdRole).toString();
    if (!m_jobs || id.isEmpty() || !ui->actionStopTracking->isEnabled())
        return;
    // The question names the job it was asked about; the answer applies to
    // that job even if the selection moves meanwhile.
    auto *box =
        new StopTrackingDialog(JobState(index.data(HistoryModel::StateRole).toInt()),
                               !index.data(HistoryModel::TaskIdRole).toString().isEmpty(),
                               index.data(HistoryModel::PromptExcerptRole).toString(), this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<JobManager> jobs = m_jobs;
    connect(box, &StopTrackingDialog::stopConfirmed, this, [jobs, id] {
        if (jobs)
            jobs->stopTracking(id);
    });
    box->open();
}

void HistoryPanel::remove()
{
    const QString id = currentJobId();
    if (!m_jobs || id.isEmpty() || !ui->actionRemove->isEnabled())
        return;
    m_jobs->removeFromHistory(id);
    ++m_removedThisSession;
    updateEmptyState();
}

} // namespace ks

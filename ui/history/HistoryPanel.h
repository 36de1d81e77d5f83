#pragma once
// The history column: "2 running · 5 done" header, a small toolbar, and the
// list of the last 20 jobs with a context menu. Acts on the selected job
// (save, reveal, copy link, resubmit, stop, remove) through JobManager.

#include "core/GenerationRequest.h"

#include <QModelIndex>
#include <QPointer>
#include <QWidget>

#include <memory>

class QListView;

namespace Ui {
class HistoryPanel;
}

namespace ks {

class FourKPriceQuestion;
class HistoryDelegate;
class HistoryModel;
class JobManager;

class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)
public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    void setSources(HistoryModel *model, JobManager *jobs);
    // Generate Again of a 4k job asks this session's 4k question first, as
    // the form's Generate does (API.md §10.1 #5). Not owned; may be null.
    void setFourKPriceQuestion(FourKPriceQuestion *question) { m_fourKPrice = question; }
    QListView *view() const;
    HistoryDelegate *delegate() const { return m_delegate; }
    // The highlighted job; "" when no card is visibly selected.
    QString currentJobId() const;
    void selectJob(const QString &id);

signals:
    void currentJobChanged(const QString &id);
    void playRequested(const QString &id);
    void reuseRequested(const ks::GenerationRequest &request);
    void jobSubmitted(const QString &id); // a resubmit created a new job

protected:
    void changeEvent(QEvent *event) override;

private:
    QModelIndex selectedIndex() const;
    void updateHeader();
    void updateActions();
    void updateEmptyState();
    void showContextMenu(const QPoint &pos);
    void play();
    void saveAs();
    void reveal();
    void copyLink();
    void reuse();
    void resubmit();
    void resubmitNow(const QString &id, std::optional<Quality> quality = std::nullopt);
    // A done take again at the next quality its mode offers, price asked first.
    void promote();
    void checkAgain();
    void stopTracking();
    void remove();

    std::unique_ptr<Ui::HistoryPanel> ui;
    HistoryDelegate *m_delegate = nullptr;
    QPointer<HistoryModel> m_model;
    QPointer<JobManager> m_jobs;
    FourKPriceQuestion *m_fourKPrice = nullptr;
    int m_removedThisSession = 0;
};

} // namespace ks

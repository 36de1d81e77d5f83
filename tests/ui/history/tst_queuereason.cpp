// A job that waits in the queue says why on its history card (issue 17 item
// 10): the real window in demo mode, one running job per model, a second job
// of the same model queued behind the first.

#include "DemoStudioWindow.h"
#include "JobRows.h"
#include "history/HistoryModel.h"
#include "jobs/JobManager.h"

#include <QListView>
#include <QTest>

using namespace ks;
using namespace ks::test;

class TestQueueReason : public QObject
{
    Q_OBJECT

private slots:
    void queuedCardSaysWhyItWaits()
    {
        DemoStudioWindow studio;
        QVERIFY(studio.open(this));
        studio.window->startBackend();
        QTRY_VERIFY_WITH_TIMEOUT(studio.window->isReady(), 15000); // the journal is open
        studio.settings->setMaxConcurrentTasks(1);
        JobManager *jobs = studio.backend->jobs();
        const QString first = jobs->submit(textRequest());
        const QString second = jobs->submit(textRequest());
        QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(jobs->submitError()));

        auto *view = studio.window->findChild<QListView *>(QStringLiteral("historyView"));
        QVERIFY(view);
        QAbstractItemModel *model = view->model();
        QModelIndex queued;
        QTRY_VERIFY([&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex i = model->index(row, 0);
                if (i.data(HistoryModel::IdRole).toString() == second)
                    queued = i;
            }
            return queued.isValid();
        }());
        QCOMPARE(JobState(queued.data(HistoryModel::StateRole).toInt()), JobState::Queued);
        const QString reason = QStringLiteral("Waiting: 1 kling-o3-text-to-video job is running");
        QTRY_COMPARE(queued.data(HistoryModel::QueueReasonRole).toString(), reason);
        QVERIFY(queued.data(Qt::ToolTipRole).toString().contains(reason));
        QCOMPARE(queued.data(HistoryModel::QueueReasonShortRole).toString(),
                 QStringLiteral("waiting: 1 running"));

        // The first job is past the queue: no reason on its card.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex i = model->index(row, 0);
            if (i.data(HistoryModel::IdRole).toString() == first)
                QCOMPARE(i.data(HistoryModel::QueueReasonRole).toString(), QString());
        }
        for (const QString &id : {first, second})
            jobs->stopTracking(id);
    }
};

QTEST_MAIN(TestQueueReason)
#include "tst_queuereason.moc"

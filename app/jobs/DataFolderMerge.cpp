#include "jobs/DataFolderMerge.h"

#include "jobs/ElementLibrary.h"
#include "jobs/JobStore.h"
#include "platform/Logging.h"
#include "platform/Paths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSaveFile>

namespace ks {

namespace {

const QString kJournal = QStringLiteral("journal.sqlite");
const QString kElements = QStringLiteral("elements.json");
const QString kDemoState = QStringLiteral("demo-simulator.json");

// A merge of a big history takes a moment; a holder that hangs longer than
// this leaves the merge to the next start.
constexpr int kLockWaitMs = 60 * 1000;

bool hasData(const QString &folder)
{
    const QDir dir(folder);
    return dir.exists(kJournal) || dir.exists(kElements) || dir.exists(kDemoState);
}

bool needsMerge(const QString &target, const QString &legacy)
{
    const QFileInfo info(legacy);
    return info.isDir() && info.canonicalFilePath() != QFileInfo(target).canonicalFilePath()
        && !QFileInfo::exists(QDir(legacy).filePath(DataFolderMerge::markerName()))
        && hasData(legacy);
}

} // namespace

QString DataFolderMerge::markerName()
{
    return QStringLiteral("MERGED-INTO-SHARED-FOLDER.txt");
}

QStringList DataFolderMerge::mergeLegacyFolders()
{
    const QStringList legacy = Paths::legacyDataDirs();
    if (legacy.isEmpty())
        return {};
    return merge(Paths::dataDir(), legacy);
}

QStringList DataFolderMerge::merge(const QString &target, const QStringList &legacyFolders)
{
    QStringList pending;
    for (const QString &legacy : legacyFolders) {
        if (needsMerge(target, legacy))
            pending << legacy;
    }
    if (pending.isEmpty())
        return {};

    if (!QDir().mkpath(target)) {
        qCWarning(lcJobs) << "cannot create the data folder" << target;
        return {};
    }
    // The app and the command-line tool may start together: one merges,
    // the other waits and then finds the folders marked.
    QLockFile lock(QDir(target).filePath(QStringLiteral("merge.lock")));
    lock.setStaleLockTime(0); // only a dead holder's lock is taken over
    if (!lock.tryLock(kLockWaitMs)) {
        qCWarning(lcJobs) << "another process holds the data folder merge lock; merging later";
        return {};
    }
    QStringList lines;
    for (const QString &legacy : std::as_const(pending)) {
        if (!needsMerge(target, legacy))
            continue; // merged by the other process while this one waited
        const QString line = mergeOne(target, legacy);
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

QString DataFolderMerge::mergeOne(const QString &target, const QString &legacy)
{
    const QDir from(legacy);
    const QDir to(target);
    const QString shownFrom = QDir::toNativeSeparators(legacy);
    const QString shownTo = QDir::toNativeSeparators(target);

    int jobs = 0;
    if (from.exists(kJournal)) {
        JobStore old;
        // Read-only first; a journal a killed process left with a -wal but
        // no -shm opens only for writing (SQLite recovers it, losing nothing).
        if (!old.openForReading(from.filePath(kJournal)) && !old.open(from.filePath(kJournal))) {
            qCWarning(lcJobs) << "cannot read the old journal" << from.filePath(kJournal) << ":"
                              << old.lastError();
            return tr("The job history in %1 could not be read (%2). It was left as it is, and "
                      "Kling Studio will try to bring its jobs into %3 at the next start.")
                .arg(shownFrom, old.lastError(), shownTo);
        }
        const QList<Job> rows = old.recent(-1);
        old.close();
        JobStore shared;
        QString notice;
        if (!shared.open(to.filePath(kJournal), &notice)) {
            qCWarning(lcJobs) << "cannot open the journal to merge into:" << notice;
            return tr("The jobs of %1 could not be added to the job history in %2 (%3). "
                      "Nothing was changed; Kling Studio will try again at the next start.")
                .arg(shownFrom, shownTo, notice);
        }
        for (const Job &row : rows) {
            // A job both folders know stays as the shared journal has it.
            if (shared.job(row.id))
                continue;
            if (!shared.insert(row)) {
                const QString error = shared.lastError();
                return tr("The jobs of %1 could not all be added to the job history in %2 (%3). "
                          "Those added so far stay; Kling Studio will add the rest at the next "
                          "start.")
                    .arg(shownFrom, shownTo, error);
            }
            ++jobs;
        }
    }

    int elements = 0;
    if (from.exists(kElements)) {
        const ElementLibrary old(from.filePath(kElements));
        ElementLibrary shared(to.filePath(kElements));
        for (Element element : old.elements()) {
            if (shared.find(element.elementId))
                continue;
            // The thumbnail comes along, so the old folder is not needed.
            if (!element.thumbnailPath.isEmpty() && QFileInfo::exists(element.thumbnailPath)) {
                const QString copy =
                    shared.storeThumbnail(element.elementId, element.thumbnailPath);
                if (!copy.isEmpty())
                    element.thumbnailPath = copy;
            }
            if (shared.add(element))
                ++elements;
            else
                qCWarning(lcJobs) << "cannot add element" << element.elementId << ":"
                                  << shared.lastError();
        }
    }

    // The demo tasks of one simulator state only: the shared folder's own,
    // else the first old folder's.
    bool demoState = false;
    if (from.exists(kDemoState) && !to.exists(kDemoState))
        demoState = QFile::copy(from.filePath(kDemoState), to.filePath(kDemoState));

    QSaveFile marker(from.filePath(markerName()));
    bool marked = false;
    if (marker.open(QIODevice::WriteOnly | QIODevice::Text)) {
        const QString text =
            QStringLiteral("The jobs and custom elements of this folder were merged into\n%1\n"
                           "on %2 (%3 jobs and %4 elements added). Kling Studio no longer uses "
                           "this folder and deleted nothing in it; you may delete it.\n")
                .arg(shownTo, QDateTime::currentDateTime().toString(Qt::ISODate))
                .arg(jobs)
                .arg(elements);
        marker.write(text.toUtf8());
        marked = marker.commit();
    }
    if (!marked) // merged again next time: harmless, rows and elements go in by id
        qCWarning(lcJobs) << "cannot mark" << legacy << "as merged:" << marker.errorString();
    qCInfo(lcJobs) << "merged" << legacy << "into" << target << ":" << jobs << "jobs," << elements
                   << "elements" << (demoState ? "and the demo state" : "");
    return tr("Kling Studio now keeps the data of the app and the command-line tool in one "
              "folder, %1. From the old folder %2, jobs added to the history: %3; custom "
              "elements added: %4. Nothing was deleted: the old folder stays as it was.")
        .arg(shownTo, shownFrom)
        .arg(jobs)
        .arg(elements);
}

} // namespace ks

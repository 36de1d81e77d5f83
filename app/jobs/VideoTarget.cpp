#include "jobs/VideoTarget.h"

#include "core/ByteSizeText.h"
#include "core/ResultFileName.h"
#include "core/ResultSize.h"
#include "jobs/Job.h"
#include "jobs/JobManager.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace ks::VideoTarget {

namespace {

QDateTime creationTime(const Job &job)
{
    return (job.createdAt.isValid() ? job.createdAt : QDateTime::currentDateTimeUtc())
        .toLocalTime();
}

// Our own name, never the server's: no path tricks, no surprises. Made
// from the prompt and the date, with the job id's start so that two jobs
// of one prompt never share a name (or a .part file).
QString fileNameFor(const Job &job)
{
    return ResultFileName::forRequest(job.request, creationTime(job).date(), job.id.left(8));
}

// The name earlier versions gave the file; a .part under it (a
// download that an update interrupted) is resumed, not started again.
QString legacyFileNameFor(const Job &job)
{
    return QStringLiteral("kling-%1-%2.mp4")
        .arg(creationTime(job).toString(QStringLiteral("yyyyMMdd-HHmmss")), job.id.left(8));
}

} // namespace

QString journaledOutPath(const QString &outPath)
{
    if (outPath.isEmpty())
        return {};
    const QFileInfo info(outPath);
    QString path = info.absoluteFilePath();
    if (info.isDir() && !path.endsWith(u'/'))
        path += u'/';
    return path;
}

QString folder(const Job &job, const QString &libraryFolder)
{
    if (job.outPath.isEmpty())
        return libraryFolder;
    return job.outPath.endsWith(u'/') ? QDir::cleanPath(job.outPath)
                                      : QFileInfo(job.outPath).absolutePath();
}

ApiError preflight(const Job &job, const QString &libraryFolder)
{
    if (job.request.mode == Mode::CustomElement)
        return {};
    const QString dir = folder(job, libraryFolder);
    const QString native = QDir::toNativeSeparators(dir);
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        return ApiError::local(
            JobManager::tr("The folder %1 for the video cannot be created. Nothing was sent "
                           "or paid: choose another folder, then generate again.")
                .arg(native));
    }
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".klingstudio-write-test-XXXXXX")));
    if (!probe.open()) {
        return ApiError::local(
            JobManager::tr("Kling Studio cannot write to the folder %1 (%2). Nothing was "
                           "sent or paid: choose a folder you may write to, then generate "
                           "again.")
                .arg(native, probe.errorString()));
    }
    probe.close();
    const QStorageInfo disk(dir);
    const qint64 needed =
        ResultSize::expectedBytes(job.request) + ResultSize::kFreeSpaceHeadroomBytes;
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < needed) {
        return ApiError::local(
            JobManager::tr("The disk of %1 is nearly full: %2 free, and this video needs "
                           "about %3 with room to spare. Nothing was sent or paid: free some "
                           "space or choose another folder, then generate again.")
                .arg(native, ByteSizeText::format(disk.bytesAvailable()),
                     ByteSizeText::format(needed)));
    }
    return {};
}

QString downloadPath(const Job &job, const QString &dir)
{
    QString base = fileNameFor(job);
    if (QFileInfo::exists(QDir(dir).filePath(legacyFileNameFor(job) + QStringLiteral(".part"))))
        base = legacyFileNameFor(job);
    QString target = QDir(dir).filePath(base);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(dir).filePath(base.chopped(4) + QStringLiteral("-%1.mp4").arg(n));
    return target;
}

} // namespace ks::VideoTarget

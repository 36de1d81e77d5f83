#include "jobs/JobStore.h"

#include "core/RequestJson.h"
#include "jobs/DownloadClaim.h"
#include "jobs/JournalSchema.h"
#include "platform/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <QUuid>

namespace ks {

namespace {

const char *const kColumns = "id, created_at, updated_at, state, model, request, "
                             "idempotency_key, task_id, progress, eta_seconds, estimate_uc, "
                             "credits_reserved, credits_used, result_url, result_at, video_path, "
                             "out_path, element_id, error_kind, error_http_status, error_code, "
                             "error_message, error_type, error_param, downloaded_bytes, "
                             "total_bytes, demo, create_sent_at, credits_reserved_raw, batch_id, "
                             "batch_index";

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Http:
        return QStringLiteral("http");
    case ErrorKind::Task:
        return QStringLiteral("task");
    case ErrorKind::BadResponse:
        return QStringLiteral("bad_response");
    case ErrorKind::Local:
        return QStringLiteral("local");
    }
    return QStringLiteral("none");
}

ErrorKind errorKindFromName(const QString &name)
{
    if (name == u"network")
        return ErrorKind::Network;
    if (name == u"http")
        return ErrorKind::Http;
    if (name == u"task")
        return ErrorKind::Task;
    if (name == u"bad_response")
        return ErrorKind::BadResponse;
    if (name == u"local")
        return ErrorKind::Local;
    return ErrorKind::None;
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime dateFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

template<typename T> QVariant optOrNull(const std::optional<T> &v, QMetaType::Type type)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType(type));
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool isCorruptionError(const QSqlError &error)
{
    return JournalSchema::isCorruptionCode(error.nativeErrorCode());
}

} // namespace

JobStore::JobStore(QObject *parent)
    : QObject(parent), m_connection(QStringLiteral("ks-journal-")
                                    + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

JobStore::~JobStore()
{
    close();
}

bool JobStore::open(const QString &path, QString *notice)
{
    close();
    const bool inMemory = path == u":memory:";
    if (!inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            m_lastError = tr("Cannot create the folder %1.").arg(info.absolutePath());
            if (notice)
                *notice = m_lastError;
            return false;
        }
    }
    if (openDatabase(path)) {
        rememberFiles();
        return true;
    }

    const bool corrupt = m_corrupt;
    close();
    if (!corrupt || inMemory) {
        if (notice)
            *notice = tr("The job history could not be opened: %1").arg(m_lastError);
        return false;
    }

    // Keep the damaged file for the user (it may still be recoverable) and
    // start a fresh journal rather than refusing to run.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside)) {
        m_lastError = tr("The job history %1 is damaged and could not be moved aside.").arg(path);
        if (notice)
            *notice = m_lastError;
        return false;
    }
    // Stale WAL/SHM files belong to the damaged database, not to the new one.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, aside + QLatin1String(suffix));
    }
    qCWarning(lcJobs) << "journal was corrupt, moved aside to" << aside;
    if (!openDatabase(path)) {
        close();
        if (notice)
            *notice = tr("The job history could not be opened: %1").arg(m_lastError);
        return false;
    }
    rememberFiles();
    if (notice)
        *notice = tr("The job history was damaged. It was moved aside to %1 and a new "
                     "history was started.")
                      .arg(QDir::toNativeSeparators(aside));
    return true;
}

bool JobStore::openForReading(const QString &path)
{
    close();
    if (!QFileInfo(path).isFile()) {
        m_lastError = QStringLiteral("no journal at %1 yet").arg(path); // logged only
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            m_lastError = db.lastError().text();
            close();
            return false;
        }
    }
    m_path = path;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_lastError = q.lastError().text();
        q.finish();
        close();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version != JournalSchema::kVersion) { // older ones are migrated by open()
        m_lastError = QStringLiteral("schema %1, not %2").arg(version).arg(JournalSchema::kVersion);
        close();
        return false;
    }
    return true;
}

bool JobStore::openDatabase(const QString &path)
{
    m_corrupt = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            m_lastError = db.lastError().text();
            return false;
        }
    }
    m_path = path;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // A garbage file only shows itself on the first statement.
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"))
        || !q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        m_lastError = q.lastError().text();
        m_corrupt = isCorruptionError(q.lastError());
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        m_lastError = q.lastError().text();
        m_corrupt = isCorruptionError(q.lastError());
        return false;
    }
    if (q.value(0).toString() != u"ok") {
        m_lastError = q.value(0).toString();
        m_corrupt = true;
        return false;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
        || !q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))) {
        m_lastError = q.lastError().text();
        return false;
    }
    QString error;
    bool corrupt = false;
    if (!JournalSchema::migrate(db, &error, &corrupt)) {
        m_lastError = error;
        m_corrupt = corrupt;
        return false;
    }
    return true;
}

QStringList JobStore::journalFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

void JobStore::rememberFiles()
{
    m_files.clear();
    if (m_path == u":memory:")
        return;
    for (const QString &file : journalFiles(m_path))
        m_files.append(FileIdentity::of(file));
}

bool JobStore::recoverIfReplaced()
{
    if (m_recovering || m_files.isEmpty() || !isOpen())
        return false;
    const QStringList files = journalFiles(m_path);
    bool replaced = false;
    for (qsizetype i = 0; i < files.size() && i < m_files.size(); ++i) {
        const FileIdentity::Id now = FileIdentity::of(files.at(i));
        if (m_files.at(i).state != FileIdentity::Id::State::Present) {
            // SQLite makes the -wal and -shm files when it needs them.
            if (now.state == FileIdentity::Id::State::Present)
                m_files[i] = now;
            continue;
        }
        replaced = replaced || m_files.at(i).differsFrom(now);
    }
    if (!replaced)
        return false;

    // This connection still reads the deleted files (they live on while
    // open): take every row along before letting go of them.
    m_recovering = true;
    const QString path = m_path;
    const QList<Job> rows = recent(-1);
    qCWarning(lcJobs) << "the journal" << path << "was deleted or replaced while open;"
                      << "making it again with the" << rows.size() << "jobs still readable";
    close();
    if (!QFileInfo::exists(path)) {
        // -wal and -shm files left by another process that still has the
        // deleted journal open belong to that journal: a new journal would
        // read the old one's pages out of them. Kept aside, never deleted.
        const QString stamp =
            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = path + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, side + QStringLiteral(".orphan-") + stamp);
        }
    }
    QString notice;
    if (!open(path, &notice)) {
        m_recovering = false;
        m_lastError = notice;
        qCCritical(lcJobs) << "the journal could not be made again:" << notice;
        return false;
    }
    int restored = 0;
    for (const Job &row : rows) {
        // Another process may have made it again first: its rows stay.
        if (!job(row.id) && writeJob(row, true))
            ++restored;
    }
    m_recovering = false;
    emit recreated(restored);
    return true;
}

bool JobStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        qCWarning(lcJobs) << "journal:" << m_lastError;
        return false;
    }
    return true;
}

void JobStore::close()
{
    m_files.clear();
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool JobStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
        && QSqlDatabase::database(m_connection, false).isOpen();
}

qint64 JobStore::dataVersion() const
{
    if (!isOpen())
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

bool JobStore::insert(const Job &job)
{
    if (!writeJob(job, true))
        return false;
    emit jobInserted(job.id);
    return true;
}

bool JobStore::update(const Job &job)
{
    if (!writeJob(job, false))
        return false;
    emit jobUpdated(job.id);
    return true;
}

bool JobStore::writeJob(const Job &job, bool insert)
{
    return writeJobs({job}, insert);
}

bool JobStore::insertAll(const QList<Job> &jobs)
{
    return writeJobs(jobs, true);
}

bool JobStore::writeJobs(const QList<Job> &jobs, bool insert)
{
    recoverIfReplaced(); // never write into a deleted journal
    if (!isOpen()) {
        m_lastError = tr("The job history is not open.");
        return false;
    }
    // One transaction: every job is journaled, or none.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        qCWarning(lcJobs) << "journal: cannot begin:" << m_lastError;
        return false;
    }
    for (const Job &job : jobs) {
        if (!execWrite(db, job, insert)) {
            db.rollback();
            qCWarning(lcJobs) << "journal write failed:" << m_lastError;
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        qCWarning(lcJobs) << "journal commit failed:" << m_lastError;
        return false;
    }
    return true;
}

bool JobStore::execWrite(const QSqlDatabase &db, const Job &job, bool insert)
{
    QSqlQuery q(db);
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO jobs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kColumns)));
    } else {
        q.prepare(QStringLiteral(
            "UPDATE jobs SET id = ?, created_at = ?, updated_at = ?, state = ?, model = ?, "
            "request = ?, idempotency_key = ?, "
            // A task id or a result link once journaled is never erased, and
            // a task id never replaced: whatever a (stale) writer holds, the
            // journal keeps the way back to the paid task and its video.
            "task_id = COALESCE(NULLIF(task_id, ''), ?), progress = ?, eta_seconds = ?, "
            "estimate_uc = ?, credits_reserved = ?, credits_used = ?, "
            "result_url = COALESCE(NULLIF(?, ''), result_url), "
            "result_at = ?, video_path = ?, out_path = ?, element_id = ?, error_kind = ?, "
            "error_http_status = ?, error_code = ?, error_message = ?, error_type = ?, "
            "error_param = ?, downloaded_bytes = ?, total_bytes = ?, demo = ?, "
            "create_sent_at = COALESCE(?, create_sent_at), "
            "credits_reserved_raw = COALESCE(?, credits_reserved_raw) WHERE id = ?"));
    }
    const QDateTime updated =
        job.updatedAt.isValid() ? job.updatedAt : QDateTime::currentDateTimeUtc();
    const QDateTime created = job.createdAt.isValid() ? job.createdAt : updated;
    const QByteArray request =
        QJsonDocument(RequestJson::toStorage(job.request)).toJson(QJsonDocument::Compact);
    q.addBindValue(text(job.id));
    q.addBindValue(created.toMSecsSinceEpoch());
    q.addBindValue(updated.toMSecsSinceEpoch());
    q.addBindValue(jobStateName(job.state));
    q.addBindValue(ModeInfo::modelName(job.request.mode));
    q.addBindValue(QString::fromUtf8(request));
    q.addBindValue(text(job.idempotencyKey));
    q.addBindValue(text(job.taskId));
    q.addBindValue(job.progress);
    q.addBindValue(optOrNull(job.etaSeconds, QMetaType::Int));
    q.addBindValue(job.estimateUc);
    q.addBindValue(optOrNull(job.creditsReserved, QMetaType::Double));
    q.addBindValue(optOrNull(job.creditsUsed, QMetaType::Double));
    q.addBindValue(text(job.resultUrl));
    q.addBindValue(msOrNull(job.resultAt));
    q.addBindValue(text(job.videoPath));
    q.addBindValue(text(job.outPath));
    q.addBindValue(text(job.elementId));
    q.addBindValue(errorKindName(job.error.kind));
    q.addBindValue(job.error.httpStatus);
    q.addBindValue(text(job.error.code));
    q.addBindValue(text(job.error.message));
    q.addBindValue(text(job.error.type));
    q.addBindValue(text(job.error.param));
    q.addBindValue(job.downloadedBytes);
    q.addBindValue(job.totalBytes);
    q.addBindValue(job.demo ? 1 : 0);
    q.addBindValue(msOrNull(job.createSentAt));
    q.addBindValue(optOrNull(job.creditsReservedRaw, QMetaType::Double));
    if (insert) { // the batch is set once, when the job is journaled
        q.addBindValue(text(job.batchId));
        q.addBindValue(job.batchIndex);
    } else {
        q.addBindValue(job.id);
    }
    if (!q.exec() || (!insert && q.numRowsAffected() != 1)) {
        m_lastError = q.lastError().isValid() ? q.lastError().text()
                                              : tr("Job %1 is not in the history.").arg(job.id);
        return false;
    }
    return true;
}

bool JobStore::remove(const QString &id)
{
    recoverIfReplaced();
    if (!isOpen())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        q.finish();
        db.rollback();
        return false;
    }
    const bool removed = q.numRowsAffected() > 0;
    q.finish();
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    if (removed)
        emit jobRemoved(id);
    return removed;
}

QList<Job> JobStore::select(const QString &where, const QString &tail,
                            const QVariantList &values) const
{
    QList<Job> jobs;
    if (!isOpen())
        return jobs;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM jobs").arg(QLatin1String(kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QLatin1Char(' ') + tail;
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcJobs) << "journal read failed:" << m_lastError;
        return jobs;
    }
    while (q.next()) {
        Job job;
        int c = 0;
        job.id = q.value(c++).toString();
        job.createdAt = dateFrom(q.value(c++));
        job.updatedAt = dateFrom(q.value(c++));
        const QString state = q.value(c++).toString();
        ++c; // model: for other readers of the file
        const QByteArray requestText = q.value(c++).toString().toUtf8();
        job.idempotencyKey = q.value(c++).toString();
        job.taskId = q.value(c++).toString();
        job.progress = q.value(c++).toInt();
        const QVariant eta = q.value(c++);
        if (!eta.isNull())
            job.etaSeconds = eta.toInt();
        job.estimateUc = q.value(c++).toLongLong();
        const QVariant reserved = q.value(c++);
        if (!reserved.isNull())
            job.creditsReserved = reserved.toDouble();
        const QVariant used = q.value(c++);
        if (!used.isNull())
            job.creditsUsed = used.toDouble();
        job.resultUrl = q.value(c++).toString();
        job.resultAt = dateFrom(q.value(c++));
        job.videoPath = q.value(c++).toString();
        job.outPath = q.value(c++).toString();
        job.elementId = q.value(c++).toString();
        job.error.kind = errorKindFromName(q.value(c++).toString());
        job.error.httpStatus = q.value(c++).toInt();
        job.error.code = q.value(c++).toString();
        job.error.message = q.value(c++).toString();
        job.error.type = q.value(c++).toString();
        job.error.param = q.value(c++).toString();
        job.downloadedBytes = q.value(c++).toLongLong();
        job.totalBytes = q.value(c++).toLongLong();
        job.demo = q.value(c++).toInt() != 0;
        job.createSentAt = dateFrom(q.value(c++));
        const QVariant reservedRaw = q.value(c++);
        if (!reservedRaw.isNull())
            job.creditsReservedRaw = reservedRaw.toDouble();
        job.batchId = q.value(c++).toString();
        job.batchIndex = q.value(c++).toInt();

        if (const auto s = jobStateFromName(state)) {
            job.state = *s;
        } else {
            // Written by a newer version: show it, but never drive it.
            job.state = JobState::Stopped;
            qCWarning(lcJobs) << "journal: unknown state" << state << "for job" << job.id;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(requestText);
        if (const auto request = RequestJson::fromStorage(doc.object())) {
            job.request = *request;
        } else {
            qCWarning(lcJobs) << "journal: unreadable request for job" << job.id;
            if (isActive(job.state))
                job.state = JobState::Failed;
            job.error = ApiError::local(tr("The saved parameters of this job could not be read."));
        }
        jobs.append(job);
    }
    return jobs;
}

std::optional<Job> JobStore::job(const QString &id) const
{
    const QList<Job> jobs =
        select(QStringLiteral("id = ?"), QStringLiteral("LIMIT 1"), QVariantList {id});
    if (jobs.isEmpty())
        return std::nullopt;
    return jobs.first();
}

QList<Job> JobStore::recent(int limit) const
{
    return select(QString(), QStringLiteral("ORDER BY created_at DESC, rowid DESC LIMIT ?"),
                  QVariantList {limit < 0 ? -1 : limit});
}

QList<Job> JobStore::unfinished() const
{
    QStringList names;
    QVariantList values;
    for (JobState s :
         {JobState::Queued, JobState::Uploading, JobState::Submitting, JobState::Running,
          JobState::Downloading, JobState::OutcomeUnknown, JobState::Stalled}) {
        names << QStringLiteral("?");
        values << jobStateName(s);
    }
    // Oldest first: resumed jobs keep their original order in the queue.
    return select(QStringLiteral("state IN (%1)").arg(names.join(QLatin1Char(','))),
                  QStringLiteral("ORDER BY created_at ASC, rowid ASC"), values);
}

QList<Job> JobStore::strandedResults() const
{
    // Links live 24 h after the task completed (API.md §2).
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - qint64(24) * 3600 * 1000;
    return select(QStringLiteral("state = ? AND result_url <> '' AND video_path = '' AND "
                                 "element_id = '' AND result_at IS NOT NULL AND result_at > ?"),
                  QStringLiteral("ORDER BY created_at"), {jobStateName(JobState::Failed), since});
}

QString JobStore::jobIdForTask(const QString &taskId) const
{
    if (!isOpen() || taskId.isEmpty())
        return QString();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM jobs WHERE task_id = ? LIMIT 1"));
    q.addBindValue(taskId);
    if (!q.exec() || !q.next())
        return QString();
    return q.value(0).toString();
}

int JobStore::count() const
{
    if (!isOpen())
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString JobStore::processOwnerName(const QString &name)
{
    return DownloadClaim::processOwnerName(name);
}

bool JobStore::ownerIsDead(const QString &owner)
{
    return DownloadClaim::ownerIsDead(owner);
}

bool JobStore::claimJob(const QString &id, const QString &owner)
{
    recoverIfReplaced();
    if (!isOpen() || owner.isEmpty())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // IMMEDIATE takes the write lock at once, so the check and the claim
    // cannot interleave with another process doing the same.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = q.lastError().text();
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A holder that died (killed, crashed) on this machine frees its claim at
    // once instead of blocking the result for the whole lease.
    QString deadOwner = owner;
    q.prepare(QStringLiteral("SELECT download_owner FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next() && ownerIsDead(q.value(0).toString()))
        deadOwner = q.value(0).toString();
    q.finish();
    q.prepare(QStringLiteral(
        "UPDATE jobs SET download_owner = ?, download_claimed_at = ? WHERE id = ? AND "
        "(download_owner IS NULL OR download_owner = '' OR download_owner = ? OR "
        "download_owner = ? OR download_claimed_at IS NULL OR download_claimed_at < ?)"));
    q.addBindValue(owner);
    q.addBindValue(now);
    q.addBindValue(id);
    q.addBindValue(owner);
    q.addBindValue(deadOwner);
    q.addBindValue(now - qint64(kClaimLeaseSeconds) * 1000);
    const bool ok = q.exec();
    const bool claimed = ok && q.numRowsAffected() == 1;
    if (!ok)
        m_lastError = q.lastError().text();
    q.finish();
    if (!exec(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"))) {
        exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return claimed;
}

void JobStore::releaseJob(const QString &id, const QString &owner)
{
    recoverIfReplaced();
    if (!isOpen())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE jobs SET download_owner = NULL, download_claimed_at = NULL "
                             "WHERE id = ? AND download_owner = ?"));
    q.addBindValue(id);
    q.addBindValue(owner);
    const bool ok = q.exec();
    q.finish();
    if (ok)
        db.commit();
    else
        db.rollback();
}

} // namespace ks

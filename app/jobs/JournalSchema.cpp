#include "jobs/JournalSchema.h"

#include "core/ReservedCredits.h"
#include "platform/Logging.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace ks {

namespace {

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        qCWarning(lcJobs) << "journal:" << *error;
        return false;
    }
    return true;
}

bool createTables(const QSqlDatabase &db, QString *error)
{
    return exec(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS jobs ("
                               "id TEXT PRIMARY KEY NOT NULL,"
                               "created_at INTEGER NOT NULL,"
                               "updated_at INTEGER NOT NULL,"
                               "state TEXT NOT NULL,"
                               "model TEXT NOT NULL DEFAULT '',"
                               "request TEXT NOT NULL,"
                               "idempotency_key TEXT NOT NULL DEFAULT '',"
                               "task_id TEXT NOT NULL DEFAULT '',"
                               "progress INTEGER NOT NULL DEFAULT 0,"
                               "eta_seconds INTEGER,"
                               "estimate_uc INTEGER NOT NULL DEFAULT 0,"
                               "credits_reserved REAL,"
                               "credits_used REAL,"
                               "result_url TEXT NOT NULL DEFAULT '',"
                               "result_at INTEGER,"
                               "video_path TEXT NOT NULL DEFAULT '',"
                               "out_path TEXT NOT NULL DEFAULT '',"
                               "element_id TEXT NOT NULL DEFAULT '',"
                               "error_kind TEXT NOT NULL DEFAULT 'none',"
                               "error_http_status INTEGER NOT NULL DEFAULT 0,"
                               "error_code TEXT NOT NULL DEFAULT '',"
                               "error_message TEXT NOT NULL DEFAULT '',"
                               "error_type TEXT NOT NULL DEFAULT '',"
                               "error_param TEXT NOT NULL DEFAULT '',"
                               "downloaded_bytes INTEGER NOT NULL DEFAULT 0,"
                               "total_bytes INTEGER NOT NULL DEFAULT 0,"
                               "demo INTEGER NOT NULL DEFAULT 0,"
                               "download_owner TEXT,"
                               "download_claimed_at INTEGER)"),
                error)
        && exec(db,
                QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_created_at ON jobs(created_at)"),
                error)
        && exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state)"), error)
        && exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_task_id ON jobs(task_id)"),
                error);
}

} // namespace

bool JournalSchema::isCorruptionCode(const QString &code)
{
    return code == u"26" || code == u"11"; // SQLITE_NOTADB, SQLITE_CORRUPT
}

bool JournalSchema::migrate(const QSqlDatabase &db, QString *error, bool *corrupt)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = q.lastError().text();
        *corrupt = isCorruptionCode(q.lastError().nativeErrorCode());
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version == kVersion)
        return true;
    if (version > kVersion) {
        *error = QCoreApplication::translate("ks::JobStore",
                                             "The job history was written by a newer version of "
                                             "Kling Studio (schema %1, this version understands "
                                             "%2).")
                     .arg(version)
                     .arg(kVersion);
        return false;
    }
    // Another process may be migrating at the same moment: take the write
    // lock first, then look at the version again.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = q.lastError().text();
        return false;
    }
    int current = 0;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        current = q.value(0).toInt();
    q.finish();
    bool ok = true;
    if (current < 1)
        ok = createTables(db, error);
    if (ok && current < 2) {
        // 2: when the create request left, so a lost answer is looked up
        // only among tasks created around that moment.
        ok = exec(db, QStringLiteral("ALTER TABLE jobs ADD COLUMN create_sent_at INTEGER"), error);
    }
    if (ok && current < 3) {
        // 3: credits_reserved may have come in UC (API.md §10.1 #9). What
        // EvoLink sent moves to credits_reserved_raw; credits_reserved holds
        // credits, or NULL when the figure reads as neither.
        ok =
            exec(db, QStringLiteral("ALTER TABLE jobs ADD COLUMN credits_reserved_raw REAL"), error)
            && migrateReservations(db, error);
    }
    if (ok && current < 4) {
        // 4: takes of one click, and the jobs of one batch, share a batch id.
        ok = exec(db,
                  QStringLiteral("ALTER TABLE jobs ADD COLUMN batch_id TEXT NOT NULL DEFAULT ''"),
                  error)
            && exec(db,
                    QStringLiteral(
                        "ALTER TABLE jobs ADD COLUMN batch_index INTEGER NOT NULL DEFAULT 0"),
                    error)
            && exec(db,
                    QStringLiteral("CREATE INDEX IF NOT EXISTS jobs_batch_id ON jobs(batch_id)"),
                    error);
    }
    if (ok)
        ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kVersion), error);
    if (!ok) {
        QString ignored;
        exec(db, QStringLiteral("ROLLBACK"), &ignored);
        return false;
    }
    return exec(db, QStringLiteral("COMMIT"), error);
}

bool JournalSchema::migrateReservations(const QSqlDatabase &db, QString *error)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, credits_reserved, estimate_uc FROM jobs "
                                  "WHERE credits_reserved IS NOT NULL"))) {
        *error = rows.lastError().text();
        return false;
    }
    QList<std::pair<QString, ReservedCredits::Reading>> readings;
    while (rows.next()) {
        readings.append(
            {rows.value(0).toString(),
             ReservedCredits::read(rows.value(1).toDouble(), rows.value(2).toLongLong())});
    }
    rows.finish();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE jobs SET credits_reserved_raw = ?, credits_reserved = ? "
                                  "WHERE id = ?"));
    for (const auto &[id, r] : std::as_const(readings)) {
        update.addBindValue(r.raw);
        update.addBindValue(r.credits ? QVariant(*r.credits)
                                      : QVariant(QMetaType(QMetaType::Double)));
        update.addBindValue(id);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace ks

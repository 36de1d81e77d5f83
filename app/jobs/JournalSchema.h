#pragma once

#include <QString>

class QSqlDatabase;

namespace ks {

// The journal's tables and their migrations: creates the schema in a new
// journal and brings an older one up to kVersion in one transaction, taken
// with the write lock so two processes opening the same journal migrate it
// once. JobStore owns the connection; this only knows the SQL.
class JournalSchema
{
public:
    // Bump with every schema change and add a step to migrate().
    static constexpr int kVersion = 4;

    // Brings the open journal to kVersion. On failure fills *error (in the
    // user's language when it is about a newer journal) and sets *corrupt
    // when SQLite says the file is not a database.
    static bool migrate(const QSqlDatabase &db, QString *error, bool *corrupt);

    // SQLite result codes that mean "this is not (or no longer) a database".
    static bool isCorruptionCode(const QString &nativeErrorCode);

private:
    static bool migrateReservations(const QSqlDatabase &db, QString *error);
};

} // namespace ks

#pragma once
// The requests the simulator has answered, for tests to count and read back.
// Bounded: only recent requests keep their body and headers, older ones a
// count per path, and past a limit per route, so a long demo session does not
// grow without end.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace ks {

struct SimRequest;

class SimRequestLog final
{
public:
    void record(const SimRequest &req);

    // Requests whose path starts with `pathPrefix`, old ones included.
    int count(const QString &pathPrefix) const;
    // How many paths the counts of old requests are kept for.
    int countedOldPaths() const { return int(m_forgotten.size()); }
    QByteArray lastBody(const QString &pathPrefix) const;
    QByteArray lastHeader(const QString &pathPrefix, const QByteArray &name) const;

private:
    struct Record
    {
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };

    void foldForgotten();

    QList<Record> m_records;
    QHash<QString, int> m_forgotten; // path -> count of records dropped
};

} // namespace ks

#include "sim/SimRequestLog.h"

#include "sim/SimHttpServer.h"

#include <algorithm>

namespace ks {

namespace {

constexpr int kKeptBodies = 64;
// Bodies are for tests to read back (lastRequestBody): an upload's image or
// video is not held in memory past its request.
constexpr qsizetype kMaxKeptBodyBytes = 64 * 1024;
// Older requests keep their path only (requestCount), and past this many
// only a count per path.
constexpr int kKeptHeaders = 32;
constexpr int kKeptRecords = 1024;

} // namespace

void SimRequestLog::record(const SimRequest &req)
{
    m_records.append(
        {req.path, req.headers, req.body.size() <= kMaxKeptBodyBytes ? req.body : QByteArray()});
    // Assigned, not cleared: QList::clear() keeps the list's capacity.
    if (m_records.size() > kKeptBodies)
        m_records[m_records.size() - kKeptBodies - 1].body = QByteArray();
    if (m_records.size() > kKeptHeaders)
        m_records[m_records.size() - kKeptHeaders - 1].headers = {};
    if (m_records.size() > kKeptRecords) {
        const qsizetype excess = m_records.size() - kKeptRecords;
        for (qsizetype i = 0; i < excess; ++i)
            m_forgotten[m_records.at(i).path] += 1;
        m_records.remove(0, excess);
        if (m_forgotten.size() > kKeptRecords)
            foldForgotten();
    }
}

// Every task and upload has paths of its own, so a long demo session would
// keep a count for each one it ever served. Past kKeptRecords paths, those
// ending in an id (a segment with a digit) are counted under their route
// instead ("/v1/tasks/", "/results/"): prefixes up to the route still count
// them, prefixes naming one old task no longer do.
void SimRequestLog::foldForgotten()
{
    QHash<QString, int> folded;
    for (auto it = m_forgotten.cbegin(); it != m_forgotten.cend(); ++it) {
        const QString &path = it.key();
        const qsizetype slash = path.lastIndexOf(u'/');
        const bool id = std::any_of(path.cbegin() + slash + 1, path.cend(),
                                    [](QChar c) { return c.isDigit(); });
        folded[id ? path.left(slash + 1) : path] += it.value();
    }
    m_forgotten = std::move(folded);
}

int SimRequestLog::count(const QString &pathPrefix) const
{
    int n = 0;
    for (auto it = m_forgotten.cbegin(); it != m_forgotten.cend(); ++it) {
        if (it.key().startsWith(pathPrefix))
            n += it.value();
    }
    for (const Record &r : m_records) {
        if (r.path.startsWith(pathPrefix))
            ++n;
    }
    return n;
}

QByteArray SimRequestLog::lastBody(const QString &pathPrefix) const
{
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        if (m_records.at(i).path.startsWith(pathPrefix))
            return m_records.at(i).body;
    }
    return {};
}

QByteArray SimRequestLog::lastHeader(const QString &pathPrefix, const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        const Record &r = m_records.at(i);
        if (!r.path.startsWith(pathPrefix))
            continue;
        for (const auto &h : r.headers) {
            if (h.first == lower)
                return h.second;
        }
        return {};
    }
    return {};
}

} // namespace ks

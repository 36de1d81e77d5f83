#pragma once
// What tests asked the simulator to do wrong or differently: injected errors,
// raw bodies, endless or oversized bodies, ignored Range headers, delays and
// dropped connections for path prefixes (each for a number of requests), a
// failing next task, the answer-shape switches and the models a key may
// not use.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ks {

class SimFaults final
{
public:
    struct Error
    {
        QString prefix;
        int status = 0;
        QString code;
        int remaining = 0;
        int retryAfter = -1;
        QString message = {}; // empty: the standard message for `code`
    };
    struct Delay
    {
        QString prefix;
        int delayMs = 0;
        int remaining = 0;
    };
    struct Drop
    {
        QString prefix;
        int remaining = 0;
        qint64 afterBytes = 0;
    };
    struct Raw
    {
        QString prefix;
        QByteArray body;
        QByteArray contentType;
        int remaining = 0;
    };
    // A 200 whose body never ends (chunked, until the client goes) or, with
    // declaredLength >= 0, that declares this Content-Length and streams
    // filler up to it.
    struct Flood
    {
        QString prefix;
        qint64 declaredLength = -1;
        int remaining = 0;
    };
    // The Range header of the request is ignored (a full 200 answer).
    struct IgnoreRange
    {
        QString prefix;
        int remaining = 0;
    };

    // A count below 1 adds nothing.
    void addError(const Error &fault);
    void addDelay(const Delay &fault);
    void addDrop(const Drop &fault);
    void addRaw(const Raw &fault);
    void addFlood(const Flood &fault);
    void addIgnoreRange(const IgnoreRange &fault);

    // The first fault of that kind whose prefix `path` starts with, counted
    // as used (and removed with its last use); false when none applies.
    bool takeError(const QString &path, Error *out);
    bool takeDelay(const QString &path, Delay *out);
    bool takeDrop(const QString &path, Drop *out);
    bool takeRaw(const QString &path, Raw *out);
    bool takeFlood(const QString &path, Flood *out);
    bool takeIgnoreRange(const QString &path, IgnoreRange *out);

    void setFailNextTask(const QString &code, const QString &message = {})
    {
        m_failNext = code;
        m_failNextMessage = message;
    }
    // The §6.2 code (or "cancelled") the next created task ends with, once,
    // and the error.message it reports (empty: the standard one).
    QString takeFailNextTask(QString *message = nullptr);

    void setResultDataOnly(bool on) { m_resultDataOnly = on; }
    bool resultDataOnly() const { return m_resultDataOnly; }
    void setRefuseVideoUploads(bool on) { m_refuseVideoUploads = on; }
    bool refuseVideoUploads() const { return m_refuseVideoUploads; }
    // usage.credits_reserved in UC (1 credit = 10,000 UC) instead of credits,
    // as docs-2026 examples show (API.md §10.1 #9).
    void setReservedInUc(bool on) { m_reservedInUc = on; }
    bool reservedInUc() const { return m_reservedInUc; }
    void setDownloadRate(qint64 bytesPerSecond) { m_downloadRate = bytesPerSecond; }
    qint64 downloadRate() const { return m_downloadRate; }
    // Models this key may not use: left out of GET /v1/models, and a create
    // for one answers 403 model_access_denied. An empty list gives them back.
    void withholdModels(const QString &key, const QStringList &models);
    bool withholds(const QString &key, const QString &model) const;

    // Drops the per-request faults, the failing next task and resultDataOnly;
    // refused video uploads, the reservation unit, the download throttle and
    // withheld models stay as they are.
    void clear();

private:
    QList<Error> m_errors;
    QList<Delay> m_delays;
    QList<Drop> m_drops;
    QList<Raw> m_raws;
    QList<Flood> m_floods;
    QList<IgnoreRange> m_ignoreRanges;
    QString m_failNext;
    QString m_failNextMessage;
    bool m_reservedInUc = false;
    bool m_resultDataOnly = false;
    bool m_refuseVideoUploads = false;
    qint64 m_downloadRate = 0; // bytes per second, 0 = unthrottled
    QHash<QString, QSet<QString>> m_withheld; // key -> models it may not use
};

} // namespace ks

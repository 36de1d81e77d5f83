#pragma once
// Incremental HTTP/1.1 request parser for the simulator's own server: bytes in
// as they arrive on a connection, complete requests out. Understands
// Content-Length and chunked bodies and several requests back to back on one
// connection; anything else malformed is an error the server answers with 400
// (or 413) and a closed connection. It uses nothing beyond QtCore, so the
// simulator stands on API that did not move between Qt 6.4 and 6.8+.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace ks {

// One parsed request; header names are lower-case, values trimmed.
struct SimParsedRequest
{
    QByteArray method;
    QString path; // fully decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
};

class SimRequestParser final
{
public:
    enum class Status { NeedMore, Request, Error };

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = qint64(1) << 30; // 1 GiB

    // Appends bytes read from the connection.
    void feed(const QByteArray &bytes);
    // Takes the next complete request out of what was fed. After Error the
    // parser stays in error; errorStatus() says 400 or 413.
    Status next(SimParsedRequest *out);
    int errorStatus() const { return m_errorStatus; }
    // True once a head asked for "Expect: 100-continue" and its body has not
    // started yet; the server answers "100 Continue" and clears it.
    bool takeContinueRequest();

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Failed };

    Status fail(int status);
    bool parseHead(const QByteArray &head);
    // Moves up to m_remaining buffered bytes into the body; true once all came.
    bool takeBody();
    Status finish(SimParsedRequest *out);

    QByteArray m_buffer;
    qsizetype m_pos = 0; // consumed bytes of m_buffer
    State m_state = State::Head;
    SimParsedRequest m_current;
    qint64 m_remaining = 0; // body bytes (Content-Length) or of the current chunk
    bool m_continueRequested = false;
    int m_errorStatus = 0;
};

} // namespace ks

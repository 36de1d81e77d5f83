#include "sim/SimRequestParser.h"

#include <QUrl>

namespace ks {

QByteArray SimParsedRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

namespace {

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    static const QByteArray punctuation = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    for (const char c : s) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || punctuation.contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

void SimRequestParser::feed(const QByteArray &bytes)
{
    if (m_state == State::Failed)
        return;
    // Drop what was consumed before growing the buffer again.
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

bool SimRequestParser::takeContinueRequest()
{
    const bool asked = m_continueRequested;
    m_continueRequested = false;
    return asked;
}

SimRequestParser::Status SimRequestParser::fail(int status)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_buffer.clear();
    m_pos = 0;
    return Status::Error;
}

bool SimRequestParser::takeBody()
{
    const qint64 take = qMin<qint64>(m_remaining, m_buffer.size() - m_pos);
    m_current.body.append(m_buffer.constData() + m_pos, take);
    m_pos += take;
    m_remaining -= take;
    return m_remaining == 0;
}

SimRequestParser::Status SimRequestParser::finish(SimParsedRequest *out)
{
    *out = std::move(m_current);
    m_current = {};
    m_state = State::Head;
    m_continueRequested = false;
    return Status::Request;
}

bool SimRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine[0])
        || !requestLine[2].startsWith("HTTP/1.")) {
        return false;
    }
    const QByteArray &target = requestLine[1];
    if (!target.startsWith('/'))
        return false;
    m_current = {};
    m_current.method = requestLine[0];
    const QUrl url = QUrl::fromEncoded(target);
    if (!url.isValid())
        return false;
    m_current.path = url.path(QUrl::FullyDecoded);
    m_current.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return false; // obsolete line folding (RFC 9112 §5.2)
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return false;
        m_current.headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

SimRequestParser::Status SimRequestParser::next(SimParsedRequest *out)
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return Status::Error;
        case State::Head: {
            // Blank lines before a request are allowed (RFC 9112 §2.2).
            while (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos) == '\r'
                   && m_buffer.at(m_pos + 1) == '\n') {
                m_pos += 2;
            }
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_pos);
            if (end < 0) {
                if (m_buffer.size() - m_pos > MaxHeadBytes)
                    return fail(400);
                return Status::NeedMore;
            }
            if (end - m_pos > MaxHeadBytes)
                return fail(400);
            const QByteArray head = m_buffer.mid(m_pos, end - m_pos);
            m_pos = end + 4;
            if (!parseHead(head))
                return fail(400);
            const QByteArray te = m_current.header("transfer-encoding").toLower();
            const QByteArray cl = m_current.header("content-length");
            if (!te.isEmpty()) {
                if (te != "chunked" || !cl.isEmpty())
                    return fail(400); // only chunked, never both (request smuggling)
                m_state = State::ChunkSize;
            } else if (!cl.isEmpty()) {
                bool ok = false;
                const qint64 length = cl.toLongLong(&ok);
                if (!ok || length < 0)
                    return fail(400);
                if (length > MaxBodyBytes)
                    return fail(413);
                m_remaining = length;
                m_state = State::Body;
            } else {
                m_remaining = 0;
                m_state = State::Body;
            }
            if (m_state != State::Body || m_remaining > 0)
                m_continueRequested =
                    m_current.header("expect").toLower() == QByteArrayLiteral("100-continue");
            if (m_remaining > 0)
                m_current.body.reserve(m_remaining);
            break;
        }
        case State::Body:
            if (!takeBody())
                return Status::NeedMore;
            return finish(out);
        case State::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
            if (end < 0) {
                if (m_buffer.size() - m_pos > 1024)
                    return fail(400);
                return Status::NeedMore;
            }
            QByteArray sizeField = m_buffer.mid(m_pos, end - m_pos);
            m_pos = end + 2;
            if (const qsizetype ext = sizeField.indexOf(';'); ext >= 0)
                sizeField.truncate(ext);
            bool ok = false;
            const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return fail(400);
            if (m_current.body.size() + size > MaxBodyBytes)
                return fail(413);
            m_remaining = size;
            m_state = size == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::ChunkData:
            if (!takeBody())
                return Status::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        case State::ChunkDataEnd:
            if (m_buffer.size() - m_pos < 2)
                return Status::NeedMore;
            if (m_buffer.at(m_pos) != '\r' || m_buffer.at(m_pos + 1) != '\n')
                return fail(400);
            m_pos += 2;
            m_state = State::ChunkSize;
            break;
        case State::Trailer: {
            // Trailer fields are read and ignored, up to the empty line.
            const qsizetype end = m_buffer.indexOf("\r\n", m_pos);
            if (end < 0) {
                if (m_buffer.size() - m_pos > MaxHeadBytes)
                    return fail(400);
                return Status::NeedMore;
            }
            const bool last = end == m_pos;
            m_pos = end + 2;
            if (!last)
                break;
            return finish(out);
        }
        }
    }
}

} // namespace ks

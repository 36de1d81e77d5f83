#include "api/Downloader.h"

#include "core/ByteSizeText.h"
#include "core/ResultSize.h"
#include "platform/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace ks {

namespace {

constexpr qint64 kReadBufferSize = 1 << 20; // back-pressure when the disk is slow
constexpr int kMaxErrorBody = 64 * 1024;
constexpr int kMaxRetryDelayMs = 8000;
constexpr int kProgressIntervalMs = 100;
// Free space is looked up again after this many bytes written.
constexpr qint64 kStorageCheckInterval = 8 * 1024 * 1024;

struct ContentRange
{
    qint64 first = -1;
    qint64 total = -1; // -1 for "*"
};

// "bytes 100-199/1000", "bytes 100-199/*" or (416) "bytes */1000".
ContentRange parseContentRange(const QByteArray &header)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*bytes\s+(?:(\d+)-(\d+)|\*)\s*/\s*(\d+|\*)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    ContentRange range;
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(header));
    if (!m.hasMatch())
        return range;
    if (m.capturedLength(1) > 0)
        range.first = m.captured(1).toLongLong();
    if (m.captured(3) != QLatin1String("*"))
        range.total = m.captured(3).toLongLong();
    return range;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Result URLs may carry signed query strings: keep them out of the log.
QString loggable(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

} // namespace

Downloader::Downloader(QNetworkAccessManager *nam, QUrl url, QString targetPath, QObject *parent)
    : QObject(parent), m_nam(nam), m_url(std::move(url)), m_targetPath(QDir::cleanPath(targetPath)),
      m_partPath(m_targetPath + QStringLiteral(".part")),
      m_headroom(ResultSize::kFreeSpaceHeadroomBytes)
{
    // A member timer, stopped when the download ends: an aborted download
    // leaves no retry behind to fire later.
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (!m_finished)
            request();
    });
}

Downloader::~Downloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    if (m_part)
        m_part->close();
}

void Downloader::start()
{
    if (m_finished || m_reply || m_part)
        return;
    const auto failLater = [this](const ApiError &error) {
        QMetaObject::invokeMethod(
            this, [this, error] { fail(error); }, Qt::QueuedConnection);
    };
    const QString scheme = m_url.scheme().toLower();
    if (!m_url.isValid() || m_url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        failLater(ApiError::local(
            tr("The result link is not a valid web address: %1").arg(m_url.toDisplayString())));
        return;
    }
    const QString folder = QFileInfo(m_targetPath).absolutePath();
    if (!QDir().mkpath(folder)) {
        failLater(ApiError::local(tr("Cannot create the folder %1.").arg(native(folder))));
        return;
    }
    m_part = new QFile(m_partPath, this);
    // Not truncated: a .part left by an earlier run is resumed.
    if (!m_part->open(QIODevice::ReadWrite) || !m_part->seek(m_part->size())) {
        const ApiError error = ApiError::local(
            tr("Cannot write %1: %2").arg(native(m_partPath), m_part->errorString()));
        delete m_part;
        m_part = nullptr;
        failLater(error);
        return;
    }
    if (m_part->size() > m_maxBytes) {
        // Longer than any result may be: not the video, so not worth keeping.
        m_part->resize(0);
        m_part->seek(0);
    }
    if (m_part->size() > 0)
        qCInfo(lcApi) << "resuming download of" << loggable(m_url) << "at" << m_part->size();
    m_heldBytes = m_part->size();
    m_sinceProgress.start();
    m_storage.setPath(QFileInfo(m_partPath).absolutePath());
    request();
}

void Downloader::abort()
{
    if (m_finished)
        return;
    fail(ApiError::network(tr("The download was cancelled.")));
}

void Downloader::request()
{
    m_inspected = false;
    m_writable = false;
    m_errorBody.clear();
    ++m_requests;
    ++m_totalAttempts;

    QNetworkRequest request(m_url);
    // Result hosts are not EvoLink's API: no Authorization header, ever.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    // Sizes and ranges must refer to the bytes that land on disk.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setTransferTimeout(m_transferTimeoutMs);
    const qint64 offset = m_part->size();
    if (offset > 0) {
        request.setRawHeader("Range", "bytes=" + QByteArray::number(offset) + '-');
        if (!m_etag.isEmpty())
            request.setRawHeader("If-Range", m_etag);
    }
    QNetworkReply *reply = m_nam->get(request);
    reply->setParent(this);
    reply->setReadBufferSize(kReadBufferSize);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Downloader::onFinished);
}

bool Downloader::inspectResponse()
{
    m_inspected = true;
    m_writable = false;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray etag = m_reply->rawHeader("ETag").trimmed();
    // Only a strong validator may be used with If-Range.
    const bool strongEtag = !etag.isEmpty() && !etag.startsWith("W/");
    const qint64 offset = m_part->size();

    if (status == 200) {
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        if (ok && length > m_maxBytes) {
            failTooLarge(length, false); // before a byte is written; a .part held is kept
            return false;
        }
        // A full answer (also to a Range request, e.g. the file changed): start over.
        if (offset > 0 && (!m_part->resize(0) || !m_part->seek(0))) {
            fail(writeError());
            return false;
        }
        m_total = ok ? length : -1;
        if (m_total > 0 && !hasRoomFor(m_total, true))
            return false;
        m_etag = strongEtag ? etag : QByteArray();
        m_writable = true;
    } else if (status == 206) {
        const ContentRange range = parseContentRange(m_reply->rawHeader("Content-Range"));
        if (range.first != offset) {
            // Not the bytes we asked for: drop the partial file and fetch it whole.
            qCInfo(lcApi) << "download range mismatch, starting over:" << range.first << offset;
            m_part->resize(0);
            m_part->seek(0);
            m_reply->abort();
            return false;
        }
        bool ok = false;
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
        m_total = range.total >= 0 ? range.total : (ok ? offset + length : -1);
        if (m_total > m_maxBytes) {
            failTooLarge(m_total, false);
            return false;
        }
        if (m_total > offset && !hasRoomFor(m_total - offset, true))
            return false;
        if (strongEtag)
            m_etag = etag;
        m_writable = true;
    }
    return m_writable;
}

void Downloader::onReadyRead()
{
    if (!m_reply || m_finished)
        return;
    if (!m_inspected && !inspectResponse()) {
        if (m_finished || !m_reply)
            return;
    }
    if (!m_reply->isOpen())
        return; // aborted: nothing left to read
    if (!m_writable) {
        // Drain error bodies so the capped read buffer cannot stall the reply.
        const QByteArray chunk = m_reply->readAll();
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody.append(chunk.left(kMaxErrorBody - m_errorBody.size()));
        return;
    }
    bool wrote = false;
    while (m_reply && m_reply->bytesAvailable() > 0 && !m_finished) {
        const QByteArray chunk = m_reply->read(qMin(m_reply->bytesAvailable(), kReadBufferSize));
        if (chunk.isEmpty())
            break;
        if (!writeChunk(chunk))
            return;
        wrote = true;
    }
    if (wrote)
        emitProgress(false);
}

bool Downloader::writeChunk(const QByteArray &chunk)
{
    const qint64 size = m_part->size();
    if (size + chunk.size() > m_maxBytes) {
        // An endless or lying body: what arrived is not the video.
        failTooLarge(size + chunk.size(), true);
        return false;
    }
    m_writtenSinceCheck += chunk.size();
    const bool refresh = m_writtenSinceCheck >= kStorageCheckInterval;
    if (refresh)
        m_writtenSinceCheck = 0;
    if (!hasRoomFor(chunk.size(), refresh))
        return false;
    if (m_part->write(chunk) != chunk.size() || !m_part->flush()) {
        fail(writeError());
        return false;
    }
    return true;
}

// Whether `incoming` more bytes leave the headroom free on the target's disk
// (looked up again when `refresh`, or when the cached figure says no).
bool Downloader::hasRoomFor(qint64 incoming, bool refresh)
{
    if (refresh || !m_storage.isValid())
        m_storage.refresh();
    qint64 available = m_storage.isValid() ? m_storage.bytesAvailable() : -1;
    if (available < 0)
        return true; // unknown: the write itself will tell
    if (available - incoming >= m_headroom)
        return true;
    if (!refresh) {
        m_storage.refresh();
        available = m_storage.bytesAvailable();
        m_writtenSinceCheck = 0;
        if (available - incoming >= m_headroom)
            return true;
    }
    fail(diskFull(incoming, available));
    return false;
}

void Downloader::failTooLarge(qint64 bytes, bool discardPart)
{
    ApiError error;
    error.kind = ErrorKind::BadResponse;
    error.code = QStringLiteral("result_too_large");
    error.param = m_url.host();
    error.message =
        tr("The server at %1 sent more than %2 (at least %3) for this video, far "
           "more than the video can be; the download was stopped so that it cannot "
           "fill the disk.")
            .arg(m_url.host(), ByteSizeText::format(m_maxBytes), ByteSizeText::format(bytes));
    // A body that ran past the cap is not the video: not kept for a resume.
    if (discardPart && m_part)
        m_part->resize(0);
    fail(error);
}

ApiError Downloader::diskFull(qint64 needed, qint64 available) const
{
    ApiError error = ApiError::local(
        tr("The disk is full: saving the video to %1 needs %2 more, but only %3 is free "
           "(Kling Studio keeps %4 free so the computer can go on working). Free some disk "
           "space or choose a folder on another disk, then download the video again.")
            .arg(native(QFileInfo(m_targetPath).absolutePath()),
                 ByteSizeText::format(qMax<qint64>(needed, 1)),
                 ByteSizeText::format(qMax<qint64>(available, 0)),
                 ByteSizeText::format(m_headroom)));
    error.code = QStringLiteral("disk_full");
    return error;
}

// A failed write or resize: "the disk is full" when that is why, else the
// system's own words.
ApiError Downloader::writeError() const
{
    const QFileDevice::FileError code = m_part->error();
    if (code == QFileDevice::WriteError || code == QFileDevice::ResizeError) {
        QStorageInfo storage(QFileInfo(m_partPath).absolutePath());
        const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
        if (available >= 0 && available < kReadBufferSize * 2) {
            const qint64 needed =
                m_total > 0 ? qMax<qint64>(m_total - m_part->size(), 1) : kReadBufferSize;
            return diskFull(needed, available);
        }
    }
    return ApiError::local(
        tr("Cannot write %1: %2").arg(native(m_partPath), m_part->errorString()));
}

// Errors from the result host are not EvoLink's API: name the host.
ApiError Downloader::hostError(ApiError error) const
{
    error.code = QStringLiteral("result_download_failed");
    error.param = m_url.host();
    return error;
}

void Downloader::onFinished()
{
    auto *reply = qobject_cast<QNetworkReply *>(sender());
    if (!reply || reply != m_reply || m_finished)
        return;
    onReadyRead(); // whatever is still buffered
    if (m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();

    if (status == 403 || status == 404 || status == 410) {
        m_expired = true;
        ApiError error = ApiError::fromHttp(status, m_errorBody);
        error.code = QStringLiteral("result_link_expired");
        error.message = tr("The video link has expired or is no longer available (HTTP %1). "
                           "Result links are valid for 24 hours after the video is ready.")
                            .arg(status);
        fail(error);
        return;
    }
    if (status == 416) {
        // Nothing beyond our offset: the .part may already hold the whole file.
        const ContentRange range = parseContentRange(reply->rawHeader("Content-Range"));
        if (range.total >= 0 && range.total == m_part->size()) {
            m_total = range.total;
            complete();
            return;
        }
        m_part->resize(0);
        m_part->seek(0);
        retryOrFail(ApiError::fromHttp(status, m_errorBody));
        return;
    }
    if (netError == QNetworkReply::NoError && (status == 200 || status == 206)) {
        const qint64 size = m_part->size();
        if (m_total >= 0 && size < m_total) {
            retryOrFail(ApiError::network(
                tr("The download ended early (%1 of %2 bytes).").arg(size).arg(m_total)));
            return;
        }
        if (m_total >= 0 && size > m_total) {
            m_part->resize(0);
            m_part->seek(0);
            retryOrFail(
                ApiError::network(tr("The server sent more data than announced (%1 of %2 bytes).")
                                      .arg(size)
                                      .arg(m_total)));
            return;
        }
        complete();
        return;
    }
    if (status >= 400 && status != 408 && status != 429 && status < 500) {
        fail(hostError(ApiError::fromHttp(status, m_errorBody)));
        return;
    }
    // Dropped connection, stall, 408/429 or 5xx: worth another try.
    if (status >= 400) {
        retryOrFail(ApiError::fromHttp(status, m_errorBody));
    } else if (netError == QNetworkReply::OperationCanceledError
               || netError == QNetworkReply::TimeoutError) {
        retryOrFail(ApiError::network(tr("The download stalled for %n second(s).", nullptr,
                                         qMax(1, m_transferTimeoutMs / 1000))));
    } else {
        retryOrFail(ApiError::network(reply->errorString()));
    }
}

void Downloader::retryOrFail(const ApiError &error)
{
    // Attempts count consecutive failures without progress: a flaky link
    // that keeps delivering new bytes is followed to the end. Progress means
    // more bytes than ever held: a host that ignores Range and sends the same
    // start again makes none.
    if (m_part->size() > m_heldBytes) {
        m_heldBytes = m_part->size();
        m_attempt = 0;
        m_sinceProgress.restart();
    }
    ++m_attempt;
    if (m_attempt >= m_maxAttempts || m_totalAttempts >= kMaxTotalAttempts
        || m_sinceProgress.elapsed() >= m_noProgressTimeoutMs) {
        ApiError last = hostError(error);
        last.message += QLatin1Char(' ')
            + tr("Gave up after %n attempt(s) to download from %1.", nullptr, m_totalAttempts)
                  .arg(m_url.host());
        fail(last);
        return;
    }
    const int delay = qMin(kMaxRetryDelayMs, m_retryDelayMs * (1 << qMin(m_attempt - 1, 10)));
    qCInfo(lcApi) << "download of" << loggable(m_url) << "interrupted at" << m_part->size()
                  << "bytes:" << error.message << "- retry" << m_attempt << "in" << delay << "ms";
    m_retryTimer.start(delay);
}

void Downloader::complete()
{
    const qint64 size = m_part->size();
    m_part->close();
    if (m_verifier) {
        const Verdict verdict = m_verifier(m_partPath);
        if (!verdict.problem.isEmpty()) {
            ApiError error;
            error.kind = ErrorKind::BadResponse;
            error.code = QStringLiteral("result_not_video");
            error.param = m_url.host();
            error.message = verdict.keepBytes
                ? tr("The file EvoLink served is not the expected video (%1). It was kept as "
                     "%2 and not saved as the video.")
                      .arg(verdict.problem, native(m_partPath))
                : tr("The file EvoLink served is not a video (%1), so it was not saved.")
                      .arg(verdict.problem);
            if (!verdict.keepBytes)
                m_part->remove();
            fail(error);
            return;
        }
    }
    // QFile::rename never replaces an existing file, so a name taken in the
    // meantime only moves us on to the next free one.
    QString target;
    bool renamed = false;
    for (int tries = 0; tries < 3 && !renamed; ++tries) {
        target = freeTargetPath();
        if (target.isEmpty())
            break;
        renamed = QFile::rename(m_partPath, target);
    }
    if (!renamed) {
        fail(ApiError::local(
            tr("Cannot move %1 to %2.")
                .arg(native(m_partPath), native(target.isEmpty() ? m_targetPath : target))));
        return;
    }
    delete m_part;
    m_part = nullptr;
    m_targetPath = target;
    m_total = size;
    qCInfo(lcApi) << "downloaded" << loggable(m_url) << size << "bytes";
    emit progress(size, size);
    m_finished = true;
    emit finished();
}

void Downloader::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    m_error = error;
    m_finished = true;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_part) {
        // Keep what arrived for a later resume; an empty file holds nothing.
        m_part->close();
        if (m_part->size() == 0)
            m_part->remove();
    }
    qCInfo(lcApi) << "download of" << loggable(m_url) << "failed:" << error.message;
    emit finished();
}

void Downloader::emitProgress(bool force)
{
    if (!force && m_progressClock.isValid() && m_progressClock.elapsed() < kProgressIntervalMs)
        return;
    m_progressClock.start();
    emit progress(m_part->size(), m_total);
}

QString Downloader::freeTargetPath() const
{
    const auto taken = [](const QString &path) {
        const QFileInfo info(path);
        return info.exists() || info.isSymLink();
    };
    if (!taken(m_targetPath))
        return m_targetPath;
    const QFileInfo info(m_targetPath);
    const QString stem = info.absolutePath() + QLatin1Char('/') + info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2; n < 10000; ++n) {
        const QString candidate = stem + QStringLiteral(" (%1)").arg(n) + suffix;
        if (!taken(candidate))
            return candidate;
    }
    return {};
}

} // namespace ks

#include "sim/SimFilesApi.h"

#include "sim/SimFaults.h"
#include "sim/SimHttpServer.h"
#include "sim/SimLog.h"
#include "sim/SimMedia.h"
#include "sim/SimMultipart.h"
#include "sim/SimRandom.h"
#include "sim/SimResults.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ks {

namespace {

constexpr qint64 kMaxUploadBytes = 100LL * 1024 * 1024;
constexpr int kUploadExpiryHours = 72;
constexpr int kFilesUtcOffsetSeconds = 8 * 3600; // EvoLink stamps times in +08:00

QString isoTime(const QDateTime &t)
{
    return t.toOffsetFromUtc(kFilesUtcOffsetSeconds).toString(Qt::ISODate);
}

QString sanitizeFileName(const QString &name)
{
    QString n = name;
    const qsizetype slash = qMax(n.lastIndexOf(u'/'), n.lastIndexOf(u'\\'));
    if (slash >= 0)
        n = n.mid(slash + 1);
    QString clean;
    for (const QChar c : std::as_const(n)) {
        if (c.category() != QChar::Other_Control)
            clean.append(c);
    }
    clean = clean.trimmed();
    if (clean == u"."_s || clean == u".."_s)
        return {};
    return clean.left(200);
}

} // namespace

SimFilesApi::SimFilesApi(const SimResults &results, const SimFaults &faults)
    : m_results(results), m_faults(faults)
{
}

SimFilesApi::~SimFilesApi() = default;

QString SimFilesApi::prefix() const
{
    return m_base + u"/files/"_s;
}

QString SimFilesApi::ownFileId(const QString &url) const
{
    if (!url.startsWith(prefix()))
        return {};
    const QString rest = url.mid(prefix().size());
    const qsizetype slash = rest.indexOf(u'/');
    return slash < 0 ? rest : rest.left(slash);
}

SimMediaRef SimFilesApi::media(const QString &url) const
{
    SimMediaRef ref;
    if (!url.startsWith(prefix()))
        return ref;
    const auto it = m_files.constFind(ownFileId(url));
    if (it == m_files.cend() || it->expires < QDateTime::currentDateTimeUtc()) {
        ref.origin = SimMediaRef::Origin::OwnMissing;
        return ref;
    }
    ref.origin = SimMediaRef::Origin::Own;
    ref.mime = it->mime;
    ref.size = it->size;
    ref.durationSeconds = it->durationSeconds;
    ref.imageSize = it->imageSize;
    ref.videoSize = it->videoSize;
    return ref;
}

QString SimFilesApi::directory() const
{
    return m_dir && m_dir->isValid() ? m_dir->path() : QString();
}

// The path of `data` written as upload `id`, "" when it cannot be stored.
QString SimFilesApi::write(const QString &id, const QByteArray &data)
{
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                + u"/klingstudio-sim-uploads-XXXXXX"_s);
    if (!m_dir->isValid()) {
        qCWarning(lcSimServer) << "no folder for uploads:" << m_dir->errorString();
        return {};
    }
    const QString path = m_dir->filePath(id);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        qCWarning(lcSimServer) << "cannot store upload" << path << file.errorString();
        return {};
    }
    return path;
}

SimReply SimFilesApi::store(const QByteArray &data, const QString &requestedName,
                            const QString &originalName, const QString &uploadPath)
{
    if (data.isEmpty())
        return SimReply::filesError(400, u"file: the file is empty"_s);
    const QByteArray mime = SimMedia::sniffMime(data);
    if (mime.isEmpty()) {
        return SimReply::filesError(
            415,
            u"Unsupported file type: only image/jpeg, image/png, image/gif, "
            "image/webp, video/mp4 and video/quicktime are accepted "
            "(detected from the file content)"_s);
    }
    if (data.size() > kMaxUploadBytes)
        return SimReply::filesError(413, u"file: the file is larger than 100 MB"_s);
    // The real service's answer to a full quota is not documented: 403 with
    // the files envelope is this simulator's choice (a refusal that says why,
    // not a retryable status).
    if (usedFiles() >= m_maxFiles) {
        return SimReply::filesError(403,
                                    u"File quota exceeded: %1 of %2 files used. Uploaded files "
                                    "expire after 72 hours"_s.arg(usedFiles())
                                        .arg(m_maxFiles));
    }
    // The documented files API (API.md §5) takes images only.
    if (m_faults.refuseVideoUploads() && mime.startsWith("video/")) {
        return SimReply::filesError(415,
                                    u"Unsupported file type: only image/jpeg, image/png, image/gif "
                                    "and image/webp are accepted"_s);
    }

    StoredFile f;
    do {
        f.id = u"file_"_s + SimRandom::alnum(16);
    } while (m_files.contains(f.id));
    const QString ext = QString::fromLatin1(SimMedia::extensionFor(mime));
    f.name = sanitizeFileName(requestedName);
    if (f.name.isEmpty())
        f.name = SimRandom::alnum(12) + u'.' + ext;
    f.originalName = sanitizeFileName(originalName);
    if (f.originalName.isEmpty())
        f.originalName = f.name;
    f.uploadPath = sanitizeFileName(uploadPath);
    if (f.uploadPath.isEmpty())
        f.uploadPath = mime.startsWith("video/") ? u"videos"_s : u"images"_s;
    f.mime = mime;
    f.size = data.size();
    f.diskPath = write(f.id, data);
    if (f.diskPath.isEmpty())
        return SimReply::filesError(500, u"The simulator could not store the file on disk"_s);
    f.uploaded = QDateTime::currentDateTimeUtc();
    f.expires = f.uploaded.addSecs(kUploadExpiryHours * 3600);
    if (mime.startsWith("video/")) {
        f.durationSeconds = SimMedia::mp4DurationSeconds(data);
        f.videoSize = SimMedia::mp4VideoSize(data);
    } else
        f.imageSize = SimMedia::imageSize(data);
    m_files.insert(f.id, f);
    qCInfo(lcSimServer) << "stored upload" << f.id << mime << data.size() << "bytes";

    const QString fileUrl =
        prefix() + f.id + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(f.name));
    const QJsonObject d {{u"file_id"_s, f.id},
                         {u"file_name"_s, f.name},
                         {u"original_name"_s, f.originalName},
                         {u"file_size"_s, qint64(data.size())},
                         {u"mime_type"_s, QString::fromLatin1(mime)},
                         {u"upload_path"_s, f.uploadPath},
                         {u"file_url"_s, fileUrl},
                         {u"download_url"_s, m_base + u"/api/v1/files/download/"_s + f.id},
                         {u"upload_time"_s, isoTime(f.uploaded)},
                         {u"expires_at"_s, isoTime(f.expires)}};
    return SimReply::json(200,
                          QJsonObject {{u"success"_s, true},
                                       {u"code"_s, 200},
                                       {u"msg"_s, u"File uploaded successfully"_s},
                                       {u"data"_s, d}});
}

SimReply SimFilesApi::uploadBase64(const SimRequest &req)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return SimReply::filesError(400, u"body: must be a JSON object with base64_data"_s);
    const QJsonObject o = doc.object();
    const QJsonValue dataV = o.value(u"base64_data"_s);
    if (!dataV.isString() || dataV.toString().isEmpty())
        return SimReply::filesError(400, u"base64_data: is required (a string)"_s);
    QByteArray encoded = dataV.toString().toLatin1();
    if (encoded.startsWith("data:")) {
        const qsizetype comma = encoded.indexOf(',');
        if (comma < 0 || !encoded.left(comma).endsWith(";base64"))
            return SimReply::filesError(400, u"base64_data: malformed data: URI"_s);
        encoded = encoded.mid(comma + 1);
    }
    encoded = encoded.simplified().replace(' ', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return SimReply::filesError(400, u"base64_data: not valid base64"_s);
    for (const QString &k : {u"file_name"_s, u"upload_path"_s}) {
        if (o.contains(k) && !o.value(k).isString())
            return SimReply::filesError(400, u"%1: must be a string"_s.arg(k));
    }
    const QString name = o.value(u"file_name"_s).toString();
    return store(*decoded, name, name, o.value(u"upload_path"_s).toString());
}

SimReply SimFilesApi::uploadStream(const SimRequest &req)
{
    QList<SimMultipart::Part> parts;
    if (!SimMultipart::parse(req.header("content-type"), req.body, &parts)) {
        return SimReply::filesError(400,
                                    u"body: expected multipart/form-data with a \"file\" field"_s);
    }
    const SimMultipart::Part *file = nullptr;
    QString name;
    QString uploadPath;
    for (const SimMultipart::Part &p : std::as_const(parts)) {
        if (p.name == "file" && p.isFile) {
            if (file)
                return SimReply::filesError(400, u"file: one file per request"_s);
            file = &p;
        } else if (p.name == "file_name" || p.name == "fileName") {
            name = QString::fromUtf8(p.data);
        } else if (p.name == "upload_path" || p.name == "uploadPath") {
            uploadPath = QString::fromUtf8(p.data);
        }
    }
    if (!file) {
        return SimReply::filesError(400,
                                    u"file: is required (a multipart file field named \"file\")"_s);
    }
    const QString original = QString::fromUtf8(file->fileName);
    return store(file->data, name.isEmpty() ? original : name, original, uploadPath);
}

SimReply SimFilesApi::uploadUrl(const SimRequest &req)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return SimReply::filesError(400, u"body: must be a JSON object with file_url"_s);
    const QJsonObject o = doc.object();
    const QString url = o.value(u"file_url"_s).toString();
    if (url.isEmpty())
        return SimReply::filesError(400, u"file_url: is required (a string)"_s);
    QByteArray data;
    if (const auto it = m_files.constFind(ownFileId(url)); it != m_files.cend()) {
        QFile stored(it->diskPath);
        if (stored.open(QIODevice::ReadOnly))
            data = stored.readAll();
    } else if (m_results.isResultUrl(url)) {
        data = m_results.clipAt(url);
    }
    if (data.isEmpty()) {
        return SimReply::filesError(400,
                                    u"file_url: the simulator has no network access; it can only "
                                    "fetch its own /files/ and /results/ URLs"_s);
    }
    const QString last = QUrl(url).path().section(u'/', -1);
    const QString name = o.value(u"file_name"_s).toString();
    return store(data, name.isEmpty() ? last : name, last, o.value(u"upload_path"_s).toString());
}

int SimFilesApi::usedFiles() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int live = 0;
    for (const StoredFile &f : m_files)
        live += f.expires >= now ? 1 : 0;
    return m_usedElsewhere + live;
}

void SimFilesApi::setQuota(int maxFiles, int usedElsewhere)
{
    m_maxFiles = qMax(0, maxFiles);
    m_usedElsewhere = qMax(0, usedElsewhere);
}

SimReply SimFilesApi::quota() const
{
    const int used = usedFiles();
    const QJsonObject d {
        {u"user_group"_s, u"default"_s},      {u"used_files"_s, used},
        {u"max_files"_s, m_maxFiles},         {u"remain_files"_s, qMax(0, m_maxFiles - used)},
        {u"is_custom"_s, m_maxFiles != 2000}, {u"quota_reason"_s, QString()}};
    return SimReply::json(200,
                          QJsonObject {{u"success"_s, true}, {u"code"_s, 200}, {u"data"_s, d}});
}

SimReply SimFilesApi::serve(const SimRequest &req, const QString &fileId) const
{
    const auto it = m_files.constFind(fileId);
    if (it == m_files.cend() || it->expires < QDateTime::currentDateTimeUtc())
        return SimReply::filesError(404, u"File not found or expired"_s);
    auto file = std::make_shared<QFile>(it->diskPath);
    if (!file->open(QIODevice::ReadOnly))
        return SimReply::filesError(404, u"File not found or expired"_s);
    return SimReply::download(req, file, it->size, it->mime, '"' + it->id.toLatin1() + '"');
}

} // namespace ks

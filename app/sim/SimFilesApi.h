#pragma once
// The files API (API.md §5): uploads from base64, multipart streams and URLs,
// kept on disk in a folder that goes with the simulator, served again at
// /files/ and the download route, and looked up when a request names them.

#include "sim/SimReply.h"
#include "sim/SimRules.h"

#include <QDateTime>
#include <QHash>
#include <QSize>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace ks {

class SimFaults;
class SimResults;

class SimFilesApi final
{
public:
    SimFilesApi(const SimResults &results, const SimFaults &faults);
    ~SimFilesApi();

    // "http://127.0.0.1:<port>" once the simulator listens.
    void setBaseUrl(const QString &base) { m_base = base; }

    SimReply uploadBase64(const SimRequest &req);
    SimReply uploadStream(const SimRequest &req);
    SimReply uploadUrl(const SimRequest &req);
    SimReply serve(const SimRequest &req, const QString &fileId) const;
    // GET /api/v1/files/quota (API.md §10.1 #10): used = the files set with
    // setQuota() plus the unexpired files uploaded here.
    SimReply quota() const;
    // The account's quota (default 2000 files, the default group) and how
    // many files it already holds from elsewhere. An upload past the quota
    // is refused with 403 and the files envelope (see store()).
    void setQuota(int maxFiles, int usedElsewhere);

    // External for a URL elsewhere, OwnMissing for an unknown or expired file.
    SimMediaRef media(const QString &url) const;
    // "" before the first upload.
    QString directory() const;

private:
    struct StoredFile
    {
        QString id;
        QString name;
        QString originalName;
        QString uploadPath;
        QByteArray mime;
        QString diskPath; // the bytes, in m_dir
        qint64 size = 0;
        QDateTime uploaded;
        QDateTime expires;
        double durationSeconds = -1;
        QSize imageSize;
        QSize videoSize;
    };

    QString prefix() const;
    int usedFiles() const;
    QString ownFileId(const QString &url) const;
    QString write(const QString &id, const QByteArray &data);
    SimReply store(const QByteArray &data, const QString &requestedName,
                   const QString &originalName, const QString &uploadPath);

    const SimResults &m_results;
    const SimFaults &m_faults;
    QString m_base;
    QHash<QString, StoredFile> m_files;
    int m_maxFiles = 2000;
    int m_usedElsewhere = 0;
    // Uploads live on disk for the simulator's lifetime (they are not part of
    // the saved state), so a demo session's images and videos cost no memory.
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace ks

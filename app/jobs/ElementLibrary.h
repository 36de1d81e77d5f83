#pragma once
// The user's reusable subjects (kling-custom-element results): name, id, how
// each was made, and a thumbnail. Kept in a JSON file written atomically.

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace ks {

struct Element
{
    QString elementId; // from the task's result_data
    QString name; // <= 20 chars
    QString description; // <= 100 chars
    bool madeFromVideo = false; // video_refer: refused together with a video input
    QString voiceId; // element_voice_id it was made with (video_refer only), or empty
    QString thumbnailPath; // local copy of the frontal image (or a video frame)
    QString jobId; // the job that created it
    QDateTime createdAt;
    // Made against the demo simulator: its id means nothing to the real API.
    bool demo = false;
};

class ElementLibrary final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElementLibrary)
public:
    // Default file: Paths::dataDir()/elements.json
    explicit ElementLibrary(QString filePath = {}, QObject *parent = nullptr);

    QList<Element> elements() const; // newest first
    std::optional<Element> find(const QString &elementId) const;
    bool add(const Element &element); // replaces one with the same id
    bool remove(const QString &elementId);
    // Copies `imagePath` to <library folder>/elements/<id>.<ext> (the element
    // outlives the 72 h upload and the user's own file). Returns the copy's
    // path, or an empty string (lastError says why).
    QString storeThumbnail(const QString &elementId, const QString &imagePath);
    // Re-reads the file (another process, e.g. the CLI, may have added to it).
    bool reload();
    QString filePath() const { return m_path; }
    QString lastError() const { return m_error; }

signals:
    void changed();

private:
    bool load();
    bool save();
    bool readFile(QList<Element> *out, QString *why) const;
    void moveAside(const QString &why);
    QString thumbnailDir() const;
    QString m_path;
    QString m_error;
    QList<Element> m_elements;
};

} // namespace ks

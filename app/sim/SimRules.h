#pragma once
// The simulator's own rule table for POST /v1/videos/generations (API.md
// §2), written independently of core's validator so that a mistake there
// fails a test. A refused body yields "field: reason".

#include <QByteArray>
#include <QJsonObject>
#include <QSize>
#include <QString>

#include <functional>

namespace ks {

// What the server knows about a media URL in a request.
struct SimMediaRef
{
    enum class Origin {
        External, // somewhere else: must be https, cannot be inspected
        Own, // a file uploaded to this simulator
        OwnMissing, // looks like one of ours, but no such file (expired/unknown)
    };
    Origin origin = Origin::External;
    QByteArray mime;
    qint64 size = 0;
    double durationSeconds = -1; // videos, when the mvhd box is readable
    QSize imageSize; // images, when the header is readable
    QSize videoSize; // videos, from the video track's tkhd box, when readable
};

// The accepted request, as far as billing and the lifecycle need it.
struct SimCreatePlan
{
    QString error; // "field: reason"; empty when the body is accepted
    QString model;
    QString quality;
    QString aspectRatio;
    bool sound = false;
    int videoSeconds = 0; // generated length (0 for custom elements)
    int billedSeconds = 0;
    bool elementFromVideo = false; // custom element with reference_type video_refer
};

class SimRules final
{
public:
    using MediaLookup = std::function<SimMediaRef(const QString &url)>;
    // 0 unknown element, 1 made from images, 2 made from a video.
    using ElementLookup = std::function<int(const QString &elementId)>;

    SimRules(MediaLookup media, ElementLookup elements);

    SimCreatePlan check(const QJsonObject &body) const;

    static QStringList models();

private:
    MediaLookup m_media;
    ElementLookup m_elements;
};

} // namespace ks

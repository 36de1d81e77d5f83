#include "player/VideoFrameGrabber.h"

#include "platform/Logging.h"
#include "player/MediaBackend.h"
#include "player/MediaBackendLoader.h"

#include <QTimer>

namespace ks {

VideoFrameGrabber::VideoFrameGrabber(QString path, QSize maxSize, QObject *parent, qint64 atUs)
    : QObject(parent), m_path(std::move(path)), m_maxSize(maxSize), m_atUs(atUs)
{
}

VideoFrameGrabber::~VideoFrameGrabber()
{
    delete m_grab.data(); // cancels a grab still decoding
}

void VideoFrameGrabber::start()
{
    MediaBackend *backend = MediaBackendLoader::backend();
    if (!backend) {
        qCInfo(lcUi) << "no video frame for" << m_path << MediaBackendLoader::lastError();
        // Still asynchronous, as callers connect after construction.
        QTimer::singleShot(0, this, [this] { finish({}); });
        return;
    }
    m_grab = backend->grabFrame(m_path, m_atUs, m_maxSize, m_timeoutMs, this,
                                [this](const QImage &frame) { finish(frame); });
}

void VideoFrameGrabber::finish(const QImage &frame)
{
    if (m_done)
        return;
    m_done = true;
    m_grab = nullptr; // the grab deletes itself
    emit grabbed(frame);
    deleteLater();
}

} // namespace ks

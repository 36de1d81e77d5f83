#include "form/FormDraftKeeper.h"

#include "core/RequestJson.h"
#include "form/GenerationForm.h"
#include "platform/Settings.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace ks {

namespace {

constexpr int kSaveDelayMs = 500;
constexpr QLatin1String kShotsFollowKey("form_shots_follow_duration");

// Clears a local input whose file is gone; remembers its path.
void dropIfMissing(MediaRef &ref, QStringList &dropped)
{
    if (ref.isLocal() && !QFileInfo::exists(ref.localPath)) {
        dropped.append(ref.localPath);
        ref = MediaRef {};
    }
}

void dropMissing(QList<MediaRef> &list, QStringList &dropped)
{
    for (qsizetype i = list.size() - 1; i >= 0; --i) {
        if (list[i].isLocal() && !QFileInfo::exists(list[i].localPath)) {
            dropped.prepend(list[i].localPath);
            list.removeAt(i);
        }
    }
}

} // namespace

FormDraftKeeper::FormDraftKeeper(GenerationForm *form, Settings *settings, QObject *parent)
    : QObject(parent), m_form(form), m_settings(settings), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kSaveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &FormDraftKeeper::save);
}

QStringList FormDraftKeeper::restore()
{
    QStringList dropped;
    const QByteArray text = m_settings->formDraft();
    if (!text.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(text);
        std::optional<GenerationRequest> request =
            doc.isObject() ? RequestJson::fromStorage(doc.object()) : std::nullopt;
        if (request) {
            dropIfMissing(request->imageStart, dropped);
            dropIfMissing(request->imageEnd, dropped);
            dropIfMissing(request->video, dropped);
            dropIfMissing(request->elementFrontal, dropped);
            dropIfMissing(request->elementVideo, dropped);
            dropMissing(request->referenceImages, dropped);
            dropMissing(request->elementAngles, dropped);
            m_form->setRequest(*request);
            m_form->setShotsFollowDuration(doc.object().value(kShotsFollowKey).toBool());
        }
    }
    connect(m_form, &GenerationForm::requestChanged, m_timer, qOverload<>(&QTimer::start),
            Qt::UniqueConnection);
    return dropped;
}

void FormDraftKeeper::flush()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        save();
    }
}

void FormDraftKeeper::save()
{
    QJsonObject json = RequestJson::toStorage(m_form->request());
    // A form setting beside the request (not part of what is sent).
    json.insert(kShotsFollowKey, m_form->shotsFollowDuration());
    m_settings->setFormDraft(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace ks

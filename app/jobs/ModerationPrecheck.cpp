#include "jobs/ModerationPrecheck.h"

#include "api/ApiReply.h"
#include "api/EvoLinkClient.h"
#include "core/ModerationCategoryText.h"
#include "platform/Logging.h"

#include <QDateTime>

namespace ks {

namespace {

// An uploaded link older than this may have expired (files live 72 h).
constexpr qint64 kUploadUsableSeconds = 71 * 3600;

bool isOnlineImage(const MediaRef &m)
{
    if (m.url.isEmpty())
        return false;
    if (m.isLocal())
        return m.uploadedAt.isValid()
            && m.uploadedAt.secsTo(QDateTime::currentDateTimeUtc()) < kUploadUsableSeconds;
    return true;
}

} // namespace

ModerationPrecheck::ModerationPrecheck(EvoLinkClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_reply) {
            QObject::disconnect(m_reply, nullptr, this, nullptr);
            m_reply->deleteLater();
            m_reply = nullptr;
        }
        m_problem = tr("EvoLink's moderation did not answer within %n second(s).", nullptr,
                       qMax(1, m_timeout.interval() / 1000));
        end(Outcome::CouldNotRun);
    });
}

ModerationPrecheck::~ModerationPrecheck() = default;

void ModerationPrecheck::setTimeoutMs(int ms)
{
    m_timeout.setInterval(qMax(1, ms));
}

bool ModerationPrecheck::isRunning() const
{
    return m_reply != nullptr;
}

QString ModerationPrecheck::textOf(const GenerationRequest &request)
{
    QStringList parts;
    auto add = [&parts](const QString &text) {
        if (!text.trimmed().isEmpty())
            parts.append(text.trimmed());
    };
    add(request.prompt);
    if (request.multiShot) {
        for (const Shot &shot : request.shots)
            add(shot.prompt);
    }
    if (request.mode == Mode::CustomElement) {
        add(request.elementName);
        add(request.elementDescription);
    }
    return parts.join(QLatin1Char('\n'));
}

QString ModerationPrecheck::imageUrlOf(const GenerationRequest &request)
{
    // Images only, in the order they are sent; the videos are not checked
    // (the moderation endpoint takes images).
    GenerationRequest copy = request;
    const QList<MediaRef *> inputs = copy.mediaSlots();
    for (const MediaRef *m : inputs) {
        if (m == &copy.video || m == &copy.elementVideo)
            continue;
        if (isOnlineImage(*m))
            return m->url;
    }
    return {};
}

QString ModerationPrecheck::verdictText(const QString &category)
{
    return tr("Likely to be refused: %1").arg(ModerationCategoryText::displayName(category));
}

void ModerationPrecheck::start(const GenerationRequest &request)
{
    if (m_reply) {
        QObject::disconnect(m_reply, nullptr, this, nullptr);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_category.clear();
    m_problem.clear();
    const QString text = textOf(request);
    const QString image = imageUrlOf(request);
    if (text.isEmpty() && image.isEmpty()) {
        // Nothing EvoLink could check: go straight on.
        QMetaObject::invokeMethod(
            this, [this] { end(Outcome::Clear); }, Qt::QueuedConnection);
        return;
    }
    m_reply = m_client->moderate(text, image);
    m_reply->setParent(this);
    connect(m_reply, &ApiReply::finished, this, &ModerationPrecheck::onReplied);
    m_timeout.start();
}

void ModerationPrecheck::onReplied()
{
    ApiReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (reply->error().isError()) {
        const ApiError &e = reply->error();
        qCInfo(lcApi) << "moderation check failed:" << e.httpStatus << e.code << e.message;
        m_problem = e.message.isEmpty() ? ErrorCatalog::userMessage(e) : e.message;
        end(Outcome::CouldNotRun);
        return;
    }
    const ModerationResult &result = reply->moderation();
    if (result.flagged) {
        m_category = result.mainCategory();
        end(Outcome::Flagged);
        return;
    }
    end(Outcome::Clear);
}

void ModerationPrecheck::end(Outcome outcome)
{
    m_timeout.stop();
    m_outcome = outcome;
    emit finished();
}

} // namespace ks

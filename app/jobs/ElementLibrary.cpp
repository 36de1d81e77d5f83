#include "jobs/ElementLibrary.h"

#include "platform/FileReplace.h"
#include "platform/Logging.h"
#include "platform/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ks {

namespace {

// Version 2 adds an optional "voice_id" per element; version 1 files load as
// elements without a voice.
constexpr int kFormatVersion = 2;

QJsonObject toJson(const Element &e)
{
    QJsonObject o {
        {QStringLiteral("element_id"), e.elementId},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("description"), e.description},
        {QStringLiteral("made_from_video"), e.madeFromVideo},
        {QStringLiteral("thumbnail"), e.thumbnailPath},
        {QStringLiteral("job_id"), e.jobId},
        {QStringLiteral("demo"), e.demo},
        {QStringLiteral("created_at"), e.createdAt.toUTC().toString(Qt::ISODateWithMs)},
    };
    if (!e.voiceId.isEmpty())
        o.insert(u"voice_id", e.voiceId);
    return o;
}

std::optional<Element> fromJson(const QJsonObject &o)
{
    Element e;
    e.elementId = o.value(u"element_id").toString().trimmed();
    if (e.elementId.isEmpty())
        return std::nullopt;
    e.name = o.value(u"name").toString();
    e.description = o.value(u"description").toString();
    e.madeFromVideo = o.value(u"made_from_video").toBool();
    e.voiceId = o.value(u"voice_id").toString().trimmed();
    e.thumbnailPath = o.value(u"thumbnail").toString();
    e.jobId = o.value(u"job_id").toString();
    e.demo = o.value(u"demo").toBool();
    e.createdAt = QDateTime::fromString(o.value(u"created_at").toString(), Qt::ISODateWithMs);
    return e;
}

void sortNewestFirst(QList<Element> &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const Element &a, const Element &b) { return a.createdAt > b.createdAt; });
}

// Element ids come from the server: keep only characters safe in a file name.
QString safeFileStem(const QString &id)
{
    QString stem;
    for (const QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        stem.append(ok ? c : QChar(u'_'));
    }
    return stem.left(120);
}

} // namespace

ElementLibrary::ElementLibrary(QString filePath, QObject *parent)
    : QObject(parent), m_path(std::move(filePath))
{
    if (m_path.isEmpty())
        m_path = Paths::dataDir() + QStringLiteral("/elements.json");
    load();
}

QList<Element> ElementLibrary::elements() const
{
    return m_elements;
}

std::optional<Element> ElementLibrary::find(const QString &elementId) const
{
    const QString id = elementId.trimmed();
    for (const Element &e : m_elements) {
        if (e.elementId == id)
            return e;
    }
    return std::nullopt;
}

bool ElementLibrary::add(const Element &element)
{
    Element e = element;
    e.elementId = e.elementId.trimmed();
    if (e.elementId.isEmpty()) {
        m_error = tr("An element without an ID cannot be added to the library.");
        return false;
    }
    if (!e.createdAt.isValid())
        e.createdAt = QDateTime::currentDateTimeUtc();
    load(); // pick up what another process (GUI or CLI) added meanwhile
    m_elements.erase(std::remove_if(m_elements.begin(), m_elements.end(),
                                    [&e](const Element &x) { return x.elementId == e.elementId; }),
                     m_elements.end());
    m_elements.prepend(e);
    sortNewestFirst(m_elements);
    // Kept in memory even when the write fails, so this session can still use it.
    const bool ok = save();
    emit changed();
    return ok;
}

bool ElementLibrary::remove(const QString &elementId)
{
    const QString id = elementId.trimmed();
    load();
    const auto it = std::find_if(m_elements.begin(), m_elements.end(),
                                 [&id](const Element &x) { return x.elementId == id; });
    if (it == m_elements.end()) {
        m_error = tr("The element %1 is not in the library.").arg(id);
        return false;
    }
    const QString thumbnail = it->thumbnailPath;
    m_elements.erase(it);
    const bool ok = save();
    // Only our own copy goes; a thumbnail path elsewhere is the user's file.
    if (ok && !thumbnail.isEmpty()
        && QFileInfo(thumbnail).absolutePath() == QFileInfo(thumbnailDir()).absoluteFilePath())
        QFile::remove(thumbnail);
    emit changed();
    return ok;
}

QString ElementLibrary::storeThumbnail(const QString &elementId, const QString &imagePath)
{
    const QString stem = safeFileStem(elementId.trimmed());
    if (stem.isEmpty() || imagePath.isEmpty()) {
        m_error = tr("No element ID or image was given for the thumbnail.");
        return {};
    }
    const QString dir = thumbnailDir();
    if (!QDir().mkpath(dir)) {
        m_error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir));
        return {};
    }
    const QString suffix = QFileInfo(imagePath).suffix().toLower();
    const QString target =
        dir + QLatin1Char('/') + stem + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(imagePath).absoluteFilePath())
        return target;
    // Copy beside the target, then swap, so a failed copy never leaves half a file.
    const QString temp = target + QStringLiteral(".part");
    QFile::remove(temp);
    QFile source(imagePath);
    if (!source.copy(temp)) {
        m_error = tr("The image %1 could not be copied: %2")
                      .arg(QDir::toNativeSeparators(imagePath), source.errorString());
        return {};
    }
    QFile::remove(target);
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        m_error =
            tr("The thumbnail %1 could not be written.").arg(QDir::toNativeSeparators(target));
        return {};
    }
    return target;
}

bool ElementLibrary::reload()
{
    const bool ok = load();
    emit changed();
    return ok;
}

QString ElementLibrary::thumbnailDir() const
{
    return QFileInfo(m_path).absolutePath() + QStringLiteral("/elements");
}

bool ElementLibrary::readFile(QList<Element> *out, QString *why) const
{
    QFile file(m_path);
    if (!file.exists()) {
        out->clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *why = pe.errorString();
        return false;
    }
    if (!doc.isObject() || !doc.object().value(u"elements").isArray()) {
        *why = tr("no list of elements");
        return false;
    }
    QList<Element> list;
    for (const QJsonValue v : doc.object().value(u"elements").toArray()) {
        if (const auto e = fromJson(v.toObject()))
            list.append(*e);
    }
    sortNewestFirst(list);
    *out = list;
    return true;
}

void ElementLibrary::moveAside(const QString &why)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside =
            m_path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (QFile::rename(m_path, aside)) {
        m_error = tr("The element library %1 could not be read (%2). It was moved aside to %3 and "
                     "a new, empty library was started.")
                      .arg(QDir::toNativeSeparators(m_path), why, QDir::toNativeSeparators(aside));
    } else {
        m_error = tr("The element library %1 could not be read (%2) and could not be moved aside; "
                     "a new, empty library was started in its place.")
                      .arg(QDir::toNativeSeparators(m_path), why);
    }
    qCWarning(lcJobs) << "element library unreadable:" << why;
}

bool ElementLibrary::load()
{
    QList<Element> list;
    QString why;
    if (readFile(&list, &why)) {
        m_elements = list;
        return true;
    }
    moveAside(why);
    m_elements.clear();
    return false;
}

bool ElementLibrary::save()
{
    QJsonArray array;
    for (const Element &e : std::as_const(m_elements))
        array.append(toJson(e));
    const QJsonObject root {{QStringLiteral("version"), kFormatVersion},
                            {QStringLiteral("elements"), array}};
    QString why;
    if (!FileReplace::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), &why)) {
        m_error = tr("The element library %1 could not be written: %2")
                      .arg(QDir::toNativeSeparators(m_path), why);
        return false;
    }
    return true;
}

} // namespace ks

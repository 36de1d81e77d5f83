#include "core/ResultFileName.h"

#include "core/GenerationRequest.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace ks {

namespace {

bool keeps(char32_t c)
{
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining;
}

// Device names Windows refuses as a file name's stem, whatever the extension.
bool reservedOnWindows(const QString &stem)
{
    static const QStringList names = {
        QStringLiteral("con"),  QStringLiteral("prn"),  QStringLiteral("aux"),
        QStringLiteral("nul"),  QStringLiteral("com1"), QStringLiteral("com2"),
        QStringLiteral("com3"), QStringLiteral("com4"), QStringLiteral("com5"),
        QStringLiteral("com6"), QStringLiteral("com7"), QStringLiteral("com8"),
        QStringLiteral("com9"), QStringLiteral("lpt1"), QStringLiteral("lpt2"),
        QStringLiteral("lpt3"), QStringLiteral("lpt4"), QStringLiteral("lpt5"),
        QStringLiteral("lpt6"), QStringLiteral("lpt7"), QStringLiteral("lpt8"),
        QStringLiteral("lpt9")};
    return names.contains(stem.toLower());
}

} // namespace

QString ResultFileName::slug(const QString &text)
{
    const QList<uint> chars = text.normalized(QString::NormalizationForm_C).toLower().toUcs4();
    QList<uint> out;
    int lastWordEnd = -1; // length of `out` at the end of the last whole word
    bool pendingDash = false;
    for (const uint c : chars) {
        if (!keeps(c)) {
            if (!out.isEmpty())
                pendingDash = true;
            continue;
        }
        if (pendingDash) {
            lastWordEnd = int(out.size());
            if (out.size() + 2 > kMaxSlugChars)
                break;
            out.append(u'-');
            pendingDash = false;
        }
        if (out.size() + 1 > kMaxSlugChars) {
            // Cut inside a word: back to the previous word's end when there is one.
            if (lastWordEnd > 0)
                out.resize(lastWordEnd);
            break;
        }
        out.append(c);
    }
    while (!out.isEmpty() && out.last() == u'-')
        out.removeLast();
    QString result =
        QString::fromUcs4(reinterpret_cast<const char32_t *>(out.constData()), out.size());
    if (reservedOnWindows(result))
        result += QStringLiteral("-video");
    return result;
}

QString ResultFileName::promptOf(const GenerationRequest &request)
{
    if (request.multiShot && !request.shots.isEmpty()
        && !request.shots.first().prompt.trimmed().isEmpty())
        return request.shots.first().prompt;
    if (!request.prompt.trimmed().isEmpty())
        return request.prompt;
    return request.elementName;
}

QString ResultFileName::forRequest(const GenerationRequest &request, QDate date, const QString &tag)
{
    return forText(promptOf(request), date, tag);
}

QString ResultFileName::forText(const QString &text, QDate date, const QString &tag)
{
    QString stem = slug(text);
    if (stem.isEmpty())
        stem = QStringLiteral("kling-video");
    if (date.isValid())
        stem += u'-' + date.toString(QStringLiteral("yyyy-MM-dd"));
    const QString cleanTag = slug(tag);
    if (!cleanTag.isEmpty())
        stem += u'-' + cleanTag;
    return stem + QStringLiteral(".mp4");
}

QString ResultFileName::unusedPath(const QString &dir, const QString &fileName)
{
    const QDir folder(dir);
    QString path = folder.filePath(fileName);
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : u'.' + info.suffix();
    for (int n = 2; (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) && n < 10000; ++n)
        path = folder.filePath(base + QStringLiteral("-%1").arg(n) + suffix);
    return path;
}

} // namespace ks

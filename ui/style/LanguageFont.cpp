#include "style/LanguageFont.h"

#include "platform/LanguageManager.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>

#include <array>

namespace ks {

namespace {

// Common UI families, most likely first on each desktop; the first one
// installed is used when the system's default does not fit the language.
constexpr std::array kLatinFamilies {
    "Segoe UI",        ".AppleSystemUIFont", "Helvetica Neue", "Noto Sans", "DejaVu Sans",
    "Liberation Sans", "Cantarell",          "Ubuntu",         "Arial"};
constexpr std::array kCjkFamilies {
    "Microsoft YaHei UI", "Microsoft YaHei",     "PingFang SC",      "Noto Sans CJK SC",
    "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"};

// The installed families by name, without the " [foundry]" Qt adds when
// two foundries ship one family. QFontDatabase::hasFamily() would also
// resolve each name as a fontconfig alias: about 1 M instructions per name
// not installed, 5.6 M of the start for the CJK list on Linux (callgrind).
QStringList installedFamilies()
{
    QStringList families = QFontDatabase::families();
    for (QString &family : families) {
        const qsizetype foundry = family.indexOf(QLatin1String(" ["));
        if (foundry > 0)
            family.truncate(foundry);
    }
    return families;
}

template<std::size_t N> QString firstInstalled(const std::array<const char *, N> &names, bool cjk)
{
    const QStringList installed = installedFamilies();
    for (const char *name : names) {
        const QString family = QString::fromLatin1(name);
        // macOS keeps its system families (".AppleSystemUIFont") out of the list.
        const bool isInstalled = installed.contains(family, Qt::CaseInsensitive)
            || (family.startsWith(QLatin1Char('.')) && QFontDatabase::hasFamily(family));
        if (isInstalled && LanguageFont::isCjkFamily(family) == cjk)
            return family;
    }
    return {};
}

QString anyLatinFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::Latin);
    for (const QString &family : families) {
        if (!LanguageFont::isCjkFamily(family) && !QFontDatabase::isFixedPitch(family)
            && !QFontDatabase::isPrivateFamily(family))
            return family;
    }
    return {};
}

} // namespace

LanguageFont::LanguageFont(LanguageManager *languages, QObject *parent)
    : QObject(parent), m_systemFont(QApplication::font())
{
    apply(languages->current());
    connect(languages, &LanguageManager::languageChanged, this, &LanguageFont::apply);
}

bool LanguageFont::isCjkFamily(const QString &family)
{
    const QList<QFontDatabase::WritingSystem> systems = QFontDatabase::writingSystems(family);
    return systems.contains(QFontDatabase::SimplifiedChinese)
        || systems.contains(QFontDatabase::TraditionalChinese)
        || systems.contains(QFontDatabase::Japanese);
}

QStringList LanguageFont::familiesFor(const QString &language, const QString &systemFamily)
{
    const bool systemCjk = isCjkFamily(systemFamily);
    QString latin = systemCjk ? firstInstalled(kLatinFamilies, false) : systemFamily;
    if (latin.isEmpty())
        latin = anyLatinFamily();
    const QString cjk = systemCjk ? systemFamily : firstInstalled(kCjkFamilies, true);

    QStringList families;
    if (language.startsWith(QLatin1String("zh")))
        families << cjk << latin;
    else
        families << latin << cjk;
    families.removeAll(QString());
    families.removeDuplicates();
    if (families.isEmpty())
        families << systemFamily;
    return families;
}

void LanguageFont::apply(const QString &language)
{
    QFont font = QApplication::font();
    // The family the platform's font really resolves to (it may name an
    // alias such as "Sans Serif" that fontconfig maps by the system locale).
    const QStringList families = familiesFor(language, QFontInfo(m_systemFont).family());
    if (font.families() == families)
        return;
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace ks

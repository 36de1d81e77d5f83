#pragma once
// Keeps the application font right for the UI language. The system's default
// family follows the system locale: on a Chinese desktop it is a CJK family
// whose "…" and Latin punctuation are drawn the CJK way (centred dots). In
// English the font list puts a Latin family first and the CJK family after it
// (for Chinese prompts); in Chinese the CJK family comes first.

#include <QFont>
#include <QObject>
#include <QStringList>

namespace ks {

class LanguageManager;

class LanguageFont final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageFont)
public:
    // Applies the font for `languages`' current language now and after each change.
    explicit LanguageFont(LanguageManager *languages, QObject *parent = nullptr);

    // The families, in order, for `language` ("en", "zh_CN") given the
    // system's default family.
    static QStringList familiesFor(const QString &language, const QString &systemFamily);
    static bool isCjkFamily(const QString &family);

private:
    void apply(const QString &language);

    QFont m_systemFont; // as the platform chose it, before any language
};

} // namespace ks

#include "platform/LanguageManager.h"

#include "platform/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ks {

namespace {
const auto kEnglish = QStringLiteral("en");
const auto kChinese = QStringLiteral("zh_CN");
} // namespace

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) { }

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
}

QStringList LanguageManager::available()
{
    return {kEnglish, kChinese};
}

QString LanguageManager::nativeName(const QString &code)
{
    // Shown in the language's own script, so a user who cannot read the
    // current language still finds theirs.
    if (code == kChinese)
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageManager::resolve(const QString &code)
{
    if (available().contains(code))
        return code;
    // The system's locale, not the default one apply() sets: "System
    // Default" after Chinese must not keep Chinese on an English system.
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese)
        return kChinese;
    for (const QString &ui : system.uiLanguages()) {
        if (ui.startsWith(QLatin1String("zh")))
            return kChinese;
        if (ui.startsWith(QLatin1String("en")))
            return kEnglish;
    }
    return kEnglish;
}

void LanguageManager::apply(const QString &code)
{
    const QString resolved = resolve(code);
    if (resolved == m_current && (m_app || resolved == kEnglish))
        return;

    // Remove first: installing sends LanguageChange, and the widgets must
    // then see only the new language's translators.
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }

    m_current = resolved;
    if (resolved != kEnglish) {
        auto *app = new QTranslator(this);
        if (app->load(QStringLiteral(":/klingstudio/i18n/klingstudio_%1.qm").arg(resolved))) {
            m_app = app;
        } else {
            qCWarning(lcPlatform) << "No app translation for" << resolved;
            delete app;
        }
        auto *qt = new QTranslator(this);
        if (qt->load(QLocale(resolved), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            m_qt = qt;
        } else {
            qCInfo(lcPlatform) << "No Qt translation for" << resolved;
            delete qt;
        }
        if (m_qt)
            QCoreApplication::installTranslator(m_qt);
        if (m_app)
            QCoreApplication::installTranslator(m_app);
    }
    QLocale::setDefault(QLocale(resolved == kChinese ? QLocale::Chinese : QLocale::English,
                                resolved == kChinese ? QLocale::China : QLocale::UnitedStates));
    emit languageChanged(resolved);
}

} // namespace ks

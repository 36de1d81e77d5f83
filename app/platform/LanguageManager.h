#pragma once
// Loads and switches the UI language at runtime: the app's own translations
// (embedded .qm) and Qt's (qtbase). Installing a translator makes Qt send
// QEvent::LanguageChange to every widget, which retranslates itself.

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace ks {

class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList available(); // {"en", "zh_CN"}
    static QString nativeName(const QString &code); // "English", "简体中文"
    // "" follows the system locale (zh* -> zh_CN, else en).
    static QString resolve(const QString &code);
    void apply(const QString &code);
    QString current() const { return m_current; }

signals:
    void languageChanged(const QString &code);

private:
    QString m_current;
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace ks

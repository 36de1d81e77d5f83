#include "desktop/SystemColorScheme.h"

#include <QGuiApplication>
#include <QPalette>
#include <QSettings>

namespace ks::SystemColorScheme {

namespace {
bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool platformPaletteIsReliable()
{
#if defined(Q_OS_MACOS) || defined(Q_OS_WIN)
    return true;
#else
    // Without a desktop theme plugin Qt's palette is its built-in light one,
    // which says nothing about the desktop. KDE's plugin and qt5ct/qt6ct
    // install the desktop's colours; Qt 6.4's GTK plugin does not.
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORMTHEME"))
        return true;
    return qEnvironmentVariable("XDG_CURRENT_DESKTOP")
        .contains(QLatin1String("KDE"), Qt::CaseInsensitive);
#endif
}
} // namespace

Scheme decide(const QString &override, const QVariant &appsUseLightTheme,
              const QPalette &platformPalette, bool paletteIsReliable)
{
    const QString forced = override.trimmed().toLower();
    if (forced == QLatin1String("light"))
        return Scheme::Light;
    if (forced == QLatin1String("dark"))
        return Scheme::Dark;
    if (appsUseLightTheme.isValid()) {
        bool ok = false;
        const int light = appsUseLightTheme.toInt(&ok);
        if (ok)
            return light != 0 ? Scheme::Light : Scheme::Dark;
    }
    // A dark palette is never Qt's built-in default, so it always comes
    // from the desktop, even where the platform theme is otherwise unknown.
    if (isDarkPalette(platformPalette))
        return Scheme::Dark;
    return paletteIsReliable ? Scheme::Light : Scheme::Unknown;
}

QVariant windowsAppsUseLightTheme()
{
#ifdef Q_OS_WIN
    const QSettings personalize(
        QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize"),
        QSettings::NativeFormat);
    return personalize.value(QStringLiteral("AppsUseLightTheme"));
#else
    return {};
#endif
}

Scheme detect()
{
    return decide(qEnvironmentVariable("KLINGSTUDIO_COLOR_SCHEME"), windowsAppsUseLightTheme(),
                  QGuiApplication::palette(), platformPaletteIsReliable());
}

} // namespace ks::SystemColorScheme

#pragma once
// Which colour scheme the desktop asks for, as far as Qt 6.4 can tell
// (QStyleHints::colorScheme arrives in 6.5): the Windows "apps use light
// theme" setting, the macOS appearance through the palette, a desktop
// theme plugin's palette on Linux. Unknown keeps the studio's dark theme.

#include <QVariant>

class QPalette;

namespace ks::SystemColorScheme {

enum class Scheme { Unknown, Light, Dark };

// What the desktop reports, before the app installs its own palette. The
// KLINGSTUDIO_COLOR_SCHEME environment variable ("light"/"dark") wins.
Scheme detect();

// The pure decision behind detect(), for tests.
//  override:           the environment override ("", "light", "dark", "system")
//  appsUseLightTheme:  the Windows registry value (invalid when absent/not Windows)
//  platformPalette:    the palette the platform theme installed
//  paletteIsReliable:  true where the platform theme reports the desktop's
//                      colours (macOS, Windows, KDE, qt5ct/qt6ct)
Scheme decide(const QString &override, const QVariant &appsUseLightTheme,
              const QPalette &platformPalette, bool paletteIsReliable);

// Windows: HKCU\...\Themes\Personalize\AppsUseLightTheme, invalid elsewhere.
QVariant windowsAppsUseLightTheme();

} // namespace ks::SystemColorScheme

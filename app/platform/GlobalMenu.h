#pragma once
// Whether the menu bar is offered to the desktop's global menu (Linux).
//
// Qt asks the session bus, with a synchronous call on the GUI thread while
// the first QMenuBar is built, whether a global menu registrar
// (com.canonical.AppMenu.Registrar) is running, and exports the menus over
// D-Bus when one is. KDE Plasma and Unity are where one usually runs;
// elsewhere the answer is no, and the call only delays the first paint
// (about 1.5 ms here). Outside those desktops the menu bar therefore stays
// in the window without asking. macOS and Windows are left alone.

#include <QByteArray>

namespace ks::GlobalMenu {

// XDG_CURRENT_DESKTOP ("KDE", "ubuntu:GNOME", "Unity:Unity7:ubuntu", ...).
bool offeredBy(const QByteArray &currentDesktop);

// Before the first QMenuBar: keeps Qt from looking for a global menu where
// the desktop does not offer one (Qt::AA_DontUseNativeMenuBar).
void applyDesktopPolicy();

} // namespace ks::GlobalMenu

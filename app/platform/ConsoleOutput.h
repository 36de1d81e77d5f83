#pragma once
// Lets the GUI executable's command-line options that print (--help,
// --version, --self-test) reach the terminal it was started from. Windows
// starts a GUI-subsystem program without a console, so what it printed went
// nowhere; ConsoleOutput_win.cpp attaches it to its parent's console. On
// other systems the streams are the terminal's already (ConsoleOutput_other.cpp).

namespace ks::ConsoleOutput {

// Call right before printing, and only then: a program attached to a
// console also receives that console's Ctrl+C. Idempotent.
void attach();

} // namespace ks::ConsoleOutput

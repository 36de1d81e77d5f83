// Windows only: `klingstudio --version` typed in a console prints in that
// console. cmd.exe starts a GUI-subsystem program without handing it any
// standard handles, so what it printed went nowhere until
// ConsoleOutput_win.cpp attached the program to its parent's console. This
// test is that parent: it makes a console of its own, starts the program as
// cmd.exe does (no standard handles passed), and reads its console's text.
// (The other path, output into a pipe or file, is tst_selftest's.)

#include <QDir>
#include <QString>
#include <QTest>

#include <string>

#include <windows.h>

class TstConsoleOutput : public QObject
{
    Q_OBJECT

private slots:
    void versionReachesTheParentConsole();
};

void TstConsoleOutput::versionReachesTheParentConsole()
{
    FreeConsole();
    QVERIFY(AllocConsole());
    const HANDLE screen =
        CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                    nullptr, OPEN_EXISTING, 0, nullptr);
    QVERIFY(screen != INVALID_HANDLE_VALUE);

    std::wstring command = L"\""
        + QDir::toNativeSeparators(QStringLiteral(KS_GUI_BINARY)).toStdWString() + L"\" --version";
    STARTUPINFOW startup {};
    startup.cb = sizeof startup; // no STARTF_USESTDHANDLES, no inherited handles
    PROCESS_INFORMATION process {};
    QVERIFY(CreateProcessW(nullptr, command.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr,
                           &startup, &process));
    const DWORD waited = WaitForSingleObject(process.hProcess, 30000);
    if (waited != WAIT_OBJECT_0)
        TerminateProcess(process.hProcess, 99); // e.g. a message box instead
    DWORD exitCode = 1;
    GetExitCodeProcess(process.hProcess, &exitCode);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
    QCOMPARE(waited, DWORD(WAIT_OBJECT_0));
    QCOMPARE(exitCode, DWORD(0));

    CONSOLE_SCREEN_BUFFER_INFO info {};
    QVERIFY(GetConsoleScreenBufferInfo(screen, &info));
    const DWORD cells = DWORD(info.dwSize.X) * DWORD(info.dwCursorPosition.Y + 1);
    std::wstring text(cells, L' ');
    DWORD read = 0;
    QVERIFY(ReadConsoleOutputCharacterW(screen, text.data(), cells, COORD {0, 0}, &read));
    CloseHandle(screen);
    FreeConsole();
    const QString shown = QString::fromStdWString(text.substr(0, read)).simplified();
    QVERIFY2(shown.contains(QStringLiteral(KS_VERSION)), qPrintable(shown));
}

QTEST_GUILESS_MAIN(TstConsoleOutput)
#include "tst_consoleoutput_win.moc"

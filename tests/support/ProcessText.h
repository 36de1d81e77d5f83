#pragma once
// The text a child process printed, as the tests compare it: UTF-8, with
// Windows' line ends (a console program's stdout is in text mode there, so
// each "\n" arrives as "\r\n") made plain "\n".

#include <QByteArray>
#include <QString>

namespace ks::test {

inline QString plainLineEnds(QString text)
{
#ifdef Q_OS_WIN
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
#endif
    return text;
}

inline QString processText(const QByteArray &bytes)
{
    return plainLineEnds(QString::fromUtf8(bytes));
}

// The same for a program that prints in the system's 8-bit encoding.
inline QString processLocalText(const QByteArray &bytes)
{
    return plainLineEnds(QString::fromLocal8Bit(bytes));
}

} // namespace ks::test

#pragma once
// The text a child process printed, as the tests compare it: UTF-8, with
// Windows' line ends (a console program's stdout is in text mode there, so
// each "\n" arrives as "\r\n") made plain "\n".

#include <QByteArray>
#include <QString>

namespace ks::test {

inline QString processText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
#ifdef Q_OS_WIN
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
#endif
    return text;
}

} // namespace ks::test

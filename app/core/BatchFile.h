#pragma once
// A batch of jobs from a file (issue 20): a CSV table whose header names the
// columns like klingstudio-cli's options (prompt, mode, duration, quality,
// sound, aspect, image_start, …), or a text file with one prompt per line.
// Only reads: what the columns mean is the CLI's options' business.
//
// CSV as RFC 4180 writes it (and spreadsheets export it): comma separated,
// fields in double quotes may hold commas, quotes ("") and line breaks; CRLF
// or LF; a UTF-8 byte order mark is skipped. Written here because neither Qt
// nor a Debian-packaged Qt library reads CSV; tst_batchfile covers it.
//
// Text: one prompt per line; blank lines and lines starting with # are left
// out.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ks {

struct BatchRow
{
    int line = 0; // where the row starts in the file, from 1
    QStringList names; // the columns given in this row (non-empty cells)
    QStringList values;
};

struct BatchFile
{
    Q_DECLARE_TR_FUNCTIONS(BatchFile)
public:
    QList<BatchRow> rows;
    QString error; // translated; rows are empty when set

    // Column names as given in the header, lower-cased and trimmed.
    QStringList columns;

    static BatchFile parseCsv(const QByteArray &bytes);
    static BatchFile parseText(const QByteArray &bytes);
    // By the file name: .csv is a table, anything else a list of prompts.
    static BatchFile read(const QString &path);
};

} // namespace ks

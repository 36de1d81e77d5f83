#include "core/BatchFile.h"

#include <QFile>
#include <QFileInfo>

namespace ks {

namespace {

QString decoded(const QByteArray &bytes)
{
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    return QString::fromUtf8(text);
}

struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Splits RFC 4180 text into records; false with *error on an unclosed quote.
bool splitCsv(const QString &text, QList<CsvRecord> *records, QString *error)
{
    CsvRecord record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false;
    int line = 1;
    record.line = 1;
    const auto endField = [&] {
        record.fields << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A line with nothing on it is no record (a trailing newline, a gap).
        if (!(record.fields.size() == 1 && record.fields.constFirst().isEmpty()))
            records->append(record);
        record = CsvRecord();
        record.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the \n ends the record
        } else if (c == u'\n' || c == u'\r') {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error = BatchFile::tr("Line %1: a quoted field is not closed.").arg(record.line);
        return false;
    }
    endRecord();
    return true;
}

} // namespace

BatchFile BatchFile::parseCsv(const QByteArray &bytes)
{
    BatchFile file;
    QList<CsvRecord> records;
    if (!splitCsv(decoded(bytes), &records, &file.error))
        return file;
    if (records.isEmpty()) {
        file.error = tr("The file is empty: the first line must name the columns (e.g. "
                        "prompt,duration,quality).");
        return file;
    }
    for (const QString &name : records.constFirst().fields)
        file.columns << name.trimmed().toLower();
    if (!file.columns.contains(QStringLiteral("prompt"))
        && !file.columns.contains(QStringLiteral("mode"))) {
        file.error = tr("Line 1 must name the columns, with at least \"prompt\" (found: %1).")
                         .arg(file.columns.join(QStringLiteral(", ")));
        return file;
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        if (record.fields.size() > file.columns.size()) {
            file.error = tr("Line %1 has %2 fields, the header names %3.")
                             .arg(record.line)
                             .arg(record.fields.size())
                             .arg(file.columns.size());
            file.rows.clear();
            return file;
        }
        BatchRow row;
        row.line = record.line;
        for (qsizetype c = 0; c < record.fields.size(); ++c) {
            const QString value = record.fields.at(c).trimmed();
            if (value.isEmpty() || file.columns.at(c).isEmpty())
                continue;
            row.names << file.columns.at(c);
            row.values << value;
        }
        if (!row.names.isEmpty())
            file.rows << row;
    }
    if (file.rows.isEmpty())
        file.error = tr("The file names its columns but holds no job.");
    return file;
}

BatchFile BatchFile::parseText(const QByteArray &bytes)
{
    BatchFile file;
    file.columns << QStringLiteral("prompt");
    const QStringList lines = decoded(bytes).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString prompt = lines.at(i).trimmed();
        if (prompt.isEmpty() || prompt.startsWith(u'#'))
            continue;
        BatchRow row;
        row.line = int(i) + 1;
        row.names << QStringLiteral("prompt");
        row.values << prompt;
        file.rows << row;
    }
    if (file.rows.isEmpty())
        file.error = tr("The file holds no prompt (one per line; lines starting with # are "
                        "left out).");
    return file;
}

BatchFile BatchFile::read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        BatchFile file;
        file.error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return file;
    }
    // A batch is a few hundred lines; a file far larger is not one.
    constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    if (f.size() > kMaxBytes) {
        BatchFile file;
        file.error = tr("%1 is larger than 4 MiB: not a batch file.").arg(path);
        return file;
    }
    const QByteArray bytes = f.readAll();
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? parseCsv(bytes)
        : parseText(bytes);
}

} // namespace ks

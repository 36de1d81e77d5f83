#include "sim/SimMultipart.h"

namespace ks::SimMultipart {

namespace {

// `key`'s value in a header with ;-separated parameters, unquoted.
QByteArray headerParam(const QByteArray &header, const QByteArray &key)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &raw : parts) {
        const QByteArray p = raw.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq < 0 || p.left(eq).trimmed().toLower() != key)
            continue;
        QByteArray v = p.mid(eq + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        return v;
    }
    return {};
}

} // namespace

bool parse(const QByteArray &contentType, const QByteArray &body, QList<Part> *out)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return false;
    QByteArray boundary = headerParam(contentType, "boundary");
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        return false;
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            return true; // closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return false;
        at += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", at);
        if (headerEnd < 0)
            return false;
        Part part;
        const QList<QByteArray> lines = body.mid(at, headerEnd - at).split('\n');
        for (const QByteArray &rawLine : lines) {
            const QByteArray line = rawLine.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            if (line.left(colon).trimmed().toLower() == "content-disposition") {
                const QByteArray disposition = line.mid(colon + 1);
                part.name = headerParam(disposition, "name");
                part.isFile = disposition.contains("filename=");
                part.fileName = headerParam(disposition, "filename");
            }
        }
        const qsizetype dataStart = headerEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return false;
        part.data = body.mid(dataStart, next - dataStart);
        out->append(part);
        at = next + 2;
    }
}

} // namespace ks::SimMultipart

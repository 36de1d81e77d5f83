#pragma once
// Splits a multipart/form-data body (RFC 7578) into its parts, for the files
// API's stream upload.

#include <QByteArray>
#include <QList>

namespace ks::SimMultipart {

struct Part
{
    QByteArray name;
    QByteArray fileName;
    bool isFile = false;
    QByteArray data;
};

// Returns false when the body is not well-formed multipart/form-data.
bool parse(const QByteArray &contentType, const QByteArray &body, QList<Part> *out);

} // namespace ks::SimMultipart

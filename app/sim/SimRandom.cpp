#include "sim/SimRandom.h"

#include <QRandomGenerator>

namespace ks::SimRandom {

QString alnum(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString s;
    s.reserve(length);
    for (int i = 0; i < length; ++i)
        s.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]));
    return s;
}

} // namespace ks::SimRandom

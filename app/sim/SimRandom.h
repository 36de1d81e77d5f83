#pragma once
// Random names for what the simulator creates (task, element and file ids),
// shared so that every part draws them the same way.

#include <QString>

namespace ks::SimRandom {

// `length` characters from a-z and 0-9.
QString alnum(int length);

} // namespace ks::SimRandom

// Windows and macOS: Qt's font database does not use fontconfig there.
#include "gui/FontDatabasePrefetch.h"

namespace ks {

FontDatabasePrefetch::~FontDatabasePrefetch() = default;

void FontDatabasePrefetch::start() { }

void FontDatabasePrefetch::wait() { }

} // namespace ks

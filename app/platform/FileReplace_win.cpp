#include "platform/FileReplace.h"

namespace ks::FileReplace {

// A reader's open handle blocks the rename for as long as it reads: about a
// second in all, then the write is reported as failed.
int renameAttempts()
{
    return 20;
}

int msBetweenAttempts()
{
    return 50;
}

} // namespace ks::FileReplace

#include "platform/FileReplace.h"

namespace ks::FileReplace {

// A rename over a file that others hold open succeeds here (they keep the
// old one): a failure is real (no room, no permission), reported at once.
int renameAttempts()
{
    return 1;
}

int msBetweenAttempts()
{
    return 0;
}

} // namespace ks::FileReplace

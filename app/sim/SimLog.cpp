#include "sim/SimLog.h"

namespace ks {
Q_LOGGING_CATEGORY(lcSimServer, "klingstudio.sim", QtInfoMsg)
} // namespace ks

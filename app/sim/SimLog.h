#pragma once
// The simulator's own logging category ("klingstudio.sim"): ks_sim does not
// link ks_platform, so it cannot use lcSim from Logging.h.

#include <QLoggingCategory>

namespace ks {
Q_DECLARE_LOGGING_CATEGORY(lcSimServer)
} // namespace ks

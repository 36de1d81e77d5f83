#include "platform/Logging.h"

// Category names follow the module layout so QT_LOGGING_RULES can target one
// module ("klingstudio.api.debug=true").
Q_LOGGING_CATEGORY(lcApi, "klingstudio.api")
Q_LOGGING_CATEGORY(lcJobs, "klingstudio.jobs")
Q_LOGGING_CATEGORY(lcPlatform, "klingstudio.platform")
Q_LOGGING_CATEGORY(lcSim, "klingstudio.sim")
Q_LOGGING_CATEGORY(lcUi, "klingstudio.ui")

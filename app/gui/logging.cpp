#include "logging.h"

namespace RelayDesk {

Q_LOGGING_CATEGORY(lcGui, "relaydesk.gui")

} // namespace RelayDesk

#pragma once

#include <QLoggingCategory>

namespace RelayDesk {

// The console's messages ("relaydesk.gui"); tune with QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcGui)

} // namespace RelayDesk

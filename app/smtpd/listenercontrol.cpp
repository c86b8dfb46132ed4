#include "listenercontrol.h"

namespace RelayDesk {

// Out of line, so the vtable has one home.
ListenerControl::~ListenerControl() = default;

QJsonObject ListenerControl::restart()
{
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("error"), QStringLiteral("restart is not supported")}};
}

} // namespace RelayDesk

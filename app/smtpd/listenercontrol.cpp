#include "listenercontrol.h"

#include <QCoreApplication>

namespace RelayDesk {

// Out of line, so the vtable has one home.
ListenerControl::~ListenerControl() = default;

QJsonObject ListenerControl::restart()
{
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("error"), QStringLiteral("restart is not supported")}};
}

QJsonObject ListenerControl::queueAction(const QString &command, const QJsonObject &)
{
    return {{QStringLiteral("ok"), false},
            {QStringLiteral("error"),
             QCoreApplication::translate("ListenerControl", "\"%1\" is not supported").arg(command)}};
}

} // namespace RelayDesk

#include "icons.h"

// Resources compiled into a static library must be registered explicitly, outside any namespace.
static void initRelayDeskResources()
{
    Q_INIT_RESOURCE(relaydesk);
}

namespace RelayDesk {
namespace Icons {

QIcon icon(const QString &name)
{
    static const bool initialised = [] {
        initRelayDeskResources();
        return true;
    }();
    Q_UNUSED(initialised)
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

} // namespace Icons
} // namespace RelayDesk

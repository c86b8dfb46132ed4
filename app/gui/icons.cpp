#include "icons.h"

#include <QHash>

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
    // The details list asks for a row's icon on every paint: one QIcon (and its pixmap cache)
    // per name. GUI thread only, like every QIcon.
    static QHash<QString, QIcon> cache;
    const auto it = cache.constFind(name);
    if (it != cache.cend())
        return *it;
    return *cache.insert(name, QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")));
}

} // namespace Icons
} // namespace RelayDesk

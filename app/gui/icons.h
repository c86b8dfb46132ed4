#pragma once

#include <QIcon>
#include <QString>

namespace RelayDesk {
namespace Icons {

// The console's own SVG icons (resources/relaydesk.qrc, ":/icons/<name>.svg").
// Needs the Qt SVG image plugin at run time; without it the icons are empty, nothing else breaks.
QIcon icon(const QString &name);

} // namespace Icons
} // namespace RelayDesk

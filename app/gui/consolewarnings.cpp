#include "consolewarnings.h"

#include "validation.h"

#include <QStringList>

namespace RelayDesk {

QString ConsoleWarnings::openRelay(const Config &config)
{
    QStringList lines;
    for (const VirtualServer &vs : config.virtualServers) {
        QString why;
        if (!Validation::isOpenRelay(vs, &why))
            continue;
        lines.append(vs.enabled ? tr("Open relay: \"%1\": %2.").arg(vs.name, why)
                                : tr("Open relay once started: \"%1\" (disabled): %2.").arg(vs.name, why));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace RelayDesk

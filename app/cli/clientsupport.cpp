#include "clientsupport.h"

#include "relaytestplan.h"

#include <QCoreApplication>

namespace RelayDesk {

int findVirtualServer(CliContext &context, const Config &config, const QString &name, int *index)
{
    if (name.isEmpty()) {
        if (config.virtualServers.size() != 1)
            return context.usageError(
                QCoreApplication::translate("Cli", "there are %1 virtual servers: name one with --vs NAME")
                    .arg(config.virtualServers.size()));
        *index = 0;
        return ExitOk;
    }
    *index = config.virtualServerIndex(name);
    if (*index >= 0)
        return ExitOk;
    QStringList names;
    for (const VirtualServer &vs : config.virtualServers)
        names << QLatin1Char('"') + vs.name + QLatin1Char('"');
    return context.usageError(
        QCoreApplication::translate("Cli", "there is no virtual server \"%1\" (there are: %2)")
            .arg(name, names.join(QStringLiteral(", "))));
}

void printTranscriptLine(QTextStream &out, const TranscriptLine &line)
{
    out << line.toText() << Qt::endl;
}

} // namespace RelayDesk

#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RelayDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString uptimeText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

void printStatus(CliContext &context, const SyncStatus &status)
{
    QTextStream &out = context.out();
    out << tr("Database:  revision %1 (%2)").arg(status.databaseRevision).arg(context.databasePath()) << '\n';
    if (status.listenerRevision < 0) {
        out << tr("Listener:  not running") << '\n';
    } else {
        const QJsonObject &l = status.listenerStatus;
        out << tr("Listener:  running, pid %1, up %2, revision %3")
                   .arg(status.listenerPid)
                   .arg(uptimeText(l.value(QStringLiteral("uptimeSeconds")).toInteger()))
                   .arg(status.listenerRevision);
        if (l.value(QStringLiteral("serviceManager")).toString() == QLatin1String("systemd"))
            out << tr(" (systemd service)");
        out << '\n';
        const QJsonArray servers = l.value(QStringLiteral("virtualServers")).toArray();
        for (const QJsonValue &value : servers) {
            const QJsonObject vs = value.toObject();
            QStringList bindings;
            for (const QJsonValue &b : vs.value(QStringLiteral("bindings")).toArray())
                bindings << b.toString();
            out << "           " << vs.value(QStringLiteral("name")).toString() << ": "
                << vs.value(QStringLiteral("state")).toString();
            if (!bindings.isEmpty())
                out << ", " << bindings.join(QStringLiteral(", "));
            out << '\n';
        }
        const QJsonObject delivery = l.value(QStringLiteral("delivery")).toObject();
        if (!delivery.isEmpty()) {
            const int queued = delivery.value(QStringLiteral("queued")).toInt();
            out << QCoreApplication::translate("Cli", "Queues:    %n message(s) waiting for delivery",
                                               nullptr, queued);
            if (delivery.value(QStringLiteral("held")).toBool())
                out << tr(" (delivery held: --hold-queue)");
            else if (queued > 0)
                out << tr(" (relaydeskctl queue list)");
            out << '\n';
        }
    }
    out << tr("Sync:      %1 — %2").arg(SyncStatus::stateText(status.state), status.reason) << '\n';
    if (const QString fix = Command::fixCommand(status.fix); !fix.isEmpty())
        out << tr("To fix:    %1").arg(fix) << '\n';
    out.flush();
    for (const QString &warning : status.openRelayWarnings)
        context.err() << tr("warning: %1").arg(warning) << Qt::endl;
}

} // namespace

StatusCommand::StatusCommand()
    : Command(QStringLiteral("status"), QStringLiteral("status"),
              tr("The database revision, the listener's state and revision, whether they are in sync "
                 "(exit 1 when not), and open-relay warnings."))
{ }

void StatusCommand::setup(QCommandLineParser &) { }

int StatusCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("status takes no arguments"));
    SyncService *sync = context.sync();
    if (!sync)
        return ExitEnvironment;
    const SyncStatus status = sync->check();
    if (context.json())
        context.out() << QJsonDocument(status.toJson()).toJson(QJsonDocument::Indented);
    else
        printStatus(context, status);
    return status.inSync() ? int(ExitOk) : int(ExitNegative);
}

SyncCommand::SyncCommand()
    : Command(QStringLiteral("sync"), QStringLiteral("sync"),
              tr("Push the current revision to the running listener and wait until it enforces it."))
{ }

void SyncCommand::setup(QCommandLineParser &) { }

int SyncCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("sync takes no arguments"));
    SyncService *sync = context.sync();
    if (!sync)
        return ExitEnvironment;
    const SyncService::Result result = sync->push();
    if (context.json())
        context.out() << QJsonDocument(result.status.toJson()).toJson(QJsonDocument::Indented);
    if (result.ok && result.status.inSync()) {
        if (!context.json())
            context.out() << result.message << Qt::endl;
        return ExitOk;
    }
    context.err() << "relaydeskctl: " << result.message << Qt::endl;
    if (result.status.listenerRevision < 0) {
        context.err() << tr("To fix it: %1").arg(fixCommand(SyncStatus::Fix::Start)) << Qt::endl;
        return ExitEnvironment; // cannot reach the listener
    }
    if (!result.status.inSync() && result.status.reason != result.message)
        context.err() << result.status.reason << Qt::endl;
    if (const QString fix = fixCommand(result.status.fix); !fix.isEmpty())
        context.err() << tr("To fix it: %1").arg(fix) << Qt::endl;
    return ExitNegative;
}

ListenerCommand::ListenerCommand()
    : Command(QStringLiteral("listener"), QStringLiteral("listener start|stop|restart|rebuild"),
              tr("Start, stop or restart the listener of this data directory; rebuild deletes its copy "
                 "of the configuration, renders it again from the database and restarts it."))
{ }

void ListenerCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("start, stop, restart or rebuild"));
}

int ListenerCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    static const QStringList actions{QStringLiteral("start"), QStringLiteral("stop"),
                                     QStringLiteral("restart"), QStringLiteral("rebuild")};
    if (args.size() != 1 || !actions.contains(action))
        return context.usageError(tr("listener needs one action: start, stop, restart or rebuild"));
    SyncService *sync = context.sync();
    if (!sync)
        return ExitEnvironment;

    SyncService::Result result;
    if (action == QLatin1String("start"))
        result = sync->start();
    else if (action == QLatin1String("stop"))
        result = sync->stop();
    else if (action == QLatin1String("restart"))
        result = sync->restart();
    else
        result = sync->rebuild();

    if (context.json()) {
        QJsonObject o{{QStringLiteral("action"), action},
                      {QStringLiteral("ok"), result.ok},
                      {QStringLiteral("message"), result.message},
                      {QStringLiteral("status"), result.status.toJson()}};
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    if (!result.ok) {
        context.err() << "relaydeskctl: " << result.message << Qt::endl;
        return ExitEnvironment;
    }
    if (!context.json())
        context.out() << result.message << Qt::endl;
    if (action != QLatin1String("stop") && !result.status.inSync()) {
        context.err() << "relaydeskctl: " << result.status.reason << Qt::endl;
        return ExitNegative;
    }
    return ExitOk;
}

} // namespace RelayDesk

#include "command.h"

#include "commands.h"
#include "configdiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace RelayDesk {

Command::Command(QString name, QString synopsis, QString description)
    : m_name(std::move(name))
    , m_synopsis(std::move(synopsis))
    , m_description(std::move(description))
{ }

Command::~Command() = default;

int Command::run(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    CliContext::addGlobalOptions(parser);
    setup(parser);
    if (!parser.parse(QStringList{QStringLiteral("relaydeskctl ") + m_name} + arguments))
        return context.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        context.out() << "relaydeskctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("Usage: relaydeskctl ") + m_name + QStringLiteral(" [options]"),
                     QStringLiteral("Usage: relaydeskctl ") + m_synopsis);
        context.out() << help;
        return ExitOk;
    }
    context.readGlobalOptions(parser);
    return execute(context, parser);
}

void Command::printProblems(CliContext &context, const QString &where, const QList<Problem> &problems)
{
    for (const Problem &p : problems) {
        const QString kind = p.isError() ? QCoreApplication::translate("Cli", "error")
                                         : QCoreApplication::translate("Cli", "warning");
        context.err() << (where.isEmpty() ? QString() : where + QStringLiteral(": ")) << kind << ": "
                      << p.toString() << Qt::endl;
    }
}

int Command::reportInvalid(CliContext &context, const QString &where, const QList<Problem> &problems,
                           const QString &prefix)
{
    if (context.json()) {
        QJsonArray list;
        for (const Problem &p : problems) {
            list.append(QJsonObject{{QStringLiteral("severity"),
                                     p.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
                                    {QStringLiteral("path"), p.path},
                                    {QStringLiteral("message"), QString(prefix + p.message)}});
        }
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("source"), where},
                                                   {QStringLiteral("changed"), false},
                                                   {QStringLiteral("problems"), list}})
                             .toJson(QJsonDocument::Indented);
        context.out().flush();
    }
    for (const Problem &p : problems) {
        const QString kind = p.isError() ? QCoreApplication::translate("Cli", "error")
                                         : QCoreApplication::translate("Cli", "warning");
        context.err() << where << ": " << kind << ": " << prefix << p.toString() << Qt::endl;
    }
    context.err() << QCoreApplication::translate("Cli", "Nothing was changed.") << Qt::endl;
    return ExitUsage;
}

int Command::commitChange(CliContext &context, const Change &change, bool dryRun)
{
    ConfigStore *store = context.store();
    if (!store)
        return ExitEnvironment;
    for (int attempt = 0; attempt < 3; ++attempt) {
        Config current;
        int base = 0;
        QString error;
        if (!store->load(&current, &base, &error))
            return context.environmentError(error);
        Config changed = current;
        QString summary;
        if (!change(changed, &summary, &error))
            return error.isEmpty() ? int(ExitUsage) : context.usageError(error); // empty: already reported
        QStringList diff; // the store records the change in words; a dry run works it out here
        if (dryRun) {
            diff = ConfigDiff::describe(current, changed);
        } else {
            QList<Problem> problems;
            int revision = 0;
            const ConfigStore::Result result =
                store->commit(changed, base, {QStringLiteral("relaydeskctl"), summary, QString()}, &revision,
                              &error, &problems, &diff);
            if (result == ConfigStore::Result::Conflict)
                continue;
            if (result == ConfigStore::Result::Invalid) {
                printProblems(context, QString(), problems);
                return ExitUsage;
            }
            if (result != ConfigStore::Result::Ok)
                return context.environmentError(error);
            base = revision;
        }
        // The running listener takes the change at once (DESIGN.md: every command that changes
        // the configuration syncs unless --no-sync). Without a listener the snapshot is written
        // all the same, so that a listener started any way (systemd, by hand) runs the newest
        // revision. A change that made no revision may still bring a listener up to date.
        std::optional<SyncService::Result> synced;
        if (!dryRun && !context.noSync()) {
            if (SyncService *sync = context.sync()) {
                const SyncStatus before = sync->check();
                synced = before.inSync() ? SyncService::Result{true, QString(), before} : sync->push();
            }
        }
        if (context.json()) {
            QJsonObject o{{QStringLiteral("dryRun"), dryRun},
                          {QStringLiteral("changed"), !diff.isEmpty()},
                          {QStringLiteral("revision"), base},
                          {QStringLiteral("changes"), QJsonArray::fromStringList(diff)}};
            if (synced)
                o.insert(QStringLiteral("sync"), synced->status.toJson());
            context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            for (const QString &line : diff)
                context.out() << "  " << line << Qt::endl;
            if (diff.isEmpty())
                context.out() << QCoreApplication::translate(
                    "Cli", "No change: the configuration already says this.")
                              << Qt::endl;
            else if (dryRun)
                context.out() << QCoreApplication::translate("Cli",
                                                             "Dry run: nothing was changed (revision %1).")
                                     .arg(base)
                              << Qt::endl;
            else
                context.out() << QCoreApplication::translate("Cli", "Committed as revision %1.").arg(base)
                              << Qt::endl;
        }
        return synced ? reportSync(context, *synced) : int(ExitOk);
    }
    return context.environmentError(
        QCoreApplication::translate("Cli", "the configuration kept changing under this command; try again"));
}

int Command::reportSync(CliContext &context, const SyncService::Result &result)
{
    const SyncStatus &status = result.status;
    if (status.listenerRevision < 0) {
        if (!context.json())
            context.out() << QCoreApplication::translate(
                                 "Cli", "No listener is running; it will enforce revision %1 when it starts.")
                                 .arg(status.databaseRevision)
                          << Qt::endl;
        return ExitOk;
    }
    if (status.inSync()) {
        if (!context.json())
            context.out() << QCoreApplication::translate("Cli", "The listener enforces revision %1.")
                                 .arg(status.listenerRevision)
                          << Qt::endl;
        return ExitOk;
    }
    context.err() << "relaydeskctl: " << (result.message.isEmpty() ? status.reason : result.message)
                  << Qt::endl;
    if (const QString fix = fixCommand(status.fix); !fix.isEmpty())
        context.err() << QCoreApplication::translate("Cli", "To fix it: %1").arg(fix) << Qt::endl;
    return ExitNegative;
}

QString Command::fixCommand(SyncStatus::Fix fix)
{
    switch (fix) {
    case SyncStatus::Fix::None:
        return QString();
    case SyncStatus::Fix::SyncNow:
        return QStringLiteral("relaydeskctl sync");
    case SyncStatus::Fix::Start:
        return QStringLiteral("relaydeskctl listener start");
    case SyncStatus::Fix::Restart:
        return QStringLiteral("relaydeskctl listener restart");
    case SyncStatus::Fix::Rebuild:
        return QStringLiteral("relaydeskctl listener rebuild");
    }
    return QString();
}

std::vector<std::unique_ptr<Command>> Command::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<ShowCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ExplainCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<RollbackCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(std::make_unique<SmartHostPasswordCommand>());
    commands.push_back(std::make_unique<ListenerCommand>());
    commands.push_back(std::make_unique<SyncCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<LogCommand>());
    commands.push_back(std::make_unique<QueueCommand>());
    commands.push_back(std::make_unique<TestSendCommand>());
    commands.push_back(std::make_unique<RelayTestCommand>());
    return commands;
}

} // namespace RelayDesk

#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RelayDesk {

HistoryCommand::HistoryCommand()
    : Command(QStringLiteral("history"), QStringLiteral("history [--limit N]"),
              QCoreApplication::translate("Cli",
                                          "List the revisions of the configuration, newest first, with what "
                                          "each one changed."))
{ }

void HistoryCommand::setup(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("Cli", "Show at most N revisions (default 20; 0: all)."),
                      QStringLiteral("N"), QStringLiteral("20")});
}

int HistoryCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0)
        return context.usageError(
            QCoreApplication::translate("Cli", "--limit %1 is not a number of revisions")
                .arg(parser.value(QStringLiteral("limit"))));
    ConfigStore *store = context.store(false);
    if (!store)
        return ExitEnvironment;
    QString error;
    const QList<HistoryEntry> entries = store->history(limit, &error);
    if (!error.isEmpty())
        return context.environmentError(error);
    if (context.json()) {
        QJsonArray array;
        for (const HistoryEntry &h : entries) {
            array.append(QJsonObject{{QStringLiteral("revision"), h.revision},
                                     {QStringLiteral("time"), h.time.toUTC().toString(Qt::ISODate)},
                                     {QStringLiteral("user"), h.user},
                                     {QStringLiteral("program"), h.program},
                                     {QStringLiteral("summary"), h.summary},
                                     {QStringLiteral("changes"), QJsonArray::fromStringList(h.diff)}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const HistoryEntry &h : entries) {
        context.out() << QCoreApplication::translate("Cli", "revision %1  %2  %3 (%4)  %5")
                             .arg(h.revision)
                             .arg(h.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  h.user, h.program, h.summary)
                      << '\n';
        for (const QString &line : h.diff)
            context.out() << "    " << line << '\n';
    }
    context.out().flush();
    return ExitOk;
}

RollbackCommand::RollbackCommand()
    : Command(QStringLiteral("rollback"), QStringLiteral("rollback REVISION [--dry-run]"),
              QCoreApplication::translate(
                  "Cli", "Make the configuration of REVISION current again, as a new revision."))
{ }

void RollbackCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("revision"),
                                 QCoreApplication::translate("Cli", "The revision to return to."),
                                 QStringLiteral("REVISION"));
    parser.addOption(
        {QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "Show the change, change nothing.")});
}

int RollbackCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int target = args.size() == 1 ? args.first().toInt(&ok) : 0;
    if (!ok || target < 1)
        return context.usageError(QCoreApplication::translate(
            "Cli", "rollback needs one REVISION number (see \"relaydeskctl history\")"));
    ConfigStore *store = context.store(false);
    if (!store)
        return ExitEnvironment;
    QString error;
    const int current = store->revision(&error);
    if (current < 0)
        return context.environmentError(error);
    if (target > current)
        return context.usageError(
            QCoreApplication::translate("Cli", "there is no revision %1: the newest is %2")
                .arg(target)
                .arg(current));
    Config old;
    if (!store->configAt(target, &old, &error))
        return context.environmentError(error); // a revision that exists but cannot be read: damage
    return commitChange(
        context,
        [&](Config &config, QString *summary, QString *) {
            config = old;
            *summary = QCoreApplication::translate("Cli", "roll back to revision %1").arg(target);
            return true;
        },
        parser.isSet(QStringLiteral("dry-run")));
}

} // namespace RelayDesk

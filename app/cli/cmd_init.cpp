#include "commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace RelayDesk {

InitCommand::InitCommand()
    : Command(QStringLiteral("init"), QStringLiteral("init"),
              QCoreApplication::translate(
                  "Cli", "Create the configuration database with secure defaults (idempotent)."))
{ }

void InitCommand::setup(QCommandLineParser &) { }

int InitCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "init takes no arguments"));
    const bool existed = QFileInfo::exists(context.databasePath());
    ConfigStore *store = context.store();
    if (!store)
        return ExitEnvironment;
    const int revision = store->revision();
    if (context.json()) {
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("database"), context.databasePath()},
                                                   {QStringLiteral("created"), !existed},
                                                   {QStringLiteral("revision"), revision}})
                             .toJson(QJsonDocument::Indented);
    } else if (existed) {
        context.out() << QCoreApplication::translate("Cli", "%1 is already initialised (revision %2).")
                             .arg(context.databasePath())
                             .arg(revision)
                      << Qt::endl;
    } else {
        context.out() << QCoreApplication::translate(
                             "Cli",
                             "Created %1 with the secure defaults (revision %2): one "
                             "virtual server on 127.0.0.1:2525 that relays for no one "
                             "but authenticated users.")
                             .arg(context.databasePath())
                             .arg(revision)
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace RelayDesk

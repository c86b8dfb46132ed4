#include "commands.h"

#include "outboundsecrets.h"

#include <QCoreApplication>

namespace RelayDesk {

SmartHostPasswordCommand::SmartHostPasswordCommand()
    : Command(QStringLiteral("smarthost-password"),
              QStringLiteral("smarthost-password --vs NAME --password-stdin | --remove"),
              QCoreApplication::translate(
                  "Cli",
                  "Set or remove the password the delivery agent sends to the smart host (Delivery ▸ "
                  "Outbound Security, basic authentication). It is kept outside the configuration, in a "
                  "file only its owner can read: never in the database, its history, an export or the "
                  "listener's snapshot."))
{ }

void SmartHostPasswordCommand::setup(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("vs"), QCoreApplication::translate("Cli", "The virtual server."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("password-stdin"),
         QCoreApplication::translate(
             "Cli",
             "Read the password from the first line of standard input (never from the command line).")});
    parser.addOption({QStringLiteral("remove"),
                      QCoreApplication::translate("Cli", "Forget the virtual server's password.")});
}

int SmartHostPasswordCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "smarthost-password takes no arguments besides its options"));
    const bool read = parser.isSet(QStringLiteral("password-stdin"));
    const bool remove = parser.isSet(QStringLiteral("remove"));
    if (read == remove)
        return context.usageError(QCoreApplication::translate(
            "Cli", "smarthost-password needs either --password-stdin or --remove"));
    if (!parser.isSet(QStringLiteral("vs")))
        return context.usageError(QCoreApplication::translate(
            "Cli", "smarthost-password needs the virtual server: give --vs NAME"));

    // The name must be one of the configuration's, spelt as it is there: the delivery agent looks
    // the password up by that name.
    Config config;
    int revision = 0;
    if (const int code = context.loadConfig(&config, &revision); code != ExitOk)
        return code;
    const QString wanted = parser.value(QStringLiteral("vs"));
    const VirtualServer *server = nullptr;
    for (const VirtualServer &vs : config.virtualServers) {
        if (vs.name.compare(wanted, Qt::CaseInsensitive) == 0)
            server = &vs;
    }
    if (!server)
        return context.usageError(
            QCoreApplication::translate("Cli", "there is no virtual server \"%1\"").arg(wanted));

    QString error;
    if (remove) {
        if (!OutboundSecrets::remove(context.dataDir(), server->name, &error))
            return context.environmentError(error);
        context.out()
            << QCoreApplication::translate("Cli", "Removed the smart host password of %1.").arg(server->name)
            << '\n';
        return ExitOk;
    }

    QString password = context.in().readLine();
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (const QString why = OutboundSecrets::problem(password); !why.isEmpty()) {
        password.fill(QLatin1Char(' '));
        return context.usageError(
            QCoreApplication::translate("Cli", "the password read from standard input: %1").arg(why));
    }
    const bool stored = OutboundSecrets::set(context.dataDir(), server->name, password, &error);
    password.fill(QLatin1Char(' '));
    if (!stored)
        return context.environmentError(error);
    context.out()
        << QCoreApplication::translate("Cli", "Set the smart host password of %1.").arg(server->name) << '\n';
    if (server->delivery.outboundSecurity.authentication != OutboundAuthentication::Basic)
        context.err() << QCoreApplication::translate(
                             "Cli",
                             "Note: %1 uses anonymous access to the smart host; the password is sent once "
                             "basic authentication is chosen.")
                             .arg(server->name)
                      << '\n';
    return ExitOk;
}

} // namespace RelayDesk

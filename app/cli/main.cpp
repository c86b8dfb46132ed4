#include "command.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace RelayDesk;

namespace {

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<Command>> &commands)
{
    out << QCoreApplication::translate("Cli",
                                       "Usage: relaydeskctl [--data-dir DIR] [--json] COMMAND [options]")
        << "\n\n"
        << QCoreApplication::translate("Cli",
                                       "The command line of RelayDesk, the SMTP relay configuration manager.")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const auto &command : commands)
        out << "  " << command->synopsis() << "\n      " << command->description() << '\n';
    out << '\n'
        << QCoreApplication::translate(
               "Cli",
               "\"relaydeskctl COMMAND --help\" describes a command's options. Exit codes: "
               "0 success, 1 negative answer, 2 bad usage or input, 3 environment failure.")
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The libraries' progress notes are for the console's log; QT_LOGGING_RULES can bring them back.
    QLoggingCategory::setFilterRules(QStringLiteral("relaydesk.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("RelayDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYDESK_VERSION));
    // Before the commands are made: their descriptions are translated when they are built.
    Translations::install(
        &app,
        Translations::overrideFor(Translations::dataDirectoryFromArguments(QCoreApplication::arguments())));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    CliContext context(out, err, in);
    const auto commands = Command::all();

    // Global options may stand before the command: relaydeskctl --data-dir D --json show.
    QStringList args = QCoreApplication::arguments().mid(1);
    QStringList globals;
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            printUsage(out, commands);
            return ExitOk;
        }
        if (option == QLatin1String("--version") || option == QLatin1String("-v")) {
            out << "relaydeskctl " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        globals << option;
        if (option == QLatin1String("--data-dir") && !args.isEmpty())
            globals << args.takeFirst();
    }
    if (args.isEmpty()) {
        printUsage(err, commands);
        return ExitUsage;
    }
    const QString name = args.takeFirst();
    for (const auto &command : commands) {
        if (command->name() == name)
            return command->run(context, globals + args);
    }
    return context.usageError(
        QCoreApplication::translate("Cli", "unknown command \"%1\"; see relaydeskctl --help").arg(name));
}

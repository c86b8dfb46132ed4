#include "commands.h"

#include "configjson.h"
#include "privatefile.h"

#include <QCoreApplication>

namespace RelayDesk {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"), QStringLiteral("export [FILE|-]"),
              QCoreApplication::translate(
                  "Cli", "Write the configuration as config JSON v1 to FILE or standard output."))
{ }

void ExportCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("Cli", "Output file; - or none: standard output."),
        QStringLiteral("[FILE|-]"));
}

int ExportCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        return context.usageError(QCoreApplication::translate("Cli", "export takes at most one file"));
    Config config;
    int revision = 0;
    if (const int code = context.loadConfig(&config, &revision); code != ExitOk)
        return code;
    const QByteArray json = ConfigJson::write(config);
    if (args.isEmpty() || args.first() == QLatin1String("-")) {
        context.out() << QString::fromUtf8(json);
        context.out().flush();
        return ExitOk;
    }
    // The export holds password hashes: owner-only, written atomically.
    QString error;
    if (!writePrivateFile(args.first(), json, &error))
        return context.environmentError(error);
    context.err()
        << QCoreApplication::translate("Cli", "Exported revision %1 to %2.").arg(revision).arg(args.first())
        << Qt::endl;
    return ExitOk;
}

} // namespace RelayDesk

#include "commands.h"

#include "configjson.h"

#include <QCoreApplication>
#include <QSaveFile>

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
    QSaveFile file(args.first());
    if (!file.open(QIODevice::WriteOnly))
        return context.environmentError(
            QCoreApplication::translate("Cli", "cannot write %1: %2").arg(args.first(), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(json);
    if (!file.commit())
        return context.environmentError(
            QCoreApplication::translate("Cli", "cannot write %1: %2").arg(args.first(), file.errorString()));
    context.err()
        << QCoreApplication::translate("Cli", "Exported revision %1 to %2.").arg(revision).arg(args.first())
        << Qt::endl;
    return ExitOk;
}

} // namespace RelayDesk

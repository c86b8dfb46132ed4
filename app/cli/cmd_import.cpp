#include "commands.h"

#include "configimport.h"
#include "outboundsecrets.h"
#include "validation.h"

#include <QCoreApplication>
#include <QFile>

namespace RelayDesk {

ImportCommand::ImportCommand()
    : Command(
        QStringLiteral("import"), QStringLiteral("import FILE|- [--merge] [--dry-run]"),
        QCoreApplication::translate("Cli",
                                    "Validate a config JSON v1 file, show the change and apply it as one "
                                    "revision. Replaces the configuration unless --merge is given."))
{ }

void ImportCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Cli", "Input file; - for standard input."),
                                 QStringLiteral("FILE|-"));
    parser.addOption(
        {QStringLiteral("merge"),
         QCoreApplication::translate("Cli",
                                     "Merge into the current configuration: items with the same "
                                     "name (address for recipients) are replaced, others added.")});
    parser.addOption(
        {QStringLiteral("dry-run"), QCoreApplication::translate("Cli", "Show the change, change nothing.")});
}

int ImportCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(
            QCoreApplication::translate("Cli", "import needs exactly one FILE (or - for standard input)"));
    const QString name = args.first() == QLatin1String("-")
        ? QCoreApplication::translate("Cli", "standard input")
        : args.first();
    QFile file;
    const bool opened = args.first() == QLatin1String("-")
        ? file.open(stdin, QIODevice::ReadOnly)
        : (file.setFileName(args.first()), file.open(QIODevice::ReadOnly));
    if (!opened)
        return context.usageError(
            QCoreApplication::translate("Cli", "cannot read %1: %2").arg(name, file.errorString()));
    const QByteArray json = file.readAll();

    // Every problem at once: what the reader found, and what validation finds in what it could read.
    const bool merge = parser.isSet(QStringLiteral("merge"));
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    ConfigImport::Document document;
    QList<Problem> problems;
    if (!ConfigImport::read(json, merge, &document, &problems))
        return reportInvalid(context, name, problems);

    Config result;
    const int code = commitChange(
        context,
        [&](Config &config, QString *summary, QString *) {
            config = ConfigImport::apply(config, document, merge);
            if (merge) {
                const QList<Problem> mergedProblems = Validation::validate(config);
                if (hasErrors(mergedProblems)) {
                    reportInvalid(context, name, mergedProblems,
                                  QCoreApplication::translate("Cli", "in the merged configuration: "));
                    return false;
                }
            }
            *summary = (merge ? QCoreApplication::translate("Cli", "import --merge %1")
                              : QCoreApplication::translate("Cli", "import %1"))
                           .arg(name);
            result = config;
            return true;
        },
        dryRun);
    if (code == ExitOk)
        // Open relays are flagged loudly; a smart host password still to be set only as a warning.
        printProblems(context, name,
                      Validation::lint(result) + OutboundSecrets::lint(result, context.dataDir()));
    return code;
}

} // namespace RelayDesk

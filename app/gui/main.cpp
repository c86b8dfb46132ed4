#include "configstore.h"
#include "datadirectory.h"
#include "logging.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>

#include <memory>

namespace {

constexpr int ExitEnvironment = 3; // as relaydeskctl: cannot open the database

// --help and --version answer on the terminal, also on a host without a display.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0)
                return std::make_unique<QCoreApplication>(argc, argv);
        }
    }
    return std::make_unique<QApplication>(argc, argv);
}

// On stderr always; in a message box too where someone can close it (not under the offscreen
// or minimal platform of tests and scripts, where a modal box would wait for ever).
int fail(const QString &text)
{
    qCCritical(RelayDesk::lcGui).noquote() << text;
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, QApplication::translate("main", "RelayDesk"), text);
    return ExitEnvironment;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("RelayDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYDESK_VERSION));
    // The name of the desktop entry (resources/), so the shell matches windows to it; the AppStream id.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.relaydesk.RelayDesk"));
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    RelayDesk::Translations::install(
        app.get(),
        RelayDesk::Translations::overrideFor(
            RelayDesk::Translations::dataDirectoryFromArguments(QCoreApplication::arguments())));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The RelayDesk console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Use the data directory DIR (default: RELAYDESK_DATA_DIR, else %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    parser.process(*app);

    const QString dataDir = RelayDesk::DataDirectory::resolve(parser.value(dataDirOption));
    QString error;
    if (!RelayDesk::DataDirectory::ensure(dataDir, &error))
        return fail(
            QApplication::translate("main", "Cannot use the data directory %1:\n%2").arg(dataDir, error));

    const QString databasePath = RelayDesk::DataDirectory::databasePath(dataDir);
    RelayDesk::ConfigStore store;
    if (!store.open(databasePath, &error, true)) {
        return fail(QApplication::translate("main", "Cannot open the configuration database %1:\n%2")
                        .arg(databasePath, error));
    }

    RelayDesk::MainWindow window(&store, dataDir);
    window.show();
    return QApplication::exec();
}

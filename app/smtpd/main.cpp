// relaydesk-smtpd: the bundled SMTP listener. Headless: QtCore and QtNetwork only.
#include "datadirectory.h"
#include "listener.h"
#include "signalnotifier.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstdio>

#include <sys/resource.h>

using namespace RelayDesk;

namespace {

Q_LOGGING_CATEGORY(lcMain, "relaydesk.smtpd.main")

QString translate(const char *text)
{
    return QCoreApplication::translate("relaydesk-smtpd", text);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "relaydesk-smtpd: %s\n", qPrintable(message));
}

} // namespace

// Every session holds a socket and the spool may hold a batch of files open: use the whole
// descriptor allowance the administrator granted, not the conservative soft default.
static void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int main(int argc, char *argv[])
{
    raiseFileLimit();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("RelayDesk")); // no organisation: …/RelayDesk
    QCoreApplication::setApplicationVersion(QStringLiteral(RELAYDESK_VERSION));
    // Its messages and the text of its delivery reports.
    Translations::install(
        &app,
        Translations::overrideFor(Translations::dataDirectoryFromArguments(QCoreApplication::arguments())));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{type} %{category}: %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(translate("The RelayDesk SMTP listener."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        translate("Use the data directory DIR (default: RELAYDESK_DATA_DIR, else %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        QStringLiteral("DIR"));
    const QCommandLineOption configOption(
        QStringLiteral("config"), translate("Run the snapshot FILE (default: DIR/listener/config.json)."),
        QStringLiteral("FILE"));
    const QCommandLineOption controlOption(
        QStringLiteral("control"), translate("Control socket PATH (default: DIR/listener/control.sock)."),
        QStringLiteral("PATH"));
    const QCommandLineOption dnsOption(
        QStringLiteral("dns-server"),
        translate("Ask the DNS server ADDRESS (port 53) for the mail exchangers of direct delivery (default: "
                  "RELAYDESK_DNS_SERVER, else the system's resolver)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption maxOutboundOption(
        QStringLiteral("max-outbound-connections"),
        translate("Open at most N outbound SMTP connections in all (default 100)."), QStringLiteral("N"));
    const QCommandLineOption maxPerDomainOption(
        QStringLiteral("max-connections-per-domain"),
        translate("Open at most N outbound SMTP connections to one destination (default 20)."),
        QStringLiteral("N"));
    const QCommandLineOption holdOption(
        QStringLiteral("hold-queue"),
        translate("Accept mail for the queues but deliver none of it until started without this option "
                  "(maintenance; also RELAYDESK_HOLD_QUEUE=1)."));
    parser.addOptions({dataDirOption, configOption, controlOption, dnsOption, maxOutboundOption,
                       maxPerDomainOption, holdOption});
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return Listener::ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(translate("unexpected argument %1").arg(parser.positionalArguments().constFirst()));
        return Listener::ExitBadInput;
    }

    Listener::Options options;
    options.dataDirectory = DataDirectory::resolve(parser.value(dataDirOption));
    options.configFile = parser.value(configOption);
    options.controlPath = parser.value(controlOption);
    options.holdQueue = parser.isSet(holdOption);
    if (parser.isSet(dnsOption)) {
        options.dnsServer = QHostAddress(parser.value(dnsOption));
        if (options.dnsServer.isNull()) {
            printError(translate("--dns-server: \"%1\" is not an IP address").arg(parser.value(dnsOption)));
            return Listener::ExitBadInput;
        }
    }
    for (const auto &[option, target] : {std::pair{&maxOutboundOption, &options.maxOutboundConnections},
                                         std::pair{&maxPerDomainOption, &options.maxConnectionsPerDomain}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 1) {
            printError(translate("--%1: \"%2\" is not a number of connections (1 or more)")
                           .arg(option->names().constFirst(), parser.value(*option)));
            return Listener::ExitBadInput;
        }
    }

    SignalNotifier signalNotifier;
    QString error;
    if (!signalNotifier.install(&error)) {
        printError(translate("cannot install the signal handlers: %1").arg(error));
        return Listener::ExitEnvironment;
    }

    Listener listener(options);
    int exitCode = Listener::ExitOk;
    if (!listener.start(&error, &exitCode)) {
        printError(error);
        return exitCode;
    }
    QObject::connect(&signalNotifier, &SignalNotifier::terminateRequested, &listener,
                     &Listener::stopGracefully);
    QObject::connect(&signalNotifier, &SignalNotifier::reloadRequested, &listener, [&listener]() {
        QString reloadError;
        if (!listener.reloadConfiguration(&reloadError))
            qCWarning(lcMain).noquote() << translate("reload failed, keeping revision %1: %2")
                                               .arg(listener.revision())
                                               .arg(reloadError);
    });
    QObject::connect(&listener, &Listener::stopped, &app,
                     [&listener]() { QCoreApplication::exit(listener.exitCode()); });
    qCInfo(lcMain).noquote() << translate("relaydesk-smtpd %1 running from %2 (pid %3)")
                                    .arg(QCoreApplication::applicationVersion(), options.dataDirectory)
                                    .arg(QCoreApplication::applicationPid());
    return app.exec();
}

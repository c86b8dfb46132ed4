#include "commands.h"

#include "accesslist.h"
#include "dnsresolver.h"
#include "explainenvelope.h"
#include "explainlive.h"
#include "relaypolicy.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace RelayDesk {
namespace {

QJsonObject stageJson(const QString &stage, const QString &command, const Decision &d)
{
    return QJsonObject{{QStringLiteral("stage"), stage},
                       {QStringLiteral("command"), command},
                       {QStringLiteral("accepted"), d.accepted()},
                       {QStringLiteral("code"), d.code},
                       {QStringLiteral("reply"), d.reply()},
                       {QStringLiteral("local"), d.local},
                       {QStringLiteral("relay"), d.relay},
                       {QStringLiteral("trace"), QJsonArray::fromStringList(d.trace)}};
}

void printStage(QTextStream &out, const QString &command, const Decision &d)
{
    out << command << '\n';
    for (const QString &line : d.trace)
        out << "    " << line << '\n';
    out << "  ← " << d.reply() << '\n';
}

QString resolveName(const QHostAddress &client, const QString &nameserver)
{
    DnsHostNameResolver resolver;
    if (!nameserver.isEmpty())
        resolver.setNameserver(QHostAddress(nameserver));
    QString name;
    QEventLoop loop;
    QObject::connect(&resolver, &HostNameResolver::finished, &loop,
                     [&](const QHostAddress &, const QString &n) {
                         name = n;
                         loop.quit();
                     });
    resolver.lookup(client);
    loop.exec();
    return name;
}

} // namespace

ExplainCommand::ExplainCommand()
    : Command(
        QStringLiteral("explain"),
        QStringLiteral("explain [--vs NAME] --ip IP [--auth USER] [--tls] [--from ADDR] --to ADDR... "
                       "[--client-name NAME | --resolve [--nameserver IP]] [--at TIME] "
                       "[--check-listener [--password-stdin]]"),
        QCoreApplication::translate("Cli",
                                    "Show what the virtual server answers to an envelope from a client, "
                                    "and the rules that decide it. Exit 1 when a recipient is refused."))
{ }

void ExplainCommand::setup(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("vs"),
                      QCoreApplication::translate("Cli", "Virtual server NAME (default: the only one)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("ip"),
                      QCoreApplication::translate("Cli", "Client address IP (IPv4 or IPv6)."),
                      QStringLiteral("IP")});
    parser.addOption({QStringLiteral("auth"),
                      QCoreApplication::translate("Cli", "The session authenticated as USER."),
                      QStringLiteral("USER")});
    parser.addOption(
        {QStringLiteral("tls"), QCoreApplication::translate("Cli", "The session uses TLS (STARTTLS done).")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("Cli", "Sender ADDR (<> for the null sender; default <>)."),
                      QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("to"),
                      QCoreApplication::translate("Cli", "Recipient ADDR; repeat for several."),
                      QStringLiteral("ADDR")});
    parser.addOption(
        {QStringLiteral("client-name"),
         QCoreApplication::translate(
             "Cli", "The client's forward-confirmed reverse DNS NAME, for domain entries (no DNS query)."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("resolve"),
         QCoreApplication::translate("Cli", "Look up the client's forward-confirmed reverse DNS name.")});
    parser.addOption({QStringLiteral("nameserver"),
                      QCoreApplication::translate("Cli", "DNS server IP for --resolve (port 53)."),
                      QStringLiteral("IP")});
    parser.addOption(
        {QStringLiteral("at"),
         QCoreApplication::translate("Cli", "Decide as at TIME (ISO 8601 UTC), for expiring entries."),
         QStringLiteral("TIME")});
    parser.addOption(
        {QStringLiteral("check-listener"),
         QCoreApplication::translate("Cli",
                                     "Also run the envelope against the running listener from --ip "
                                     "(up to RCPT, then RSET: no message is sent) and say whether it "
                                     "agrees with the database. Exit 1 when it does not.")});
    parser.addOption(
        {QStringLiteral("password-stdin"),
         QCoreApplication::translate(
             "Cli", "With --check-listener and --auth: the password of USER, from standard input.")});
}

int ExplainCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("ip")))
        return context.usageError(QCoreApplication::translate("Cli", "explain needs --ip IP"));
    QHostAddress client;
    if (!parseIpAddress(parser.value(QStringLiteral("ip")), &client))
        return context.usageError(QCoreApplication::translate("Cli", "--ip %1 is not an IPv4 or IPv6 address")
                                      .arg(parser.value(QStringLiteral("ip"))));
    const QStringList to = parser.values(QStringLiteral("to"));
    if (to.isEmpty())
        return context.usageError(QCoreApplication::translate("Cli", "explain needs at least one --to ADDR"));
    const bool checkListener = parser.isSet(QStringLiteral("check-listener"));
    QString password;
    if (checkListener) {
        if (const QString problem = liveCheckSourceProblem(client); !problem.isEmpty())
            return context.usageError(problem);
        if (parser.isSet(QStringLiteral("auth")) && !parser.isSet(QStringLiteral("password-stdin")))
            return context.usageError(QCoreApplication::translate(
                "Cli",
                "--check-listener with --auth needs the password (--password-stdin): the live check "
                "really authenticates"));
        if (parser.isSet(QStringLiteral("password-stdin")))
            password = context.in().readLine();
    }
    SessionFacts facts;
    facts.client = client;
    facts.tls = parser.isSet(QStringLiteral("tls"));
    facts.authenticatedUser = parser.value(QStringLiteral("auth"));
    if (parser.isSet(QStringLiteral("at"))) {
        facts.now = parseUtcTime(parser.value(QStringLiteral("at")));
        if (!facts.now.isValid())
            return context.usageError(
                QCoreApplication::translate("Cli", "--at %1 is not a UTC time such as 2027-02-01T00:00:00Z")
                    .arg(parser.value(QStringLiteral("at"))));
    }

    Config config;
    int revision = 0;
    if (const int code = context.loadConfig(&config, &revision); code != ExitOk)
        return code;
    int index = 0;
    if (parser.isSet(QStringLiteral("vs"))) {
        index = config.virtualServerIndex(parser.value(QStringLiteral("vs")));
        if (index < 0) {
            QStringList names;
            for (const VirtualServer &vs : config.virtualServers)
                names << QLatin1Char('"') + vs.name + QLatin1Char('"');
            return context.usageError(
                QCoreApplication::translate("Cli", "there is no virtual server \"%1\" (there are: %2)")
                    .arg(parser.value(QStringLiteral("vs")), names.join(QStringLiteral(", "))));
        }
    } else if (config.virtualServers.size() != 1) {
        return context.usageError(
            QCoreApplication::translate("Cli", "there are %1 virtual servers: name one with --vs NAME")
                .arg(config.virtualServers.size()));
    }

    const RelayPolicy policy(config, index, facts.now);
    if (parser.isSet(QStringLiteral("client-name")))
        facts.verifiedHostName = parser.value(QStringLiteral("client-name")).toLower();
    else if (parser.isSet(QStringLiteral("resolve")))
        facts.verifiedHostName = resolveName(client, parser.value(QStringLiteral("nameserver")));

    const QString from =
        parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : QStringLiteral("<>");
    const RelayPolicy::Evaluation e = policy.evaluate(facts, from, to);
    const QList<ExplainStep> steps = explainSteps(e, from, to);
    const bool refused = isRefused(e);
    std::optional<LiveCheck> live;
    if (checkListener)
        live = runLiveCheck(policy, facts, password, from, to, e);
    const int exitCode = live && live->exitCode() != ExitOk ? live->exitCode()
        : refused                                           ? ExitNegative
                                                            : ExitOk;

    if (context.json()) {
        QJsonArray stages;
        for (const ExplainStep &step : steps)
            stages.append(stageJson(step.stage, step.command, step.decision));
        QJsonObject o{{QStringLiteral("virtualServer"), policy.server().name},
                      {QStringLiteral("revision"), revision},
                      {QStringLiteral("client"), client.toString()},
                      {QStringLiteral("clientName"), facts.verifiedHostName},
                      {QStringLiteral("authenticatedUser"), facts.authenticatedUser},
                      {QStringLiteral("tls"), facts.tls},
                      {QStringLiteral("refused"), refused},
                      {QStringLiteral("stages"), stages}};
        if (live)
            o.insert(QStringLiteral("listener"), live->toJson());
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return exitCode;
    }
    QTextStream &out = context.out();
    out << QCoreApplication::translate("Cli", "%1 (revision %2), client %3%4%5%6")
               .arg(policy.server().name)
               .arg(revision)
               .arg(client.toString(),
                    facts.verifiedHostName.isEmpty()
                        ? QString()
                        : QStringLiteral(" (") + facts.verifiedHostName + QLatin1Char(')'),
                    facts.authenticatedUser.isEmpty()
                        ? QCoreApplication::translate("Cli", ", not authenticated")
                        : QCoreApplication::translate("Cli", ", authenticated as %1")
                              .arg(facts.authenticatedUser),
                    facts.tls ? QCoreApplication::translate("Cli", ", TLS")
                              : QCoreApplication::translate("Cli", ", no TLS"))
        << "\n\n";
    for (const ExplainStep &step : steps)
        printStage(out,
                   step.command.isEmpty() ? QCoreApplication::translate("Cli", "(connect)") : step.command,
                   step.decision);
    out << '\n'
        << (refused ? QCoreApplication::translate("Cli", "Verdict: refused — see the replies above.")
                    : QCoreApplication::translate("Cli", "Verdict: every recipient is accepted."))
        << Qt::endl;
    if (live)
        printLiveCheck(out, *live, revision);
    return exitCode;
}

} // namespace RelayDesk

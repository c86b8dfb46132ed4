#include "commands.h"

#include "accesslist.h"
#include "clientsupport.h"
#include "interruptnotifier.h"
#include "relaytest.h"
#include "relaytestplan.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace RelayDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

RelayTestCommand::RelayTestCommand()
    : Command(QStringLiteral("relay-test"),
              QStringLiteral("relay-test [--vs NAME] [--source-address IP] [--report FILE.html|FILE.txt] "
                             "[--foreign-domain DOMAIN] [--timeout SECONDS]"),
              QCoreApplication::translate(
                  "Cli",
                  "The open-relay self-test: classic relay attempts against the running listener, each in "
                  "its own session from an address that is not on the relay list; never sends a message. "
                  "Exit 0 when every attempt is refused, 1 when any relay got through, 3 when the "
                  "listener cannot be reached."))
{ }

void RelayTestCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("vs"), tr("Virtual server NAME (default: the only one)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("source-address"),
                      tr("Test from IP, a local address that the relay list does not admit (default: a "
                         "127.0.0.x address chosen with the relay rules)."),
                      QStringLiteral("IP")});
    parser.addOption({QStringLiteral("report"),
                      tr("Write the report with every transcript to FILE (HTML for .html/.htm, else text)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("foreign-domain"),
                      tr("The foreign DOMAIN of the relay attempts (default relaytest.invalid)."),
                      QStringLiteral("DOMAIN")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for each answer (default 30)."),
                      QStringLiteral("SECONDS")});
}

int RelayTestCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    int timeoutSeconds = 30;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > 3600)
            return context.usageError(tr("--timeout takes 1 to 3600 seconds"));
    }
    const QString foreignDomain = parser.isSet(QStringLiteral("foreign-domain"))
        ? parser.value(QStringLiteral("foreign-domain")).trimmed().toLower()
        : RelayTestDefaultForeignDomain;
    if (!Validation::isDomainName(foreignDomain))
        return context.usageError(tr("--foreign-domain needs a domain name such as relaytest.invalid"));

    Config config;
    int revision = 0;
    if (const int code = context.loadConfig(&config, &revision); code != ExitOk)
        return code;
    int index = -1;
    if (const int code = findVirtualServer(context, config, parser.value(QStringLiteral("vs")), &index);
        code != ExitOk)
        return code;
    const RelayPolicy policy(config, index);
    const VirtualServer &vs = policy.server();
    const ServerTarget target = relayTestTarget(vs);
    if (!target.isValid())
        return context.usageError(tr("the virtual server \"%1\" has no binding").arg(vs.name));
    const QHostAddress server(target.host);

    QTextStream &out = context.out();
    const bool json = context.json();
    // The client: an address that connection control lets in and the relay list does not admit.
    QHostAddress source;
    if (parser.isSet(QStringLiteral("source-address"))) {
        const QString text = parser.value(QStringLiteral("source-address"));
        if (!parseIpAddress(text, &source))
            return context.usageError(tr("--source-address %1 is not an IPv4 or IPv6 address").arg(text));
        switch (relayTestSourceProblem(policy, source)) {
        case RelayTestSourceProblem::None:
            break;
        case RelayTestSourceProblem::NotLocal:
            return context.usageError(
                tr("--source-address %1 is not an address of this machine: the test binds "
                   "it as the client's address (any 127.x.y.z works on Linux)")
                    .arg(text));
        case RelayTestSourceProblem::Trusted:
            return context.usageError(
                tr("%1 may relay through %2 (the relay restrictions admit it), so the test "
                   "would prove nothing: choose an address the relay list does not admit, "
                   "or leave --source-address out")
                    .arg(source.toString(), vs.name));
        }
    } else {
        QString why;
        source = pickUnlistedLoopbackSource(policy, server, &why);
        if (source.isNull())
            return context.usageError(tr("no client address to test from: %1").arg(why));
    }

    const RelayTestPlan plan = planRelayTest(config, index, source, foreignDomain, timeoutSeconds * 1000);
    if (plan.sourceMayRelay && !json)
        context.err() << tr("warning: the relay restrictions of %1 let %2 relay without authenticating: "
                            "expect the attempts to get through")
                             .arg(vs.name, source.toString())
                      << Qt::endl;
    const QList<RelayTestCase> &cases = plan.cases;

    if (!json)
        out << tr("Open-relay self-test of %1 (%2 port %3, revision %4) from %5: %6 relay attempts, each in "
                  "its "
                  "own session; no message is sent.")
                   .arg(vs.name, target.host)
                   .arg(target.port)
                   .arg(revision)
                   .arg(source.toString())
                   .arg(cases.size())
            << "\n\n"
            << Qt::flush;

    RelayTestRunner runner;
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &runner, &RelayTestRunner::cancel);
    const int total = int(cases.size());
    const int width = int(QString::number(total).size());
    if (!json)
        QObject::connect(&runner, &RelayTestRunner::caseFinished, &runner,
                         [&out, total, width](int i, const RelayTestCaseResult &r) {
                             out << QStringLiteral("[%1/%2] ").arg(i + 1, width).arg(total)
                                 << RelayTestCaseResult::verdictText(r.verdict).leftJustified(15) << ' '
                                 << r.testCase.title << '\n'
                                 << QStringLiteral("        RCPT TO:<%1>  → %2")
                                        .arg(r.testCase.to, r.reply.isEmpty() ? r.note : r.reply)
                                 << Qt::endl;
                         });
    const RelayTestReport report = runner.exec(plan.session, cases, plan.header);

    int code = ExitOk;
    if (report.unreachable)
        code = ExitEnvironment;
    else if (!report.closed())
        code = ExitNegative;

    if (parser.isSet(QStringLiteral("report"))) {
        QString error;
        if (!report.write(parser.value(QStringLiteral("report")), &error))
            return context.environmentError(error);
    }
    if (json) {
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        return code;
    }
    out << '\n' << report.summary() << '\n';
    for (const RelayTestCaseResult &r : report.results) {
        if (r.verdict == RelayTestCaseResult::Verdict::Relayed)
            out << "  "
                << tr("relayed: %1 (%2): RCPT TO:<%3> → %4")
                       .arg(r.testCase.title, r.testCase.id, r.testCase.to, r.reply)
                << '\n';
        else if (r.verdict == RelayTestCaseResult::Verdict::Inconclusive)
            out << "  " << tr("inconclusive: %1 (%2): %3").arg(r.testCase.title, r.testCase.id, r.note)
                << '\n';
        if (r.disagrees())
            out << "  "
                << tr("%1: the database says %2, the listener answered %3 (see relaydeskctl status)")
                       .arg(r.testCase.id, r.testCase.expectedReply, r.reply)
                << '\n';
    }
    if (parser.isSet(QStringLiteral("report")))
        out << tr("Report: %1").arg(parser.value(QStringLiteral("report"))) << '\n';
    out.flush();
    return code;
}

} // namespace RelayDesk

#include "commands.h"

#include "accesslist.h"
#include "clientsupport.h"
#include "explainenvelope.h"
#include "interruptnotifier.h"
#include "refusalexplainer.h"
#include "servertarget.h"
#include "smtpclient.h"
#include "testmessage.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace RelayDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString replyOf(const SmtpReply &reply)
{
    return replyToString(reply);
}

} // namespace

TestSendCommand::TestSendCommand()
    : Command(QStringLiteral("test-send"),
              QStringLiteral("test-send --host H [--port P] | --vs NAME [--source-address IP] "
                             "[--starttls|--require-tls] [--insecure] [--user U --password-stdin] "
                             "--from ADDR --to ADDR... [--subject S] [--body-file F] [--helo NAME] "
                             "[--probe] [--timeout SECONDS]"),
              QCoreApplication::translate(
                  "Cli",
                  "Send a test message and show the conversation as it happens, then the verdict; a "
                  "refusal by a virtual server of this database is explained. Exit 1 when a recipient "
                  "or the message is refused, 3 when the server cannot be reached."))
{ }

void TestSendCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("host"), tr("The server H (an address or a host name)."), QStringLiteral("H")});
    parser.addOption({QStringLiteral("port"), tr("The port P (default 25)."), QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("vs"),
         tr("Test the virtual server NAME of this database (its first binding; instead of --host)."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("source-address"),
                      tr("Connect from IP, an address of this machine (any 127.x.y.z on Linux)."),
                      QStringLiteral("IP")});
    parser.addOption({QStringLiteral("starttls"), tr("Use STARTTLS when the server offers it.")});
    parser.addOption(
        {QStringLiteral("require-tls"), tr("Use STARTTLS; stop if the server does not offer it.")});
    parser.addOption({QStringLiteral("insecure"),
                      tr("Accept a server certificate that cannot be verified (self-signed).")});
    parser.addOption(
        {QStringLiteral("user"), tr("Authenticate as U (AUTH PLAIN or LOGIN)."), QStringLiteral("U")});
    parser.addOption(
        {QStringLiteral("password-stdin"), tr("Read the password from the first line of standard input.")});
    parser.addOption(
        {QStringLiteral("from"), tr("Sender ADDR (<> for the null sender)."), QStringLiteral("ADDR")});
    parser.addOption(
        {QStringLiteral("to"), tr("Recipient ADDR; repeat for several."), QStringLiteral("ADDR")});
    parser.addOption({QStringLiteral("subject"), tr("Subject S."), QStringLiteral("S")});
    parser.addOption(
        {QStringLiteral("body-file"), tr("The body from file F (UTF-8 text)."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("helo"), tr("The EHLO/HELO NAME (default: this machine's name)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("probe"), tr("Stop after RCPT with RSET: no message is sent.")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for each answer (default 60)."),
                      QStringLiteral("SECONDS")});
}

int TestSendCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    const QString vsName = parser.value(QStringLiteral("vs"));
    if (parser.isSet(QStringLiteral("vs")) == parser.isSet(QStringLiteral("host")))
        return context.usageError(tr("test-send needs either --host H or --vs NAME"));
    if (!parser.isSet(QStringLiteral("from")))
        return context.usageError(tr("test-send needs --from ADDR (<> for the null sender)"));
    const QStringList to = parser.values(QStringLiteral("to"));
    if (to.isEmpty())
        return context.usageError(tr("test-send needs at least one --to ADDR"));
    if (parser.isSet(QStringLiteral("starttls")) && parser.isSet(QStringLiteral("require-tls")))
        return context.usageError(tr("--starttls and --require-tls exclude each other"));
    if (parser.isSet(QStringLiteral("user")) != parser.isSet(QStringLiteral("password-stdin")))
        return context.usageError(tr("--user U needs --password-stdin (and the other way round)"));

    SmtpClientOptions options;
    options.probe = parser.isSet(QStringLiteral("probe"));
    options.heloName = parser.value(QStringLiteral("helo"));
    options.tls = parser.isSet(QStringLiteral("require-tls")) ? TlsMode::Required
        : parser.isSet(QStringLiteral("starttls"))            ? TlsMode::IfOffered
                                                              : TlsMode::Off;
    options.acceptUntrustedCertificate = parser.isSet(QStringLiteral("insecure"));
    if (parser.isSet(QStringLiteral("source-address"))) {
        const QString text = parser.value(QStringLiteral("source-address"));
        if (!parseIpAddress(text, &options.sourceAddress))
            return context.usageError(tr("--source-address %1 is not an IPv4 or IPv6 address").arg(text));
        if (!isBindableSourceAddress(options.sourceAddress))
            return context.usageError(tr("--source-address %1 is not an address of this computer: a test can "
                                         "only be sent from a loopback address (any 127.x.y.z) or an address "
                                         "of one of its interfaces")
                                          .arg(text));
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return context.usageError(tr("--timeout takes 1 to 3600 seconds"));
        options.timeouts.connectMs = options.timeouts.greetingMs = options.timeouts.commandMs =
            options.timeouts.tlsHandshakeMs = seconds * 1000;
        options.timeouts.dataEndMs = 2 * seconds * 1000;
    }
    // With or without angle brackets, as an administrator copies them from a log or a bounce.
    options.from = unbracketedPath(parser.value(QStringLiteral("from")).trimmed());
    for (const QString &address : to)
        options.to.append(unbracketedPath(address.trimmed()));
    if (parser.isSet(QStringLiteral("user"))) {
        options.user = parser.value(QStringLiteral("user"));
        options.password = context.in().readLine();
        if (options.password.isEmpty())
            return context.usageError(tr("--password-stdin: standard input has no password"));
    }

    // The target, and the database's view of it for the explanation.
    Config config;
    std::optional<int> vsIndex;
    if (parser.isSet(QStringLiteral("vs"))) {
        int revision = 0;
        if (const int code = context.loadConfig(&config, &revision); code != ExitOk)
            return code;
        int index = -1;
        if (const int code = findVirtualServer(context, config, vsName, &index); code != ExitOk)
            return code;
        const ServerTarget target = localTargetOf(config.virtualServers.at(index));
        if (!target.isValid())
            return context.usageError(tr("the virtual server \"%1\" has no binding").arg(vsName));
        options.host = target.host;
        options.port = target.port;
        vsIndex = index;
    } else {
        options.host = parser.value(QStringLiteral("host")).trimmed();
        options.port = 25;
        if (parser.isSet(QStringLiteral("port"))) {
            bool ok = false;
            const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return context.usageError(
                    tr("--port %1 is not a port number (1-65535)").arg(parser.value(QStringLiteral("port"))));
            options.port = quint16(port);
        }
        int revision = 0;
        if (QFileInfo::exists(context.databasePath())) {
            ConfigStore *store = context.store(false);
            QString ignored;
            if (store && store->load(&config, &revision, &ignored)) {
                if (const int index = localVirtualServerAt(config, options.host, options.port); index >= 0)
                    vsIndex = index;
            }
        }
    }

    TestMessage message;
    message.from = options.from;
    message.to = options.to;
    message.subject = parser.value(QStringLiteral("subject"));
    if (parser.isSet(QStringLiteral("body-file"))) {
        QFile file(parser.value(QStringLiteral("body-file")));
        if (!file.open(QIODevice::ReadOnly))
            return context.usageError(
                tr("cannot read --body-file %1: %2").arg(file.fileName(), file.errorString()));
        message.body = QString::fromUtf8(file.readAll());
    }
    options.message = message.toBytes();

    SmtpClient client;
    InterruptNotifier interrupt;
    QObject::connect(&interrupt, &InterruptNotifier::interrupted, &client, &SmtpClient::cancel);
    if (!context.json())
        QObject::connect(
            &client, &SmtpClient::transcriptLine, &client,
            [&context](const TranscriptLine &line) { printTranscriptLine(context.out(), line); });
    const SmtpClientResult result = client.exec(options);

    std::unique_ptr<RelayPolicy> policy;
    QList<RefusalExplainer::Explanation> explanations;
    if (vsIndex) {
        policy = std::make_unique<RelayPolicy>(config, *vsIndex);
        explanations = RefusalExplainer(*policy).explain(result, options);
    }

    int code = ExitOk;
    switch (result.outcome) {
    case SmtpClientResult::Outcome::Delivered:
    case SmtpClientResult::Outcome::Probed:
        code = result.allRecipientsAccepted() ? ExitOk : ExitNegative;
        break;
    case SmtpClientResult::Outcome::Refused:
    case SmtpClientResult::Outcome::Cancelled:
        code = ExitNegative;
        break;
    case SmtpClientResult::Outcome::Failed:
        code = ExitEnvironment;
        break;
    }

    if (context.json()) {
        QJsonObject o = result.toJson();
        o.insert(QStringLiteral("host"), options.host);
        o.insert(QStringLiteral("port"), int(options.port));
        if (policy)
            o.insert(QStringLiteral("virtualServer"), policy->server().name);
        QJsonArray list;
        for (const RefusalExplainer::Explanation &e : std::as_const(explanations))
            list.append(QJsonObject{{QStringLiteral("command"), e.command},
                                    {QStringLiteral("reply"), e.actual},
                                    {QStringLiteral("database"), e.expected},
                                    {QStringLiteral("explanation"), e.sentence},
                                    {QStringLiteral("agrees"), e.agrees},
                                    {QStringLiteral("trace"), QJsonArray::fromStringList(e.trace)}});
        o.insert(QStringLiteral("explanations"), list);
        context.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return code;
    }

    QTextStream &out = context.out();
    out << '\n' << result.verdictText() << '\n';
    if (result.outcome == SmtpClientResult::Outcome::Delivered
        || result.outcome == SmtpClientResult::Outcome::Probed
        || result.outcome == SmtpClientResult::Outcome::Refused) {
        for (const SmtpClientResult::Recipient &r : result.recipients) {
            if (r.reply.isValid())
                out << "  " << (r.accepted() ? tr("accepted") : tr("refused")) << "  <" << r.address << ">  "
                    << replyOf(r.reply) << '\n';
        }
    }
    if (policy) {
        for (const RefusalExplainer::Explanation &e : std::as_const(explanations)) {
            out << '\n' << e.command << '\n';
            if (e.agrees) {
                out << "  " << e.sentence << '\n';
            } else {
                out << "  "
                    << tr("The server answered: %1").arg(e.actual.isEmpty() ? tr("(nothing)") : e.actual)
                    << '\n'
                    << "  " << tr("The database says:  %1").arg(e.sentence) << '\n'
                    << "  "
                    << tr("They disagree: the listener may enforce another revision than the database "
                          "(see relaydeskctl status).")
                    << '\n';
            }
        }
    } else if (code == ExitNegative && result.outcome != SmtpClientResult::Outcome::Cancelled) {
        out << tr("The server is not a virtual server of this database, so its reasons are its own: see its "
                  "replies above.")
            << '\n';
    }
    out.flush();
    return code;
}

} // namespace RelayDesk

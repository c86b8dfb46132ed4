#include "commands.h"

#include "configjson.h"
#include "outboundsecrets.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace RelayDesk {
namespace {

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("Cli", "yes") : QCoreApplication::translate("Cli", "no");
}

QString limit(int value, const QString &unit = QString())
{
    return value == 0 ? QCoreApplication::translate("Cli", "no limit") : QString::number(value) + unit;
}

QString listMode(ListMode mode, const char *only, const char *allExcept)
{
    return mode == ListMode::OnlyList ? QCoreApplication::translate("Cli", only)
                                      : QCoreApplication::translate("Cli", allExcept);
}

QString tlsMode(OutboundTls tls)
{
    switch (tls) {
    case OutboundTls::Off:
        return QCoreApplication::translate("Cli", "off");
    case OutboundTls::Opportunistic:
        return QCoreApplication::translate("Cli", "opportunistic (STARTTLS when offered)");
    case OutboundTls::Required:
        return QCoreApplication::translate("Cli", "required");
    }
    return QString();
}

void printEntries(QTextStream &out, const QList<AccessEntry> &entries)
{
    if (entries.isEmpty())
        out << "      " << QCoreApplication::translate("Cli", "(the list is empty)") << '\n';
    for (int i = 0; i < entries.size(); ++i)
        out << "      " << i + 1 << ". " << describeEntry(entries.at(i)) << '\n';
}

void printServer(QTextStream &out, const VirtualServer &vs, const QString &dataDir)
{
    out << '\n'
        << vs.name << (vs.enabled ? QString() : QCoreApplication::translate("Cli", " (disabled)")) << '\n';
    QStringList bindings;
    for (const Binding &b : vs.bindings) {
        const bool all = b.address == QLatin1String("0.0.0.0") || b.address == QLatin1String("::");
        bindings << (all ? QCoreApplication::translate("Cli", "(All Unassigned)") : b.address)
                + QLatin1Char(':') + QString::number(b.port);
    }
    out << "  " << QCoreApplication::translate("Cli", "IP address and port: ")
        << bindings.join(QStringLiteral(", ")) << '\n';
    out << "  " << QCoreApplication::translate("Cli", "FQDN: ")
        << (vs.fqdn.isEmpty() ? QCoreApplication::translate("Cli", "(this host's name)") : vs.fqdn) << '\n';
    out << "  " << QCoreApplication::translate("Cli", "Connections: ") << limit(vs.general.limitConnections)
        << QCoreApplication::translate("Cli", ", time-out ") << vs.general.connectionTimeoutMinutes
        << QCoreApplication::translate("Cli", " min, logging ") << yesNo(vs.general.enableLogging) << '\n';
    const AuthenticationSettings &a = vs.authentication;
    out << "  " << QCoreApplication::translate("Cli", "Authentication: anonymous ") << yesNo(a.anonymous)
        << QCoreApplication::translate("Cli", ", basic ") << yesNo(a.basic)
        << (a.basic && a.basicRequiresTls ? QCoreApplication::translate("Cli", " (requires TLS)") : QString())
        << '\n';
    const SecureCommunication &s = vs.secureCommunication;
    out << "  " << QCoreApplication::translate("Cli", "Certificate: ")
        << (s.certificateFile.isEmpty() ? QCoreApplication::translate("Cli", "none") : s.certificateFile)
        << QCoreApplication::translate("Cli", ", secure channel required ") << yesNo(s.requireSecureChannel)
        << '\n';
    out << "  " << QCoreApplication::translate("Cli", "Connection control: ")
        << listMode(vs.connectionControl.mode, QT_TRANSLATE_NOOP("Cli", "only the list below may connect"),
                    QT_TRANSLATE_NOOP("Cli", "all except the list below may connect"))
        << '\n';
    printEntries(out, vs.connectionControl.entries);
    out << "  " << QCoreApplication::translate("Cli", "Relay restrictions: ")
        << listMode(vs.relayRestrictions.mode, QT_TRANSLATE_NOOP("Cli", "only the list below may relay"),
                    QT_TRANSLATE_NOOP("Cli", "all except the list below may relay"))
        << '\n';
    printEntries(out, vs.relayRestrictions.entries);
    out << "    "
        << QCoreApplication::translate("Cli", "Authenticated computers may relay regardless of the list: ")
        << yesNo(vs.relayRestrictions.allowAuthenticatedRelay) << '\n';
    const MessageLimits &m = vs.messages;
    out << "  " << QCoreApplication::translate("Cli", "Messages: size ")
        << limit(m.maxMessageSizeKb, QCoreApplication::translate("Cli", " KB"))
        << QCoreApplication::translate("Cli", ", session ")
        << limit(m.maxSessionSizeKb, QCoreApplication::translate("Cli", " KB"))
        << QCoreApplication::translate("Cli", ", per connection ") << limit(m.maxMessagesPerConnection)
        << QCoreApplication::translate("Cli", ", recipients ") << limit(m.maxRecipientsPerMessage) << '\n';
    if (!m.ndrCopyTo.isEmpty())
        out << "    " << QCoreApplication::translate("Cli", "Send copy of non-delivery report to: ")
            << m.ndrCopyTo << '\n';
    if (!m.forwardUnresolvedTo.isEmpty())
        out << "    " << QCoreApplication::translate("Cli", "Forward mail with unresolved recipients to: ")
            << m.forwardUnresolvedTo << '\n';
    const DeliverySettings &d = vs.delivery;
    QStringList retry;
    for (int minutes : d.retryMinutes)
        retry << QString::number(minutes);
    out << "  " << QCoreApplication::translate("Cli", "Delivery: retry ") << retry.join(QStringLiteral("/"))
        << QCoreApplication::translate("Cli", " min, delay notification ") << d.delayNotificationMinutes
        << QCoreApplication::translate("Cli", " min, expiration ") << d.expirationMinutes
        << QCoreApplication::translate("Cli", " min, hop count ") << d.maxHopCount << '\n';
    out << "    " << QCoreApplication::translate("Cli", "Smart host: ")
        << (d.smartHost.isEmpty() ? QCoreApplication::translate("Cli", "none")
                                  : d.smartHost + QLatin1Char(':') + QString::number(d.smartHostPort));
    if (d.attemptDirectBeforeSmartHost)
        out << QCoreApplication::translate("Cli", " (direct delivery first)");
    out << '\n';
    if (!d.masqueradeDomain.isEmpty())
        out << "    " << QCoreApplication::translate("Cli", "Masquerade domain: ") << d.masqueradeDomain
            << '\n';
    out << "    " << QCoreApplication::translate("Cli", "Reverse DNS lookup on incoming messages: ")
        << yesNo(d.reverseDnsLookup) << '\n';
    // Whether a password is set comes from the secret store; the password itself is never shown.
    const OutboundSecurity &o = d.outboundSecurity;
    out << "    "
        << (o.authentication == OutboundAuthentication::Basic
                ? QCoreApplication::translate("Cli",
                                              "Outbound security: basic authentication as %1 (%2), TLS %3")
                      .arg(o.userName,
                           OutboundSecrets::isSet(dataDir, vs.name)
                               ? QCoreApplication::translate("Cli", "password set")
                               : QCoreApplication::translate("Cli", "no password"),
                           tlsMode(o.tls))
                : QCoreApplication::translate("Cli", "Outbound security: anonymous, TLS %1")
                      .arg(tlsMode(o.tls)))
        << '\n';
}

} // namespace

ShowCommand::ShowCommand()
    : Command(QStringLiteral("show"), QStringLiteral("show"),
              QCoreApplication::translate("Cli", "Show the configuration."))
{ }

void ShowCommand::setup(QCommandLineParser &) { }

int ShowCommand::execute(CliContext &context, const QCommandLineParser &)
{
    Config config;
    int revision = 0;
    if (const int code = context.loadConfig(&config, &revision); code != ExitOk)
        return code;
    if (context.json()) {
        context.out() << QString::fromUtf8(ConfigJson::write(config));
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << QCoreApplication::translate("Cli", "RelayDesk (%1), revision %2")
               .arg(config.organization)
               .arg(revision)
        << '\n';
    for (const VirtualServer &vs : config.virtualServers)
        printServer(out, vs, context.dataDir());
    out << '\n' << QCoreApplication::translate("Cli", "Recipient Policies") << '\n';
    for (const RecipientPolicy &p : config.recipientPolicies) {
        out << "  " << p.name << QCoreApplication::translate("Cli", " (priority %1)").arg(p.priority) << '\n';
        for (const AddressSpace &a : p.addressSpaces) {
            out << "    " << a.type << ' ' << a.address
                << (a.primary ? QCoreApplication::translate("Cli", " primary") : QString())
                << (a.responsible ? QCoreApplication::translate(
                        "Cli", " — authoritative (this organization is responsible for all mail delivery)")
                                  : QCoreApplication::translate("Cli", " — not authoritative (forwarded)"))
                << '\n';
        }
    }
    out << '\n' << QCoreApplication::translate("Cli", "Recipients") << '\n';
    for (const Recipient &r : config.recipients) {
        out << "  " << r.address;
        if (!r.displayName.isEmpty())
            out << " (" << r.displayName << ')';
        if (!r.forwardTo.isEmpty())
            out << QCoreApplication::translate("Cli", " → forwards to ") << r.forwardTo;
        out << '\n';
    }
    out << '\n' << QCoreApplication::translate("Cli", "SMTP Users") << '\n';
    for (const SmtpUser &u : config.smtpUsers)
        out << "  " << u.name << (u.enabled ? QString() : QCoreApplication::translate("Cli", " (disabled)"))
            << '\n';
    out.flush();
    printProblems(context, QString(),
                  Validation::lint(config) + OutboundSecrets::lint(config, context.dataDir()));
    return ExitOk;
}

} // namespace RelayDesk

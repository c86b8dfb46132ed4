#include "commands.h"

#include "configjson.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace RelayDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString limit(int value, const QString &unit = QString())
{
    return value == 0 ? tr("no limit") : QString::number(value) + unit;
}

QString listMode(ListMode mode, const char *only, const char *allExcept)
{
    return mode == ListMode::OnlyList ? tr(only) : tr(allExcept);
}

void printEntries(QTextStream &out, const QList<AccessEntry> &entries)
{
    if (entries.isEmpty())
        out << "      " << tr("(the list is empty)") << '\n';
    for (int i = 0; i < entries.size(); ++i)
        out << "      " << i + 1 << ". " << describeEntry(entries.at(i)) << '\n';
}

void printServer(QTextStream &out, const VirtualServer &vs)
{
    out << '\n' << vs.name << (vs.enabled ? QString() : tr(" (disabled)")) << '\n';
    QStringList bindings;
    for (const Binding &b : vs.bindings) {
        const bool all = b.address == QLatin1String("0.0.0.0") || b.address == QLatin1String("::");
        bindings << (all ? tr("(All Unassigned)") : b.address) + QLatin1Char(':') + QString::number(b.port);
    }
    out << "  " << tr("IP address and port: ") << bindings.join(QStringLiteral(", ")) << '\n';
    out << "  " << tr("FQDN: ") << (vs.fqdn.isEmpty() ? tr("(this host's name)") : vs.fqdn) << '\n';
    out << "  " << tr("Connections: ") << limit(vs.general.limitConnections) << tr(", time-out ")
        << vs.general.connectionTimeoutMinutes << tr(" min, logging ") << yesNo(vs.general.enableLogging)
        << '\n';
    const AuthenticationSettings &a = vs.authentication;
    out << "  " << tr("Authentication: anonymous ") << yesNo(a.anonymous) << tr(", basic ") << yesNo(a.basic)
        << (a.basic && a.basicRequiresTls ? tr(" (requires TLS)") : QString()) << '\n';
    const SecureCommunication &s = vs.secureCommunication;
    out << "  " << tr("Certificate: ") << (s.certificateFile.isEmpty() ? tr("none") : s.certificateFile)
        << tr(", secure channel required ") << yesNo(s.requireSecureChannel) << '\n';
    out << "  " << tr("Connection control: ")
        << listMode(vs.connectionControl.mode, "only the list below may connect",
                    "all except the list below may connect")
        << '\n';
    printEntries(out, vs.connectionControl.entries);
    out << "  " << tr("Relay restrictions: ")
        << listMode(vs.relayRestrictions.mode, "only the list below may relay",
                    "all except the list below may relay")
        << '\n';
    printEntries(out, vs.relayRestrictions.entries);
    out << "    " << tr("Authenticated computers may relay regardless of the list: ")
        << yesNo(vs.relayRestrictions.allowAuthenticatedRelay) << '\n';
    const MessageLimits &m = vs.messages;
    out << "  " << tr("Messages: size ") << limit(m.maxMessageSizeKb, tr(" KB")) << tr(", session ")
        << limit(m.maxSessionSizeKb, tr(" KB")) << tr(", per connection ")
        << limit(m.maxMessagesPerConnection) << tr(", recipients ") << limit(m.maxRecipientsPerMessage)
        << '\n';
    if (!m.ndrCopyTo.isEmpty())
        out << "    " << tr("Send copy of non-delivery report to: ") << m.ndrCopyTo << '\n';
    if (!m.forwardUnresolvedTo.isEmpty())
        out << "    " << tr("Forward mail with unresolved recipients to: ") << m.forwardUnresolvedTo << '\n';
    const DeliverySettings &d = vs.delivery;
    QStringList retry;
    for (int minutes : d.retryMinutes)
        retry << QString::number(minutes);
    out << "  " << tr("Delivery: retry ") << retry.join(QStringLiteral("/"))
        << tr(" min, delay notification ") << d.delayNotificationMinutes << tr(" min, expiration ")
        << d.expirationMinutes << tr(" min, hop count ") << d.maxHopCount << '\n';
    out << "    " << tr("Smart host: ")
        << (d.smartHost.isEmpty() ? tr("none")
                                  : d.smartHost + QLatin1Char(':') + QString::number(d.smartHostPort));
    if (d.attemptDirectBeforeSmartHost)
        out << tr(" (direct delivery first)");
    out << '\n';
    if (!d.masqueradeDomain.isEmpty())
        out << "    " << tr("Masquerade domain: ") << d.masqueradeDomain << '\n';
    out << "    " << tr("Reverse DNS lookup on incoming messages: ") << yesNo(d.reverseDnsLookup) << '\n';
}

} // namespace

ShowCommand::ShowCommand()
    : Command(QStringLiteral("show"), QStringLiteral("show"),
              QCoreApplication::translate("Cli", "Show the configuration."))
{ }

void ShowCommand::setup(QCommandLineParser &) { }

int ShowCommand::execute(CliContext &context, const QCommandLineParser &)
{
    ConfigStore *store = context.store(false);
    if (!store)
        return ExitEnvironment;
    Config config;
    int revision = 0;
    QString error;
    if (!store->load(&config, &revision, &error))
        return context.environmentError(error);
    if (context.json()) {
        context.out() << QString::fromUtf8(ConfigJson::write(config));
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << tr("RelayDesk (%1), revision %2").arg(config.organization).arg(revision) << '\n';
    for (const VirtualServer &vs : config.virtualServers)
        printServer(out, vs);
    out << '\n' << tr("Recipient Policies") << '\n';
    for (const RecipientPolicy &p : config.recipientPolicies) {
        out << "  " << p.name << tr(" (priority %1)").arg(p.priority) << '\n';
        for (const AddressSpace &a : p.addressSpaces) {
            out << "    " << a.type << ' ' << a.address << (a.primary ? tr(" primary") : QString())
                << (a.responsible
                        ? tr(" — authoritative (this organization is responsible for all mail delivery)")
                        : tr(" — not authoritative (forwarded)"))
                << '\n';
        }
    }
    out << '\n' << tr("Recipients") << '\n';
    for (const Recipient &r : config.recipients) {
        out << "  " << r.address;
        if (!r.displayName.isEmpty())
            out << " (" << r.displayName << ')';
        if (!r.forwardTo.isEmpty())
            out << tr(" → forwards to ") << r.forwardTo;
        out << '\n';
    }
    out << '\n' << tr("SMTP Users") << '\n';
    for (const SmtpUser &u : config.smtpUsers)
        out << "  " << u.name << (u.enabled ? QString() : tr(" (disabled)")) << '\n';
    out.flush();
    printProblems(context, QString(), Validation::lint(config));
    return ExitOk;
}

} // namespace RelayDesk

#include "commands.h"

#include "configjson.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace RelayDesk {
namespace {

// Translated texts of this file, in the "Cli" context that lupdate sees.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}

QString limit(int value, const QString &unit = QString())
{
    return value == 0 ? Text::tr("no limit") : QString::number(value) + unit;
}

QString listMode(ListMode mode, const char *only, const char *allExcept)
{
    return mode == ListMode::OnlyList ? Text::tr(only) : Text::tr(allExcept);
}

void printEntries(QTextStream &out, const QList<AccessEntry> &entries)
{
    if (entries.isEmpty())
        out << "      " << Text::tr("(the list is empty)") << '\n';
    for (int i = 0; i < entries.size(); ++i)
        out << "      " << i + 1 << ". " << describeEntry(entries.at(i)) << '\n';
}

void printServer(QTextStream &out, const VirtualServer &vs)
{
    out << '\n' << vs.name << (vs.enabled ? QString() : Text::tr(" (disabled)")) << '\n';
    QStringList bindings;
    for (const Binding &b : vs.bindings) {
        const bool all = b.address == QLatin1String("0.0.0.0") || b.address == QLatin1String("::");
        bindings << (all ? Text::tr("(All Unassigned)") : b.address) + QLatin1Char(':')
                + QString::number(b.port);
    }
    out << "  " << Text::tr("IP address and port: ") << bindings.join(QStringLiteral(", ")) << '\n';
    out << "  " << Text::tr("FQDN: ") << (vs.fqdn.isEmpty() ? Text::tr("(this host's name)") : vs.fqdn)
        << '\n';
    out << "  " << Text::tr("Connections: ") << limit(vs.general.limitConnections) << Text::tr(", time-out ")
        << vs.general.connectionTimeoutMinutes << Text::tr(" min, logging ")
        << yesNo(vs.general.enableLogging) << '\n';
    const AuthenticationSettings &a = vs.authentication;
    out << "  " << Text::tr("Authentication: anonymous ") << yesNo(a.anonymous) << Text::tr(", basic ")
        << yesNo(a.basic) << (a.basic && a.basicRequiresTls ? Text::tr(" (requires TLS)") : QString())
        << '\n';
    const SecureCommunication &s = vs.secureCommunication;
    out << "  " << Text::tr("Certificate: ")
        << (s.certificateFile.isEmpty() ? Text::tr("none") : s.certificateFile)
        << Text::tr(", secure channel required ") << yesNo(s.requireSecureChannel) << '\n';
    out << "  " << Text::tr("Connection control: ")
        << listMode(vs.connectionControl.mode, "only the list below may connect",
                    "all except the list below may connect")
        << '\n';
    printEntries(out, vs.connectionControl.entries);
    out << "  " << Text::tr("Relay restrictions: ")
        << listMode(vs.relayRestrictions.mode, "only the list below may relay",
                    "all except the list below may relay")
        << '\n';
    printEntries(out, vs.relayRestrictions.entries);
    out << "    " << Text::tr("Authenticated computers may relay regardless of the list: ")
        << yesNo(vs.relayRestrictions.allowAuthenticatedRelay) << '\n';
    const MessageLimits &m = vs.messages;
    out << "  " << Text::tr("Messages: size ") << limit(m.maxMessageSizeKb, Text::tr(" KB"))
        << Text::tr(", session ") << limit(m.maxSessionSizeKb, Text::tr(" KB"))
        << Text::tr(", per connection ") << limit(m.maxMessagesPerConnection) << Text::tr(", recipients ")
        << limit(m.maxRecipientsPerMessage) << '\n';
    if (!m.ndrCopyTo.isEmpty())
        out << "    " << Text::tr("Send copy of non-delivery report to: ") << m.ndrCopyTo << '\n';
    if (!m.forwardUnresolvedTo.isEmpty())
        out << "    " << Text::tr("Forward mail with unresolved recipients to: ") << m.forwardUnresolvedTo
            << '\n';
    const DeliverySettings &d = vs.delivery;
    QStringList retry;
    for (int minutes : d.retryMinutes)
        retry << QString::number(minutes);
    out << "  " << Text::tr("Delivery: retry ") << retry.join(QStringLiteral("/"))
        << Text::tr(" min, delay notification ") << d.delayNotificationMinutes
        << Text::tr(" min, expiration ") << d.expirationMinutes << Text::tr(" min, hop count ")
        << d.maxHopCount << '\n';
    out << "    " << Text::tr("Smart host: ")
        << (d.smartHost.isEmpty() ? Text::tr("none")
                                  : d.smartHost + QLatin1Char(':') + QString::number(d.smartHostPort));
    if (d.attemptDirectBeforeSmartHost)
        out << Text::tr(" (direct delivery first)");
    out << '\n';
    if (!d.masqueradeDomain.isEmpty())
        out << "    " << Text::tr("Masquerade domain: ") << d.masqueradeDomain << '\n';
    out << "    " << Text::tr("Reverse DNS lookup on incoming messages: ") << yesNo(d.reverseDnsLookup)
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
    out << Text::tr("RelayDesk (%1), revision %2").arg(config.organization).arg(revision) << '\n';
    for (const VirtualServer &vs : config.virtualServers)
        printServer(out, vs);
    out << '\n' << Text::tr("Recipient Policies") << '\n';
    for (const RecipientPolicy &p : config.recipientPolicies) {
        out << "  " << p.name << Text::tr(" (priority %1)").arg(p.priority) << '\n';
        for (const AddressSpace &a : p.addressSpaces) {
            out << "    " << a.type << ' ' << a.address << (a.primary ? Text::tr(" primary") : QString())
                << (a.responsible ? Text::tr(
                        " — authoritative (this organization is responsible for all mail delivery)")
                                  : Text::tr(" — not authoritative (forwarded)"))
                << '\n';
        }
    }
    out << '\n' << Text::tr("Recipients") << '\n';
    for (const Recipient &r : config.recipients) {
        out << "  " << r.address;
        if (!r.displayName.isEmpty())
            out << " (" << r.displayName << ')';
        if (!r.forwardTo.isEmpty())
            out << Text::tr(" → forwards to ") << r.forwardTo;
        out << '\n';
    }
    out << '\n' << Text::tr("SMTP Users") << '\n';
    for (const SmtpUser &u : config.smtpUsers)
        out << "  " << u.name << (u.enabled ? QString() : Text::tr(" (disabled)")) << '\n';
    out.flush();
    printProblems(context, QString(), Validation::lint(config));
    return ExitOk;
}

} // namespace RelayDesk

#include "validation.h"

#include "accesslist.h"
#include "mailaddress.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace RelayDesk {
namespace {

// Translated texts of this file, in the "Validation" context that lupdate sees.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

QString at(const QString &path, int i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString field(const QString &path, const char *name)
{
    return path + QLatin1Char('.') + QLatin1String(name);
}

class Collector
{
public:
    explicit Collector(Problem::Severity severity)
        : m_severity(severity)
    { }
    void add(const QString &path, const QString &message) { m_problems.append({m_severity, path, message}); }
    QList<Problem> take() { return std::move(m_problems); }

    // Text a person reads back in lists and logs: no control characters, a sane length.
    void text(const QString &path, const QString &value, int maxLength)
    {
        if (value.size() > maxLength) {
            add(path,
                Text::tr("the text is %1 characters long; at most %2 are allowed")
                    .arg(value.size())
                    .arg(maxLength));
            return;
        }
        const auto control = std::find_if(value.cbegin(), value.cend(), [](QChar ch) {
            return ch.unicode() < 0x20 || (ch.unicode() >= 0x7f && ch.unicode() < 0xa0);
        });
        if (control != value.cend())
            add(path,
                Text::tr("the text contains the control character U+%1 at position %2")
                    .arg(int(control->unicode()), 4, 16, QLatin1Char('0'))
                    .arg(int(control - value.cbegin()) + 1));
    }

    void range(const QString &path, int value, int min, int max)
    {
        if (value < min || value > max)
            add(path, Text::tr("%1 is out of range (%2 to %3)").arg(value).arg(min).arg(max));
    }

private:
    Problem::Severity m_severity;
    QList<Problem> m_problems;
};

// A DNS host or domain name: labels of letters, digits and hyphens (not at either end),
// at most 63 octets each, 255 in all; one trailing dot allowed.
bool isValidDomainName(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.size() > 255)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    return true;
}

bool isIpAddress(const QString &text)
{
    QHostAddress ignored;
    return parseIpAddress(text, &ignored);
}

// A smart host or forwarding host: a DNS name or an address literal in brackets.
bool isValidHost(const QString &host)
{
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return isIpAddress(host.mid(1, host.size() - 2));
    return isValidDomainName(host);
}

bool isUnspecified(const QHostAddress &a)
{
    return a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6);
}

void validateEntries(Collector &c, const QString &path, const QList<AccessEntry> &entries)
{
    for (int i = 0; i < entries.size(); ++i) {
        const AccessEntry &e = entries.at(i);
        const QString p = at(path, i);
        c.text(field(p, "comment"), e.comment, 1024);
        switch (e.type) {
        case AccessEntryType::Single:
            if (!isIpAddress(e.address))
                c.add(field(p, "address"), Text::tr("%1 is not an IPv4 or IPv6 address").arg(e.address));
            break;
        case AccessEntryType::Group: {
            QHostAddress address;
            if (!parseIpAddress(e.address, &address)) {
                c.add(field(p, "address"), Text::tr("%1 is not an IPv4 or IPv6 address").arg(e.address));
                break;
            }
            const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
            if (e.prefixLength >= 0 || e.mask.isEmpty()) {
                const int max = v4 ? 32 : 128;
                if (e.prefixLength < 0 || e.prefixLength > max)
                    c.add(field(p, "prefixLength"),
                          Text::tr("%1 is not a prefix length for %2 (0 to %3)")
                              .arg(e.prefixLength)
                              .arg(v4 ? Text::tr("IPv4") : Text::tr("IPv6"))
                              .arg(max));
            } else if (!v4) {
                c.add(field(p, "mask"),
                      Text::tr("a dotted netmask applies only to IPv4; use prefixLength for %1")
                          .arg(e.address));
            } else if (netmaskPrefixLength(e.mask) < 0) {
                c.add(field(p, "mask"), Text::tr("%1 is not a contiguous netmask").arg(e.mask));
            }
            break;
        }
        case AccessEntryType::Domain:
            if (!isValidDomainName(e.name))
                c.add(field(p, "name"), Text::tr("\"%1\" is not a DNS domain name").arg(e.name));
            break;
        }
    }
}

// The user name goes into AUTH PLAIN and LOGIN: no control characters (PLAIN separates with NUL),
// and a length every SMTP server accepts. The password is not in the configuration: whether one
// is set is the secret store's to say (OutboundSecrets::lint), and never blocks an import.
void validateOutboundSecurity(Collector &c, const QString &p, const OutboundSecurity &s)
{
    c.text(field(p, "userName"), s.userName, 256);
    if (s.authentication == OutboundAuthentication::Basic) {
        if (s.userName.isEmpty())
            c.add(field(p, "userName"), Text::tr("basic authentication needs a user name"));
        return;
    }
    if (!s.userName.isEmpty())
        c.add(field(p, "userName"), Text::tr("anonymous access sends no user name; leave it empty"));
}

void validateServer(Collector &c, const QString &p, const VirtualServer &vs)
{
    if (vs.name.trimmed().isEmpty())
        c.add(field(p, "name"), Text::tr("the name is empty"));
    c.text(field(p, "name"), vs.name, 256);
    c.text(field(p, "secureCommunication.certificateFile"), vs.secureCommunication.certificateFile, 4096);
    c.text(field(p, "secureCommunication.privateKeyFile"), vs.secureCommunication.privateKeyFile, 4096);
    if (vs.enabled && vs.bindings.isEmpty())
        c.add(field(p, "bindings"),
              Text::tr("an enabled virtual server needs at least one IP address and port"));
    QSet<QString> seen;
    for (int i = 0; i < vs.bindings.size(); ++i) {
        const Binding &b = vs.bindings.at(i);
        const QString bp = at(field(p, "bindings"), i);
        if (!isIpAddress(b.address))
            c.add(field(bp, "address"), Text::tr("%1 is not an IPv4 or IPv6 address").arg(b.address));
        c.range(field(bp, "port"), b.port, 1, 65535);
        const QString key = b.address + QLatin1Char('|') + QString::number(b.port);
        if (seen.contains(key))
            c.add(bp, Text::tr("%1 port %2 is listed twice").arg(b.address).arg(b.port));
        seen.insert(key);
    }
    if (!vs.fqdn.isEmpty() && !isValidDomainName(vs.fqdn))
        c.add(field(p, "fqdn"), Text::tr("\"%1\" is not a fully-qualified domain name").arg(vs.fqdn));

    c.range(field(p, "general.limitConnections"), vs.general.limitConnections, 0, 2000000000);
    c.range(field(p, "general.connectionTimeoutMinutes"), vs.general.connectionTimeoutMinutes, 1, 1440);

    if (!vs.authentication.defaultDomain.isEmpty() && !isValidDomainName(vs.authentication.defaultDomain))
        c.add(field(p, "authentication.defaultDomain"),
              Text::tr("\"%1\" is not a DNS domain name").arg(vs.authentication.defaultDomain));

    const SecureCommunication &sc = vs.secureCommunication;
    if (sc.certificateFile.isEmpty() != sc.privateKeyFile.isEmpty())
        c.add(field(p,
                    sc.certificateFile.isEmpty() ? "secureCommunication.certificateFile"
                                                 : "secureCommunication.privateKeyFile"),
              Text::tr("a certificate needs its private key, and a private key its certificate"));
    if (sc.requireSecureChannel && sc.certificateFile.isEmpty())
        c.add(field(p, "secureCommunication.requireSecureChannel"),
              Text::tr("a secure channel cannot be required without a certificate"));

    validateEntries(c, field(p, "connectionControl.entries"), vs.connectionControl.entries);
    validateEntries(c, field(p, "relayRestrictions.entries"), vs.relayRestrictions.entries);

    const MessageLimits &m = vs.messages;
    c.range(field(p, "messages.maxMessageSizeKb"), m.maxMessageSizeKb, 0, 2097151);
    c.range(field(p, "messages.maxSessionSizeKb"), m.maxSessionSizeKb, 0, 2097151);
    c.range(field(p, "messages.maxMessagesPerConnection"), m.maxMessagesPerConnection, 0, 1000000);
    c.range(field(p, "messages.maxRecipientsPerMessage"), m.maxRecipientsPerMessage, 0, 1000000);
    if (m.maxSessionSizeKb > 0 && m.maxMessageSizeKb > m.maxSessionSizeKb)
        c.add(field(p, "messages.maxSessionSizeKb"),
              Text::tr("the session size limit (%1 KB) is smaller than the message size limit (%2 KB)")
                  .arg(m.maxSessionSizeKb)
                  .arg(m.maxMessageSizeKb));
    if (!m.ndrCopyTo.isEmpty()) {
        const MailPath ndr = parseMailbox(m.ndrCopyTo);
        if (!ndr.valid)
            c.add(field(p, "messages.ndrCopyTo"),
                  Text::tr("\"%1\" is not an e-mail address: %2").arg(m.ndrCopyTo, ndr.error));
    }
    if (!m.forwardUnresolvedTo.isEmpty() && !isValidHost(m.forwardUnresolvedTo))
        c.add(field(p, "messages.forwardUnresolvedTo"),
              Text::tr("\"%1\" is not a host name or an address in brackets").arg(m.forwardUnresolvedTo));

    const DeliverySettings &d = vs.delivery;
    if (d.retryMinutes.size() != 4)
        c.add(field(p, "delivery.retryMinutes"),
              Text::tr("expected 4 intervals (first, second, third, subsequent), found %1")
                  .arg(d.retryMinutes.size()));
    for (int i = 0; i < d.retryMinutes.size(); ++i)
        c.range(at(field(p, "delivery.retryMinutes"), i), d.retryMinutes.at(i), 1, 9999);
    c.range(field(p, "delivery.delayNotificationMinutes"), d.delayNotificationMinutes, 1, 99999);
    c.range(field(p, "delivery.expirationMinutes"), d.expirationMinutes, 1, 99999);
    c.range(field(p, "delivery.maxHopCount"), d.maxHopCount, 10, 256);
    if (!d.masqueradeDomain.isEmpty() && !isValidDomainName(d.masqueradeDomain))
        c.add(field(p, "delivery.masqueradeDomain"),
              Text::tr("\"%1\" is not a DNS domain name").arg(d.masqueradeDomain));
    if (!d.smartHost.isEmpty() && !isValidHost(d.smartHost))
        c.add(field(p, "delivery.smartHost"),
              Text::tr("\"%1\" is not a host name or an address in brackets").arg(d.smartHost));
    c.range(field(p, "delivery.smartHostPort"), d.smartHostPort, 1, 65535);
    if (d.attemptDirectBeforeSmartHost && d.smartHost.isEmpty())
        c.add(field(p, "delivery.attemptDirectBeforeSmartHost"),
              Text::tr("there is no smart host to fall back to"));
    validateOutboundSecurity(c, field(p, "delivery.outboundSecurity"), d.outboundSecurity);
}

// "@corp.example" -> "corp.example"; "@*.corp.example" -> "*.corp.example"; empty if malformed.
QString addressSpaceDomain(const QString &address)
{
    if (!address.startsWith(QLatin1Char('@')))
        return QString();
    QString domain = address.mid(1).toLower();
    const bool wildcard = domain.startsWith(QLatin1String("*."));
    if (!isValidDomainName(wildcard ? domain.mid(2) : domain))
        return QString();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    return domain;
}

bool addressSpaceCovers(const QString &spaceDomain, const QString &domain)
{
    if (spaceDomain.startsWith(QLatin1String("*.")))
        return domain.endsWith(spaceDomain.mid(1));
    return domain == spaceDomain;
}

// Why an entry admits a dangerously wide set of clients ("more than a /8 network"), or empty.
// IPv6 groups that cover IPv4-mapped addresses (::ffff:0:0/96) are judged as the IPv4 network
// they admit; a domain entry with a single label admits a whole top-level domain.
QString entryWidth(const AccessEntry &e)
{
    if (e.type == AccessEntryType::Domain) {
        QString name = e.name;
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        return name.contains(QLatin1Char('.')) ? QString()
                                               : Text::tr("every computer whose name ends in .%1").arg(name);
    }
    QHostAddress network;
    int prefix = -1;
    if (e.type != AccessEntryType::Group || !entryNetwork(e, &network, &prefix, nullptr))
        return QString();
    if (network.protocol() == QAbstractSocket::IPv4Protocol)
        return prefix < 8 ? Text::tr("more than a /8 network") : QString();
    static const QHostAddress mappedBase(QStringLiteral("::ffff:0.0.0.0"));
    const bool coversMapped = prefix <= 96 && mappedBase.isInSubnet(network, prefix);
    const bool insideMapped = prefix > 96 && network.isInSubnet(mappedBase, 96);
    if (coversMapped || (insideMapped && prefix - 96 < 8))
        return Text::tr("more than a /8 network of IPv4 clients");
    return prefix < 32 ? Text::tr("more than a /32 network") : QString();
}

void lintOutboundSecurity(Collector &c, const QString &p, const DeliverySettings &d)
{
    const OutboundSecurity &s = d.outboundSecurity;
    if (s.authentication != OutboundAuthentication::Basic)
        return;
    const QString path = field(p, "delivery.outboundSecurity.tls");
    if (s.tls == OutboundTls::Off)
        c.add(path,
              Text::tr("basic authentication to the smart host without TLS: the password crosses the "
                       "network in clear text"));
    else if (s.tls == OutboundTls::Opportunistic)
        c.add(path,
              Text::tr("basic authentication to the smart host with opportunistic TLS: if the smart host "
                       "does not offer STARTTLS (or an attacker removes it) the password crosses the "
                       "network in clear text; choose TLS required"));
    if (d.smartHost.isEmpty())
        c.add(field(p, "delivery.outboundSecurity.authentication"),
              Text::tr("basic authentication is set but there is no smart host: the credentials are sent "
                       "to no one (they are never sent to other domains' mail servers)"));
}

} // namespace

namespace Validation {

bool isDomainName(const QString &name)
{
    return isValidDomainName(name);
}

QList<Problem> validate(const Config &config)
{
    Collector c(Problem::Severity::Error);
    c.text(QStringLiteral("organization"), config.organization, 256);
    QSet<QString> names;
    QHash<QString, QString> bound; // "address|port" -> path of the first enabled server binding it
    for (int i = 0; i < config.virtualServers.size(); ++i) {
        const VirtualServer &vs = config.virtualServers.at(i);
        const QString p = at(QStringLiteral("virtualServers"), i);
        validateServer(c, p, vs);
        if (names.contains(vs.name.toLower()))
            c.add(field(p, "name"), Text::tr("another virtual server is already named \"%1\"").arg(vs.name));
        names.insert(vs.name.toLower());
        if (!vs.enabled)
            continue;
        for (int b = 0; b < vs.bindings.size(); ++b) {
            const Binding &binding = vs.bindings.at(b);
            const QHostAddress address(binding.address);
            for (auto it = bound.cbegin(); it != bound.cend(); ++it) {
                const QString other = it.key().section(QLatin1Char('|'), 0, 0);
                const int otherPort = it.key().section(QLatin1Char('|'), 1).toInt();
                if (otherPort != binding.port || it.value().startsWith(p + QLatin1Char('.')))
                    continue;
                const QHostAddress otherAddress(other);
                if (otherAddress == address || isUnspecified(otherAddress) || isUnspecified(address)) {
                    c.add(at(field(p, "bindings"), b),
                          Text::tr("%1 port %2 is already used by %3")
                              .arg(binding.address)
                              .arg(binding.port)
                              .arg(it.value()));
                    break;
                }
            }
            bound.insert(binding.address + QLatin1Char('|') + QString::number(binding.port),
                         at(field(p, "bindings"), b));
        }
    }

    QSet<QString> policyNames;
    QSet<QString> spaces;
    for (int i = 0; i < config.recipientPolicies.size(); ++i) {
        const RecipientPolicy &policy = config.recipientPolicies.at(i);
        const QString p = at(QStringLiteral("recipientPolicies"), i);
        if (policy.name.trimmed().isEmpty())
            c.add(field(p, "name"), Text::tr("the name is empty"));
        else if (policyNames.contains(policy.name.toLower()))
            c.add(field(p, "name"),
                  Text::tr("another recipient policy is already named \"%1\"").arg(policy.name));
        policyNames.insert(policy.name.toLower());
        c.text(field(p, "name"), policy.name, 256);
        c.text(field(p, "filter"), policy.filter, 4096);
        c.range(field(p, "priority"), policy.priority, 0, 1000000);
        int primaries = 0;
        for (int a = 0; a < policy.addressSpaces.size(); ++a) {
            const AddressSpace &space = policy.addressSpaces.at(a);
            const QString sp = at(field(p, "addressSpaces"), a);
            if (space.type != QLatin1String("SMTP"))
                c.add(field(sp, "type"),
                      Text::tr("\"%1\" is not a supported address type (only \"SMTP\")").arg(space.type));
            const QString domain = addressSpaceDomain(space.address);
            if (domain.isEmpty())
                c.add(field(sp, "address"),
                      Text::tr("\"%1\" is not an SMTP address space (expected @domain or @*.domain)")
                          .arg(space.address));
            else if (spaces.contains(domain))
                c.add(field(sp, "address"),
                      Text::tr("%1 is already in a recipient policy").arg(space.address));
            spaces.insert(domain);
            if (space.primary)
                ++primaries;
        }
        if (primaries > 1)
            c.add(field(p, "addressSpaces"),
                  Text::tr("only one SMTP address can be primary, found %1").arg(primaries));
    }

    QSet<QString> recipients;
    for (int i = 0; i < config.recipients.size(); ++i) {
        const Recipient &r = config.recipients.at(i);
        const QString p = at(QStringLiteral("recipients"), i);
        c.text(field(p, "displayName"), r.displayName, 256);
        const MailPath address = parseMailbox(r.address);
        if (!address.valid || address.isAddressLiteral)
            c.add(field(p, "address"),
                  Text::tr("\"%1\" is not an e-mail address: %2")
                      .arg(r.address,
                           address.valid ? Text::tr("an address literal cannot be a local mailbox")
                                         : address.error));
        else if (recipients.contains(address.address().toLower()))
            c.add(field(p, "address"), Text::tr("%1 is listed twice").arg(r.address));
        recipients.insert(address.address().toLower());
        if (!r.forwardTo.isEmpty()) {
            const MailPath forward = parseMailbox(r.forwardTo);
            if (!forward.valid)
                c.add(field(p, "forwardTo"),
                      Text::tr("\"%1\" is not an e-mail address: %2").arg(r.forwardTo, forward.error));
            else if (forward.address().compare(address.address(), Qt::CaseInsensitive) == 0)
                c.add(field(p, "forwardTo"), Text::tr("a recipient cannot forward to itself"));
        }
    }

    QSet<QString> users;
    static const QRegularExpression userName(QStringLiteral("^[A-Za-z0-9._@+-]{1,64}$"));
    for (int i = 0; i < config.smtpUsers.size(); ++i) {
        const SmtpUser &u = config.smtpUsers.at(i);
        const QString p = at(QStringLiteral("smtpUsers"), i);
        if (!userName.match(u.name).hasMatch())
            c.add(field(p, "name"),
                  Text::tr("\"%1\" is not a user name (1 to 64 letters, digits and . _ @ + -)").arg(u.name));
        else if (users.contains(u.name.toLower()))
            c.add(field(p, "name"), Text::tr("another SMTP user is already named \"%1\"").arg(u.name));
        users.insert(u.name.toLower());
        QString why;
        if (!isValidPasswordHash(u.passwordHash, &why))
            c.add(field(p, "passwordHash"), why);
    }
    return c.take();
}

bool isOpenRelay(const VirtualServer &server, QString *why)
{
    const RelayRestrictions &relay = server.relayRestrictions;
    if (relay.mode == ListMode::AllExceptList) {
        if (why)
            *why = relay.entries.isEmpty()
                ? Text::tr("relay is allowed for all computers (all except the list, and the list is empty)")
                : Text::tr("relay is allowed for all computers except the %n on the list", "",
                           int(relay.entries.size()));
        return true;
    }
    for (int i = 0; i < relay.entries.size(); ++i) {
        const QString width = entryWidth(relay.entries.at(i));
        if (!width.isEmpty()) {
            if (why)
                *why = Text::tr("relay entry %1 (%2) admits %3")
                           .arg(i + 1)
                           .arg(describeEntry(relay.entries.at(i)), width);
            return true;
        }
    }
    return false;
}

QList<Problem> lint(const Config &config)
{
    Collector c(Problem::Severity::Warning);
    if (config.virtualServers.isEmpty())
        c.add(QStringLiteral("virtualServers"),
              Text::tr("there is no virtual server: nothing will accept mail"));
    for (int i = 0; i < config.virtualServers.size(); ++i) {
        const VirtualServer &vs = config.virtualServers.at(i);
        const QString p = at(QStringLiteral("virtualServers"), i);
        QString why;
        if (isOpenRelay(vs, &why))
            c.add(field(p, "relayRestrictions"), Text::tr("open relay: %1").arg(why));
        const auto wide = [&](const QList<AccessEntry> &entries, const QString &path) {
            for (int e = 0; e < entries.size(); ++e) {
                const QString width = entryWidth(entries.at(e));
                if (!width.isEmpty())
                    c.add(at(path, e), Text::tr("%1 admits %2").arg(describeEntry(entries.at(e)), width));
            }
        };
        wide(vs.relayRestrictions.entries, field(p, "relayRestrictions.entries"));
        wide(vs.connectionControl.entries, field(p, "connectionControl.entries"));
        if (vs.authentication.basic && !vs.authentication.basicRequiresTls)
            c.add(
                field(p, "authentication.basicRequiresTls"),
                Text::tr("basic authentication is offered without TLS: passwords cross the network in clear "
                         "text"));
        if (vs.authentication.basic && vs.authentication.basicRequiresTls
            && vs.secureCommunication.certificateFile.isEmpty()
            && vs.relayRestrictions.allowAuthenticatedRelay && !config.smtpUsers.isEmpty())
            c.add(field(p, "secureCommunication.certificateFile"),
                  Text::tr("basic authentication requires TLS but there is no certificate: AUTH is never "
                           "offered"));
        lintOutboundSecurity(c, p, vs.delivery);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int e = 0; e < vs.relayRestrictions.entries.size(); ++e) {
            const AccessEntry &entry = vs.relayRestrictions.entries.at(e);
            if (entry.expires.isValid() && entry.expires <= now)
                c.add(at(field(p, "relayRestrictions.entries"), e),
                      Text::tr("%1 has expired and no longer matches").arg(describeEntry(entry)));
        }
    }

    for (int i = 0; i < config.recipientPolicies.size(); ++i) {
        const RecipientPolicy &policy = config.recipientPolicies.at(i);
        for (int a = 0; a < policy.addressSpaces.size(); ++a) {
            const AddressSpace &space = policy.addressSpaces.at(a);
            const QString domain = addressSpaceDomain(space.address);
            if (domain.isEmpty())
                continue;
            const QString sp = at(field(at(QStringLiteral("recipientPolicies"), i), "addressSpaces"), a);
            // Accepting mail for a whole top-level domain accepts it for everyone's domains.
            const QString base = domain.startsWith(QLatin1String("*.")) ? domain.mid(2) : domain;
            if (!base.contains(QLatin1Char('.')))
                c.add(field(sp, "address"),
                      Text::tr("open relay: %1 accepts mail for every domain under .%2 from any client")
                          .arg(space.address, base));
            if (!space.responsible) {
                for (int v = 0; v < config.virtualServers.size(); ++v) {
                    const VirtualServer &vs = config.virtualServers.at(v);
                    if (vs.messages.forwardUnresolvedTo.isEmpty() && vs.delivery.smartHost.isEmpty())
                        c.add(
                            field(sp, "responsible"),
                            Text::tr(
                                "mail for %1 is accepted from any client, but %2 has no host to forward it "
                                "to (Forward all mail with unresolved recipients to host, or a smart host): "
                                "it would be relayed to the domain's own servers")
                                .arg(space.address, vs.name));
                }
                continue;
            }
            // Authoritative domains with no recipients refuse all mail but postmaster.
            const bool any =
                std::any_of(config.recipients.cbegin(), config.recipients.cend(), [&](const Recipient &r) {
                    const MailPath m = parseMailbox(r.address);
                    return m.valid && addressSpaceCovers(domain, m.domain);
                });
            if (!any)
                c.add(field(sp, "responsible"),
                      Text::tr(
                          "%1 is authoritative but has no recipients: every message to it except postmaster "
                          "is refused with 550 5.1.1")
                          .arg(space.address));
        }
    }
    return c.take();
}

bool isValidPasswordHash(const QString &hash, QString *why)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const QStringList parts = hash.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2-sha256"))
        return fail(Text::tr(
            "not a PBKDF2 hash (expected pbkdf2-sha256$<iterations>$<salt>$<key>); plain passwords are "
            "never stored"));
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < 120000)
        return fail(Text::tr("the hash uses %1 iterations; at least 120000 are required").arg(parts.at(1)));
    const auto salt =
        QByteArray::fromBase64Encoding(parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.size() < 8)
        return fail(Text::tr("the salt is not base64 of at least 8 bytes"));
    static const QRegularExpression key(QStringLiteral("^[0-9a-f]{64}$"));
    if (!key.match(parts.at(3)).hasMatch())
        return fail(Text::tr("the key is not 64 lower-case hexadecimal digits"));
    return true;
}

} // namespace Validation
} // namespace RelayDesk

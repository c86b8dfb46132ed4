#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Value types for the RelayDesk configuration, format "relaydesk-config" version 1.
// Every field of the example configuration (docs/examples/config-v1.example.json) has a member here; the
// default member initialisers are the secure defaults of a new installation (docs/config-format.md).
namespace RelayDesk {

enum class AccessEntryType
{
    Single,
    Group,
    Domain
};

// One entry of a connection-control or relay-restriction list.
struct AccessEntry
{
    AccessEntryType type = AccessEntryType::Single;
    QString address; // single and group: an IPv4 or IPv6 address as written
    QString mask; // group: dotted IPv4 netmask; empty when prefixLength is used
    int prefixLength = -1; // group: prefix length; -1 when mask is used
    QString name; // domain: DNS domain; matches that name and every name below it
    QString comment; // optional
    QDateTime expires; // optional, UTC; invalid means "never expires"

    bool operator==(const AccessEntry &o) const;
    bool operator!=(const AccessEntry &o) const { return !(*this == o); }
};

enum class ListMode
{
    OnlyList, // only the computers on the list
    AllExceptList // all computers except those on the list
};

struct Binding
{
    QString address = QStringLiteral("127.0.0.1"); // "0.0.0.0" or "::" mean (All Unassigned)
    int port = 2525;

    bool operator==(const Binding &o) const { return address == o.address && port == o.port; }
    bool operator!=(const Binding &o) const { return !(*this == o); }
};

struct GeneralSettings
{
    int limitConnections = 500; // 0: no limit
    int connectionTimeoutMinutes = 10;
    bool enableLogging = true;

    bool operator==(const GeneralSettings &o) const;
    bool operator!=(const GeneralSettings &o) const { return !(*this == o); }
};

struct AuthenticationSettings
{
    bool anonymous = true;
    bool basic = true;
    bool basicRequiresTls = true;
    QString defaultDomain;

    bool operator==(const AuthenticationSettings &o) const;
    bool operator!=(const AuthenticationSettings &o) const { return !(*this == o); }
};

struct SecureCommunication
{
    QString certificateFile;
    QString privateKeyFile;
    bool requireSecureChannel = false;

    bool operator==(const SecureCommunication &o) const;
    bool operator!=(const SecureCommunication &o) const { return !(*this == o); }
};

struct ConnectionControl
{
    ListMode mode = ListMode::AllExceptList;
    QList<AccessEntry> entries;

    bool operator==(const ConnectionControl &o) const { return mode == o.mode && entries == o.entries; }
    bool operator!=(const ConnectionControl &o) const { return !(*this == o); }
};

struct RelayRestrictions
{
    ListMode mode = ListMode::OnlyList;
    bool allowAuthenticatedRelay = true;
    QList<AccessEntry> entries;

    bool operator==(const RelayRestrictions &o) const;
    bool operator!=(const RelayRestrictions &o) const { return !(*this == o); }
};

struct MessageLimits
{
    int maxMessageSizeKb = 10240; // 0: no limit
    int maxSessionSizeKb = 0; // 0: no limit
    int maxMessagesPerConnection = 20; // 0: no limit
    int maxRecipientsPerMessage = 200; // 0: no limit
    QString ndrCopyTo;
    QString forwardUnresolvedTo;

    bool operator==(const MessageLimits &o) const;
    bool operator!=(const MessageLimits &o) const { return !(*this == o); }
};

// Delivery ▸ Outbound Security…: how the delivery agent authenticates to the smart host and
// whether it uses STARTTLS (docs/config-format.md). The defaults send no credentials and use
// STARTTLS whenever the peer offers it.
enum class OutboundAuthentication
{
    Anonymous, // no AUTH
    Basic // AUTH PLAIN or LOGIN with userName and the password kept in OutboundSecrets
};

enum class OutboundTls
{
    Off, // never STARTTLS
    Opportunistic, // STARTTLS when offered; clear text otherwise
    Required // STARTTLS must succeed, or the attempt is a temporary failure
};

struct OutboundSecurity
{
    OutboundAuthentication authentication = OutboundAuthentication::Anonymous;
    QString userName; // basic only
    // No password here: it is a secret kept outside the configuration (outboundsecrets.h), so that
    // the database, its history, exports and the listener's snapshot never carry it.
    OutboundTls tls = OutboundTls::Opportunistic;

    bool isDefault() const { return *this == OutboundSecurity{}; }
    bool operator==(const OutboundSecurity &o) const;
    bool operator!=(const OutboundSecurity &o) const { return !(*this == o); }
};

struct DeliverySettings
{
    QList<int> retryMinutes{10, 10, 10, 15}; // first, second, third, subsequent
    int delayNotificationMinutes = 720;
    int expirationMinutes = 2880;
    int maxHopCount = 30;
    QString masqueradeDomain;
    QString smartHost;
    int smartHostPort = 25;
    bool attemptDirectBeforeSmartHost = false;
    bool reverseDnsLookup = false;
    OutboundSecurity outboundSecurity; // written only when it differs from the default

    bool operator==(const DeliverySettings &o) const;
    bool operator!=(const DeliverySettings &o) const { return !(*this == o); }
};

struct VirtualServer
{
    QString name = QStringLiteral("Default SMTP Virtual Server");
    bool enabled = true;
    QList<Binding> bindings{Binding{}};
    QString fqdn; // empty: the host's own name
    GeneralSettings general;
    AuthenticationSettings authentication;
    SecureCommunication secureCommunication;
    ConnectionControl connectionControl;
    RelayRestrictions relayRestrictions;
    MessageLimits messages;
    DeliverySettings delivery;

    bool operator==(const VirtualServer &o) const;
    bool operator!=(const VirtualServer &o) const { return !(*this == o); }
};

struct AddressSpace
{
    QString type = QStringLiteral("SMTP");
    QString address; // "@domain" or "@*.domain"
    bool responsible = true; // authoritative: delivered locally, unknown recipients refused
    bool primary = false;

    bool operator==(const AddressSpace &o) const;
    bool operator!=(const AddressSpace &o) const { return !(*this == o); }
};

struct RecipientPolicy
{
    QString name;
    int priority = 0; // 0 is the highest
    QString filter;
    QList<AddressSpace> addressSpaces;

    bool operator==(const RecipientPolicy &o) const;
    bool operator!=(const RecipientPolicy &o) const { return !(*this == o); }
};

struct Recipient
{
    QString address;
    QString displayName;
    QString forwardTo;

    bool operator==(const Recipient &o) const;
    bool operator!=(const Recipient &o) const { return !(*this == o); }
};

struct SmtpUser
{
    QString name;
    bool enabled = true;
    QString passwordHash; // pbkdf2-sha256$<iterations>$<salt base64>$<key hex>

    bool operator==(const SmtpUser &o) const;
    bool operator!=(const SmtpUser &o) const { return !(*this == o); }
};

struct Config
{
    static constexpr int FormatVersion = 1;

    QString organization = QStringLiteral("First Organization");
    QList<VirtualServer> virtualServers;
    QList<RecipientPolicy> recipientPolicies;
    QList<Recipient> recipients;
    QList<SmtpUser> smtpUsers;

    // The configuration of a new installation: one closed virtual server on 127.0.0.1:2525.
    static Config secureDefault();

    int virtualServerIndex(const QString &name) const; // -1 when absent (case-insensitive)

    bool operator==(const Config &o) const;
    bool operator!=(const Config &o) const { return !(*this == o); }
};

// A UTC time as the configuration writes it: ISO 8601 with a date, a time and "Z" or an explicit
// offset ("2027-01-31T00:00:00Z", "2027-01-31T01:00:00+01:00"); invalid for anything else, so a
// time is never read in the host's local zone.
QDateTime parseUtcTime(const QString &text);
// "2027-01-31T00:00:00Z" (with milliseconds only when there are any).
QString formatUtcTime(const QDateTime &time);

QString listModeName(ListMode mode); // "onlyList" / "allExceptList"
QString accessEntryTypeName(AccessEntryType type); // "single" / "group" / "domain"
QString outboundAuthenticationName(OutboundAuthentication authentication); // "anonymous" / "basic"
QString outboundTlsName(OutboundTls tls); // "off" / "opportunistic" / "required"
// The inverse of the two above; false for any other text.
bool parseOutboundAuthentication(const QString &text, OutboundAuthentication *authentication);
bool parseOutboundTls(const QString &text, OutboundTls *tls);

// "10.30.0.0/24 'web farm'", "apps.corp.example", "10.20.0.15 (expires 2027-01-31 00:00 UTC)"
QString describeEntry(const AccessEntry &entry);

} // namespace RelayDesk

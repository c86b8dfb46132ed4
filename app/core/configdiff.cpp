#include "configdiff.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace RelayDesk {
namespace ConfigDiff {
namespace {

// Objects of a list matched by identity: for every element of `after`, the index of its
// counterpart in `before` (-1: added); the elements of `before` left over were removed.
struct Matching
{
    QList<int> beforeOf; // indexed like `after`
    QList<int> removed; // indices into `before`, ascending
    bool reordered = false; // the matched elements are in a different order
};

template <typename T, typename KeyFn>
Matching match(const QList<T> &before, const QList<T> &after, KeyFn key)
{
    // Equal keys are paired in order of appearance, so duplicates are matched one by one.
    QHash<QString, QList<int>> byKey;
    byKey.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        byKey[key(before.at(i))].append(i);

    Matching m;
    m.beforeOf.reserve(after.size());
    QList<bool> used(before.size(), false);
    int last = -1;
    for (const T &item : after) {
        auto it = byKey.find(key(item));
        if (it == byKey.end() || it->isEmpty()) {
            m.beforeOf.append(-1);
            continue;
        }
        const int b = it->takeFirst();
        used[b] = true;
        m.beforeOf.append(b);
        if (b < last)
            m.reordered = true;
        last = b;
    }
    for (int i = 0; i < before.size(); ++i) {
        if (!used.at(i))
            m.removed.append(i);
    }
    return m;
}

// User text as one line: a line break would split the entry in the history.
QString clean(QString text)
{
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString value(int v)
{
    return QString::number(v);
}

QString value(bool v)
{
    return v ? QCoreApplication::translate("ConfigDiff", "on")
             : QCoreApplication::translate("ConfigDiff", "off");
}

QString value(const QString &v)
{
    if (v.isEmpty())
        return QCoreApplication::translate("ConfigDiff", "(empty)");
    return QLatin1Char('\'') + clean(v) + QLatin1Char('\'');
}

QString value(ListMode v)
{
    return listModeName(v);
}

QString value(OutboundAuthentication v)
{
    return outboundAuthenticationName(v);
}

QString value(OutboundTls v)
{
    return outboundTlsName(v);
}

QString value(const QList<int> &v)
{
    QStringList parts;
    for (int i : v)
        parts.append(QString::number(i));
    return parts.join(QStringLiteral(", "));
}

QString value(const QDateTime &v)
{
    if (!v.isValid())
        return QCoreApplication::translate("ConfigDiff", "never");
    const QDateTime utc = v.toUTC();
    const bool exactMinute = utc.time().second() == 0 && utc.time().msec() == 0;
    return utc.toString(exactMinute ? QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")
                                    : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"));
}

QString bindingText(const Binding &b)
{
    if (b.address.contains(QLatin1Char(':')))
        return QLatin1Char('[') + clean(b.address) + QStringLiteral("]:") + QString::number(b.port);
    return clean(b.address) + QLatin1Char(':') + QString::number(b.port);
}

// The identity of an access-list entry: what it matches, not its comment or expiry.
QString entryKey(const AccessEntry &e)
{
    return accessEntryTypeName(e.type) + QLatin1Char('\n') + e.address.toLower() + QLatin1Char('\n') + e.mask
        + QLatin1Char('\n') + QString::number(e.prefixLength) + QLatin1Char('\n') + e.name.toLower();
}

QString entryText(const AccessEntry &e)
{
    return clean(describeEntry(e));
}

QString entryIdentity(AccessEntry e)
{
    e.comment.clear();
    e.expires = QDateTime();
    return clean(describeEntry(e));
}

class Writer
{
public:
    QStringList take() { return std::move(m_lines); }

    // "<prefix>: <field> <before> → <after>"
    template <typename T>
    void field(const QString &prefix, const char *name, const T &before, const T &after)
    {
        if (before == after)
            return;
        m_lines.append(QCoreApplication::translate("ConfigDiff", "%1: %2 %3 → %4")
                           .arg(prefix, QLatin1String(name), value(before), value(after)));
    }

    void added(const QString &prefix, const QString &what)
    {
        m_lines.append(QCoreApplication::translate("ConfigDiff", "%1: added %2").arg(prefix, what));
    }

    void removed(const QString &prefix, const QString &what)
    {
        m_lines.append(QCoreApplication::translate("ConfigDiff", "%1: removed %2").arg(prefix, what));
    }

    void line(const QString &text) { m_lines.append(text); }

    // A name that differs only in letter case (the objects are matched case-insensitively).
    void renamed(const QString &prefix, const QString &before, const QString &after)
    {
        field(prefix, "name", before, after);
    }

private:
    QStringList m_lines;
};

QString sectionOf(const char *section, const QString &object)
{
    return QCoreApplication::translate("ConfigDiff", "%1 of %2")
        .arg(QCoreApplication::translate("ConfigDiff", section), clean(object));
}

QString itemOf(const QString &section, const QString &object)
{
    return QCoreApplication::translate("ConfigDiff", "%1: %2").arg(section, clean(object));
}

void diffEntries(Writer &w, const QString &prefix, const QList<AccessEntry> &before,
                 const QList<AccessEntry> &after)
{
    const Matching m = match(before, after, entryKey);
    for (int i : m.removed)
        w.removed(prefix, entryText(before.at(i)));
    for (int i = 0; i < after.size(); ++i) {
        const AccessEntry &a = after.at(i);
        const int b = m.beforeOf.at(i);
        if (b < 0) {
            w.added(prefix, entryText(a));
            continue;
        }
        const AccessEntry &old = before.at(b);
        if (old == a)
            continue;
        const QString item = itemOf(prefix, entryIdentity(a));
        w.field(item, "comment", old.comment, a.comment);
        w.field(item, "expires", old.expires, a.expires);
        // Letter case of the address or domain name (they match case-insensitively).
        w.field(item, "address", old.address, a.address);
        w.field(item, "name", old.name, a.name);
    }
    if (m.reordered)
        w.line(QCoreApplication::translate("ConfigDiff", "%1: order of entries changed").arg(prefix));
}

void diffBindings(Writer &w, const QString &prefix, const QList<Binding> &before, const QList<Binding> &after)
{
    const Matching m = match(before, after, bindingText);
    for (int i : m.removed)
        w.removed(prefix,
                  QCoreApplication::translate("ConfigDiff", "IP address %1").arg(bindingText(before.at(i))));
    for (int i = 0; i < after.size(); ++i) {
        if (m.beforeOf.at(i) < 0)
            w.added(prefix,
                    QCoreApplication::translate("ConfigDiff", "IP address %1").arg(bindingText(after.at(i))));
    }
    if (m.reordered)
        w.line(QCoreApplication::translate("ConfigDiff", "%1: order of IP addresses changed").arg(prefix));
}

void diffOutboundSecurity(Writer &w, const QString &prefix, const OutboundSecurity &a,
                          const OutboundSecurity &b)
{
    w.field(prefix, "authentication", a.authentication, b.authentication);
    w.field(prefix, "userName", a.userName, b.userName);
    // The password is not in the configuration (outboundsecrets.h), so it is in no revision's diff.
    w.field(prefix, "tls", a.tls, b.tls);
}

void diffServer(Writer &w, const VirtualServer &a, const VirtualServer &b)
{
    const QString &vs = b.name;

    const QString general = sectionOf(QT_TRANSLATE_NOOP("ConfigDiff", "General"), vs);
    w.renamed(general, a.name, b.name);
    w.field(general, "enabled", a.enabled, b.enabled);
    diffBindings(w, general, a.bindings, b.bindings);
    w.field(general, "limitConnections", a.general.limitConnections, b.general.limitConnections);
    w.field(general, "connectionTimeoutMinutes", a.general.connectionTimeoutMinutes,
            b.general.connectionTimeoutMinutes);
    w.field(general, "enableLogging", a.general.enableLogging, b.general.enableLogging);

    const QString auth = sectionOf(QT_TRANSLATE_NOOP("ConfigDiff", "Authentication"), vs);
    w.field(auth, "anonymous", a.authentication.anonymous, b.authentication.anonymous);
    w.field(auth, "basic", a.authentication.basic, b.authentication.basic);
    w.field(auth, "basicRequiresTls", a.authentication.basicRequiresTls, b.authentication.basicRequiresTls);
    w.field(auth, "defaultDomain", a.authentication.defaultDomain, b.authentication.defaultDomain);

    const QString tls = sectionOf(QT_TRANSLATE_NOOP("ConfigDiff", "Secure Communication"), vs);
    w.field(tls, "certificateFile", a.secureCommunication.certificateFile,
            b.secureCommunication.certificateFile);
    w.field(tls, "privateKeyFile", a.secureCommunication.privateKeyFile,
            b.secureCommunication.privateKeyFile);
    w.field(tls, "requireSecureChannel", a.secureCommunication.requireSecureChannel,
            b.secureCommunication.requireSecureChannel);

    const QString connection = sectionOf(QT_TRANSLATE_NOOP("ConfigDiff", "Connection Control"), vs);
    w.field(connection, "mode", a.connectionControl.mode, b.connectionControl.mode);
    diffEntries(w, connection, a.connectionControl.entries, b.connectionControl.entries);

    const QString relay = sectionOf(QT_TRANSLATE_NOOP("ConfigDiff", "Relay Restrictions"), vs);
    w.field(relay, "mode", a.relayRestrictions.mode, b.relayRestrictions.mode);
    w.field(relay, "allowAuthenticatedRelay", a.relayRestrictions.allowAuthenticatedRelay,
            b.relayRestrictions.allowAuthenticatedRelay);
    diffEntries(w, relay, a.relayRestrictions.entries, b.relayRestrictions.entries);

    const QString messages = sectionOf(QT_TRANSLATE_NOOP("ConfigDiff", "Messages"), vs);
    w.field(messages, "maxMessageSizeKb", a.messages.maxMessageSizeKb, b.messages.maxMessageSizeKb);
    w.field(messages, "maxSessionSizeKb", a.messages.maxSessionSizeKb, b.messages.maxSessionSizeKb);
    w.field(messages, "maxMessagesPerConnection", a.messages.maxMessagesPerConnection,
            b.messages.maxMessagesPerConnection);
    w.field(messages, "maxRecipientsPerMessage", a.messages.maxRecipientsPerMessage,
            b.messages.maxRecipientsPerMessage);
    w.field(messages, "ndrCopyTo", a.messages.ndrCopyTo, b.messages.ndrCopyTo);
    w.field(messages, "forwardUnresolvedTo", a.messages.forwardUnresolvedTo, b.messages.forwardUnresolvedTo);

    const QString delivery = sectionOf(QT_TRANSLATE_NOOP("ConfigDiff", "Delivery"), vs);
    w.field(delivery, "retryMinutes", a.delivery.retryMinutes, b.delivery.retryMinutes);
    w.field(delivery, "delayNotificationMinutes", a.delivery.delayNotificationMinutes,
            b.delivery.delayNotificationMinutes);
    w.field(delivery, "expirationMinutes", a.delivery.expirationMinutes, b.delivery.expirationMinutes);
    w.field(delivery, "maxHopCount", a.delivery.maxHopCount, b.delivery.maxHopCount);
    w.field(delivery, "masqueradeDomain", a.delivery.masqueradeDomain, b.delivery.masqueradeDomain);
    w.field(delivery, "fqdn", a.fqdn, b.fqdn);
    w.field(delivery, "smartHost", a.delivery.smartHost, b.delivery.smartHost);
    w.field(delivery, "smartHostPort", a.delivery.smartHostPort, b.delivery.smartHostPort);
    w.field(delivery, "attemptDirectBeforeSmartHost", a.delivery.attemptDirectBeforeSmartHost,
            b.delivery.attemptDirectBeforeSmartHost);
    w.field(delivery, "reverseDnsLookup", a.delivery.reverseDnsLookup, b.delivery.reverseDnsLookup);
    diffOutboundSecurity(w, sectionOf(QT_TRANSLATE_NOOP("ConfigDiff", "Outbound Security"), vs),
                         a.delivery.outboundSecurity, b.delivery.outboundSecurity);
}

QString nameKey(const QString &name)
{
    return name.toLower();
}

void diffServers(Writer &w, const QList<VirtualServer> &before, const QList<VirtualServer> &after)
{
    const QString section = QCoreApplication::translate("ConfigDiff", "SMTP Virtual Servers");
    const Matching m = match(before, after, [](const VirtualServer &vs) { return nameKey(vs.name); });
    for (int i : m.removed)
        w.removed(section, clean(before.at(i).name));
    for (int i = 0; i < after.size(); ++i) {
        const int b = m.beforeOf.at(i);
        if (b < 0)
            w.added(section, clean(after.at(i).name));
        else if (before.at(b) != after.at(i))
            diffServer(w, before.at(b), after.at(i));
    }
    if (m.reordered)
        w.line(QCoreApplication::translate("ConfigDiff", "%1: order changed").arg(section));
}

QString addressSpaceKey(const AddressSpace &s)
{
    return s.type.toLower() + QLatin1Char('\n') + s.address.toLower();
}

QString addressSpaceText(const AddressSpace &s)
{
    QString text = clean(s.type) + QLatin1Char(' ') + clean(s.address);
    if (s.responsible)
        text += QLatin1Char(' ') + QCoreApplication::translate("ConfigDiff", "(responsible)");
    if (s.primary)
        text += QLatin1Char(' ') + QCoreApplication::translate("ConfigDiff", "(primary)");
    return text;
}

void diffPolicy(Writer &w, const QString &section, const RecipientPolicy &a, const RecipientPolicy &b)
{
    const QString item = itemOf(section, b.name);
    w.renamed(item, a.name, b.name);
    w.field(item, "priority", a.priority, b.priority);
    w.field(item, "filter", a.filter, b.filter);

    const Matching m = match(a.addressSpaces, b.addressSpaces, addressSpaceKey);
    for (int i : m.removed) {
        w.removed(item,
                  QCoreApplication::translate("ConfigDiff", "address space %1")
                      .arg(addressSpaceText(a.addressSpaces.at(i))));
    }
    for (int i = 0; i < b.addressSpaces.size(); ++i) {
        const AddressSpace &now = b.addressSpaces.at(i);
        const int j = m.beforeOf.at(i);
        if (j < 0) {
            w.added(item,
                    QCoreApplication::translate("ConfigDiff", "address space %1").arg(addressSpaceText(now)));
            continue;
        }
        const AddressSpace &old = a.addressSpaces.at(j);
        const QString space = itemOf(item, now.type + QLatin1Char(' ') + now.address);
        w.field(space, "type", old.type, now.type);
        w.field(space, "address", old.address, now.address);
        w.field(space, "responsible", old.responsible, now.responsible);
        w.field(space, "primary", old.primary, now.primary);
    }
    if (m.reordered)
        w.line(QCoreApplication::translate("ConfigDiff", "%1: order of address spaces changed").arg(item));
}

void diffPolicies(Writer &w, const QList<RecipientPolicy> &before, const QList<RecipientPolicy> &after)
{
    const QString section = QCoreApplication::translate("ConfigDiff", "Recipient Policies");
    const Matching m = match(before, after, [](const RecipientPolicy &p) { return nameKey(p.name); });
    for (int i : m.removed)
        w.removed(section, clean(before.at(i).name));
    for (int i = 0; i < after.size(); ++i) {
        const int b = m.beforeOf.at(i);
        if (b < 0)
            w.added(section, clean(after.at(i).name));
        else if (before.at(b) != after.at(i))
            diffPolicy(w, section, before.at(b), after.at(i));
    }
    if (m.reordered)
        w.line(QCoreApplication::translate("ConfigDiff", "%1: order changed").arg(section));
}

void diffRecipients(Writer &w, const QList<Recipient> &before, const QList<Recipient> &after)
{
    const QString section = QCoreApplication::translate("ConfigDiff", "Recipients");
    const Matching m = match(before, after, [](const Recipient &r) { return r.address.toLower(); });
    for (int i : m.removed)
        w.removed(section, clean(before.at(i).address));
    for (int i = 0; i < after.size(); ++i) {
        const Recipient &now = after.at(i);
        const int b = m.beforeOf.at(i);
        if (b < 0) {
            w.added(section, clean(now.address));
            continue;
        }
        const Recipient &old = before.at(b);
        const QString item = itemOf(section, now.address);
        w.field(item, "address", old.address, now.address);
        w.field(item, "displayName", old.displayName, now.displayName);
        w.field(item, "forwardTo", old.forwardTo, now.forwardTo);
    }
    if (m.reordered)
        w.line(QCoreApplication::translate("ConfigDiff", "%1: order changed").arg(section));
}

void diffUsers(Writer &w, const QList<SmtpUser> &before, const QList<SmtpUser> &after)
{
    const QString section = QCoreApplication::translate("ConfigDiff", "SMTP Users");
    const Matching m = match(before, after, [](const SmtpUser &u) { return nameKey(u.name); });
    for (int i : m.removed)
        w.removed(section, clean(before.at(i).name));
    for (int i = 0; i < after.size(); ++i) {
        const SmtpUser &now = after.at(i);
        const int b = m.beforeOf.at(i);
        if (b < 0) {
            w.added(section, clean(now.name));
            continue;
        }
        const SmtpUser &old = before.at(b);
        const QString item = itemOf(section, now.name);
        w.renamed(item, old.name, now.name);
        w.field(item, "enabled", old.enabled, now.enabled);
        // Never the hash itself: it is as good as the password to an offline attacker.
        if (old.passwordHash != now.passwordHash) {
            w.line(QCoreApplication::translate("ConfigDiff", "%1: password of %2 changed")
                       .arg(section, clean(now.name)));
        }
    }
    if (m.reordered)
        w.line(QCoreApplication::translate("ConfigDiff", "%1: order changed").arg(section));
}

} // namespace

QStringList describe(const Config &before, const Config &after)
{
    Writer w;
    w.field(QCoreApplication::translate("ConfigDiff", "Organization"), "name", before.organization,
            after.organization);
    diffServers(w, before.virtualServers, after.virtualServers);
    diffPolicies(w, before.recipientPolicies, after.recipientPolicies);
    diffRecipients(w, before.recipients, after.recipients);
    diffUsers(w, before.smtpUsers, after.smtpUsers);
    return w.take();
}

} // namespace ConfigDiff
} // namespace RelayDesk

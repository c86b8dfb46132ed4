#include "configtables.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace RelayDesk {
namespace ConfigTables {
namespace {

const QLatin1String connectionList("connection");
const QLatin1String relayList("relay");

QString corrupt(const char *table, const QString &what)
{
    return QCoreApplication::translate("ConfigStore", "The configuration database is damaged: %1 in table %2")
        .arg(what, QLatin1String(table));
}

bool parseMode(const QString &text, ListMode *mode)
{
    for (ListMode m : {ListMode::OnlyList, ListMode::AllExceptList}) {
        if (listModeName(m) == text) {
            *mode = m;
            return true;
        }
    }
    return false;
}

bool parseType(const QString &text, AccessEntryType *type)
{
    for (AccessEntryType t : {AccessEntryType::Single, AccessEntryType::Group, AccessEntryType::Domain}) {
        if (accessEntryTypeName(t) == text) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString toText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

// One SELECT, forward only: the big lists are read in a single pass.
bool select(QSqlQuery &query, const QString &sql, QString *error)
{
    query.setForwardOnly(true);
    return Sql::prepare(query, sql, error) && Sql::exec(query, error);
}

bool readServers(const QSqlDatabase &db, Config *config, QHash<qint64, int> *index, QString *error)
{
    QSqlQuery q(db);
    if (!select(q,
                QStringLiteral(
                    "SELECT id, name, enabled, fqdn, limit_connections, connection_timeout_minutes,"
                    " enable_logging, auth_anonymous, auth_basic, auth_basic_requires_tls,"
                    " auth_default_domain, tls_certificate_file, tls_private_key_file,"
                    " tls_require_secure_channel, connection_mode, relay_mode, relay_allow_authenticated,"
                    " max_message_size_kb, max_session_size_kb, max_messages_per_connection,"
                    " max_recipients_per_message, ndr_copy_to, forward_unresolved_to,"
                    " delay_notification_minutes, expiration_minutes, max_hop_count, masquerade_domain,"
                    " smart_host, smart_host_port, attempt_direct_before_smart_host, reverse_dns_lookup,"
                    " outbound_authentication, outbound_user_name, outbound_tls"
                    " FROM virtual_servers ORDER BY position"),
                error))
        return false;
    while (q.next()) {
        int c = 0;
        auto next = [&q, &c]() {
            return q.value(c++);
        };
        VirtualServer vs;
        vs.bindings.clear();
        vs.delivery.retryMinutes.clear();
        const qint64 id = next().toLongLong();
        vs.name = next().toString();
        vs.enabled = next().toBool();
        vs.fqdn = next().toString();
        vs.general.limitConnections = next().toInt();
        vs.general.connectionTimeoutMinutes = next().toInt();
        vs.general.enableLogging = next().toBool();
        vs.authentication.anonymous = next().toBool();
        vs.authentication.basic = next().toBool();
        vs.authentication.basicRequiresTls = next().toBool();
        vs.authentication.defaultDomain = next().toString();
        vs.secureCommunication.certificateFile = next().toString();
        vs.secureCommunication.privateKeyFile = next().toString();
        vs.secureCommunication.requireSecureChannel = next().toBool();
        const QString connectionMode = next().toString();
        const QString relayMode = next().toString();
        if (!parseMode(connectionMode, &vs.connectionControl.mode)
            || !parseMode(relayMode, &vs.relayRestrictions.mode)) {
            *error = corrupt("virtual_servers", connectionMode + QLatin1Char('/') + relayMode);
            return false;
        }
        vs.relayRestrictions.allowAuthenticatedRelay = next().toBool();
        vs.messages.maxMessageSizeKb = next().toInt();
        vs.messages.maxSessionSizeKb = next().toInt();
        vs.messages.maxMessagesPerConnection = next().toInt();
        vs.messages.maxRecipientsPerMessage = next().toInt();
        vs.messages.ndrCopyTo = next().toString();
        vs.messages.forwardUnresolvedTo = next().toString();
        vs.delivery.delayNotificationMinutes = next().toInt();
        vs.delivery.expirationMinutes = next().toInt();
        vs.delivery.maxHopCount = next().toInt();
        vs.delivery.masqueradeDomain = next().toString();
        vs.delivery.smartHost = next().toString();
        vs.delivery.smartHostPort = next().toInt();
        vs.delivery.attemptDirectBeforeSmartHost = next().toBool();
        vs.delivery.reverseDnsLookup = next().toBool();
        OutboundSecurity &outbound = vs.delivery.outboundSecurity;
        const QString authentication = next().toString();
        outbound.userName = next().toString();
        const QString tls = next().toString();
        if (!parseOutboundAuthentication(authentication, &outbound.authentication)
            || !parseOutboundTls(tls, &outbound.tls)) {
            *error = corrupt("virtual_servers", authentication + QLatin1Char('/') + tls);
            return false;
        }
        index->insert(id, int(config->virtualServers.size()));
        config->virtualServers.append(vs);
    }
    return true;
}

// The list of the row's parent, or nullptr (and *error) for a row without one.
template <typename T>
T *parentOf(QList<T> &list, const QHash<qint64, int> &index, const QVariant &id, const char *table,
            QString *error)
{
    const auto it = index.find(id.toLongLong());
    if (it == index.end()) {
        *error = corrupt(
            table, QCoreApplication::translate("ConfigStore", "a row without parent %1").arg(id.toString()));
        return nullptr;
    }
    return &list[*it];
}

bool readServerChildren(const QSqlDatabase &db, Config *config, const QHash<qint64, int> &index,
                        QString *error)
{
    QSqlQuery retry(db);
    if (!select(retry, QStringLiteral("SELECT vs, minutes FROM retry_intervals ORDER BY vs, position"),
                error))
        return false;
    while (retry.next()) {
        VirtualServer *vs = parentOf(config->virtualServers, index, retry.value(0), "retry_intervals", error);
        if (!vs)
            return false;
        vs->delivery.retryMinutes.append(retry.value(1).toInt());
    }

    QSqlQuery bindings(db);
    if (!select(bindings, QStringLiteral("SELECT vs, address, port FROM bindings ORDER BY vs, position"),
                error))
        return false;
    while (bindings.next()) {
        Binding b;
        b.address = bindings.value(1).toString();
        b.port = bindings.value(2).toInt();
        VirtualServer *vs = parentOf(config->virtualServers, index, bindings.value(0), "bindings", error);
        if (!vs)
            return false;
        vs->bindings.append(b);
    }

    QSqlQuery entries(db);
    if (!select(entries,
                QStringLiteral("SELECT vs, list, type, address, mask, prefix_length, name, comment, expires"
                               " FROM access_entries ORDER BY vs, list, position"),
                error))
        return false;
    while (entries.next()) {
        AccessEntry e;
        const QString type = entries.value(2).toString();
        if (!parseType(type, &e.type)) {
            *error = corrupt("access_entries", type);
            return false;
        }
        e.address = entries.value(3).toString();
        e.mask = entries.value(4).toString();
        e.prefixLength = entries.value(5).isNull() ? -1 : entries.value(5).toInt();
        e.name = entries.value(6).toString();
        e.comment = entries.value(7).toString();
        if (!entries.value(8).isNull())
            e.expires = fromText(entries.value(8).toString());
        VirtualServer *vs =
            parentOf(config->virtualServers, index, entries.value(0), "access_entries", error);
        if (!vs)
            return false;
        if (entries.value(1).toString() == relayList)
            vs->relayRestrictions.entries.append(e);
        else
            vs->connectionControl.entries.append(e);
    }
    return true;
}

bool readPolicies(const QSqlDatabase &db, Config *config, QString *error)
{
    QSqlQuery policies(db);
    if (!select(policies,
                QStringLiteral("SELECT id, name, priority, filter FROM recipient_policies ORDER BY position"),
                error))
        return false;
    QHash<qint64, int> index;
    while (policies.next()) {
        RecipientPolicy p;
        p.name = policies.value(1).toString();
        p.priority = policies.value(2).toInt();
        p.filter = policies.value(3).toString();
        index.insert(policies.value(0).toLongLong(), int(config->recipientPolicies.size()));
        config->recipientPolicies.append(p);
    }

    QSqlQuery spaces(db);
    if (!select(spaces,
                QStringLiteral("SELECT policy, type, address, responsible, is_primary FROM address_spaces"
                               " ORDER BY policy, position"),
                error))
        return false;
    while (spaces.next()) {
        AddressSpace s;
        s.type = spaces.value(1).toString();
        s.address = spaces.value(2).toString();
        s.responsible = spaces.value(3).toBool();
        s.primary = spaces.value(4).toBool();
        RecipientPolicy *p =
            parentOf(config->recipientPolicies, index, spaces.value(0), "address_spaces", error);
        if (!p)
            return false;
        p->addressSpaces.append(s);
    }
    return true;
}

bool readRecipientsAndUsers(const QSqlDatabase &db, Config *config, QString *error)
{
    QSqlQuery recipients(db);
    if (!select(recipients,
                QStringLiteral("SELECT address, display_name, forward_to FROM recipients ORDER BY position"),
                error))
        return false;
    while (recipients.next()) {
        Recipient r;
        r.address = recipients.value(0).toString();
        r.displayName = recipients.value(1).toString();
        r.forwardTo = recipients.value(2).toString();
        config->recipients.append(r);
    }

    QSqlQuery users(db);
    if (!select(users,
                QStringLiteral("SELECT name, enabled, password_hash FROM smtp_users ORDER BY position"),
                error))
        return false;
    while (users.next()) {
        SmtpUser u;
        u.name = users.value(0).toString();
        u.enabled = users.value(1).toBool();
        u.passwordHash = users.value(2).toString();
        config->smtpUsers.append(u);
    }
    return true;
}

bool writeServers(const QSqlDatabase &db, const Config &config, QString *error)
{
    QSqlQuery vsQuery(db);
    QSqlQuery retryQuery(db);
    QSqlQuery bindingQuery(db);
    QSqlQuery entryQuery(db);
    if (!Sql::prepare(
            vsQuery,
            QStringLiteral("INSERT INTO virtual_servers (id, position, name, enabled, fqdn,"
                           " limit_connections, connection_timeout_minutes, enable_logging, auth_anonymous,"
                           " auth_basic, auth_basic_requires_tls, auth_default_domain, tls_certificate_file,"
                           " tls_private_key_file, tls_require_secure_channel, connection_mode, relay_mode,"
                           " relay_allow_authenticated, max_message_size_kb, max_session_size_kb,"
                           " max_messages_per_connection, max_recipients_per_message, ndr_copy_to,"
                           " forward_unresolved_to, delay_notification_minutes, expiration_minutes,"
                           " max_hop_count, masquerade_domain, smart_host, smart_host_port,"
                           " attempt_direct_before_smart_host, reverse_dns_lookup, outbound_authentication,"
                           " outbound_user_name, outbound_tls)"
                           " VALUES (")
                + Sql::placeholders(35) + QLatin1Char(')'),
            error)
        || !Sql::prepare(
            retryQuery,
            QStringLiteral("INSERT INTO retry_intervals (vs, position, minutes) VALUES (:p0, :p1, :p2)"),
            error)
        || !Sql::prepare(
            bindingQuery,
            QStringLiteral("INSERT INTO bindings (vs, position, address, port) VALUES (:p0, :p1, :p2, :p3)"),
            error)
        || !Sql::prepare(entryQuery,
                         QStringLiteral("INSERT INTO access_entries (vs, list, position, type, address, mask,"
                                        " prefix_length, name, comment, expires)"
                                        " VALUES (:p0, :p1, :p2, :p3, :p4, :p5, :p6, :p7, :p8, :p9)"),
                         error))
        return false;

    const QVariant connection{QString(connectionList)};
    const QVariant relay{QString(relayList)};
    const QVariant nullInt(QMetaType::fromType<int>());
    auto writeEntries = [&](int vsId, const QVariant &list, const QList<AccessEntry> &entries) {
        for (int i = 0; i < entries.size(); ++i) {
            const AccessEntry &e = entries.at(i);
            if (!Sql::exec(entryQuery,
                           {vsId, list, i, accessEntryTypeName(e.type), Sql::optionalText(e.address),
                            Sql::optionalText(e.mask),
                            e.prefixLength < 0 ? nullInt : QVariant(e.prefixLength),
                            Sql::optionalText(e.name), Sql::optionalText(e.comment),
                            e.expires.isValid() ? QVariant(toText(e.expires)) : QVariant()},
                           error))
                return false;
        }
        return true;
    };

    for (int position = 0; position < config.virtualServers.size(); ++position) {
        const VirtualServer &vs = config.virtualServers.at(position);
        const int id = position + 1;
        if (!Sql::exec(vsQuery,
                       {id,
                        position,
                        Sql::text(vs.name),
                        vs.enabled,
                        Sql::text(vs.fqdn),
                        vs.general.limitConnections,
                        vs.general.connectionTimeoutMinutes,
                        vs.general.enableLogging,
                        vs.authentication.anonymous,
                        vs.authentication.basic,
                        vs.authentication.basicRequiresTls,
                        Sql::text(vs.authentication.defaultDomain),
                        Sql::text(vs.secureCommunication.certificateFile),
                        Sql::text(vs.secureCommunication.privateKeyFile),
                        vs.secureCommunication.requireSecureChannel,
                        listModeName(vs.connectionControl.mode),
                        listModeName(vs.relayRestrictions.mode),
                        vs.relayRestrictions.allowAuthenticatedRelay,
                        vs.messages.maxMessageSizeKb,
                        vs.messages.maxSessionSizeKb,
                        vs.messages.maxMessagesPerConnection,
                        vs.messages.maxRecipientsPerMessage,
                        Sql::text(vs.messages.ndrCopyTo),
                        Sql::text(vs.messages.forwardUnresolvedTo),
                        vs.delivery.delayNotificationMinutes,
                        vs.delivery.expirationMinutes,
                        vs.delivery.maxHopCount,
                        Sql::text(vs.delivery.masqueradeDomain),
                        Sql::text(vs.delivery.smartHost),
                        vs.delivery.smartHostPort,
                        vs.delivery.attemptDirectBeforeSmartHost,
                        vs.delivery.reverseDnsLookup,
                        outboundAuthenticationName(vs.delivery.outboundSecurity.authentication),
                        Sql::text(vs.delivery.outboundSecurity.userName),
                        outboundTlsName(vs.delivery.outboundSecurity.tls)},
                       error))
            return false;
        for (int i = 0; i < vs.delivery.retryMinutes.size(); ++i) {
            if (!Sql::exec(retryQuery, {id, i, vs.delivery.retryMinutes.at(i)}, error))
                return false;
        }
        for (int i = 0; i < vs.bindings.size(); ++i) {
            const Binding &b = vs.bindings.at(i);
            if (!Sql::exec(bindingQuery, {id, i, Sql::text(b.address), b.port}, error))
                return false;
        }
        if (!writeEntries(id, connection, vs.connectionControl.entries)
            || !writeEntries(id, relay, vs.relayRestrictions.entries))
            return false;
    }
    return true;
}

bool writePolicies(const QSqlDatabase &db, const Config &config, QString *error)
{
    QSqlQuery policyQuery(db);
    QSqlQuery spaceQuery(db);
    if (!Sql::prepare(policyQuery,
                      QStringLiteral("INSERT INTO recipient_policies (id, position, name, priority, filter)"
                                     " VALUES (:p0, :p1, :p2, :p3, :p4)"),
                      error)
        || !Sql::prepare(
            spaceQuery,
            QStringLiteral("INSERT INTO address_spaces (policy, position, type, address, responsible,"
                           " is_primary) VALUES (:p0, :p1, :p2, :p3, :p4, :p5)"),
            error))
        return false;
    for (int position = 0; position < config.recipientPolicies.size(); ++position) {
        const RecipientPolicy &p = config.recipientPolicies.at(position);
        const int id = position + 1;
        if (!Sql::exec(policyQuery, {id, position, Sql::text(p.name), p.priority, Sql::text(p.filter)},
                       error))
            return false;
        for (int i = 0; i < p.addressSpaces.size(); ++i) {
            const AddressSpace &s = p.addressSpaces.at(i);
            if (!Sql::exec(spaceQuery,
                           {id, i, Sql::text(s.type), Sql::text(s.address), s.responsible, s.primary}, error))
                return false;
        }
    }
    return true;
}

bool writeRecipientsAndUsers(const QSqlDatabase &db, const Config &config, QString *error)
{
    QSqlQuery recipientQuery(db);
    QSqlQuery userQuery(db);
    if (!Sql::prepare(recipientQuery,
                      QStringLiteral("INSERT INTO recipients (position, address, display_name, forward_to)"
                                     " VALUES (:p0, :p1, :p2, :p3)"),
                      error)
        || !Sql::prepare(userQuery,
                         QStringLiteral("INSERT INTO smtp_users (position, name, enabled, password_hash)"
                                        " VALUES (:p0, :p1, :p2, :p3)"),
                         error))
        return false;
    for (int i = 0; i < config.recipients.size(); ++i) {
        const Recipient &r = config.recipients.at(i);
        if (!Sql::exec(recipientQuery,
                       {i, Sql::text(r.address), Sql::text(r.displayName), Sql::text(r.forwardTo)}, error))
            return false;
    }
    for (int i = 0; i < config.smtpUsers.size(); ++i) {
        const SmtpUser &u = config.smtpUsers.at(i);
        if (!Sql::exec(userQuery, {i, Sql::text(u.name), u.enabled, Sql::text(u.passwordHash)}, error))
            return false;
    }
    return true;
}

} // namespace

bool read(const QSqlDatabase &db, Config *config, QString *error)
{
    Config result;
    {
        QSqlQuery org(db);
        if (!select(org, QStringLiteral("SELECT name FROM organization WHERE id = 1"), error))
            return false;
        if (org.next())
            result.organization = org.value(0).toString();
    }
    QHash<qint64, int> serverIndex;
    if (!readServers(db, &result, &serverIndex, error) || !readServerChildren(db, &result, serverIndex, error)
        || !readPolicies(db, &result, error) || !readRecipientsAndUsers(db, &result, error))
        return false;
    *config = std::move(result);
    return true;
}

bool write(const QSqlDatabase &db, const Config &config, QString *error)
{
    // Children first: the foreign keys then have nothing to cascade.
    for (const char *table :
         {"access_entries", "bindings", "retry_intervals", "virtual_servers", "address_spaces",
          "recipient_policies", "recipients", "smtp_users", "organization"}) {
        if (!Sql::run(db, QStringLiteral("DELETE FROM ") + QLatin1String(table), {}, error))
            return false;
    }
    return Sql::run(db, QStringLiteral("INSERT INTO organization (id, name) VALUES (1, :p0)"),
                    {Sql::text(config.organization)}, error)
        && writeServers(db, config, error) && writePolicies(db, config, error)
        && writeRecipientsAndUsers(db, config, error);
}

} // namespace ConfigTables
} // namespace RelayDesk

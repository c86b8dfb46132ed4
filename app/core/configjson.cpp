#include "configjson.h"

#include "jsonduplicates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <limits>

namespace RelayDesk {
namespace {

const QString FormatName = QStringLiteral("relaydesk-config");

// Translated texts of this file, in the "ConfigJson" context that lupdate sees.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ConfigJson)
};

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return Text::tr("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("undefined");
}

// Reads one JSON object strictly: typed getters record what they consumed, and finish()
// reports every key that no getter asked for as an unknown field.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QList<Problem> *problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    { }

    QString childPath(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }

    bool has(const QString &key) const { return m_object.contains(key); }

    void string(const QString &key, QString *out, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined())
            return;
        if (!v.isString()) {
            wrongType(key, v, Text::tr("a string"));
            return;
        }
        *out = v.toString();
    }

    void boolean(const QString &key, bool *out, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            wrongType(key, v, Text::tr("true or false"));
            return;
        }
        *out = v.toBool();
    }

    void integer(const QString &key, int *out, bool required = false)
    {
        const QJsonValue v = take(key, required);
        if (v.isUndefined())
            return;
        readInteger(childPath(key), v, out);
    }

    bool readInteger(const QString &path, const QJsonValue &v, int *out)
    {
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < std::numeric_limits<int>::min()
            || d > std::numeric_limits<int>::max()) {
            add(path,
                v.isDouble() ? Text::tr("%1 is not a whole number in range").arg(v.toDouble())
                             : Text::tr("expected a whole number, found %1").arg(jsonTypeName(v)));
            return false;
        }
        *out = static_cast<int>(d);
        return true;
    }

    QJsonObject object(const QString &key, bool *present = nullptr)
    {
        const QJsonValue v = take(key, false);
        if (present)
            *present = false;
        if (v.isUndefined())
            return {};
        if (!v.isObject()) {
            wrongType(key, v, Text::tr("an object"));
            return {};
        }
        if (present)
            *present = true;
        return v.toObject();
    }

    QJsonArray array(const QString &key, bool *present = nullptr)
    {
        const QJsonValue v = take(key, false);
        if (present)
            *present = false;
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            wrongType(key, v, Text::tr("an array"));
            return {};
        }
        if (present)
            *present = true;
        return v.toArray();
    }

    // A key that must not be there, whatever its value: `message` instead of "unknown field".
    void refuse(const QString &key, const QString &message)
    {
        if (!take(key, false).isUndefined())
            add(childPath(key), message);
    }

    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_seen.contains(it.key()))
                add(childPath(it.key()), Text::tr("unknown field"));
        }
    }

    void add(const QString &path, const QString &message)
    {
        m_problems->append({Problem::Severity::Error, path, message});
    }

private:
    QJsonValue take(const QString &key, bool required)
    {
        m_seen.insert(key);
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            if (required)
                add(childPath(key), Text::tr("required field is missing"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return it.value();
    }

    void wrongType(const QString &key, const QJsonValue &v, const QString &expected)
    {
        add(childPath(key), Text::tr("expected %1, found %2").arg(expected, jsonTypeName(v)));
    }

    QJsonObject m_object;
    QString m_path;
    QList<Problem> *m_problems;
    QSet<QString> m_seen;
};

QString indexed(const QString &path, int i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

// Calls fn(object, path) for each element of an array of objects; non-objects are errors.
template <typename Fn>
void forEachObject(ObjectReader &parent, const QString &key, Fn fn)
{
    const QJsonArray items = parent.array(key);
    const QString path = parent.childPath(key);
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            parent.add(indexed(path, i),
                       Text::tr("expected an object, found %1").arg(jsonTypeName(items.at(i))));
            continue;
        }
        fn(items.at(i).toObject(), indexed(path, i));
    }
}

void readListMode(ObjectReader &r, ListMode *mode)
{
    QString text = listModeName(*mode);
    r.string(QStringLiteral("mode"), &text);
    if (text == QLatin1String("onlyList")) {
        *mode = ListMode::OnlyList;
    } else if (text == QLatin1String("allExceptList")) {
        *mode = ListMode::AllExceptList;
    } else {
        r.add(r.childPath(QStringLiteral("mode")),
              Text::tr("\"%1\" is not a list mode (expected \"onlyList\" or \"allExceptList\")").arg(text));
    }
}

AccessEntry readEntry(const QJsonObject &object, const QString &path, QList<Problem> *problems)
{
    ObjectReader r(object, path, problems);
    AccessEntry e;
    QString type;
    r.string(QStringLiteral("type"), &type, true);
    if (type == QLatin1String("single")) {
        e.type = AccessEntryType::Single;
        r.string(QStringLiteral("address"), &e.address, true);
    } else if (type == QLatin1String("group")) {
        e.type = AccessEntryType::Group;
        r.string(QStringLiteral("address"), &e.address, true);
        r.string(QStringLiteral("mask"), &e.mask);
        r.integer(QStringLiteral("prefixLength"), &e.prefixLength);
        if (!r.has(QStringLiteral("mask")) && !r.has(QStringLiteral("prefixLength")))
            r.add(path, Text::tr("a group needs \"mask\" or \"prefixLength\""));
        else if (r.has(QStringLiteral("mask")) && r.has(QStringLiteral("prefixLength")))
            r.add(path, Text::tr("a group has either \"mask\" or \"prefixLength\", not both"));
    } else if (type == QLatin1String("domain")) {
        e.type = AccessEntryType::Domain;
        r.string(QStringLiteral("name"), &e.name, true);
    } else if (!type.isEmpty()) {
        r.add(
            r.childPath(QStringLiteral("type")),
            Text::tr("\"%1\" is not an entry type (expected \"single\", \"group\" or \"domain\")").arg(type));
    }
    r.string(QStringLiteral("comment"), &e.comment);
    QString expires;
    r.string(QStringLiteral("expires"), &expires);
    if (r.has(QStringLiteral("expires"))) {
        e.expires = parseUtcTime(expires);
        if (!e.expires.isValid())
            r.add(r.childPath(QStringLiteral("expires")),
                  Text::tr("\"%1\" is not a UTC date and time in ISO 8601 form (2027-01-31T00:00:00Z; a zone "
                           "offset such as +01:00 is also accepted)")
                      .arg(expires));
    }
    r.finish();
    return e;
}

QList<AccessEntry> readEntries(ObjectReader &r, QList<Problem> *problems)
{
    QList<AccessEntry> entries;
    forEachObject(r, QStringLiteral("entries"), [&](const QJsonObject &o, const QString &path) {
        entries.append(readEntry(o, path, problems));
    });
    return entries;
}

// delivery.outboundSecurity: optional; absent means the defaults (anonymous, opportunistic TLS).
void readOutboundSecurity(ObjectReader &delivery, OutboundSecurity *security, QList<Problem> *problems)
{
    const QString key = QStringLiteral("outboundSecurity");
    ObjectReader r(delivery.object(key), delivery.childPath(key), problems);
    QString authentication = outboundAuthenticationName(security->authentication);
    r.string(QStringLiteral("authentication"), &authentication);
    if (!parseOutboundAuthentication(authentication, &security->authentication))
        r.add(r.childPath(QStringLiteral("authentication")),
              Text::tr("\"%1\" is not an outbound authentication (expected \"anonymous\" or \"basic\")")
                  .arg(authentication));
    r.string(QStringLiteral("userName"), &security->userName);
    // Refused rather than reported as unknown: the smart host password was in this object while
    // schema version 2 was being written, and it must not come back into a configuration.
    r.refuse(QStringLiteral("password"),
             Text::tr("the smart host password is not part of the configuration; set it in the console "
                      "(Delivery ▸ Outbound Security…) or with relaydeskctl smarthost-password"));
    QString tls = outboundTlsName(security->tls);
    r.string(QStringLiteral("tls"), &tls);
    if (!parseOutboundTls(tls, &security->tls))
        r.add(r.childPath(QStringLiteral("tls")),
              Text::tr("\"%1\" is not a TLS mode (expected \"off\", \"opportunistic\" or \"required\")")
                  .arg(tls));
    r.finish();
}

VirtualServer readVirtualServer(const QJsonObject &object, const QString &path, QList<Problem> *problems)
{
    ObjectReader r(object, path, problems);
    VirtualServer vs;
    r.string(QStringLiteral("name"), &vs.name, true);
    r.boolean(QStringLiteral("enabled"), &vs.enabled);
    bool hasBindings = false;
    const QJsonArray bindingsArray = r.array(QStringLiteral("bindings"), &hasBindings);
    if (hasBindings) {
        vs.bindings.clear();
        const QString bpath = r.childPath(QStringLiteral("bindings"));
        for (int i = 0; i < bindingsArray.size(); ++i) {
            if (!bindingsArray.at(i).isObject()) {
                r.add(indexed(bpath, i),
                      Text::tr("expected an object, found %1").arg(jsonTypeName(bindingsArray.at(i))));
                continue;
            }
            ObjectReader br(bindingsArray.at(i).toObject(), indexed(bpath, i), problems);
            Binding b;
            br.string(QStringLiteral("address"), &b.address, true);
            br.integer(QStringLiteral("port"), &b.port, true);
            br.finish();
            vs.bindings.append(b);
        }
    }
    r.string(QStringLiteral("fqdn"), &vs.fqdn);

    {
        ObjectReader s(r.object(QStringLiteral("general")), r.childPath(QStringLiteral("general")), problems);
        s.integer(QStringLiteral("limitConnections"), &vs.general.limitConnections);
        s.integer(QStringLiteral("connectionTimeoutMinutes"), &vs.general.connectionTimeoutMinutes);
        s.boolean(QStringLiteral("enableLogging"), &vs.general.enableLogging);
        s.finish();
    }
    {
        ObjectReader s(r.object(QStringLiteral("authentication")),
                       r.childPath(QStringLiteral("authentication")), problems);
        s.boolean(QStringLiteral("anonymous"), &vs.authentication.anonymous);
        s.boolean(QStringLiteral("basic"), &vs.authentication.basic);
        s.boolean(QStringLiteral("basicRequiresTls"), &vs.authentication.basicRequiresTls);
        s.string(QStringLiteral("defaultDomain"), &vs.authentication.defaultDomain);
        s.finish();
    }
    {
        ObjectReader s(r.object(QStringLiteral("secureCommunication")),
                       r.childPath(QStringLiteral("secureCommunication")), problems);
        s.string(QStringLiteral("certificateFile"), &vs.secureCommunication.certificateFile);
        s.string(QStringLiteral("privateKeyFile"), &vs.secureCommunication.privateKeyFile);
        s.boolean(QStringLiteral("requireSecureChannel"), &vs.secureCommunication.requireSecureChannel);
        s.finish();
    }
    {
        ObjectReader s(r.object(QStringLiteral("connectionControl")),
                       r.childPath(QStringLiteral("connectionControl")), problems);
        readListMode(s, &vs.connectionControl.mode);
        vs.connectionControl.entries = readEntries(s, problems);
        s.finish();
    }
    {
        ObjectReader s(r.object(QStringLiteral("relayRestrictions")),
                       r.childPath(QStringLiteral("relayRestrictions")), problems);
        readListMode(s, &vs.relayRestrictions.mode);
        s.boolean(QStringLiteral("allowAuthenticatedRelay"), &vs.relayRestrictions.allowAuthenticatedRelay);
        vs.relayRestrictions.entries = readEntries(s, problems);
        s.finish();
    }
    {
        ObjectReader s(r.object(QStringLiteral("messages")), r.childPath(QStringLiteral("messages")),
                       problems);
        MessageLimits &m = vs.messages;
        s.integer(QStringLiteral("maxMessageSizeKb"), &m.maxMessageSizeKb);
        s.integer(QStringLiteral("maxSessionSizeKb"), &m.maxSessionSizeKb);
        s.integer(QStringLiteral("maxMessagesPerConnection"), &m.maxMessagesPerConnection);
        s.integer(QStringLiteral("maxRecipientsPerMessage"), &m.maxRecipientsPerMessage);
        s.string(QStringLiteral("ndrCopyTo"), &m.ndrCopyTo);
        s.string(QStringLiteral("forwardUnresolvedTo"), &m.forwardUnresolvedTo);
        s.finish();
    }
    {
        ObjectReader s(r.object(QStringLiteral("delivery")), r.childPath(QStringLiteral("delivery")),
                       problems);
        DeliverySettings &d = vs.delivery;
        bool hasRetry = false;
        const QJsonArray retry = s.array(QStringLiteral("retryMinutes"), &hasRetry);
        if (hasRetry) {
            d.retryMinutes.clear();
            for (int i = 0; i < retry.size(); ++i) {
                int minutes = 0;
                if (s.readInteger(indexed(s.childPath(QStringLiteral("retryMinutes")), i), retry.at(i),
                                  &minutes))
                    d.retryMinutes.append(minutes);
            }
        }
        s.integer(QStringLiteral("delayNotificationMinutes"), &d.delayNotificationMinutes);
        s.integer(QStringLiteral("expirationMinutes"), &d.expirationMinutes);
        s.integer(QStringLiteral("maxHopCount"), &d.maxHopCount);
        s.string(QStringLiteral("masqueradeDomain"), &d.masqueradeDomain);
        s.string(QStringLiteral("smartHost"), &d.smartHost);
        s.integer(QStringLiteral("smartHostPort"), &d.smartHostPort);
        s.boolean(QStringLiteral("attemptDirectBeforeSmartHost"), &d.attemptDirectBeforeSmartHost);
        s.boolean(QStringLiteral("reverseDnsLookup"), &d.reverseDnsLookup);
        readOutboundSecurity(s, &d.outboundSecurity, problems);
        s.finish();
    }
    r.finish();
    return vs;
}

RecipientPolicy readPolicy(const QJsonObject &object, const QString &path, QList<Problem> *problems)
{
    ObjectReader r(object, path, problems);
    RecipientPolicy p;
    r.string(QStringLiteral("name"), &p.name, true);
    r.integer(QStringLiteral("priority"), &p.priority);
    r.string(QStringLiteral("filter"), &p.filter);
    forEachObject(r, QStringLiteral("addressSpaces"), [&](const QJsonObject &o, const QString &spath) {
        ObjectReader s(o, spath, problems);
        AddressSpace a;
        s.string(QStringLiteral("type"), &a.type);
        s.string(QStringLiteral("address"), &a.address, true);
        s.boolean(QStringLiteral("responsible"), &a.responsible);
        s.boolean(QStringLiteral("primary"), &a.primary);
        s.finish();
        p.addressSpaces.append(a);
    });
    r.finish();
    return p;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(json.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

QJsonObject entryToJson(const AccessEntry &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("type"), accessEntryTypeName(e.type));
    switch (e.type) {
    case AccessEntryType::Single:
        o.insert(QStringLiteral("address"), e.address);
        break;
    case AccessEntryType::Group:
        o.insert(QStringLiteral("address"), e.address);
        if (e.prefixLength >= 0)
            o.insert(QStringLiteral("prefixLength"), e.prefixLength);
        else
            o.insert(QStringLiteral("mask"), e.mask);
        break;
    case AccessEntryType::Domain:
        o.insert(QStringLiteral("name"), e.name);
        break;
    }
    if (!e.comment.isEmpty())
        o.insert(QStringLiteral("comment"), e.comment);
    if (e.expires.isValid())
        o.insert(QStringLiteral("expires"), formatUtcTime(e.expires));
    return o;
}

QJsonArray entriesToJson(const QList<AccessEntry> &entries)
{
    QJsonArray a;
    for (const AccessEntry &e : entries)
        a.append(entryToJson(e));
    return a;
}

QJsonObject outboundSecurityToJson(const OutboundSecurity &security)
{
    QJsonObject o{{QStringLiteral("authentication"), outboundAuthenticationName(security.authentication)},
                  {QStringLiteral("tls"), outboundTlsName(security.tls)}};
    if (!security.userName.isEmpty())
        o.insert(QStringLiteral("userName"), security.userName);
    return o;
}

QJsonObject virtualServerToJson(const VirtualServer &vs)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), vs.name);
    o.insert(QStringLiteral("enabled"), vs.enabled);
    QJsonArray bindings;
    for (const Binding &b : vs.bindings)
        bindings.append(
            QJsonObject{{QStringLiteral("address"), b.address}, {QStringLiteral("port"), b.port}});
    o.insert(QStringLiteral("bindings"), bindings);
    o.insert(QStringLiteral("fqdn"), vs.fqdn);
    o.insert(QStringLiteral("general"),
             QJsonObject{{QStringLiteral("limitConnections"), vs.general.limitConnections},
                         {QStringLiteral("connectionTimeoutMinutes"), vs.general.connectionTimeoutMinutes},
                         {QStringLiteral("enableLogging"), vs.general.enableLogging}});
    o.insert(QStringLiteral("authentication"),
             QJsonObject{{QStringLiteral("anonymous"), vs.authentication.anonymous},
                         {QStringLiteral("basic"), vs.authentication.basic},
                         {QStringLiteral("basicRequiresTls"), vs.authentication.basicRequiresTls},
                         {QStringLiteral("defaultDomain"), vs.authentication.defaultDomain}});
    o.insert(
        QStringLiteral("secureCommunication"),
        QJsonObject{{QStringLiteral("certificateFile"), vs.secureCommunication.certificateFile},
                    {QStringLiteral("privateKeyFile"), vs.secureCommunication.privateKeyFile},
                    {QStringLiteral("requireSecureChannel"), vs.secureCommunication.requireSecureChannel}});
    o.insert(QStringLiteral("connectionControl"),
             QJsonObject{{QStringLiteral("mode"), listModeName(vs.connectionControl.mode)},
                         {QStringLiteral("entries"), entriesToJson(vs.connectionControl.entries)}});
    o.insert(
        QStringLiteral("relayRestrictions"),
        QJsonObject{{QStringLiteral("mode"), listModeName(vs.relayRestrictions.mode)},
                    {QStringLiteral("allowAuthenticatedRelay"), vs.relayRestrictions.allowAuthenticatedRelay},
                    {QStringLiteral("entries"), entriesToJson(vs.relayRestrictions.entries)}});
    const MessageLimits &m = vs.messages;
    o.insert(QStringLiteral("messages"),
             QJsonObject{{QStringLiteral("maxMessageSizeKb"), m.maxMessageSizeKb},
                         {QStringLiteral("maxSessionSizeKb"), m.maxSessionSizeKb},
                         {QStringLiteral("maxMessagesPerConnection"), m.maxMessagesPerConnection},
                         {QStringLiteral("maxRecipientsPerMessage"), m.maxRecipientsPerMessage},
                         {QStringLiteral("ndrCopyTo"), m.ndrCopyTo},
                         {QStringLiteral("forwardUnresolvedTo"), m.forwardUnresolvedTo}});
    const DeliverySettings &d = vs.delivery;
    QJsonArray retry;
    for (int minutes : d.retryMinutes)
        retry.append(minutes);
    QJsonObject delivery{{QStringLiteral("retryMinutes"), retry},
                         {QStringLiteral("delayNotificationMinutes"), d.delayNotificationMinutes},
                         {QStringLiteral("expirationMinutes"), d.expirationMinutes},
                         {QStringLiteral("maxHopCount"), d.maxHopCount},
                         {QStringLiteral("masqueradeDomain"), d.masqueradeDomain},
                         {QStringLiteral("smartHost"), d.smartHost},
                         {QStringLiteral("smartHostPort"), d.smartHostPort},
                         {QStringLiteral("attemptDirectBeforeSmartHost"), d.attemptDirectBeforeSmartHost},
                         {QStringLiteral("reverseDnsLookup"), d.reverseDnsLookup}};
    // Left out at its defaults, so that configurations without it export as they always did.
    if (!d.outboundSecurity.isDefault())
        delivery.insert(QStringLiteral("outboundSecurity"), outboundSecurityToJson(d.outboundSecurity));
    o.insert(QStringLiteral("delivery"), delivery);
    return o;
}

} // namespace

namespace ConfigJson {

bool read(const QByteArray &json, Config *config, QList<Problem> *problems, Config *partial)
{
    const qsizetype before = problems->size();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems->append({Problem::Severity::Error, lineAndColumn(json, parseError.offset),
                          Text::tr("malformed JSON: %1").arg(parseError.errorString())});
        return false;
    }
    if (!doc.isObject()) {
        problems->append(
            {Problem::Severity::Error, QString(), Text::tr("the document is not a JSON object")});
        return false;
    }
    // QJsonDocument keeps only the last of repeated keys; a repeated key is an error, never a choice.
    problems->append(findDuplicateKeys(json));
    const qsizetype afterDuplicates = problems->size();
    ObjectReader r(doc.object(), QString(), problems);
    QString format;
    r.string(QStringLiteral("format"), &format, true);
    if (r.has(QStringLiteral("format")) && format != FormatName) {
        r.add(QStringLiteral("format"),
              Text::tr("\"%1\" is not a RelayDesk configuration (expected \"%2\")").arg(format, FormatName));
        return false;
    }
    int version = 0;
    r.integer(QStringLiteral("version"), &version, true);
    if (r.has(QStringLiteral("version")) && version != Config::FormatVersion
        && problems->size() == afterDuplicates) {
        r.add(QStringLiteral("version"),
              Text::tr("version %1 is not supported (this RelayDesk reads version %2)")
                  .arg(version)
                  .arg(Config::FormatVersion));
        return false;
    }
    if (problems->size() != afterDuplicates)
        return false; // format or version missing or wrong: the rest means nothing

    Config c;
    c.virtualServers.clear();
    r.string(QStringLiteral("organization"), &c.organization);
    forEachObject(r, QStringLiteral("virtualServers"), [&](const QJsonObject &o, const QString &path) {
        c.virtualServers.append(readVirtualServer(o, path, problems));
    });
    forEachObject(r, QStringLiteral("recipientPolicies"), [&](const QJsonObject &o, const QString &path) {
        c.recipientPolicies.append(readPolicy(o, path, problems));
    });
    forEachObject(r, QStringLiteral("recipients"), [&](const QJsonObject &o, const QString &path) {
        ObjectReader s(o, path, problems);
        Recipient rcpt;
        s.string(QStringLiteral("address"), &rcpt.address, true);
        s.string(QStringLiteral("displayName"), &rcpt.displayName);
        s.string(QStringLiteral("forwardTo"), &rcpt.forwardTo);
        s.finish();
        c.recipients.append(rcpt);
    });
    forEachObject(r, QStringLiteral("smtpUsers"), [&](const QJsonObject &o, const QString &path) {
        ObjectReader s(o, path, problems);
        SmtpUser user;
        s.string(QStringLiteral("name"), &user.name, true);
        s.boolean(QStringLiteral("enabled"), &user.enabled);
        s.string(QStringLiteral("passwordHash"), &user.passwordHash, true);
        s.finish();
        c.smtpUsers.append(user);
    });
    r.finish();
    if (partial)
        *partial = c;
    if (problems->size() != before)
        return false;
    *config = c;
    return true;
}

QJsonObject toJson(const Config &config)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), Config::FormatVersion);
    root.insert(QStringLiteral("organization"), config.organization);
    QJsonArray servers;
    for (const VirtualServer &vs : config.virtualServers)
        servers.append(virtualServerToJson(vs));
    root.insert(QStringLiteral("virtualServers"), servers);
    QJsonArray policies;
    for (const RecipientPolicy &p : config.recipientPolicies) {
        QJsonArray spaces;
        for (const AddressSpace &a : p.addressSpaces) {
            spaces.append(QJsonObject{{QStringLiteral("type"), a.type},
                                      {QStringLiteral("address"), a.address},
                                      {QStringLiteral("responsible"), a.responsible},
                                      {QStringLiteral("primary"), a.primary}});
        }
        policies.append(QJsonObject{{QStringLiteral("name"), p.name},
                                    {QStringLiteral("priority"), p.priority},
                                    {QStringLiteral("filter"), p.filter},
                                    {QStringLiteral("addressSpaces"), spaces}});
    }
    root.insert(QStringLiteral("recipientPolicies"), policies);
    QJsonArray recipients;
    for (const Recipient &r : config.recipients) {
        QJsonObject o{{QStringLiteral("address"), r.address}};
        if (!r.displayName.isEmpty())
            o.insert(QStringLiteral("displayName"), r.displayName);
        if (!r.forwardTo.isEmpty())
            o.insert(QStringLiteral("forwardTo"), r.forwardTo);
        recipients.append(o);
    }
    root.insert(QStringLiteral("recipients"), recipients);
    QJsonArray users;
    for (const SmtpUser &u : config.smtpUsers) {
        users.append(QJsonObject{{QStringLiteral("name"), u.name},
                                 {QStringLiteral("enabled"), u.enabled},
                                 {QStringLiteral("passwordHash"), u.passwordHash}});
    }
    root.insert(QStringLiteral("smtpUsers"), users);
    return root;
}

QByteArray write(const Config &config)
{
    return QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented);
}

QByteArray writeSnapshot(const Config &config, int revision)
{
    QJsonObject root = toJson(config);
    root.insert(QStringLiteral("revision"), revision);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool readSnapshot(const QByteArray &json, Config *config, int *revision, QList<Problem> *problems)
{
    const QList<Problem> duplicates = findDuplicateKeys(json); // lost once the document is re-serialised
    if (!duplicates.isEmpty()) {
        problems->append(duplicates);
        return false;
    }
    QJsonParseError parseError;
    QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    const QJsonValue value = root.take(QStringLiteral("revision"));
    if (parseError.error == QJsonParseError::NoError && !value.isUndefined()) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != std::floor(number)
            || number > std::numeric_limits<int>::max()) {
            problems->append({Problem::Severity::Error, QStringLiteral("revision"),
                              Text::tr("expected a revision number, found %1").arg(jsonTypeName(value))});
            return false;
        }
        *revision = int(number);
        // The rest is an ordinary configuration document; line and column refer to the file.
        return read(QJsonDocument(root).toJson(QJsonDocument::Compact), config, problems);
    }
    *revision = 0;
    return read(json, config, problems);
}

} // namespace ConfigJson
} // namespace RelayDesk

#include "schema.h"

#include "sqlutil.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace RelayDesk {
namespace Schema {
namespace {

Q_LOGGING_CATEGORY(lcSchema, "relaydesk.store.schema")

bool runAll(const QSqlDatabase &db, std::initializer_list<const char *> statements, QString *error)
{
    for (const char *sql : statements) {
        if (!Sql::run(db, QLatin1String(sql), {}, error))
            return false;
    }
    return true;
}

// Version 1: the configuration in normalised tables, the revision history with a snapshot
// (config JSON v1) of every revision.
bool createVersion1(const QSqlDatabase &db, QString *error)
{
    return runAll(
        db,
        {
            "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)",
            "INSERT INTO meta (key, value) VALUES ('revision', 0)",
            "CREATE TABLE organization ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " name TEXT NOT NULL)",
            "CREATE TABLE virtual_servers ("
            " id INTEGER PRIMARY KEY,"
            " position INTEGER NOT NULL UNIQUE,"
            " name TEXT NOT NULL,"
            " enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),"
            " fqdn TEXT NOT NULL,"
            " limit_connections INTEGER NOT NULL,"
            " connection_timeout_minutes INTEGER NOT NULL,"
            " enable_logging INTEGER NOT NULL CHECK (enable_logging IN (0, 1)),"
            " auth_anonymous INTEGER NOT NULL CHECK (auth_anonymous IN (0, 1)),"
            " auth_basic INTEGER NOT NULL CHECK (auth_basic IN (0, 1)),"
            " auth_basic_requires_tls INTEGER NOT NULL CHECK (auth_basic_requires_tls IN (0, 1)),"
            " auth_default_domain TEXT NOT NULL,"
            " tls_certificate_file TEXT NOT NULL,"
            " tls_private_key_file TEXT NOT NULL,"
            " tls_require_secure_channel INTEGER NOT NULL CHECK (tls_require_secure_channel IN (0, 1)),"
            " connection_mode TEXT NOT NULL CHECK (connection_mode IN ('onlyList', 'allExceptList')),"
            " relay_mode TEXT NOT NULL CHECK (relay_mode IN ('onlyList', 'allExceptList')),"
            " relay_allow_authenticated INTEGER NOT NULL CHECK (relay_allow_authenticated IN (0, 1)),"
            " max_message_size_kb INTEGER NOT NULL,"
            " max_session_size_kb INTEGER NOT NULL,"
            " max_messages_per_connection INTEGER NOT NULL,"
            " max_recipients_per_message INTEGER NOT NULL,"
            " ndr_copy_to TEXT NOT NULL,"
            " forward_unresolved_to TEXT NOT NULL,"
            " delay_notification_minutes INTEGER NOT NULL,"
            " expiration_minutes INTEGER NOT NULL,"
            " max_hop_count INTEGER NOT NULL,"
            " masquerade_domain TEXT NOT NULL,"
            " smart_host TEXT NOT NULL,"
            " smart_host_port INTEGER NOT NULL,"
            " attempt_direct_before_smart_host INTEGER NOT NULL"
            "  CHECK (attempt_direct_before_smart_host IN (0, 1)),"
            " reverse_dns_lookup INTEGER NOT NULL CHECK (reverse_dns_lookup IN (0, 1)))",
            // first, second, third, subsequent retry interval
            "CREATE TABLE retry_intervals ("
            " vs INTEGER NOT NULL REFERENCES virtual_servers (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " minutes INTEGER NOT NULL,"
            " PRIMARY KEY (vs, position)) WITHOUT ROWID",
            "CREATE TABLE bindings ("
            " vs INTEGER NOT NULL REFERENCES virtual_servers (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " address TEXT NOT NULL,"
            " port INTEGER NOT NULL,"
            " PRIMARY KEY (vs, position)) WITHOUT ROWID",
            // mask and prefix_length as given: NULL when not used
            "CREATE TABLE access_entries ("
            " vs INTEGER NOT NULL REFERENCES virtual_servers (id) ON DELETE CASCADE,"
            " list TEXT NOT NULL CHECK (list IN ('connection', 'relay')),"
            " position INTEGER NOT NULL,"
            " type TEXT NOT NULL CHECK (type IN ('single', 'group', 'domain')),"
            " address TEXT,"
            " mask TEXT,"
            " prefix_length INTEGER,"
            " name TEXT,"
            " comment TEXT,"
            " expires TEXT," // UTC, ISO 8601 with milliseconds
            " PRIMARY KEY (vs, list, position)) WITHOUT ROWID",
            "CREATE TABLE recipient_policies ("
            " id INTEGER PRIMARY KEY,"
            " position INTEGER NOT NULL UNIQUE,"
            " name TEXT NOT NULL,"
            " priority INTEGER NOT NULL,"
            " filter TEXT NOT NULL)",
            "CREATE TABLE address_spaces ("
            " policy INTEGER NOT NULL REFERENCES recipient_policies (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " type TEXT NOT NULL,"
            " address TEXT NOT NULL,"
            " responsible INTEGER NOT NULL CHECK (responsible IN (0, 1)),"
            " is_primary INTEGER NOT NULL CHECK (is_primary IN (0, 1)),"
            " PRIMARY KEY (policy, position)) WITHOUT ROWID",
            "CREATE TABLE recipients ("
            " position INTEGER PRIMARY KEY,"
            " address TEXT NOT NULL,"
            " display_name TEXT NOT NULL,"
            " forward_to TEXT NOT NULL)",
            "CREATE TABLE smtp_users ("
            " position INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),"
            " password_hash TEXT NOT NULL)",
            "CREATE TABLE revisions ("
            " revision INTEGER PRIMARY KEY,"
            " time TEXT NOT NULL," // UTC, ISO 8601 with milliseconds
            " os_user TEXT NOT NULL,"
            " program TEXT NOT NULL,"
            " summary TEXT NOT NULL,"
            " diff TEXT NOT NULL," // ConfigDiff::describe, lines joined by \n
            " snapshot BLOB NOT NULL)", // qCompress(ConfigJson::write) of the revision's configuration
        },
        error);
}

// Version 2: Delivery ▸ Outbound Security of each virtual server. Existing servers get the
// defaults (anonymous, opportunistic TLS). There is no password column: the smart host password
// is kept outside the database, in DIR/secrets/outbound.json (OutboundSecrets, docs/security.md).
bool addOutboundSecurity(const QSqlDatabase &db, QString *error)
{
    return runAll(db,
                  {
                      "ALTER TABLE virtual_servers ADD COLUMN outbound_authentication TEXT NOT NULL"
                      " DEFAULT 'anonymous' CHECK (outbound_authentication IN ('anonymous', 'basic'))",
                      "ALTER TABLE virtual_servers ADD COLUMN outbound_user_name TEXT NOT NULL DEFAULT ''",
                      "ALTER TABLE virtual_servers ADD COLUMN outbound_tls TEXT NOT NULL"
                      " DEFAULT 'opportunistic' CHECK (outbound_tls IN ('off', 'opportunistic', 'required'))",
                  },
                  error);
}

using Step = bool (*)(const QSqlDatabase &db, QString *error);

// steps[i] migrates version i to version i + 1. A new version is one more function here.
constexpr Step steps[] = {
    createVersion1,
    addOutboundSecurity,
};

constexpr int stepCount = int(sizeof(steps) / sizeof(steps[0]));

} // namespace

int latestVersion()
{
    return stepCount;
}

bool version(const QSqlDatabase &db, int *version, QString *error)
{
    QSqlQuery tables(db);
    if (!Sql::prepare(tables, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"), error)
        || !Sql::exec(tables, error))
        return false;
    bool hasMeta = false;
    bool hasOthers = false;
    while (tables.next()) {
        if (tables.value(0).toString() == QLatin1String("meta"))
            hasMeta = true;
        else
            hasOthers = true;
    }
    if (!hasMeta) {
        if (hasOthers) {
            if (error)
                *error =
                    QCoreApplication::translate("ConfigStore", "%1 is not a RelayDesk configuration database")
                        .arg(db.databaseName());
            return false;
        }
        *version = 0;
        return true;
    }

    QSqlQuery query(db);
    if (!Sql::prepare(query, QStringLiteral("SELECT value FROM meta WHERE key = :p0"), error)
        || !Sql::exec(query, {QStringLiteral("schema_version")}, error))
        return false;
    bool ok = false;
    const int v = query.next() ? query.value(0).toInt(&ok) : 0;
    if (!ok || v < 1) {
        if (error)
            *error = QCoreApplication::translate("ConfigStore", "%1 has no valid schema version")
                         .arg(db.databaseName());
        return false;
    }
    *version = v;
    return true;
}

bool migrate(const QSqlDatabase &db, QString *error)
{
    return migrateTo(db, latestVersion(), error);
}

bool migrateTo(const QSqlDatabase &db, int target, QString *error)
{
    Q_ASSERT(target >= 1 && target <= latestVersion());
    for (;;) {
        // The version is read inside the write transaction: two programs opening a new
        // database at once migrate it once.
        Sql::Transaction transaction(db);
        if (!transaction.begin(Sql::Transaction::Mode::Write, error))
            return false;
        int current = 0;
        if (!version(db, &current, error))
            return false;
        if (current > latestVersion()) {
            if (error) {
                *error =
                    QCoreApplication::translate("ConfigStore",
                                                "%1 has schema version %2, but this RelayDesk understands "
                                                "version %3 at most; use a newer RelayDesk")
                        .arg(db.databaseName(), QString::number(current), QString::number(latestVersion()));
            }
            return false;
        }
        if (current >= target)
            return transaction.commit(error);

        QString stepError;
        if (!steps[current](db, &stepError)
            || !Sql::run(db, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (:p0, :p1)"),
                         {QStringLiteral("schema_version"), current + 1}, &stepError)
            || !transaction.commit(&stepError)) {
            if (error) {
                *error = QCoreApplication::translate("ConfigStore",
                                                     "Cannot migrate %1 from schema version %2 to %3: %4")
                             .arg(db.databaseName(), QString::number(current), QString::number(current + 1),
                                  stepError);
            }
            return false; // the transaction rolls back
        }
        qCInfo(lcSchema) << "migrated" << db.databaseName() << "from schema version" << current << "to"
                         << current + 1;
    }
}

} // namespace Schema
} // namespace RelayDesk

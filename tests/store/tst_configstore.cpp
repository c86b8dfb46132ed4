#include "configdiff.h"
#include "configjson.h"
#include "configstore.h"
#include "schema.h"
#include "validation.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace RelayDesk;

namespace {

const QString exampleHash =
    QStringLiteral("pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0$"
                   "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

// A second, plain connection to the file, for looking behind the store's back.
class RawDb final
{
public:
    explicit RawDb(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawDb()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_ok; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.prepare(sql) && q.exec())
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }

    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql) || !q.exec() || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_ok = false;
};

int fileMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString sharedDir()
{
    const QString dir = qEnvironmentVariable("RELAYDESK_SHARED_DIR");
    return dir.isEmpty() ? QStringLiteral(RELAYDESK_DEFAULT_SHARED_DIR) : dir;
}

Config exampleConfig()
{
    QFile file(sharedDir() + QStringLiteral("/contract/config-v1.example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    Config config;
    QList<Problem> problems;
    if (!ConfigJson::read(file.readAll(), &config, &problems))
        qFatal("cannot parse the example: %s", qPrintable(problems.value(0).toString()));
    return config;
}

AccessEntry entry(AccessEntryType type, const QString &address, const QString &comment = {})
{
    AccessEntry e;
    e.type = type;
    if (type == AccessEntryType::Domain)
        e.name = address;
    else
        e.address = address;
    e.comment = comment;
    return e;
}

// Every field away from its default, two of everything, odd list orders.
Config unusualConfig()
{
    Config c = exampleConfig();
    c.organization = QStringLiteral("Zürich Ç Organisation");
    VirtualServer &a = c.virtualServers[0];
    a.bindings.append(Binding{QStringLiteral("::1"), 2526});
    a.general = {0, 3, false};
    a.authentication = {false, true, false, QStringLiteral("corp.example")};
    a.secureCommunication = {QStringLiteral("/etc/relay/cert.pem"), QStringLiteral("/etc/relay/key.pem"),
                             true};
    a.connectionControl.mode = ListMode::OnlyList;
    a.connectionControl.entries.append(entry(AccessEntryType::Domain, QStringLiteral("trusted.example")));
    AccessEntry withMs =
        entry(AccessEntryType::Single, QStringLiteral("10.9.9.9"), QStringLiteral("ms 'quoted'"));
    withMs.expires = QDateTime(QDate(2030, 6, 1), QTime(12, 34, 56, 789), Qt::UTC);
    a.relayRestrictions.entries.prepend(withMs);
    AccessEntry wide = entry(AccessEntryType::Group, QStringLiteral("172.16.0.0"));
    wide.prefixLength = 12;
    a.relayRestrictions.entries.append(wide);
    a.relayRestrictions.allowAuthenticatedRelay = false;
    a.messages = {1, 2, 3, 4, QStringLiteral("ndr@corp.example"), QStringLiteral("mx.corp.example")};
    a.delivery.retryMinutes = {1, 2, 3, 4};
    a.delivery.delayNotificationMinutes = 5;
    a.delivery.expirationMinutes = 6;
    a.delivery.maxHopCount = 17;
    a.delivery.masqueradeDomain = QStringLiteral("corp.example");
    a.delivery.smartHost = QStringLiteral("[192.0.2.1]");
    a.delivery.smartHostPort = 587;
    a.delivery.attemptDirectBeforeSmartHost = true;
    a.delivery.reverseDnsLookup = true;
    a.delivery.outboundSecurity = {OutboundAuthentication::Basic, QStringLiteral("relay@provider.example"),
                                   OutboundTls::Off};

    VirtualServer b;
    b.name = QStringLiteral("Partner Relay");
    b.enabled = false;
    b.bindings.clear();
    b.delivery.outboundSecurity.tls = OutboundTls::Required;
    b.relayRestrictions.entries = {entry(AccessEntryType::Single, QStringLiteral("192.0.2.20")),
                                   entry(AccessEntryType::Single, QStringLiteral("192.0.2.10"))};
    c.virtualServers.prepend(b);

    RecipientPolicy p;
    p.name = QStringLiteral("Partners");
    p.priority = 1;
    p.filter = QStringLiteral("(company=partner)");
    AddressSpace s;
    s.address = QStringLiteral("@*.partner.example");
    s.responsible = false;
    p.addressSpaces = {s};
    c.recipientPolicies.append(p);

    SmtpUser disabled;
    disabled.name = QStringLiteral("old-app");
    disabled.enabled = false;
    disabled.passwordHash = exampleHash;
    c.smtpUsers.prepend(disabled);
    return c;
}

ChangeInfo change(const QString &summary, const QString &user = QStringLiteral("tester"))
{
    return ChangeInfo{QStringLiteral("tst_configstore"), summary, user};
}

} // namespace

class TestConfigStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newDatabaseHasSecureDefaults();
    void openWithoutInitialise();
    void openIsIdempotent();
    void roundTripExample();
    void roundTripEveryField();
    void roundTripLargeList();
    void commitRecordsHistory();
    void userFromEnvironment();
    void unchangedCommitMakesNoRevision();
    void conflictBetweenTwoStores();
    void invalidConfigIsRefused();
    void failingStatementWritesNothing();
    void lockedDatabaseTimesOut();
    void rollbackMakesNewRevision();
    void configAtUnknownRevision();
    void futureSchemaIsRefused();
    void migrationFromVersion1KeepsDataAndAddsDefaults();
    void foreignDatabaseIsRefused();
    void reopenPersists();
    void connectionsAreReleased();
    void notOpen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("relaydesk.sqlite")); }
};

void TestConfigStore::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("relaydesk.store*.info=false"));
}

void TestConfigStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConfigStore::newDatabaseHasSecureDefaults()
{
    ConfigStore store;
    QString error;
    QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
    QVERIFY(store.isOpen());
    QCOMPARE(store.path(), dbPath());
    QCOMPARE(store.revision(&error), 1);

    Config config;
    int revision = 0;
    QVERIFY2(store.load(&config, &revision, &error), qPrintable(error));
    QCOMPARE(revision, 1);
    QVERIFY(config == Config::secureDefault());

    const QList<HistoryEntry> history = store.history(0, &error);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].revision, 1);
    QCOMPARE(history[0].summary, QStringLiteral("initial configuration"));
    QVERIFY(!history[0].user.isEmpty());
    QCOMPARE(history[0].diff, ConfigDiff::describe(Config(), Config::secureDefault()));
    QCOMPARE(history[0].time.timeSpec(), Qt::UTC);

    // Owner-only, the write-ahead log included.
    QCOMPARE(fileMode(dbPath()), 0600);
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = dbPath() + QLatin1String(suffix);
        if (QFile::exists(companion))
            QCOMPARE(fileMode(companion), 0600);
    }

    RawDb raw(dbPath());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(),
             ConfigStore::SchemaVersion);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM virtual_servers")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT address || ':' || port FROM bindings")).toString(),
             QStringLiteral("127.0.0.1:2525"));
}

void TestConfigStore::openWithoutInitialise()
{
    ConfigStore store;
    QString error;
    QVERIFY2(store.open(dbPath(), &error, false), qPrintable(error));
    QCOMPARE(store.revision(), 0);
    Config config = Config::secureDefault();
    int revision = -1;
    QVERIFY(store.load(&config, &revision, &error));
    QCOMPARE(revision, 0);
    QVERIFY(config == Config());
    QVERIFY(store.history(0, &error).isEmpty());

    int newRevision = 0;
    QCOMPARE(store.commit(exampleConfig(), 0, change(QStringLiteral("import")), &newRevision, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(newRevision, 1);
}

void TestConfigStore::openIsIdempotent()
{
    QString error;
    {
        ConfigStore store;
        QVERIFY(store.open(dbPath(), &error));
        int rev = 0;
        QCOMPARE(store.commit(exampleConfig(), 1, change(QStringLiteral("import")), &rev, &error),
                 ConfigStore::Result::Ok);
    }
    ConfigStore store;
    QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(store.revision(), 2);
    QCOMPARE(store.history(0, &error).size(), 2);
    // Opening twice with the same object reconnects cleanly.
    QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(store.revision(), 2);
}

void TestConfigStore::roundTripExample()
{
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    const Config example = exampleConfig();
    int rev = 0;
    QCOMPARE(store.commit(example, 1, change(QStringLiteral("import example")), &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(rev, 2);

    Config loaded;
    int loadedRevision = 0;
    QVERIFY2(store.load(&loaded, &loadedRevision, &error), qPrintable(error));
    QCOMPARE(loadedRevision, 2);
    QCOMPARE(ConfigJson::write(loaded), ConfigJson::write(example));
    QVERIFY(loaded == example);

    // The parts that are easy to lose, one by one.
    const auto &relay = loaded.virtualServers[0].relayRestrictions.entries;
    QCOMPARE(relay.size(), 5);
    QCOMPARE(relay[1].mask, QStringLiteral("255.255.255.0"));
    QCOMPARE(relay[1].prefixLength, -1);
    QCOMPARE(relay[2].mask, QString());
    QCOMPARE(relay[2].prefixLength, 64);
    QCOMPARE(relay[3].type, AccessEntryType::Domain);
    QCOMPARE(relay[3].name, QStringLiteral("apps.corp.example"));
    QCOMPARE(relay[4].expires, QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC));
    QCOMPARE(relay[4].expires.timeSpec(), Qt::UTC);
    QVERIFY(!relay[0].expires.isValid());
    QCOMPARE(loaded.virtualServers[0].connectionControl.mode, ListMode::AllExceptList);
    QCOMPARE(loaded.recipientPolicies[0].addressSpaces.size(), 2);
    QCOMPARE(loaded.smtpUsers[0].passwordHash, exampleHash);

    Config snapshot;
    QVERIFY2(store.configAt(2, &snapshot, &error), qPrintable(error));
    QVERIFY(snapshot == example);
    QVERIFY(store.configAt(1, &snapshot, &error));
    QVERIFY(snapshot == Config::secureDefault());
}

void TestConfigStore::roundTripEveryField()
{
    const Config config = unusualConfig();
    const QList<Problem> problems = Validation::validate(config);
    QStringList texts;
    for (const Problem &p : problems)
        texts.append(p.toString());
    QVERIFY2(!hasErrors(problems), qPrintable(texts.join(QLatin1Char('\n'))));

    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    int rev = 0;
    QCOMPARE(store.commit(config, 1, change(QStringLiteral("unusual")), &rev, &error),
             ConfigStore::Result::Ok);

    Config loaded;
    QVERIFY2(store.load(&loaded, nullptr, &error), qPrintable(error));
    QCOMPARE(ConfigJson::write(loaded), ConfigJson::write(config));
    QCOMPARE(loaded.virtualServers.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const VirtualServer &got = loaded.virtualServers[i];
        const VirtualServer &want = config.virtualServers[i];
        QCOMPARE(got.name, want.name);
        QCOMPARE(got.enabled, want.enabled);
        QVERIFY(got.bindings == want.bindings);
        QCOMPARE(got.fqdn, want.fqdn);
        QVERIFY(got.general == want.general);
        QVERIFY(got.authentication == want.authentication);
        QVERIFY(got.secureCommunication == want.secureCommunication);
        QVERIFY(got.connectionControl == want.connectionControl);
        QVERIFY(got.relayRestrictions == want.relayRestrictions);
        QVERIFY(got.messages == want.messages);
        QCOMPARE(got.delivery.retryMinutes, want.delivery.retryMinutes);
        QVERIFY(got.delivery.outboundSecurity == want.delivery.outboundSecurity);
        QVERIFY(got.delivery == want.delivery);
    }
    QCOMPARE(loaded.virtualServers[1].relayRestrictions.entries[0].expires.time().msec(), 789);
    QCOMPARE(loaded.organization, config.organization);
    QVERIFY(loaded.recipientPolicies == config.recipientPolicies);
    QVERIFY(loaded.recipients == config.recipients);
    QVERIFY(loaded.smtpUsers == config.smtpUsers);
    QVERIFY(loaded == config);
}

void TestConfigStore::roundTripLargeList()
{
    Config config = Config::secureDefault();
    auto &entries = config.virtualServers[0].relayRestrictions.entries;
    for (int i = 20000; i > 0; --i) // descending: the order must come from the positions
        entries.append(entry(AccessEntryType::Single,
                             QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255)));
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    int rev = 0;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(store.commit(config, 1, change(QStringLiteral("large")), &rev, &error), ConfigStore::Result::Ok);
    const qint64 commitMs = timer.restart();
    Config loaded;
    QVERIFY(store.load(&loaded, nullptr, &error));
    qInfo("20000 entries: commit %lld ms, load %lld ms", commitMs, timer.elapsed());
    QVERIFY(loaded == config);
}

void TestConfigStore::commitRecordsHistory()
{
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    Config before;
    int base = 0;
    QVERIFY(store.load(&before, &base, &error));

    Config after = before;
    after.virtualServers[0].messages.maxRecipientsPerMessage = 100;
    after.smtpUsers.append(SmtpUser{QStringLiteral("crm-app"), true, exampleHash});
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    int rev = 0;
    QCOMPARE(store.commit(after, base,
                          ChangeInfo{QStringLiteral("relaydeskctl"), QStringLiteral("raise limit"),
                                     QStringLiteral("alice")},
                          &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(rev, base + 1);
    QCOMPARE(store.revision(), base + 1);

    const QList<HistoryEntry> history = store.history(0, &error);
    QCOMPARE(history.size(), 2);
    const HistoryEntry &newest = history.first();
    QCOMPARE(newest.revision, 2);
    QCOMPARE(newest.user, QStringLiteral("alice"));
    QCOMPARE(newest.program, QStringLiteral("relaydeskctl"));
    QCOMPARE(newest.summary, QStringLiteral("raise limit"));
    QCOMPARE(newest.diff, ConfigDiff::describe(before, after));
    QCOMPARE(newest.diff,
             QStringList({QStringLiteral(
                              "Messages of Default SMTP Virtual Server: maxRecipientsPerMessage 200 → 100"),
                          QStringLiteral("SMTP Users: added crm-app")}));
    QVERIFY(newest.time >= start && newest.time <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(history.last().revision, 1);
    QCOMPARE(store.history(1, &error).size(), 1);

    // The hash is in the snapshot (it must be) but never in the words of the history.
    after.smtpUsers[0].passwordHash =
        exampleHash.left(exampleHash.size() - 64) + QString(64, QLatin1Char('f'));
    QCOMPARE(store.commit(after, rev, change(QStringLiteral("new password")), &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(store.history(1, &error).first().diff,
             QStringList({QStringLiteral("SMTP Users: password of crm-app changed")}));
}

void TestConfigStore::userFromEnvironment()
{
    const QByteArray saved = qgetenv("USER");
    qputenv("USER", "carol");
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    int rev = 0;
    QCOMPARE(store.commit(exampleConfig(), 1, change(QStringLiteral("import"), QString()), &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(store.history(1, &error).first().user, QStringLiteral("carol"));
    QCOMPARE(store.history(0, &error).last().user, QStringLiteral("carol"));
    qputenv("USER", saved);
}

void TestConfigStore::unchangedCommitMakesNoRevision()
{
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    int rev = 0;
    QCOMPARE(store.commit(Config::secureDefault(), 1, change(QStringLiteral("nothing")), &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(rev, 1);
    QCOMPARE(store.revision(), 1);
    QCOMPARE(store.history(0, &error).size(), 1);
}

void TestConfigStore::conflictBetweenTwoStores()
{
    ConfigStore first;
    ConfigStore second;
    QString error;
    QVERIFY(first.open(dbPath(), &error));
    QVERIFY(second.open(dbPath(), &error));

    Config a;
    Config b;
    int baseA = 0;
    int baseB = 0;
    QVERIFY(first.load(&a, &baseA, &error));
    QVERIFY(second.load(&b, &baseB, &error));
    QCOMPARE(baseA, baseB);

    a.virtualServers[0].messages.maxRecipientsPerMessage = 50;
    b.virtualServers[0].general.limitConnections = 7;
    int rev = 0;
    QCOMPARE(first.commit(
                 a, baseA,
                 ChangeInfo{QStringLiteral("relaydesk"), QStringLiteral("first"), QStringLiteral("alice")},
                 &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(rev, 2);

    int refusedRev = -7;
    error.clear();
    QCOMPARE(
        second.commit(b, baseB, change(QStringLiteral("second"), QStringLiteral("bob")), &refusedRev, &error),
        ConfigStore::Result::Conflict);
    QCOMPARE(refusedRev, -7);
    QVERIFY2(error.contains(QStringLiteral("revision 1")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("revision 2")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("alice")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("relaydesk")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("eload and apply your change again")), qPrintable(error));

    Config now;
    int nowRev = 0;
    QVERIFY(second.load(&now, &nowRev, &error));
    QCOMPARE(nowRev, 2);
    QVERIFY(now == a);
    QCOMPARE(second.history(0, &error).size(), 2);

    // Reloaded, the second change goes through on top of the first.
    now.virtualServers[0].general.limitConnections = 7;
    QCOMPARE(second.commit(now, nowRev, change(QStringLiteral("second again")), &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(rev, 3);
    QVERIFY(first.load(&a, &baseA, &error));
    QCOMPARE(a.virtualServers[0].messages.maxRecipientsPerMessage, 50);
    QCOMPARE(a.virtualServers[0].general.limitConnections, 7);
}

void TestConfigStore::invalidConfigIsRefused()
{
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    Config bad = exampleConfig();
    bad.virtualServers[0].relayRestrictions.entries[0].address = QStringLiteral("10.20.0.300");
    int rev = -7;
    QList<Problem> problems;
    QCOMPARE(store.commit(bad, 1, change(QStringLiteral("bad")), &rev, &error, &problems),
             ConfigStore::Result::Invalid);
    QCOMPARE(rev, -7);
    QVERIFY(hasErrors(problems));
    QVERIFY2(problems[0].path.contains(QStringLiteral("relayRestrictions.entries[0]")),
             qPrintable(problems[0].toString()));
    QCOMPARE(store.revision(), 1);
    QCOMPARE(store.history(0, &error).size(), 1);
    Config loaded;
    QVERIFY(store.load(&loaded, nullptr, &error));
    QVERIFY(loaded == Config::secureDefault());

    // A conflict is refused before anything is written, too.
    QCOMPARE(store.commit(exampleConfig(), 0, change(QStringLiteral("stale")), &rev, &error),
             ConfigStore::Result::Conflict);
    QCOMPARE(store.revision(), 1);
}

void TestConfigStore::failingStatementWritesNothing()
{
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    int rev = 0;
    QCOMPARE(store.commit(exampleConfig(), 1, change(QStringLiteral("import")), &rev, &error),
             ConfigStore::Result::Ok);
    {
        // Fails the last INSERT of the rewrite, after every table has been emptied and refilled.
        RawDb raw(dbPath());
        QVERIFY(raw.exec(
            QStringLiteral("CREATE TRIGGER injected BEFORE INSERT ON smtp_users WHEN NEW.name = 'boom'"
                           " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")));
    }
    Config boom = unusualConfig();
    boom.smtpUsers.append(SmtpUser{QStringLiteral("boom"), true, exampleHash});
    QCOMPARE(store.commit(boom, 2, change(QStringLiteral("boom")), &rev, &error),
             ConfigStore::Result::Failed);
    QVERIFY2(error.contains(QStringLiteral("injected failure")), qPrintable(error));

    QCOMPARE(store.revision(), 2);
    QCOMPARE(store.history(0, &error).size(), 2);
    Config loaded;
    QVERIFY(store.load(&loaded, nullptr, &error));
    QVERIFY(loaded == exampleConfig());

    // The connection is still usable after the failure.
    boom.smtpUsers.removeLast();
    QCOMPARE(store.commit(boom, 2, change(QStringLiteral("no boom")), &rev, &error), ConfigStore::Result::Ok);
    QCOMPARE(rev, 3);
}

void TestConfigStore::lockedDatabaseTimesOut()
{
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    RawDb raw(dbPath());
    QVERIFY(raw.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = value WHERE key = 'revision'")));

    // Another writer holds the lock: the store waits its busy timeout (5 s), then gives up.
    QElapsedTimer timer;
    timer.start();
    int rev = 0;
    QCOMPARE(store.commit(exampleConfig(), 1, change(QStringLiteral("locked")), &rev, &error),
             ConfigStore::Result::Failed);
    QVERIFY2(timer.elapsed() >= 4000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
    // Readers are not blocked by the writer (WAL).
    Config loaded;
    QVERIFY2(store.load(&loaded, &rev, &error), qPrintable(error));
    QCOMPARE(rev, 1);

    QVERIFY(raw.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(store.commit(exampleConfig(), 1, change(QStringLiteral("unlocked")), &rev, &error),
             ConfigStore::Result::Ok);
}

void TestConfigStore::rollbackMakesNewRevision()
{
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    int rev = 0;
    QCOMPARE(store.commit(exampleConfig(), 1, change(QStringLiteral("import")), &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(store.commit(unusualConfig(), 2, change(QStringLiteral("unusual")), &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(rev, 3);

    QCOMPARE(store.rollback(2, 3, ChangeInfo{QStringLiteral("relaydeskctl"), {}, {}}, &rev, &error),
             ConfigStore::Result::Ok);
    QCOMPARE(rev, 4);
    Config loaded;
    QVERIFY(store.load(&loaded, nullptr, &error));
    QVERIFY(loaded == exampleConfig());
    const HistoryEntry newest = store.history(1, &error).first();
    QCOMPARE(newest.summary, QStringLiteral("roll back to revision 2"));
    QCOMPARE(newest.diff, ConfigDiff::describe(unusualConfig(), exampleConfig()));

    // Based on an old revision: refused like any commit.
    QCOMPARE(store.rollback(1, 3, change(QString()), &rev, &error), ConfigStore::Result::Conflict);
    QCOMPARE(store.rollback(1, 4, change(QString()), &rev, &error), ConfigStore::Result::Ok);
    QVERIFY(store.load(&loaded, nullptr, &error));
    QVERIFY(loaded == Config::secureDefault());
    QCOMPARE(rev, 5);
}

void TestConfigStore::configAtUnknownRevision()
{
    ConfigStore store;
    QString error;
    QVERIFY(store.open(dbPath(), &error));
    Config config;
    QVERIFY(!store.configAt(42, &config, &error));
    QVERIFY2(error.contains(QStringLiteral("42")), qPrintable(error));
    int rev = 0;
    QCOMPARE(store.rollback(42, 1, change(QString()), &rev, &error), ConfigStore::Result::Failed);
}

void TestConfigStore::futureSchemaIsRefused()
{
    {
        ConfigStore store;
        QString error;
        QVERIFY(store.open(dbPath(), &error));
    }
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = 99 WHERE key = 'schema_version'")));
    }
    ConfigStore store;
    QString error;
    QVERIFY(!store.open(dbPath(), &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QStringLiteral("schema version 99")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("newer RelayDesk")), qPrintable(error));
    {
        RawDb raw(dbPath());
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(),
                 99);
    }
}

void TestConfigStore::migrationFromVersion1KeepsDataAndAddsDefaults()
{
    // A version 2 database with the example and some history, as the source of the rows.
    const QString source = m_dir->filePath(QStringLiteral("source.sqlite"));
    const Config example = exampleConfig();
    Config edited = example;
    edited.virtualServers[0].relayRestrictions.entries.removeLast();
    {
        ConfigStore store;
        QString error;
        QVERIFY2(store.open(source, &error), qPrintable(error));
        int rev = 0;
        QCOMPARE(store.commit(example, 1, change(QStringLiteral("example")), &rev, &error),
                 ConfigStore::Result::Ok);
        QCOMPARE(store.commit(edited, 2, change(QStringLiteral("edited")), &rev, &error),
                 ConfigStore::Result::Ok);
    }
    // A real version 1 database (the schema of step 1 only) holding the same rows.
    {
        RawDb raw(dbPath());
        QVERIFY(raw.isOpen());
        QString error;
        QVERIFY2(Schema::migrateTo(raw.db(), 1, &error), qPrintable(error));
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(), 1);
        QVERIFY2(raw.exec(QStringLiteral("ATTACH DATABASE '%1' AS source").arg(source), &error),
                 qPrintable(error));
        QStringList v1Columns;
        QSqlQuery columns(raw.db());
        QVERIFY(columns.exec(QStringLiteral("PRAGMA main.table_info(virtual_servers)")));
        while (columns.next())
            v1Columns << columns.value(1).toString();
        QVERIFY(!v1Columns.contains(QStringLiteral("outbound_password")));
        QVERIFY(v1Columns.contains(QStringLiteral("reverse_dns_lookup")));
        const QString list = v1Columns.join(QStringLiteral(", "));
        QVERIFY2(
            raw.exec(QStringLiteral("INSERT INTO virtual_servers (%1) SELECT %1 FROM source.virtual_servers")
                         .arg(list),
                     &error),
            qPrintable(error));
        QVERIFY(raw.exec(QStringLiteral("DELETE FROM meta")));
        for (const char *table :
             {"meta", "organization", "retry_intervals", "bindings", "access_entries", "recipient_policies",
              "address_spaces", "recipients", "smtp_users", "revisions"}) {
            QVERIFY2(
                raw.exec(
                    QStringLiteral("INSERT INTO main.%1 SELECT * FROM source.%1").arg(QLatin1String(table)),
                    &error),
                qPrintable(error));
        }
        QVERIFY(raw.exec(QStringLiteral("UPDATE meta SET value = 1 WHERE key = 'schema_version'")));
        QVERIFY(raw.exec(QStringLiteral("DETACH DATABASE source")));
    }

    // Opening migrates one step: the data is kept, every server gets the defaults.
    ConfigStore store;
    QString error;
    QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
    QCOMPARE(store.revision(), 3);
    Config loaded;
    QVERIFY2(store.load(&loaded, nullptr, &error), qPrintable(error));
    QVERIFY(loaded == edited);
    QVERIFY(loaded.virtualServers[0].delivery.outboundSecurity.isDefault());
    QCOMPARE(ConfigJson::write(loaded), ConfigJson::write(edited));
    Config earlier;
    QVERIFY(store.configAt(2, &earlier, &error));
    QVERIFY(earlier == example);
    QCOMPARE(store.history(0, &error).size(), 3);
    {
        RawDb raw(dbPath());
        QCOMPARE(raw.value(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt(), 2);
        QCOMPARE(raw.value(QStringLiteral("SELECT outbound_authentication || '/' || outbound_tls || '/'"
                                          " || outbound_user_name FROM virtual_servers"))
                     .toString(),
                 QStringLiteral("anonymous/opportunistic/"));
        // No column for the smart host password: it is kept outside the database (OutboundSecrets).
        QStringList v2Columns;
        QSqlQuery columns(raw.db());
        QVERIFY(columns.exec(QStringLiteral("PRAGMA main.table_info(virtual_servers)")));
        while (columns.next())
            v2Columns << columns.value(1).toString();
        QVERIFY(v2Columns.contains(QStringLiteral("outbound_user_name")));
        QVERIFY2(!v2Columns.join(u' ').contains(QLatin1String("password")), qPrintable(v2Columns.join(u' ')));
        // The new columns refuse what the format does not know.
        QVERIFY(!raw.exec(QStringLiteral("UPDATE virtual_servers SET outbound_tls = 'sometimes'")));
    }

    // And the migrated database takes the new settings.
    Config secured = loaded;
    secured.virtualServers[0].delivery.smartHost = QStringLiteral("smtp.provider.example");
    secured.virtualServers[0].delivery.outboundSecurity = {
        OutboundAuthentication::Basic, QStringLiteral("relay-user"), OutboundTls::Required};
    int rev = 0;
    QCOMPARE(store.commit(secured, 3, change(QStringLiteral("outbound security")), &rev, &error),
             ConfigStore::Result::Ok);
    QVERIFY2(store.load(&loaded, nullptr, &error), qPrintable(error));
    QVERIFY(loaded == secured);
    const QStringList diff = store.history(1, &error).constFirst().diff;
    QVERIFY(diff.contains(QStringLiteral(
        "Outbound Security of Default SMTP Virtual Server: authentication anonymous → basic")));
    QVERIFY(!diff.join(u'\n').contains(QLatin1String("password")));
}

void TestConfigStore::foreignDatabaseIsRefused()
{
    {
        RawDb raw(dbPath());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")));
    }
    ConfigStore store;
    QString error;
    QVERIFY(!store.open(dbPath(), &error));
    QVERIFY2(error.contains(QStringLiteral("not a RelayDesk configuration database")), qPrintable(error));

    const QString text = m_dir->filePath(QStringLiteral("text.sqlite"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QVERIFY(!store.open(text, &error));
    QVERIFY(!error.isEmpty());

    QVERIFY(!store.open(m_dir->filePath(QStringLiteral("missing/dir/relaydesk.sqlite")), &error));
    QVERIFY(!error.isEmpty());
}

void TestConfigStore::reopenPersists()
{
    const Config config = unusualConfig();
    QString error;
    {
        ConfigStore store;
        QVERIFY(store.open(dbPath(), &error));
        int rev = 0;
        QCOMPARE(store.commit(config, 1, change(QStringLiteral("unusual")), &rev, &error),
                 ConfigStore::Result::Ok);
    }
    ConfigStore store;
    QVERIFY(store.open(dbPath(), &error, false));
    Config loaded;
    int rev = 0;
    QVERIFY(store.load(&loaded, &rev, &error));
    QCOMPARE(rev, 2);
    QVERIFY(loaded == config);
    QCOMPARE(fileMode(dbPath()), 0600);
}

void TestConfigStore::connectionsAreReleased()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        ConfigStore a;
        ConfigStore b;
        QString error;
        QVERIFY(a.open(dbPath(), &error));
        QVERIFY(b.open(dbPath(), &error));
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestConfigStore::notOpen()
{
    ConfigStore store;
    QString error;
    QVERIFY(!store.isOpen());
    QCOMPARE(store.revision(&error), -1);
    QVERIFY(!error.isEmpty());
    Config config;
    QVERIFY(!store.load(&config, nullptr, &error));
    int rev = 0;
    QCOMPARE(store.commit(Config::secureDefault(), 0, change(QString()), &rev, &error),
             ConfigStore::Result::Failed);
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "tst_configstore.moc"

#include "configdiff.h"

#include <QtTest>

using namespace RelayDesk;

namespace {

const QString vsName = QStringLiteral("Default SMTP Virtual Server");

AccessEntry single(const QString &address, const QString &comment = {})
{
    AccessEntry e;
    e.type = AccessEntryType::Single;
    e.address = address;
    e.comment = comment;
    return e;
}

AccessEntry group(const QString &address, const QString &mask, const QString &comment = {})
{
    AccessEntry e;
    e.type = AccessEntryType::Group;
    e.address = address;
    e.mask = mask;
    e.comment = comment;
    return e;
}

SmtpUser user(const QString &name, const QString &hash)
{
    SmtpUser u;
    u.name = name;
    u.passwordHash = hash;
    return u;
}

const QString hashA = QStringLiteral("pbkdf2-sha256$120000$c2FsdA==$") + QString(64, QLatin1Char('a'));
const QString hashB = QStringLiteral("pbkdf2-sha256$120000$c2FsdA==$") + QString(64, QLatin1Char('b'));

} // namespace

class TestConfigDiff final : public QObject
{
    Q_OBJECT

private slots:
    void equalIsEmpty();
    void scalarFields();
    void relayEntries();
    void entryChangedInPlace();
    void entryOrder();
    void duplicateEntries();
    void bindings();
    void virtualServers();
    void usersNeverShowHashes();
    void outboundSecurityFieldsWithoutAPassword();
    void recipientsAndPolicies();
    void organization();
    void stableOrder();
    void largeListsAreFast();
};

void TestConfigDiff::equalIsEmpty()
{
    const Config c = Config::secureDefault();
    QVERIFY(ConfigDiff::describe(c, c).isEmpty());
    QVERIFY(ConfigDiff::describe(Config(), Config()).isEmpty());
}

void TestConfigDiff::scalarFields()
{
    const Config before = Config::secureDefault();
    Config after = before;
    VirtualServer &vs = after.virtualServers[0];
    vs.messages.maxRecipientsPerMessage = 100;
    vs.authentication.basicRequiresTls = false;
    vs.relayRestrictions.mode = ListMode::AllExceptList;
    vs.delivery.retryMinutes = {5, 10, 10, 15};
    vs.fqdn = QStringLiteral("relay.corp.example");
    vs.general.limitConnections = 0;

    const QStringList lines = ConfigDiff::describe(before, after);
    QCOMPARE(
        lines,
        QStringList({
            QStringLiteral("General of Default SMTP Virtual Server: limitConnections 500 → 0"),
            QStringLiteral("Authentication of Default SMTP Virtual Server: basicRequiresTls on → off"),
            QStringLiteral(
                "Relay Restrictions of Default SMTP Virtual Server: mode onlyList → allExceptList"),
            QStringLiteral("Messages of Default SMTP Virtual Server: maxRecipientsPerMessage 200 → 100"),
            QStringLiteral(
                "Delivery of Default SMTP Virtual Server: retryMinutes 10, 10, 10, 15 → 5, 10, 10, 15"),
            QStringLiteral("Delivery of Default SMTP Virtual Server: fqdn (empty) → 'relay.corp.example'"),
        }));
}

void TestConfigDiff::relayEntries()
{
    Config before = Config::secureDefault();
    before.virtualServers[0].relayRestrictions.entries = {
        single(QStringLiteral("10.20.0.15"), QStringLiteral("CRM"))};
    Config after = before;
    after.virtualServers[0].relayRestrictions.entries.append(
        group(QStringLiteral("10.30.0.0"), QStringLiteral("255.255.255.0"), QStringLiteral("web farm")));
    after.virtualServers[0].connectionControl.entries.append(single(QStringLiteral("203.0.113.66")));

    QCOMPARE(ConfigDiff::describe(before, after),
             QStringList({
                 QStringLiteral("Connection Control of Default SMTP Virtual Server: added 203.0.113.66"),
                 QStringLiteral(
                     "Relay Restrictions of Default SMTP Virtual Server: added 10.30.0.0/24 'web farm'"),
             }));
    QCOMPARE(ConfigDiff::describe(after, before),
             QStringList({
                 QStringLiteral("Connection Control of Default SMTP Virtual Server: removed 203.0.113.66"),
                 QStringLiteral(
                     "Relay Restrictions of Default SMTP Virtual Server: removed 10.30.0.0/24 'web farm'"),
             }));
}

void TestConfigDiff::entryChangedInPlace()
{
    Config before = Config::secureDefault();
    before.virtualServers[0].relayRestrictions.entries = {
        single(QStringLiteral("10.20.0.99"), QStringLiteral("migration window"))};
    Config after = before;
    AccessEntry &e = after.virtualServers[0].relayRestrictions.entries[0];
    e.comment = QStringLiteral("migration");
    e.expires = QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC);

    QCOMPARE(
        ConfigDiff::describe(before, after),
        QStringList({
            QStringLiteral("Relay Restrictions of Default SMTP Virtual Server: 10.20.0.99: comment "
                           "'migration window' → 'migration'"),
            QStringLiteral("Relay Restrictions of Default SMTP Virtual Server: 10.20.0.99: expires never → "
                           "2027-01-31 00:00 UTC"),
        }));
}

void TestConfigDiff::entryOrder()
{
    Config before = Config::secureDefault();
    before.virtualServers[0].relayRestrictions.entries = {single(QStringLiteral("10.0.0.1")),
                                                          single(QStringLiteral("10.0.0.2"))};
    Config after = before;
    std::swap(after.virtualServers[0].relayRestrictions.entries[0],
              after.virtualServers[0].relayRestrictions.entries[1]);
    QCOMPARE(ConfigDiff::describe(before, after),
             QStringList({QStringLiteral(
                 "Relay Restrictions of Default SMTP Virtual Server: order of entries changed")}));
}

void TestConfigDiff::duplicateEntries()
{
    Config before = Config::secureDefault();
    before.virtualServers[0].relayRestrictions.entries = {single(QStringLiteral("10.0.0.1")),
                                                          single(QStringLiteral("10.0.0.1"))};
    Config after = before;
    after.virtualServers[0].relayRestrictions.entries.removeLast();
    QCOMPARE(
        ConfigDiff::describe(before, after),
        QStringList({QStringLiteral("Relay Restrictions of Default SMTP Virtual Server: removed 10.0.0.1")}));
}

void TestConfigDiff::bindings()
{
    const Config before = Config::secureDefault();
    Config after = before;
    after.virtualServers[0].bindings = {Binding{QStringLiteral("::"), 25}};
    QCOMPARE(ConfigDiff::describe(before, after),
             QStringList({
                 QStringLiteral("General of Default SMTP Virtual Server: removed IP address 127.0.0.1:2525"),
                 QStringLiteral("General of Default SMTP Virtual Server: added IP address [::]:25"),
             }));
}

void TestConfigDiff::virtualServers()
{
    const Config before = Config::secureDefault();
    Config after = before;
    VirtualServer second;
    second.name = QStringLiteral("Partner Relay");
    after.virtualServers.append(second);
    QCOMPARE(ConfigDiff::describe(before, after),
             QStringList({QStringLiteral("SMTP Virtual Servers: added Partner Relay")}));

    Config renamed = before;
    renamed.virtualServers[0].name = QStringLiteral("Relay");
    QCOMPARE(ConfigDiff::describe(before, renamed),
             QStringList({QStringLiteral("SMTP Virtual Servers: removed Default SMTP Virtual Server"),
                          QStringLiteral("SMTP Virtual Servers: added Relay")}));

    // Names match case-insensitively; a change of case is reported as such.
    Config recased = before;
    recased.virtualServers[0].name = vsName.toUpper();
    QCOMPARE(ConfigDiff::describe(before, recased).size(), 1);
    QVERIFY(ConfigDiff::describe(before, recased)
                .first()
                .contains(QStringLiteral("name 'Default SMTP Virtual Server'")));
}

// The smart host password is not in the configuration (OutboundSecrets), so the diff only ever
// sees the three settings.
void TestConfigDiff::outboundSecurityFieldsWithoutAPassword()
{
    const QString prefix = QStringLiteral("Outbound Security of ") + vsName + QStringLiteral(": ");
    Config before = Config::secureDefault();
    Config after = before;
    OutboundSecurity &s = after.virtualServers[0].delivery.outboundSecurity;
    s.authentication = OutboundAuthentication::Basic;
    s.userName = QStringLiteral("relay-user");
    s.tls = OutboundTls::Required;
    QCOMPARE(ConfigDiff::describe(before, after),
             QStringList({prefix + QStringLiteral("authentication anonymous → basic"),
                          prefix + QStringLiteral("userName (empty) → 'relay-user'"),
                          prefix + QStringLiteral("tls opportunistic → required")}));
    const QStringList back = ConfigDiff::describe(after, Config::secureDefault());
    QCOMPARE(back.size(), 3);
    for (const QString &line : back)
        QVERIFY2(!line.contains(QLatin1String("password")), qPrintable(line));
}

void TestConfigDiff::usersNeverShowHashes()
{
    Config before = Config::secureDefault();
    before.smtpUsers = {user(QStringLiteral("crm-app"), hashA)};
    Config after = before;
    after.smtpUsers[0].passwordHash = hashB;
    after.smtpUsers[0].enabled = false;
    after.smtpUsers.append(user(QStringLiteral("scanner"), hashB));

    const QStringList lines = ConfigDiff::describe(before, after);
    QCOMPARE(lines,
             QStringList({
                 QStringLiteral("SMTP Users: crm-app: enabled on → off"),
                 QStringLiteral("SMTP Users: password of crm-app changed"),
                 QStringLiteral("SMTP Users: added scanner"),
             }));
    for (const QString &line : lines) {
        QVERIFY(!line.contains(QStringLiteral("pbkdf2")));
        QVERIFY(!line.contains(QStringLiteral("aaaa")));
    }
    QCOMPARE(ConfigDiff::describe(after, before).first(), QStringLiteral("SMTP Users: removed scanner"));
}

void TestConfigDiff::recipientsAndPolicies()
{
    Config before = Config::secureDefault();
    RecipientPolicy policy;
    policy.name = QStringLiteral("Default Policy");
    AddressSpace corp;
    corp.address = QStringLiteral("@corp.example");
    corp.primary = true;
    policy.addressSpaces = {corp};
    before.recipientPolicies = {policy};
    Recipient alice;
    alice.address = QStringLiteral("alice@corp.example");
    alice.displayName = QStringLiteral("Alice");
    before.recipients = {alice};

    Config after = before;
    after.recipientPolicies[0].priority = 1;
    after.recipientPolicies[0].addressSpaces[0].responsible = false;
    AddressSpace legacy;
    legacy.address = QStringLiteral("@legacy.corp.example");
    after.recipientPolicies[0].addressSpaces.append(legacy);
    after.recipients[0].displayName = QStringLiteral("Alice Example");
    Recipient helpdesk;
    helpdesk.address = QStringLiteral("helpdesk@corp.example");
    after.recipients.append(helpdesk);

    QCOMPARE(
        ConfigDiff::describe(before, after),
        QStringList({
            QStringLiteral("Recipient Policies: Default Policy: priority 0 → 1"),
            QStringLiteral("Recipient Policies: Default Policy: SMTP @corp.example: responsible on → off"),
            QStringLiteral("Recipient Policies: Default Policy: added address space SMTP "
                           "@legacy.corp.example (responsible)"),
            QStringLiteral("Recipients: alice@corp.example: displayName 'Alice' → 'Alice Example'"),
            QStringLiteral("Recipients: added helpdesk@corp.example"),
        }));
}

void TestConfigDiff::organization()
{
    const Config before = Config::secureDefault();
    Config after = before;
    after.organization = QStringLiteral("Corp\nExample");
    QCOMPARE(ConfigDiff::describe(before, after),
             QStringList({QStringLiteral("Organization: name 'First Organization' → 'Corp Example'")}));
}

void TestConfigDiff::stableOrder()
{
    Config before = Config::secureDefault();
    for (int i = 0; i < 50; ++i)
        before.virtualServers[0].relayRestrictions.entries.append(single(QStringLiteral("10.1.0.%1").arg(i)));
    Config after = before;
    auto &entries = after.virtualServers[0].relayRestrictions.entries;
    entries.removeAt(10);
    entries.removeAt(3);
    entries.append(single(QStringLiteral("10.2.0.1")));
    entries.insert(0, single(QStringLiteral("10.2.0.0")));
    const QStringList first = ConfigDiff::describe(before, after);
    QCOMPARE(first, ConfigDiff::describe(before, after));
    const QString prefix = QStringLiteral("Relay Restrictions of Default SMTP Virtual Server: ");
    QCOMPARE(first,
             QStringList(
                 {prefix + QStringLiteral("removed 10.1.0.3"), prefix + QStringLiteral("removed 10.1.0.10"),
                  prefix + QStringLiteral("added 10.2.0.0"), prefix + QStringLiteral("added 10.2.0.1")}));
}

void TestConfigDiff::largeListsAreFast()
{
    Config before = Config::secureDefault();
    auto &entries = before.virtualServers[0].relayRestrictions.entries;
    for (int i = 0; i < 100000; ++i)
        entries.append(single(QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255)));
    Config after = before;
    after.virtualServers[0].relayRestrictions.entries[500].comment = QStringLiteral("x");
    QElapsedTimer timer;
    timer.start();
    const QStringList lines = ConfigDiff::describe(before, after);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestConfigDiff)
#include "tst_configdiff.moc"

#include "example.h"
#include "validation.h"

#include <QtTest>

using namespace RelayDesk;
using RelayDesk::TestSupport::exampleConfig;

namespace {

QString joined(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

AccessEntry group(const QString &address, int prefix)
{
    AccessEntry e;
    e.type = AccessEntryType::Group;
    e.address = address;
    e.prefixLength = prefix;
    return e;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void exampleIsValid();
    void errors_data();
    void errors();
    void everyErrorIsReported();
    void lintOpenRelay();
    void lintWideGroups();
    void lintIpv6GroupsThatCoverIpv4();
    void lintSingleLabelDomains();
    void lintForwardingWithoutHost();
    void lintNoVirtualServer();
    void textFields();
    void lintAuthWithoutTls();
    void lintAuthoritativeWithoutRecipients();
    void outboundSecurityErrors_data();
    void outboundSecurityErrors();
    void lintOutboundSecurity();
    void passwordHashFormat_data();
    void passwordHashFormat();
};

void TestValidation::exampleIsValid()
{
    const Config config = exampleConfig();
    QCOMPARE(joined(Validation::validate(config)), QString());
    QVERIFY(!Validation::isOpenRelay(config.virtualServers.first()));
}

using Edit = std::function<void(Config &)>;
Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(RelayDesk::OutboundSecurity)

void TestValidation::errors_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("expected");

    QTest::newRow("non-contiguous mask") << Edit([](Config &c) {
        c.virtualServers[0].relayRestrictions.entries[1].mask = QStringLiteral("255.0.255.0");
    })
                                         << QStringLiteral("virtualServers[0].relayRestrictions.entries[1]."
                                                           "mask: 255.0.255.0 is not a contiguous netmask");
    QTest::newRow("mask on ipv6")
        << Edit([](Config &c) {
               AccessEntry e;
               e.type = AccessEntryType::Group;
               e.address = QStringLiteral("2001:db8::");
               e.mask = QStringLiteral("255.255.0.0");
               c.virtualServers[0].relayRestrictions.entries.append(e);
           })
        << QStringLiteral(
               "virtualServers[0].relayRestrictions.entries[5].mask: a dotted netmask applies only to IPv4");
    QTest::newRow("prefix too long") << Edit([](Config &c) {
        c.virtualServers[0].relayRestrictions.entries.append(group(QStringLiteral("10.0.0.0"), 33));
    })
                                     << QStringLiteral("virtualServers[0].relayRestrictions.entries[5]."
                                                       "prefixLength: 33 is not a prefix length for IPv4");
    QTest::newRow("bad single") << Edit([](Config &c) {
        c.virtualServers[0].connectionControl.entries[0].address = QStringLiteral("203.0.113");
    })
                                << QStringLiteral("virtualServers[0].connectionControl.entries[0].address: "
                                                  "203.0.113 is not an IPv4 or IPv6 address");
    QTest::newRow("bad domain entry") << Edit([](Config &c) {
        c.virtualServers[0].relayRestrictions.entries[3].name = QStringLiteral("apps..corp");
    })
                                      << QStringLiteral("virtualServers[0].relayRestrictions.entries[3].name:"
                                                        " \"apps..corp\" is not a DNS domain name");
    QTest::newRow("empty name") << Edit([](Config &c) { c.virtualServers[0].name.clear(); })
                                << QStringLiteral("virtualServers[0].name: the name is empty");
    QTest::newRow("duplicate server") << Edit([](Config &c) {
        VirtualServer second = c.virtualServers[0];
        second.bindings[0].port = 2526;
        c.virtualServers.append(second);
    }) << QStringLiteral("virtualServers[1].name: another virtual server is already named");
    QTest::newRow("binding clash") << Edit([](Config &c) {
        VirtualServer second = c.virtualServers[0];
        second.name = QStringLiteral("Second");
        second.bindings[0].address = QStringLiteral("0.0.0.0");
        c.virtualServers.append(second);
    })
                                   << QStringLiteral("virtualServers[1].bindings[0]: 0.0.0.0 port 2525 is "
                                                     "already used by virtualServers[0].bindings[0]");
    QTest::newRow("port") << Edit([](Config &c) {
        c.virtualServers[0].bindings[0].port = 0;
    }) << QStringLiteral("virtualServers[0].bindings[0].port: 0 is out of range (1 to 65535)");
    QTest::newRow("enabled without binding")
        << Edit([](Config &c) { c.virtualServers[0].bindings.clear(); })
        << QStringLiteral("virtualServers[0].bindings: an enabled virtual server needs");
    QTest::newRow("timeout") << Edit([](Config &c) {
        c.virtualServers[0].general.connectionTimeoutMinutes = 0;
    }) << QStringLiteral("virtualServers[0].general.connectionTimeoutMinutes: 0 is out of range");
    QTest::newRow("certificate without key")
        << Edit([](Config &c) {
               c.virtualServers[0].secureCommunication.certificateFile =
                   QStringLiteral("/etc/relaydesk/cert.pem");
           })
        << QStringLiteral(
               "virtualServers[0].secureCommunication.privateKeyFile: a certificate needs its private key");
    QTest::newRow("secure channel without certificate")
        << Edit([](Config &c) { c.virtualServers[0].secureCommunication.requireSecureChannel = true; })
        << QStringLiteral("virtualServers[0].secureCommunication.requireSecureChannel: a secure channel "
                          "cannot be required");
    QTest::newRow("ndr copy") << Edit([](Config &c) {
        c.virtualServers[0].messages.ndrCopyTo = QStringLiteral("not an address");
    }) << QStringLiteral("virtualServers[0].messages.ndrCopyTo: \"not an address\" is not an e-mail address");
    QTest::newRow("forward host") << Edit([](Config &c) {
        c.virtualServers[0].messages.forwardUnresolvedTo = QStringLiteral("bad host!");
    }) << QStringLiteral("virtualServers[0].messages.forwardUnresolvedTo: \"bad host!\" is not a host name");
    QTest::newRow("session smaller than message")
        << Edit([](Config &c) { c.virtualServers[0].messages.maxSessionSizeKb = 100; })
        << QStringLiteral("virtualServers[0].messages.maxSessionSizeKb: the session size limit");
    QTest::newRow("retry count") << Edit([](Config &c) {
        c.virtualServers[0].delivery.retryMinutes = {10, 10};
    }) << QStringLiteral("virtualServers[0].delivery.retryMinutes: expected 4 intervals");
    QTest::newRow("hop count") << Edit([](Config &c) {
        c.virtualServers[0].delivery.maxHopCount = 5;
    }) << QStringLiteral("virtualServers[0].delivery.maxHopCount: 5 is out of range (10 to 256)");
    QTest::newRow("smart host literal")
        << Edit([](Config &c) { c.virtualServers[0].delivery.smartHost = QStringLiteral("[10.0.0.300]"); })
        << QStringLiteral("virtualServers[0].delivery.smartHost");
    QTest::newRow("direct first without smart host")
        << Edit([](Config &c) { c.virtualServers[0].delivery.attemptDirectBeforeSmartHost = true; })
        << QStringLiteral("virtualServers[0].delivery.attemptDirectBeforeSmartHost: there is no smart host");
    QTest::newRow("address space") << Edit(
        [](Config &c) { c.recipientPolicies[0].addressSpaces[0].address = QStringLiteral("corp.example"); })
                                   << QStringLiteral("recipientPolicies[0].addressSpaces[0].address: "
                                                     "\"corp.example\" is not an SMTP address space");
    QTest::newRow("two primaries") << Edit([](Config &c) {
        c.recipientPolicies[0].addressSpaces[1].primary = true;
    }) << QStringLiteral("recipientPolicies[0].addressSpaces: only one SMTP address can be primary");
    QTest::newRow("duplicate address space")
        << Edit([](Config &c) {
               c.recipientPolicies[0].addressSpaces[1].address = QStringLiteral("@CORP.example");
           })
        << QStringLiteral("recipientPolicies[0].addressSpaces[1].address: @CORP.example is already in a "
                          "recipient policy");
    QTest::newRow("recipient") << Edit([](Config &c) { c.recipients[0].address = QStringLiteral("alice"); })
                               << QStringLiteral("recipients[0].address: \"alice\" is not an e-mail address");
    QTest::newRow("duplicate recipient")
        << Edit([](Config &c) { c.recipients[1].address = QStringLiteral("Alice@corp.example"); })
        << QStringLiteral("recipients[1].address: Alice@corp.example is listed twice");
    QTest::newRow("forward to itself")
        << Edit([](Config &c) { c.recipients[1].forwardTo = c.recipients[1].address; })
        << QStringLiteral("recipients[1].forwardTo: a recipient cannot forward to itself");
    QTest::newRow("user name") << Edit([](Config &c) { c.smtpUsers[0].name = QStringLiteral("has space"); })
                               << QStringLiteral("smtpUsers[0].name: \"has space\" is not a user name");
    QTest::newRow("weak hash")
        << Edit([](Config &c) {
               c.smtpUsers[0].passwordHash.replace(QStringLiteral("$120000$"), QStringLiteral("$1000$"));
           })
        << QStringLiteral(
               "smtpUsers[0].passwordHash: the hash uses 1000 iterations; at least 120000 are required");
}

void TestValidation::errors()
{
    QFETCH(Edit, edit);
    QFETCH(QString, expected);
    Config config = exampleConfig();
    edit(config);
    const QList<Problem> problems = Validation::validate(config);
    QVERIFY2(joined(problems).contains(expected), qPrintable(joined(problems)));
    QVERIFY(hasErrors(problems));
}

void TestValidation::everyErrorIsReported()
{
    Config config = exampleConfig();
    config.virtualServers[0].bindings[0].port = 0;
    config.virtualServers[0].relayRestrictions.entries[1].mask = QStringLiteral("255.0.255.0");
    config.smtpUsers[0].passwordHash = QStringLiteral("plain");
    const QList<Problem> problems = Validation::validate(config);
    QCOMPARE(problems.size(), 3);
}

void TestValidation::lintOpenRelay()
{
    Config config = exampleConfig();
    QVERIFY(!joined(Validation::lint(config)).contains(QStringLiteral("open relay")));
    config.virtualServers[0].relayRestrictions.mode = ListMode::AllExceptList;
    config.virtualServers[0].relayRestrictions.entries.clear();
    QString why;
    QVERIFY(Validation::isOpenRelay(config.virtualServers[0], &why));
    QVERIFY(why.contains(QStringLiteral("all computers")));
    const QList<Problem> warnings = Validation::lint(config);
    QVERIFY2(joined(warnings).contains(QStringLiteral("virtualServers[0].relayRestrictions: open relay")),
             qPrintable(joined(warnings)));
    QVERIFY(!hasErrors(warnings));
    QVERIFY(Validation::validate(config).isEmpty()); // allowed, but flagged
}

void TestValidation::lintWideGroups()
{
    Config config = exampleConfig();
    config.virtualServers[0].relayRestrictions.entries.append(group(QStringLiteral("10.0.0.0"), 8));
    QVERIFY(!Validation::isOpenRelay(config.virtualServers[0]));
    QVERIFY(!joined(Validation::lint(config)).contains(QStringLiteral("admits more than")));
    config.virtualServers[0].relayRestrictions.entries.append(group(QStringLiteral("0.0.0.0"), 0));
    QVERIFY(Validation::isOpenRelay(config.virtualServers[0]));
    QVERIFY(joined(Validation::lint(config))
                .contains(
                    QStringLiteral("relayRestrictions.entries[6]: 0.0.0.0/0 admits more than a /8 network")));
    config.virtualServers[0].relayRestrictions.entries.append(group(QStringLiteral("2001:db8::"), 31));
    QVERIFY(joined(Validation::lint(config))
                .contains(QStringLiteral(
                    "relayRestrictions.entries[7]: 2001:db8::/31 admits more than a /32 network")));
    AccessEntry mask;
    mask.type = AccessEntryType::Group;
    mask.address = QStringLiteral("128.0.0.0");
    mask.mask = QStringLiteral("128.0.0.0");
    Config masked = exampleConfig();
    masked.virtualServers[0].relayRestrictions.entries.append(mask);
    QVERIFY(Validation::isOpenRelay(masked.virtualServers[0]));
}

void TestValidation::lintIpv6GroupsThatCoverIpv4()
{
    // IPv4-mapped clients match IPv6 groups that cover ::ffff:0:0/96: judged as IPv4.
    for (const auto &[address, prefix, open] :
         {std::tuple{QStringLiteral("::ffff:0.0.0.0"), 96, true}, std::tuple{QStringLiteral("::"), 32, true},
          std::tuple{QStringLiteral("::ffff:10.0.0.0"), 104, false},
          std::tuple{QStringLiteral("::ffff:0.0.0.0"), 100, true},
          std::tuple{QStringLiteral("2001:db8::"), 48, false}}) {
        Config config = exampleConfig();
        config.virtualServers[0].relayRestrictions.entries = {group(address, prefix)};
        QString why;
        QVERIFY2(Validation::isOpenRelay(config.virtualServers[0], &why) == open, qPrintable(address));
        if (open)
            QVERIFY2(why.contains(QStringLiteral("IPv4 clients")), qPrintable(why));
    }
}

void TestValidation::lintSingleLabelDomains()
{
    Config config = exampleConfig();
    AccessEntry tld;
    tld.type = AccessEntryType::Domain;
    tld.name = QStringLiteral("com");
    config.virtualServers[0].relayRestrictions.entries.append(tld);
    QString why;
    QVERIFY(Validation::isOpenRelay(config.virtualServers[0], &why));
    QVERIFY2(why.contains(QStringLiteral(".com")), qPrintable(why));

    Config spaces = exampleConfig();
    spaces.recipientPolicies[0].addressSpaces.append(
        {QStringLiteral("SMTP"), QStringLiteral("@*.com"), false, false});
    QVERIFY(joined(Validation::lint(spaces))
                .contains(QStringLiteral(
                    "recipientPolicies[0].addressSpaces[2].address: open relay: @*.com accepts "
                    "mail for every domain under .com")));
}

void TestValidation::lintForwardingWithoutHost()
{
    Config config = exampleConfig(); // @legacy.corp.example is not authoritative, and nothing to forward to
    QVERIFY(joined(Validation::lint(config))
                .contains(QStringLiteral(
                    "recipientPolicies[0].addressSpaces[1].responsible: mail for @legacy.corp.example "
                    "is accepted from any client, but Default SMTP Virtual Server has no host")));
    config.virtualServers[0].messages.forwardUnresolvedTo = QStringLiteral("legacy-mail.corp.example");
    QVERIFY(!joined(Validation::lint(config)).contains(QStringLiteral("has no host")));
}

void TestValidation::lintNoVirtualServer()
{
    Config config = exampleConfig();
    config.virtualServers.clear();
    QVERIFY(joined(Validation::lint(config))
                .contains(QStringLiteral("virtualServers: there is no virtual server")));
}

void TestValidation::textFields()
{
    Config config = exampleConfig();
    config.virtualServers[0].name = QStringLiteral("Default\nSMTP\x1b[31m");
    config.virtualServers[0].relayRestrictions.entries[0].comment = QString(2000, QLatin1Char('x'));
    config.recipients[0].displayName = QStringLiteral("Alice\u0085");
    const QString text = joined(Validation::validate(config));
    QVERIFY2(text.contains(QStringLiteral(
                 "virtualServers[0].name: the text contains the control character U+000a at position 8")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("virtualServers[0].relayRestrictions.entries[0].comment: the text "
                                         "is 2000 characters long; at most 1024")));
    QVERIFY(text.contains(
        QStringLiteral("recipients[0].displayName: the text contains the control character U+0085")));
}

void TestValidation::lintAuthWithoutTls()
{
    Config config = exampleConfig();
    config.virtualServers[0].authentication.basicRequiresTls = false;
    QVERIFY(joined(Validation::lint(config))
                .contains(QStringLiteral(
                    "authentication.basicRequiresTls: basic authentication is offered without TLS")));
}

void TestValidation::outboundSecurityErrors_data()
{
    QTest::addColumn<OutboundSecurity>("security");
    QTest::addColumn<QString>("expected"); // empty: valid
    const QString path = QStringLiteral("virtualServers[0].delivery.outboundSecurity.");
    const auto basic = [](const QString &user) {
        OutboundSecurity s;
        s.authentication = OutboundAuthentication::Basic;
        s.userName = user;
        s.tls = OutboundTls::Required;
        return s;
    };
    QTest::newRow("defaults") << OutboundSecurity{} << QString();
    // Valid without a password: that is a secret outside the configuration (OutboundSecrets).
    QTest::newRow("basic") << basic(QStringLiteral("relay@provider.example")) << QString();
    QTest::newRow("basic without user")
        << basic({}) << path + QStringLiteral("userName: basic authentication needs a user name");
    OutboundSecurity anonymousWithUser;
    anonymousWithUser.userName = QStringLiteral("u");
    QTest::newRow("anonymous with user")
        << anonymousWithUser << path + QStringLiteral("userName: anonymous access sends no user name");
    QTest::newRow("control character in user")
        << basic(QStringLiteral("relay\nuser"))
        << path + QStringLiteral("userName: the text contains the control character U+000a at position 6");
    QTest::newRow("long user") << basic(QString(257, QLatin1Char('u')))
                               << path
            + QStringLiteral("userName: the text is 257 characters long; at most 256");
}

void TestValidation::outboundSecurityErrors()
{
    QFETCH(OutboundSecurity, security);
    QFETCH(QString, expected);
    Config config = exampleConfig();
    config.virtualServers[0].delivery.outboundSecurity = security;
    const QList<Problem> problems = Validation::validate(config);
    if (expected.isEmpty()) {
        QCOMPARE(joined(problems), QString());
        return;
    }
    QVERIFY2(joined(problems).contains(expected), qPrintable(joined(problems)));
}

void TestValidation::lintOutboundSecurity()
{
    Config config = exampleConfig();
    config.virtualServers[0].delivery.smartHost = QStringLiteral("smtp.provider.example");
    OutboundSecurity &s = config.virtualServers[0].delivery.outboundSecurity;
    const QString tlsPath = QStringLiteral("virtualServers[0].delivery.outboundSecurity.tls");
    const auto outboundWarnings = [&config] {
        QStringList lines;
        for (const Problem &p : Validation::lint(config)) {
            if (p.path.contains(QLatin1String("outboundSecurity")))
                lines << p.toString();
        }
        return lines;
    };
    // Anonymous (the default), whatever the TLS mode: nothing to say.
    for (OutboundTls tls : {OutboundTls::Off, OutboundTls::Opportunistic, OutboundTls::Required}) {
        s.tls = tls;
        QCOMPARE(outboundWarnings(), QStringList());
    }
    s.authentication = OutboundAuthentication::Basic;
    s.userName = QStringLiteral("u");
    s.tls = OutboundTls::Off;
    QCOMPARE(
        outboundWarnings(),
        QStringList(tlsPath
                    + QStringLiteral(": basic authentication to the smart host without TLS: the password "
                                     "crosses the network in clear text")));
    s.tls = OutboundTls::Opportunistic;
    QCOMPARE(outboundWarnings().size(), 1);
    QVERIFY(outboundWarnings().constFirst().startsWith(tlsPath
                                                       + QStringLiteral(": basic authentication to "
                                                                        "the smart host with "
                                                                        "opportunistic TLS")));
    s.tls = OutboundTls::Required;
    QCOMPARE(outboundWarnings(), QStringList());
    // Credentials but no smart host: they would be sent to no one.
    config.virtualServers[0].delivery.smartHost.clear();
    QCOMPARE(outboundWarnings().size(), 1);
    QVERIFY(outboundWarnings().constFirst().contains(QLatin1String("there is no smart host")));
}

void TestValidation::lintAuthoritativeWithoutRecipients()
{
    Config config = exampleConfig();
    QVERIFY(!joined(Validation::lint(config)).contains(QStringLiteral("has no recipients")));
    config.recipientPolicies[0].addressSpaces.append(
        {QStringLiteral("SMTP"), QStringLiteral("@empty.example"), true, false});
    QVERIFY(joined(Validation::lint(config))
                .contains(QStringLiteral("recipientPolicies[0].addressSpaces[2].responsible: @empty.example "
                                         "is authoritative but has no recipients")));
}

void TestValidation::passwordHashFormat_data()
{
    QTest::addColumn<QString>("hash");
    QTest::addColumn<bool>("valid");
    const QString key = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    QTest::newRow("good") << QStringLiteral("pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0$") + key << true;
    QTest::newRow("more iterations") << QStringLiteral("pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0$") + key
                                     << true;
    QTest::newRow("few iterations") << QStringLiteral("pbkdf2-sha256$119999$c2FsdHNhbHRzYWx0$") + key
                                    << false;
    QTest::newRow("other scheme") << QStringLiteral("pbkdf2-sha1$120000$c2FsdHNhbHRzYWx0$") + key << false;
    QTest::newRow("upper hex") << QStringLiteral("pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0$") + key.toUpper()
                               << false;
    QTest::newRow("short key") << QStringLiteral("pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0$") + key.left(62)
                               << false;
    QTest::newRow("bad salt") << QStringLiteral("pbkdf2-sha256$120000$!!!$") + key << false;
    QTest::newRow("plain") << QStringLiteral("Zq9-secret") << false;
}

void TestValidation::passwordHashFormat()
{
    QFETCH(QString, hash);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(Validation::isValidPasswordHash(hash, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
}

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"

#include "example.h"
#include "relaypolicy.h"

#include <QtTest>

using namespace RelayDesk;
using RelayDesk::TestSupport::exampleConfig;

namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);

SessionFacts facts(const QString &ip, const QString &user = QString(), bool tls = false,
                   const QString &name = QString())
{
    SessionFacts f;
    f.client = QHostAddress(ip);
    f.authenticatedUser = user;
    f.tls = tls;
    f.verifiedHostName = name;
    f.now = Now;
    return f;
}

} // namespace

class TestRelayPolicy : public QObject
{
    Q_OBJECT

private slots:
    void recipients_data();
    void recipients();
    void traceNamesTheDecidingEntry();
    void connect_data();
    void connect();
    void connectionLimit();
    void onlyListConnectionControl();
    void mailFrom_data();
    void mailFrom();
    void authOffered();
    void recipientLimit();
    void allExceptListRelay();
    void authenticatedRelayOff();
    void expiry();
    void wildcardAddressSpace();
    void evaluateStopsAfterRefusal();
    void secureDefaultRefusesEveryone();
    void smtpUtf8Recipients_data();
    void smtpUtf8Recipients();
    void smtpUtf8Sender_data();
    void smtpUtf8Sender();
    void smtpUtf8Order();
};

void TestRelayPolicy::recipients_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("rcpt");
    QTest::addColumn<QString>("reply");

    const QString untrusted = QStringLiteral("192.0.2.50");
    const QString unable = QStringLiteral("550 5.7.1 Unable to relay for ");
    const QString ok = QStringLiteral("250 2.1.5 Recipient OK");
    const QString none;

    // Local delivery and authoritative domains.
    QTest::newRow("local known") << untrusted << none << false << none << "<alice@corp.example>" << ok;
    QTest::newRow("local case") << untrusted << none << false << none << "<ALICE@CORP.EXAMPLE>" << ok;
    QTest::newRow("local trailing dot")
        << untrusted << none << false << none << "<alice@corp.example.>" << ok;
    QTest::newRow("local unknown") << untrusted << none << false << none << "<bob@corp.example>"
                                   << "550 5.1.1 User unknown: bob@corp.example";
    QTest::newRow("postmaster of local")
        << untrusted << none << false << none << "<postmaster@corp.example>" << ok;
    QTest::newRow("bare postmaster") << untrusted << none << false << none << "<Postmaster>" << ok;
    QTest::newRow("not authoritative")
        << untrusted << none << false << none << "<anyone@legacy.corp.example>" << ok;
    QTest::newRow("subdomain not accepted") << untrusted << none << false << none << "<a@sub.corp.example>"
                                            << unable + QStringLiteral("a@sub.corp.example");

    // Classic relay tricks from a client that may not relay.
    QTest::newRow("foreign") << untrusted << none << false << none << "<victim@foreign.example>"
                             << unable + QStringLiteral("victim@foreign.example");
    QTest::newRow("percent hack") << untrusted << none << false << none
                                  << "<victim%foreign.example@corp.example>"
                                  << unable + QStringLiteral("victim%foreign.example@corp.example");
    QTest::newRow("bang path") << untrusted << none << false << none
                               << "<foreign.example!victim@corp.example>"
                               << unable + QStringLiteral("foreign.example!victim@corp.example");
    QTest::newRow("quoted at") << untrusted << none << false << none
                               << "<\"victim@foreign.example\"@corp.example>"
                               << unable + QStringLiteral("\"victim@foreign.example\"@corp.example");
    QTest::newRow("quoted percent") << untrusted << none << false << none
                                    << "<\"victim%foreign.example\"@corp.example>"
                                    << unable + QStringLiteral("victim%foreign.example@corp.example");
    QTest::newRow("percent hack, not authoritative")
        << untrusted << none << false << none << "<victim%foreign.example@legacy.corp.example>"
        << unable + QStringLiteral("victim%foreign.example@legacy.corp.example");
    QTest::newRow("bang path, not authoritative")
        << untrusted << none << false << none << "<foreign.example!victim@legacy.corp.example>"
        << unable + QStringLiteral("foreign.example!victim@legacy.corp.example");
    QTest::newRow("quoted at, not authoritative")
        << untrusted << none << false << none << "<\"victim@foreign.example\"@legacy.corp.example>"
        << unable + QStringLiteral("\"victim@foreign.example\"@legacy.corp.example");
    QTest::newRow("source route") << untrusted << none << false << none
                                  << "<@corp.example:victim@foreign.example>"
                                  << unable + QStringLiteral("victim@foreign.example");
    QTest::newRow("source route two hops")
        << untrusted << none << false << none << "<@corp.example,@legacy.corp.example:victim@foreign.example>"
        << unable + QStringLiteral("victim@foreign.example");
    QTest::newRow("foreign ip literal") << untrusted << none << false << none << "<victim@[198.51.100.7]>"
                                        << unable + QStringLiteral("victim@[198.51.100.7]");
    QTest::newRow("ipv6 literal") << untrusted << none << false << none << "<victim@[IPv6:2001:db8::7]>"
                                  << unable + QStringLiteral("victim@[ipv6:2001:db8::7]");
    QTest::newRow("upper-case foreign") << untrusted << none << false << none << "<VICTIM@FOREIGN.EXAMPLE>"
                                        << unable + QStringLiteral("VICTIM@foreign.example");
    QTest::newRow("trailing dot foreign") << untrusted << none << false << none << "<victim@foreign.example.>"
                                          << unable + QStringLiteral("victim@foreign.example");
    QTest::newRow("local as prefix") << untrusted << none << false << none
                                     << "<victim@corp.example.foreign.example>"
                                     << unable + QStringLiteral("victim@corp.example.foreign.example");
    QTest::newRow("local as suffix") << untrusted << none << false << none << "<victim@evilcorp.example>"
                                     << unable + QStringLiteral("victim@evilcorp.example");
    QTest::newRow("local as substring") << untrusted << none << false << none << "<victim@xcorp.examplex>"
                                        << unable + QStringLiteral("victim@xcorp.examplex");
    QTest::newRow("unqualified") << untrusted << none << false << none << "<victim>"
                                 << QStringLiteral("501 5.1.3 Bad recipient address syntax");
    QTest::newRow("no brackets garbage") << untrusted << none << false << none << "<victim@@foreign.example>"
                                         << QStringLiteral("501 5.1.3 Bad recipient address syntax");

    // Who may relay.
    QTest::newRow("single entry") << "10.20.0.15" << none << false << none << "<a@foreign.example>" << ok;
    QTest::newRow("group entry") << "10.30.0.254" << none << false << none << "<a@foreign.example>" << ok;
    QTest::newRow("outside group") << "10.30.1.1" << none << false << none << "<a@foreign.example>"
                                   << unable + QStringLiteral("a@foreign.example");
    QTest::newRow("mapped ipv4") << "::ffff:10.30.0.9" << none << false << none << "<a@foreign.example>"
                                 << ok;
    QTest::newRow("ipv6 group") << "2001:db8:40::1:2" << none << false << none << "<a@foreign.example>" << ok;
    QTest::newRow("outside ipv6 group") << "2001:db8:41::1" << none << false << none << "<a@foreign.example>"
                                        << unable + QStringLiteral("a@foreign.example");
    QTest::newRow("domain entry") << untrusted << none << false << "web.apps.corp.example"
                                  << "<a@foreign.example>" << ok;
    QTest::newRow("domain entry itself") << untrusted << none << false << "apps.corp.example"
                                         << "<a@foreign.example>" << ok;
    QTest::newRow("domain lookalike")
        << untrusted << none << false << "evilapps.corp.example"
        << "<a@foreign.example>" << unable + QStringLiteral("a@foreign.example");
    QTest::newRow("authenticated over tls")
        << untrusted << "crm-app" << true << none << "<a@foreign.example>" << ok;
    QTest::newRow("authenticated name case")
        << untrusted << "CRM-APP" << true << none << "<a@foreign.example>" << ok;
    QTest::newRow("authenticated without tls")
        << untrusted << "crm-app" << false << none << "<a@foreign.example>"
        << unable + QStringLiteral("a@foreign.example");
    QTest::newRow("unknown user") << untrusted << "mallory" << true << none << "<a@foreign.example>"
                                  << unable + QStringLiteral("a@foreign.example");
    QTest::newRow("trusted percent hack")
        << "10.20.0.15" << none << false << none << "<victim%foreign.example@corp.example>" << ok;
}

void TestRelayPolicy::recipients()
{
    QFETCH(QString, ip);
    QFETCH(QString, user);
    QFETCH(bool, tls);
    QFETCH(QString, name);
    QFETCH(QString, rcpt);
    QFETCH(QString, reply);
    const RelayPolicy policy(exampleConfig(), 0, Now);
    const Decision d = policy.rcptTo(facts(ip, user, tls, name), rcpt);
    QVERIFY2(d.reply() == reply,
             qPrintable(d.reply() + QStringLiteral("\n") + d.trace.join(QLatin1Char('\n'))));
    QVERIFY(!d.trace.isEmpty());
    // Only a domain the organization is not responsible for is forwarded (queued for delivery).
    QCOMPARE(d.forward, qstrcmp(QTest::currentDataTag(), "not authoritative") == 0);
    if (reply.startsWith(QLatin1String("550 5.7.1"))) {
        QVERIFY(!d.local);
        QVERIFY(!d.relay);
        QVERIFY(d.trace.last().contains(QStringLiteral("relay refused")));
    }
}

void TestRelayPolicy::traceNamesTheDecidingEntry()
{
    const RelayPolicy policy(exampleConfig(), 0, Now);
    const Decision d = policy.rcptTo(facts(QStringLiteral("10.30.0.7")), u"<x@foreign.example>");
    QVERIFY(d.relay);
    QCOMPARE(d.matchedEntry, 1);
    QVERIFY2(d.trace.contains(QStringLiteral(
                 "client 10.30.0.7 matches relay entry 2 10.30.0.0/24 'web farm' → relay allowed")),
             qPrintable(d.trace.join(QLatin1Char('\n'))));
    const Decision refused = policy.rcptTo(facts(QStringLiteral("10.20.0.77")), u"<x@foreign.example>");
    QVERIFY(refused.trace.join(QLatin1Char('\n')).contains(QStringLiteral("matches no relay entry")));
    QVERIFY(refused.trace.join(QLatin1Char('\n')).contains(QStringLiteral("did not authenticate")));
}

void TestRelayPolicy::connect_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("reply");
    QTest::newRow("allowed") << "192.0.2.1"
                             << "220 relay.corp.example RelayDesk ESMTP service ready";
    QTest::newRow("banned") << "203.0.113.66"
                            << "554 5.7.1 Access denied for 203.0.113.66";
    QTest::newRow("banned mapped") << "::ffff:203.0.113.66"
                                   << "554 5.7.1 Access denied for 203.0.113.66";
    QTest::newRow("neighbour") << "203.0.113.67"
                               << "220 relay.corp.example RelayDesk ESMTP service ready";
}

void TestRelayPolicy::connect()
{
    QFETCH(QString, ip);
    QFETCH(QString, reply);
    const RelayPolicy policy(exampleConfig(), 0, Now);
    QCOMPARE(policy.connect(facts(ip)).reply(), reply);
}

void TestRelayPolicy::connectionLimit()
{
    Config config = exampleConfig();
    config.virtualServers[0].general.limitConnections = 2;
    const RelayPolicy policy(config, 0, Now);
    QVERIFY(policy.connect(facts(QStringLiteral("192.0.2.1")), 1).accepted());
    const Decision busy = policy.connect(facts(QStringLiteral("192.0.2.1")), 2);
    QCOMPARE(busy.reply(), QStringLiteral("421 4.3.2 Too many connections, try again later"));
    QCOMPARE(busy.verdict, Decision::Verdict::TryLater);
    // A banned client is refused as banned even when the server is full.
    QCOMPARE(policy.connect(facts(QStringLiteral("203.0.113.66")), 2).code, 554);
    config.virtualServers[0].general.limitConnections = 0; // no limit
    QVERIFY(RelayPolicy(config, 0, Now).connect(facts(QStringLiteral("192.0.2.1")), 100000).accepted());
}

void TestRelayPolicy::onlyListConnectionControl()
{
    Config config = exampleConfig();
    config.virtualServers[0].connectionControl.mode = ListMode::OnlyList;
    const RelayPolicy policy(config, 0, Now);
    QVERIFY(policy.connect(facts(QStringLiteral("203.0.113.66"))).accepted());
    QCOMPARE(policy.connect(facts(QStringLiteral("192.0.2.1"))).reply(),
             QStringLiteral("554 5.7.1 Access denied for 192.0.2.1"));
}

void TestRelayPolicy::mailFrom_data()
{
    QTest::addColumn<bool>("anonymous");
    QTest::addColumn<bool>("requireTls");
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("reply");

    const QString ok = QStringLiteral("250 2.1.0 Sender OK");
    QTest::newRow("anonymous") << true << false << QString() << false << "<a@b.example>" << qint64(-1) << ok;
    QTest::newRow("null sender") << true << false << QString() << false << "<>" << qint64(-1) << ok;
    QTest::newRow("local sender") << true << false << QString() << false << "<alice@corp.example>"
                                  << qint64(-1) << ok;
    QTest::newRow("bad syntax") << true << false << QString() << false << "<a b@c>" << qint64(-1)
                                << "501 5.1.7 Bad sender address syntax";
    QTest::newRow("no brackets") << true << false << QString() << false << "a@b.example" << qint64(-1)
                                 << "501 5.1.7 Bad sender address syntax";
    QTest::newRow("anonymous off") << false << false << QString() << false << "<a@b.example>" << qint64(-1)
                                   << "530 5.7.0 Authentication required";
    QTest::newRow("anonymous off authenticated")
        << false << false << "crm-app" << true << "<a@b.example>" << qint64(-1) << ok;
    QTest::newRow("size at limit") << true << false << QString() << false << "<a@b.example>"
                                   << qint64(10240 * 1024) << ok;
    QTest::newRow("size over limit") << true << false << QString() << false << "<a@b.example>"
                                     << qint64(10240 * 1024 + 1)
                                     << "552 5.3.4 Message size exceeds fixed limit";
    QTest::newRow("tls required") << true << true << QString() << false << "<a@b.example>" << qint64(-1)
                                  << "530 5.7.0 Must issue a STARTTLS command first";
    QTest::newRow("tls required and used")
        << true << true << QString() << true << "<a@b.example>" << qint64(-1) << ok;
}

void TestRelayPolicy::mailFrom()
{
    QFETCH(bool, anonymous);
    QFETCH(bool, requireTls);
    QFETCH(QString, user);
    QFETCH(bool, tls);
    QFETCH(QString, path);
    QFETCH(qint64, size);
    QFETCH(QString, reply);
    Config config = exampleConfig();
    config.virtualServers[0].authentication.anonymous = anonymous;
    config.virtualServers[0].secureCommunication.requireSecureChannel = requireTls;
    const RelayPolicy policy(config, 0, Now);
    QCOMPARE(policy.mailFrom(facts(QStringLiteral("192.0.2.1"), user, tls), path, size).reply(), reply);
}

void TestRelayPolicy::authOffered()
{
    Config config = exampleConfig();
    VirtualServer &vs = config.virtualServers[0];
    QVERIFY(!RelayPolicy(config, 0, Now).offersAuth(facts(QStringLiteral("192.0.2.1"))));
    QVERIFY(RelayPolicy(config, 0, Now).offersAuth(facts(QStringLiteral("192.0.2.1"), QString(), true)));
    vs.authentication.basicRequiresTls = false;
    QVERIFY(RelayPolicy(config, 0, Now).offersAuth(facts(QStringLiteral("192.0.2.1"))));
    vs.authentication.basic = false;
    QVERIFY(!RelayPolicy(config, 0, Now).offersAuth(facts(QStringLiteral("192.0.2.1"), QString(), true)));
    // With basic authentication off, a claimed user does not count for relay.
    QCOMPARE(
        RelayPolicy(config, 0, Now)
            .rcptTo(facts(QStringLiteral("192.0.2.1"), QStringLiteral("crm-app"), true), u"<a@f.example>")
            .code,
        550);
    config.smtpUsers[0].enabled = false;
    vs.authentication.basic = true;
    QVERIFY(!RelayPolicy(config, 0, Now).smtpUser(QStringLiteral("crm-app")));
}

void TestRelayPolicy::recipientLimit()
{
    Config config = exampleConfig();
    config.virtualServers[0].messages.maxRecipientsPerMessage = 2;
    const RelayPolicy policy(config, 0, Now);
    const SessionFacts f = facts(QStringLiteral("192.0.2.1"));
    QVERIFY(policy.rcptTo(f, u"<alice@corp.example>", 1).accepted());
    QCOMPARE(policy.rcptTo(f, u"<alice@corp.example>", 2).reply(),
             QStringLiteral("452 4.5.3 Too many recipients"));
    const RelayPolicy::Evaluation e =
        policy.evaluate(f, QStringLiteral("a@b.example"),
                        {QStringLiteral("alice@corp.example"), QStringLiteral("bob@corp.example"),
                         QStringLiteral("helpdesk@corp.example"), QStringLiteral("postmaster@corp.example"),
                         QStringLiteral("alice@corp.example")});
    QCOMPARE(e.recipients.size(), 5);
    QCOMPARE(e.recipients.at(1).code, 550); // refused recipients do not count
    QCOMPARE(e.recipients.at(2).code, 250);
    QCOMPARE(e.recipients.at(3).code, 452);
}

void TestRelayPolicy::allExceptListRelay()
{
    Config config = exampleConfig();
    config.virtualServers[0].relayRestrictions.mode = ListMode::AllExceptList;
    const RelayPolicy policy(config, 0, Now);
    QVERIFY(policy.rcptTo(facts(QStringLiteral("192.0.2.1")), u"<a@foreign.example>").relay);
    const Decision listed = policy.rcptTo(facts(QStringLiteral("10.20.0.15")), u"<a@foreign.example>");
    QCOMPARE(listed.code, 550);
    QCOMPARE(listed.matchedEntry, 0);
    // A listed client that authenticates may still relay.
    QVERIFY(policy
                .rcptTo(facts(QStringLiteral("10.20.0.15"), QStringLiteral("crm-app"), true),
                        u"<a@foreign.example>")
                .relay);
}

void TestRelayPolicy::authenticatedRelayOff()
{
    Config config = exampleConfig();
    config.virtualServers[0].relayRestrictions.allowAuthenticatedRelay = false;
    const RelayPolicy policy(config, 0, Now);
    const Decision d = policy.rcptTo(facts(QStringLiteral("192.0.2.1"), QStringLiteral("crm-app"), true),
                                     u"<a@foreign.example>");
    QCOMPARE(d.code, 550);
    QVERIFY(d.trace.join(QLatin1Char('\n')).contains(QStringLiteral("authenticated relay is off")));
    // Local delivery needs no relay permission.
    QVERIFY(policy.rcptTo(facts(QStringLiteral("192.0.2.1")), u"<alice@corp.example>").accepted());
}

void TestRelayPolicy::expiry()
{
    const Config config = exampleConfig();
    SessionFacts f = facts(QStringLiteral("10.20.0.99"));
    f.now = QDateTime(QDate(2027, 1, 30), QTime(23, 59, 59), Qt::UTC);
    QVERIFY(RelayPolicy(config, 0, Now).rcptTo(f, u"<a@foreign.example>").relay);
    f.now = QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC);
    QCOMPARE(RelayPolicy(config, 0, Now).rcptTo(f, u"<a@foreign.example>").code,
             550); // compiled before, asked after
    QCOMPARE(RelayPolicy(config, 0, f.now).rcptTo(f, u"<a@foreign.example>").code, 550); // compiled after
    QVERIFY(RelayPolicy(config, 0, Now).needsRecompile(f.now));
    QVERIFY(!RelayPolicy(config, 0, Now).needsRecompile(Now));
}

void TestRelayPolicy::wildcardAddressSpace()
{
    Config config = exampleConfig();
    config.recipientPolicies[0].addressSpaces.append(
        {QStringLiteral("SMTP"), QStringLiteral("@*.branch.example"), false, false});
    const RelayPolicy policy(config, 0, Now);
    const SessionFacts f = facts(QStringLiteral("192.0.2.1"));
    QVERIFY(policy.rcptTo(f, u"<a@paris.branch.example>").local);
    QVERIFY(policy.rcptTo(f, u"<a@x.paris.branch.example>").local);
    QCOMPARE(policy.rcptTo(f, u"<a@branch.example>").code, 550); // the wildcard stands for names below it
    QCOMPARE(policy.rcptTo(f, u"<a@evilbranch.example>").code, 550);
}

void TestRelayPolicy::evaluateStopsAfterRefusal()
{
    const RelayPolicy policy(exampleConfig(), 0, Now);
    const RelayPolicy::Evaluation banned =
        policy.evaluate(facts(QStringLiteral("203.0.113.66")), QStringLiteral("a@b.example"),
                        {QStringLiteral("alice@corp.example")});
    QCOMPARE(banned.connect.code, 554);
    QVERIFY(banned.recipients.isEmpty());
    const RelayPolicy::Evaluation e =
        policy.evaluate(facts(QStringLiteral("192.0.2.1")), QStringLiteral("<>"),
                        {QStringLiteral("a@foreign.example"), QStringLiteral("alice@corp.example")});
    QVERIFY(e.relayRefused());
    QCOMPARE(e.recipients.at(1).code, 250);
}

void TestRelayPolicy::secureDefaultRefusesEveryone()
{
    const RelayPolicy policy(Config::secureDefault(), 0, Now);
    for (const QString &ip : {QStringLiteral("127.0.0.1"), QStringLiteral("10.0.0.1"), QStringLiteral("::1")})
        QCOMPARE(policy.rcptTo(facts(ip), u"<a@foreign.example>").code, 550);
    QVERIFY(policy.connect(facts(QStringLiteral("127.0.0.1"))).accepted());
}

void TestRelayPolicy::smtpUtf8Recipients_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("rcpt");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<QString>("reply");

    const QString untrusted = QStringLiteral("192.0.2.50");
    const QString trusted = QStringLiteral("10.20.0.15");
    const QString needsUtf8 = QStringLiteral("553 5.6.7 Non-ASCII addresses require SMTPUTF8");
    const QString unable = QStringLiteral("550 5.7.1 Unable to relay for ");

    // Look-alikes of '@', '%' and '!' that a next hop applying NFKC reads as a percent hack or
    // a bang path. Not authoritative (@legacy.corp.example, any local part is forwarded) is the
    // riskier case; authoritative (@corp.example) must refuse them as relay too.
    const struct
    {
        const char *name;
        QString local;
    } lookalikes[] = {
        {"U+FF20", QStringLiteral("x\uff20foreign.example")},
        {"U+FF05", QStringLiteral("x\uff05foreign.example")},
        {"U+FF01", QStringLiteral("foreign.example\uff01x")},
        {"U+FE6B", QStringLiteral("x\ufe6bforeign.example")},
        {"U+FE6A", QStringLiteral("x\ufe6aforeign.example")},
        {"U+FE57", QStringLiteral("foreign.example\ufe57x")},
    };
    for (const auto &l : lookalikes) {
        for (const QString &domain :
             {QStringLiteral("legacy.corp.example"), QStringLiteral("corp.example")}) {
            const QString address = l.local + QLatin1Char('@') + domain;
            const QString rcpt = QLatin1Char('<') + address + QLatin1Char('>');
            QTest::addRow("%s @%s, no SMTPUTF8", l.name, qPrintable(domain))
                << untrusted << rcpt << false << needsUtf8;
            QTest::addRow("%s @%s, SMTPUTF8", l.name, qPrintable(domain))
                << untrusted << rcpt << true << unable + address;
        }
    }
    // A client that may relay still relays them (they are relay, not local).
    QTest::newRow("U+FF20 from a relay client")
        << trusted << QStringLiteral("<x\uff20foreign.example@legacy.corp.example>") << true
        << QStringLiteral("250 2.1.5 Recipient OK");
    // Plain non-ASCII local parts.
    QTest::newRow("non-ascii unknown user, SMTPUTF8")
        << untrusted << QStringLiteral("<j\u00fcrgen@corp.example>") << true
        << QStringLiteral("550 5.1.1 User unknown: j\u00fcrgen@corp.example");
    QTest::newRow("non-ascii unknown user, no SMTPUTF8")
        << untrusted << QStringLiteral("<j\u00fcrgen@corp.example>") << false << needsUtf8;
    QTest::newRow("non-ascii not authoritative, SMTPUTF8")
        << untrusted << QStringLiteral("<j\u00fcrgen@legacy.corp.example>") << true
        << QStringLiteral("250 2.1.5 Recipient OK");
    QTest::newRow("non-ascii foreign, no SMTPUTF8, relay client")
        << trusted << QStringLiteral("<j\u00fcrgen@foreign.example>") << false << needsUtf8;
    QTest::newRow("ascii, no SMTPUTF8") << untrusted << QStringLiteral("<alice@corp.example>") << false
                                        << QStringLiteral("250 2.1.5 Recipient OK");
}

void TestRelayPolicy::smtpUtf8Recipients()
{
    QFETCH(QString, ip);
    QFETCH(QString, rcpt);
    QFETCH(bool, smtpUtf8);
    QFETCH(QString, reply);
    const RelayPolicy policy(exampleConfig(), 0, Now);
    const Decision d = policy.rcptTo(facts(ip), rcpt, 0, smtpUtf8);
    const QString trace = d.trace.join(QLatin1Char('\n'));
    QVERIFY2(d.reply() == reply, qPrintable(d.reply() + QStringLiteral("\n") + trace));
    if (reply.startsWith(QLatin1String("553 5.6.7"))) {
        QCOMPARE(d.verdict, Decision::Verdict::Reject);
        QVERIFY(!d.local);
        QVERIFY(!d.relay);
        QVERIFY2(
            trace.contains(QStringLiteral("non-ASCII characters and the client did not ask for SMTPUTF8")),
            qPrintable(trace));
    }
    if (reply.startsWith(QLatin1String("550 5.7.1"))) {
        QVERIFY(!d.local);
        QVERIFY(!d.relay);
        QVERIFY2(trace.contains(QStringLiteral("look-alike")), qPrintable(trace));
        QVERIFY(d.trace.last().contains(QStringLiteral("relay refused")));
    }
}

void TestRelayPolicy::smtpUtf8Sender_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("smtpUtf8");
    QTest::addColumn<QString>("reply");

    const QString ok = QStringLiteral("250 2.1.0 Sender OK");
    const QString needsUtf8 = QStringLiteral("553 5.6.7 Non-ASCII addresses require SMTPUTF8");
    const qint64 over = qint64(10240 * 1024 + 1);
    QTest::newRow("non-ascii, no SMTPUTF8")
        << QStringLiteral("<j\u00fcrgen@b.example>") << qint64(-1) << false << needsUtf8;
    QTest::newRow("non-ascii, SMTPUTF8")
        << QStringLiteral("<j\u00fcrgen@b.example>") << qint64(-1) << true << ok;
    QTest::newRow("look-alike, no SMTPUTF8")
        << QStringLiteral("<x\uff20foreign.example@b.example>") << qint64(-1) << false << needsUtf8;
    QTest::newRow("ascii, no SMTPUTF8") << QStringLiteral("<a@b.example>") << qint64(-1) << false << ok;
    QTest::newRow("null sender, no SMTPUTF8") << QStringLiteral("<>") << qint64(-1) << false << ok;
    // Order: syntax, then SMTPUTF8, then size.
    QTest::newRow("non-ascii bad syntax") << QStringLiteral("<j\u00fcr gen@b.example>") << qint64(-1) << false
                                          << QStringLiteral("501 5.1.7 Bad sender address syntax");
    QTest::newRow("non-ascii over size, no SMTPUTF8")
        << QStringLiteral("<j\u00fcrgen@b.example>") << over << false << needsUtf8;
    QTest::newRow("non-ascii over size, SMTPUTF8")
        << QStringLiteral("<j\u00fcrgen@b.example>") << over << true
        << QStringLiteral("552 5.3.4 Message size exceeds fixed limit");
}

void TestRelayPolicy::smtpUtf8Sender()
{
    QFETCH(QString, path);
    QFETCH(qint64, size);
    QFETCH(bool, smtpUtf8);
    QFETCH(QString, reply);
    const RelayPolicy policy(exampleConfig(), 0, Now);
    const Decision d = policy.mailFrom(facts(QStringLiteral("192.0.2.1")), path, size, smtpUtf8);
    const QString trace = d.trace.join(QLatin1Char('\n'));
    QVERIFY2(d.reply() == reply, qPrintable(d.reply() + QStringLiteral("\n") + trace));
    if (d.code == 553) {
        QCOMPARE(d.verdict, Decision::Verdict::Reject);
        QVERIFY2(
            trace.contains(QStringLiteral("non-ASCII characters and the client did not ask for SMTPUTF8")),
            qPrintable(trace));
    }
}

void TestRelayPolicy::smtpUtf8Order()
{
    Config config = exampleConfig();
    config.virtualServers[0].messages.maxRecipientsPerMessage = 1;
    const RelayPolicy policy(config, 0, Now);
    const SessionFacts f = facts(QStringLiteral("192.0.2.50"));
    const QString lookalike = QStringLiteral("x\uff20foreign.example@legacy.corp.example");

    // After the syntax check, before the recipient limit.
    QCOMPARE(policy.rcptTo(f, QStringLiteral("<j\u00fcr gen@corp.example>"), 0, false).code, 501);
    QCOMPARE(policy.rcptTo(f, QStringLiteral("<j\u00fcrgen@corp.example>"), 1, false).code, 553);
    QCOMPARE(policy.rcptTo(f, QStringLiteral("<j\u00fcrgen@corp.example>"), 1, true).code, 452);

    // evaluate() models a client that did not use SMTPUTF8 unless told otherwise.
    const RelayPolicy::Evaluation plain =
        policy.evaluate(f, QStringLiteral("<>"), {lookalike, QStringLiteral("alice@corp.example")});
    QCOMPARE(plain.recipients.size(), 2);
    QCOMPARE(plain.recipients.at(0).reply(),
             QStringLiteral("553 5.6.7 Non-ASCII addresses require SMTPUTF8"));
    QVERIFY(!plain.recipients.at(0).local);
    QCOMPARE(plain.recipients.at(1).code, 250);
    QVERIFY(!plain.relayRefused());

    const RelayPolicy::Evaluation utf8 = policy.evaluate(f, QStringLiteral("<>"), {lookalike}, true);
    QCOMPARE(utf8.recipients.at(0).reply(), QStringLiteral("550 5.7.1 Unable to relay for ") + lookalike);
    QVERIFY(utf8.relayRefused());

    const RelayPolicy::Evaluation sender =
        policy.evaluate(f, QStringLiteral("j\u00fcrgen@b.example"), {QStringLiteral("alice@corp.example")});
    QCOMPARE(sender.mail.code, 553);
    QVERIFY(sender.recipients.isEmpty());
    QVERIFY(policy
                .evaluate(f, QStringLiteral("j\u00fcrgen@b.example"), {QStringLiteral("alice@corp.example")},
                          true)
                .recipients.at(0)
                .accepted());
}

QTEST_APPLESS_MAIN(TestRelayPolicy)
#include "tst_relaypolicy.moc"

#include "configjson.h"
#include "example.h"
#include "validation.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace RelayDesk;

class TestConfigJson : public QObject
{
    Q_OBJECT

private slots:
    void exampleRoundTripKeepsEveryField();
    void secureDefaults();
    void defaultsFillMissingOptionalFields();
    void errorsNameTheirPath_data();
    void errorsNameTheirPath();
    void malformedJsonNamesLineAndColumn();
    void everyProblemIsReported();
    void partialReadForValidation();
    void expiryZonesAndMilliseconds();
    void snapshotCarriesTheRevision();
    void exampleExportIsUnchangedByteForByte();
    void outboundSecurityRoundTrip();
    void outboundSecurityAtItsDefaultsIsLeftOut();
    void snapshotAndExportCarryNoPassword();

private:
};

void TestConfigJson::exampleRoundTripKeepsEveryField()
{
    Config config;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(TestSupport::exampleJson(), &config, &problems));
    QVERIFY(problems.isEmpty());
    QVERIFY(Validation::validate(config).isEmpty());

    const VirtualServer &vs = config.virtualServers.at(0);
    QCOMPARE(vs.fqdn, QStringLiteral("relay.corp.example"));
    QCOMPARE(vs.connectionControl.mode, ListMode::AllExceptList);
    QCOMPARE(vs.relayRestrictions.entries.size(), 5);
    QCOMPARE(vs.relayRestrictions.entries.at(1).mask, QStringLiteral("255.255.255.0"));
    QCOMPARE(vs.relayRestrictions.entries.at(1).prefixLength, -1);
    QCOMPARE(vs.relayRestrictions.entries.at(2).prefixLength, 64);
    QCOMPARE(vs.relayRestrictions.entries.at(3).type, AccessEntryType::Domain);
    QCOMPARE(vs.relayRestrictions.entries.at(4).expires, QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC));
    QCOMPARE(vs.delivery.retryMinutes, (QList<int>{10, 10, 10, 15}));
    QCOMPARE(config.recipientPolicies.at(0).addressSpaces.at(1).responsible, false);
    QCOMPARE(config.recipients.at(1).forwardTo, QStringLiteral("alice@corp.example"));

    // The writer keeps every field: the document it writes equals the example, field for field.
    const QByteArray written = ConfigJson::write(config);
    QCOMPARE(QJsonDocument::fromJson(written).object(),
             QJsonDocument::fromJson(TestSupport::exampleJson()).object());
    Config again;
    QVERIFY(ConfigJson::read(written, &again, &problems));
    QCOMPARE(again, config);
}

void TestConfigJson::secureDefaults()
{
    const Config config = Config::secureDefault();
    QCOMPARE(config.virtualServers.size(), 1);
    const VirtualServer &vs = config.virtualServers.first();
    QCOMPARE(vs.bindings, (QList<Binding>{Binding{QStringLiteral("127.0.0.1"), 2525}}));
    QCOMPARE(vs.relayRestrictions.mode, ListMode::OnlyList);
    QVERIFY(vs.relayRestrictions.entries.isEmpty());
    QVERIFY(vs.relayRestrictions.allowAuthenticatedRelay);
    QVERIFY(vs.authentication.basicRequiresTls);
    QCOMPARE(vs.general.limitConnections, 500);
    QCOMPARE(vs.messages.maxRecipientsPerMessage, 200);
    QCOMPARE(vs.messages.maxMessageSizeKb, 10240);
    QVERIFY(!Validation::isOpenRelay(vs));
    QVERIFY(Validation::validate(config).isEmpty());
}

void TestConfigJson::defaultsFillMissingOptionalFields()
{
    const QByteArray json = R"({"format": "relaydesk-config", "version": 1,
        "virtualServers": [ { "name": "Minimal" } ] })";
    Config config;
    QList<Problem> problems;
    QVERIFY2(ConfigJson::read(json, &config, &problems), qPrintable(problems.value(0).toString()));
    QCOMPARE(config.virtualServers.size(), 1);
    VirtualServer expected;
    expected.name = QStringLiteral("Minimal");
    QCOMPARE(config.virtualServers.first(), expected);
}

void TestConfigJson::errorsNameTheirPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    const QByteArray head = R"({"format": "relaydesk-config", "version": 1, )";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("not a JSON object");
    QTest::newRow("missing format") << QByteArray(R"({"version": 1})")
                                    << QStringLiteral("format: required field is missing");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "version": 1})")
                                  << QStringLiteral("format: \"x\" is not a RelayDesk configuration");
    QTest::newRow("future version") << QByteArray(R"({"format": "relaydesk-config", "version": 2})")
                                    << QStringLiteral("version: version 2 is not supported");
    QTest::newRow("unknown top-level")
        << head + R"("extra": true})" << QStringLiteral("extra: unknown field");
    QTest::newRow("unknown nested") << head
            + R"("virtualServers": [{"name": "a", "messages": {"maxSize": 1}}]})"
                                    << QStringLiteral("virtualServers[0].messages.maxSize: unknown field");
    QTest::newRow("unknown in entry")
        << head
            + R"("virtualServers": [{"name": "a", "relayRestrictions": {"entries": [{"type": "single", "address": "10.0.0.1", "mask": "255.0.0.0"}]}}]})"
        << QStringLiteral("virtualServers[0].relayRestrictions.entries[0].mask: unknown field");
    QTest::newRow("bad entry type")
        << head
            + R"("virtualServers": [{"name": "a", "relayRestrictions": {"entries": [{"type": "subnet", "address": "10.0.0.1"}]}}]})"
        << QStringLiteral(
               "virtualServers[0].relayRestrictions.entries[0].type: \"subnet\" is not an entry type");
    QTest::newRow("group without size")
        << head
            + R"("virtualServers": [{"name": "a", "relayRestrictions": {"entries": [{"type": "group", "address": "10.0.0.0"}]}}]})"
        << QStringLiteral(
               "virtualServers[0].relayRestrictions.entries[0]: a group needs \"mask\" or \"prefixLength\"");
    QTest::newRow("bad mode")
        << head + R"("virtualServers": [{"name": "a", "relayRestrictions": {"mode": "everyone"}}]})"
        << QStringLiteral("virtualServers[0].relayRestrictions.mode: \"everyone\" is not a list mode");
    QTest::newRow("bad expiry") << head
            + R"("virtualServers": [{"name": "a", "relayRestrictions": {"entries": [{"type": "single", "address": "10.0.0.1", "expires": "tomorrow"}]}}]})"
                                << QStringLiteral("virtualServers[0].relayRestrictions.entries[0].expires: "
                                                  "\"tomorrow\" is not a UTC date and time");
    QTest::newRow("wrong type bool")
        << head + R"("virtualServers": [{"name": "a", "enabled": "yes"}]})"
        << QStringLiteral("virtualServers[0].enabled: expected true or false, found a string");
    QTest::newRow("fraction") << head
            + R"("virtualServers": [{"name": "a", "general": {"limitConnections": 1.5}}]})"
                              << QStringLiteral(
                                     "virtualServers[0].general.limitConnections: 1.5 is not a whole number");
    QTest::newRow("array of non-objects")
        << head + R"("recipients": ["alice@corp.example"]})"
        << QStringLiteral("recipients[0]: expected an object, found a string");
    QTest::newRow("missing required")
        << head + R"("smtpUsers": [{"name": "x"}]})"
        << QStringLiteral("smtpUsers[0].passwordHash: required field is missing");
    const QByteArray outbound =
        head + R"("virtualServers": [{"name": "a", "delivery": {"outboundSecurity": )";
    QTest::newRow("outbound unknown field")
        << outbound + R"({"authentication": "basic", "user": "x"}}}]})"
        << QStringLiteral("virtualServers[0].delivery.outboundSecurity.user: unknown field");
    QTest::newRow("outbound not an object")
        << outbound + R"("basic"}}]})"
        << QStringLiteral("virtualServers[0].delivery.outboundSecurity: expected an object, found a string");
    QTest::newRow("outbound bad authentication")
        << outbound + R"({"authentication": "ntlm"}}}]})"
        << QStringLiteral("virtualServers[0].delivery.outboundSecurity.authentication: \"ntlm\" is not an "
                          "outbound authentication (expected \"anonymous\" or \"basic\")");
    QTest::newRow("outbound bad tls")
        << outbound + R"({"tls": "always"}}}]})"
        << QStringLiteral("virtualServers[0].delivery.outboundSecurity.tls: \"always\" is not a TLS mode");
    QTest::newRow("outbound tls as boolean")
        << outbound + R"({"tls": true}}}]})"
        << QStringLiteral(
               "virtualServers[0].delivery.outboundSecurity.tls: expected a string, found a boolean");
    // The smart host password is a secret kept outside the configuration: refused, whatever its
    // value, with where it is set instead.
    const QString refused = QStringLiteral(
        "virtualServers[0].delivery.outboundSecurity.password: the smart host password is not part of the "
        "configuration; set it in the console (Delivery ▸ Outbound Security…) or with relaydeskctl "
        "smarthost-password");
    QTest::newRow("outbound password refused")
        << outbound + R"({"authentication": "basic", "userName": "u", "password": "s3cret"}}}]})" << refused;
    QTest::newRow("outbound empty password refused")
        << outbound + R"({"authentication": "anonymous", "password": ""}}}]})" << refused;
    QTest::newRow("outbound password as number refused")
        << outbound + R"({"authentication": "basic", "userName": "u", "password": 1234}}}]})" << refused;
}

void TestConfigJson::errorsNameTheirPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Config config;
    config.organization = QStringLiteral("untouched");
    QList<Problem> problems;
    QVERIFY(!ConfigJson::read(json, &config, &problems));
    QStringList texts;
    for (const Problem &p : problems)
        texts << p.toString();
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(expected), qPrintable(texts.join(QLatin1Char('\n'))));
    QCOMPARE(config.organization, QStringLiteral("untouched")); // nothing half-read
}

void TestConfigJson::malformedJsonNamesLineAndColumn()
{
    const QByteArray json = "{\n  \"format\": \"relaydesk-config\",\n  \"version\": 1,\n  \"organization\": "
                            "\"x\"\n  \"oops\": 1\n}\n";
    Config config;
    QList<Problem> problems;
    QVERIFY(!ConfigJson::read(json, &config, &problems));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().path.startsWith(QStringLiteral("line 5, column")),
             qPrintable(problems.first().toString()));
    QVERIFY(problems.first().message.startsWith(QStringLiteral("malformed JSON")));
}

void TestConfigJson::everyProblemIsReported()
{
    const QByteArray json = R"({"format": "relaydesk-config", "version": 1, "a": 1,
        "virtualServers": [{"name": "x", "b": 2, "general": {"c": 3}}], "smtpUsers": [{"d": 4}]})";
    Config config;
    QList<Problem> problems;
    QVERIFY(!ConfigJson::read(json, &config, &problems));
    QStringList paths;
    for (const Problem &p : problems)
        paths << p.path;
    paths.sort();
    QCOMPARE(
        paths,
        (QStringList{QStringLiteral("a"), QStringLiteral("smtpUsers[0].d"),
                     QStringLiteral("smtpUsers[0].name"), QStringLiteral("smtpUsers[0].passwordHash"),
                     QStringLiteral("virtualServers[0].b"), QStringLiteral("virtualServers[0].general.c")}));
}

void TestConfigJson::partialReadForValidation()
{
    const QByteArray json = R"({"format": "relaydesk-config", "version": 1,
        "virtualServers": [{"name": "x", "bindings": [{"address": "127.0.0.1", "port": "25"}],
            "relayRestrictions": {"entries": [{"type": "group", "address": "10.0.0.0", "mask": "255.0.255.0"}]}}]})";
    Config config;
    Config partial;
    config.organization = QStringLiteral("untouched");
    QList<Problem> problems;
    QVERIFY(!ConfigJson::read(json, &config, &problems, &partial));
    QCOMPARE(config.organization, QStringLiteral("untouched"));
    QCOMPARE(problems.size(), 1); // the port's type
    QCOMPARE(partial.virtualServers.size(), 1);
    QCOMPARE(partial.virtualServers.first().relayRestrictions.entries.first().mask,
             QStringLiteral("255.0.255.0"));
}

void TestConfigJson::expiryZonesAndMilliseconds()
{
    const QByteArray head = R"({"format": "relaydesk-config", "version": 1, "virtualServers": [{"name": "a",
        "relayRestrictions": {"entries": [{"type": "single", "address": "10.0.0.1", "expires": ")";
    const QByteArray tail = R"("}]}}]})";
    Config config;
    QList<Problem> problems;
    // An explicit offset is converted to UTC, whatever the host's zone.
    QVERIFY(ConfigJson::read(head + "2027-01-31T01:00:00+01:00" + tail, &config, &problems));
    const QDateTime expires = config.virtualServers.first().relayRestrictions.entries.first().expires;
    QCOMPARE(expires, QDateTime(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC));
    QVERIFY(ConfigJson::write(config).contains("\"2027-01-31T00:00:00Z\""));
    // Milliseconds survive a round trip.
    QVERIFY(ConfigJson::read(head + "2027-01-31T00:00:00.250Z" + tail, &config, &problems));
    Config again;
    QVERIFY(ConfigJson::read(ConfigJson::write(config), &again, &problems));
    QCOMPARE(again, config);
    QCOMPARE(again.virtualServers.first().relayRestrictions.entries.first().expires.time().msec(), 250);
}

void TestConfigJson::snapshotCarriesTheRevision()
{
    Config config;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(TestSupport::exampleJson(), &config, &problems));
    const QByteArray snapshot = ConfigJson::writeSnapshot(config, 42);
    Config back;
    int revision = -1;
    QVERIFY(ConfigJson::readSnapshot(snapshot, &back, &revision, &problems));
    QCOMPARE(revision, 42);
    QCOMPARE(back, config);
    // A plain export reads as a snapshot of revision 0; import refuses the snapshot's extra field.
    QVERIFY(ConfigJson::readSnapshot(ConfigJson::write(config), &back, &revision, &problems));
    QCOMPARE(revision, 0);
    QVERIFY(!ConfigJson::read(snapshot, &back, &problems));
    problems.clear();
    QVERIFY(!ConfigJson::readSnapshot(QByteArray(snapshot).replace("\"revision\": 42", "\"revision\": -1"),
                                      &back, &revision, &problems));
    QCOMPARE(problems.value(0).path, QStringLiteral("revision"));
}

void TestConfigJson::exampleExportIsUnchangedByteForByte()
{
    // Before outbound security existed, the export of the example was the example's own object
    // written by QJsonDocument (exampleRoundTripKeepsEveryField compares the two objects). The
    // export must still be exactly those bytes: without an outboundSecurity object.
    const QByteArray written = ConfigJson::write(TestSupport::exampleConfig());
    QCOMPARE(written, QJsonDocument::fromJson(TestSupport::exampleJson()).toJson(QJsonDocument::Indented));
    QVERIFY(!written.contains("outboundSecurity"));
    QCOMPARE(ConfigJson::writeSnapshot(TestSupport::exampleConfig(), 7).contains("outboundSecurity"), false);
}

void TestConfigJson::outboundSecurityRoundTrip()
{
    Config config = TestSupport::exampleConfig();
    OutboundSecurity &s = config.virtualServers[0].delivery.outboundSecurity;
    s.authentication = OutboundAuthentication::Basic;
    s.userName = QStringLiteral("relay@provider.example");
    s.tls = OutboundTls::Required;
    const QByteArray written = ConfigJson::write(config);
    const QJsonObject object =
        QJsonDocument::fromJson(written)[QLatin1String("virtualServers")][0][QLatin1String("delivery")]
                                        [QLatin1String("outboundSecurity")]
                                            .toObject();
    QCOMPARE(object,
             (QJsonObject{{QStringLiteral("authentication"), QStringLiteral("basic")},
                          {QStringLiteral("userName"), QStringLiteral("relay@provider.example")},
                          {QStringLiteral("tls"), QStringLiteral("required")}}));
    Config back;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(written, &back, &problems));
    QCOMPARE(back, config);
    QCOMPARE(ConfigJson::write(back), written);

    // Anonymous with another TLS mode: the object without the empty credentials.
    s = OutboundSecurity{};
    s.tls = OutboundTls::Off;
    const QJsonObject anonymous = QJsonDocument::fromJson(ConfigJson::write(config))[QLatin1String(
        "virtualServers")][0][QLatin1String("delivery")][QLatin1String("outboundSecurity")]
                                      .toObject();
    QCOMPARE(anonymous,
             (QJsonObject{{QStringLiteral("authentication"), QStringLiteral("anonymous")},
                          {QStringLiteral("tls"), QStringLiteral("off")}}));
    QVERIFY(ConfigJson::read(ConfigJson::write(config), &back, &problems));
    QCOMPARE(back, config);

    // Every field may be left out: a missing one takes its default.
    const QByteArray partial =
        R"({"format": "relaydesk-config", "version": 1, "virtualServers": [{"name": "a",
        "delivery": {"outboundSecurity": {"tls": "required"}}}]})";
    QVERIFY2(ConfigJson::read(partial, &back, &problems), qPrintable(problems.value(0).toString()));
    QCOMPARE(back.virtualServers[0].delivery.outboundSecurity.authentication,
             OutboundAuthentication::Anonymous);
    QCOMPARE(back.virtualServers[0].delivery.outboundSecurity.tls, OutboundTls::Required);
}

void TestConfigJson::outboundSecurityAtItsDefaultsIsLeftOut()
{
    // Written out in full at its defaults, it reads; the export then leaves it out.
    QByteArray json = TestSupport::exampleJson();
    json.replace("\"reverseDnsLookup\": false",
                 "\"reverseDnsLookup\": false, \"outboundSecurity\": {\"authentication\": \"anonymous\", "
                 "\"userName\": \"\", \"tls\": \"opportunistic\"}");
    QVERIFY(json.contains("outboundSecurity"));
    Config config;
    QList<Problem> problems;
    QVERIFY2(ConfigJson::read(json, &config, &problems), qPrintable(problems.value(0).toString()));
    QVERIFY(config.virtualServers[0].delivery.outboundSecurity.isDefault());
    QCOMPARE(config, TestSupport::exampleConfig());
    QCOMPARE(ConfigJson::write(config), ConfigJson::write(TestSupport::exampleConfig()));
}

// With basic authentication the export and the listener's snapshot carry the user name and TLS
// mode, and no password field at all: the delivery agent reads it from OutboundSecrets.
void TestConfigJson::snapshotAndExportCarryNoPassword()
{
    Config config = TestSupport::exampleConfig();
    OutboundSecurity &s = config.virtualServers[0].delivery.outboundSecurity;
    s.authentication = OutboundAuthentication::Basic;
    s.userName = QStringLiteral("relay-user");
    s.tls = OutboundTls::Required;
    for (const QByteArray &written : {ConfigJson::write(config), ConfigJson::writeSnapshot(config, 3)}) {
        QVERIFY(written.contains("relay-user"));
        QVERIFY(!written.contains("\"password\""));
    }
    Config back;
    int revision = 0;
    QList<Problem> problems;
    QVERIFY(ConfigJson::readSnapshot(ConfigJson::writeSnapshot(config, 3), &back, &revision, &problems));
    QCOMPARE(back, config);
    QVERIFY(!hasErrors(Validation::validate(back))); // valid without a password
}

QTEST_APPLESS_MAIN(TestConfigJson)
#include "tst_configjson.moc"

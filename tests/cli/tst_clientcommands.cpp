// relaydeskctl test-send, relay-test and explain --check-listener: the real binary against the real
// listener that "relaydeskctl listener start" runs, on a loopback port the OS picked.
#include "configjson.h"
#include "corpdomain.h"
#include "ctlrun.h"
#include "passwordhash.h"
#include "rcptprobe.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace RelayDesk;

namespace {

using Run = RelayDesk::TestSupport::CtlRun;

const QString VsName = QStringLiteral("Default SMTP Virtual Server");
const QString UserName = QStringLiteral("crm-app");
const QString Password = QStringLiteral("s3cret");

} // namespace

class TestClientCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testSendExitCodesAndTranscript();
    void testSendWithTlsAndAuthentication();
    void relayTestClosedAndOpen();
    void explainChecksTheListener();

private:
    Run ctl(const QStringList &args, const QByteArray &input = QByteArray());
    // Imports the test configuration (relay entries, mode, certificate) and syncs unless noSync.
    bool importConfig(const QStringList &relayEntries = {}, bool open = false, bool noSync = false);
    bool startListener();

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    QString m_cert;
    QString m_key;
};

Run TestClientCommands::ctl(const QStringList &args, const QByteArray &input)
{
    return RelayDesk::TestSupport::runCtl(QStringLiteral(RELAYDESKCTL_PATH), m_dir->path(), args, input,
                                          120000);
}

void TestClientCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    m_port = TestSupport::freeLoopbackPort();
    m_cert.clear();
    m_key.clear();
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
}

void TestClientCommands::cleanup()
{
    // No test leaves a listener behind.
    QCOMPARE(ctl({QStringLiteral("listener"), QStringLiteral("stop")}).exitCode, 0);
}

bool TestClientCommands::importConfig(const QStringList &relayEntries, bool open, bool noSync)
{
    Config config = Config::secureDefault();
    TestSupport::addCorpDomain(config, UserName, PasswordHash::hash(Password));
    VirtualServer &vs = config.virtualServers[0];
    vs.bindings = {Binding{QStringLiteral("127.0.0.1"), m_port}};
    vs.fqdn = QStringLiteral("relay.test");
    vs.relayRestrictions.mode = open ? ListMode::AllExceptList : ListMode::OnlyList;
    for (const QString &address : relayEntries) {
        AccessEntry e;
        e.address = address;
        vs.relayRestrictions.entries.append(e);
    }
    vs.secureCommunication.certificateFile = m_cert;
    vs.secureCommunication.privateKeyFile = m_key;
    const QString path = m_dir->filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(ConfigJson::write(config));
    file.close();
    QStringList args{QStringLiteral("import"), path};
    if (noSync)
        args << QStringLiteral("--no-sync");
    const Run r = ctl(args);
    if (r.exitCode != 0)
        qWarning("import failed: %s %s", qPrintable(r.out), qPrintable(r.err));
    return r.exitCode == 0;
}

bool TestClientCommands::startListener()
{
    const Run r = ctl({QStringLiteral("listener"), QStringLiteral("start")});
    if (r.exitCode != 0)
        qWarning("listener start failed: %s", qPrintable(r.err));
    return r.exitCode == 0;
}

void TestClientCommands::testSendExitCodesAndTranscript()
{
    QVERIFY(importConfig({QStringLiteral("127.0.0.61")}));
    QVERIFY(startListener());
    const QStringList target{QStringLiteral("test-send"), QStringLiteral("--host"),
                             QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_port)};

    // A local recipient: delivered, exit 0, the transcript with its prefixes, the verdict in words.
    Run r = ctl(target
                + QStringList{QStringLiteral("--source-address"), QStringLiteral("127.0.0.40"),
                              QStringLiteral("--from"), QStringLiteral("app@client.example"),
                              QStringLiteral("--to"), QStringLiteral("alice@corp.example"),
                              QStringLiteral("--subject"), QStringLiteral("CLI test")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("*  Connected to 127.0.0.1 port ")));
    QVERIFY(r.out.contains(QLatin1String("S: 220 relay.test RelayDesk ESMTP service ready")));
    QVERIFY(r.out.contains(QLatin1String("C: MAIL FROM:<app@client.example>")));
    QVERIFY(r.out.contains(QLatin1String("C: Subject: CLI test")));
    QVERIFY(r.out.contains(QLatin1String("Queued mail for delivery")));
    QVERIFY(r.out.contains(QLatin1String("Delivered: the server queued the message")));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("mailroot/vsi-1/Drop"))).entryList(QDir::Files).size(), 1);

    // The listed client relays (250), an unlisted one is refused (550 5.7.1) with the explanation.
    r = ctl(target
            + QStringList{QStringLiteral("--source-address"), QStringLiteral("127.0.0.61"),
                          QStringLiteral("--from"), QStringLiteral("app@corp.example"),
                          QStringLiteral("--to"), QStringLiteral("x@foreign.example")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    r = ctl(target
            + QStringList{QStringLiteral("--source-address"), QStringLiteral("127.0.0.9"),
                          QStringLiteral("--from"), QStringLiteral("app@corp.example"),
                          QStringLiteral("--to"), QStringLiteral("x@foreign.example")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QLatin1String("S: 550 5.7.1 Unable to relay for x@foreign.example")));
    QVERIFY2(r.out.contains(
                 QLatin1String("550 5.7.1 Unable to relay: 127.0.0.9 is not on the relay list of Default "
                               "SMTP Virtual Server and the session did not authenticate")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String("C: DATA")));

    // The same through --vs, as JSON.
    r = ctl({QStringLiteral("test-send"), QStringLiteral("--vs"), VsName, QStringLiteral("--source-address"),
             QStringLiteral("127.0.0.9"), QStringLiteral("--from"), QStringLiteral("<>"),
             QStringLiteral("--to"), QStringLiteral("x@foreign.example"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
    QCOMPARE(json.value(QStringLiteral("virtualServer")).toString(), VsName);
    QVERIFY(json.value(QStringLiteral("transcript")).toArray().size() > 5);
    const QJsonObject explanation = json.value(QStringLiteral("explanations")).toArray().at(0).toObject();
    QVERIFY(explanation.value(QStringLiteral("explanation"))
                .toString()
                .contains(QLatin1String("not on the relay list")));
    QVERIFY(explanation.value(QStringLiteral("agrees")).toBool());

    // Nothing listens: exit 3. Bad usage: exit 2.
    r = ctl({QStringLiteral("test-send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
             QStringLiteral("--port"), QString::number(TestSupport::freeLoopbackPort()),
             QStringLiteral("--from"), QStringLiteral("a@b.example"), QStringLiteral("--to"),
             QStringLiteral("c@d.example")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.contains(QLatin1String("Failed at the connection")));
    QCOMPARE(ctl(target + QStringList{QStringLiteral("--from"), QStringLiteral("a@b.example")}).exitCode, 2);
    QCOMPARE(
        ctl(target
            + QStringList{QStringLiteral("--from"), QStringLiteral("a@b.example"), QStringLiteral("--to"),
                          QStringLiteral("c@d.example"), QStringLiteral("--user"), UserName})
            .exitCode,
        2); // --user without --password-stdin
    // A source address of another computer cannot be bound: bad usage, said before connecting.
    r = ctl(target
            + QStringList{QStringLiteral("--source-address"), QStringLiteral("192.0.2.10"),
                          QStringLiteral("--from"), QStringLiteral("a@b.example"), QStringLiteral("--to"),
                          QStringLiteral("c@d.example")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("192.0.2.10 is not an address of this computer")),
             qPrintable(r.err));

    // Addresses copied with their angle brackets are sent with one pair.
    r = ctl(target
            + QStringList{QStringLiteral("--source-address"), QStringLiteral("127.0.0.40"),
                          QStringLiteral("--from"), QStringLiteral("<app@client.example>"),
                          QStringLiteral("--to"), QStringLiteral("<alice@corp.example>"),
                          QStringLiteral("--probe")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("C: MAIL FROM:<app@client.example>")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("C: RCPT TO:<alice@corp.example>")));
}

void TestClientCommands::testSendWithTlsAndAuthentication()
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed");
    m_cert = m_dir->filePath(QStringLiteral("cert.pem"));
    m_key = m_dir->filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=relay.test"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert});
    QVERIFY(openssl.waitForFinished(60000)); // a child process
    QCOMPARE(openssl.exitCode(), 0);
    QVERIFY(importConfig());
    QVERIFY(startListener());

    // An authenticated client relays (basic authentication needs TLS: STARTTLS first).
    const QStringList send{QStringLiteral("test-send"),
                           QStringLiteral("--vs"),
                           VsName,
                           QStringLiteral("--source-address"),
                           QStringLiteral("127.0.0.9"),
                           QStringLiteral("--require-tls"),
                           QStringLiteral("--insecure"),
                           QStringLiteral("--user"),
                           UserName,
                           QStringLiteral("--password-stdin"),
                           QStringLiteral("--from"),
                           QStringLiteral("app@corp.example"),
                           QStringLiteral("--to"),
                           QStringLiteral("x@foreign.example")};
    Run r = ctl(send, Password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("C: STARTTLS")));
    QVERIFY(r.out.contains(QLatin1String("*  TLS is on")));
    QVERIFY(r.out.contains(QLatin1String("C: AUTH PLAIN ****")));
    QVERIFY(!r.out.contains(Password));
    QCOMPARE(QDir(m_dir->filePath(QStringLiteral("mailroot/vsi-1/Queue"))).entryList(QDir::Files).size(), 1);

    // A wrong password: refused (535), exit 1.
    r = ctl(send, QByteArrayLiteral("wrong\n"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QLatin1String("S: 535 5.7.8 Authentication credentials invalid")));

    // The self-signed certificate without --insecure: the conversation fails, exit 3.
    QStringList strict = send;
    strict.removeAll(QStringLiteral("--insecure"));
    r = ctl(strict, Password.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.contains(QLatin1String("Certificate problem")));
}

void TestClientCommands::relayTestClosedAndOpen()
{
    QVERIFY(importConfig({QStringLiteral("127.0.0.61")}));
    QVERIFY(startListener());

    // The secure default: every attempt refused, exit 0, a line per case, the reports written.
    const QString html = m_dir->filePath(QStringLiteral("report.html"));
    Run r =
        ctl({QStringLiteral("relay-test"), QStringLiteral("--vs"), VsName, QStringLiteral("--report"), html});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("Closed: all")));
    const int cases = int(r.out.count(QLatin1String("refused (pass)")));
    QVERIFY2(cases >= 25, qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String("RELAYED")));
    QVERIFY(!r.out.contains(QLatin1String("from 127.0.0.61"))); // the listed client is never the tester
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray htmlReport = htmlFile.readAll();
    QVERIFY(htmlReport.startsWith("<!DOCTYPE html>"));
    QVERIFY(htmlReport.contains("RCPT TO:&lt;relaytest%relaytest.invalid@corp.example&gt;"));

    const QString text = m_dir->filePath(QStringLiteral("report.txt"));
    r = ctl({QStringLiteral("relay-test"), QStringLiteral("--json"), QStringLiteral("--report"), text});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(json.value(QStringLiteral("closed")).toBool());
    QCOMPARE(json.value(QStringLiteral("cases")).toArray().size(), cases);
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    QVERIFY(textFile.readAll().contains("C: RCPT TO:<relaytest@[192.0.2.1]>"));

    // A source address on the relay list proves nothing: exit 2.
    r = ctl({QStringLiteral("relay-test"), QStringLiteral("--source-address"), QStringLiteral("127.0.0.61")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("127.0.0.61")));

    // An open configuration (all except an empty list): the relays are found and named, exit 1.
    QVERIFY(importConfig({}, true));
    r = ctl({QStringLiteral("relay-test"), QStringLiteral("--report"),
             m_dir->filePath(QStringLiteral("open.html"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.contains(QLatin1String("OPEN RELAY")));
    QVERIFY(
        r.out.contains(QLatin1String("relayed: Foreign sender to a foreign recipient (foreign-to-foreign)")));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("open.html"))));
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("mailroot/vsi-1/Queue"))).entryList(QDir::Files).isEmpty());

    // No listener: exit 3.
    QCOMPARE(ctl({QStringLiteral("listener"), QStringLiteral("stop")}).exitCode, 0);
    r = ctl({QStringLiteral("relay-test")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.contains(QLatin1String("cannot be reached")));
}

void TestClientCommands::explainChecksTheListener()
{
    QVERIFY(importConfig());
    QVERIFY(startListener());
    const QStringList envelope{QStringLiteral("explain"),
                               QStringLiteral("--vs"),
                               VsName,
                               QStringLiteral("--ip"),
                               QStringLiteral("127.0.0.9"),
                               QStringLiteral("--from"),
                               QStringLiteral("a@b.example"),
                               QStringLiteral("--to"),
                               QStringLiteral("x@foreign.example"),
                               QStringLiteral("--to"),
                               QStringLiteral("alice@corp.example"),
                               QStringLiteral("--check-listener")};

    // In sync: the listener agrees (the relay is refused: exit 1 as without the check).
    Run r = ctl(envelope);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QLatin1String("The listener agrees with the database")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("C: RSET")));
    QVERIFY(!r.out.contains(QLatin1String("C: DATA")));

    // The database lets 127.0.0.9 relay but the listener was not told (--no-sync): they disagree.
    QVERIFY(importConfig({QStringLiteral("127.0.0.9")}, false, true));
    r = ctl(envelope);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QLatin1String("DISAGREES")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("The listener disagrees with the database on 1 answer")));
    r = ctl(envelope + QStringList{QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8())
                 .object()
                 .value(QStringLiteral("listener"))
                 .toObject()
                 .value(QStringLiteral("agrees"))
                 .toBool());

    // After sync they agree, and everything is accepted: exit 0.
    QCOMPARE(ctl({QStringLiteral("sync")}).exitCode, 0);
    r = ctl(envelope);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("The listener agrees with the database")));

    // An address that is not this machine's cannot be the live check's source.
    QStringList remote = envelope;
    remote[remote.indexOf(QStringLiteral("127.0.0.9"))] = QStringLiteral("10.20.0.77");
    r = ctl(remote);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("address of this machine")));

    // No listener: exit 3.
    QCOMPARE(ctl({QStringLiteral("listener"), QStringLiteral("stop")}).exitCode, 0);
    QCOMPARE(ctl(envelope).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestClientCommands)
#include "tst_clientcommands.moc"

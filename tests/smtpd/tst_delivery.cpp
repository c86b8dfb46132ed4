// The delivery agent in-process (listener A, with its queues and the control calls) relaying to a
// second, real relaydesk-smtpd (B) as its smart host, over loopback ports the OS picked. B is
// authoritative for @remote.test with the one recipient bob; A for @corp.example (alice). A
// "minute" of A's retry schedule lasts 100 ms (RELAYDESK_DELIVERY_MINUTE_MS).
#include "../client/smtpdprocess.h"

#include "configjson.h"
#include "corpdomain.h"
#include "deliveryagent.h"
#include "listener.h"
#include "outboundsecrets.h"
#include "passwordhash.h"
#include "smtpclient.h"

#include <QDir>
#include <QJsonArray>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RelayDesk;
using TestSupport::SmtpdProcess;

namespace {

Config smartHostConfig()
{
    Config config = Config::secureDefault();
    TestSupport::addAuthoritativeDomain(config, QStringLiteral("Remote"), QStringLiteral("remote.test"),
                                        QStringLiteral("bob@remote.test"));
    return config;
}

QStringList files(const QString &dir, const QString &pattern = QStringLiteral("*.eml"))
{
    return QDir(dir).entryList({pattern}, QDir::Files, QDir::Name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestDelivery final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Listener> m_listener;
    std::unique_ptr<SmtpdProcess> m_smartHost;
    quint16 m_port = 0;
    quint16 m_smartHostPort = 0;

    QString folder(const QString &name) const
    {
        return m_dir->filePath(QStringLiteral("mailroot/vsi-1/") + name);
    }

    Config relayConfig(const std::function<void(VirtualServer &)> &change = {})
    {
        Config config = Config::secureDefault();
        VirtualServer &vs = config.virtualServers[0];
        vs.bindings = {Binding{QStringLiteral("127.0.0.1"), m_port}};
        vs.fqdn = QStringLiteral("relay.corp.example");
        AccessEntry local;
        local.address = QStringLiteral("127.0.0.1");
        vs.relayRestrictions.entries = {local};
        vs.delivery.smartHost = QStringLiteral("127.0.0.1");
        vs.delivery.smartHostPort = m_smartHostPort;
        vs.delivery.retryMinutes = {1, 1, 1, 1};
        TestSupport::addCorpDomain(config, QStringLiteral("crm-app"), QString());
        config.smtpUsers.clear();
        if (change)
            change(vs);
        return config;
    }

    void startRelay(const Config &config, const QHostAddress &dnsServer = QHostAddress())
    {
        QDir().mkpath(m_dir->filePath(QStringLiteral("listener")));
        QSaveFile file(m_dir->filePath(QStringLiteral("listener/config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ConfigJson::writeSnapshot(config, 1));
        QVERIFY(file.commit());
        Listener::Options options;
        options.dataDirectory = m_dir->path();
        options.controlSocket = false;
        options.dnsServer = dnsServer;
        m_listener = std::make_unique<Listener>(options);
        QString error;
        int exitCode = -1;
        QVERIFY2(m_listener->start(&error, &exitCode), qPrintable(error));
    }

    void startSmartHost(const std::function<void(Config &)> &change = {})
    {
        m_smartHost = std::make_unique<SmtpdProcess>();
        m_smartHost->port = m_smartHostPort;
        Config config = smartHostConfig();
        if (change)
            change(config);
        QString error;
        QVERIFY2(m_smartHost->start(config, &error), qPrintable(error));
    }

    QByteArray smartHostDrop(int index = 0) const
    {
        return m_smartHost->readMessage(QStringLiteral("Drop"),
                                        m_smartHost->messages(QStringLiteral("Drop")).at(index));
    }

    SmtpClientResult send(const QString &from, const QStringList &to, const QByteArray &token)
    {
        SmtpClientOptions options;
        options.host = QStringLiteral("127.0.0.1");
        options.port = m_port;
        options.tls = TlsMode::Off;
        options.from = from;
        options.to = to;
        options.message = "From: <" + from.toUtf8() + ">\r\nTo: <" + to.constFirst().toUtf8()
            + ">\r\nSubject: delivery test\r\n\r\nbody " + token + "\r\n";
        return SmtpClient::run(options);
    }

    QJsonObject queue() const { return m_listener->queue(); }

private slots:
    void initTestCase()
    {
        // The suite holds every listener's queue; this test is about delivering it.
        qunsetenv("RELAYDESK_HOLD_QUEUE");
        qputenv("RELAYDESK_DELIVERY_MINUTE_MS", "100");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QList<quint16> ports = TestSupport::freeLoopbackPorts(2);
        m_port = ports[0];
        m_smartHostPort = ports[1];
    }

    void cleanup()
    {
        m_listener.reset();
        m_smartHost.reset();
    }

    void deliversToTheSmartHost()
    {
        startSmartHost();
        startRelay(relayConfig());
        const SmtpClientResult sent =
            send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-1");
        QCOMPARE(sent.outcome, SmtpClientResult::Outcome::Delivered);
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 1, 20000);
        const QByteArray arrived = m_smartHost->readMessage(
            QStringLiteral("Drop"), m_smartHost->messages(QStringLiteral("Drop")).constFirst());
        QVERIFY(arrived.contains("X-Sender: alice@corp.example"));
        QVERIFY(arrived.contains("X-Receiver: bob@remote.test"));
        QVERIFY(arrived.contains("body token-1"));
        // A's trace header travelled with it, and the smart host added its own.
        QVERIFY(arrived.contains("by relay.corp.example"));
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
        QCOMPARE(files(folder(QStringLiteral("Queue")), QStringLiteral("*.state")).size(), 0);
        QCOMPARE(queue().value(QStringLiteral("queue")).toArray().size(), 0);
    }

    void permanentFailureReturnsAReportAndItsCopy()
    {
        startSmartHost();
        startRelay(relayConfig(
            [](VirtualServer &vs) { vs.messages.ndrCopyTo = QStringLiteral("postmaster@corp.example"); }));
        // bob is delivered; nobody is refused by the smart host with 550 5.1.1.
        const SmtpClientResult sent =
            send(QStringLiteral("alice@corp.example"),
                 {QStringLiteral("bob@remote.test"), QStringLiteral("nobody@remote.test")}, "token-2");
        QCOMPARE(sent.outcome, SmtpClientResult::Outcome::Delivered);
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Drop"))).size(), 1, 20000);
        const QByteArray report =
            readAll(folder(QStringLiteral("Drop/")) + files(folder(QStringLiteral("Drop"))).constFirst());
        QVERIFY2(report.startsWith("X-Sender: \r\n") || report.startsWith("X-Sender: <>\r\n"),
                 report.left(80).constData());
        QVERIFY(report.contains("X-Receiver: alice@corp.example"));
        QVERIFY(report.contains("X-Receiver: postmaster@corp.example"));
        QVERIFY(report.contains("multipart/report"));
        QVERIFY(report.contains("report-type=delivery-status"));
        QVERIFY(report.contains("Final-Recipient: rfc822; nobody@remote.test"));
        QVERIFY(report.contains("Action: failed"));
        QVERIFY(report.contains("Status: 5.1.1"));
        QVERIFY2(report.contains("Diagnostic-Code: smtp; 550 5.1.1"), report.constData());
        QVERIFY(!report.contains("Final-Recipient: rfc822; bob@remote.test"));
        QVERIFY(!report.contains("body token-2")); // the headers come back, never the body
        QVERIFY(report.contains("Subject: delivery test"));
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
    }

    void nullSenderFailureGoesToBadmail()
    {
        startSmartHost();
        startRelay(relayConfig());
        const SmtpClientResult sent = send(QString(), {QStringLiteral("nobody@remote.test")}, "token-3");
        QCOMPARE(sent.outcome, SmtpClientResult::Outcome::Delivered);
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Badmail")), QStringLiteral("*.bdr")).size(), 1,
                                  20000);
        const QString bdr = files(folder(QStringLiteral("Badmail")), QStringLiteral("*.bdr")).constFirst();
        QVERIFY(readAll(folder(QStringLiteral("Badmail/")) + bdr).contains("550 5.1.1"));
        const QString bad = bdr.left(bdr.size() - 4) + QStringLiteral(".bad");
        QVERIFY(readAll(folder(QStringLiteral("Badmail/")) + bad).contains("body token-3"));
        QCOMPARE(files(folder(QStringLiteral("Drop"))).size(), 0); // no report to <>
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
    }

    void retriesUntilTheSmartHostIsUp()
    {
        startRelay(relayConfig());
        const SmtpClientResult sent =
            send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-4");
        QCOMPARE(sent.outcome, SmtpClientResult::Outcome::Delivered);
        // Refused connections: the queue says so and counts the attempts.
        QTRY_VERIFY_WITH_TIMEOUT(
            queue().value(QStringLiteral("queue")).toArray().size() == 1
                && queue()[QStringLiteral("queue")][0][QStringLiteral("attempts")].toInt() >= 2,
            20000);
        const QJsonObject entry = queue()[QStringLiteral("queue")][0].toObject();
        QCOMPARE(entry.value(QStringLiteral("destination")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_smartHostPort));
        QCOMPARE(entry.value(QStringLiteral("route")).toString(), QStringLiteral("smartHost"));
        QVERIFY2(!entry.value(QStringLiteral("lastError")).toString().isEmpty(), "no last error");
        const QJsonObject summary = queue()[QStringLiteral("queues")][0].toObject();
        QCOMPARE(summary.value(QStringLiteral("messages")).toInt(), 1);
        // The state survives in Queue/<id>.state.
        QCOMPARE(files(folder(QStringLiteral("Queue")), QStringLiteral("*.state")).size(), 1);

        startSmartHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
        QCOMPARE(files(folder(QStringLiteral("Queue")), QStringLiteral("*.state")).size(), 0);
    }

    void delayNoticeThenExpiry()
    {
        startRelay(relayConfig([](VirtualServer &vs) {
            vs.delivery.delayNotificationMinutes = 2;
            vs.delivery.expirationMinutes = 6;
        }));
        const SmtpClientResult sent =
            send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-5");
        QCOMPARE(sent.outcome, SmtpClientResult::Outcome::Delivered);
        // First the delay notice, then (the smart host never comes) the report with 4.4.7.
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Drop"))).size(), 2, 30000);
        QByteArrayList reports;
        for (const QString &name : files(folder(QStringLiteral("Drop"))))
            reports << readAll(folder(QStringLiteral("Drop/")) + name);
        const auto delayed = std::count_if(reports.cbegin(), reports.cend(),
                                           [](const QByteArray &r) { return r.contains("Action: delayed"); });
        const auto failed = std::count_if(reports.cbegin(), reports.cend(), [](const QByteArray &r) {
            return r.contains("Action: failed") && r.contains("Status: 4.4.7");
        });
        QCOMPARE(delayed, 1);
        QCOMPARE(failed, 1);
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
    }

    void freezeRetryAndDelete()
    {
        startRelay(relayConfig([](VirtualServer &vs) { vs.delivery.retryMinutes = {600, 600, 600, 600}; }));
        QVERIFY(
            send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-6").outcome
            == SmtpClientResult::Outcome::Delivered);
        QVERIFY(
            send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-7").outcome
            == SmtpClientResult::Outcome::Delivered);
        // Both fail once (nothing listens), then wait an hour of test minutes.
        QTRY_VERIFY_WITH_TIMEOUT(
            queue()[QStringLiteral("queues")][0][QStringLiteral("state")].toString() == QLatin1String("retry")
                && queue()[QStringLiteral("queues")][0][QStringLiteral("messages")].toInt() == 2,
            20000);
        const QJsonArray messages = queue().value(QStringLiteral("queue")).toArray();
        const QString first = messages.at(0)[QStringLiteral("id")].toString();
        const QString second = messages.at(1)[QStringLiteral("id")].toString();

        QJsonObject answer =
            m_listener->queueAction(QStringLiteral("queue-freeze"), {{QStringLiteral("id"), first}});
        QVERIFY(answer.value(QStringLiteral("ok")).toBool());
        QCOMPARE(answer.value(QStringLiteral("messages")).toInt(), 1);
        answer = m_listener->queueAction(QStringLiteral("queue-freeze"),
                                         {{QStringLiteral("id"), QStringLiteral("nope")}});
        QVERIFY(!answer.value(QStringLiteral("ok")).toBool());
        QVERIFY(answer.value(QStringLiteral("error")).toString().contains(QLatin1String("nope")));

        // The smart host comes up; "retry" on the whole queue sends the one that is not frozen.
        startSmartHost();
        answer = m_listener->queueAction(
            QStringLiteral("queue-retry"),
            {{QStringLiteral("virtualServer"), QStringLiteral("Default SMTP Virtual Server")},
             {QStringLiteral("destination"), QStringLiteral("127.0.0.1:%1").arg(m_smartHostPort)}});
        QVERIFY2(answer.value(QStringLiteral("ok")).toBool(),
                 qPrintable(answer.value(QStringLiteral("error")).toString()));
        // (retry also unfreezes: so both go)
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
        Q_UNUSED(second)

        // Freeze keeps a message from going; delete removes it without a report.
        m_smartHost.reset();
        QVERIFY(
            send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-8").outcome
            == SmtpClientResult::Outcome::Delivered);
        QTRY_VERIFY_WITH_TIMEOUT(queue()[QStringLiteral("queue")][0][QStringLiteral("state")].toString()
                                     == QLatin1String("retry"),
                                 20000);
        const QString third = queue()[QStringLiteral("queue")][0][QStringLiteral("id")].toString();
        QVERIFY(m_listener->queueAction(QStringLiteral("queue-freeze"), {{QStringLiteral("id"), third}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(queue()[QStringLiteral("queue")][0][QStringLiteral("state")].toString(),
                 QStringLiteral("frozen"));
        QVERIFY(m_listener->queueAction(QStringLiteral("queue-delete"), {{QStringLiteral("id"), third}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QCOMPARE(files(folder(QStringLiteral("Queue"))).size(), 0);
        QCOMPARE(queue().value(QStringLiteral("queue")).toArray().size(), 0);
        QCOMPARE(files(folder(QStringLiteral("Drop"))).size(), 0);
    }

    void deleteWithReport()
    {
        startRelay(relayConfig([](VirtualServer &vs) { vs.delivery.retryMinutes = {600, 600, 600, 600}; }));
        QVERIFY(
            send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-9").outcome
            == SmtpClientResult::Outcome::Delivered);
        QTRY_VERIFY_WITH_TIMEOUT(queue()[QStringLiteral("queue")][0][QStringLiteral("state")].toString()
                                     == QLatin1String("retry"),
                                 20000);
        const QString id = queue()[QStringLiteral("queue")][0][QStringLiteral("id")].toString();
        QVERIFY(m_listener
                    ->queueAction(QStringLiteral("queue-delete"),
                                  {{QStringLiteral("id"), id}, {QStringLiteral("ndr"), true}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Drop"))).size(), 1, 10000);
        QVERIFY(readAll(folder(QStringLiteral("Drop/")) + files(folder(QStringLiteral("Drop"))).constFirst())
                    .contains("Final-Recipient: rfc822; bob@remote.test"));
        // The message goes once the spool has reported the report durable (just after its file
        // appears in Drop/).
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
    }

    void pickupIsSent()
    {
        startSmartHost();
        startRelay(relayConfig());
        QSaveFile eml(folder(QStringLiteral("Pickup/hello.eml")));
        QVERIFY(eml.open(QIODevice::WriteOnly));
        eml.write(
            "X-Sender: <alice@corp.example>\r\nX-Receiver: <bob@remote.test>\r\n"
            "From: alice@corp.example\r\nTo: bob@remote.test\r\nSubject: picked up\r\n\r\nbody token-10\r\n");
        QVERIFY(eml.commit()); // written under another name, then renamed into place
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 1, 20000);
        QVERIFY(m_smartHost
                    ->readMessage(QStringLiteral("Drop"),
                                  m_smartHost->messages(QStringLiteral("Drop")).constFirst())
                    .contains("body token-10"));
        QCOMPARE(files(folder(QStringLiteral("Pickup"))).size(), 0);

        // A file without recipients goes to Badmail with the reason.
        QSaveFile bad(folder(QStringLiteral("Pickup/broken.eml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("From: alice@corp.example\r\nSubject: nobody\r\n\r\nbody\r\n");
        QVERIFY(bad.commit());
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Badmail")), QStringLiteral("*.bdr")).size(), 1,
                                  10000);
        QCOMPARE(files(folder(QStringLiteral("Pickup"))).size(), 0);
    }
    void basicAuthenticationToTheSmartHost()
    {
        // The smart host takes mail only from an authenticated client.
        startSmartHost([](Config &config) {
            VirtualServer &vs = config.virtualServers[0];
            vs.authentication.anonymous = false;
            vs.authentication.basicRequiresTls = false;
            SmtpUser user;
            user.name = QStringLiteral("relay-a");
            user.passwordHash = PasswordHash::hash(QStringLiteral("pa55word"));
            config.smtpUsers = {user};
        });
        startRelay(relayConfig([](VirtualServer &vs) {
            vs.delivery.retryMinutes = {600, 600, 600, 600};
            vs.delivery.outboundSecurity.authentication = OutboundAuthentication::Basic;
            vs.delivery.outboundSecurity.userName = QStringLiteral("relay-a");
            vs.delivery.outboundSecurity.tls = OutboundTls::Off;
        }));
        QVERIFY(send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-11")
                    .outcome
                == SmtpClientResult::Outcome::Delivered);
        // No password set yet: a temporary failure that says what to do, and nothing sent.
        QTRY_VERIFY_WITH_TIMEOUT(queue()[QStringLiteral("queue")][0][QStringLiteral("state")].toString()
                                     == QLatin1String("retry"),
                                 20000);
        QVERIFY2(queue()[QStringLiteral("queue")][0][QStringLiteral("lastError")].toString().contains(
                     QLatin1String("smarthost-password")),
                 qPrintable(queue()[QStringLiteral("queue")][0][QStringLiteral("lastError")].toString()));
        QString error;
        QVERIFY2(OutboundSecrets::set(m_dir->path(), QStringLiteral("Default SMTP Virtual Server"),
                                      QStringLiteral("pa55word"), &error),
                 qPrintable(error));
        const QString id = queue()[QStringLiteral("queue")][0][QStringLiteral("id")].toString();
        QVERIFY(m_listener->queueAction(QStringLiteral("queue-retry"), {{QStringLiteral("id"), id}})
                    .value(QStringLiteral("ok"))
                    .toBool());
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 1, 20000);
        QVERIFY(smartHostDrop().contains("with ESMTPA")); // the smart host saw an authenticated client
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
    }

    void requiredTlsChecksTheCertificate()
    {
        const auto [cert, key] = TestSupport::makeCertificate(m_dir->path());
        QVERIFY2(!cert.isEmpty(), "openssl could not make a certificate");
        const auto withCertificate = [cert = cert, key = key](Config &config) {
            config.virtualServers[0].secureCommunication.certificateFile = cert;
            config.virtualServers[0].secureCommunication.privateKeyFile = key;
        };
        startSmartHost(withCertificate);
        // Required: the smart host's self-signed certificate is not trusted, so nothing is sent.
        startRelay(relayConfig([](VirtualServer &vs) {
            vs.delivery.retryMinutes = {600, 600, 600, 600};
            vs.delivery.outboundSecurity.tls = OutboundTls::Required;
        }));
        QVERIFY(send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-12")
                    .outcome
                == SmtpClientResult::Outcome::Delivered);
        QTRY_VERIFY_WITH_TIMEOUT(queue()[QStringLiteral("queue")][0][QStringLiteral("state")].toString()
                                     == QLatin1String("retry"),
                                 20000);
        QVERIFY(!queue()[QStringLiteral("queue")][0][QStringLiteral("lastError")].toString().isEmpty());
        QCOMPARE(m_smartHost->messages(QStringLiteral("Drop")).size(), 0);
        m_listener.reset();

        // Opportunistic (the default): encrypted, certificate unchecked (RFC 7435), delivered.
        startRelay(relayConfig());
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 1, 20000);
        QVERIFY(smartHostDrop().contains("with ESMTPS"));
        QVERIFY(smartHostDrop().contains("body token-12"));
    }

    void masqueradeDomainRewritesTheEnvelopeSender()
    {
        startSmartHost();
        startRelay(relayConfig(
            [](VirtualServer &vs) { vs.delivery.masqueradeDomain = QStringLiteral("mail.example"); }));
        QVERIFY(send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-13")
                    .outcome
                == SmtpClientResult::Outcome::Delivered);
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 1, 20000);
        QVERIFY(smartHostDrop().contains("X-Sender: alice@mail.example"));
        QVERIFY(smartHostDrop().contains("From: <alice@corp.example>")); // the header is left alone
    }

    void nonAuthoritativeDomainGoesToTheForwardHost()
    {
        // remote.test is one of A's domains, but another server is responsible for it: A takes the
        // mail from anyone and forwards it to that server (port 25, as a forward host is named
        // without a port), not to its smart host, which is down. Port 25 of a loopback address of
        // its own: root, as in CI.
        m_smartHost = std::make_unique<SmtpdProcess>();
        m_smartHost->address = QStringLiteral("127.0.25.7");
        m_smartHost->port = 25;
        QString error;
        QVERIFY2(m_smartHost->start(smartHostConfig(), &error), qPrintable(error));
        Config config = relayConfig([](VirtualServer &vs) {
            vs.relayRestrictions.entries.clear();
            vs.messages.forwardUnresolvedTo = QStringLiteral("[127.0.25.7]");
        });
        RecipientPolicy legacy;
        legacy.name = QStringLiteral("Remote office");
        AddressSpace space;
        space.address = QStringLiteral("@remote.test");
        space.responsible = false;
        legacy.addressSpaces = {space};
        config.recipientPolicies.append(legacy);
        startRelay(config);
        QVERIFY(send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-14")
                    .outcome
                == SmtpClientResult::Outcome::Delivered);
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 1, 20000);
        QVERIFY(smartHostDrop().contains("body token-14"));
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
        QCOMPARE(files(folder(QStringLiteral("Drop"))).size(), 0);
    }
    void unreachableDnsIsATemporaryFailure()
    {
        // Direct delivery (no smart host) with a DNS server that does not answer: the message
        // waits for a retry; it is not returned as if the domain did not exist.
        startRelay(relayConfig([](VirtualServer &vs) {
                       vs.delivery.smartHost.clear();
                       vs.delivery.retryMinutes = {600, 600, 600, 600};
                   }),
                   QHostAddress(QStringLiteral("127.0.0.98")));
        QVERIFY(send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-15")
                    .outcome
                == SmtpClientResult::Outcome::Delivered);
        QTRY_VERIFY_WITH_TIMEOUT(queue()[QStringLiteral("queue")][0][QStringLiteral("state")].toString()
                                     == QLatin1String("retry"),
                                 30000);
        const QJsonObject entry = queue()[QStringLiteral("queue")][0].toObject();
        QCOMPARE(entry.value(QStringLiteral("route")).toString(), QStringLiteral("mx"));
        QCOMPARE(entry.value(QStringLiteral("destination")).toString(), QStringLiteral("remote.test"));
        QVERIFY(!entry.value(QStringLiteral("lastError")).toString().isEmpty());
        QCOMPARE(files(folder(QStringLiteral("Drop"))).size(), 0); // no report
        QCOMPARE(files(folder(QStringLiteral("Queue"))).size(), 1);
    }
    void smartHostAfterDirectDeliveryFails()
    {
        // "Attempt direct delivery before sending to smart host": the domain's mail exchangers
        // cannot be found (the DNS server does not answer), so the smart host takes it.
        startSmartHost();
        startRelay(relayConfig([](VirtualServer &vs) { vs.delivery.attemptDirectBeforeSmartHost = true; }),
                   QHostAddress(QStringLiteral("127.0.0.98")));
        QVERIFY(send(QStringLiteral("alice@corp.example"), {QStringLiteral("bob@remote.test")}, "token-16")
                    .outcome
                == SmtpClientResult::Outcome::Delivered);
        QTRY_COMPARE_WITH_TIMEOUT(m_smartHost->messages(QStringLiteral("Drop")).size(), 1, 30000);
        QVERIFY(smartHostDrop().contains("body token-16"));
        QTRY_COMPARE_WITH_TIMEOUT(files(folder(QStringLiteral("Queue"))).size(), 0, 10000);
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"

// The listener in-process: a Listener on a loopback port, real sockets from 127.0.0.x source
// addresses playing trusted, untrusted and banned hosts. The port is chosen by the OS: a
// QTcpServer binds port 0, the test reads the port, closes it and writes it into the snapshot
// (the configuration requires 1..65535, so port 0 cannot be written there).
#include "configjson.h"
#include "corpdomain.h"
#include "hostresolver.h"
#include "listener.h"
#include "passwordhash.h"
#include "receivedheader.h"
#include "sasl.h"
#include "smtptestclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>

using namespace RelayDesk;
using TestSupport::SmtpTestClient;

namespace {

const char *const Trusted = "127.0.0.5";
const char *const Untrusted = "127.0.0.1";
const char *const Banned = "127.0.0.66";

// A DNS that never answers.
class SilentResolver final : public HostNameResolver
{
public:
    void lookup(const QHostAddress &) override { }
};

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
    return probe.serverPort();
}

QString passwordHash()
{
    static const QString hash = PasswordHash::hash(QStringLiteral("s3cret"));
    return hash;
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Listener> m_listener;
    std::unique_ptr<HostNameResolver> m_resolver; // null: the listener's own DNS resolver
    quint16 m_port = 0;
    Config m_config;
    int m_revision = 1;
    QString m_certificate;
    QString m_key;

    Config baseConfig()
    {
        Config config = Config::secureDefault();
        VirtualServer &vs = config.virtualServers[0];
        vs.bindings = {Binding{QStringLiteral("127.0.0.1"), m_port}};
        vs.fqdn = QStringLiteral("relay.test");
        vs.authentication.basicRequiresTls = false;
        vs.connectionControl.mode = ListMode::AllExceptList;
        AccessEntry banned;
        banned.address = QString::fromLatin1(Banned);
        vs.connectionControl.entries = {banned};
        AccessEntry trusted;
        trusted.address = QString::fromLatin1(Trusted);
        vs.relayRestrictions.entries = {trusted};
        TestSupport::addCorpDomain(config, QStringLiteral("crm-app"), passwordHash());
        return config;
    }

    void writeConfig(const Config &config)
    {
        QSaveFile file(m_dir->filePath(QStringLiteral("listener/config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ConfigJson::writeSnapshot(config, m_revision++));
        QVERIFY(file.commit());
    }

    // Starts the listener with the base configuration changed by `change`.
    void startListener(const std::function<void(VirtualServer &)> &change = {}, int idleTimeoutMs = 0,
                       int authBaseDelayMs = 300)
    {
        m_config = baseConfig();
        if (change)
            change(m_config.virtualServers[0]);
        QDir().mkpath(m_dir->filePath(QStringLiteral("listener")));
        writeConfig(m_config);
        Listener::Options options;
        options.dataDirectory = m_dir->path();
        options.controlSocket = false;
        options.idleTimeoutMs = idleTimeoutMs;
        options.authBaseDelayMs = authBaseDelayMs;
        options.resolver = m_resolver.get();
        m_listener = std::make_unique<Listener>(options);
        QString error;
        int exitCode = -1;
        QVERIFY2(m_listener->start(&error, &exitCode), qPrintable(error));
    }

    // Connected, greeted and EHLO done.
    std::unique_ptr<SmtpTestClient> client(const char *source = Untrusted, bool ehlo = true)
    {
        auto c = std::make_unique<SmtpTestClient>(QString::fromLatin1(source));
        if (!c->connectTo(m_port))
            return nullptr;
        if (!c->line().startsWith("220 "))
            return nullptr;
        if (ehlo)
            c->send("EHLO client.test\r\n");
        if (ehlo && c->reply().code != 250)
            return nullptr;
        return c;
    }

    int files(const QString &folder) const
    {
        return int(QDir(m_dir->filePath(QStringLiteral("mailroot/vsi-1/") + folder))
                       .entryList({QStringLiteral("*.eml")}, QDir::Files)
                       .size());
    }

    // MAIL, RCPT to a local mailbox, DATA and a short message, every answer checked.
    static void sendLocalMessage(SmtpTestClient &c)
    {
        c.send("MAIL FROM:<a@example.org>\r\nRCPT TO:<alice@corp.example>\r\nDATA\r\n");
        QCOMPARE(c.line(), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c.line(), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c.line(), QByteArray("354 End data with <CR><LF>.<CR><LF>"));
        c.send("Subject: s\r\n\r\nbody\r\n.\r\n");
        QVERIFY(c.line().startsWith("250 2.6.0 <"));
    }

    // The messages of the Drop folder, one after the other.
    QByteArray dropContents() const
    {
        const QDir drop(m_dir->filePath(QStringLiteral("mailroot/vsi-1/Drop")));
        QByteArray all;
        for (const QString &name : drop.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile file(drop.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_port = freePort();
        m_revision = 1;
    }

    void cleanup()
    {
        m_listener.reset();
        m_resolver.reset();
    }

    void greetingAndEhlo()
    {
        startListener();
        auto c = client(Untrusted, false);
        QVERIFY(c);
        c->send("EHLO client.test\r\n");
        const SmtpReply ehlo = c->reply();
        QCOMPARE(ehlo.code, 250);
        QCOMPARE(ehlo.lines.value(0), QByteArray("relay.test"));
        QVERIFY(ehlo.lines.contains("PIPELINING"));
        QVERIFY(ehlo.lines.contains("SIZE 10485760"));
        QVERIFY(ehlo.lines.contains("8BITMIME"));
        QVERIFY(ehlo.lines.contains("ENHANCEDSTATUSCODES"));
        QVERIFY(ehlo.lines.contains("AUTH PLAIN LOGIN"));
        QVERIFY(!ehlo.lines.contains("STARTTLS")); // no certificate
        QCOMPARE(c->command("HELO other.test"), QByteArray("250 relay.test"));
        QCOMPARE(c->command("NOOP"), QByteArray("250 2.0.0 OK"));
        QCOMPARE(c->command("RSET"), QByteArray("250 2.0.0 OK"));
        QVERIFY(c->command("VRFY alice").startsWith("252 2.5.2 "));
        QVERIFY(c->command("HELP").startsWith("214 "));
        QVERIFY(c->command("STARTTLS").startsWith("502 5.5.1 "));
        QCOMPARE(c->command("QUIT"), QByteArray("221 2.0.0 Bye"));
        QVERIFY(c->waitClosed());
    }

    void bannedHostIsRefused()
    {
        startListener();
        SmtpTestClient c(QString::fromLatin1(Banned));
        QVERIFY(c.connectTo(m_port));
        QCOMPARE(c.line(), QByteArray("554 5.7.1 Access denied for 127.0.0.66"));
        QVERIFY(c.waitClosed());
        QCOMPARE(m_listener->counters().refused.value(QStringLiteral("connection-denied")), 1);
    }

    void relayDecisions()
    {
        startListener();
        auto c = client(Untrusted);
        QVERIFY(c);
        QCOMPARE(c->command("MAIL FROM:<sender@example.org>"), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->command("RCPT TO:<alice@corp.example>"), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->command("RCPT TO:<bob@corp.example>"),
                 QByteArray("550 5.1.1 User unknown: bob@corp.example"));
        QCOMPARE(c->command("RCPT TO:<victim@foreign.example>"),
                 QByteArray("550 5.7.1 Unable to relay for victim@foreign.example"));
        QCOMPARE(c->command("RCPT TO:<victim%foreign.example@corp.example>"),
                 QByteArray("550 5.7.1 Unable to relay for victim%foreign.example@corp.example"));
        QCOMPARE(c->command("RCPT TO:<@corp.example:victim@foreign.example>"),
                 QByteArray("550 5.7.1 Unable to relay for victim@foreign.example"));
        QCOMPARE(c->command("RCPT TO:<victim@[192.0.2.1]>"),
                 QByteArray("550 5.7.1 Unable to relay for victim@[192.0.2.1]"));

        auto trusted = client(Trusted);
        QVERIFY(trusted);
        QCOMPARE(trusted->command("MAIL FROM:<>"), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(trusted->command("RCPT TO:<victim@foreign.example>"), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(trusted->command("DATA"), QByteArray("354 End data with <CR><LF>.<CR><LF>"));
        trusted->send("Subject: relayed\r\n\r\nbody\r\n.\r\n");
        QVERIFY(trusted->line().startsWith("250 2.6.0 <"));
        QCOMPARE(files(QStringLiteral("Queue")), 1);
        QCOMPARE(files(QStringLiteral("Drop")), 0);
    }

    void outOfOrderAndSyntax()
    {
        startListener();
        auto c = client(Untrusted, false);
        QVERIFY(c);
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("503 5.5.1 Send HELO/EHLO first"));
        QCOMPARE(c->command("EHLO"), QByteArray("501 5.5.4 Syntax: EHLO hostname"));
        c->send("EHLO client.test\r\n");
        QCOMPARE(c->reply().code, 250);
        QCOMPARE(c->command("RCPT TO:<alice@corp.example>"), QByteArray("503 5.5.1 Need MAIL command"));
        QCOMPARE(c->command("DATA"), QByteArray("503 5.5.1 Need MAIL command"));
        QCOMPARE(c->command("FOO bar"), QByteArray("500 5.5.2 Syntax error, command unrecognized"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org> FOO=1"),
                 QByteArray("555 5.5.4 Unsupported parameter FOO"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org> SIZE=abc"),
                 QByteArray("501 5.5.4 Syntax error in SIZE parameter"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org> BODY=BINARYMIME"),
                 QByteArray("501 5.5.4 Syntax error in BODY parameter"));
        QCOMPARE(c->command("MAIL FROM:<bad address>"), QByteArray("501 5.1.7 Bad sender address syntax"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org> SIZE=99999999999"),
                 QByteArray("552 5.3.4 Message size exceeds fixed limit"));
        QCOMPARE(c->command(QByteArray(600, 'X')), QByteArray("500 5.5.2 Line too long"));
        c->send("NOOP\n");
        QCOMPARE(c->line(), QByteArray("500 5.5.2 Bare CR or LF not allowed"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org> BODY=8BITMIME SIZE=100"),
                 QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("503 5.5.1 Sender already specified"));
        QCOMPARE(c->command("RCPT TO:<alice@corp.example> NOTIFY=NEVER"),
                 QByteArray("555 5.5.4 Unsupported parameter NOTIFY"));
        QCOMPARE(c->command("DATA"), QByteArray("554 5.5.1 No valid recipients"));
        QCOMPARE(c->command("RCPT TO:<alice@corp.example>"), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->command("RSET"), QByteArray("250 2.0.0 OK"));
        QCOMPARE(c->command("DATA"), QByteArray("503 5.5.1 Need MAIL command"));
    }

    void pipelinedCommandsAreAnsweredInOrder()
    {
        startListener();
        auto c = client(Untrusted, false);
        QVERIFY(c);
        c->send("EHLO client.test\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<alice@corp.example>\r\n"
                "RCPT TO:<x@foreign.example>\r\nRCPT TO:<postmaster@corp.example>\r\nDATA\r\n");
        QCOMPARE(c->reply().code, 250);
        QCOMPARE(c->line(), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->line(), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->line(), QByteArray("550 5.7.1 Unable to relay for x@foreign.example"));
        QCOMPARE(c->line(), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->line(), QByteArray("354 End data with <CR><LF>.<CR><LF>"));
        c->send(
            "Subject: one\r\n\r\n..dot\r\n.\r\nMAIL FROM:<b@example.org>\r\nRCPT TO:<alice@corp.example>\r\n"
            "DATA\r\n");
        QVERIFY(c->line().startsWith("250 2.6.0 <"));
        QCOMPARE(c->line(), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->line(), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->line(), QByteArray("354 End data with <CR><LF>.<CR><LF>"));
        c->send("Subject: two\r\n\r\nbody\r\n.\r\nQUIT\r\n");
        QVERIFY(c->line().startsWith("250 2.6.0 <"));
        QCOMPARE(c->line(), QByteArray("221 2.0.0 Bye"));
        QCOMPARE(files(QStringLiteral("Drop")), 2);
        // The message as stored: Received header, un-dotted body, no CR/LF from the client in it.
        const QStringList names = QDir(m_dir->filePath(QStringLiteral("mailroot/vsi-1/Drop")))
                                      .entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        QFile first(m_dir->filePath(QStringLiteral("mailroot/vsi-1/Drop/")) + names.value(0));
        QVERIFY(first.open(QIODevice::ReadOnly));
        const QByteArray stored = first.readAll();
        QVERIFY2(
            stored.contains(
                "Received: from client.test ([127.0.0.1])\r\n\tby relay.test (RelayDesk) with ESMTP id "),
            stored.constData());
        QVERIFY(stored.contains("\r\n.dot\r\n"));
        QVERIFY(stored.contains("X-Receiver: alice@corp.example\r\n"));
    }

    void smugglingDoesNotEndData()
    {
        startListener();
        auto c = client(Trusted);
        QVERIFY(c);
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->command("RCPT TO:<alice@corp.example>"), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->command("DATA"), QByteArray("354 End data with <CR><LF>.<CR><LF>"));
        c->send("Subject: x\r\n\r\nhello\n.\r\nMAIL FROM:<evil@example.org>\r\nRCPT "
                "TO:<victim@foreign.example>\r\n"
                "DATA\r\nSubject: smuggled\r\n\r\nevil\r\n.\r\n");
        QCOMPARE(c->line(), QByteArray("550 5.5.2 Bare CR or LF not allowed"));
        QVERIFY(c->silentFor(200));
        QCOMPARE(files(QStringLiteral("Drop")), 0);
        QCOMPARE(files(QStringLiteral("Queue")), 0);
        // <CR>.<CR> does not end the data either.
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->command("RCPT TO:<alice@corp.example>"), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->command("DATA"), QByteArray("354 End data with <CR><LF>.<CR><LF>"));
        c->send("hello\r.\rMAIL FROM:<evil@example.org>\r\n.\r\n");
        QCOMPARE(c->line(), QByteArray("550 5.5.2 Bare CR or LF not allowed"));
        QCOMPARE(c->command("NOOP"), QByteArray("250 2.0.0 OK"));
    }

    void dataLimits()
    {
        startListener([](VirtualServer &vs) {
            vs.messages.maxMessageSizeKb = 2;
            vs.messages.maxRecipientsPerMessage = 2;
            vs.delivery.maxHopCount = 10;
        });
        auto c = client(Untrusted);
        QVERIFY(c);
        const auto transaction = [&c]() {
            return c->command("MAIL FROM:<a@example.org>").startsWith("250")
                && c->command("RCPT TO:<alice@corp.example>").startsWith("250")
                && c->command("DATA").startsWith("354");
        };
        QVERIFY(transaction());
        c->send(QByteArray(1001, 'x') + "\r\n.\r\n");
        QCOMPARE(c->line(), QByteArray("500 5.5.2 Line too long"));
        QVERIFY(transaction());
        QByteArray big;
        for (int i = 0; i < 100; ++i)
            big += QByteArray(78, 'y') + "\r\n";
        c->send(big + ".\r\n");
        QCOMPARE(c->line(), QByteArray("552 5.3.4 Message size exceeds fixed limit"));
        QVERIFY(transaction());
        QByteArray hops;
        for (int i = 0; i < 11; ++i)
            hops += "Received: from hop" + QByteArray::number(i) + "\r\n";
        c->send(hops + "\r\nloop\r\n.\r\n");
        QCOMPARE(c->line(), QByteArray("554 5.4.6 Routing loop detected"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org> SIZE=4096"),
                 QByteArray("552 5.3.4 Message size exceeds fixed limit"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->command("RCPT TO:<alice@corp.example>"), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->command("RCPT TO:<postmaster@corp.example>"), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->command("RCPT TO:<alice@corp.example>"), QByteArray("452 4.5.3 Too many recipients"));
        QCOMPARE(files(QStringLiteral("Drop")), 0);
    }

    void messagesPerConnection()
    {
        startListener([](VirtualServer &vs) { vs.messages.maxMessagesPerConnection = 1; });
        auto c = client(Untrusted);
        QVERIFY(c);
        c->send("MAIL FROM:<a@example.org>\r\nRCPT TO:<alice@corp.example>\r\nDATA\r\n");
        QCOMPARE(c->reply().code, 250);
        QCOMPARE(c->reply().code, 250);
        QCOMPARE(c->reply().code, 354);
        c->send("x\r\n.\r\n");
        QVERIFY(c->line().startsWith("250 2.6.0"));
        QVERIFY(c->command("MAIL FROM:<a@example.org>").startsWith("421 4.7.0 "));
        QVERIFY(c->waitClosed());
    }

    void authentication()
    {
        startListener();
        auto c = client(Untrusted);
        QVERIFY(c);
        QCOMPARE(c->command("AUTH CRAM-MD5"), QByteArray("504 5.5.4 Unrecognized authentication type"));
        QCOMPARE(c->command("AUTH PLAIN "
                            + SaslServer::plainResponse(QStringLiteral("crm-app"), QStringLiteral("wrong"))),
                 QByteArray("535 5.7.8 Authentication credentials invalid"));
        QCOMPARE(c->command("AUTH PLAIN AAA="),
                 QByteArray("535 5.7.8 Authentication credentials invalid")); // empty
        QVERIFY(c->command("AUTH PLAIN !!!").startsWith("501 5.5.2 "));
        QCOMPARE(c->command("AUTH LOGIN"), QByteArray("334 VXNlcm5hbWU6"));
        QCOMPARE(c->command("*"), QByteArray("501 5.0.0 Authentication cancelled"));
        QCOMPARE(c->command("AUTH LOGIN"), QByteArray("334 VXNlcm5hbWU6"));
        QCOMPARE(c->command(SaslServer::loginResponse(QStringLiteral("crm-app"))),
                 QByteArray("334 UGFzc3dvcmQ6"));
        QCOMPARE(c->command(SaslServer::loginResponse(QStringLiteral("s3cret"))),
                 QByteArray("235 2.7.0 Authentication successful"));
        QCOMPARE(c->command("AUTH PLAIN"), QByteArray("503 5.5.1 Already authenticated"));
        // Authenticated relay.
        QCOMPARE(c->command("MAIL FROM:<crm@corp.example>"), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->command("RCPT TO:<customer@foreign.example>"), QByteArray("250 2.1.5 Recipient OK"));
    }

    // Timing must not tell which user names exist: an unknown name gets the same password check
    // (PBKDF2 at the default work factor) as a known name with a wrong password.
    void unknownUserCostsAPasswordCheck()
    {
        startListener();
        auto known = client("127.0.0.31");
        auto unknown = client("127.0.0.32");
        QVERIFY(known && unknown);
        const auto attempt = [](SmtpTestClient &c, const QString &user) {
            QElapsedTimer timer;
            timer.start();
            const QByteArray reply =
                c.command("AUTH PLAIN " + SaslServer::plainResponse(user, QStringLiteral("wrong")));
            return reply == "535 5.7.8 Authentication credentials invalid" ? timer.elapsed() : qint64(-1);
        };
        qint64 knownFastest = std::numeric_limits<qint64>::max();
        qint64 unknownFastest = knownFastest;
        for (int i = 0; i < 3; ++i) { // three failures each: the throttle has not started yet
            const qint64 k = attempt(*known, QStringLiteral("crm-app"));
            const qint64 u = attempt(*unknown, QStringLiteral("no-such-user"));
            QVERIFY(k >= 0 && u >= 0);
            knownFastest = std::min(knownFastest, k);
            unknownFastest = std::min(unknownFastest, u);
        }
        QVERIFY2(
            unknownFastest * 2 >= knownFastest,
            qPrintable(QStringLiteral("known %1 ms, unknown %2 ms").arg(knownFastest).arg(unknownFastest)));
    }

    void authFailuresAreDelayed()
    {
        startListener({}, 0, 1000);
        auto c = client(QStringLiteral("127.0.0.9").toLatin1().constData());
        QVERIFY(c);
        const QByteArray bad =
            "AUTH PLAIN " + SaslServer::plainResponse(QStringLiteral("nobody"), QStringLiteral("x"));
        // Judged against the undelayed attempts: the password check itself takes its time, more
        // so on a loaded machine or under a sanitizer.
        QList<qint64> took;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(c->command(bad), QByteArray("535 5.7.8 Authentication credentials invalid"));
            took.append(timer.elapsed());
        }
        const auto text = [&took] {
            QStringList ms;
            for (qint64 t : took)
                ms.append(QString::number(t));
            return ms.join(QLatin1Char(' '));
        };
        const qint64 base = std::min({took[0], took[1], took[2]});
        const qint64 slowest = std::max({took[0], took[1], took[2]});
        // 800 ms lies between the spread of the checks and the first delay (1 s, then 2 s).
        QVERIFY2(slowest - base < 800, qPrintable(text())); // no delay for the first three
        QVERIFY2(took[3] - base >= 800, qPrintable(text()));
        QVERIFY2(took[4] - base >= 1700, qPrintable(text()));
        // A good password after the failures still works, and resets the count.
        QCOMPARE(c->command("AUTH PLAIN "
                            + SaslServer::plainResponse(QStringLiteral("crm-app"), QStringLiteral("s3cret"))),
                 QByteArray("235 2.7.0 Authentication successful"));
    }

    void authRequiresTlsWhenConfigured()
    {
        startListener([](VirtualServer &vs) { vs.authentication.basicRequiresTls = true; });
        auto c = client(Untrusted, false);
        QVERIFY(c);
        c->send("EHLO client.test\r\n");
        const SmtpReply ehlo = c->reply();
        QVERIFY(!ehlo.lines.contains("AUTH PLAIN LOGIN"));
        QVERIFY(c->command("AUTH PLAIN AAA=").startsWith("538 5.7.11 "));
    }

    void anonymousOff()
    {
        startListener([](VirtualServer &vs) { vs.authentication.anonymous = false; });
        auto c = client(Untrusted);
        QVERIFY(c);
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("530 5.7.0 Authentication required"));
    }

    void startTls()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed");
        const QString cert = m_dir->filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir->filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(openssl.waitForFinished(60000)); // a child process, not a socket of this thread
        QCOMPARE(openssl.exitCode(), 0);
        startListener([&cert, &key](VirtualServer &vs) {
            vs.secureCommunication.certificateFile = cert;
            vs.secureCommunication.privateKeyFile = key;
            vs.authentication.basicRequiresTls = true;
        });
        auto c = client(Untrusted, false);
        QVERIFY(c);
        c->send("EHLO client.test\r\n");
        SmtpReply ehlo = c->reply();
        QVERIFY(ehlo.lines.contains("STARTTLS"));
        QVERIFY(!ehlo.lines.contains("AUTH PLAIN LOGIN"));
        // A command pipelined after STARTTLS in the clear must not be executed (RFC 3207 §4.2).
        c->send("STARTTLS\r\nMAIL FROM:<injected@example.org>\r\n");
        QCOMPARE(c->line(), QByteArray("220 2.0.0 Ready to start TLS"));
        QVERIFY(c->startTls());
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("503 5.5.1 Send HELO/EHLO first"));
        c->send("EHLO client.test\r\n");
        ehlo = c->reply();
        QCOMPARE(ehlo.code, 250);
        QVERIFY(!ehlo.lines.contains("STARTTLS"));
        QVERIFY(ehlo.lines.contains("AUTH PLAIN LOGIN"));
        QCOMPARE(c->command("AUTH PLAIN "
                            + SaslServer::plainResponse(QStringLiteral("crm-app"), QStringLiteral("s3cret"))),
                 QByteArray("235 2.7.0 Authentication successful"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->command("RCPT TO:<x@foreign.example>"), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->command("DATA"), QByteArray("354 End data with <CR><LF>.<CR><LF>"));
        c->send("Subject: tls\r\n\r\nx\r\n.\r\n");
        QVERIFY(c->line().startsWith("250 2.6.0"));
        const QStringList queued = QDir(m_dir->filePath(QStringLiteral("mailroot/vsi-1/Queue")))
                                       .entryList({QStringLiteral("*.eml")}, QDir::Files);
        QCOMPARE(queued.size(), 1);
        QFile stored(m_dir->filePath(QStringLiteral("mailroot/vsi-1/Queue/")) + queued.constFirst());
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll().contains("(RelayDesk) with ESMTPSA id "));
    }

    void reloadKeepsTheRulesOfATransaction()
    {
        startListener();
        auto c = client(Trusted);
        QVERIFY(c);
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->command("RCPT TO:<one@foreign.example>"), QByteArray("250 2.1.5 Recipient OK"));
        const QString oldHash = m_listener->sha256();
        m_config.virtualServers[0].relayRestrictions.entries.clear();
        writeConfig(m_config);
        QString error;
        QVERIFY2(m_listener->reloadConfiguration(&error), qPrintable(error));
        QVERIFY(m_listener->sha256() != oldHash);
        QCOMPARE(m_listener->revision(), 2);
        QCOMPARE(c->command("RCPT TO:<two@foreign.example>"), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(c->command("DATA"), QByteArray("354 End data with <CR><LF>.<CR><LF>"));
        c->send("x\r\n.\r\n");
        QVERIFY(c->line().startsWith("250 2.6.0"));
        QCOMPARE(c->command("MAIL FROM:<a@example.org>"), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(c->command("RCPT TO:<three@foreign.example>"),
                 QByteArray("550 5.7.1 Unable to relay for three@foreign.example"));

        // A broken snapshot is refused and the running one stays.
        QFile file(m_dir->filePath(QStringLiteral("listener/config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{ not json");
        file.close();
        const QString hash = m_listener->sha256();
        QVERIFY(!m_listener->reloadConfiguration(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_listener->sha256(), hash);
        QCOMPARE(m_listener->status().value(QStringLiteral("revision")).toInt(), 2);
        QCOMPARE(c->command("NOOP"), QByteArray("250 2.0.0 OK"));
    }

    void reloadRebindsChangedBindings()
    {
        startListener();
        auto kept = client(Untrusted);
        QVERIFY(kept);
        const quint16 second = freePort();
        m_config.virtualServers[0].bindings.append(Binding{QStringLiteral("127.0.0.1"), second});
        writeConfig(m_config);
        QString error;
        QVERIFY2(m_listener->reloadConfiguration(&error), qPrintable(error));
        QCOMPARE(m_listener->boundAddresses(m_config.virtualServers[0].name).size(), 2);
        SmtpTestClient other;
        QVERIFY(other.connectTo(second));
        QVERIFY(other.line().startsWith("220 "));
        QCOMPARE(kept->command("NOOP"), QByteArray("250 2.0.0 OK"));
    }

    // "Perform reverse DNS lookup on incoming messages": the client's forward-confirmed name goes
    // into the Received header beside its address literal; without the setting, only the literal.
    void receivedHeaderNamesTheClientWhenAsked_data()
    {
        QTest::addColumn<bool>("lookup");
        QTest::addColumn<QByteArray>("untrusted");
        QTest::addColumn<QByteArray>("trusted");
        QTest::newRow("off") << false << QByteArray("([127.0.0.1])") << QByteArray("([127.0.0.5])");
        QTest::newRow("on") << true << QByteArray("(mail.client.test [127.0.0.1])")
                            << QByteArray("([127.0.0.5])");
    }

    void receivedHeaderNamesTheClientWhenAsked()
    {
        QFETCH(bool, lookup);
        QFETCH(QByteArray, untrusted);
        QFETCH(QByteArray, trusted);
        auto resolver = std::make_unique<StaticHostNameResolver>();
        resolver->setName(QHostAddress(QString::fromLatin1(Untrusted)), QStringLiteral("mail.client.test"));
        m_resolver = std::move(resolver);
        startListener([lookup](VirtualServer &vs) { vs.delivery.reverseDnsLookup = lookup; });
        for (const char *source : {Untrusted, Trusted}) {
            auto c = client(source);
            QVERIFY(c);
            sendLocalMessage(*c);
            if (QTest::currentTestFailed())
                return;
        }
        const QByteArray all = dropContents();
        QVERIFY2(all.contains(QByteArray("Received: from client.test " + untrusted + "\r\n\tby relay.test ")),
                 all.constData());
        QVERIFY2(all.contains(QByteArray("Received: from client.test " + trusted + "\r\n\tby relay.test ")),
                 all.constData());
    }

    // The name for the Received header alone never holds the greeting up: with a DNS that does not
    // answer, the client is greeted at once and its message carries the address only.
    void receivedHeaderLookupDoesNotDelayTheGreeting()
    {
        m_resolver = std::make_unique<SilentResolver>();
        startListener([](VirtualServer &vs) { vs.delivery.reverseDnsLookup = true; });
        auto c = client(Untrusted); // greeted although the name never comes
        QVERIFY(c);
        sendLocalMessage(*c);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(files(QStringLiteral("Drop")), 1);
        QVERIFY(dropContents().contains("Received: from client.test ([127.0.0.1])\r\n"));
    }

    void receivedHeaderAddressLiterals()
    {
        ReceivedInfo info;
        info.helo = "client.test";
        info.fqdn = QStringLiteral("relay.test");
        info.id = QStringLiteral("id1");
        info.time = QDateTime(QDate(2026, 12, 5), QTime(8, 0), Qt::UTC);
        info.client = QHostAddress(QStringLiteral("2001:db8::25"));
        QCOMPARE(receivedHeader(info),
                 QByteArray("Received: from client.test ([IPv6:2001:db8::25])\r\n\tby relay.test (RelayDesk) "
                            "with ESMTP id id1;\r\n\tSat, 05 Dec 2026 08:00:00 +0000\r\n"));
        info.client = QHostAddress(QStringLiteral("fe80::1%lo"));
        QVERIFY(receivedHeader(info).startsWith("Received: from client.test ([IPv6:fe80::1])\r\n"));
        info.client = QHostAddress(QStringLiteral("::ffff:192.0.2.7"));
        info.clientHostName = QStringLiteral("mx.client.test");
        QVERIFY(
            receivedHeader(info).startsWith("Received: from client.test (mx.client.test [192.0.2.7])\r\n"));
    }

    void connectionLimit()
    {
        startListener([](VirtualServer &vs) { vs.general.limitConnections = 1; });
        auto first = client(Untrusted);
        QVERIFY(first);
        SmtpTestClient second;
        QVERIFY(second.connectTo(m_port));
        QCOMPARE(second.line(), QByteArray("421 4.3.2 Too many connections, try again later"));
        QVERIFY(second.waitClosed());
        QCOMPARE(first->command("NOOP"), QByteArray("250 2.0.0 OK"));
    }

    void idleTimeout()
    {
        startListener({}, 300);
        auto c = client(Untrusted);
        QVERIFY(c);
        QVERIFY(c->line(5000).startsWith("421 4.4.2 "));
        QVERIFY(c->waitClosed());
    }

    void shutdownSends421()
    {
        startListener();
        auto c = client(Untrusted);
        QVERIFY(c);
        QSignalSpy stopped(m_listener.get(), &Listener::stopped);
        m_listener->stopGracefully();
        QCOMPARE(c->line(), QByteArray("421 4.3.2 Service shutting down, closing transmission channel"));
        QVERIFY(c->waitClosed());
        QVERIFY(stopped.count() > 0 || stopped.wait(10000));
    }

    void controlAnswers()
    {
        startListener();
        auto c = client(Untrusted);
        QVERIFY(c);
        const QJsonObject status = m_listener->status();
        QCOMPARE(status.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(status.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(status.value(QStringLiteral("sha256")).toString().size(), 64);
        const QJsonObject vs = status.value(QStringLiteral("virtualServers")).toArray().at(0).toObject();
        QCOMPARE(vs.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(vs.value(QStringLiteral("bindings")).toArray().at(0).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_port));
        QCOMPARE(m_listener->sessions().value(QStringLiteral("sessions")).toArray().size(), 1);
        QVERIFY(m_listener->pause(m_config.virtualServers[0].name).value(QStringLiteral("ok")).toBool());
        SmtpTestClient paused;
        QVERIFY(paused.connectTo(m_port));
        QVERIFY(paused.line().startsWith("421 4.3.2 "));
        QVERIFY(m_listener->resume(m_config.virtualServers[0].name).value(QStringLiteral("ok")).toBool());
        QVERIFY(!m_listener->pause(QStringLiteral("nope")).value(QStringLiteral("ok")).toBool());
        QCOMPARE(c->command("NOOP"), QByteArray("250 2.0.0 OK"));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"

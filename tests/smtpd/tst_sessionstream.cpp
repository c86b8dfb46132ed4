// The session's command stream without sockets: a Session over an in-memory transport, as the
// fuzz target drives it. Each case here is a finding of tests/fuzz/fuzz_session.cpp.
#include "auththrottle.h"
#include "corpdomain.h"
#include "memorytransport.h"
#include "passwordhash.h"
#include "protocollog.h"
#include "relaypolicy.h"
#include "sasl.h"
#include "session.h"
#include "sessioncontext.h"
#include "smtpreply.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace RelayDesk;
using TestSupport::MemoryTransport;

class TestSessionStream final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<VirtualServerRuntime> m_server;
    ListenerCounters m_counters;
    AuthThrottle m_throttle;
    SessionContext m_context;
    int m_stored = 0;

    static Config config()
    {
        Config config = Config::secureDefault();
        VirtualServer &vs = config.virtualServers[0];
        vs.fqdn = QStringLiteral("relay.test");
        vs.authentication.basicRequiresTls = false;
        TestSupport::addCorpDomain(config, QStringLiteral("app"),
                                   PasswordHash::hash(QStringLiteral("secret"), 1));
        return config;
    }

    // A greeted session over `transport`, owned by the caller.
    std::unique_ptr<Session> session(MemoryTransport *transport)
    {
        auto s = std::make_unique<Session>(1, transport, m_server, &m_context);
        s->start();
        return s;
    }

    static QList<QByteArray> replies(const MemoryTransport &transport)
    {
        QList<QByteArray> lines = transport.written().split('\n');
        lines.removeLast(); // after the last "\r\n"
        for (QByteArray &line : lines)
            line.chop(1);
        return lines;
    }

private slots:
    void init()
    {
        m_server = std::make_shared<VirtualServerRuntime>();
        m_server->name = QStringLiteral("Default SMTP Virtual Server");
        m_server->policy = std::make_shared<RelayPolicy>(config(), 0);
        m_server->hostName = m_server->policy->hostName();
        m_throttle.setBaseDelay(0);
        m_stored = 0;
        m_context = SessionContext();
        m_context.counters = &m_counters;
        m_context.authThrottle = &m_throttle;
        m_context.store = [this](const SpooledMessage &, Spool::Done done) {
            ++m_stored;
            QMetaObject::invokeMethod(
                this, [done] { done(true, QString()); }, Qt::QueuedConnection);
        };
    }

    // Reply text is printable ASCII whatever the client quoted (fuzz_session: a parameter name
    // with 0xDD and NUL came back verbatim in the 555 reply).
    void quotedClientBytesArePrintable()
    {
        QCOMPARE(SmtpReply::format(555, "5.5.4", QByteArrayView("a\0b\xff\x1b", 5)),
                 QByteArray("555 5.5.4 a?b??\r\n"));
        QCOMPARE(SmtpReply::formatLines(250, {}, {QByteArray("host"), QByteArray("x\x7fy")}),
                 QByteArray("250-host\r\n250 x?y\r\n"));

        auto *transport = new MemoryTransport(QHostAddress(QStringLiteral("127.0.0.1")));
        const auto s = session(transport);
        static const char input[] = "EHLO client.test\r\nMAIL FROM:<a@b.example> FOO\xdd\0\x01\r\n";
        transport->deliver(QByteArrayView(input, sizeof input - 1));
        const QList<QByteArray> lines = replies(*transport);
        QCOMPARE(lines.constLast(), QByteArray("555 5.5.4 Unsupported parameter FOO???"));
    }

    // A pipelined transaction over the in-memory transport: answered in order, one reply a line.
    void pipelinedTransaction()
    {
        auto *transport = new MemoryTransport(QHostAddress(QStringLiteral("127.0.0.1")));
        const auto s = session(transport);
        transport->deliver("EHLO client.test\r\nMAIL FROM:<s@client.test>\r\nRCPT TO:<alice@corp.example>\r\n"
                           "DATA\r\nSubject: x\r\n\r\n..dot\r\n.\r\nQUIT\r\n");
        QTRY_VERIFY(transport->closeRequested());
        const QList<QByteArray> lines = replies(*transport);
        QCOMPARE(lines.size(), 13); // the greeting, 7 lines of EHLO, then one reply per command
        QCOMPARE(lines.at(8), QByteArray("250 2.1.0 Sender OK"));
        QCOMPARE(lines.at(9), QByteArray("250 2.1.5 Recipient OK"));
        QCOMPARE(lines.at(10), QByteArray("354 End data with <CR><LF>.<CR><LF>"));
        QVERIFY(lines.at(11).startsWith("250 2.6.0 <"));
        QCOMPARE(lines.at(12), QByteArray("221 2.0.0 Bye"));
        QCOMPARE(m_stored, 1);
    }

    // The outcome of an AUTH exchange with challenges is in the protocol log, under the user name
    // and never with the credentials (the entry of the AUTH command itself ends at its 334).
    void authExchangeOutcomeIsLogged()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto log = std::make_shared<ProtocolLog>();
        QString error;
        QVERIFY2(log->open(dir.filePath(QStringLiteral("smtpsvc1")), QStringLiteral("SMTPSVC1"), &error),
                 qPrintable(error));
        m_server->protocolLog = log;

        auto *transport = new MemoryTransport(QHostAddress(QStringLiteral("127.0.0.1")));
        const auto s = session(transport);
        const QByteArray user = SaslServer::loginResponse(QStringLiteral("app"));
        const QByteArray password = SaslServer::loginResponse(QStringLiteral("wrong"));
        transport->deliver("EHLO client.test\r\nAUTH LOGIN\r\n");
        transport->deliver(QByteArray(user + "\r\n"));
        transport->deliver(QByteArray(password + "\r\n"));
        QTRY_COMPARE(replies(*transport).constLast(),
                     QByteArray("535 5.7.8 Authentication credentials invalid"));
        log->flush();
        s->shutdown();

        const QStringList files = QDir(dir.filePath(QStringLiteral("smtpsvc1"))).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(dir.filePath(QStringLiteral("smtpsvc1/") + files.constFirst()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains(" AUTH LOGIN 334 "), text.constData());
        QVERIFY2(text.contains(" app SMTPSVC1 127.0.0.1 25 AUTH - 535 "),
                 text.constData()); // the user in cs-username
        QVERIFY(!text.contains(password));
    }
};

QTEST_GUILESS_MAIN(TestSessionStream)
#include "tst_sessionstream.moc"

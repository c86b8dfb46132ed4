// SmtpClient against the real relaydesk-smtpd binary (and, for broken servers, a loopback socket of
// the test's own).
#include "sasl.h"
#include "smtpclient.h"
#include "smtpdprocess.h"
#include "testmessage.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace RelayDesk;
using namespace RelayDesk::TestSupport;
using Outcome = SmtpClientResult::Outcome;
using Stage = SmtpClientResult::Stage;

namespace {

// Runs a conversation to its end (bounded); the lines as the signal brought them in *lines.
SmtpClientResult converse(const SmtpClientOptions &options, Transcript *lines = nullptr)
{
    SmtpClient client;
    QSignalSpy finished(&client, &SmtpClient::finished);
    QObject::connect(&client, &SmtpClient::transcriptLine, &client, [lines](const TranscriptLine &line) {
        if (lines)
            lines->append(line);
    });
    if (!client.start(options) || !finished.wait(60000))
        return SmtpClientResult();
    return finished.constFirst().constFirst().value<SmtpClientResult>();
}

QStringList textOf(const Transcript &transcript)
{
    QStringList lines;
    for (const TranscriptLine &line : transcript)
        lines << line.toText();
    return lines;
}

int indexOf(const QStringList &lines, const QString &start, int from = 0)
{
    for (int i = from; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(start))
            return i;
    }
    return -1;
}

} // namespace

class TestSmtpClient final : public QObject
{
    Q_OBJECT

private:
    SmtpClientOptions options(const SmtpdProcess &smtpd, const QString &to, const QString &source = QString())
    {
        SmtpClientOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = smtpd.port;
        o.heloName = QStringLiteral("client.test");
        o.tls = TlsMode::Off;
        if (!source.isEmpty())
            o.sourceAddress = QHostAddress(source);
        o.from = QStringLiteral("app@client.example");
        o.to = {to};
        TestMessage message;
        message.from = o.from;
        message.to = o.to;
        message.subject = QStringLiteral("client test");
        message.body = QStringLiteral("first line\n.a line that starts with a dot\n");
        o.message = message.toBytes();
        o.timeouts.connectMs = o.timeouts.greetingMs = o.timeouts.commandMs = o.timeouts.dataEndMs = 20000;
        return o;
    }

private slots:
    void initTestCase() { qRegisterMetaType<SmtpClientResult>(); }

    void deliversLocalMail()
    {
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(clientTestConfig(), &error), qPrintable(error));
        Transcript live;
        const SmtpClientResult r = converse(
            options(smtpd, QStringLiteral("alice@corp.example"), QStringLiteral("127.0.0.33")), &live);
        QCOMPARE(r.outcome, Outcome::Delivered);
        QCOMPARE(r.stage, Stage::Done);
        QVERIFY(r.allRecipientsAccepted());
        QCOMPARE(r.finalReply.code, 250);
        QCOMPARE(r.finalReply.enhancedCode, QByteArray("2.6.0"));
        QVERIFY(!r.tls);
        QVERIFY(!r.authenticated);
        QCOMPARE(r.localAddress, QHostAddress(QStringLiteral("127.0.0.33")));

        // Every line was emitted as it happened, in order, with times that never go back.
        QCOMPARE(live.size(), r.transcript.size());
        for (int i = 1; i < live.size(); ++i)
            QVERIFY(live.at(i).elapsedMs >= live.at(i - 1).elapsedMs);
        const QStringList lines = textOf(r.transcript);
        QCOMPARE(lines.value(indexOf(lines, QStringLiteral("S: 220"))),
                 QStringLiteral("S: 220 relay.test RelayDesk ESMTP service ready"));
        // PIPELINING: MAIL and RCPT leave in one write, before the first of their answers.
        const int mail = indexOf(lines, QStringLiteral("C: MAIL FROM:<app@client.example>"));
        const int rcpt = indexOf(lines, QStringLiteral("C: RCPT TO:<alice@corp.example>"));
        const int senderOk = indexOf(lines, QStringLiteral("S: 250 2.1.0"));
        QVERIFY(mail >= 0 && rcpt == mail + 1 && senderOk == rcpt + 1);
        QVERIFY(lines.contains(QStringLiteral("C: ..a line that starts with a dot"))); // dot-stuffed
        QVERIFY(lines.contains(QStringLiteral("C: QUIT")));

        // The message is on disk, in Drop (local), and only there.
        const QStringList drop = smtpd.messages(QStringLiteral("Drop"));
        QCOMPARE(drop.size(), 1);
        QVERIFY(smtpd.messages(QStringLiteral("Queue")).isEmpty());
        const QByteArray stored = smtpd.readMessage(QStringLiteral("Drop"), drop.first());
        QVERIFY(stored.contains("X-Receiver: alice@corp.example"));
        QVERIFY(stored.contains("Subject: client test"));
        QVERIFY(stored.contains("\r\n.a line that starts with a dot\r\n"));
    }

    // A paragraph longer than SMTP's 1000-octet line limit is sent quoted-printable, and the
    // listener (which refuses longer lines) keeps it; decoding gives back the text.
    void longParagraphIsEncoded()
    {
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(clientTestConfig(), &error), qPrintable(error));
        SmtpClientOptions o =
            options(smtpd, QStringLiteral("alice@corp.example"), QStringLiteral("127.0.0.33"));
        TestMessage message;
        message.from = o.from;
        message.to = o.to;
        QString paragraph;
        for (int i = 0; paragraph.size() < 3000; ++i)
            paragraph += QStringLiteral("Wörter %1 = mehr; ").arg(i);
        message.body = QStringLiteral("short line\n") + paragraph + QStringLiteral("\n. dot\n");
        o.message = message.toBytes();
        for (const QByteArray &line : o.message.split('\n'))
            QVERIFY2(line.size() <= 1000, line.left(60).constData());
        QVERIFY(o.message.contains("Content-Transfer-Encoding: quoted-printable\r\n"));

        const SmtpClientResult r = converse(o, nullptr);
        QCOMPARE(r.outcome, Outcome::Delivered);
        const QStringList drop = smtpd.messages(QStringLiteral("Drop"));
        QCOMPARE(drop.size(), 1);
        const QByteArray stored = smtpd.readMessage(QStringLiteral("Drop"), drop.first());
        QByteArray encoded = stored.mid(stored.indexOf("\r\n\r\n") + 4);
        encoded.replace("=\r\n", "");
        QByteArray decoded;
        for (qsizetype i = 0; i < encoded.size(); ++i) {
            if (encoded.at(i) == '=' && i + 2 < encoded.size()) {
                decoded += char(encoded.mid(i + 1, 2).toInt(nullptr, 16));
                i += 2;
            } else {
                decoded += encoded.at(i);
            }
        }
        QCOMPARE(QString::fromUtf8(decoded),
                 QStringLiteral("short line\r\n") + paragraph + QStringLiteral("\r\n. dot\r\n"));
    }

    void refusedRelayIsExplainedByTheReply()
    {
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(clientTestConfig(), &error), qPrintable(error));
        SmtpClientOptions o =
            options(smtpd, QStringLiteral("someone@foreign.example"), QStringLiteral("127.0.0.9"));
        const SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(r.stage, Stage::Rcpt);
        QCOMPARE(replyToString(r.recipients.at(0).reply),
                 QStringLiteral("550 5.7.1 Unable to relay for someone@foreign.example"));
        QVERIFY(!textOf(r.transcript).contains(QStringLiteral("C: DATA")));
        QVERIFY(smtpd.messages(QStringLiteral("Queue")).isEmpty());

        // One accepted and one refused recipient: the message goes to the accepted one only.
        o.to = {QStringLiteral("someone@foreign.example"), QStringLiteral("alice@corp.example")};
        const SmtpClientResult partly = converse(o);
        QCOMPARE(partly.outcome, Outcome::Delivered);
        QCOMPARE(partly.acceptedRecipients(), 1);
        QVERIFY(!partly.allRecipientsAccepted());
        QCOMPARE(smtpd.messages(QStringLiteral("Drop")).size(), 1);
    }

    void sourceAddressDecidesTheRelay()
    {
        Config config = clientTestConfig();
        AccessEntry listed;
        listed.address = QStringLiteral("127.0.0.61");
        config.virtualServers[0].relayRestrictions.entries = {listed};
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(config, &error), qPrintable(error));

        SmtpClientOptions o =
            options(smtpd, QStringLiteral("x@foreign.example"), QStringLiteral("127.0.0.61"));
        SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Delivered);
        QCOMPARE(r.localAddress, QHostAddress(QStringLiteral("127.0.0.61")));
        QCOMPARE(smtpd.messages(QStringLiteral("Queue")).size(), 1); // relay: the outbound queue

        o.sourceAddress = QHostAddress(QStringLiteral("127.0.0.62"));
        r = converse(o);
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(r.recipients.at(0).reply.code, 550);
        QCOMPARE(r.localAddress, QHostAddress(QStringLiteral("127.0.0.62")));

        // An address that is not this machine's cannot be bound: said at once, nothing sent.
        o.sourceAddress = QHostAddress(QStringLiteral("192.0.2.77"));
        r = converse(o);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.stage, Stage::Connect);
        QVERIFY2(r.error.contains(QLatin1String("192.0.2.77")), qPrintable(r.error));
    }

    void probeSendsNoMessage()
    {
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(clientTestConfig(), &error), qPrintable(error));
        SmtpClientOptions o = options(smtpd, QStringLiteral("alice@corp.example"));
        o.to.append(QStringLiteral("bob@corp.example"));
        o.probe = true;
        const SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Probed);
        QCOMPARE(r.recipients.size(), 2);
        QVERIFY(r.recipients.at(0).accepted());
        QCOMPARE(replyToString(r.recipients.at(1).reply),
                 QStringLiteral("550 5.1.1 User unknown: bob@corp.example"));
        const QStringList lines = textOf(r.transcript);
        QVERIFY(lines.contains(QStringLiteral("C: RSET")));
        QVERIFY(lines.contains(QStringLiteral("C: QUIT")));
        QVERIFY(!lines.contains(QStringLiteral("C: DATA")));
        QVERIFY(smtpd.messages(QStringLiteral("Drop")).isEmpty());
        QVERIFY(smtpd.messages(QStringLiteral("Queue")).isEmpty());
    }

    void startTlsAndAuthentication()
    {
        QTemporaryDir certDir;
        const auto [cert, key] = makeCertificate(certDir.path());
        if (cert.isEmpty())
            QSKIP("openssl is not installed or failed");
        Config config = clientTestConfig();
        config.virtualServers[0].secureCommunication.certificateFile = cert;
        config.virtualServers[0].secureCommunication.privateKeyFile = key;
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(config, &error), qPrintable(error));

        // TLS required, the self-signed certificate accepted as asked; then AUTH relays.
        SmtpClientOptions o =
            options(smtpd, QStringLiteral("x@foreign.example"), QStringLiteral("127.0.0.70"));
        o.tls = TlsMode::Required;
        o.acceptUntrustedCertificate = true;
        o.user = SmtpUserName;
        o.password = SmtpPassword;
        SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Delivered);
        QVERIFY(r.tls);
        QVERIFY(r.authenticated);
        QCOMPARE(r.authMechanism, QStringLiteral("PLAIN"));
        QStringList lines = textOf(r.transcript);
        const int startTls = indexOf(lines, QStringLiteral("C: STARTTLS"));
        QVERIFY(startTls > 0);
        QVERIFY(indexOf(lines, QStringLiteral("C: EHLO"), startTls) > startTls); // EHLO again after TLS
        QVERIFY(indexOf(lines, QStringLiteral("*  Certificate problem"), startTls) > startTls);
        QVERIFY(indexOf(lines, QStringLiteral("*  TLS is on"), startTls) > startTls);
        QVERIFY(lines.contains(QStringLiteral("C: AUTH PLAIN ****")));
        QVERIFY(lines.contains(QStringLiteral("S: 235 2.7.0 Authentication successful")));
        // The password never reaches the transcript, in clear or encoded.
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(SmtpPassword));
        QVERIFY(!all.contains(QString::fromLatin1(SaslServer::plainResponse(SmtpUserName, SmtpPassword))));
        QCOMPARE(smtpd.messages(QStringLiteral("Queue")).size(), 1);

        // A wrong password: refused at AUTH with 535, nothing sent.
        o.password = QStringLiteral("wrong");
        r = converse(o);
        QCOMPARE(r.outcome, Outcome::Refused);
        QCOMPARE(r.stage, Stage::Auth);
        QCOMPARE(replyToString(r.finalReply), QStringLiteral("535 5.7.8 Authentication credentials invalid"));
        QVERIFY(!r.authenticated);
        QVERIFY(!textOf(r.transcript).join(QLatin1Char('\n')).contains(QLatin1String("wrong")));
        QCOMPARE(smtpd.messages(QStringLiteral("Queue")).size(), 1);

        // Without accepting unverified certificates the self-signed one ends the conversation.
        o.password = SmtpPassword;
        o.acceptUntrustedCertificate = false;
        r = converse(o);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.stage, Stage::StartTls);
        QVERIFY2(r.error.contains(QLatin1String("TLS handshake failed")), qPrintable(r.error));
        QVERIFY(indexOf(textOf(r.transcript), QStringLiteral("*  Certificate problem")) >= 0);

        // Without TLS the server does not offer AUTH (basic authentication requires TLS).
        o.tls = TlsMode::Off;
        r = converse(o);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.stage, Stage::Auth);
        QVERIFY2(r.error.contains(QLatin1String("STARTTLS")), qPrintable(r.error));
    }

    void requiredTlsThatIsNotOffered()
    {
        SmtpdProcess smtpd; // no certificate: no STARTTLS
        QString error;
        QVERIFY2(smtpd.start(clientTestConfig(), &error), qPrintable(error));
        SmtpClientOptions o = options(smtpd, QStringLiteral("alice@corp.example"));
        o.tls = TlsMode::Required;
        SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.stage, Stage::StartTls);
        QVERIFY(!textOf(r.transcript).contains(QStringLiteral("C: MAIL FROM:<app@client.example>")));
        QVERIFY(textOf(r.transcript).contains(QStringLiteral("C: QUIT")));
        QVERIFY(smtpd.messages(QStringLiteral("Drop")).isEmpty());

        // "If offered" goes on in the clear.
        o.tls = TlsMode::IfOffered;
        r = converse(o);
        QCOMPARE(r.outcome, Outcome::Delivered);
        QVERIFY(!r.tls);
    }

    void cancelAtAnyMoment()
    {
        // A server that accepts and never greets: the client waits for the 220 until cancelled.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        SmtpClient client;
        QSignalSpy finished(&client, &SmtpClient::finished);
        QObject::connect(&client, &SmtpClient::transcriptLine, &client,
                         [&client](const TranscriptLine &line) {
                             if (line.text.startsWith(QLatin1String("Connected")))
                                 QTimer::singleShot(0, &client, &SmtpClient::cancel);
                         });
        SmtpClientOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = silent.serverPort();
        o.to = {QStringLiteral("alice@corp.example")};
        QVERIFY(client.start(o));
        QVERIFY(!client.start(o)); // one conversation at a time
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        const SmtpClientResult r = finished.constFirst().constFirst().value<SmtpClientResult>();
        QCOMPARE(r.outcome, Outcome::Cancelled);
        QCOMPARE(r.stage, Stage::Greeting);
        QVERIFY(!client.isRunning());

        // Cancelled before the event loop ran: finished at once, and the queued start does nothing.
        QSignalSpy lines(&client, &SmtpClient::transcriptLine);
        QVERIFY(client.start(o));
        client.cancel();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).constFirst().value<SmtpClientResult>().outcome, Outcome::Cancelled);
        QCOMPARE(lines.size(), 1); // "Cancelled."
        QCoreApplication::processEvents(); // runs the queued start
        QCOMPARE(lines.size(), 1); // it did not connect
    }

    void stepTimeout()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        SmtpClientOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = silent.serverPort();
        o.to = {QStringLiteral("alice@corp.example")};
        o.timeouts.greetingMs = 300;
        const SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.stage, Stage::Greeting);
        QVERIFY2(r.error.contains(QLatin1String("no answer to the greeting within 0.3 s")),
                 qPrintable(r.error));
    }

    void serverClosesTheConnection()
    {
        // A server that greets, reads EHLO and hangs up.
        QTcpServer rude;
        QVERIFY(rude.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        QObject::connect(&rude, &QTcpServer::newConnection, &rude, [&rude] {
            QTcpSocket *s = rude.nextPendingConnection();
            s->write("220 rude.test ESMTP\r\n");
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                if (s->canReadLine())
                    s->disconnectFromHost();
            });
        });
        SmtpClientOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = rude.serverPort();
        o.to = {QStringLiteral("alice@corp.example")};
        const SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.stage, Stage::Ehlo);
        QVERIFY2(r.error.contains(QLatin1String("closed the connection")), qPrintable(r.error));
    }

    void nothingListens()
    {
        const quint16 port = freeLoopbackPort();
        SmtpClientOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = port;
        o.to = {QStringLiteral("alice@corp.example")};
        const SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.stage, Stage::Connect);
        QVERIFY2(r.error.contains(QLatin1String("refused")), qPrintable(r.error));
    }

    void heloFallbackWithoutPipelining()
    {
        // A small scripted server: refuses EHLO, then offers nothing; the client falls back to HELO.
        QTcpServer old;
        QVERIFY(old.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        QObject::connect(&old, &QTcpServer::newConnection, &old, [&old] {
            QTcpSocket *s = old.nextPendingConnection();
            s->write("220 old.test SMTP\r\n");
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                while (s->canReadLine()) {
                    const QByteArray line = s->readLine().trimmed();
                    if (line.startsWith("EHLO"))
                        s->write("502 5.5.1 EHLO not implemented\r\n");
                    else if (line.startsWith("HELO") || line.startsWith("MAIL") || line.startsWith("RCPT")
                             || line == "RSET")
                        s->write("250 OK\r\n");
                    else if (line == "QUIT")
                        s->write("221 Bye\r\n");
                    else
                        s->write("500 what?\r\n");
                }
            });
        });
        SmtpClientOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = old.serverPort();
        o.from = QStringLiteral("a@b.example");
        o.to = {QStringLiteral("c@d.example"), QStringLiteral("e@f.example")};
        o.probe = true;
        const SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Probed);
        const QStringList lines = textOf(r.transcript);
        QVERIFY(indexOf(lines, QStringLiteral("C: HELO")) > indexOf(lines, QStringLiteral("C: EHLO")));
        // No PIPELINING offered: each RCPT waits for the answer before it.
        const int mail = indexOf(lines, QStringLiteral("C: MAIL"));
        QCOMPARE(lines.value(mail + 1), QStringLiteral("S: 250 OK"));
        QCOMPARE(lines.value(mail + 2), QStringLiteral("C: RCPT TO:<c@d.example>"));
        QCOMPARE(lines.value(mail + 3), QStringLiteral("S: 250 OK"));
        QCOMPARE(lines.value(mail + 4), QStringLiteral("C: RCPT TO:<e@f.example>"));
    }

    void loginWhenPlainIsNotOffered()
    {
        // A scripted server that offers only AUTH LOGIN and checks what the client sends.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
        QByteArrayList received;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, &received] {
            QTcpSocket *s = server.nextPendingConnection();
            s->write("220 login.test ESMTP\r\n");
            QObject::connect(s, &QTcpSocket::readyRead, s, [s, &received] {
                while (s->canReadLine()) {
                    const QByteArray line = s->readLine().trimmed();
                    received.append(line);
                    if (line.startsWith("EHLO"))
                        s->write("250-login.test\r\n250 AUTH LOGIN\r\n");
                    else if (line == "AUTH LOGIN")
                        s->write("334 VXNlcm5hbWU6\r\n");
                    else if (line == SaslServer::loginResponse(QStringLiteral("crm-app")))
                        s->write("334 UGFzc3dvcmQ6\r\n");
                    else if (line == SaslServer::loginResponse(QStringLiteral("pa55word")))
                        s->write("235 2.7.0 Authentication successful\r\n");
                    else if (line.startsWith("MAIL") || line.startsWith("RCPT") || line == "RSET")
                        s->write("250 OK\r\n");
                    else if (line == "QUIT")
                        s->write("221 Bye\r\n");
                    else
                        s->write("535 5.7.8 no\r\n");
                }
            });
        });
        SmtpClientOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = server.serverPort();
        o.user = QStringLiteral("crm-app");
        o.password = QStringLiteral("pa55word");
        o.from = QStringLiteral("a@b.example");
        o.to = {QStringLiteral("c@d.example")};
        o.probe = true;
        const SmtpClientResult r = converse(o);
        QCOMPARE(r.outcome, Outcome::Probed);
        QVERIFY(r.authenticated);
        QCOMPARE(r.authMechanism, QStringLiteral("LOGIN"));
        QVERIFY(received.contains(SaslServer::loginResponse(QStringLiteral("pa55word"))));
        const QStringList lines = textOf(r.transcript);
        QVERIFY(lines.contains(QStringLiteral("C: ****")));
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(QLatin1String("pa55word")));
        QVERIFY(!all.contains(QString::fromLatin1(SaslServer::loginResponse(QStringLiteral("pa55word")))));
    }
};

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"

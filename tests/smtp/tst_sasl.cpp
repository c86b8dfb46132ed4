#include "sasl.h"
#include "smtpreply.h"

#include <QTest>

using namespace RelayDesk;

class TestSasl final : public QObject
{
    Q_OBJECT

private slots:
    void plainInitialResponse()
    {
        SaslServer sasl;
        QCOMPARE(sasl.start(SaslServer::Mechanism::Plain,
                            SaslServer::plainResponse(QStringLiteral("crm-app"), QStringLiteral("s3cret")),
                            true),
                 SaslServer::Status::Credentials);
        QCOMPARE(sasl.user(), QStringLiteral("crm-app"));
        QCOMPARE(sasl.password(), QStringLiteral("s3cret"));
        QVERIFY(sasl.authorizationId().isEmpty());
    }

    void plainContinuation()
    {
        SaslServer sasl;
        QCOMPARE(sasl.start(SaslServer::Mechanism::Plain, {}, false), SaslServer::Status::Challenge);
        QCOMPARE(sasl.reply(), QByteArray("334 \r\n"));
        QCOMPARE(sasl.respond(QByteArray("authz\0user\0pw", 13).toBase64()), SaslServer::Status::Credentials);
        QCOMPARE(sasl.authorizationId(), QStringLiteral("authz"));
        QCOMPARE(sasl.user(), QStringLiteral("user"));
        QCOMPARE(sasl.password(), QStringLiteral("pw"));
    }

    void plainEmptyCredentials()
    {
        SaslServer sasl;
        QCOMPARE(sasl.start(SaslServer::Mechanism::Plain, QByteArray("\0\0", 2).toBase64(), true),
                 SaslServer::Status::Credentials);
        QVERIFY(sasl.user().isEmpty());
        QVERIFY(sasl.password().isEmpty());
        QCOMPARE(sasl.start(SaslServer::Mechanism::Plain, "=", true), SaslServer::Status::Failed);
        QVERIFY(sasl.reply().startsWith("501 5.5.2 "));
    }

    void badBase64()
    {
        SaslServer sasl;
        QCOMPARE(sasl.start(SaslServer::Mechanism::Plain, "not base64!", true), SaslServer::Status::Failed);
        QVERIFY(sasl.reply().startsWith("501 5.5.2 "));
        QCOMPARE(sasl.start(SaslServer::Mechanism::Login, {}, false), SaslServer::Status::Challenge);
        QCOMPARE(sasl.respond("%%%"), SaslServer::Status::Failed);
        QVERIFY(sasl.reply().startsWith("501 5.5.2 "));
    }

    void cancel()
    {
        SaslServer sasl;
        QCOMPARE(sasl.start(SaslServer::Mechanism::Login, {}, false), SaslServer::Status::Challenge);
        QCOMPARE(sasl.respond("*"), SaslServer::Status::Failed);
        QCOMPARE(sasl.reply(), QByteArray("501 5.0.0 Authentication cancelled\r\n"));
    }

    void loginTwoSteps()
    {
        SaslServer sasl;
        QCOMPARE(sasl.start(SaslServer::Mechanism::Login, {}, false), SaslServer::Status::Challenge);
        QCOMPARE(sasl.reply(), QByteArray("334 VXNlcm5hbWU6\r\n"));
        QCOMPARE(sasl.respond(SaslServer::loginResponse(QStringLiteral("crm-app"))),
                 SaslServer::Status::Challenge);
        QCOMPARE(sasl.reply(), QByteArray("334 UGFzc3dvcmQ6\r\n"));
        QCOMPARE(sasl.respond(SaslServer::loginResponse(QStringLiteral("pässword"))),
                 SaslServer::Status::Credentials);
        QCOMPARE(sasl.user(), QStringLiteral("crm-app"));
        QCOMPARE(sasl.password(), QStringLiteral("pässword"));
    }

    void loginWithInitialResponse()
    {
        SaslServer sasl;
        QCOMPARE(
            sasl.start(SaslServer::Mechanism::Login, SaslServer::loginResponse(QStringLiteral("u")), true),
            SaslServer::Status::Challenge);
        QCOMPARE(sasl.reply(), QByteArray("334 UGFzc3dvcmQ6\r\n"));
        QCOMPARE(sasl.respond("="), SaslServer::Status::Credentials);
        QCOMPARE(sasl.user(), QStringLiteral("u"));
        QVERIFY(sasl.password().isEmpty());
    }

    void mechanismNames()
    {
        SaslServer::Mechanism m;
        QVERIFY(SaslServer::mechanismFromName("plain", &m));
        QCOMPARE(m, SaslServer::Mechanism::Plain);
        QVERIFY(SaslServer::mechanismFromName("LOGIN", &m));
        QCOMPARE(m, SaslServer::Mechanism::Login);
        QVERIFY(!SaslServer::mechanismFromName("CRAM-MD5", &m));
    }

    void replies()
    {
        QCOMPARE(SmtpReply::format(250, "2.1.0", "Sender OK"), QByteArray("250 2.1.0 Sender OK\r\n"));
        QCOMPARE(SmtpReply::format(354, {}, "End data with <CR><LF>.<CR><LF>"),
                 QByteArray("354 End data with <CR><LF>.<CR><LF>\r\n"));
        QCOMPARE(SmtpReply::formatLines(250, {}, {"relay.example", "PIPELINING", "8BITMIME"}),
                 QByteArray("250-relay.example\r\n250-PIPELINING\r\n250 8BITMIME\r\n"));

        SmtpReplyParser parser;
        QCOMPARE(parser.addLine("250-relay.example\r\n"), SmtpReplyParser::Status::NeedMore);
        QCOMPARE(parser.addLine("250-SIZE 10485760"), SmtpReplyParser::Status::NeedMore);
        QCOMPARE(parser.addLine("250 AUTH PLAIN LOGIN"), SmtpReplyParser::Status::Complete);
        SmtpReply reply = parser.takeReply();
        QCOMPARE(reply.code, 250);
        QCOMPARE(reply.lines.size(), 3);
        QCOMPARE(reply.lines.at(1), QByteArray("SIZE 10485760"));
        QVERIFY(reply.enhancedCode.isEmpty());

        QCOMPARE(parser.addLine("550 5.7.1 Unable to relay for x@y"), SmtpReplyParser::Status::Complete);
        reply = parser.takeReply();
        QCOMPARE(reply.enhancedCode, QByteArray("5.7.1"));
        QCOMPARE(reply.text(), QByteArray("Unable to relay for x@y"));
        QVERIFY(reply.isPermanentFailure());
        QCOMPARE(reply.toBytes(), QByteArray("550 5.7.1 Unable to relay for x@y\r\n"));

        QCOMPARE(parser.addLine("250-a"), SmtpReplyParser::Status::NeedMore);
        QCOMPARE(parser.addLine("251 b"), SmtpReplyParser::Status::Malformed);
        QCOMPARE(parser.addLine("hello"), SmtpReplyParser::Status::Malformed);
        QCOMPARE(parser.addLine("250 4.1.0 class mismatch"), SmtpReplyParser::Status::Complete);
        QVERIFY(parser.takeReply().enhancedCode.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSasl)
#include "tst_sasl.moc"

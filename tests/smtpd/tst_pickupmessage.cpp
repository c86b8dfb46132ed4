#include "pickupmessage.h"
#include "receivedheader.h"

#include <QRegularExpression>
#include <QTest>

using namespace RelayDesk;

namespace {

const QDateTime Now(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC);
const QString Host = QStringLiteral("mail.example.test");

PickupMessage parse(const QByteArray &file, qint64 maxSize = 0)
{
    return parsePickupMessage(file, Host, Now, maxSize);
}

QList<QByteArray> headerLines(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    return (end < 0 ? data : data.left(end + 2)).split('\n');
}

int count(const QByteArray &data, const QByteArray &name)
{
    int n = 0;
    for (const QByteArray &line : headerLines(data)) {
        if (line.startsWith(QByteArray(name + ':')))
            ++n;
    }
    return n;
}

// The Date and Message-ID lines parsePickupMessage adds to a message that has neither.
QByteArray added(const QByteArray &data)
{
    static const QRegularExpression pattern(
        QStringLiteral("\r\nDate: Wed, 06 May 2026 07:08:09 \\+0000\r\nMessage-ID: "
                       "<[0-9a-f]{32}@mail\\.example\\.test>\r\n"));
    const auto match = pattern.match(QString::fromLatin1(data));
    return match.hasMatch() ? match.captured(0).toLatin1() : QByteArray();
}

} // namespace

#define VERIFY_OK(result) QVERIFY2((result).ok, qPrintable((result).error))
#define VERIFY_ERROR(result, ...)                                                                            \
    do {                                                                                                     \
        const PickupMessage refused = (result);                                                              \
        QVERIFY2(!refused.ok, refused.data.constData());                                                     \
        QVERIFY(refused.data.isEmpty() && refused.recipients.isEmpty());                                     \
        for (const char *part : {__VA_ARGS__})                                                               \
            QVERIFY2(refused.error.contains(QString::fromUtf8(part)), qPrintable(refused.error));            \
    } while (false)

class TestPickupMessage final : public QObject
{
    Q_OBJECT

private slots:
    void envelopeFromXLines();
    void lfLineEndsBecomeCrlf();
    void lastLineWithoutLineEnd();
    void bareCarriageReturnIsRefused();
    void nulIsRefused();
    void lineLengthLimit();
    void emptyFileIsRefused();
    void envelopeWithoutMessageIsRefused();
    void headersOnlyFileIsFine();
    void recipientsFromToCcBcc();
    void bccIsRemovedWithItsContinuationLines();
    void bccIsRemovedWithXReceiverToo();
    void groupsAndUndisclosedRecipients();
    void onlyAnEmptyGroupIsNoRecipient();
    void quotedStringsCommentsAndRoutes();
    void senderHeaderBeatsFrom();
    void firstFromMailbox();
    void noSenderIsRefused();
    void nullSenderFromXSender();
    void xReceiverBeatsHeaders();
    void duplicatesCollapse();
    void invalidHeaderAddressNamesHeaderAndLine();
    void unreadableHeaderNamesHeader();
    void invalidEnvelopeAddressNamesLine();
    void secondXSenderIsRefused();
    void nonAsciiAddresses();
    void invalidUtf8AddressIsRefused();
    void dateAndMessageIdKept();
    void messageIdHostIsSanitised();
    void headerSectionErrors();
    void headerNamesAnyCase();
    void maxSize();
};

void TestPickupMessage::envelopeFromXLines()
{
    const PickupMessage result = parse("X-Sender: <alice@example.test>\r\n"
                                       "X-Receiver: <bob@remote.test>\r\n"
                                       "X-Receiver: carol@REMOTE.test\r\n"
                                       "From: Alice <alice@example.test>\r\n"
                                       "To: someone-else@elsewhere.test\r\n"
                                       "Subject: hello\r\n"
                                       "\r\n"
                                       "body line\r\n");
    VERIFY_OK(result);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.sender, QStringLiteral("alice@example.test"));
    QCOMPARE(result.recipients,
             QStringList({QStringLiteral("bob@remote.test"), QStringLiteral("carol@remote.test")}));
    const QByteArray extra = added(result.data);
    QVERIFY2(!extra.isEmpty(), result.data.constData());
    QCOMPARE(result.data,
             "From: Alice <alice@example.test>\r\n"
             "To: someone-else@elsewhere.test\r\n"
             "Subject: hello"
                 + extra + "\r\nbody line\r\n");
}

void TestPickupMessage::lfLineEndsBecomeCrlf()
{
    const PickupMessage result = parse("X-Sender: a@example.test\nX-Receiver: b@remote.test\n"
                                       "Subject: lf\n  folded\n\nline 1\n\nline 3\n");
    VERIFY_OK(result);
    QVERIFY(result.data.startsWith("Subject: lf\r\n  folded\r\nDate: "));
    QVERIFY(result.data.endsWith("\r\n\r\nline 1\r\n\r\nline 3\r\n"));
    QCOMPARE(result.data.count('\n'), result.data.count("\r\n"));
    QCOMPARE(result.data.count('\r'), result.data.count("\r\n"));
}

void TestPickupMessage::lastLineWithoutLineEnd()
{
    const PickupMessage result =
        parse("From: a@example.test\r\nTo: b@remote.test\r\n\r\nno newline at the end");
    VERIFY_OK(result);
    QVERIFY(result.data.endsWith("\r\n\r\nno newline at the end\r\n"));
    // A CR as the very last byte is a line end that lost its LF, not a CR inside a line.
    const PickupMessage cut = parse("From: a@example.test\r\nTo: b@remote.test\r\n\r\nbody\r");
    VERIFY_OK(cut);
    QVERIFY(cut.data.endsWith("\r\n\r\nbody\r\n"));
}

void TestPickupMessage::bareCarriageReturnIsRefused()
{
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: b@remote.test\rBcc: c@x.test\r\n\r\nbody\r\n"), "Line 2",
                 "carriage return");
    VERIFY_ERROR(parse("From: a@example.test\nTo: b@remote.test\n\nbody\nmore\r\r\n"), "Line 5",
                 "carriage return");
}

void TestPickupMessage::nulIsRefused()
{
    static const char file[] = "From: a@example.test\nTo: b@remote.test\n\nbo\0dy\n";
    VERIFY_ERROR(parse(QByteArray(file, sizeof(file) - 1)), "Line 4", "NUL");
}

void TestPickupMessage::lineLengthLimit()
{
    const QByteArray head = "From: a@example.test\r\nTo: b@remote.test\r\n\r\n";
    VERIFY_OK(parse(head + QByteArray(998, 'x') + "\r\n"));
    VERIFY_OK(parse(head + QByteArray(998, 'x'))); // the last line, without its line end
    VERIFY_ERROR(parse(head + QByteArray(999, 'x') + "\r\n"), "Line 4", "999", "998");
    VERIFY_ERROR(parse(head + "short\n" + QByteArray(999, 'x') + "\n"), "Line 5");
    VERIFY_ERROR(parse("Subject: " + QByteArray(990, 's') + "\r\n" + head), "Line 1", "999");
}

void TestPickupMessage::emptyFileIsRefused()
{
    VERIFY_ERROR(parse(QByteArray()), "empty");
}

void TestPickupMessage::envelopeWithoutMessageIsRefused()
{
    VERIFY_ERROR(parse("X-Sender: a@example.test\r\nX-Receiver: b@remote.test\r\n"), "no message");
}

void TestPickupMessage::headersOnlyFileIsFine()
{
    const PickupMessage result = parse("From: a@example.test\nTo: b@remote.test\nSubject: headers only\n");
    VERIFY_OK(result);
    QVERIFY(!result.data.contains("\r\n\r\n"));
    QVERIFY(result.data.startsWith(
        "From: a@example.test\r\nTo: b@remote.test\r\nSubject: headers only\r\nDate: "));
    QVERIFY(result.data.endsWith("@mail.example.test>\r\n"));
    // With an envelope, the message may even have no header at all.
    const PickupMessage bare = parse("X-Sender: a@example.test\nX-Receiver: b@remote.test\n\nbody\n");
    VERIFY_OK(bare);
    QVERIFY(bare.data.startsWith("Date: "));
    QVERIFY(bare.data.endsWith(">\r\n\r\nbody\r\n"));
}

void TestPickupMessage::recipientsFromToCcBcc()
{
    const PickupMessage result =
        parse("From: Alice <alice@example.test>\r\n"
              "To: \"Doe, John\" <john@remote.test>, jane@remote.test (Jane Roe),\r\n"
              "\tKim <kim@remote.test>\r\n"
              "Cc: Lee <lee@other.test>\r\n"
              "Subject: s\r\n"
              "Cc: second@other.test\r\n"
              "Bcc: hidden@secret.test\r\n"
              "\r\n"
              "To: not-a-header@body.test\r\n");
    VERIFY_OK(result);
    QCOMPARE(result.sender, QStringLiteral("alice@example.test"));
    QCOMPARE(result.recipients,
             QStringList({QStringLiteral("john@remote.test"), QStringLiteral("jane@remote.test"),
                          QStringLiteral("kim@remote.test"), QStringLiteral("lee@other.test"),
                          QStringLiteral("second@other.test"), QStringLiteral("hidden@secret.test")}));
    QVERIFY(result.data.contains("To: \"Doe, John\" <john@remote.test>, jane@remote.test (Jane Roe),\r\n"
                                 "\tKim <kim@remote.test>\r\n"));
    QCOMPARE(count(result.data, "Cc"), 2);
    QVERIFY(!result.data.contains("hidden"));
}

void TestPickupMessage::bccIsRemovedWithItsContinuationLines()
{
    const PickupMessage result = parse("From: a@example.test\n"
                                       "BCC: one@secret.test,\n"
                                       "  two@secret.test\n"
                                       "Subject: after\n"
                                       "bcc:three@secret.test\n"
                                       "\n"
                                       "Bcc: stays in the body\n");
    VERIFY_OK(result);
    QCOMPARE(result.recipients,
             QStringList({QStringLiteral("one@secret.test"), QStringLiteral("two@secret.test"),
                          QStringLiteral("three@secret.test")}));
    QVERIFY(result.data.startsWith("From: a@example.test\r\nSubject: after\r\nDate: "));
    QVERIFY(!result.data.contains("secret"));
    QVERIFY(result.data.endsWith("\r\n\r\nBcc: stays in the body\r\n"));
}

void TestPickupMessage::bccIsRemovedWithXReceiverToo()
{
    const PickupMessage result =
        parse("X-Receiver: b@remote.test\nFrom: a@example.test\nBcc: c@secret.test\n\nx\n");
    VERIFY_OK(result);
    QCOMPARE(result.recipients, QStringList{QStringLiteral("b@remote.test")});
    QVERIFY(!result.data.contains("Bcc"));
}

void TestPickupMessage::groupsAndUndisclosedRecipients()
{
    const PickupMessage result =
        parse("From: a@example.test\r\n"
              "To: undisclosed-recipients:;\r\n"
              "Cc: Team: x@team.test, \"Y\" <y@team.test>;, z@solo.test, Empty:;\r\n"
              "Bcc: Friends: f@friends.test\r\n" // a group without its ';' at the end
              "\r\n");
    VERIFY_OK(result);
    QCOMPARE(result.recipients,
             QStringList({QStringLiteral("x@team.test"), QStringLiteral("y@team.test"),
                          QStringLiteral("z@solo.test"), QStringLiteral("f@friends.test")}));
    QVERIFY(result.data.contains("To: undisclosed-recipients:;\r\n"));
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: Outer: Inner: i@x.test;;\r\n\r\n"), "To", "group");
}

void TestPickupMessage::onlyAnEmptyGroupIsNoRecipient()
{
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: undisclosed-recipients:;\r\n\r\nbody\r\n"),
                 "no recipients");
    VERIFY_ERROR(parse("From: a@example.test\r\nSubject: nobody\r\n\r\nbody\r\n"), "no recipients");
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: \r\nCc:\r\n\r\n"), "no recipients");
}

void TestPickupMessage::quotedStringsCommentsAndRoutes()
{
    const PickupMessage result = parse("From: a@example.test\r\n"
                                       "To: \"john doe\"@remote.test (a comment (nested) here),\r\n"
                                       "  \"Smith; Jr.\" <\"a,b\"@remote.test>,\r\n"
                                       "  <@relay.test,@relay2.test:routed@remote.test>,\r\n"
                                       "  (only a comment) plain@[192.0.2.1],\r\n"
                                       "  John.Q.Public@remote.test\r\n"
                                       "\r\n");
    VERIFY_OK(result);
    QCOMPARE(result.recipients,
             QStringList({QStringLiteral("\"john doe\"@remote.test"), QStringLiteral("\"a,b\"@remote.test"),
                          QStringLiteral("routed@remote.test"), QStringLiteral("plain@[192.0.2.1]"),
                          QStringLiteral("John.Q.Public@remote.test")}));
}

void TestPickupMessage::senderHeaderBeatsFrom()
{
    const PickupMessage result = parse("From: Author <author@example.test>, co@example.test\r\n"
                                       "Sender: Secretary <secretary@example.test>\r\n"
                                       "To: b@remote.test\r\n\r\n");
    VERIFY_OK(result);
    QCOMPARE(result.sender, QStringLiteral("secretary@example.test"));
}

void TestPickupMessage::firstFromMailbox()
{
    const PickupMessage result = parse("To: b@remote.test\r\n"
                                       "From: Authors: first@example.test, second@example.test;\r\n\r\n");
    VERIFY_OK(result);
    QCOMPARE(result.sender, QStringLiteral("first@example.test"));
    // An empty Sender does not hide From.
    const PickupMessage emptySender = parse("Sender:\r\nFrom: x@Example.TEST\r\nTo: b@remote.test\r\n\r\n");
    VERIFY_OK(emptySender);
    QCOMPARE(emptySender.sender, QStringLiteral("x@example.test"));
}

void TestPickupMessage::noSenderIsRefused()
{
    VERIFY_ERROR(parse("To: b@remote.test\r\nSubject: anonymous\r\n\r\nbody\r\n"), "no sender");
    VERIFY_ERROR(parse("From: undisclosed:;\r\nTo: b@remote.test\r\n\r\n"), "no sender");
    VERIFY_ERROR(parse("X-Receiver: b@remote.test\r\nSubject: anonymous\r\n\r\n"), "no sender");
}

void TestPickupMessage::nullSenderFromXSender()
{
    for (const QByteArray &line :
         {QByteArray("X-Sender: <>"), QByteArray("X-Sender:"), QByteArray("x-sender:  <> ")}) {
        const PickupMessage result =
            parse(line + "\r\nTo: b@remote.test\r\nFrom: ignored@example.test\r\n\r\n");
        VERIFY_OK(result);
        QCOMPARE(result.sender, QString());
        QCOMPARE(result.recipients, QStringList{QStringLiteral("b@remote.test")});
    }
}

void TestPickupMessage::xReceiverBeatsHeaders()
{
    // Without X-Receiver the headers decide even when X-Sender is there, and vice versa.
    const PickupMessage result =
        parse("X-Sender: env@example.test\r\nFrom: hdr@example.test\r\nTo: to@remote.test\r\n\r\n");
    VERIFY_OK(result);
    QCOMPARE(result.sender, QStringLiteral("env@example.test"));
    QCOMPARE(result.recipients, QStringList{QStringLiteral("to@remote.test")});
    // With X-Receiver, an unreadable To is not even looked at (it is the author's business).
    const PickupMessage other =
        parse("X-Receiver: env@remote.test\r\nFrom: hdr@example.test\r\nTo: ???\r\n\r\n");
    VERIFY_OK(other);
    QCOMPARE(other.sender, QStringLiteral("hdr@example.test"));
    QCOMPARE(other.recipients, QStringList{QStringLiteral("env@remote.test")});
    QVERIFY(other.data.contains("To: ???\r\n"));
}

void TestPickupMessage::duplicatesCollapse()
{
    const PickupMessage result = parse("From: a@example.test\r\n"
                                       "To: b@Remote.Test, B@remote.test\r\n"
                                       "Cc: b@remote.test., <b@REMOTE.TEST>\r\n"
                                       "Bcc: b@remote.test\r\n\r\n");
    VERIFY_OK(result);
    // The domain is compared without case (and its trailing dot); the local part keeps its case.
    QCOMPARE(result.recipients,
             QStringList({QStringLiteral("b@remote.test"), QStringLiteral("B@remote.test")}));
    const PickupMessage envelope =
        parse("X-Receiver: x@Y.test\r\nX-Receiver: <x@y.TEST>\r\nFrom: a@example.test\r\n\r\n");
    VERIFY_OK(envelope);
    QCOMPARE(envelope.recipients, QStringList{QStringLiteral("x@y.test")});
}

void TestPickupMessage::invalidHeaderAddressNamesHeaderAndLine()
{
    VERIFY_ERROR(
        parse("From: a@example.test\r\nSubject: s\r\nTo: good@remote.test,\r\n bad@@remote.test\r\n\r\n"),
        "Line 3", "To", "bad@@remote.test");
    VERIFY_ERROR(parse("From: a@example.test\r\nCc: Name <no-domain>\r\n\r\n"), "Line 2", "Cc",
                 "Name <no-domain>");
    VERIFY_ERROR(parse("From: a@example.test\r\nBcc: just-a-word\r\n\r\n"), "Line 2", "Bcc", "just-a-word");
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: two words@remote.test\r\n\r\n"), "To",
                 "two words@remote.test");
    VERIFY_ERROR(parse("From: broken@\r\nTo: b@remote.test\r\n\r\n"), "Line 1", "From", "broken@");
    VERIFY_ERROR(parse("Sender: <>\r\nFrom: a@example.test\r\nTo: b@remote.test\r\n\r\n"), "Line 1",
                 "Sender");
}

void TestPickupMessage::unreadableHeaderNamesHeader()
{
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: \"unclosed@remote.test\r\n\r\n"), "Line 2", "To",
                 "quote");
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: Name <b@remote.test\r\n\r\n"), "Line 2", "To",
                 "angle bracket");
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: b@remote.test (open\r\n\r\n"), "To", "comment");
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: b@[192.0.2.1\r\n\r\n"), "To", "bracket");
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: <b@remote.test> extra@remote.test\r\n\r\n"), "To",
                 "unexpected");
    VERIFY_ERROR(parse("From: a@example.test\r\nCc: ; b@remote.test\r\n\r\n"), "Cc", "unexpected");
}

void TestPickupMessage::invalidEnvelopeAddressNamesLine()
{
    VERIFY_ERROR(
        parse("X-Sender: a@example.test\r\nX-Receiver: b@remote.test\r\nX-Receiver: <not an address>\r\n"
              "Subject: s\r\n\r\n"),
        "Line 3", "X-Receiver", "not an address");
    VERIFY_ERROR(parse("X-Sender: a@@example.test\r\nX-Receiver: b@remote.test\r\n\r\n"), "Line 1",
                 "X-Sender", "a@@example.test");
    VERIFY_ERROR(parse("X-Sender: a@example.test\r\nX-Receiver: <>\r\n\r\n"), "Line 2", "X-Receiver");
}

void TestPickupMessage::secondXSenderIsRefused()
{
    VERIFY_ERROR(
        parse("X-Sender: a@example.test\r\nX-Receiver: b@remote.test\r\nX-Sender: c@example.test\r\n\r\n"),
        "Line 3", "X-Sender");
}

void TestPickupMessage::nonAsciiAddresses()
{
    const PickupMessage result = parse("From: Jöran <jöran@xn--bcher-kva.test>\r\n"
                                       "To: =?utf-8?q?J=C3=B6rg?= <jörg@example.test>\r\n\r\nGrüße\r\n");
    VERIFY_OK(result);
    QCOMPARE(result.sender, QStringLiteral("jöran@xn--bcher-kva.test"));
    QCOMPARE(result.recipients, QStringList{QStringLiteral("jörg@example.test")});
    QVERIFY(result.data.endsWith("\r\n\r\nGrüße\r\n"));
    const PickupMessage envelope =
        parse("X-Sender: <jöran@xn--bcher-kva.test>\nX-Receiver: <ü@x.test>\n\nbody\n");
    VERIFY_OK(envelope);
    QCOMPARE(envelope.sender, QStringLiteral("jöran@xn--bcher-kva.test"));
    QCOMPARE(envelope.recipients, QStringList{QStringLiteral("ü@x.test")});
    // Domains are A-labels, as everywhere in RelayDesk (parseMailbox).
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: x@bücher.test\r\n\r\n"), "Line 2", "To", "x@bücher.test");
}

void TestPickupMessage::invalidUtf8AddressIsRefused()
{
    VERIFY_ERROR(parse("From: a@example.test\r\nTo: J\xf6rg <j\xf6rg@remote.test>\r\n\r\n"), "Line 2", "To",
                 "UTF-8");
    VERIFY_ERROR(parse("X-Sender: j\xf6rg@example.test\r\nX-Receiver: b@remote.test\r\n\r\n"), "Line 1",
                 "UTF-8");
    // A Latin-1 display name is the author's business; only the address must be UTF-8.
    const PickupMessage result = parse("From: a@example.test\r\nTo: J\xf6rg <joerg@remote.test>\r\n\r\n");
    VERIFY_OK(result);
    QCOMPARE(result.recipients, QStringList{QStringLiteral("joerg@remote.test")});
}

void TestPickupMessage::dateAndMessageIdKept()
{
    const QByteArray file = "From: a@example.test\r\n"
                            "To: b@remote.test\r\n"
                            "date: Mon, 1 Jan 2024 00:00:00 +0000\r\n"
                            "Message-Id: <given@example.test>\r\n\r\nbody\r\n";
    const PickupMessage result = parse(file);
    VERIFY_OK(result);
    QCOMPARE(result.data, file);
    // Only the missing one is added.
    const PickupMessage noId = parse("From: a@example.test\r\nTo: b@remote.test\r\nDate: x\r\n\r\nbody\r\n");
    VERIFY_OK(noId);
    QCOMPARE(count(noId.data, "Date"), 1);
    QCOMPARE(count(noId.data, "Message-ID"), 1);
    const PickupMessage noDate =
        parse("From: a@example.test\r\nTo: b@remote.test\r\nMessage-ID: <m@x>\r\n\r\n");
    VERIFY_OK(noDate);
    QCOMPARE(count(noDate.data, "Date"), 1);
    QVERIFY(noDate.data.contains(QByteArray("\r\nDate: " + rfc5322Date(Now) + "\r\n")));
    QCOMPARE(count(noDate.data, "Message-ID"), 1);
    // Generated ids differ.
    const QByteArray bare = "From: a@example.test\r\nTo: b@remote.test\r\n\r\n";
    QVERIFY(parse(bare).data != parse(bare).data);
}

void TestPickupMessage::messageIdHostIsSanitised()
{
    const PickupMessage result = parsePickupMessage("From: a@example.test\r\nTo: b@remote.test\r\n\r\n",
                                                    QStringLiteral("bad host\r\nX: y."), Now);
    VERIFY_OK(result);
    QVERIFY2(QRegularExpression(QStringLiteral("\r\nMessage-ID: <[0-9a-f]{32}@badhostXy>\r\n"))
                 .match(QString::fromLatin1(result.data))
                 .hasMatch(),
             result.data.constData());
    const PickupMessage empty =
        parsePickupMessage("From: a@example.test\r\nTo: b@remote.test\r\n", QString(), Now);
    QVERIFY(empty.data.contains("@localhost>\r\n"));
}

void TestPickupMessage::headerSectionErrors()
{
    VERIFY_ERROR(parse(" continued\r\nFrom: a@example.test\r\nTo: b@remote.test\r\n\r\n"), "Line 1",
                 "continues");
    VERIFY_ERROR(
        parse("From: a@example.test\r\nTo: b@remote.test\r\nThis is the body without a blank line\r\n"),
        "Line 3", "header");
    VERIFY_ERROR(
        parse("X-Sender: a@example.test\r\nX-Receiver: b@remote.test\r\nFrom a@example.test Mon Jan 1\r\n"),
        "Line 3");
    VERIFY_ERROR(parse("From: a@example.test\r\n: no name\r\nTo: b@remote.test\r\n\r\n"), "Line 2");
    VERIFY_ERROR(parse("From: a@example.test\r\nT\xc3\xb6: b@remote.test\r\n\r\n"), "Line 2");
    // Obsolete white space before the colon (RFC 5322 §4.5) is still a field.
    const PickupMessage obsolete = parse("From : a@example.test\r\nTo\t: b@remote.test\r\n\r\n");
    VERIFY_OK(obsolete);
    QCOMPARE(obsolete.recipients, QStringList{QStringLiteral("b@remote.test")});
}

void TestPickupMessage::headerNamesAnyCase()
{
    const PickupMessage result =
        parse("FROM: a@example.test\r\nto: b@remote.test\r\ncC: c@remote.test\r\n\r\n");
    VERIFY_OK(result);
    QCOMPARE(result.sender, QStringLiteral("a@example.test"));
    QCOMPARE(result.recipients,
             QStringList({QStringLiteral("b@remote.test"), QStringLiteral("c@remote.test")}));
}

void TestPickupMessage::maxSize()
{
    const QByteArray file = "X-Sender: a@example.test\r\nX-Receiver: b@remote.test\r\n"
                            "Date: x\r\nMessage-ID: <m@x>\r\n\r\n"
        + QByteArray(100, 'b') + "\r\n";
    const PickupMessage unlimited = parse(file);
    VERIFY_OK(unlimited);
    const qint64 size = unlimited.data.size();
    VERIFY_OK(parse(file, size)); // the envelope lines do not count
    const QByteArray actual = QByteArray::number(size);
    const QByteArray limit = QByteArray::number(size - 1);
    VERIFY_ERROR(parse(file, size - 1), actual.constData(), limit.constData());
}

QTEST_GUILESS_MAIN(TestPickupMessage)
#include "tst_pickupmessage.moc"

#include "deliveryreport.h"
#include "receivedheader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace RelayDesk;

namespace {

struct Part
{
    QByteArray headers; // unfolded lines joined with '\n'
    QByteArray body;
};

struct Report
{
    bool ok = false;
    QByteArray headers;
    QByteArray boundary;
    QList<Part> parts;
};

using Block = QList<QPair<QByteArray, QByteArray>>; // fields of one delivery-status block, in order

// The header section as unfolded lines (CRLF + WSP removed, RFC 5322 §2.2.3).
QByteArray unfold(const QByteArray &section)
{
    QByteArray out = section;
    out.replace("\r\n ", " ");
    out.replace("\r\n\t", "\t");
    out.replace("\r\n", "\n");
    return out;
}

QByteArray field(const QByteArray &unfolded, const QByteArray &name)
{
    for (const QByteArray &line : unfolded.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

int fieldCount(const QByteArray &unfolded, const QByteArray &name)
{
    int count = 0;
    for (const QByteArray &line : unfolded.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

// A deliberately small MIME reader: enough to check the layout the report promises.
Report parseReport(const QByteArray &message)
{
    Report report;
    const qsizetype split = message.indexOf("\r\n\r\n");
    if (split < 0)
        return report;
    report.headers = unfold(message.left(split + 2));
    static const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"([^\"]+)\""));
    const auto match = boundaryPattern.match(QString::fromLatin1(field(report.headers, "Content-Type")));
    if (!match.hasMatch())
        return report;
    report.boundary = match.captured(1).toLatin1();
    const QByteArray body = message.mid(split + 4);
    const QByteArray delimiter = "\r\n--" + report.boundary;
    QList<QByteArray> chunks;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return report;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 4) == "--\r\n")
            break;
        if (body.mid(pos, 2) != "\r\n")
            return report;
        pos += 2;
        const qsizetype next = body.indexOf(delimiter, pos);
        if (next < 0)
            return report;
        chunks << body.mid(pos, next - pos);
        pos = next;
    }
    for (const QByteArray &chunk : std::as_const(chunks)) {
        const qsizetype end = chunk.indexOf("\r\n\r\n");
        if (end < 0)
            return report;
        report.parts << Part{unfold(chunk.left(end + 2)), chunk.mid(end + 4)};
    }
    report.ok = true;
    return report;
}

QList<Block> statusBlocks(const QByteArray &body)
{
    QList<Block> blocks;
    for (const QByteArray &chunk : unfold(body).split('\n')) {
        if (chunk.isEmpty()) {
            blocks << Block();
            continue;
        }
        if (blocks.isEmpty())
            blocks << Block();
        const qsizetype colon = chunk.indexOf(':');
        blocks.last() << qMakePair(chunk.left(colon), chunk.mid(colon + 1).trimmed());
    }
    blocks.removeIf([](const Block &block) { return block.isEmpty(); });
    return blocks;
}

QByteArray value(const Block &block, const QByteArray &name)
{
    for (const auto &pair : block) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool has(const Block &block, const QByteArray &name)
{
    return std::any_of(block.cbegin(), block.cend(),
                       [&](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QByteArray decodeQuotedPrintable(const QByteArray &text)
{
    QByteArray out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '=') {
            out.append(text[i]);
        } else if (text.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else {
            out.append(char(QByteArray::fromHex(text.mid(i + 1, 2)).at(0)));
            i += 2;
        }
    }
    return out;
}

const QDateTime Now(QDate(2026, 3, 4), QTime(10, 20, 30), Qt::UTC);
const QByteArray Original = "Received: from client.example.test (192.0.2.9)\r\n"
                            "\tby mail.example.test (RelayDesk) with ESMTP id abc;\r\n"
                            "\tWed, 04 Mar 2026 08:00:00 +0000\r\n"
                            "From: Alice <alice@example.test>\r\n"
                            "To: bob@remote.test\r\n"
                            "Subject: Quarterly figures\r\n"
                            "Message-ID: <orig-1@example.test>\r\n"
                            "\r\n"
                            "SECRET BODY LINE\r\n"
                            "more body\r\n";

DeliveryReportRecipient failedRecipient()
{
    DeliveryReportRecipient recipient;
    recipient.address = QStringLiteral("bob@remote.test");
    recipient.action = DeliveryReportRecipient::Action::Failed;
    recipient.status = QStringLiteral("5.7.1");
    recipient.remoteMta = QStringLiteral("mx.remote.test");
    recipient.diagnostic = QStringLiteral("550 5.7.1 Unable to relay for bob@remote.test");
    recipient.lastAttempt = Now.addSecs(-60);
    return recipient;
}

DeliveryReportRecipient delayedRecipient()
{
    DeliveryReportRecipient recipient;
    recipient.address = QStringLiteral("carol@slow.test");
    recipient.action = DeliveryReportRecipient::Action::Delayed;
    recipient.status = QStringLiteral("4.4.1");
    recipient.remoteMta = QStringLiteral("192.0.2.25");
    recipient.diagnostic = QStringLiteral("451 4.4.1 Try again later");
    recipient.lastAttempt = Now.addSecs(-120);
    recipient.willRetryUntil = Now.addDays(2);
    return recipient;
}

DeliveryReportInput input(const QList<DeliveryReportRecipient> &recipients)
{
    DeliveryReportInput in;
    in.reportingMta = QStringLiteral("mail.example.test");
    in.fromAddress = QStringLiteral("postmaster@example.test");
    in.to = QStringLiteral("alice@example.test");
    in.originalEnvelopeSender = QStringLiteral("alice@example.test");
    in.arrival = QDateTime(QDate(2026, 3, 4), QTime(8, 0), Qt::UTC);
    in.now = Now;
    in.originalMessage = Original;
    in.recipients = recipients;
    return in;
}

} // namespace

class TestDeliveryReport final : public QObject
{
    Q_OBJECT

private slots:
    void failureHasEveryHeaderAndThreeParts();
    void linesAreCrlfAndShort();
    void failedRecipientFields();
    void delayedRecipientFields();
    void mixedRecipientsMakeAFailure();
    void connectionErrorIsNotAnSmtpDiagnostic();
    void longDiagnosticIsFoldedAndCut();
    void unbreakableDiagnosticStaysUnder998();
    void diagnosticCannotInjectFields();
    void malformedStatusGetsTheDefault();
    void nonAsciiRecipientAndSender();
    void humanTextNamesRecipientsAndReplies();
    void thirdPartHasHeadersOnly();
    void thirdPartOfLfOriginalWithoutBody();
    void eightBitHeadersAreDeclared();
    void boundaryAndMessageIdAreFresh();
    void pythonReadsAMultipartReport();

    void statusFromReply_data();
    void statusFromReply();

    void stripEnvelopeHeaders_data();
    void stripEnvelopeHeaders();
    void stripEnvelopeHeadersAcceptsNullPointers();
};

void TestDeliveryReport::failureHasEveryHeaderAndThreeParts()
{
    const QByteArray message = buildDeliveryReport(input({failedRecipient()}));
    const Report report = parseReport(message);
    QVERIFY2(report.ok, message.constData());
    QCOMPARE(field(report.headers, "From"), QByteArray("Mail Delivery System <postmaster@example.test>"));
    QCOMPARE(field(report.headers, "To"), QByteArray("<alice@example.test>"));
    QCOMPARE(field(report.headers, "Date"), QByteArray("Wed, 04 Mar 2026 10:20:30 +0000"));
    QCOMPARE(field(report.headers, "Subject"), QByteArray("Delivery Status Notification (Failure)"));
    QVERIFY(QRegularExpression(QStringLiteral("^<[A-Za-z0-9.]+@mail\\.example\\.test>$"))
                .match(QString::fromLatin1(field(report.headers, "Message-ID")))
                .hasMatch());
    QCOMPARE(field(report.headers, "MIME-Version"), QByteArray("1.0"));
    QCOMPARE(field(report.headers, "Auto-Submitted"), QByteArray("auto-replied"));
    const QByteArray contentType = field(report.headers, "Content-Type");
    QVERIFY2(contentType.startsWith("multipart/report;"), contentType.constData());
    QVERIFY(contentType.contains("report-type=delivery-status"));
    for (const char *name : {"From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"})
        QCOMPARE(fieldCount(report.headers, name), 1);

    QCOMPARE(report.parts.size(), 3);
    QCOMPARE(field(report.parts[0].headers, "Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(field(report.parts[0].headers, "Content-Transfer-Encoding"), QByteArray("quoted-printable"));
    QCOMPARE(field(report.parts[1].headers, "Content-Type"), QByteArray("message/delivery-status"));
    QCOMPARE(field(report.parts[2].headers, "Content-Type"), QByteArray("text/rfc822-headers"));

    const QList<Block> blocks = statusBlocks(report.parts[1].body);
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(value(blocks[0], "Reporting-MTA"), QByteArray("dns; mail.example.test"));
    QCOMPARE(value(blocks[0], "Arrival-Date"), QByteArray("Wed, 04 Mar 2026 08:00:00 +0000"));
    QVERIFY(!has(blocks[0], "Final-Recipient"));
}

void TestDeliveryReport::linesAreCrlfAndShort()
{
    DeliveryReportRecipient recipient = failedRecipient();
    recipient.diagnostic = QStringLiteral("550 ") + QStringLiteral("word ").repeated(500);
    const QByteArray message = buildDeliveryReport(input({recipient, delayedRecipient()}));
    QVERIFY(message.endsWith("\r\n"));
    const QList<QByteArray> lines = message.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        QVERIFY2(line.endsWith('\r'), qPrintable(QStringLiteral("line %1 ends with a bare LF").arg(i + 1)));
        QVERIFY2(line.count('\r') == 1, qPrintable(QStringLiteral("line %1 has a bare CR").arg(i + 1)));
        QVERIFY2(line.size() - 1 <= 998, qPrintable(QStringLiteral("line %1 is too long").arg(i + 1)));
    }
    // The headers and the two generated parts are ASCII (only the To of an SMTPUTF8 sender is not).
    const Report report = parseReport(message);
    QVERIFY(report.ok);
    for (const QByteArray &part : {report.headers, report.parts[0].body, report.parts[1].body})
        QVERIFY(std::all_of(part.cbegin(), part.cend(), [](char c) { return uchar(c) < 0x80; }));
}

void TestDeliveryReport::failedRecipientFields()
{
    const Report report = parseReport(buildDeliveryReport(input({failedRecipient()})));
    QVERIFY(report.ok);
    const QList<Block> blocks = statusBlocks(report.parts[1].body);
    QCOMPARE(blocks.size(), 2);
    const Block &block = blocks[1];
    QCOMPARE(block.first().first, QByteArray("Final-Recipient"));
    QCOMPARE(value(block, "Final-Recipient"), QByteArray("rfc822; bob@remote.test"));
    QCOMPARE(value(block, "Action"), QByteArray("failed"));
    QCOMPARE(value(block, "Status"), QByteArray("5.7.1"));
    QCOMPARE(value(block, "Remote-MTA"), QByteArray("dns; mx.remote.test"));
    QCOMPARE(value(block, "Diagnostic-Code"),
             QByteArray("smtp; 550 5.7.1 Unable to relay for bob@remote.test"));
    QCOMPARE(value(block, "Last-Attempt-Date"), QByteArray("Wed, 04 Mar 2026 10:19:30 +0000"));
    QVERIFY(!has(block, "Will-Retry-Until"));
}

void TestDeliveryReport::delayedRecipientFields()
{
    const QByteArray message = buildDeliveryReport(input({delayedRecipient()}));
    const Report report = parseReport(message);
    QVERIFY(report.ok);
    QCOMPARE(field(report.headers, "Subject"), QByteArray("Delivery Status Notification (Delay)"));
    const QList<Block> blocks = statusBlocks(report.parts[1].body);
    QCOMPARE(blocks.size(), 2);
    const Block &block = blocks[1];
    QCOMPARE(value(block, "Final-Recipient"), QByteArray("rfc822; carol@slow.test"));
    QCOMPARE(value(block, "Action"), QByteArray("delayed"));
    QCOMPARE(value(block, "Status"), QByteArray("4.4.1"));
    QCOMPARE(value(block, "Remote-MTA"), QByteArray("dns; 192.0.2.25"));
    QCOMPARE(value(block, "Diagnostic-Code"), QByteArray("smtp; 451 4.4.1 Try again later"));
    QCOMPARE(value(block, "Will-Retry-Until"), QByteArray("Fri, 06 Mar 2026 10:20:30 +0000"));
    const QByteArray text = decodeQuotedPrintable(report.parts[0].body);
    QVERIFY(text.contains("not been delivered yet"));
    QVERIFY(text.contains("you do not need to send the message again"));
    QVERIFY(!text.contains("could not be delivered"));
}

void TestDeliveryReport::mixedRecipientsMakeAFailure()
{
    DeliveryReportRecipient expired = failedRecipient();
    expired.address = QStringLiteral("dave@gone.test");
    expired.status = QStringLiteral("4.4.7"); // an expired message fails with a transient status
    expired.diagnostic.clear();
    expired.remoteMta.clear();
    const Report report =
        parseReport(buildDeliveryReport(input({delayedRecipient(), failedRecipient(), expired})));
    QVERIFY(report.ok);
    QCOMPARE(field(report.headers, "Subject"), QByteArray("Delivery Status Notification (Failure)"));
    const QList<Block> blocks = statusBlocks(report.parts[1].body);
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(value(blocks[1], "Action"), QByteArray("delayed"));
    QCOMPARE(value(blocks[2], "Action"), QByteArray("failed"));
    QCOMPARE(value(blocks[3], "Final-Recipient"), QByteArray("rfc822; dave@gone.test"));
    QCOMPARE(value(blocks[3], "Status"), QByteArray("4.4.7"));
    QVERIFY(!has(blocks[3], "Remote-MTA"));
    QVERIFY(!has(blocks[3], "Diagnostic-Code"));
    const QByteArray text = decodeQuotedPrintable(report.parts[0].body);
    QVERIFY(text.contains("could not be delivered"));
    QVERIFY(text.contains("not been delivered yet"));
    QVERIFY(text.contains("No reason was given (status 4.4.7)."));
}

void TestDeliveryReport::connectionErrorIsNotAnSmtpDiagnostic()
{
    DeliveryReportRecipient recipient = failedRecipient();
    recipient.remoteMta.clear();
    recipient.status = QStringLiteral("4.4.1");
    recipient.action = DeliveryReportRecipient::Action::Delayed;
    recipient.diagnostic = QStringLiteral("Connection refused by 192.0.2.1 port 25");
    const Report report = parseReport(buildDeliveryReport(input({recipient})));
    QVERIFY(report.ok);
    const Block block = statusBlocks(report.parts[1].body).value(1);
    QCOMPARE(value(block, "Diagnostic-Code"),
             QByteArray("X-RelayDesk; Connection refused by 192.0.2.1 port 25"));
    QVERIFY(!has(block, "Remote-MTA"));
    // A reply code must stand alone: "5000 items" is not an SMTP reply.
    recipient.diagnostic = QStringLiteral("5000 items were too many");
    const Report second = parseReport(buildDeliveryReport(input({recipient})));
    QVERIFY(
        value(statusBlocks(second.parts[1].body).value(1), "Diagnostic-Code").startsWith("X-RelayDesk; "));
    // A multiline reply joined with '-' continuation markers is still SMTP.
    recipient.diagnostic = QStringLiteral("550-5.1.1 No such user 550 5.1.1 Bye");
    const Report third = parseReport(buildDeliveryReport(input({recipient})));
    QCOMPARE(value(statusBlocks(third.parts[1].body).value(1), "Diagnostic-Code"),
             QByteArray("smtp; 550-5.1.1 No such user 550 5.1.1 Bye"));
}

void TestDeliveryReport::longDiagnosticIsFoldedAndCut()
{
    DeliveryReportRecipient recipient = failedRecipient();
    QString diagnostic = QStringLiteral("550 5.7.1");
    for (int i = 0; i < 600; ++i)
        diagnostic += QStringLiteral(" reason%1").arg(i);
    recipient.diagnostic = diagnostic;
    const QByteArray message = buildDeliveryReport(input({recipient}));
    const Report report = parseReport(message);
    QVERIFY(report.ok);
    // Folded: every physical line of the status part is at most 78 octets.
    for (const QByteArray &line : report.parts[1].body.split('\n'))
        QVERIFY2(line.size() <= 79, line.constData()); // 78 + the CR
    QVERIFY(report.parts[1].body.contains("\r\n reason"));
    const QByteArray code = value(statusBlocks(report.parts[1].body).value(1), "Diagnostic-Code");
    QVERIFY(code.startsWith("smtp; 550 5.7.1 reason0 reason1 "));
    QVERIFY2(code.endsWith("..."), code.right(40).constData());
    QVERIFY2(code.size() <= 2000 + 10, QByteArray::number(code.size()).constData());
    // The human-readable part keeps the whole reply (quoted-printable has no length limit).
    QVERIFY(decodeQuotedPrintable(report.parts[0].body).contains("reason599"));
}

void TestDeliveryReport::unbreakableDiagnosticStaysUnder998()
{
    DeliveryReportRecipient recipient = failedRecipient();
    recipient.diagnostic = QStringLiteral("554 ") + QString(3000, QLatin1Char('x'));
    const Report report = parseReport(buildDeliveryReport(input({recipient})));
    QVERIFY(report.ok);
    for (const QByteArray &line : report.parts[1].body.split('\n'))
        QVERIFY(line.size() <= 999);
    const QByteArray code = value(statusBlocks(report.parts[1].body).value(1), "Diagnostic-Code");
    QVERIFY(code.startsWith("smtp; 554 xxxx"));
    QVERIFY(code.endsWith("x..."));
    for (const QByteArray &line : report.parts[0].body.split('\n'))
        QVERIFY(line.size() <= 77); // quoted-printable: 76 + the CR
}

void TestDeliveryReport::diagnosticCannotInjectFields()
{
    DeliveryReportRecipient recipient = failedRecipient();
    recipient.diagnostic = QStringLiteral("550 bad\r\nAction: delivered\r\n\r\nX-Evil: yes\tend é");
    recipient.remoteMta = QStringLiteral("mx.remote.test\r\nX-Evil: 1");
    DeliveryReportInput in = input({recipient});
    in.to = QStringLiteral("alice@example.test\r\nBcc: victim@example.test");
    const QByteArray message = buildDeliveryReport(in);
    const Report report = parseReport(message);
    QVERIFY(report.ok);
    QVERIFY(!report.headers.contains("\nBcc:"));
    const QList<Block> blocks = statusBlocks(report.parts[1].body);
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(value(blocks[1], "Action"), QByteArray("failed"));
    QVERIFY(!has(blocks[1], "X-Evil"));
    QCOMPARE(value(blocks[1], "Diagnostic-Code"),
             QByteArray("smtp; 550 bad Action: delivered X-Evil: yes end ?"));
    QCOMPARE(value(blocks[1], "Remote-MTA"), QByteArray("dns; mx.remote.testX-Evil:1"));
}

void TestDeliveryReport::malformedStatusGetsTheDefault()
{
    DeliveryReportRecipient failed = failedRecipient();
    failed.status.clear();
    DeliveryReportRecipient delayed = delayedRecipient();
    delayed.status = QStringLiteral("4.4");
    DeliveryReportRecipient injected = failedRecipient();
    injected.status = QStringLiteral("5.1.1\r\nX: y");
    const Report report = parseReport(buildDeliveryReport(input({failed, delayed, injected})));
    QVERIFY(report.ok);
    const QList<Block> blocks = statusBlocks(report.parts[1].body);
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(value(blocks[1], "Status"), QByteArray("5.0.0"));
    QCOMPARE(value(blocks[2], "Status"), QByteArray("4.0.0"));
    QCOMPARE(value(blocks[3], "Status"), QByteArray("5.0.0"));
}

void TestDeliveryReport::nonAsciiRecipientAndSender()
{
    DeliveryReportRecipient recipient = failedRecipient();
    recipient.address = QStringLiteral("josé+x@exämple.test");
    DeliveryReportInput in = input({recipient});
    in.to = QStringLiteral("jörg@bücher.test");
    in.originalEnvelopeSender = in.to;
    const QByteArray message = buildDeliveryReport(in);
    const Report report = parseReport(message);
    QVERIFY(report.ok);
    QCOMPARE(QString::fromUtf8(field(report.headers, "To")), QStringLiteral("<jörg@bücher.test>"));
    const QList<Block> blocks = statusBlocks(report.parts[1].body);
    // RFC 6533 §3: the utf-8 address type, in its 7-bit xtext form inside message/delivery-status.
    QCOMPARE(value(blocks[1], "Final-Recipient"), QByteArray("utf-8; jos\\x{E9}\\x{2B}x@ex\\x{E4}mple.test"));
    QCOMPARE(value(blocks[0], "X-RelayDesk-Sender"), QByteArray("utf-8; j\\x{F6}rg@b\\x{FC}cher.test"));
    const QString text = QString::fromUtf8(decodeQuotedPrintable(report.parts[0].body));
    QVERIFY(text.contains(QStringLiteral("josé+x@exämple.test")));
    // An address outside the BMP.
    recipient.address = QStringLiteral("a\U0001F600@x.test");
    const Report emoji = parseReport(buildDeliveryReport(input({recipient})));
    QCOMPARE(value(statusBlocks(emoji.parts[1].body).value(1), "Final-Recipient"),
             QByteArray("utf-8; a\\x{1F600}@x.test"));
}

void TestDeliveryReport::humanTextNamesRecipientsAndReplies()
{
    DeliveryReportRecipient second = failedRecipient();
    second.address = QStringLiteral("erin@remote.test");
    second.diagnostic = QStringLiteral("550 5.1.1 <erin@remote.test>: Recipient address rejected");
    second.remoteMta.clear();
    const Report report = parseReport(buildDeliveryReport(input({failedRecipient(), second})));
    QVERIFY(report.ok);
    const QString text = QString::fromUtf8(decodeQuotedPrintable(report.parts[0].body));
    QVERIFY(text.contains(QStringLiteral("This is the mail system at mail.example.test.")));
    QVERIFY(text.contains(QStringLiteral("  bob@remote.test\r\n")));
    QVERIFY(text.contains(
        QStringLiteral("The server mx.remote.test answered: 550 5.7.1 Unable to relay for bob@remote.test")));
    QVERIFY(text.contains(QStringLiteral("  erin@remote.test\r\n")));
    QVERIFY(
        text.contains(QStringLiteral("Reason: 550 5.1.1 <erin@remote.test>: Recipient address rejected")));
    QVERIFY(text.contains(QStringLiteral("Wed, 04 Mar 2026 08:00:00 +0000"))); // arrival
    QVERIFY(!text.contains(QStringLiteral("SECRET")));
}

void TestDeliveryReport::thirdPartHasHeadersOnly()
{
    const QByteArray message = buildDeliveryReport(input({failedRecipient()}));
    QVERIFY(!message.contains("SECRET BODY LINE"));
    QVERIFY(!message.contains("more body"));
    const Report report = parseReport(message);
    QVERIFY(report.ok);
    QCOMPARE(report.parts[2].body, Original.left(Original.indexOf("\r\n\r\n") + 2));
    QVERIFY(field(report.parts[2].headers, "Content-Transfer-Encoding").isEmpty());
}

void TestDeliveryReport::thirdPartOfLfOriginalWithoutBody()
{
    DeliveryReportInput in = input({failedRecipient()});
    in.originalMessage = "Subject: only headers\nX-Long: " + QByteArray(2000, 'y') + "\nFrom: a@b.test";
    const Report report = parseReport(buildDeliveryReport(in));
    QVERIFY(report.ok);
    const QList<QByteArray> lines = report.parts[2].body.split('\n');
    QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last LF
    QCOMPARE(lines[0], QByteArray("Subject: only headers\r"));
    QCOMPARE(lines[1].size(), 999); // cut at 998 octets
    QCOMPARE(lines[2], QByteArray("From: a@b.test\r"));
    // A header section past 64 KiB is cut at a field boundary.
    QByteArray huge;
    for (int i = 0; i < 2000; ++i)
        huge += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(40, 'f') + "\r\n continued\r\n";
    in.originalMessage = huge + "\r\nbody\r\n";
    const Report big = parseReport(buildDeliveryReport(in));
    QVERIFY(big.ok);
    QVERIFY(big.parts[2].body.size() < 70 * 1024);
    QVERIFY(big.parts[2].body.endsWith(" continued\r\n"));
}

void TestDeliveryReport::eightBitHeadersAreDeclared()
{
    DeliveryReportInput in = input({failedRecipient()});
    in.originalMessage = "Subject: Grüße\r\n\r\nbody\r\n";
    const Report report = parseReport(buildDeliveryReport(in));
    QVERIFY(report.ok);
    QCOMPARE(field(report.headers, "Content-Transfer-Encoding"), QByteArray("8bit"));
    QCOMPARE(field(report.parts[2].headers, "Content-Transfer-Encoding"), QByteArray("8bit"));
    QCOMPARE(report.parts[2].body, QByteArray("Subject: Grüße\r\n"));
    const Report ascii = parseReport(buildDeliveryReport(input({failedRecipient()})));
    QCOMPARE(field(ascii.headers, "Content-Transfer-Encoding"), QByteArray("7bit"));
}

void TestDeliveryReport::boundaryAndMessageIdAreFresh()
{
    const QByteArray first = buildDeliveryReport(input({failedRecipient()}));
    const QByteArray second = buildDeliveryReport(input({failedRecipient()}));
    const Report a = parseReport(first);
    const Report b = parseReport(second);
    QVERIFY(a.ok && b.ok);
    QVERIFY(a.boundary != b.boundary);
    QVERIFY(field(a.headers, "Message-ID") != field(b.headers, "Message-ID"));
    // The boundary occurs only in the Content-Type and the four delimiter lines.
    QCOMPARE(first.count(a.boundary), 5);
    QVERIFY(a.boundary.size() <= 70); // RFC 2046 §5.1.1
}

void TestDeliveryReport::pythonReadsAMultipartReport()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        QSKIP("/usr/bin/python3 is needed for the real-parser check");
    DeliveryReportRecipient longOne = failedRecipient();
    longOne.address = QStringLiteral("frank@remote.test");
    longOne.diagnostic = QStringLiteral("550 5.7.1") + QStringLiteral(" policy").repeated(100);
    DeliveryReportInput in = input({failedRecipient(), delayedRecipient(), longOne});
    const QByteArray message = buildDeliveryReport(in);

    const QString script = QStringLiteral(R"(
import email, json, sys
from email import policy
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=policy.default)
parts = list(msg.iter_parts())
defects = [type(d).__name__ for part in msg.walk() for d in part.defects]
print(json.dumps({
    'type': msg.get_content_type(),
    'reportType': msg.get_param('report-type'),
    'subject': str(msg['subject']),
    'autoSubmitted': str(msg['auto-submitted']),
    'defects': defects,
    'parts': [p.get_content_type() for p in parts],
    'text': parts[0].get_content(),
    'blocks': [{k: str(v) for k, v in b.items()} for b in parts[1].get_payload()],
    'headers': parts[2].get_content(),
}))
)");
    QProcess process;
    process.start(python, {QStringLiteral("-c"), script});
    QVERIFY(process.waitForStarted());
    process.write(message);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(result.value(QStringLiteral("type")).toString(), QStringLiteral("multipart/report"));
    QCOMPARE(result.value(QStringLiteral("reportType")).toString(), QStringLiteral("delivery-status"));
    QCOMPARE(result.value(QStringLiteral("subject")).toString(),
             QStringLiteral("Delivery Status Notification (Failure)"));
    QCOMPARE(result.value(QStringLiteral("autoSubmitted")).toString(), QStringLiteral("auto-replied"));
    QCOMPARE(result.value(QStringLiteral("defects")).toArray(), QJsonArray());
    QCOMPARE(result.value(QStringLiteral("parts")).toArray(),
             QJsonArray({QStringLiteral("text/plain"), QStringLiteral("message/delivery-status"),
                         QStringLiteral("text/rfc822-headers")}));
    QVERIFY(result.value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("The server mx.remote.test answered: 550 5.7.1 Unable to relay")));
    const QJsonArray blocks = result.value(QStringLiteral("blocks")).toArray();
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks[0].toObject().value(QStringLiteral("Reporting-MTA")).toString(),
             QStringLiteral("dns; mail.example.test"));
    QCOMPARE(blocks[1].toObject().value(QStringLiteral("Final-Recipient")).toString(),
             QStringLiteral("rfc822; bob@remote.test"));
    QCOMPARE(blocks[2].toObject().value(QStringLiteral("Action")).toString(), QStringLiteral("delayed"));
    QCOMPARE(blocks[2].toObject().value(QStringLiteral("Will-Retry-Until")).toString(),
             QStringLiteral("Fri, 06 Mar 2026 10:20:30 +0000"));
    QCOMPARE(blocks[3].toObject().value(QStringLiteral("Diagnostic-Code")).toString(),
             QStringLiteral("smtp; 550 5.7.1") + QStringLiteral(" policy").repeated(100));
    const QString headers = result.value(QStringLiteral("headers")).toString();
    QVERIFY(headers.contains(QStringLiteral("Subject: Quarterly figures")));
    QVERIFY(!headers.contains(QStringLiteral("SECRET")));
}

void TestDeliveryReport::statusFromReply_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("expected");
    QTest::newRow("enhanced 5.7.1") << 550 << QStringLiteral("5.7.1") << QStringLiteral("5.7.1");
    QTest::newRow("three-digit parts") << 552 << QStringLiteral("5.123.999") << QStringLiteral("5.123.999");
    QTest::newRow("spaces around") << 421 << QStringLiteral(" 4.3.2 ") << QStringLiteral("4.3.2");
    QTest::newRow("5xx without") << 550 << QString() << QStringLiteral("5.0.0");
    QTest::newRow("4xx without") << 451 << QString() << QStringLiteral("4.0.0");
    QTest::newRow("no reply") << 0 << QString() << QStringLiteral("4.0.0");
    QTest::newRow("no reply, given status") << 0 << QStringLiteral("5.1.2") << QStringLiteral("5.1.2");
    QTest::newRow("no reply, success status") << 0 << QStringLiteral("2.0.0") << QStringLiteral("4.0.0");
    QTest::newRow("class follows 5xx") << 550 << QStringLiteral("4.7.1") << QStringLiteral("5.7.1");
    QTest::newRow("class follows 4xx") << 450 << QStringLiteral("5.2.2") << QStringLiteral("4.2.2");
    QTest::newRow("class from 2") << 554 << QStringLiteral("2.6.0") << QStringLiteral("5.6.0");
    QTest::newRow("two parts") << 550 << QStringLiteral("5.7") << QStringLiteral("5.0.0");
    QTest::newRow("four digits") << 550 << QStringLiteral("5.7.1000") << QStringLiteral("5.0.0");
    QTest::newRow("garbage") << 554 << QStringLiteral("x.y.z") << QStringLiteral("5.0.0");
    QTest::newRow("class 6") << 554 << QStringLiteral("6.1.1") << QStringLiteral("5.0.0");
    QTest::newRow("2xx reply") << 250 << QString() << QStringLiteral("4.0.0");
}

void TestDeliveryReport::statusFromReply()
{
    QFETCH(int, code);
    QFETCH(QString, enhanced);
    QFETCH(QString, expected);
    QCOMPARE(deliveryStatusFromReply(code, enhanced), expected);
}

void TestDeliveryReport::stripEnvelopeHeaders_data()
{
    QTest::addColumn<QByteArray>("queued");
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QByteArray>("rest");

    // QByteArray on every row: QTest checks the column type, and a literal or a QStringBuilder is not one.
    const auto row = [](const char *name, const QByteArray &queued, const QString &sender,
                        const QStringList &recipients, const QByteArray &rest) {
        QTest::newRow(name) << queued << sender << recipients << rest;
    };
    const QByteArray message = "Received: from x\r\nSubject: s\r\n\r\nbody\r\n";
    const QString ab = QStringLiteral("a@b.test");
    const QString cd = QStringLiteral("c@d.test");
    row("spool layout", "X-Sender: a@b.test\r\nX-Receiver: c@d.test\r\nX-Receiver: e@f.test\r\n" + message,
        ab, {cd, QStringLiteral("e@f.test")}, message);
    row("angle brackets", "X-Sender: <a@b.test>\r\nX-Receiver: <c@d.test>\r\n" + message, ab, {cd}, message);
    row("null sender", "X-Sender: <>\r\nX-Receiver: c@d.test\r\n" + message, QString(), {cd}, message);
    row("empty sender", "X-Sender:\r\nX-Receiver: c@d.test\r\n" + message, QString(), {cd}, message);
    row("LF and any case", "x-sender:<a@b.test>\nX-RECEIVER:   c@d.test  \n" + message, ab, {cd}, message);
    row("first sender wins", "X-Sender: a@b.test\r\nX-Sender: z@z.test\r\n" + message, ab, {}, message);
    row("empty receiver skipped",
        "X-Sender: a@b.test\r\nX-Receiver: <>\r\nX-Receiver: c@d.test\r\n" + message, ab, {cd}, message);
    row("no envelope", message, QString(), {}, message);
    row("similar name", "X-Sender-Id: a@b.test\r\n" + message, QString(), {},
        "X-Sender-Id: a@b.test\r\n" + message);
    row("only later lines", "Subject: s\r\nX-Receiver: c@d.test\r\n", QString(), {},
        "Subject: s\r\nX-Receiver: c@d.test\r\n");
    row("envelope only, no final newline", "X-Sender: a@b.test\r\nX-Receiver: c@d.test", ab, {cd},
        QByteArray());
    row("utf-8", "X-Sender: <j\xc3\xb6rg@b.test>\r\n\r\nbody", QStringLiteral("jörg@b.test"), {}, "\r\nbody");
    row("empty", QByteArray(), QString(), {}, QByteArray());
}

void TestDeliveryReport::stripEnvelopeHeaders()
{
    QFETCH(QByteArray, queued);
    QFETCH(QString, sender);
    QFETCH(QStringList, recipients);
    QFETCH(QByteArray, rest);
    QString gotSender = QStringLiteral("stale");
    QStringList gotRecipients{QStringLiteral("stale")};
    QCOMPARE(RelayDesk::stripEnvelopeHeaders(queued, &gotSender, &gotRecipients), rest);
    QCOMPARE(gotSender, sender);
    QCOMPARE(gotRecipients, recipients);
}

void TestDeliveryReport::stripEnvelopeHeadersAcceptsNullPointers()
{
    QCOMPARE(
        RelayDesk::stripEnvelopeHeaders("X-Sender: a@b\r\nX-Receiver: c@d\r\nS: x\r\n", nullptr, nullptr),
        QByteArray("S: x\r\n"));
}

QTEST_GUILESS_MAIN(TestDeliveryReport)
#include "tst_deliveryreport.moc"

#include "deliveryreport.h"

#include "receivedheader.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace RelayDesk {

namespace {

const QByteArray Crlf = QByteArrayLiteral("\r\n");

// RFC 5322 §2.1.1: a line is at most 998 octets; 78 is where folding should start.
constexpr qsizetype MaxLineOctets = 998;
constexpr qsizetype FoldColumn = 78;
// One word of a diagnostic longer than this cannot be folded (folding happens only at spaces), so
// it is cut: with the field name it still fits a line.
constexpr qsizetype MaxWordOctets = 900;
// A remote server may send pages of text; the report keeps the start, which names the problem.
constexpr qsizetype MaxDiagnosticOctets = 2000;
// The third part is there to let the sender recognise the message, not to return it: a header
// section bloated by a mailing list or a loop is cut at a field boundary.
constexpr qsizetype MaxHeaderSectionOctets = 64 * 1024;
// Quoted-printable lines (RFC 2045 §6.7): at most 76 characters including the soft break '='.
constexpr qsizetype QuotedPrintableColumn = 75;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryReport)

public:
    static QString body(const DeliveryReportInput &input);

private:
    static void describeRecipient(const DeliveryReportRecipient &recipient, QStringList *lines);
};

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

// For names that end up in a header or a "dns;" field: letters, digits and the characters of a
// domain or address literal; everything else (spaces, CR, LF, non-ASCII) is dropped.
QByteArray hostToken(const QString &host, bool literalCharacters)
{
    QByteArray out;
    for (const QChar c : host) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'.' || u == u'-' || (literalCharacters && (u == u'[' || u == u']' || u == u':'));
        if (keep)
            out.append(char(u));
    }
    return out;
}

// A header value that came from elsewhere: control characters (CR and LF above all) removed so it
// cannot start a header of its own; UTF-8 kept (an SMTPUTF8 address).
QByteArray headerText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() != 0x7f)
            clean.append(c);
    }
    return clean.trimmed().toUtf8();
}

// Printable ASCII with single spaces, for the delivery-status part: whitespace and controls become
// spaces, anything non-ASCII a '?' (the human-readable part keeps the real text).
QByteArray asciiText(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u == 0x7f || c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (c.isLowSurrogate())
            continue; // the high surrogate already gave its '?'
        if (space)
            out.append(' ');
        space = false;
        out.append(u < 0x7f ? char(u) : '?');
    }
    return out;
}

// "Name: value" folded at spaces near column 78 (RFC 5322 §2.2.3); no line exceeds 998 octets.
QByteArray foldedField(QByteArrayView name, const QByteArray &value)
{
    QByteArray out;
    QByteArray line = name.toByteArray() + ':';
    const QList<QByteArray> words = value.split(' ');
    bool lineHasWord = false;
    for (QByteArray word : words) {
        if (word.isEmpty())
            continue;
        if (word.size() > MaxWordOctets)
            word = word.left(MaxWordOctets - 3) + "...";
        if (lineHasWord && line.size() + 1 + word.size() > FoldColumn) {
            out += line + Crlf;
            line.clear();
        }
        line += ' ' + word;
        lineHasWord = true;
    }
    out += line + Crlf;
    return out;
}

// An address for "Final-Recipient": "rfc822; a@b", or for an internationalised one the utf-8
// address type in its 7-bit xtext form, which RFC 6533 §3 requires inside message/delivery-status
// ("\x{HHHH}" for every character outside QCHAR).
QByteArray recipientField(const QString &address)
{
    const QByteArray utf8 = headerText(address);
    if (isAscii(utf8))
        return QByteArrayLiteral("rfc822; ") + utf8;
    QByteArray out = QByteArrayLiteral("utf-8; ");
    for (const char32_t u : QString::fromUtf8(utf8).toUcs4()) {
        const bool qchar = u >= 0x21 && u <= 0x7e && u != u'+' && u != u'=' && u != u'\\';
        if (qchar)
            out.append(char(u));
        else
            out += "\\x{" + QByteArray::number(uint(u), 16).toUpper() + '}';
    }
    return out;
}

QString validStatus(const QString &status, DeliveryReportRecipient::Action action)
{
    static const QRegularExpression pattern(QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}$"));
    const QString trimmed = status.trimmed();
    if (pattern.match(trimmed).hasMatch())
        return trimmed;
    return action == DeliveryReportRecipient::Action::Failed ? QStringLiteral("5.0.0")
                                                             : QStringLiteral("4.0.0");
}

// "smtp; 550 5.7.1 ..." when the text is an SMTP reply, otherwise RelayDesk's own type (as Postfix
// writes "X-Postfix; connect to ...") for a sentence about a connection error.
QByteArray diagnosticValue(const QString &diagnostic)
{
    static const QRegularExpression reply(QStringLiteral("^[2-5]\\d\\d([ -]|$)"));
    QByteArray text = asciiText(diagnostic);
    if (text.size() > MaxDiagnosticOctets)
        text = text.left(MaxDiagnosticOctets - 3) + "...";
    const bool smtp = reply.match(QString::fromLatin1(text.left(4))).hasMatch();
    return (smtp ? QByteArrayLiteral("smtp; ") : QByteArrayLiteral("X-RelayDesk; ")) + text;
}

QByteArray deliveryStatus(const DeliveryReportInput &input)
{
    QByteArray out;
    out += "Reporting-MTA: dns; " + hostToken(input.reportingMta, false) + Crlf;
    // Not an RFC 3464 field: the envelope sender, as Postfix's X-Postfix-Sender, for the copy that
    // reaches the postmaster.
    if (!input.originalEnvelopeSender.isEmpty())
        out += "X-RelayDesk-Sender: " + recipientField(input.originalEnvelopeSender) + Crlf;
    if (input.arrival.isValid())
        out += "Arrival-Date: " + rfc5322Date(input.arrival) + Crlf;
    for (const DeliveryReportRecipient &recipient : input.recipients) {
        const bool failed = recipient.action == DeliveryReportRecipient::Action::Failed;
        out += Crlf;
        out += "Final-Recipient: " + recipientField(recipient.address) + Crlf;
        out += failed ? QByteArrayLiteral("Action: failed\r\n") : QByteArrayLiteral("Action: delayed\r\n");
        out += "Status: " + validStatus(recipient.status, recipient.action).toLatin1() + Crlf;
        const QByteArray remote = hostToken(recipient.remoteMta, true);
        if (!remote.isEmpty())
            out += "Remote-MTA: dns; " + remote + Crlf;
        if (!asciiText(recipient.diagnostic).isEmpty())
            out += foldedField("Diagnostic-Code", diagnosticValue(recipient.diagnostic));
        if (recipient.lastAttempt.isValid())
            out += "Last-Attempt-Date: " + rfc5322Date(recipient.lastAttempt) + Crlf;
        if (!failed && recipient.willRetryUntil.isValid())
            out += "Will-Retry-Until: " + rfc5322Date(recipient.willRetryUntil) + Crlf;
    }
    return out;
}

// The original's header section (up to the first empty line, or everything when there is none),
// with CRLF line ends, lines cut at 998 octets and the whole cut at a field boundary past 64 KiB.
QByteArray headerSection(const QByteArray &message)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < message.size()) {
        qsizetype end = message.indexOf('\n', pos);
        const qsizetype next = end < 0 ? message.size() : end + 1;
        if (end < 0)
            end = message.size();
        QByteArray line = message.mid(pos, end - pos);
        pos = next;
        line.replace('\r', QByteArray());
        if (line.isEmpty())
            break;
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation && out.size() >= MaxHeaderSectionOctets)
            break;
        out += line.left(MaxLineOctets) + Crlf;
    }
    return out;
}

QByteArray quotedPrintable(const QByteArray &utf8)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 11 / 10 + 16);
    const QList<QByteArray> lines = utf8.split('\n');
    for (const QByteArray &line : lines) {
        qsizetype column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line[i]);
            const bool last = i + 1 == line.size();
            char piece[3];
            qsizetype length = 1;
            const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            if (literal) {
                piece[0] = char(c);
            } else {
                piece[0] = '=';
                piece[1] = hex[c >> 4];
                piece[2] = hex[c & 15];
                length = 3;
            }
            if (column + length > QuotedPrintableColumn) {
                out += "=\r\n";
                column = 0;
            }
            out.append(piece, length);
            column += length;
        }
        out += Crlf;
    }
    return out;
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return raw.toHex();
}

void Text::describeRecipient(const DeliveryReportRecipient &recipient, QStringList *lines)
{
    const QString indent = QStringLiteral("    ");
    *lines << QStringLiteral("  ") + recipient.address;
    const QString diagnostic = recipient.diagnostic.simplified();
    if (!diagnostic.isEmpty() && !recipient.remoteMta.isEmpty())
        *lines << indent + tr("The server %1 answered: %2").arg(recipient.remoteMta.simplified(), diagnostic);
    else if (!diagnostic.isEmpty())
        *lines << indent + tr("Reason: %1").arg(diagnostic);
    else
        *lines << indent
                + tr("No reason was given (status %1).").arg(validStatus(recipient.status, recipient.action));
    if (recipient.lastAttempt.isValid())
        *lines << indent
                + tr("Last attempt: %1").arg(QString::fromLatin1(rfc5322Date(recipient.lastAttempt)));
    if (recipient.action == DeliveryReportRecipient::Action::Delayed && recipient.willRetryUntil.isValid())
        *lines << indent
                + tr("Delivery will be attempted until %1.")
                      .arg(QString::fromLatin1(rfc5322Date(recipient.willRetryUntil)));
}

QString Text::body(const DeliveryReportInput &input)
{
    QList<DeliveryReportRecipient> failed;
    QList<DeliveryReportRecipient> delayed;
    for (const DeliveryReportRecipient &recipient : input.recipients)
        (recipient.action == DeliveryReportRecipient::Action::Failed ? failed : delayed) << recipient;

    QStringList lines;
    lines << tr("This is the mail system at %1.").arg(input.reportingMta) << QString();
    if (!failed.isEmpty()) {
        lines << tr("Your message could not be delivered to the following recipients. The mail system "
                    "has given up; sending the message again will fail the same way unless the "
                    "problem below is solved.")
              << QString();
        for (const DeliveryReportRecipient &recipient : std::as_const(failed))
            describeRecipient(recipient, &lines);
        lines << QString();
    }
    if (!delayed.isEmpty()) {
        lines << tr("Your message has not been delivered yet to the following recipients. The mail "
                    "system keeps trying; you do not need to send the message again.")
              << QString();
        for (const DeliveryReportRecipient &recipient : std::as_const(delayed))
            describeRecipient(recipient, &lines);
        lines << QString();
    }
    if (input.arrival.isValid())
        lines << tr("The mail system received your message on %1.")
                     .arg(QString::fromLatin1(rfc5322Date(input.arrival)));
    lines << tr("The headers of your message are attached below the technical details, which your "
                "mail administrator can use to find out more.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QByteArray buildDeliveryReport(const DeliveryReportInput &input)
{
    const bool anyFailed = std::any_of(input.recipients.cbegin(), input.recipients.cend(), [](const auto &r) {
        return r.action == DeliveryReportRecipient::Action::Failed;
    });

    const QByteArray text = quotedPrintable(Text::body(input).toUtf8());
    const QByteArray status = deliveryStatus(input);
    const QByteArray headers = headerSection(input.originalMessage);
    const bool eightBit = !isAscii(headers);

    // RFC 2046 §5.1.1: the boundary must not occur in any part. "=_" cannot start a line of
    // quoted-printable text; the other two parts are checked.
    QByteArray boundary;
    do {
        boundary = "=_RelayDesk_DSN_" + randomHex(12);
    } while (status.contains(boundary) || headers.contains(boundary) || text.contains(boundary));

    QByteArray mta = hostToken(input.reportingMta, false);
    if (mta.isEmpty())
        mta = "localhost";
    const QByteArray to = headerText(input.to);

    QByteArray out;
    out.reserve(text.size() + status.size() + headers.size() + 1024);
    out += "From: Mail Delivery System <" + headerText(input.fromAddress) + '>' + Crlf;
    out += to.isEmpty() ? QByteArrayLiteral("To: undisclosed-recipients:;\r\n")
                        : QByteArray("To: <" + to + '>' + Crlf);
    out += "Date: " + rfc5322Date(input.now) + Crlf;
    out += anyFailed ? QByteArrayLiteral("Subject: Delivery Status Notification (Failure)\r\n")
                     : QByteArrayLiteral("Subject: Delivery Status Notification (Delay)\r\n");
    out += "Message-ID: <dsn." + randomHex(16) + '@' + mta + '>' + Crlf;
    out += "MIME-Version: 1.0\r\n";
    // RFC 3834 §5: an automatic response, so that vacation responders and the like do not answer it.
    out += "Auto-Submitted: auto-replied\r\n";
    out += "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"" + boundary + '"'
        + Crlf;
    out += eightBit ? QByteArrayLiteral("Content-Transfer-Encoding: 8bit\r\n")
                    : QByteArrayLiteral("Content-Transfer-Encoding: 7bit\r\n");
    out += Crlf;
    out += "This is a delivery status notification in MIME format.\r\n";

    out += Crlf + "--" + boundary + Crlf;
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "Content-Description: Notification\r\n";
    out += Crlf;
    out += text;

    out += Crlf + "--" + boundary + Crlf;
    out += "Content-Type: message/delivery-status\r\n";
    out += "Content-Description: Delivery report\r\n";
    out += Crlf;
    out += status;

    out += Crlf + "--" + boundary + Crlf;
    out += "Content-Type: text/rfc822-headers\r\n";
    out += "Content-Description: Undelivered message headers\r\n";
    if (eightBit)
        out += "Content-Transfer-Encoding: 8bit\r\n";
    out += Crlf;
    out += headers;

    out += Crlf + "--" + boundary + "--" + Crlf;
    return out;
}

QString deliveryStatusFromReply(int code, const QString &enhanced)
{
    static const QRegularExpression pattern(QStringLiteral("^[2-5]\\.\\d{1,3}\\.\\d{1,3}$"));
    QString status = enhanced.trimmed();
    const bool wellFormed = pattern.match(status).hasMatch();
    if (code >= 400 && code <= 599) {
        const QChar replyClass = code >= 500 ? QLatin1Char('5') : QLatin1Char('4');
        if (!wellFormed)
            return replyClass + QStringLiteral(".0.0");
        status[0] = replyClass;
        return status;
    }
    // No reply (a connection error) or one that does not report a problem: only a problem class counts.
    if (wellFormed && (status[0] == QLatin1Char('4') || status[0] == QLatin1Char('5')))
        return status;
    return QStringLiteral("4.0.0");
}

QByteArray stripEnvelopeHeaders(const QByteArray &queued, QString *sender, QStringList *recipients)
{
    static constexpr char senderName[] = "x-sender:";
    static constexpr char receiverName[] = "x-receiver:";
    const auto hasName = [](QByteArrayView line, const char *name, qsizetype length) {
        return line.size() >= length && qstrnicmp(line.data(), name, length) == 0;
    };
    const auto value = [](QByteArrayView rest) {
        QString text = QString::fromUtf8(rest).trimmed();
        if (text.startsWith(QLatin1Char('<')) && text.endsWith(QLatin1Char('>')))
            text = text.mid(1, text.size() - 2).trimmed();
        return text;
    };

    if (sender)
        sender->clear();
    if (recipients)
        recipients->clear();
    bool haveSender = false;
    qsizetype pos = 0;
    while (pos < queued.size()) {
        const qsizetype newline = queued.indexOf('\n', pos);
        const qsizetype end = newline < 0 ? queued.size() : newline;
        QByteArrayView line(queued.constData() + pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        constexpr qsizetype senderLength = sizeof(senderName) - 1;
        constexpr qsizetype receiverLength = sizeof(receiverName) - 1;
        if (hasName(line, senderName, senderLength)) {
            if (!haveSender && sender)
                *sender = value(line.sliced(senderLength));
            haveSender = true;
        } else if (hasName(line, receiverName, receiverLength)) {
            const QString recipient = value(line.sliced(receiverLength));
            if (!recipient.isEmpty() && recipients)
                recipients->append(recipient);
        } else {
            break;
        }
        pos = newline < 0 ? queued.size() : newline + 1;
    }
    return queued.mid(pos);
}

} // namespace RelayDesk

#include "testmessage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUuid>

namespace RelayDesk {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TestMessage)
};

// A header value on one line: CR, LF and other control characters become spaces.
QString oneLine(const QString &value)
{
    QString line = value;
    for (QChar &c : line) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return line.simplified();
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// RFC 2047 encoded-words of at most 75 characters each, split between UTF-8 sequences.
QByteArray encodedWords(const QString &text)
{
    QByteArrayList words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray utf8 = text.mid(i, n).toUtf8();
        i += n - 1;
        if ((chunk.size() + utf8.size() + 2) / 3 * 4 > 60) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += utf8;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray header(const QByteArray &name, const QString &value)
{
    const QString line = oneLine(value);
    return name + ": " + (isAscii(line) ? line.toLatin1() : encodedWords(line)) + "\r\n";
}

// RFC 2045 quoted-printable of `text` (LF line ends): lines of at most 76 octets with soft breaks,
// CRLF line ends. For a body whose lines would pass SMTP's 1000-octet limit (RFC 5321 4.5.3.1.6).
QByteArray quotedPrintable(const QByteArray &text)
{
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        int column = 0;
        for (qsizetype j = 0; j < line.size(); ++j) {
            const auto c = static_cast<uchar>(line.at(j));
            const bool last = j == line.size() - 1;
            const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
            const QByteArray piece = literal
                ? QByteArray(1, char(c))
                : '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (column + piece.size() > 75) {
                out += "=\r\n";
                column = 0;
            }
            out += piece;
            column += int(piece.size());
        }
        if (i + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

bool hasLongLine(const QByteArray &text)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (end - start > 998)
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace

QByteArray TestMessage::toBytes() const
{
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    const QString fromAddress = oneLine(from);
    QStringList recipients;
    for (const QString &r : to)
        recipients << oneLine(r);
    QString domain = fromAddress.section(QLatin1Char('@'), -1);
    if (!fromAddress.contains(QLatin1Char('@')) || domain.isEmpty())
        domain = QStringLiteral("relaydesk.invalid");

    QByteArray message;
    const int offset = when.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
    message += "Date: " + QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")).toLatin1()
        + zone.toLatin1() + "\r\n";
    if (fromAddress.isEmpty())
        message += "From: RelayDesk test <MAILER-DAEMON@" + domain.toUtf8() + ">\r\n";
    else
        message += "From: <" + fromAddress.toUtf8() + ">\r\n";
    QByteArrayList toField;
    for (const QString &r : std::as_const(recipients))
        toField.append('<' + r.toUtf8() + '>');
    message += "To: " + toField.join(",\r\n\t") + "\r\n";
    const QString subjectText = subject.isEmpty() ? Text::tr("RelayDesk test message") : subject;
    message += header("Subject", subjectText);
    message += "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@'
        + domain.toUtf8() + ">\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=utf-8\r\n";
    message += "X-Mailer: RelayDesk test-send\r\n";

    QString text = body;
    if (text.isEmpty())
        text = Text::tr("This is a test message sent by RelayDesk at %1.\n")
                   .arg(when.toUTC().toString(Qt::ISODate));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QByteArray utf8 = text.toUtf8();
    const bool encode = hasLongLine(utf8);
    if (encode)
        message += "Content-Transfer-Encoding: quoted-printable\r\n";
    else
        message +=
            isAscii(text) ? "Content-Transfer-Encoding: 7bit\r\n" : "Content-Transfer-Encoding: 8bit\r\n";
    message += "\r\n";
    QByteArray bodyBytes = utf8;
    if (encode)
        bodyBytes = quotedPrintable(utf8);
    else
        bodyBytes.replace("\n", "\r\n");
    if (!bodyBytes.endsWith("\r\n"))
        bodyBytes += "\r\n";
    message += bodyBytes;
    return message;
}

} // namespace RelayDesk

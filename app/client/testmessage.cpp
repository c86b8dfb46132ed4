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
    message += isAscii(text) ? "Content-Transfer-Encoding: 7bit\r\n" : "Content-Transfer-Encoding: 8bit\r\n";
    message += "\r\n";
    QByteArray bodyBytes = utf8;
    bodyBytes.replace("\n", "\r\n");
    if (!bodyBytes.endsWith("\r\n"))
        bodyBytes += "\r\n";
    message += bodyBytes;
    return message;
}

} // namespace RelayDesk

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// The message test-send sends: a small text/plain message with the headers a relay expects.
namespace RelayDesk {

struct TestMessage
{
    QString from; // empty: no From address (the null sender); shown as "RelayDesk test"
    QStringList to;
    QString subject;
    QString body; // any line ends; empty: a default text naming the time and the program
    QDateTime date; // invalid: now

    // Headers (Date, From, To, Subject, Message-ID, MIME) and the body with CRLF line ends.
    // CR and LF never reach a header; a non-ASCII subject is RFC 2047 encoded; the body is UTF-8
    // (8bit) when it is not ASCII, and quoted-printable when a line would be longer than SMTP's
    // 998 octets.
    QByteArray toBytes() const;
};

} // namespace RelayDesk

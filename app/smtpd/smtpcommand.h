#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>

// One SMTP command line split into its verb and argument, and the MAIL FROM / RCPT TO argument
// split into the path and its ESMTP parameters (RFC 5321 §4.1.1.2, §4.1.1.3). Works on bytes:
// only the path is converted to text, by the caller.
namespace RelayDesk {

struct SmtpCommand
{
    QByteArray verb; // upper case: "MAIL"
    QByteArray argument; // the rest of the line after one space, as sent

    static SmtpCommand parse(QByteArrayView line);
};

struct SmtpPathArgument
{
    bool valid = false; // false: no "FROM:" / "TO:" prefix, or an unterminated path
    QByteArray path; // "<user@example>" with the angle brackets (or the bare word when the client sent none)
    QByteArrayList parameters; // "SIZE=1000", "BODY=8BITMIME"

    // prefix: "FROM:" or "TO:" (case-insensitive); spaces after the colon are tolerated.
    static SmtpPathArgument parse(QByteArrayView argument, QByteArrayView prefix);
};

// "KEY=VALUE" → key upper-cased and value; a parameter without '=' has an empty value.
void splitParameter(QByteArrayView parameter, QByteArray *key, QByteArray *value);

} // namespace RelayDesk

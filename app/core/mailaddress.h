#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <QStringView>

// RFC 5321 §4.1.2 paths and mailboxes: the MAIL FROM and RCPT TO arguments and the
// addresses of the configuration. The result is normalised for the relay decision:
// source route stripped, domain lower-cased and without its trailing dot.
// Size limits (RFC 5321 §4.5.3.1) count UTF-8 octets as written: the local part 64 (quotes and
// backslashes included), the domain 255 (without the trailing dot), the whole path 256 (angle
// brackets and source route included), so a bare mailbox at most 254.
namespace RelayDesk {

struct MailPath
{
    bool valid = false;
    QString error; // why the text is not valid, a translated sentence; empty when valid

    QString localPart; // unquoted local part, case kept
    QString domain; // lower-cased, no trailing dot; address literals normalised: "[10.0.0.1]",
                    // "[ipv6:2001:db8::1]"
    bool isNull = false; // "<>"
    bool isPostmaster = false; // bare "<Postmaster>" (any case) with no domain
    bool isAddressLiteral = false;
    QHostAddress literal; // the address of an address literal
    QStringList sourceRoute; // the stripped "@a,@b:" hops, lower-cased, without '@'
    bool senderRouted = false; // the unquoted local part contains '%', '!' or '@', as written or
                               // after NFKC normalisation (look-alikes such as U+FF20, U+FE6A)
    bool nonAscii = false; // the local part or the domain has a non-ASCII character (needs SMTPUTF8)

    // "local@domain" with the local part quoted where it needs quoting; "" for the null
    // path and for an invalid path; "Postmaster" for the bare postmaster.
    QString address() const;
};

// The MAIL FROM argument: "<>" or a path in angle brackets (the caller strips "FROM:" and
// the ESMTP parameters).
MailPath parseReversePath(QStringView text);

// The RCPT TO argument: a path in angle brackets or "<Postmaster>"; "<>" is not allowed.
MailPath parseForwardPath(QStringView text);

// A mailbox without angle brackets or source route, as written in the configuration.
MailPath parseMailbox(QStringView text);

} // namespace RelayDesk

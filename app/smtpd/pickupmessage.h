#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// A file dropped into Pickup/ (as IIS reads it): an optional envelope of leading
// "X-Sender: <a@b>" and "X-Receiver: <c@d>" lines, then an RFC 5322 message. Without X-Receiver
// lines the recipients come from To, Cc and Bcc; without X-Sender the sender is the Sender:
// mailbox, else the first From: mailbox. The file comes from a local program, not from a
// client that saw the listener's rules, so everything is checked before it reaches Queue/ and a
// file that fails goes to Badmail with the reason (the error sentence) in its .bdr.
namespace RelayDesk {

struct PickupMessage
{
    bool ok = false;
    QString error; // a translated sentence naming the problem and its line; empty when ok
    QString sender; // "" = null sender ("X-Sender: <>")
    QStringList recipients; // normalised (MailPath::address()), without duplicates, in file order
    // The message to queue: headers and body with CRLF line ends, without the X-Sender and
    // X-Receiver lines and without Bcc; Date and Message-ID added at the end of the header
    // section when missing. Not dot-stuffed.
    QByteArray data;
};

// Parses a Pickup file. LF or CRLF line ends (a CR anywhere else is an error, as is a NUL); no
// line may exceed 998 octets (RFC 5322 §2.1.1). hostName is the right side of a generated
// Message-ID; now its Date. maxSize > 0 refuses a message whose data is larger.
PickupMessage parsePickupMessage(const QByteArray &file, const QString &hostName, const QDateTime &now,
                                 qint64 maxSize = 0);

} // namespace RelayDesk

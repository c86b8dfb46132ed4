#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Delivery status notifications (RFC 3464, in a multipart/report of RFC 6522): the non-delivery
// report the outbound agent sends to the original sender when a recipient fails or the message
// expires, and the one-time delay notice. Pure functions: the agent decides who gets the report
// and queues it with the null sender; nothing here touches the spool.
namespace RelayDesk {

struct DeliveryReportRecipient
{
    QString address; // final recipient, "local@domain" as in the queue file
    enum class Action
    {
        Failed,
        Delayed,
    } action = Action::Failed;
    QString status; // "5.7.1", "4.4.7", ...; an empty or malformed one becomes 5.0.0 / 4.0.0
    QString remoteMta; // host name or address of the server that answered; may be empty
    // The remote reply as text ("550 5.7.1 Unable to relay for x@y", lines joined with a space), or
    // a sentence for a connection error. A text that starts with a reply code is reported as an SMTP
    // diagnostic, anything else as the X-RelayDesk diagnostic type.
    QString diagnostic;
    QDateTime lastAttempt; // may be invalid (never attempted)
    QDateTime willRetryUntil; // Delayed only; may be invalid
};

struct DeliveryReportInput
{
    QString reportingMta; // the virtual server's FQDN
    QString fromAddress; // "postmaster@<domain>"
    QString to; // the original sender: the report's recipient
    QString originalEnvelopeSender; // "" = null sender (then there should be no report at all)
    QDateTime arrival; // when the original was received; may be invalid
    QDateTime now; // the Date: header
    // The original as queued: headers and body with CRLF line ends, without the X-Sender and
    // X-Receiver lines (stripEnvelopeHeaders). Only its header section reaches the report.
    QByteArray originalMessage;
    QList<DeliveryReportRecipient> recipients;
};

// The whole report (headers and body, CRLF line ends, no dot-stuffing), ready to be queued with
// the null sender. Subject "... (Failure)" when any recipient failed, "... (Delay)" otherwise.
// The human-readable part is translated (context "DeliveryReport") and quoted-printable; the
// delivery-status part is ASCII with lines of at most 78 octets where the text allows folding and
// never more than 998; the third part holds the original's header section only, never its body.
// To: carries the sender's address as is, so a non-ASCII sender makes an SMTPUTF8 message.
QByteArray buildDeliveryReport(const DeliveryReportInput &input);

// The Status of a recipient from an SMTP reply: the enhanced status code of the reply when it is
// well formed ("5.7.1"; its class is made to agree with the reply code, RFC 2034 §4), otherwise
// 5.0.0 for a 5xx reply and 4.0.0 for anything else (4xx, or 0 for no reply at all).
QString deliveryStatusFromReply(int code, const QString &enhanced);

// Splits the leading "X-Sender: <a@b>" / "X-Receiver: <c@d>" lines off a queued file (IIS layout,
// LF or CRLF, names in any case, angle brackets optional) and returns the rest unchanged.
// *sender gets the first X-Sender ("" for "<>" or an empty value, and when there is none);
// *recipients gets every non-empty X-Receiver in order. Either pointer may be null.
QByteArray stripEnvelopeHeaders(const QByteArray &queued, QString *sender, QStringList *recipients);

} // namespace RelayDesk

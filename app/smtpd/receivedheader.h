#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QString>

// The trace header the listener adds to every accepted message (RFC 5321 §4.4):
//   Received: from <helo> ([<client ip>])   or   (<confirmed client name> [<client ip>])
//   	by <fqdn> (RelayDesk) with ESMTP[S][A] id <id>;
//   	<RFC 5322 date>
// Nothing the client sent reaches it unfiltered: the HELO name keeps only the characters of a
// domain or address literal, so no CR or LF can start a header of the client's choosing.
namespace RelayDesk {

struct ReceivedInfo
{
    QByteArray helo;
    QHostAddress client;
    QString clientHostName; // forward-confirmed reverse DNS name, or empty
    QString fqdn;
    bool esmtp = true;
    bool tls = false;
    bool authenticated = false;
    QString id;
    QDateTime time; // UTC
};

QByteArray receivedHeader(const ReceivedInfo &info);
// "Tue, 24 Nov 2026 18:00:00 +0000" (RFC 5322 §3.3), in UTC.
QByteArray rfc5322Date(const QDateTime &time);
// The HELO argument reduced to letters, digits and ".-_:[]", at most 255 characters; "unknown" when empty.
QByteArray sanitizedHeloName(QByteArrayView helo);

} // namespace RelayDesk

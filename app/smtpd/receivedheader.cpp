#include "receivedheader.h"

#include <QLocale>

namespace RelayDesk {

QByteArray sanitizedHeloName(QByteArrayView helo)
{
    QByteArray out;
    out.reserve(qMin<qsizetype>(helo.size(), 255));
    for (const char c : helo) {
        if (out.size() >= 255)
            break;
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '.' || c == '-' || c == '_' || c == ':' || c == '[' || c == ']';
        out.append(allowed ? c : '_');
    }
    return out.isEmpty() ? QByteArrayLiteral("unknown") : out;
}

QByteArray rfc5322Date(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
        .append(QStringLiteral(" +0000"))
        .toLatin1();
}

QByteArray receivedHeader(const ReceivedInfo &info)
{
    QByteArray protocol = info.esmtp ? QByteArrayLiteral("ESMTP") : QByteArrayLiteral("SMTP");
    if (info.esmtp && info.tls)
        protocol.append('S');
    if (info.esmtp && info.authenticated)
        protocol.append('A');
    QHostAddress client = info.client;
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    if (isV4)
        client = QHostAddress(v4);
    client.setScopeId(QString()); // "fe80::1%eth0" is no address literal
    QByteArray header;
    header.reserve(160);
    header += "Received: from ";
    header += sanitizedHeloName(info.helo);
    // TCP-info (RFC 5321 §4.4): the confirmed name, if any, then the address literal.
    header += " (";
    if (!info.clientHostName.isEmpty()) {
        header += sanitizedHeloName(info.clientHostName.toLatin1());
        header += ' ';
    }
    header += isV4 ? "[" : "[IPv6:";
    header += client.toString().toLatin1();
    header += "])\r\n\tby ";
    header += sanitizedHeloName(info.fqdn.toLatin1());
    header += " (RelayDesk) with ";
    header += protocol;
    header += " id ";
    header += sanitizedHeloName(info.id.toLatin1());
    header += ";\r\n\t";
    header += rfc5322Date(info.time);
    header += "\r\n";
    return header;
}

} // namespace RelayDesk

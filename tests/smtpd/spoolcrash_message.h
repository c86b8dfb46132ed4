#pragma once

// The messages of the spool crash test, derived from a sequence number alone: the child stores
// them, the test rebuilds each one to check the files byte for byte.

#include "spool.h"

namespace RelayDesk::SpoolCrash {

inline QByteArray number(quint64 n)
{
    return QByteArray::number(n);
}

// n % 3: 0 local only (Drop), 1 relay only (Queue), 2 both. Sizes vary from 0.1 KB to about 30 KB.
inline bool hasLocal(quint64 n)
{
    return n % 3 != 1;
}

inline bool hasRelay(quint64 n)
{
    return n % 3 != 0;
}

inline SpooledMessage message(quint64 n)
{
    SpooledMessage m;
    m.sender = QStringLiteral("sender%1@example.org").arg(n);
    if (hasLocal(n))
        m.localRecipients = {QStringLiteral("local%1@example.com").arg(n),
                             QStringLiteral("postmaster@example.com")};
    if (hasRelay(n))
        m.relayRecipients = {QStringLiteral("remote%1@example.net").arg(n)};
    m.receivedHeader =
        "Received: from client.example ([127.0.0.1])\r\n\tby relaydesk.test; seq " + number(n) + "\r\n";
    QByteArray data =
        "Subject: crash test " + number(n) + "\r\nMessage-ID: <" + number(n) + "@example.org>\r\n\r\n";
    const quint64 lines = (n * 7919) % 400;
    for (quint64 line = 0; line < lines; ++line)
        data += "line " + number(line) + " of message " + number(n)
            + " -----------------------------------------\r\n";
    data += "end " + number(n) + "\r\n";
    m.data = data;
    m.client = QHostAddress::LocalHost;
    return m;
}

// The whole file the spool must write for message n in Drop/ (local) or Queue/ (relay), built by
// hand from the layout of spool.h rather than by the spool's own code.
inline QByteArray expectedFile(quint64 n, bool local)
{
    const SpooledMessage m = message(n);
    QByteArray file = "X-Sender: " + m.sender.toUtf8() + "\r\n";
    for (const QString &rcpt : local ? m.localRecipients : m.relayRecipients)
        file += "X-Receiver: " + rcpt.toUtf8() + "\r\n";
    return file + m.receivedHeader + m.data;
}

// The sequence number a spool file names in its X-Sender line, or -1.
inline qint64 sequenceOf(const QByteArray &file)
{
    const QByteArray prefix = "X-Sender: sender";
    if (!file.startsWith(prefix))
        return -1;
    const qsizetype at = file.indexOf('@');
    bool ok = false;
    const qint64 n = file.mid(prefix.size(), at - prefix.size()).toLongLong(&ok);
    return ok && at > 0 ? n : -1;
}

} // namespace RelayDesk::SpoolCrash

#pragma once

#include "smtpdata.h"
#include "spool.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

// The DATA phase of a session apart from the reading itself (SmtpDataReceiver): the limits a
// message is received under, and the message as the spool takes it, with its Received header.
namespace RelayDesk {

struct SmtpTransaction;
struct VirtualServer;

// The connection a message came in on, as its Received header and the spool name it.
struct MessageOrigin
{
    int virtualServerInstance = 1;
    QString hostName; // ours, in the "by" clause
    QByteArray helo;
    QHostAddress client;
    QString clientHostName; // forward-confirmed; empty when none or not looked up
    bool esmtp = false;
    bool tls = false;
    bool authenticated = false;
};

// The message size limit, capped by what the session size limit leaves after sessionBytes, and
// the hop count.
SmtpDataReceiver::Limits messageLimits(const VirtualServer &server, qint64 sessionBytes);

// The message with a new id, the transaction's envelope and the Received header naming the id.
SpooledMessage spooledMessage(QByteArray data, const SmtpTransaction &transaction,
                              const MessageOrigin &origin);

} // namespace RelayDesk

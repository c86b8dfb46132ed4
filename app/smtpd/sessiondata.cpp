#include "sessiondata.h"

#include "config.h"
#include "receivedheader.h"
#include "smtptransaction.h"

namespace RelayDesk {

SmtpDataReceiver::Limits messageLimits(const VirtualServer &server, qint64 sessionBytes)
{
    SmtpDataReceiver::Limits limits;
    limits.maxMessageSize = qint64(server.messages.maxMessageSizeKb) * 1024;
    const qint64 sessionLimit = qint64(server.messages.maxSessionSizeKb) * 1024;
    if (sessionLimit > 0) {
        const qint64 remaining = qMax<qint64>(sessionLimit - sessionBytes, 1);
        limits.maxMessageSize =
            limits.maxMessageSize > 0 ? qMin(limits.maxMessageSize, remaining) : remaining;
    }
    limits.maxReceivedHeaders = server.delivery.maxHopCount;
    return limits;
}

SpooledMessage spooledMessage(QByteArray data, const SmtpTransaction &transaction,
                              const MessageOrigin &origin)
{
    SpooledMessage message;
    message.data = std::move(data);
    message.virtualServerInstance = origin.virtualServerInstance;
    message.sender = transaction.sender;
    message.localRecipients = transaction.localRecipients;
    message.relayRecipients = transaction.relayRecipients;
    message.client = origin.client;
    message.received = QDateTime::currentDateTimeUtc();
    message.id = Spool::newMessageId();
    ReceivedInfo info;
    info.helo = origin.helo;
    info.client = origin.client;
    info.clientHostName = origin.clientHostName;
    info.fqdn = origin.hostName;
    info.esmtp = origin.esmtp;
    info.tls = origin.tls;
    info.authenticated = origin.authenticated;
    info.id = message.id;
    info.time = message.received;
    message.receivedHeader = receivedHeader(info);
    return message;
}

} // namespace RelayDesk

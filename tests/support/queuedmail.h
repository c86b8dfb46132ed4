#pragma once

#include "config.h"
#include "corpdomain.h"
#include "passwordhash.h"
#include "rcptprobe.h"
#include "smtpclient.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStringList>

// Mail that stays in the outbound queue: virtual servers whose smart host is a closed loopback
// port, relay allowed from 127.0.0.1, and a sender through the project's SMTP client.
// Tests set RELAYDESK_DELIVERY_MINUTE_MS high, so that no retry comes during the test.
namespace RelayDesk::TestSupport {

inline const QString QueueVsName = QStringLiteral("Default SMTP Virtual Server");
inline const QString QueueVs2Name = QStringLiteral("Second SMTP Virtual Server");
inline const QString QueueSender = QStringLiteral("alice@corp.example"); // local: NDRs land in Drop/

// One "minute" of retryMinutes in the listener under test: ten real minutes.
inline const QByteArray QueueMinuteMs = QByteArrayLiteral("600000");

struct QueuePorts
{
    quint16 smtp = 0; // the first virtual server
    quint16 smtp2 = 0; // the second
    quint16 deadSmartHost = 0; // nothing listens: connection refused
    quint16 deadSmartHost2 = 0;

    static QueuePorts pick()
    {
        const QList<quint16> ports = freeLoopbackPorts(4);
        return {ports[0], ports[1], ports[2], ports[3]};
    }
};

inline VirtualServer queueTestServer(const QString &name, quint16 port, quint16 smartHostPort)
{
    VirtualServer vs;
    vs.name = name;
    vs.bindings = {Binding{QStringLiteral("127.0.0.1"), port}};
    vs.fqdn = QStringLiteral("relay.test");
    AccessEntry local;
    local.address = QStringLiteral("127.0.0.1");
    vs.relayRestrictions.entries = {local};
    vs.delivery.smartHost = QStringLiteral("[127.0.0.1]");
    vs.delivery.smartHostPort = smartHostPort;
    return vs;
}

// @corp.example is authoritative (alice); both virtual servers relay for 127.0.0.1 to their own
// smart host, which is down.
inline Config queueTestConfig(const QueuePorts &ports)
{
    Config config = Config::secureDefault();
    addCorpDomain(config, QStringLiteral("crm-app"), PasswordHash::hash(QStringLiteral("s3cret")));
    config.virtualServers = {queueTestServer(QueueVsName, ports.smtp, ports.deadSmartHost),
                             queueTestServer(QueueVs2Name, ports.smtp2, ports.deadSmartHost2)};
    return config;
}

// Sends one message from 127.0.0.1 through the listener on `port` with the project's own client;
// the reply to the end of DATA ("250 2.6.0 <id> Queued mail for delivery"), or what went wrong.
inline QByteArray sendQueued(quint16 port, const QString &from, const QString &to,
                             const QString &subject = QStringLiteral("queued"))
{
    SmtpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.sourceAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    options.heloName = QStringLiteral("client.test");
    options.tls = TlsMode::Off;
    options.from = from;
    options.to = {to};
    options.message = "From: <" + from.toUtf8() + ">\r\nTo: <" + to.toUtf8()
        + ">\r\nSubject: " + subject.toUtf8() + "\r\n\r\nWaiting in the queue.\r\n";
    const SmtpClientResult result = SmtpClient::run(options);
    if (result.outcome != SmtpClientResult::Outcome::Delivered)
        return result.verdictText().toUtf8() + ' ' + replyToString(result.finalReply).toUtf8();
    return replyToString(result.finalReply).toUtf8();
}

// The .eml files of mailroot/vsi-<instance>/<folder> under dataDir.
inline QStringList mailFiles(const QString &dataDir, int instance, const QString &folder)
{
    return QDir(QDir(dataDir).filePath(QStringLiteral("mailroot/vsi-%1/%2").arg(instance).arg(folder)))
        .entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

} // namespace RelayDesk::TestSupport

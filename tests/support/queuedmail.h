#pragma once

#include "config.h"
#include "corpdomain.h"
#include "passwordhash.h"
#include "rcptprobe.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QStringList>
#include <QTcpSocket>

// Mail that stays in the outbound queue: virtual servers whose smart host is a closed loopback
// port, relay allowed from 127.0.0.1, and a blocking SMTP sender for a listener in another process.
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
        QueuePorts p;
        p.smtp = freeLoopbackPort();
        p.smtp2 = freeLoopbackPort();
        p.deadSmartHost = freeLoopbackPort();
        p.deadSmartHost2 = freeLoopbackPort();
        return p;
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

// Sends one message from 127.0.0.1 through the listener on `port`; the reply to the end of DATA
// ("250 2.6.0 <id> Queued mail for delivery"), or what went wrong. Blocking: only for a listener in
// another process.
inline QByteArray sendQueued(quint16 port, const QString &from, const QString &to,
                             const QString &subject = QStringLiteral("queued"), int timeoutMs = 20000)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(QStringLiteral("127.0.0.1")), 0);
    socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
    if (!socket.waitForConnected(timeoutMs))
        return QByteArrayLiteral("no connection: ") + socket.errorString().toUtf8();
    const auto reply = [&socket, timeoutMs]() -> QByteArray {
        for (;;) {
            while (socket.canReadLine()) {
                const QByteArray line = socket.readLine().trimmed();
                if (line.size() < 4 || line.at(3) != '-')
                    return line;
            }
            if (!socket.waitForReadyRead(timeoutMs))
                return QByteArrayLiteral("no reply");
        }
    };
    const auto command = [&socket, &reply](const QByteArray &line) {
        socket.write(line + "\r\n");
        return reply();
    };
    if (!reply().startsWith("220"))
        return QByteArrayLiteral("no greeting");
    const QList<QByteArray> envelope{QByteArrayLiteral("EHLO client.test"),
                                     QByteArray("MAIL FROM:<" + from.toUtf8() + '>'),
                                     QByteArray("RCPT TO:<" + to.toUtf8() + '>')};
    for (const QByteArray &line : envelope) {
        const QByteArray answer = command(line);
        if (!answer.startsWith('2'))
            return line + " -> " + answer;
    }
    const QByteArray data = command(QByteArrayLiteral("DATA"));
    if (!data.startsWith("354"))
        return "DATA -> " + data;
    const QByteArray answer =
        command("From: <" + from.toUtf8() + ">\r\nTo: <" + to.toUtf8() + ">\r\nSubject: " + subject.toUtf8()
                + "\r\n\r\nWaiting in the queue.\r\n.");
    command(QByteArrayLiteral("QUIT"));
    return answer;
}

// The .eml files of mailroot/vsi-<instance>/<folder> under dataDir.
inline QStringList mailFiles(const QString &dataDir, int instance, const QString &folder)
{
    return QDir(QDir(dataDir).filePath(QStringLiteral("mailroot/vsi-%1/%2").arg(instance).arg(folder)))
        .entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

} // namespace RelayDesk::TestSupport

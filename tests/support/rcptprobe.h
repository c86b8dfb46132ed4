#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <vector>

// Asks a listener in another process what it answers, the way a client host would.
namespace RelayDesk::TestSupport {

// A loopback port that was free a moment ago (the OS picked it).
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
    return probe.serverPort();
}

// `count` different free ports: every probe stays bound until all are chosen, so the system
// cannot hand out the same port twice.
inline QList<quint16> freeLoopbackPorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> probes;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        probes.push_back(std::make_unique<QTcpServer>());
        probes.back()->listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
        ports.append(probes.back()->serverPort());
    }
    return ports;
}

// The final reply line to RCPT TO:<rcpt> from a client bound to `source` after EHLO and
// MAIL FROM:<app@corp.example>; empty when the conversation failed. Blocking: only for a
// listener in another process.
inline QByteArray rcptReply(quint16 port, const QString &source, const QString &rcpt, int timeoutMs = 10000)
{
    QTcpSocket socket;
    socket.bind(QHostAddress(source), 0);
    socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
    if (!socket.waitForConnected(timeoutMs))
        return QByteArray();
    const auto next = [&socket, timeoutMs]() -> QByteArray {
        for (;;) {
            while (socket.canReadLine()) {
                const QByteArray line = socket.readLine().trimmed();
                if (line.size() < 4 || line.at(3) != '-')
                    return line;
            }
            if (!socket.waitForReadyRead(timeoutMs))
                return QByteArray();
        }
    };
    if (!next().startsWith("220"))
        return QByteArray();
    const QList<QByteArray> commands{"EHLO client.test\r\n", "MAIL FROM:<app@corp.example>\r\n",
                                     "RCPT TO:<" + rcpt.toUtf8() + ">\r\n"};
    QByteArray last;
    for (const QByteArray &command : commands) {
        socket.write(command);
        last = next();
        if (last.isEmpty())
            return QByteArray();
    }
    socket.write("QUIT\r\n");
    next();
    return last;
}

} // namespace RelayDesk::TestSupport

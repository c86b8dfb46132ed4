#pragma once

#include "smtpreply.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QSslSocket>

// A test client for the listener in the same thread: every wait runs the event loop (QSignalSpy),
// never waitFor*() on the socket.
namespace RelayDesk::TestSupport {

class SmtpTestClient final
{
public:
    static constexpr int Timeout = 10000;

    explicit SmtpTestClient(const QString &source = QStringLiteral("127.0.0.1"))
    {
        socket.bind(QHostAddress(source), 0);
    }

    bool connectTo(quint16 port)
    {
        QSignalSpy connected(&socket, &QAbstractSocket::connected);
        socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
        return connected.count() > 0 || connected.wait(Timeout);
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }

    // The next complete reply; code 0 when none arrives in time.
    SmtpReply reply(int timeout = Timeout)
    {
        for (;;) {
            m_lines += socket.readAll();
            qsizetype lf;
            while ((lf = m_lines.indexOf('\n')) >= 0) {
                const QByteArray text = m_lines.left(lf + 1);
                m_lines.remove(0, lf + 1);
                const SmtpReplyParser::Status status = m_parser.addLine(text);
                if (status == SmtpReplyParser::Status::Complete)
                    return m_parser.takeReply();
                if (status == SmtpReplyParser::Status::Malformed)
                    return SmtpReply();
            }
            if (socket.state() != QAbstractSocket::ConnectedState)
                return SmtpReply();
            QSignalSpy ready(&socket, &QIODevice::readyRead);
            QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
            if (!ready.wait(timeout) && socket.bytesAvailable() == 0)
                return SmtpReply();
        }
    }

    // "250 2.1.0 Sender OK" of the next reply (the last line), "" when none.
    QByteArray line(int timeout = Timeout)
    {
        const SmtpReply r = reply(timeout);
        if (!r.isValid())
            return QByteArray();
        QByteArray out = QByteArray::number(r.code);
        if (!r.enhancedCode.isEmpty())
            out += ' ' + r.enhancedCode;
        if (!r.lines.constLast().isEmpty())
            out += ' ' + r.lines.constLast();
        return out;
    }

    QByteArray command(const QByteArray &text)
    {
        send(text + "\r\n");
        return line();
    }

    bool waitClosed(int timeout = Timeout)
    {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
        return closed.wait(timeout) || socket.state() == QAbstractSocket::UnconnectedState;
    }

    // Nothing more arrives within `ms` (the only bounded wait on silence).
    bool silentFor(int ms)
    {
        if (socket.bytesAvailable() > 0 || !m_lines.isEmpty())
            return false;
        QSignalSpy ready(&socket, &QIODevice::readyRead);
        return !ready.wait(ms);
    }

    bool startTls()
    {
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        socket.startClientEncryption();
        return encrypted.wait(Timeout);
    }

    QSslSocket socket;

private:
    QByteArray m_lines;
    SmtpReplyParser m_parser;
};

} // namespace RelayDesk::TestSupport

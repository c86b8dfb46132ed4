#pragma once

#include "sessiontransport.h"

class QTcpSocket;

namespace RelayDesk {

// A Session's connection over a TCP socket, a QSslSocket when it can switch to TLS. Owns the
// socket.
class SocketTransport final : public SessionTransport
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SocketTransport)

public:
    explicit SocketTransport(QTcpSocket *socket, QObject *parent = nullptr);
    ~SocketTransport() override;

    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    QHostAddress localAddress() const override;
    quint16 localPort() const override;
    QString errorString() const override;

    bool isConnected() const override;
    qint64 bytesAvailable() const override;
    QByteArray read(qint64 maxSize) override;
    void discardInput() override;
    void write(const QByteArray &data) override;
    void disconnectFromHost() override;
    void abort() override;

    bool canStartTls() const override;
    void startTls(const QSslConfiguration &configuration) override;

private:
    QTcpSocket *m_socket;
};

} // namespace RelayDesk

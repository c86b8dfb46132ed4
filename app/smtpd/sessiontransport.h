#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

class QSslConfiguration;

namespace RelayDesk {

// The connection under a Session: the client's bytes, the replies, the close and the switch to
// TLS. The listener's is a socket (SocketTransport); the fuzz target and tests feed bytes from
// memory. The session pulls what it reads (read() when it is ready for more), so a transport
// that holds bytes back, as a socket's kernel buffers do, holds the client back.
class SessionTransport : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTransport)

public:
    explicit SessionTransport(QObject *parent = nullptr)
        : QObject(parent)
    { }
    ~SessionTransport() override = default;

    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    virtual QHostAddress localAddress() const = 0;
    virtual quint16 localPort() const = 0;
    virtual QString errorString() const = 0;

    virtual bool isConnected() const = 0;
    virtual qint64 bytesAvailable() const = 0;
    virtual QByteArray read(qint64 maxSize) = 0;
    // Drops every byte received and not yet read.
    virtual void discardInput() = 0;
    virtual void write(const QByteArray &data) = 0;
    // Closes after the written bytes are sent; disconnected() follows.
    virtual void disconnectFromHost() = 0;
    // Closes at once, dropping what is not sent.
    virtual void abort() = 0;

    // Whether startTls() can work (a socket that can encrypt).
    virtual bool canStartTls() const = 0;
    // Starts the server side handshake; encrypted() or errorOccurred() follows.
    virtual void startTls(const QSslConfiguration &configuration) = 0;

signals:
    void readyRead();
    void disconnected();
    void encrypted();
    // An error other than the peer closing (disconnected() reports that).
    void errorOccurred();
};

} // namespace RelayDesk

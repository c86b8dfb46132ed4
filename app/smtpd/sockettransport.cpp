#include "sockettransport.h"

#include <QSslSocket>

namespace RelayDesk {

namespace {

// What the socket reads ahead of the session: beyond it the kernel's buffers hold the client back.
constexpr qint64 SocketReadBuffer = 64 * 1024;

} // namespace

SocketTransport::SocketTransport(QTcpSocket *socket, QObject *parent)
    : SessionTransport(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(SocketReadBuffer);
    connect(m_socket, &QIODevice::readyRead, this, &SessionTransport::readyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &SessionTransport::disconnected);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            emit errorOccurred();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        connect(ssl, &QSslSocket::encrypted, this, &SessionTransport::encrypted);
}

SocketTransport::~SocketTransport() = default;

QHostAddress SocketTransport::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 SocketTransport::peerPort() const
{
    return m_socket->peerPort();
}

QHostAddress SocketTransport::localAddress() const
{
    return m_socket->localAddress();
}

quint16 SocketTransport::localPort() const
{
    return m_socket->localPort();
}

QString SocketTransport::errorString() const
{
    return m_socket->errorString();
}

bool SocketTransport::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

qint64 SocketTransport::bytesAvailable() const
{
    return m_socket->bytesAvailable();
}

QByteArray SocketTransport::read(qint64 maxSize)
{
    return m_socket->read(maxSize);
}

void SocketTransport::discardInput()
{
    m_socket->readAll();
}

void SocketTransport::write(const QByteArray &data)
{
    m_socket->write(data);
}

void SocketTransport::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

void SocketTransport::abort()
{
    m_socket->abort();
}

bool SocketTransport::canStartTls() const
{
    return qobject_cast<QSslSocket *>(m_socket) != nullptr;
}

void SocketTransport::startTls(const QSslConfiguration &configuration)
{
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (!ssl)
        return;
    ssl->setSslConfiguration(configuration);
    ssl->startServerEncryption();
}

} // namespace RelayDesk

#pragma once

#include "sessiontransport.h"

#include <QMetaObject>

// A Session's connection in memory, for tests and the fuzz target: the test delivers the
// client's bytes with deliver() (the session pulls them as it is ready, as from a socket),
// reads the replies from written(), and sees the close. STARTTLS "succeeds" without encryption:
// encrypted() follows from the event loop, so the session's switch logic runs.
namespace RelayDesk::TestSupport {

class MemoryTransport final : public RelayDesk::SessionTransport
{
public:
    explicit MemoryTransport(const QHostAddress &peer, QObject *parent = nullptr)
        : SessionTransport(parent)
        , m_peer(peer)
    { }

    // Makes bytes available and tells the session.
    void deliver(QByteArrayView bytes)
    {
        if (!m_connected)
            return;
        m_input.append(bytes.data(), bytes.size());
        emit readyRead();
    }
    // The client closes.
    void hangUp()
    {
        if (!m_connected)
            return;
        m_connected = false;
        emit disconnected();
    }
    QByteArray written() const { return m_output; }
    bool closeRequested() const { return m_closeRequested; }
    bool tlsStarted() const { return m_tlsStarted; }
    // Bytes delivered and not read by the session.
    qsizetype pending() const { return m_input.size() - m_read; }

    QHostAddress peerAddress() const override { return m_peer; }
    quint16 peerPort() const override { return 40000; }
    QHostAddress localAddress() const override { return QHostAddress(QHostAddress::LocalHost); }
    quint16 localPort() const override { return 25; }
    QString errorString() const override { return QString(); }

    bool isConnected() const override { return m_connected; }
    qint64 bytesAvailable() const override { return m_input.size() - m_read; }
    QByteArray read(qint64 maxSize) override
    {
        const QByteArray chunk = m_input.mid(m_read, qsizetype(maxSize));
        m_read += chunk.size();
        if (m_read == m_input.size()) {
            m_input.clear();
            m_read = 0;
        }
        return chunk;
    }
    void discardInput() override
    {
        m_input.clear();
        m_read = 0;
    }
    void write(const QByteArray &data) override
    {
        if (m_connected)
            m_output += data;
    }
    void disconnectFromHost() override
    {
        m_closeRequested = true;
        if (!m_connected)
            return;
        QMetaObject::invokeMethod(
            this, [this] { hangUp(); }, Qt::QueuedConnection);
    }
    void abort() override
    {
        m_closeRequested = true;
        m_connected = false;
    }

    bool canStartTls() const override { return true; }
    void startTls(const QSslConfiguration &) override
    {
        m_tlsStarted = true;
        QMetaObject::invokeMethod(
            this, [this] { emit encrypted(); }, Qt::QueuedConnection);
    }

private:
    QHostAddress m_peer;
    QByteArray m_input;
    qsizetype m_read = 0;
    QByteArray m_output;
    bool m_connected = true;
    bool m_closeRequested = false;
    bool m_tlsStarted = false;
};

} // namespace RelayDesk::TestSupport

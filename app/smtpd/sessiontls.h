#pragma once

#include <QByteArray>

namespace RelayDesk {

class SessionTransport;
struct SmtpCommand;
struct VirtualServerRuntime;

// STARTTLS (RFC 3207) for one session: whether it is offered, whether a STARTTLS command may
// switch, and the switch. Only a transport that can encrypt (the listener makes a QSslSocket when
// the virtual server had a certificate at accept time) can switch; the session clears what it
// holds of the client's earlier commands, this discards what the transport holds (§4.2).
class SessionTls final
{
public:
    SessionTls(SessionTransport *transport, const VirtualServerRuntime *server);

    // Whether EHLO lists STARTTLS.
    bool isOffered() const;
    bool isActive() const { return m_active; }
    // The refusal of this STARTTLS command with CRLF, or empty when the switch may begin.
    QByteArray refusal(const SmtpCommand &command, bool inTransaction) const;
    // Discards the unread input and starts the server side handshake.
    void start();
    // The handshake succeeded.
    void setActive() { m_active = true; }

private:
    bool canSwitch() const;

    SessionTransport *m_transport;
    const VirtualServerRuntime *m_server;
    bool m_active = false;
};

} // namespace RelayDesk

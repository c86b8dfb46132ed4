#include "sessiontls.h"

#include "sessioncontext.h"
#include "sessiontransport.h"
#include "smtpcommand.h"
#include "smtpreply.h"

namespace RelayDesk {

SessionTls::SessionTls(SessionTransport *transport, const VirtualServerRuntime *server)
    : m_transport(transport)
    , m_server(server)
{ }

bool SessionTls::canSwitch() const
{
    return m_server->tlsAvailable && m_transport->canStartTls();
}

bool SessionTls::isOffered() const
{
    return !m_active && canSwitch();
}

QByteArray SessionTls::refusal(const SmtpCommand &command, bool inTransaction) const
{
    if (!canSwitch())
        return SmtpReply::format(502, "5.5.1", "STARTTLS not available");
    if (m_active)
        return SmtpReply::format(503, "5.5.1", "TLS already active");
    if (!command.argument.isEmpty())
        return SmtpReply::format(501, "5.5.4", "Syntax: STARTTLS");
    if (inTransaction)
        return SmtpReply::format(503, "5.5.1", "MAIL transaction in progress");
    return QByteArray();
}

void SessionTls::start()
{
    m_transport->discardInput();
    m_transport->startTls(m_server->tls);
}

} // namespace RelayDesk

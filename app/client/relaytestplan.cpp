#include "relaytestplan.h"

#include <QNetworkInterface>

namespace RelayDesk {

RelayTestSourceProblem relayTestSourceProblem(const RelayPolicy &policy, const QHostAddress &source)
{
    if (!isBindableSourceAddress(source))
        return RelayTestSourceProblem::NotLocal;
    if (isTrustedRelayClient(policy, source))
        return RelayTestSourceProblem::Trusted;
    return RelayTestSourceProblem::None;
}

ServerTarget relayTestTarget(const VirtualServer &server)
{
    ServerTarget target = localTargetOf(server);
    if (target.isValid() && server.bindings.constFirst().address.trimmed() == QLatin1String("::"))
        target.host = QStringLiteral("127.0.0.1"); // a dual-stack socket: test from 127.0.0.x
    return target;
}

RelayTestPlan planRelayTest(const Config &config, int index, const QHostAddress &source,
                            const QString &foreignDomain, int timeoutMs)
{
    const RelayPolicy policy(config, index);
    const VirtualServer &vs = policy.server();
    RelayTestPlan plan;
    plan.target = relayTestTarget(vs);
    plan.source = source;
    plan.sourceMayRelay = relayListAdmits(policy, source);

    SessionFacts facts;
    facts.client = source;
    plan.cases = relayTestCases(localDomainsForRelayTest(config, policy), QHostAddress(plan.target.host),
                                foreignDomain);
    setRelayTestExpectations(&plan.cases, policy, facts);

    SmtpClientOptions &session = plan.session;
    session.host = plan.target.host;
    session.port = plan.target.port;
    session.sourceAddress = source;
    session.heloName = QStringLiteral("relaytest.invalid");
    session.tls = TlsMode::IfOffered; // the relay rules, not the certificate, are under test
    session.acceptUntrustedCertificate = true;
    session.timeouts.connectMs = session.timeouts.greetingMs = session.timeouts.commandMs =
        session.timeouts.tlsHandshakeMs = timeoutMs;

    plan.header.serverName = vs.name;
    return plan;
}

} // namespace RelayDesk

#include "explainenvelope.h"

#include "accesslist.h"
#include "servertarget.h"

namespace RelayDesk {

QString bracketedPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("<>");
    return trimmed.startsWith(QLatin1Char('<')) ? trimmed : QLatin1Char('<') + trimmed + QLatin1Char('>');
}

QString unbracketedPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.startsWith(QLatin1Char('<')) && trimmed.endsWith(QLatin1Char('>')))
        return trimmed.mid(1, trimmed.size() - 2);
    return trimmed;
}

QList<ExplainStep> explainSteps(const RelayPolicy::Evaluation &evaluation, const QString &from,
                                const QStringList &to)
{
    QList<ExplainStep> steps{{QStringLiteral("connect"), QString(), evaluation.connect}};
    if (evaluation.connect.accepted())
        steps.append(
            {QStringLiteral("mail"), QStringLiteral("MAIL FROM:") + bracketedPath(from), evaluation.mail});
    for (int i = 0; i < evaluation.recipients.size() && i < to.size(); ++i)
        steps.append({QStringLiteral("rcpt"), QStringLiteral("RCPT TO:") + bracketedPath(to.at(i)),
                      evaluation.recipients.at(i)});
    return steps;
}

bool isRefused(const RelayPolicy::Evaluation &evaluation)
{
    bool refused = !evaluation.connect.accepted() || !evaluation.mail.accepted();
    for (const Decision &d : evaluation.recipients)
        refused = refused || !d.accepted();
    return refused;
}

int localVirtualServerAt(const Config &config, const QString &host, quint16 port)
{
    QHostAddress address;
    const QString name = host.trimmed();
    if (name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!parseIpAddress(name, &address))
        return -1;
    if (!isBindableSourceAddress(address))
        return -1;
    return virtualServerAt(config, address, port);
}

SmtpClientOptions liveCheckOptions(const RelayPolicy &policy, const SessionFacts &facts,
                                   const QString &password, const QString &from, const QStringList &to)
{
    const ServerTarget target = localTargetOf(policy.server());
    SmtpClientOptions options;
    options.host = target.host;
    options.port = target.port;
    options.sourceAddress = facts.client;
    options.tls = facts.tls ? TlsMode::Required : TlsMode::Off;
    options.acceptUntrustedCertificate = true; // the relay rules are compared, not the certificate
    options.user = facts.authenticatedUser;
    options.password = password;
    options.from = unbracketedPath(from);
    for (const QString &address : to)
        options.to.append(unbracketedPath(address));
    options.probe = true;
    options.timeouts.connectMs = options.timeouts.greetingMs = options.timeouts.commandMs = 15000;
    return options;
}

} // namespace RelayDesk

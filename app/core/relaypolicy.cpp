#include "relaypolicy.h"

#include "mailaddress.h"

#include <QCoreApplication>
#include <QSysInfo>

#include <algorithm>

namespace RelayDesk {
namespace {

// Translated texts of this file, in the "RelayPolicy" context that lupdate sees.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RelayPolicy)
};

Decision reply(Decision::Verdict verdict, int code, const QString &enhanced, const QString &text)
{
    Decision d;
    d.verdict = verdict;
    d.code = code;
    d.enhancedCode = enhanced;
    d.text = text;
    return d;
}

QDateTime effectiveNow(const SessionFacts &facts)
{
    return facts.now.isValid() ? facts.now : QDateTime::currentDateTimeUtc();
}

QHostAddress unmapped(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : address;
}

// RFC 6531 §3.4: a non-ASCII address is only allowed in a transaction that used SMTPUTF8.
Decision needsSmtpUtf8()
{
    return reply(Decision::Verdict::Reject, 553, QStringLiteral("5.6.7"),
                 QStringLiteral("Non-ASCII addresses require SMTPUTF8"));
}

QString withBrackets(const QString &address)
{
    const QString trimmed = address.trimmed();
    return trimmed.startsWith(QLatin1Char('<')) ? trimmed : QLatin1Char('<') + trimmed + QLatin1Char('>');
}

} // namespace

QString Decision::reply() const
{
    QString line = QString::number(code);
    if (!enhancedCode.isEmpty())
        line += QLatin1Char(' ') + enhancedCode;
    return line + QLatin1Char(' ') + text;
}

bool RelayPolicy::Evaluation::relayRefused() const
{
    return std::any_of(recipients.cbegin(), recipients.cend(), [](const Decision &d) {
        return d.code == 550 && d.enhancedCode == QLatin1String("5.7.1");
    });
}

RelayPolicy::RelayPolicy(const Config &config, int virtualServerIndex, const QDateTime &compiledAt)
{
    const QDateTime now = compiledAt.isValid() ? compiledAt : QDateTime::currentDateTimeUtc();
    if (virtualServerIndex >= 0 && virtualServerIndex < config.virtualServers.size())
        m_server = config.virtualServers.at(virtualServerIndex);
    m_hostName = m_server.fqdn.isEmpty() ? QSysInfo::machineHostName() : m_server.fqdn;
    if (m_hostName.isEmpty())
        m_hostName = QStringLiteral("localhost");
    m_connection = CompiledAccessList::compile(m_server.connectionControl.entries, now);
    m_relay = CompiledAccessList::compile(m_server.relayRestrictions.entries, now);

    for (const RecipientPolicy &policy : config.recipientPolicies) {
        for (const AddressSpace &space : policy.addressSpaces) {
            if (space.type != QLatin1String("SMTP") || !space.address.startsWith(QLatin1Char('@')))
                continue;
            QString domain = space.address.mid(1).toLower();
            if (domain.endsWith(QLatin1Char('.')))
                domain.chop(1);
            m_domains.append({domain, space.responsible, policy.priority, policy.name});
        }
    }
    std::stable_sort(m_domains.begin(), m_domains.end(),
                     [](const AcceptedDomain &a, const AcceptedDomain &b) {
                         const bool wa = a.domain.startsWith(QLatin1Char('*'));
                         const bool wb = b.domain.startsWith(QLatin1Char('*'));
                         if (wa != wb)
                             return !wa;
                         if (a.domain.size() != b.domain.size())
                             return a.domain.size() > b.domain.size();
                         return a.priority < b.priority;
                     });
    for (const Recipient &r : config.recipients) {
        const MailPath m = parseMailbox(r.address);
        if (m.valid)
            m_recipients.insert(m.address().toLower());
    }
    m_users = config.smtpUsers;
}

bool RelayPolicy::needsHostName() const
{
    return m_connection.hasDomainEntries() || m_relay.hasDomainEntries();
}

bool RelayPolicy::needsRecompile(const QDateTime &now) const
{
    const auto expiresBy = [&now](const QList<AccessEntry> &entries) {
        return std::any_of(entries.cbegin(), entries.cend(),
                           [&now](const AccessEntry &e) { return e.expires.isValid() && e.expires <= now; });
    };
    return expiresBy(m_server.connectionControl.entries) || expiresBy(m_server.relayRestrictions.entries);
}

QString RelayPolicy::clientText(const SessionFacts &facts) const
{
    return unmapped(facts.client).toString();
}

QString RelayPolicy::entryText(const QList<AccessEntry> &entries, int index) const
{
    return Text::tr("entry %1 %2").arg(index + 1).arg(describeEntry(entries.at(index)));
}

Decision RelayPolicy::connect(const SessionFacts &facts, int openConnections) const
{
    const QString client = clientText(facts);
    const ConnectionControl &control = m_server.connectionControl;
    const int match = m_connection.match(facts.client, facts.verifiedHostName, effectiveNow(facts));
    Decision d;
    bool denied = false;
    if (control.mode == ListMode::OnlyList) {
        if (match >= 0) {
            d.trace << Text::tr(
                           "client %1 matches connection %2: only the list may connect → connection allowed")
                           .arg(client, entryText(control.entries, match));
        } else {
            d.trace
                << Text::tr(
                       "client %1 matches no connection entry and only the list may connect → access denied")
                       .arg(client);
            denied = true;
        }
    } else if (match >= 0) {
        d.trace << Text::tr(
                       "client %1 matches connection %2: all except the list may connect → access denied")
                       .arg(client, entryText(control.entries, match));
        denied = true;
    } else {
        d.trace
            << Text::tr(
                   "client %1 is not on the connection list: all except the list may connect → connection "
                   "allowed")
                   .arg(client);
    }
    if (denied) {
        Decision refused = reply(Decision::Verdict::Reject, 554, QStringLiteral("5.7.1"),
                                 QStringLiteral("Access denied for ") + client);
        refused.trace = d.trace;
        refused.matchedEntry = match;
        return refused;
    }
    const int limit = m_server.general.limitConnections;
    if (limit > 0 && openConnections >= limit) {
        Decision busy = reply(Decision::Verdict::TryLater, 421, QStringLiteral("4.3.2"),
                              QStringLiteral("Too many connections, try again later"));
        busy.trace = d.trace;
        busy.trace << Text::tr("%1 connections are open and the limit is %2 → try later")
                          .arg(openConnections)
                          .arg(limit);
        return busy;
    }
    const QString &fqdn = m_hostName;
    Decision ok = reply(Decision::Verdict::Accept, 220, QString(),
                        fqdn + QStringLiteral(" RelayDesk ESMTP service ready"));
    ok.trace = d.trace;
    ok.matchedEntry = match;
    return ok;
}

bool RelayPolicy::offersAuth(const SessionFacts &facts) const
{
    const AuthenticationSettings &auth = m_server.authentication;
    return auth.basic && (facts.tls || !auth.basicRequiresTls);
}

const SmtpUser *RelayPolicy::smtpUser(const QString &user) const
{
    for (const SmtpUser &u : m_users) {
        if (u.enabled && u.name.compare(user, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

bool RelayPolicy::isAuthenticated(const SessionFacts &facts, QStringList *trace) const
{
    if (facts.authenticatedUser.isEmpty())
        return false;
    if (!smtpUser(facts.authenticatedUser)) {
        trace->append(
            Text::tr("%1 is not an enabled SMTP user of this configuration → treated as not authenticated")
                .arg(facts.authenticatedUser));
        return false;
    }
    if (!offersAuth(facts)) {
        trace->append(Text::tr("AUTH is not offered in this session (%1) → treated as not authenticated")
                          .arg(m_server.authentication.basic ? Text::tr("basic authentication requires TLS")
                                                             : Text::tr("basic authentication is off")));
        return false;
    }
    return true;
}

Decision RelayPolicy::mailFrom(const SessionFacts &facts, QStringView path, qint64 declaredSize,
                               bool smtpUtf8) const
{
    QStringList trace;
    const bool authenticated = isAuthenticated(facts, &trace);
    const auto refuse = [&trace](Decision d, const QString &why) {
        d.trace = trace;
        d.trace << why;
        return d;
    };
    if (m_server.secureCommunication.requireSecureChannel && !facts.tls)
        return refuse(
            reply(Decision::Verdict::Reject, 530, QStringLiteral("5.7.0"),
                  QStringLiteral("Must issue a STARTTLS command first")),
            Text::tr("the virtual server requires a secure channel and the session is not encrypted"));
    if (!m_server.authentication.anonymous && !authenticated)
        return refuse(reply(Decision::Verdict::Reject, 530, QStringLiteral("5.7.0"),
                            QStringLiteral("Authentication required")),
                      Text::tr("anonymous access is off and the session did not authenticate"));
    const MailPath sender = parseReversePath(path);
    if (!sender.valid)
        return refuse(reply(Decision::Verdict::Reject, 501, QStringLiteral("5.1.7"),
                            QStringLiteral("Bad sender address syntax")),
                      Text::tr("the sender %1 is not a valid path: %2").arg(path.toString(), sender.error));
    if (sender.nonAscii && !smtpUtf8) {
        Decision refused = refuse(needsSmtpUtf8(),
                                  Text::tr("the sender %1 has non-ASCII characters and the client "
                                           "did not ask for SMTPUTF8")
                                      .arg(sender.address()));
        refused.address = sender.address();
        return refused;
    }
    const qint64 limit = qint64(m_server.messages.maxMessageSizeKb) * 1024;
    if (limit > 0 && declaredSize > limit)
        return refuse(reply(Decision::Verdict::Reject, 552, QStringLiteral("5.3.4"),
                            QStringLiteral("Message size exceeds fixed limit")),
                      Text::tr("the declared size %1 bytes is over the limit of %2 bytes")
                          .arg(declaredSize)
                          .arg(limit));
    Decision ok = reply(Decision::Verdict::Accept, 250, QStringLiteral("2.1.0"), QStringLiteral("Sender OK"));
    ok.address = sender.address();
    ok.trace = trace;
    ok.trace << (sender.isNull ? Text::tr("null sender <> (a delivery report) → sender accepted")
                               : Text::tr("sender %1 → sender accepted").arg(sender.address()));
    return ok;
}

const RelayPolicy::AcceptedDomain *RelayPolicy::acceptedDomain(const QString &domain) const
{
    for (const AcceptedDomain &accepted : m_domains) {
        if (accepted.domain.startsWith(QLatin1String("*."))) {
            // "*.corp.example" stands for the names below corp.example.
            if (domain.endsWith(QStringView(accepted.domain).mid(1)))
                return &accepted;
        } else if (domain == accepted.domain) {
            return &accepted;
        }
    }
    return nullptr;
}

Decision RelayPolicy::rcptTo(const SessionFacts &facts, QStringView path, int acceptedSoFar,
                             bool smtpUtf8) const
{
    Decision d;
    const MailPath rcpt = parseForwardPath(path);
    if (!rcpt.valid) {
        d = reply(Decision::Verdict::Reject, 501, QStringLiteral("5.1.3"),
                  QStringLiteral("Bad recipient address syntax"));
        d.trace << Text::tr("the recipient %1 is not a valid path: %2").arg(path.toString(), rcpt.error);
        return d;
    }
    const QString address = rcpt.address();
    if (rcpt.nonAscii && !smtpUtf8) {
        d = needsSmtpUtf8();
        d.address = address;
        d.trace << Text::tr(
                       "the recipient %1 has non-ASCII characters and the client did not ask for SMTPUTF8")
                       .arg(address);
        return d;
    }
    const int limit = m_server.messages.maxRecipientsPerMessage;
    if (limit > 0 && acceptedSoFar >= limit) {
        d = reply(Decision::Verdict::TryLater, 452, QStringLiteral("4.5.3"),
                  QStringLiteral("Too many recipients"));
        d.address = address;
        d.trace << Text::tr("%1 recipients were already accepted and the limit is %2 → too many recipients")
                       .arg(acceptedSoFar)
                       .arg(limit);
        return d;
    }

    QStringList trace;
    if (!rcpt.sourceRoute.isEmpty())
        trace << Text::tr("source route @%1 ignored; the recipient is %2")
                     .arg(rcpt.sourceRoute.join(QStringLiteral(",@")), address);
    const Decision accepted =
        reply(Decision::Verdict::Accept, 250, QStringLiteral("2.1.5"), QStringLiteral("Recipient OK"));

    // Local: the postmaster, or an accepted domain that is not sender-routed.
    if (rcpt.isPostmaster) {
        d = accepted;
        d.local = true;
        d.trace = trace;
        d.trace << Text::tr("<Postmaster> is always accepted → local delivery");
        d.address = address;
        return d;
    }
    const AcceptedDomain *domain = nullptr;
    if (rcpt.senderRouted) {
        const bool asWritten = std::any_of(rcpt.localPart.cbegin(), rcpt.localPart.cend(),
                                           [](QChar c) { return c == u'%' || c == u'!' || c == u'@'; });
        if (asWritten)
            trace
                << Text::tr(
                       "the local part \"%1\" carries %, ! or @: the sender chose the route, so the address "
                       "is never local")
                       .arg(rcpt.localPart);
        else
            trace << Text::tr(
                         "the local part \"%1\" carries a look-alike of %, ! or @ (NFKC reads it as \"%2\"): "
                         "the sender chose the route, so the address is never local")
                         .arg(rcpt.localPart, rcpt.localPart.normalized(QString::NormalizationForm_KC));
    } else if (rcpt.isAddressLiteral) {
        trace << Text::tr("%1 is an address literal: never a local domain").arg(rcpt.domain);
    } else {
        domain = acceptedDomain(rcpt.domain);
        if (!domain)
            trace << Text::tr("%1 is not in any recipient policy → relay").arg(rcpt.domain);
    }
    if (domain) {
        d.address = address;
        if (!domain->responsible) {
            d = accepted;
            d.address = address;
            d.local = true;
            d.forward = true;
            d.trace = trace;
            d.trace << Text::tr("%1 matches @%2 of recipient policy \"%3\", not authoritative → accepted and "
                                "forwarded")
                           .arg(rcpt.domain, domain->domain, domain->policy);
            return d;
        }
        const bool known = m_recipients.contains(address.toLower())
            || rcpt.localPart.compare(QLatin1String("postmaster"), Qt::CaseInsensitive) == 0;
        if (known) {
            d = accepted;
            d.address = address;
            d.local = true;
            d.trace = trace;
            d.trace << Text::tr("%1 matches @%2 of recipient policy \"%3\" (authoritative) and %4 is a known "
                                "recipient → "
                                "local delivery")
                           .arg(rcpt.domain, domain->domain, domain->policy, address);
            return d;
        }
        d = reply(Decision::Verdict::Reject, 550, QStringLiteral("5.1.1"),
                  QStringLiteral("User unknown: ") + address);
        d.address = address;
        d.local = true;
        d.trace = trace;
        d.trace
            << Text::tr(
                   "%1 matches @%2 of recipient policy \"%3\" (authoritative) but %4 is not a recipient → "
                   "user "
                   "unknown")
                   .arg(rcpt.domain, domain->domain, domain->policy, address);
        return d;
    }

    // Relay.
    const QString client = clientText(facts);
    const RelayRestrictions &relay = m_server.relayRestrictions;
    if (m_relay.hasDomainEntries() && facts.verifiedHostName.isEmpty())
        trace << Text::tr("client %1 has no forward-confirmed reverse DNS name: domain entries cannot match")
                     .arg(client);
    const int match = m_relay.match(facts.client, facts.verifiedHostName, effectiveNow(facts));
    bool allowed = false;
    if (relay.mode == ListMode::OnlyList) {
        if (match >= 0) {
            trace << Text::tr("client %1 matches relay %2 → relay allowed")
                         .arg(client, entryText(relay.entries, match));
            allowed = true;
        } else {
            trace << Text::tr("client %1 matches no relay entry (only the list may relay)").arg(client);
        }
    } else if (match >= 0) {
        trace << Text::tr("client %1 matches relay %2 (all except the list may relay)")
                     .arg(client, entryText(relay.entries, match));
    } else {
        trace << Text::tr("client %1 is not on the relay list: all except the list may relay → relay allowed")
                     .arg(client);
        allowed = true;
    }
    if (!allowed) {
        const bool authenticated = isAuthenticated(facts, &trace);
        if (authenticated && relay.allowAuthenticatedRelay) {
            trace << Text::tr(
                         "the session authenticated as %1 and authenticated relay is allowed → relay allowed")
                         .arg(facts.authenticatedUser);
            allowed = true;
        } else if (authenticated) {
            trace << Text::tr("the session authenticated as %1 but authenticated relay is off")
                         .arg(facts.authenticatedUser);
        } else {
            trace << Text::tr("the session did not authenticate");
        }
    }
    if (allowed) {
        d = accepted;
        d.relay = true;
    } else {
        d = reply(Decision::Verdict::Reject, 550, QStringLiteral("5.7.1"),
                  QStringLiteral("Unable to relay for ") + address);
        trace << Text::tr("→ relay refused");
    }
    d.address = address;
    d.matchedEntry = match;
    d.trace = trace;
    return d;
}

RelayPolicy::Evaluation RelayPolicy::evaluate(const SessionFacts &facts, const QString &from,
                                              const QStringList &to, bool smtpUtf8) const
{
    Evaluation e;
    e.connect = connect(facts);
    if (!e.connect.accepted())
        return e;
    e.mail = mailFrom(facts, withBrackets(from), -1, smtpUtf8);
    if (!e.mail.accepted())
        return e;
    int accepted = 0;
    for (const QString &recipient : to) {
        Decision d = rcptTo(facts, withBrackets(recipient), accepted, smtpUtf8);
        if (d.accepted())
            ++accepted;
        e.recipients.append(d);
    }
    return e;
}

} // namespace RelayDesk

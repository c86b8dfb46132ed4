#include "relaytestcase.h"

#include <QCoreApplication>

#include <algorithm>

namespace RelayDesk {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(RelayTest)
};

const QString User = QStringLiteral("relaytest");

QString literalOf(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[IPv6:") + address.toString() + QLatin1Char(']');
    return QLatin1Char('[') + address.toString() + QLatin1Char(']');
}

QString bracketed(const QString &path)
{
    return QLatin1Char('<') + path + QLatin1Char('>');
}

} // namespace

QStringList localDomainsForRelayTest(const Config &config, const RelayPolicy &policy)
{
    QList<RecipientPolicy> policies = config.recipientPolicies;
    std::stable_sort(
        policies.begin(), policies.end(),
        [](const RecipientPolicy &a, const RecipientPolicy &b) { return a.priority < b.priority; });
    QStringList domains;
    for (const RecipientPolicy &p : std::as_const(policies)) {
        for (const AddressSpace &space : p.addressSpaces) {
            if (space.type.compare(QLatin1String("SMTP"), Qt::CaseInsensitive) != 0)
                continue;
            QString domain = space.address.trimmed().toLower();
            if (domain.startsWith(QLatin1Char('@')))
                domain.remove(0, 1);
            if (domain.startsWith(QLatin1String("*.")))
                domain = QStringLiteral("mail") + domain.mid(1);
            if (!domain.isEmpty() && !domains.contains(domain))
                domains.append(domain);
        }
    }
    if (domains.isEmpty())
        domains.append(policy.hostName().isEmpty() ? QStringLiteral("localhost")
                                                   : policy.hostName().toLower());
    return domains;
}

QList<RelayTestCase> relayTestCases(const QStringList &localDomains, const QHostAddress &serverAddress,
                                    const QString &foreignDomain)
{
    const QString l = localDomains.value(0, QStringLiteral("localhost"));
    const QString f = foreignDomain;
    const QString literal =
        literalOf(serverAddress.isNull() ? QHostAddress(QHostAddress::LocalHost) : serverAddress);
    const QString foreignSender = User + QLatin1Char('@') + f;
    const QString localSender = User + QLatin1Char('@') + l;
    const QString foreignRcpt = User + QLatin1Char('@') + f;

    QList<RelayTestCase> cases;
    const auto add = [&cases](const char *id, const QString &title, const QString &from, const QString &to) {
        cases.append(RelayTestCase{QString::fromLatin1(id), title, from, to, QString()});
    };

    // Plain relay, with every kind of sender.
    add("foreign-to-foreign", Text::tr("Foreign sender to a foreign recipient"), foreignSender, foreignRcpt);
    add("local-sender", Text::tr("Local-domain sender to a foreign recipient"), localSender, foreignRcpt);
    add("null-sender", Text::tr("Null sender <> to a foreign recipient"), QString(), foreignRcpt);
    add("postmaster-sender", Text::tr("The local postmaster as sender"), QStringLiteral("postmaster@") + l,
        foreignRcpt);
    add("literal-sender", Text::tr("Sender at the server's own address literal"),
        User + QLatin1Char('@') + literal, foreignRcpt);
    add("foreign-postmaster", Text::tr("Postmaster of a foreign domain"), foreignSender,
        QStringLiteral("postmaster@") + f);
    // The percent hack: user%foreign@local.
    add("percent-hack", Text::tr("Percent hack: user%foreign@local"), foreignSender,
        User + QLatin1Char('%') + f + QLatin1Char('@') + l);
    add("percent-hack-literal", Text::tr("Percent hack via the server's address literal"), foreignSender,
        User + QLatin1Char('%') + f + QLatin1Char('@') + literal);
    add("percent-hack-trailing-dot", Text::tr("Percent hack with the local domain and a trailing dot"),
        foreignSender, User + QLatin1Char('%') + f + QLatin1Char('@') + l + QLatin1Char('.'));
    add("percent-hack-upper-case", Text::tr("Percent hack in upper case"), foreignSender,
        (User + QLatin1Char('%') + f + QLatin1Char('@') + l).toUpper());
    add("percent-hack-quoted", Text::tr("Quoted percent hack: \"user%foreign\"@local"), foreignSender,
        QLatin1Char('"') + User + QLatin1Char('%') + f + QStringLiteral("\"@") + l);
    add("percent-hack-null-sender", Text::tr("Percent hack from the null sender"), QString(),
        User + QLatin1Char('%') + f + QLatin1Char('@') + l);
    add("percent-unqualified", Text::tr("Unqualified percent hack: user%foreign"), foreignSender,
        User + QLatin1Char('%') + f);
    add("percent-look-alike", Text::tr("Full-width percent sign (a look-alike of %)"), foreignSender,
        User + QChar(0xFF05) + f + QLatin1Char('@') + l);
    // Bang paths: foreign!user@local.
    add("bang-path", Text::tr("Bang path: foreign!user@local"), foreignSender,
        f + QLatin1Char('!') + User + QLatin1Char('@') + l);
    add("bang-path-literal", Text::tr("Bang path via the server's address literal"), foreignSender,
        f + QLatin1Char('!') + User + QLatin1Char('@') + literal);
    add("bang-path-trailing-dot", Text::tr("Bang path with the local domain and a trailing dot"), localSender,
        f + QLatin1Char('!') + User + QLatin1Char('@') + l + QLatin1Char('.'));
    add("bang-unqualified", Text::tr("Unqualified bang path: foreign!user"), foreignSender,
        f + QLatin1Char('!') + User);
    // Quoted local parts and a second @.
    add("quoted-at", Text::tr("Quoted local part: \"user@foreign\"@local"), foreignSender,
        QLatin1Char('"') + User + QLatin1Char('@') + f + QStringLiteral("\"@") + l);
    add("quoted-at-unqualified", Text::tr("Quoted address alone: \"user@foreign\""), foreignSender,
        QLatin1Char('"') + User + QLatin1Char('@') + f + QLatin1Char('"'));
    add("double-at", Text::tr("Two @ signs: user@foreign@local"), foreignSender,
        User + QLatin1Char('@') + f + QLatin1Char('@') + l);
    add("escaped-at", Text::tr("Escaped @ in the local part: user\\@foreign@local"), foreignSender,
        User + QStringLiteral("\\@") + f + QLatin1Char('@') + l);
    // Source routes.
    add("source-route", Text::tr("Source route: @local:user@foreign"), foreignSender,
        QLatin1Char('@') + l + QLatin1Char(':') + foreignRcpt);
    add("source-route-literal", Text::tr("Source route via the server's address literal"), foreignSender,
        QLatin1Char('@') + literal + QLatin1Char(':') + foreignRcpt);
    add("source-route-chain", Text::tr("Source route through local and foreign hops"), foreignSender,
        QLatin1Char('@') + l + QStringLiteral(",@") + f + QLatin1Char(':') + foreignRcpt);
    // Foreign address literals.
    add("foreign-ipv4-literal", Text::tr("Foreign IPv4 literal: user@[192.0.2.1]"), foreignSender,
        User + QStringLiteral("@[192.0.2.1]"));
    add("foreign-ipv6-literal", Text::tr("Foreign IPv6 literal: user@[IPv6:2001:db8::1]"), foreignSender,
        User + QStringLiteral("@[IPv6:2001:db8::1]"));
    // Case and trailing dots.
    add("foreign-trailing-dot", Text::tr("Foreign domain with a trailing dot"), foreignSender,
        foreignRcpt + QLatin1Char('.'));
    add("foreign-upper-trailing-dot", Text::tr("Foreign address in upper case with a trailing dot"),
        foreignSender, foreignRcpt.toUpper() + QLatin1Char('.'));
    // The local domain inside a foreign one.
    add("local-as-prefix", Text::tr("Local domain as the prefix of a foreign one"), localSender,
        User + QLatin1Char('@') + l + QLatin1Char('.') + f);
    add("local-as-substring", Text::tr("Local domain as the end of a foreign label"), localSender,
        User + QLatin1Char('@') + QStringLiteral("relaytest") + l);
    add("local-as-label", Text::tr("Local domain glued to a foreign one with a hyphen"), localSender,
        User + QLatin1Char('@') + l + QLatin1Char('-') + f);
    // Unqualified.
    add("unqualified", Text::tr("Unqualified recipient: user"), foreignSender, User);
    // A second local domain, when there is one.
    if (localDomains.size() > 1) {
        const QString l2 = localDomains.at(1);
        add("percent-hack-second-domain", Text::tr("Percent hack through a second local domain"),
            foreignSender, User + QLatin1Char('%') + f + QLatin1Char('@') + l2);
    }
    return cases;
}

void setRelayTestExpectations(QList<RelayTestCase> *cases, const RelayPolicy &policy,
                              const SessionFacts &facts)
{
    for (RelayTestCase &c : *cases) {
        const Decision connect = policy.connect(facts);
        if (!connect.accepted()) {
            c.expectedReply = connect.reply();
            continue;
        }
        const Decision mail = policy.mailFrom(facts, bracketed(c.from));
        if (!mail.accepted()) {
            c.expectedReply = mail.reply();
            continue;
        }
        c.expectedReply = policy.rcptTo(facts, bracketed(c.to)).reply();
    }
}

bool relayListAdmits(const RelayPolicy &policy, const QHostAddress &client)
{
    SessionFacts facts;
    facts.client = client;
    return policy.rcptTo(facts, QStringLiteral("<relaytest@relaytest.invalid>")).accepted();
}

bool isTrustedRelayClient(const RelayPolicy &policy, const QHostAddress &client)
{
    SessionFacts facts;
    facts.client = client;
    const Decision d = policy.rcptTo(facts, QStringLiteral("<relaytest@relaytest.invalid>"));
    return d.accepted() && d.matchedEntry >= 0;
}

QHostAddress pickUnlistedLoopbackSource(const RelayPolicy &policy, const QHostAddress &server, QString *why)
{
    QList<QHostAddress> candidates;
    if (server.protocol() == QAbstractSocket::IPv6Protocol
        && !server.isEqual(QHostAddress(QHostAddress::LocalHost), QHostAddress::ConvertV4MappedToIPv4)) {
        candidates.append(QHostAddress(QHostAddress::LocalHostIPv6));
    } else {
        // 127.0.0.1 last: it is the address most often put on relay lists.
        for (quint32 host = 2; host < 255; ++host)
            candidates.append(QHostAddress((127u << 24) | host));
        candidates.append(QHostAddress(QHostAddress::LocalHost));
    }
    QHostAddress unlisted; // let in and on no relay entry, but admitted (all except the list)
    bool anyLetIn = false;
    for (const QHostAddress &candidate : std::as_const(candidates)) {
        SessionFacts facts;
        facts.client = candidate;
        if (!policy.connect(facts).accepted())
            continue;
        anyLetIn = true;
        SessionFacts probe = facts;
        const Decision d = policy.rcptTo(probe, QStringLiteral("<relaytest@relaytest.invalid>"));
        if (!d.accepted())
            return candidate;
        if (d.matchedEntry < 0 && unlisted.isNull())
            unlisted = candidate;
    }
    if (!unlisted.isNull())
        return unlisted;
    if (why)
        *why = anyLetIn
            ? Text::tr("every loopback address that connection control lets in is on the relay "
                       "list of %1: the test needs a client the list does not admit")
                  .arg(policy.server().name)
            : Text::tr("connection control of %1 lets no loopback address in").arg(policy.server().name);
    return QHostAddress();
}

} // namespace RelayDesk

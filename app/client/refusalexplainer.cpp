#include "refusalexplainer.h"

#include "explainenvelope.h"
#include "mailaddress.h"

#include <QCoreApplication>

namespace RelayDesk {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(RefusalExplainer)
};

QHostAddress unmapped(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : address;
}

// "Unable to relay for x@y" → "Unable to relay"; "User unknown: x@y" → "User unknown".
QString shortText(const QString &text)
{
    QString shortened = text;
    for (const QLatin1String separator : {QLatin1String(" for "), QLatin1String(": ")}) {
        const qsizetype at = shortened.indexOf(separator);
        if (at > 0)
            shortened.truncate(at);
    }
    return shortened;
}

} // namespace

QString decisionKey(const QString &replyLine)
{
    const QStringList words = replyLine.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QString();
    // An enhanced code is "d.d.d"; a reply without one (the greeting) is decided by its code.
    if (words.size() > 1 && words.at(1).count(QLatin1Char('.')) == 2 && words.at(1).at(0).isDigit())
        return words.at(0) + QLatin1Char(' ') + words.at(1);
    return words.at(0);
}

RefusalExplainer::RefusalExplainer(const RelayPolicy &policy)
    : m_policy(policy)
{ }

SessionFacts RefusalExplainer::factsOf(const SmtpClientResult &result, const SmtpClientOptions &options)
{
    SessionFacts facts;
    facts.client = unmapped(result.localAddress.isNull() ? options.sourceAddress : result.localAddress);
    facts.tls = result.tls;
    if (result.authenticated)
        facts.authenticatedUser = options.user;
    return facts;
}

QList<RefusalExplainer::Explanation> RefusalExplainer::explain(const SmtpClientResult &result,
                                                               const SmtpClientOptions &options) const
{
    const SessionFacts facts = factsOf(result, options);
    QList<Explanation> explanations;
    const auto consider = [&](const QString &command, const SmtpReply &actual, const Decision &expected) {
        const QString actualLine = replyToString(actual);
        const bool agrees = decisionKey(actualLine) == decisionKey(expected.reply());
        if (actual.isPositive() && agrees)
            return;
        explanations.append(Explanation{command, actualLine, expected.reply(), sentence(facts, expected),
                                        expected.trace, agrees});
    };
    if (result.outcome == SmtpClientResult::Outcome::Refused
        && result.stage == SmtpClientResult::Stage::Greeting) {
        Decision expected = m_policy.connect(facts);
        if (expected.accepted())
            expected.code = 220; // the greeting has no enhanced code
        consider(Text::tr("(connect)"), result.finalReply, expected);
        return explanations;
    }
    if (!result.mailReply.isValid())
        return explanations;
    const QString from = bracketedPath(options.from);
    consider(QStringLiteral("MAIL FROM:") + from, result.mailReply, m_policy.mailFrom(facts, from));
    if (!result.mailReply.isPositive())
        return explanations;
    int acceptedSoFar = 0;
    for (const SmtpClientResult::Recipient &r : result.recipients) {
        if (!r.reply.isValid())
            continue;
        const QString to = bracketedPath(r.address);
        consider(QStringLiteral("RCPT TO:") + to, r.reply, m_policy.rcptTo(facts, to, acceptedSoFar));
        if (r.accepted())
            ++acceptedSoFar;
    }
    return explanations;
}

QString RefusalExplainer::sentence(const SessionFacts &facts, const Decision &d) const
{
    const VirtualServer &vs = m_policy.server();
    const QString client = unmapped(facts.client).toString();
    QString head = QString::number(d.code);
    if (!d.enhancedCode.isEmpty())
        head += QLatin1Char(' ') + d.enhancedCode;
    head += QLatin1Char(' ') + shortText(d.text);
    const QString lastRule = d.trace.isEmpty() ? QString() : d.trace.constLast();
    const auto with = [&head](const QString &why) -> QString {
        return head + QStringLiteral(": ") + why;
    };

    if (d.accepted())
        return lastRule.isEmpty() ? head : with(lastRule);
    if (d.code == 550 && d.enhancedCode == QLatin1String("5.7.1")) {
        const RelayRestrictions &relay = vs.relayRestrictions;
        const QString listed = relay.mode == ListMode::OnlyList
            ? Text::tr("%1 is not on the relay list of %2").arg(client, vs.name)
            : Text::tr("%1 is on the relay list of %2, which names the computers that may not relay")
                  .arg(client, vs.name);
        QString session;
        if (facts.authenticatedUser.isEmpty())
            session = Text::tr("the session did not authenticate");
        else if (!m_policy.smtpUser(facts.authenticatedUser))
            session = Text::tr("%1 is not an enabled SMTP user").arg(facts.authenticatedUser);
        else if (!m_policy.offersAuth(facts))
            session = Text::tr("authentication does not count in this session (%1)")
                          .arg(vs.authentication.basic ? Text::tr("basic authentication requires TLS")
                                                       : Text::tr("basic authentication is off"));
        else
            session = Text::tr("relay for authenticated sessions is off (the session authenticated as %1)")
                          .arg(facts.authenticatedUser);
        QString why = Text::tr("%1 and %2").arg(listed, session);
        const MailPath path = parseMailbox(d.address);
        if (path.valid && path.senderRouted)
            why += Text::tr(" (the local part carries %, ! or @: the sender chose the route, so the address "
                            "is never local)");
        else if (path.valid && path.isAddressLiteral)
            why += Text::tr(" (an address literal is never a local domain)");
        return with(why);
    }
    if (d.code == 554 && d.enhancedCode == QLatin1String("5.7.1"))
        return with(Text::tr("connection control of %1 does not let %2 connect").arg(vs.name, client));
    if (d.code == 550 && d.enhancedCode == QLatin1String("5.1.1"))
        return with(Text::tr("%1 is in an authoritative domain of this organization but is not one of its "
                             "recipients")
                        .arg(d.address));
    if (d.code == 530 && d.text.contains(QLatin1String("STARTTLS")))
        return with(Text::tr("%1 requires a secure channel and the session is not encrypted").arg(vs.name));
    if (d.code == 530)
        return with(
            Text::tr("anonymous access is off on %1 and the session did not authenticate").arg(vs.name));
    if (d.code == 452)
        return with(
            Text::tr("%1 takes at most %n recipient(s) per message", "", vs.messages.maxRecipientsPerMessage)
                .arg(vs.name));
    return lastRule.isEmpty() ? head : with(lastRule);
}

} // namespace RelayDesk

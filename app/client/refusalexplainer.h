#pragma once

#include "relaypolicy.h"
#include "smtpclientoptions.h"
#include "smtpclientresult.h"

#include <QList>
#include <QString>

// Explains what a RelayDesk virtual server answered in the administrator's terms, from the
// database's relay policy: "550 5.7.1 Unable to relay: 127.0.0.9 is not on the relay list of
// Default SMTP Virtual Server and the session did not authenticate".
namespace RelayDesk {

class RefusalExplainer final
{
public:
    struct Explanation
    {
        QString command; // "RCPT TO:<x@foreign.example>", "MAIL FROM:<>", "(connect)"
        QString actual; // the server's reply
        QString expected; // the database's reply for the same session
        QString sentence; // the explanation of the expected decision
        QStringList trace; // the rules that decided (RelayPolicy's trace)
        bool agrees = true; // same code and enhanced code
    };

    explicit RefusalExplainer(const RelayPolicy &policy);

    // The session facts as the server saw them: the client's address from the result (else the
    // source address), TLS and the authenticated user from the result.
    static SessionFacts factsOf(const SmtpClientResult &result, const SmtpClientOptions &options);

    // One explanation for each refusal in the conversation (the greeting, MAIL, each refused
    // RCPT), and for every answer where the server and the database disagree.
    QList<Explanation> explain(const SmtpClientResult &result, const SmtpClientOptions &options) const;

    // "550 5.7.1 Unable to relay: 127.0.0.9 is not on the relay list of … and the session did not
    // authenticate"; for an accepted decision, why it is accepted.
    QString sentence(const SessionFacts &facts, const Decision &decision) const;

private:
    const RelayPolicy &m_policy;
};

// The code and enhanced code of a reply line ("550 5.7.1"), for comparing decisions.
QString decisionKey(const QString &replyLine);

} // namespace RelayDesk

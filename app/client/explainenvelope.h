#pragma once

#include "config.h"
#include "relaypolicy.h"
#include "servertarget.h"
#include "smtpclientoptions.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

// What Explain shows, shared by `relaydeskctl explain` and the console's Explain dialog: the
// envelope of a question, the decision per stage, and the options of the live check against the
// running listener.
namespace RelayDesk {

// A question for Explain: which virtual server, which client, and the envelope. Test Send fills it
// from a refused conversation and the log viewer from a logged refusal.
struct ExplainRequest
{
    QString virtualServer; // the name; empty: the first one
    QHostAddress client;
    QString clientName; // forward-confirmed reverse DNS name, for domain entries; empty: none
    QString authenticatedUser; // empty: the session did not authenticate
    bool tls = false;
    QString from; // the reverse path, with or without angle brackets; empty or "<>": the null sender
    QStringList to; // forward paths, with or without angle brackets
};

// One stage of an evaluation: connect, MAIL or one RCPT.
struct ExplainStep
{
    QString stage; // "connect", "mail", "rcpt" (JSON)
    QString command; // "" for connect, "MAIL FROM:<a@b>", "RCPT TO:<c@d>"
    Decision decision;
};

// "<a@b>" for "a@b" and "<a@b>"; "<>" for "" and "<>".
QString bracketedPath(const QString &path);
// The path without its angle brackets: "" for "<>".
QString unbracketedPath(const QString &path);

// The stages a session reaches, in order: connect, then MAIL when connect is accepted, then the
// RCPTs that were decided (the evaluation skips the rest after a refusal that ends the session).
QList<ExplainStep> explainSteps(const RelayPolicy::Evaluation &evaluation, const QString &from,
                                const QStringList &to);
// True when a stage refuses (the connection, the sender or a recipient).
bool isRefused(const RelayPolicy::Evaluation &evaluation);

// The virtual server of `config` that a conversation with host:port reaches, or -1: only for an
// address of this machine (a remote server on the same port is someone else's).
int localVirtualServerAt(const Config &config, const QString &host, quint16 port);

// The live check's conversation: the envelope against the virtual server's first binding, from
// facts.client as the source address, STARTTLS when facts.tls (any certificate: the relay rules are
// compared, not the certificate), AUTH as facts.authenticatedUser with `password`, in probe mode
// (up to RCPT, then RSET: no message is sent).
SmtpClientOptions liveCheckOptions(const RelayPolicy &policy, const SessionFacts &facts,
                                   const QString &password, const QString &from, const QStringList &to);

} // namespace RelayDesk

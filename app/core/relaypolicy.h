#pragma once

#include "accesslist.h"
#include "config.h"

#include <QDateTime>
#include <QHostAddress>
#include <QSet>
#include <QStringList>

namespace RelayDesk {

// What the listener knows about a session when it asks for a decision.
struct SessionFacts
{
    QHostAddress client;
    QString verifiedHostName; // forward-confirmed reverse DNS name; empty when none or not looked up
    QString authenticatedUser; // empty: the session did not authenticate
    bool tls = false;
    QDateTime now; // for entry expiry; invalid: the current time
};

// One decision: the SMTP reply to send and the rules that led there, in words.
struct Decision
{
    enum class Verdict
    {
        Accept,
        Reject, // permanent (5xx)
        TryLater // transient (4xx)
    };

    Verdict verdict = Verdict::Accept;
    int code = 250;
    QString enhancedCode; // "5.7.1"; empty for replies without one (the greeting)
    QString text;
    QStringList trace;

    // For RCPT: how the recipient was classified.
    QString address; // the normalised recipient or sender
    bool local = false; // an accepted domain (delivered locally or forwarded)
    bool relay = false; // accepted for relay to a foreign domain
    bool forward = false; // local, but of a domain this organization is not responsible for: queued
                          // for forwardUnresolvedTo (or the smart host, or the domain's MX)
    int matchedEntry = -1; // 0-based index of the access-list entry that decided, -1 if none

    bool accepted() const { return verdict == Verdict::Accept; }
    QString reply() const; // "550 5.7.1 Unable to relay for user@foreign.example"
};

// The relay policy of one virtual server: the single place where RelayDesk decides who may
// connect, send and relay. The listener, Explain, the self-test's expectations and the
// console's warnings all ask this class. Construction compiles the access lists and the
// accepted domains; every decision is a const, pure function of its arguments.
class RelayPolicy final
{
public:
    RelayPolicy(const Config &config, int virtualServerIndex, const QDateTime &compiledAt = QDateTime());

    const VirtualServer &server() const { return m_server; }
    // The name the server gives itself in the greeting, EHLO and Received: its fqdn, else the
    // host's name.
    const QString &hostName() const { return m_hostName; }
    // True when domain entries need the client's forward-confirmed reverse DNS name.
    bool needsHostName() const;
    // True when entries expire at or before `now` and the lists should be compiled again.
    bool needsRecompile(const QDateTime &now) const;

    // 1. Connect. openConnections counts the sessions already open, not this one.
    Decision connect(const SessionFacts &facts, int openConnections = 0) const;
    // 2. AUTH is offered when basic authentication is on and TLS is active or not required.
    bool offersAuth(const SessionFacts &facts) const;
    // Whether `user` may authenticate at all (exists and is enabled). The password check is
    // the listener's (PasswordHash::verify against smtpUser(user)->passwordHash).
    const SmtpUser *smtpUser(const QString &user) const;
    // 3. MAIL FROM with the argument in angle brackets; declaredSize from SIZE=, -1 when absent.
    // smtpUtf8: the client gave the SMTPUTF8 parameter on MAIL FROM (RFC 6531); without it a
    // non-ASCII sender is refused with 553 5.6.7 (after the syntax check, before the size check).
    Decision mailFrom(const SessionFacts &facts, QStringView path, qint64 declaredSize = -1,
                      bool smtpUtf8 = false) const;
    // 4. RCPT TO with the argument in angle brackets; acceptedSoFar counts the recipients
    // already accepted in this transaction. smtpUtf8: the transaction's MAIL FROM carried
    // SMTPUTF8; without it a non-ASCII recipient is refused with 553 5.6.7 (after the syntax
    // check, before the recipient limit). With it, non-ASCII is allowed, but a local part whose
    // NFKC form carries '%', '!' or '@' is still sender-routed and never local.
    Decision rcptTo(const SessionFacts &facts, QStringView path, int acceptedSoFar = 0,
                    bool smtpUtf8 = false) const;

    struct Evaluation
    {
        Decision connect;
        Decision mail;
        QList<Decision> recipients;
        bool relayRefused() const;
    };
    // Connect, MAIL and every RCPT of an envelope, as a session would see them. Addresses
    // may be given with or without angle brackets. Later stages are skipped after a refusal
    // that ends the session or the transaction. smtpUtf8 is passed to MAIL and every RCPT;
    // Explain leaves it false (a client that did not use SMTPUTF8).
    Evaluation evaluate(const SessionFacts &facts, const QString &from, const QStringList &to,
                        bool smtpUtf8 = false) const;

private:
    struct AcceptedDomain
    {
        QString domain; // "corp.example" or "*.corp.example"
        bool responsible = true;
        int priority = 0;
        QString policy;
    };

    const AcceptedDomain *acceptedDomain(const QString &domain) const;
    bool isAuthenticated(const SessionFacts &facts, QStringList *trace) const;
    QString clientText(const SessionFacts &facts) const;
    QString entryText(const QList<AccessEntry> &entries, int index) const;

    VirtualServer m_server;
    QString m_hostName;
    CompiledAccessList m_connection;
    CompiledAccessList m_relay;
    QList<AcceptedDomain> m_domains; // sorted: exact before wildcard, longer first, then priority
    QSet<QString> m_recipients; // lower-cased addresses
    QList<SmtpUser> m_users;
};

} // namespace RelayDesk

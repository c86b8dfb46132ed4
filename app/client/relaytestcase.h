#pragma once

#include "relaypolicy.h"

#include <QList>
#include <QString>
#include <QStringList>

// The open-relay battery: classic relay attempts, each a sender and one recipient that must be
// refused at RCPT by a server that is not an open relay.
namespace RelayDesk {

struct RelayTestCase
{
    QString id; // "percent-hack" (stable, for scripts)
    QString title; // translated: "Percent hack: user%foreign@local"
    QString from; // the reverse path without angle brackets; empty: the null sender <>
    QString to; // the forward path without angle brackets, exactly as sent
    QString expectedReply; // what the database's relay policy answers; empty when not known
};

// The local domains of a configuration as addresses can use them: the recipient policies' SMTP
// address spaces in priority order ("@*.corp.example" becomes "mail.corp.example"); the server's
// host name when there are none.
QStringList localDomainsForRelayTest(const Config &config, const RelayPolicy &policy);

// The battery (at least 25 cases): percent hack, bang paths, quoted local parts, source routes,
// foreign IP literals, null and local-domain senders, case and trailing-dot tricks, the local
// domain as prefix or substring of a foreign one, unqualified addresses, look-alike characters.
// localDomains: at least one (see localDomainsForRelayTest); serverLiteral: the address the
// server listens on, for "user%foreign@[127.0.0.1]"; foreignDomain: a domain that is certainly not
// local (the reserved .invalid TLD by default).
QList<RelayTestCase> relayTestCases(const QStringList &localDomains, const QHostAddress &serverAddress,
                                    const QString &foreignDomain = QStringLiteral("relaytest.invalid"));

// Fills expectedReply from the policy, for a session with `facts` (not authenticated).
void setRelayTestExpectations(QList<RelayTestCase> *cases, const RelayPolicy &policy,
                              const SessionFacts &facts);

// Whether the relay restrictions let `client` relay without authenticating.
bool relayListAdmits(const RelayPolicy &policy, const QHostAddress &client);
// Whether the administrator trusts `client` to relay: it matches an entry of an "only the list"
// relay list. Testing from such a client proves nothing.
bool isTrustedRelayClient(const RelayPolicy &policy, const QHostAddress &client);
// A loopback address to test from (127.0.0.x for an IPv4 server, ::1 for an IPv6 one) that
// connection control lets in: preferably one the relay list does not admit; when every client may
// relay (an open relay, "all except the list"), one that is not on the list, so that the battery
// shows the relays. Null when there is none (*why says so).
QHostAddress pickUnlistedLoopbackSource(const RelayPolicy &policy, const QHostAddress &server, QString *why);

} // namespace RelayDesk

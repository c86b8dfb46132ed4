#pragma once

#include "relaypolicy.h"
#include "spool.h"

#include <QHash>
#include <QSslConfiguration>
#include <QString>

#include <functional>
#include <memory>

namespace RelayDesk {

class AuthThrottle;
class EventLog;
class HostNameResolver;
class ProtocolLog;

// What the listener counts for `status`.
struct ListenerCounters
{
    qint64 connections = 0;
    qint64 messagesAccepted = 0;
    qint64 recipientsLocal = 0;
    qint64 recipientsRelayed = 0;
    QHash<QString, qint64> refused; // reason → count

    void refuse(const QString &reason) { ++refused[reason]; }
};

// One enabled virtual server as the sessions see it. The listener replaces `policy` on reload;
// a session reads it at the start of each transaction and keeps that one to the end.
struct VirtualServerRuntime
{
    QString name;
    int instance = 1; // n of mailroot/vsi-<n> and logs/smtpsvc<n>
    std::shared_ptr<const RelayPolicy> policy;
    QString hostName; // the name in EHLO and Received: the fqdn, else the machine's name
    bool reverseDnsLookup = false; // look up every client's confirmed name for its Received header
    bool tlsAvailable = false;
    QSslConfiguration tls; // server side, with certificate and key, when tlsAvailable
    std::shared_ptr<ProtocolLog> protocolLog; // null when logging is off
    bool paused = false;
    int openSessions = 0;
};

// Hands an accepted message over for durable storage (the listener's Spool::store): done runs
// exactly once, later, from the event loop, when the message is durable or could not be stored.
using MessageStore = std::function<void(const SpooledMessage &message, Spool::Done done)>;

// The listener's shared services, valid as long as any session lives.
struct SessionContext
{
    MessageStore store;
    EventLog *events = nullptr; // may be null
    ListenerCounters *counters = nullptr;
    HostNameResolver *resolver = nullptr; // null: domain entries never match, no client names
    AuthThrottle *authThrottle = nullptr;
};

} // namespace RelayDesk

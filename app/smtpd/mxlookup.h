#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace RelayDesk {

// The hosts that receive mail for a domain (RFC 5321 §5.1): its MX records in preference order
// (equal preferences in random order), each with its IPv4 and IPv6 addresses; without MX
// records the domain's own addresses (the implicit MX). A "null MX" (RFC 7505: one MX whose
// exchange is ".") means the domain accepts no mail. Asks the DNS server given (port 53), or
// the system's resolver configuration when it is null.
class MxLookup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MxLookup)

public:
    struct Host
    {
        QString name; // the exchange (or the domain itself for the implicit MX)
        int preference = 0;
        QList<QHostAddress> addresses;
    };
    enum class Outcome
    {
        Found, // hosts has at least one host with an address
        NoSuchDomain, // NXDOMAIN for the domain or every exchanger, or a null MX: permanent
        TryLater // time-out or server failure: temporary
    };
    struct Result
    {
        Outcome outcome = Outcome::TryLater;
        QList<Host> hosts;
        QString error; // a sentence for the queue's "last error" and the NDR
    };
    using Callback = std::function<void(const Result &result)>;

    // Starts the lookup; `done` runs once, from the event loop, unless the object is deleted first.
    MxLookup(const QString &domain, const QHostAddress &nameserver, Callback done, QObject *parent = nullptr);
    ~MxLookup() override;

private:
    void mxFinished();
    void lookUpAddresses();
    void addressesFinished();
    void finish(Outcome outcome, const QString &error);

    QString m_domain;
    QHostAddress m_nameserver;
    Callback m_done;
    QList<Host> m_hosts;
    int m_pending = 0;
    bool m_anyServerFailure = false;
    bool m_finished = false;
};

} // namespace RelayDesk

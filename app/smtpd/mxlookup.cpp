#include "mxlookup.h"

#include <QDnsLookup>
#include <QRandomGenerator>
#include <QTimer>
#include <QVariant>

#include <algorithm>

namespace RelayDesk {

namespace {

constexpr int MaxExchanges = 10; // more MX records than this are not tried
constexpr int LookupTimeoutMs = 15000;

QDnsLookup *newLookup(QDnsLookup::Type type, const QString &name, const QHostAddress &nameserver,
                      QObject *parent)
{
    auto *lookup = new QDnsLookup(type, name, parent);
    if (!nameserver.isNull())
        lookup->setNameserver(nameserver);
    return lookup;
}

} // namespace

MxLookup::MxLookup(const QString &domain, const QHostAddress &nameserver, Callback done, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_nameserver(nameserver)
    , m_done(std::move(done))
{
    QDnsLookup *mx = newLookup(QDnsLookup::MX, domain, nameserver, this);
    connect(mx, &QDnsLookup::finished, this, &MxLookup::mxFinished);
    QTimer::singleShot(LookupTimeoutMs, this, [this]() {
        finish(Outcome::TryLater,
               tr("no answer from DNS for %1 within %2 seconds").arg(m_domain).arg(LookupTimeoutMs / 1000));
    });
    mx->lookup();
}

MxLookup::~MxLookup() = default;

void MxLookup::mxFinished()
{
    auto *mx = qobject_cast<QDnsLookup *>(sender());
    mx->deleteLater();
    switch (mx->error()) {
    case QDnsLookup::NoError:
        break;
    case QDnsLookup::NotFoundError:
        finish(Outcome::NoSuchDomain,
               tr("the domain %1 does not exist (DNS: %2)").arg(m_domain, mx->errorString()));
        return;
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4 reports an empty NOERROR answer (the domain exists, no MX) this way: implicit MX.
        break;
    default:
        finish(Outcome::TryLater, tr("DNS lookup of MX %1 failed: %2").arg(m_domain, mx->errorString()));
        return;
    }
    const QList<QDnsMailExchangeRecord> records = mx->mailExchangeRecords();
    if (records.size() == 1
        && (records.constFirst().exchange().isEmpty()
            || records.constFirst().exchange() == QLatin1String("."))) {
        finish(Outcome::NoSuchDomain, tr("the domain %1 accepts no mail (null MX, RFC 7505)").arg(m_domain));
        return;
    }
    for (const QDnsMailExchangeRecord &record : records) {
        QString name = record.exchange();
        if (name.endsWith(QLatin1Char('.')))
            name.chop(1);
        if (name.isEmpty())
            continue;
        m_hosts.append(Host{name.toLower(), int(record.preference()), {}});
    }
    if (m_hosts.isEmpty())
        m_hosts.append(Host{m_domain, 0, {}}); // RFC 5321 §5.1: the domain is its own exchange
    // Preference order; hosts of equal preference in random order, to share the load.
    std::shuffle(m_hosts.begin(), m_hosts.end(), *QRandomGenerator::global());
    std::stable_sort(m_hosts.begin(), m_hosts.end(),
                     [](const Host &a, const Host &b) { return a.preference < b.preference; });
    if (m_hosts.size() > MaxExchanges)
        m_hosts.resize(MaxExchanges);
    lookUpAddresses();
}

void MxLookup::lookUpAddresses()
{
    for (int i = 0; i < m_hosts.size(); ++i) {
        // An exchange given as an address literal needs no lookup.
        const QHostAddress literal(m_hosts.at(i).name);
        if (!literal.isNull()) {
            m_hosts[i].addresses.append(literal);
            continue;
        }
        for (const QDnsLookup::Type type : {QDnsLookup::A, QDnsLookup::AAAA}) {
            QDnsLookup *lookup = newLookup(type, m_hosts.at(i).name, m_nameserver, this);
            lookup->setProperty("host", i);
            connect(lookup, &QDnsLookup::finished, this, &MxLookup::addressesFinished);
            ++m_pending;
            lookup->lookup();
        }
    }
    if (m_pending == 0)
        addressesFinished();
}

void MxLookup::addressesFinished()
{
    if (auto *lookup = qobject_cast<QDnsLookup *>(sender())) {
        lookup->deleteLater();
        --m_pending;
        const int host = lookup->property("host").toInt();
        if (lookup->error() == QDnsLookup::NoError) {
            for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords())
                m_hosts[host].addresses.append(record.value());
        } else if (lookup->error() != QDnsLookup::NotFoundError) {
            // Qt 6.4 reports a time-out or a refused query as InvalidReplyError, the same as an
            // empty answer: unless another exchanger has an address, that is a temporary failure
            // (the message waits and expires normally), never a bounce.
            m_anyServerFailure = true;
        }
    }
    if (m_pending > 0)
        return;
    QList<Host> reachable;
    for (Host &host : m_hosts) {
        // IPv4 first: a loopback test network and most relays speak it; IPv6 follows.
        std::stable_sort(host.addresses.begin(), host.addresses.end(),
                         [](const QHostAddress &a, const QHostAddress &b) {
                             return a.protocol() == QAbstractSocket::IPv4Protocol
                                 && b.protocol() != QAbstractSocket::IPv4Protocol;
                         });
        if (!host.addresses.isEmpty())
            reachable.append(host);
    }
    m_hosts = reachable;
    if (!m_hosts.isEmpty())
        finish(Outcome::Found, {});
    else if (m_anyServerFailure)
        finish(Outcome::TryLater, tr("DNS lookup of the mail exchangers of %1 failed").arg(m_domain));
    else
        finish(Outcome::NoSuchDomain, tr("no mail exchanger of %1 has an address").arg(m_domain));
}

void MxLookup::finish(Outcome outcome, const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    Result result;
    result.outcome = outcome;
    result.hosts = m_hosts;
    result.error = error;
    // The callback may delete this object.
    Callback done = std::move(m_done);
    done(result);
}

} // namespace RelayDesk

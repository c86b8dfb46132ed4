#pragma once

#include "hostresolver.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QString>

namespace RelayDesk {

// Forward-confirmed reverse DNS over QDnsLookup: the PTR records of the address, then the
// A (IPv4) or AAAA (IPv6) records of each PTR name; the first PTR name, in answer order,
// whose records include the address is the result.
//
// Results are cached per address: a confirmed name for the smallest TTL of the PTR and
// address records that confirmed it (at most one hour; TTL 0 is not cached), a definite
// negative answer (NXDOMAIN for the reverse name, PTR names whose records do not include the
// address) for 60 seconds. Timeouts, server failures and empty NOERROR answers (which Qt 6.4
// reports as an invalid reply) are not cached. Concurrent lookups of one address share one
// DNS query.
class DnsHostNameResolver final : public HostNameResolver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DnsHostNameResolver)

public:
    static constexpr int DefaultTimeoutMs = 5000;
    static constexpr int MaxPositiveTtlSeconds = 3600;
    static constexpr int NegativeTtlSeconds = 60;
    static constexpr int MaxPtrNames = 10; // PTR names checked per address
    static constexpr int MaxCacheEntries = 4096;

    explicit DnsHostNameResolver(QObject *parent = nullptr);
    ~DnsHostNameResolver() override;

    // The DNS server to ask (port 53; Qt 6.4 has no port setting). A null address, the
    // default, uses the system's resolver configuration. Changing it clears the cache.
    void setNameserver(const QHostAddress &nameserver);
    QHostAddress nameserver() const { return m_nameserver; }

    // Time allowed for the whole lookup (PTR and forward queries) before it reports no name.
    // Values below 1 restore the default.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }

    void clearCache();
    int cacheSize() const { return static_cast<int>(m_cache.size()); }

    void lookup(const QHostAddress &address) override;

private:
    class Job;

    struct CacheEntry
    {
        QString name; // empty: negative result
        QDeadlineTimer expiry;
    };

    enum class Outcome
    {
        Confirmed,
        Negative, // a definite answer that there is no confirmed name
        Failed // timeout or server failure: not cached
    };

    void jobFinished(Job *job, Outcome outcome, const QString &name, quint32 ttlSeconds);
    void store(const QHostAddress &key, const QString &name, qint64 ttlSeconds);

    QHostAddress m_nameserver;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QHostAddress, CacheEntry> m_cache;
    QHash<QHostAddress, Job *> m_jobs;
};

} // namespace RelayDesk

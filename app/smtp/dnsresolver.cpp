#include "dnsresolver.h"

#include <QDnsLookup>
#include <QList>
#include <QLoggingCategory>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcDns, "relaydesk.smtp.dns", QtInfoMsg)

namespace RelayDesk {

namespace {

// "d.c.b.a.in-addr.arpa" or the 32 reversed nibbles under "ip6.arpa".
QString reverseName(const QHostAddress &address)
{
    QStringList labels;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = address.toIPv4Address();
        for (int shift = 0; shift < 32; shift += 8)
            labels << QString::number((ip >> shift) & 0xffU);
        labels << QStringLiteral("in-addr") << QStringLiteral("arpa");
    } else {
        const Q_IPV6ADDR ip = address.toIPv6Address();
        for (int i = 15; i >= 0; --i) {
            labels << QString::number(ip[i] & 0x0fU, 16);
            labels << QString::number((ip[i] >> 4) & 0x0fU, 16);
        }
        labels << QStringLiteral("ip6") << QStringLiteral("arpa");
    }
    return labels.join(QLatin1Char('.'));
}

// Only plain host names come out of the resolver: the name feeds the relay policy.
bool isPlausibleHostName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (const QChar c : label) {
            const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                || c == QLatin1Char('_');
            if (!ok)
                return false;
        }
    }
    return true;
}

// NXDOMAIN, or a name the resolver refuses to ask for, is a definite "no".
bool isDefiniteNo(QDnsLookup::Error error)
{
    return error == QDnsLookup::NotFoundError || error == QDnsLookup::InvalidRequestError;
}

} // namespace

// One forward-confirmation of one address, shared by every caller that asks for it while it
// runs. Owns its QDnsLookup objects and its timer; the resolver deletes it when it reports.
class DnsHostNameResolver::Job final : public QObject
{
public:
    Job(const QHostAddress &key, DnsHostNameResolver *resolver)
        : QObject(resolver)
        , m_resolver(resolver)
        , m_key(key)
    { }

    QHostAddress key() const { return m_key; }
    QList<QHostAddress> requesters;

    void start()
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            qCDebug(lcDns) << "lookup of" << m_key.toString() << "timed out";
            report(Outcome::Failed, QString(), 0);
        });
        m_timer.start(m_resolver->m_timeoutMs);

        QDnsLookup *ptr = newLookup(QDnsLookup::PTR, reverseName(m_key));
        connect(ptr, &QDnsLookup::finished, this, [this, ptr] { ptrFinished(ptr); });
        ptr->lookup();
    }

private:
    QDnsLookup *newLookup(QDnsLookup::Type type, const QString &name)
    {
        auto *lookup = new QDnsLookup(type, name, this);
        if (!m_resolver->m_nameserver.isNull())
            lookup->setNameserver(m_resolver->m_nameserver);
        return lookup;
    }

    void ptrFinished(QDnsLookup *ptr)
    {
        if (m_done)
            return;
        if (ptr->error() != QDnsLookup::NoError) {
            qCDebug(lcDns) << "PTR" << ptr->name() << "failed:" << ptr->error() << ptr->errorString();
            report(isDefiniteNo(ptr->error()) ? Outcome::Negative : Outcome::Failed, QString(), 0);
            return;
        }

        const QList<QDnsDomainNameRecord> records = ptr->pointerRecords();
        for (const QDnsDomainNameRecord &record : records) {
            const QString name = normalizedHostName(record.value());
            if (!isPlausibleHostName(name) || m_names.contains(name))
                continue;
            if (m_names.size() >= MaxPtrNames)
                break;
            m_names.append(name);
            m_ptrTtls.append(record.timeToLive());
        }
        if (m_names.isEmpty()) {
            report(Outcome::Negative, QString(), 0);
            return;
        }

        m_confirmedTtls.resize(m_names.size());
        m_pending = static_cast<int>(m_names.size());
        const auto type =
            m_key.protocol() == QAbstractSocket::IPv4Protocol ? QDnsLookup::A : QDnsLookup::AAAA;
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            QDnsLookup *forward = newLookup(type, m_names.at(i));
            connect(forward, &QDnsLookup::finished, this,
                    [this, forward, i] { forwardFinished(forward, i); });
            forward->lookup();
        }
    }

    void forwardFinished(QDnsLookup *forward, qsizetype index)
    {
        if (m_done)
            return;
        if (forward->error() == QDnsLookup::NoError) {
            const QList<QDnsHostAddressRecord> records = forward->hostAddressRecords();
            for (const QDnsHostAddressRecord &record : records) {
                if (normalizedAddress(record.value()) == m_key) {
                    m_confirmedTtls[index] = std::min(m_ptrTtls.at(index), record.timeToLive());
                    break;
                }
            }
        } else if (!isDefiniteNo(forward->error())) {
            qCDebug(lcDns) << "forward lookup of" << forward->name() << "failed:" << forward->errorString();
            m_failed = true;
        }

        if (--m_pending > 0)
            return;
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            if (m_confirmedTtls.at(i)) {
                report(Outcome::Confirmed, m_names.at(i), *m_confirmedTtls.at(i));
                return;
            }
        }
        report(m_failed ? Outcome::Failed : Outcome::Negative, QString(), 0);
    }

    void report(Outcome outcome, const QString &name, quint32 ttlSeconds)
    {
        m_done = true;
        m_timer.stop();
        // Lookups still running in Qt's thread pool finish into nothing.
        const QList<QDnsLookup *> lookups = findChildren<QDnsLookup *>(Qt::FindDirectChildrenOnly);
        for (QDnsLookup *lookup : lookups) {
            lookup->disconnect(this);
            lookup->abort();
        }
        m_resolver->jobFinished(this, outcome, name, ttlSeconds);
    }

    DnsHostNameResolver *m_resolver;
    QHostAddress m_key;
    QTimer m_timer;
    QStringList m_names;
    QList<quint32> m_ptrTtls;
    QList<std::optional<quint32>> m_confirmedTtls;
    int m_pending = 0;
    bool m_failed = false;
    bool m_done = false;
};

DnsHostNameResolver::DnsHostNameResolver(QObject *parent)
    : HostNameResolver(parent)
{ }

DnsHostNameResolver::~DnsHostNameResolver() = default;

void DnsHostNameResolver::setNameserver(const QHostAddress &nameserver)
{
    if (nameserver == m_nameserver)
        return;
    m_nameserver = nameserver;
    clearCache();
}

void DnsHostNameResolver::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds > 0 ? milliseconds : DefaultTimeoutMs;
}

void DnsHostNameResolver::clearCache()
{
    m_cache.clear();
}

void DnsHostNameResolver::lookup(const QHostAddress &address)
{
    const QHostAddress key = normalizedAddress(address);
    if (key.protocol() != QAbstractSocket::IPv4Protocol && key.protocol() != QAbstractSocket::IPv6Protocol) {
        finishLater(address, QString());
        return;
    }

    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd()) {
        if (!cached->expiry.hasExpired()) {
            finishLater(address, cached->name);
            return;
        }
        m_cache.erase(cached);
    }

    if (Job *running = m_jobs.value(key)) {
        running->requesters.append(address);
        return;
    }

    auto *job = new Job(key, this);
    job->requesters.append(address);
    m_jobs.insert(key, job);
    job->start();
}

void DnsHostNameResolver::jobFinished(Job *job, Outcome outcome, const QString &name, quint32 ttlSeconds)
{
    const QHostAddress key = job->key();
    m_jobs.remove(key);
    switch (outcome) {
    case Outcome::Confirmed:
        store(key, name, std::min<qint64>(ttlSeconds, MaxPositiveTtlSeconds));
        break;
    case Outcome::Negative:
        store(key, QString(), NegativeTtlSeconds);
        break;
    case Outcome::Failed:
        break;
    }
    qCDebug(lcDns) << "confirmed name of" << key.toString() << "is"
                   << (name.isEmpty() ? QStringLiteral("(none)") : name);

    for (const QHostAddress &requester : std::as_const(job->requesters))
        finishLater(requester, name);
    job->deleteLater();
}

void DnsHostNameResolver::store(const QHostAddress &key, const QString &name, qint64 ttlSeconds)
{
    if (ttlSeconds <= 0)
        return;
    if (m_cache.size() >= MaxCacheEntries) {
        m_cache.removeIf([](const auto &entry) { return entry.value().expiry.hasExpired(); });
        if (m_cache.size() >= MaxCacheEntries)
            m_cache.clear();
    }
    m_cache.insert(key, CacheEntry{name, QDeadlineTimer(ttlSeconds * 1000)});
}

} // namespace RelayDesk

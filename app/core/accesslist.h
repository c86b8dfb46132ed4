#pragma once

#include "config.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <limits>
#include <vector>

// Access lists (connection control and relay restrictions) compiled for fast lookup.
namespace RelayDesk {

// An IPv4 or IPv6 address as written in the configuration, parsed strictly: four decimal
// octets without leading zeros ("010.0.0.1" and "10.1" are refused, where inet_aton would
// read them differently), IPv6 without a scope id, no whitespace.
bool parseIpAddress(const QString &text, QHostAddress *address, QString *error = nullptr);

// Prefix length of a dotted IPv4 netmask ("255.255.255.0" -> 24); -1 when the text is not
// a contiguous netmask ("255.0.255.0", "255.255.255", "1.2.3.4").
int netmaskPrefixLength(const QString &mask);

// The network of a single or group entry: a single is its own network (/32 or /128), a
// group is its address with the host bits cleared and the prefix of its mask or
// prefixLength. IPv4 entries stay IPv4. Addresses must be strict: dotted quads without
// leading zeros, IPv6 without a scope id. Returns false with a reason for a domain entry
// or an invalid entry.
bool entryNetwork(const AccessEntry &e, QHostAddress *network, int *prefixLength, QString *error);

// An access list prepared for lookups that take O(log n) in the number of entries.
//
// Address keys: IPv4 addresses, IPv4-mapped IPv6 clients (::ffff:a.b.c.d) and IPv4-mapped
// entries are one and the same key, so a mapped client matches an IPv4 entry and an IPv6
// group that covers ::ffff:0:0/96 (for example ::/0) covers every IPv4 client as well.
//
// Expiry: compile() leaves out the entries that are invalid or already expired at `now`
// and remembers the earliest expiry among the rest. A lookup whose `now` is at or past
// that instant is still correct: it falls back to a linear scan that honours every
// entry's expiry. The owner recompiles when entries expire to get fast lookups back.
// An invalid `now` treats no entry as expired.
class CompiledAccessList final
{
public:
    static CompiledAccessList compile(const QList<AccessEntry> &entries, const QDateTime &now);

    // The 0-based index, in the list given to compile(), of the first (lowest-index) entry that
    // matches, -1 when none does.
    int matchAddress(const QHostAddress &client, const QDateTime &now) const;
    // Domain entries match the name itself and every name below it, case-insensitively,
    // a trailing dot ignored: "corp.example" matches "a.corp.example", not "evilcorp.example".
    int matchDomain(const QString &verifiedName, const QDateTime &now) const;
    // The lower of matchAddress and matchDomain (ignoring -1); an empty name matches no domain.
    int match(const QHostAddress &client, const QString &verifiedName, const QDateTime &now) const;

    bool hasDomainEntries() const { return !m_domainEntries.empty(); }
    int size() const; // entries included: valid and not expired at compile time

private:
    struct Key
    {
        quint64 hi = 0;
        quint64 lo = 0;
    };
    static constexpr qint64 NoExpiry = std::numeric_limits<qint64>::max();

    struct Range
    {
        Key first;
        Key last;
        int index = -1;
        qint64 expiresMs = NoExpiry;
    };
    struct DomainEntry
    {
        QString name;
        int index = -1;
        qint64 expiresMs = NoExpiry;
    };

    static bool clientKey(const QHostAddress &client, Key *key);
    bool expiryPassed(const QDateTime &now) const;
    int scanAddress(const Key &key, qint64 nowMs) const;
    int scanDomain(const QString &name, qint64 nowMs) const;

    // Disjoint elementary intervals covering the whole key space: m_starts[i] begins the
    // interval that ends before m_starts[i + 1]; m_owners[i] is the lowest entry index
    // covering it, or -1.
    std::vector<Key> m_starts;
    std::vector<int> m_owners;
    QHash<QString, int> m_domainIndex; // lower-cased name -> lowest entry index
    std::vector<Range> m_ranges; // included address entries, for the fallback scan
    std::vector<DomainEntry> m_domainEntries; // included domain entries, for the fallback scan
    qint64 m_earliestExpiryMs = NoExpiry; // the earliest expiry of an included entry
};

} // namespace RelayDesk

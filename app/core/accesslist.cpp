#include "accesslist.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace RelayDesk {

namespace {

__extension__ typedef unsigned __int128 Uint128;

constexpr Uint128 AllOnes = ~Uint128(0);
constexpr Uint128 MappedIpv4Prefix = Uint128(0xffff) << 32; // ::ffff:0:0/96
constexpr int MappedIpv4PrefixLength = 96;

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(AccessList)

public:
    static QString invalidAddress(const QString &text)
    {
        return tr("\"%1\" is not a valid IPv4 or IPv6 address").arg(text);
    }
    static QString emptyAddress() { return tr("the address is empty"); }
    static QString domainHasNoNetwork() { return tr("a domain entry has no network address"); }
    static QString maskAndPrefix()
    {
        return tr("a group has both a mask and a prefix length; give one of them");
    }
    static QString noMaskNorPrefix() { return tr("a group needs a mask or a prefix length"); }
    static QString maskNeedsIpv4()
    {
        return tr("a netmask applies to IPv4 addresses only; use a prefix length");
    }
    static QString badMask(const QString &mask)
    {
        return tr("\"%1\" is not a contiguous IPv4 netmask").arg(mask);
    }
    static QString prefixOutOfRange(int prefix, int max)
    {
        return tr("the prefix length %1 is out of range (0 to %2)").arg(prefix).arg(max);
    }
};

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// Strict dotted quad: four decimal octets, no leading zeros (inet_aton would read "010" as octal).
bool parseIpv4(QStringView text, quint32 *value)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    quint32 result = 0;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part[0] == u'0'))
            return false;
        uint octet = 0;
        for (QChar c : part) {
            if (!isAsciiDigit(c))
                return false;
            octet = octet * 10 + uint(c.unicode() - u'0');
        }
        if (octet > 255)
            return false;
        result = (result << 8) | octet;
    }
    *value = result;
    return true;
}

// An IPv4 or IPv6 address as written in an entry: no whitespace, no scope id, no short forms.
bool parseAddress(const QString &text, QHostAddress *address, QString *error)
{
    if (text.isEmpty()) {
        *error = Messages::emptyAddress();
        return false;
    }
    if (!text.contains(QLatin1Char(':'))) {
        quint32 ipv4 = 0;
        if (!parseIpv4(text, &ipv4)) {
            *error = Messages::invalidAddress(text);
            return false;
        }
        *address = QHostAddress(ipv4);
        return true;
    }
    bool ok = std::all_of(text.begin(), text.end(),
                          [](QChar c) { return isHexDigit(c) || c == u':' || c == u'.'; });
    quint32 ignored = 0;
    if (ok && text.contains(QLatin1Char('.')))
        ok = parseIpv4(QStringView(text).mid(text.lastIndexOf(QLatin1Char(':')) + 1), &ignored);
    QHostAddress parsed;
    if (!ok || !parsed.setAddress(text) || parsed.protocol() != QAbstractSocket::IPv6Protocol) {
        *error = Messages::invalidAddress(text);
        return false;
    }
    *address = parsed;
    return true;
}

Uint128 prefixMask(int prefixLength)
{
    return prefixLength <= 0 ? Uint128(0) : AllOnes << (128 - prefixLength);
}

Uint128 ipv6Value(const QHostAddress &address)
{
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    Uint128 value = 0;
    for (int i = 0; i < 16; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

// The key of an address: IPv6 as is, IPv4 as its mapped form ::ffff:a.b.c.d.
bool addressValue(const QHostAddress &address, Uint128 *value)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        *value = MappedIpv4Prefix | address.toIPv4Address();
        return true;
    case QAbstractSocket::IPv6Protocol:
        *value = ipv6Value(address);
        return true;
    default:
        return false;
    }
}

QHostAddress ipv6Address(Uint128 value)
{
    Q_IPV6ADDR bytes;
    for (int i = 15; i >= 0; --i) {
        bytes[i] = quint8(value & 0xff);
        value >>= 8;
    }
    return QHostAddress(bytes);
}

// Lower-cased, one trailing dot removed; empty when the name has an empty label or a space.
QString normalisedDomain(const QString &name)
{
    QString result = name.toLower();
    if (result.endsWith(QLatin1Char('.')))
        result.chop(1);
    if (result.isEmpty() || result.startsWith(QLatin1Char('.')) || result.contains(QLatin1String(".."))
        || std::any_of(result.begin(), result.end(),
                       [](QChar c) { return c.isSpace() || c.unicode() < 0x20; }))
        return {};
    return result;
}

bool isInDomain(const QString &name, const QString &domain)
{
    return name.size() == domain.size() ? name == domain
                                        : name.size() > domain.size() && name.endsWith(domain)
            && name.at(name.size() - domain.size() - 1) == u'.';
}

bool keyLess(quint64 hiA, quint64 loA, quint64 hiB, quint64 loB)
{
    return hiA < hiB || (hiA == hiB && loA < loB);
}

} // namespace

int netmaskPrefixLength(const QString &mask)
{
    quint32 value = 0;
    if (!parseIpv4(mask, &value))
        return -1;
    const quint32 inverted = ~value;
    if ((inverted & (inverted + 1)) != 0) // the host part must be a run of ones at the end
        return -1;
    int prefix = 0;
    for (quint32 bit = 0x80000000u; bit != 0 && (value & bit) != 0; bit >>= 1)
        ++prefix;
    return prefix;
}

bool entryNetwork(const AccessEntry &e, QHostAddress *network, int *prefixLength, QString *error)
{
    QString reason;
    if (!error)
        error = &reason;
    if (e.type == AccessEntryType::Domain) {
        *error = Messages::domainHasNoNetwork();
        return false;
    }
    QHostAddress address;
    if (!parseAddress(e.address, &address, error))
        return false;
    const bool ipv4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    const int maxPrefix = ipv4 ? 32 : 128;
    int prefix = maxPrefix;
    if (e.type == AccessEntryType::Group) {
        if (!e.mask.isEmpty() && e.prefixLength != -1) {
            *error = Messages::maskAndPrefix();
            return false;
        }
        if (!e.mask.isEmpty()) {
            if (!ipv4) {
                *error = Messages::maskNeedsIpv4();
                return false;
            }
            prefix = netmaskPrefixLength(e.mask);
            if (prefix < 0) {
                *error = Messages::badMask(e.mask);
                return false;
            }
        } else if (e.prefixLength == -1) {
            *error = Messages::noMaskNorPrefix();
            return false;
        } else if (e.prefixLength < 0 || e.prefixLength > maxPrefix) {
            *error = Messages::prefixOutOfRange(e.prefixLength, maxPrefix);
            return false;
        } else {
            prefix = e.prefixLength;
        }
    }
    if (network) {
        if (ipv4) {
            const quint32 mask = prefix == 0 ? 0u : ~0u << (32 - prefix);
            *network = QHostAddress(address.toIPv4Address() & mask);
        } else {
            *network = ipv6Address(ipv6Value(address) & prefixMask(prefix));
        }
    }
    if (prefixLength)
        *prefixLength = prefix;
    return true;
}

CompiledAccessList CompiledAccessList::compile(const QList<AccessEntry> &entries, const QDateTime &now)
{
    CompiledAccessList list;
    const qint64 nowMs = now.isValid() ? now.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();

    struct Event
    {
        Uint128 position;
        int index;
        bool opens;
    };
    std::vector<Event> events;
    for (int i = 0; i < entries.size(); ++i) {
        const AccessEntry &e = entries.at(i);
        const qint64 expiresMs = e.expires.isValid() ? e.expires.toMSecsSinceEpoch() : NoExpiry;
        if (expiresMs <= nowMs)
            continue;
        if (e.type == AccessEntryType::Domain) {
            const QString name = normalisedDomain(e.name);
            if (name.isEmpty())
                continue;
            list.m_domainEntries.push_back({name, i, expiresMs});
            if (!list.m_domainIndex.contains(name))
                list.m_domainIndex.insert(name, i);
        } else {
            QHostAddress network;
            int prefix = 0;
            Uint128 value = 0;
            if (!entryNetwork(e, &network, &prefix, nullptr) || !addressValue(network, &value))
                continue;
            if (network.protocol() == QAbstractSocket::IPv4Protocol)
                prefix += MappedIpv4PrefixLength;
            const Uint128 first = value & prefixMask(prefix);
            const Uint128 last = first | ~prefixMask(prefix);
            list.m_ranges.push_back(
                {{quint64(first >> 64), quint64(first)}, {quint64(last >> 64), quint64(last)}, i, expiresMs});
            events.push_back({first, i, true});
            if (last != AllOnes)
                events.push_back({last + 1, i, false});
        }
        list.m_earliestExpiryMs = std::min(list.m_earliestExpiryMs, expiresMs);
    }

    // Sweep the events in key order; the lowest index among the open entries owns each
    // elementary interval. Adjacent intervals with the same owner are merged.
    std::sort(events.begin(), events.end(),
              [](const Event &a, const Event &b) { return a.position < b.position; });
    list.m_starts.push_back(Key{});
    list.m_owners.push_back(-1);
    std::set<int> open;
    for (size_t i = 0; i < events.size();) {
        const Uint128 position = events[i].position;
        for (; i < events.size() && events[i].position == position; ++i) {
            if (events[i].opens)
                open.insert(events[i].index);
            else
                open.erase(events[i].index);
        }
        const int owner = open.empty() ? -1 : *open.begin();
        if (position == 0)
            list.m_owners.back() = owner;
        else if (owner != list.m_owners.back()) {
            list.m_starts.push_back({quint64(position >> 64), quint64(position)});
            list.m_owners.push_back(owner);
        }
    }
    return list;
}

bool CompiledAccessList::clientKey(const QHostAddress &client, Key *key)
{
    Uint128 value = 0;
    if (!addressValue(client, &value))
        return false;
    *key = {quint64(value >> 64), quint64(value)};
    return true;
}

bool CompiledAccessList::expiryPassed(const QDateTime &now) const
{
    return m_earliestExpiryMs != NoExpiry && now.isValid() && now.toMSecsSinceEpoch() >= m_earliestExpiryMs;
}

int CompiledAccessList::scanAddress(const Key &key, qint64 nowMs) const
{
    for (const Range &range : m_ranges) {
        if (range.expiresMs > nowMs && !keyLess(key.hi, key.lo, range.first.hi, range.first.lo)
            && !keyLess(range.last.hi, range.last.lo, key.hi, key.lo))
            return range.index;
    }
    return -1;
}

int CompiledAccessList::scanDomain(const QString &name, qint64 nowMs) const
{
    for (const DomainEntry &entry : m_domainEntries) {
        if (entry.expiresMs > nowMs && isInDomain(name, entry.name))
            return entry.index;
    }
    return -1;
}

int CompiledAccessList::matchAddress(const QHostAddress &client, const QDateTime &now) const
{
    Key key;
    if (m_starts.empty() || !clientKey(client, &key))
        return -1;
    if (expiryPassed(now))
        return scanAddress(key, now.toMSecsSinceEpoch());
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), key, [](const Key &a, const Key &b) {
        return keyLess(a.hi, a.lo, b.hi, b.lo);
    });
    return m_owners[size_t(it - m_starts.begin()) - 1];
}

int CompiledAccessList::matchDomain(const QString &verifiedName, const QDateTime &now) const
{
    if (m_domainEntries.empty())
        return -1;
    const QString name = normalisedDomain(verifiedName);
    if (name.isEmpty())
        return -1;
    if (expiryPassed(now))
        return scanDomain(name, now.toMSecsSinceEpoch());
    int best = -1;
    for (qsizetype from = 0; from >= 0;) {
        const auto it = m_domainIndex.constFind(from == 0 ? name : name.mid(from));
        if (it != m_domainIndex.constEnd() && (best < 0 || *it < best))
            best = *it;
        const qsizetype dot = name.indexOf(QLatin1Char('.'), from);
        from = dot < 0 ? -1 : dot + 1;
    }
    return best;
}

int CompiledAccessList::match(const QHostAddress &client, const QString &verifiedName,
                              const QDateTime &now) const
{
    const int byAddress = matchAddress(client, now);
    const int byName = verifiedName.isEmpty() ? -1 : matchDomain(verifiedName, now);
    if (byAddress < 0)
        return byName;
    return byName < 0 ? byAddress : std::min(byAddress, byName);
}

int CompiledAccessList::size() const
{
    return int(m_ranges.size() + m_domainEntries.size());
}

bool parseIpAddress(const QString &text, QHostAddress *address, QString *error)
{
    QString ignored;
    return parseAddress(text, address, error ? error : &ignored);
}

} // namespace RelayDesk

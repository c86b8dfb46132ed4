#include "accesslist.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace RelayDesk;

namespace {

QString operator""_q(const char *text, size_t size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

const QDateTime Now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// "10.0.0.0/8" (prefix), "10.0.0.0 255.0.0.0" (mask), "2001:db8::1" (single), "corp.example"
// (domain: a letter and no colon), "=text" (single, whatever the text).
AccessEntry entry(const QString &spec, const QDateTime &expires = {})
{
    AccessEntry e;
    e.expires = expires;
    if (spec.startsWith(QLatin1Char('='))) { // forced single
        e.address = spec.mid(1);
        return e;
    }
    const bool domain = !spec.contains(QLatin1Char(':'))
        && std::any_of(spec.begin(), spec.end(), [](QChar c) { return c.isLetter(); });
    if (domain) {
        e.type = AccessEntryType::Domain;
        e.name = spec;
    } else if (spec.contains(QLatin1Char('/'))) {
        e.type = AccessEntryType::Group;
        e.address = spec.section(QLatin1Char('/'), 0, 0);
        e.prefixLength = spec.section(QLatin1Char('/'), 1).toInt();
    } else if (spec.contains(QLatin1Char(' '))) {
        e.type = AccessEntryType::Group;
        e.address = spec.section(QLatin1Char(' '), 0, 0);
        e.mask = spec.section(QLatin1Char(' '), 1);
    } else {
        e.address = spec;
    }
    return e;
}

QList<AccessEntry> entries(const QStringList &specs)
{
    QList<AccessEntry> result;
    for (const QString &spec : specs)
        result.append(entry(spec));
    return result;
}

// The reference: every entry in order, in the IPv4-mapped IPv6 space, with Qt's isInSubnet.
QHostAddress mapped(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv4Protocol) {
        QHostAddress copy = address;
        copy.setScopeId(QString());
        return copy;
    }
    Q_IPV6ADDR bytes{};
    bytes[10] = bytes[11] = 0xff;
    const quint32 v4 = address.toIPv4Address();
    for (int i = 0; i < 4; ++i)
        bytes[12 + i] = quint8(v4 >> (24 - 8 * i));
    return QHostAddress(bytes);
}

bool live(const AccessEntry &e, const QDateTime &now)
{
    return !e.expires.isValid() || now < e.expires;
}

// The reference matcher: every entry in order, networks in the IPv4-mapped IPv6 space,
// Qt's own isInSubnet.
class NaiveList
{
public:
    explicit NaiveList(const QList<AccessEntry> &list)
    {
        for (int i = 0; i < list.size(); ++i) {
            QHostAddress network;
            int prefix = -1;
            if (!entryNetwork(list[i], &network, &prefix, nullptr))
                continue;
            if (network.protocol() == QAbstractSocket::IPv4Protocol)
                prefix += 96;
            m_entries.append({mapped(network), prefix, i, list[i].expires});
        }
    }

    int match(const QHostAddress &client, const QDateTime &now) const
    {
        const QHostAddress key = mapped(client);
        for (const Entry &e : m_entries) {
            if ((!e.expires.isValid() || now < e.expires) && key.isInSubnet(e.network, e.prefix))
                return e.index;
        }
        return -1;
    }

private:
    struct Entry
    {
        QHostAddress network;
        int prefix;
        int index;
        QDateTime expires;
    };
    QList<Entry> m_entries;
};

int naiveAddress(const QList<AccessEntry> &list, const QHostAddress &client, const QDateTime &now)
{
    return NaiveList(list).match(client, now);
}

int naiveDomain(const QList<AccessEntry> &list, QString name, const QDateTime &now)
{
    name = name.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    for (int i = 0; i < list.size(); ++i) {
        QString domain = list[i].name.toLower();
        if (domain.endsWith(QLatin1Char('.')))
            domain.chop(1);
        if (list[i].type == AccessEntryType::Domain && live(list[i], now) && !domain.isEmpty()
            && (name == domain || name.endsWith(QLatin1Char('.') + domain)))
            return i;
    }
    return -1;
}

} // namespace

class TestAccessList : public QObject
{
    Q_OBJECT

private slots:
    void netmask_data();
    void netmask();
    void network_data();
    void network();
    void matchAddress_data();
    void matchAddress();
    void matchDomain_data();
    void matchDomain();
    void matchBoth_data();
    void matchBoth();
    void sizeAndDomains();
    void expiry();
    void expiryFallback();
    void randomCrossCheck();
};

void TestAccessList::netmask_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addColumn<int>("prefix");

    QTest::newRow("/0") << "0.0.0.0" << 0;
    QTest::newRow("/1") << "128.0.0.0" << 1;
    QTest::newRow("/8") << "255.0.0.0" << 8;
    QTest::newRow("/20") << "255.255.240.0" << 20;
    QTest::newRow("/24") << "255.255.255.0" << 24;
    QTest::newRow("/31") << "255.255.255.254" << 31;
    QTest::newRow("/32") << "255.255.255.255" << 32;
    QTest::newRow("hole") << "255.0.255.0" << -1;
    QTest::newRow("inverted") << "0.255.255.255" << -1;
    QTest::newRow("one bit off") << "255.255.253.0" << -1;
    QTest::newRow("three parts") << "255.255.255" << -1;
    QTest::newRow("octet too large") << "255.255.256.0" << -1;
    QTest::newRow("leading zero") << "255.255.255.00" << -1;
    QTest::newRow("space") << " 255.0.0.0" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("ipv6") << "ffff::" << -1;
}

void TestAccessList::netmask()
{
    QFETCH(QString, mask);
    QFETCH(int, prefix);
    QCOMPARE(netmaskPrefixLength(mask), prefix);
}

void TestAccessList::network_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("network"); // empty: invalid
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("reason");

    QTest::newRow("ipv4 single") << "10.1.2.3"
                                 << "10.1.2.3" << 32 << QString();
    QTest::newRow("ipv6 single") << "2001:DB8::1"
                                 << "2001:db8::1" << 128 << QString();
    QTest::newRow("mapped single stays ipv6") << "::ffff:10.1.2.3"
                                              << "::ffff:10.1.2.3" << 128 << QString();
    QTest::newRow("mask") << "10.1.2.3 255.255.0.0"
                          << "10.1.0.0" << 16 << QString();
    QTest::newRow("mask /0") << "10.1.2.3 0.0.0.0"
                             << "0.0.0.0" << 0 << QString();
    QTest::newRow("ipv4 prefix") << "10.1.2.3/24"
                                 << "10.1.2.0" << 24 << QString();
    QTest::newRow("ipv4 /32") << "10.1.2.3/32"
                              << "10.1.2.3" << 32 << QString();
    QTest::newRow("ipv4 /0") << "10.1.2.3/0"
                             << "0.0.0.0" << 0 << QString();
    QTest::newRow("ipv6 prefix") << "2001:db8:ffff::1/33"
                                 << "2001:db8:8000::" << 33 << QString();
    QTest::newRow("ipv6 /0") << "ffff::1/0"
                             << "::" << 0 << QString();
    QTest::newRow("ipv6 /128") << "ffff::1/128"
                               << "ffff::1" << 128 << QString();
    QTest::newRow("bad mask") << "10.0.0.0 255.0.255.0" << QString() << -1 << "contiguous";
    QTest::newRow("mask on ipv6") << "2001:db8:: 255.255.0.0" << QString() << -1 << "IPv4 addresses only";
    QTest::newRow("ipv4 prefix 33") << "10.0.0.0/33" << QString() << -1 << "out of range (0 to 32)";
    QTest::newRow("ipv6 prefix 129") << "2001:db8::/129" << QString() << -1 << "out of range (0 to 128)";
    QTest::newRow("negative prefix") << "10.0.0.0/-2" << QString() << -1 << "out of range";
    QTest::newRow("octal-looking") << "010.0.0.1" << QString() << -1 << "not a valid";
    QTest::newRow("short form") << "10.1" << QString() << -1 << "not a valid";
    QTest::newRow("hex form") << "=0x7f.0.0.1" << QString() << -1 << "not a valid";
    QTest::newRow("scope id") << "fe80::1%eth0" << QString() << -1 << "not a valid";
    QTest::newRow("mapped, leading zero") << "::ffff:10.01.2.3" << QString() << -1 << "not a valid";
    QTest::newRow("too many groups") << "1:2:3:4:5:6:7:8:9" << QString() << -1 << "not a valid";
}

void TestAccessList::network()
{
    QFETCH(QString, spec);
    QFETCH(QString, network);
    QFETCH(int, prefix);
    QFETCH(QString, reason);

    QHostAddress actual;
    int actualPrefix = -1;
    QString error;
    const bool ok = entryNetwork(entry(spec), &actual, &actualPrefix, &error);
    QCOMPARE(ok, !network.isEmpty());
    if (ok) {
        QVERIFY(error.isEmpty());
        QCOMPARE(actual.toString(), network);
        QCOMPARE(actual.protocol(), QHostAddress(network).protocol());
        QCOMPARE(actualPrefix, prefix);
    } else {
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
}

void TestAccessList::matchAddress_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QString>("client");
    QTest::addColumn<int>("expected");

    const QStringList none;
    QTest::newRow("empty list") << none << "10.0.0.1" << -1;
    QTest::newRow("single") << QStringList{"192.0.2.1"_q} << "192.0.2.1" << 0;
    QTest::newRow("single, neighbour") << QStringList{"192.0.2.1"_q} << "192.0.2.2" << -1;
    QTest::newRow("group low edge") << QStringList{"10.1.0.0/16"_q} << "10.1.0.0" << 0;
    QTest::newRow("group high edge") << QStringList{"10.1.0.0/16"_q} << "10.1.255.255" << 0;
    QTest::newRow("group below") << QStringList{"10.1.0.0/16"_q} << "10.0.255.255" << -1;
    QTest::newRow("group above") << QStringList{"10.1.0.0/16"_q} << "10.2.0.0" << -1;
    QTest::newRow("mask group") << QStringList{"10.1.0.0 255.255.0.0"_q} << "10.1.200.7" << 0;
    QTest::newRow("mask group, outside") << QStringList{"10.1.0.0 255.255.0.0"_q} << "10.3.0.1" << -1;
    QTest::newRow("host bits in group") << QStringList{"10.1.2.3/8"_q} << "10.200.0.1" << 0;
    QTest::newRow("first wins over more specific")
        << QStringList{"10.0.0.0/8"_q, "10.1.2.3"_q} << "10.1.2.3" << 0;
    QTest::newRow("specific first") << QStringList{"10.1.2.3"_q, "10.0.0.0/8"_q} << "10.1.2.3" << 0;
    QTest::newRow("specific first, other host")
        << QStringList{"10.1.2.3"_q, "10.0.0.0/8"_q} << "10.1.2.4" << 1;
    QTest::newRow("lowest of several")
        << QStringList{"192.168.0.0/16"_q, "10.1.0.0/16"_q, "10.0.0.0/8"_q, "10.1.2.0/24"_q} << "10.1.2.3"
        << 1;
    QTest::newRow("later fills the hole") << QStringList{"10.0.0.0/8"_q, "0.0.0.0/0"_q} << "11.0.0.1" << 1;
    QTest::newRow("earlier beats catch-all") << QStringList{"10.0.0.0/8"_q, "0.0.0.0/0"_q} << "10.0.0.1" << 0;
    QTest::newRow("ipv4 /0, low") << QStringList{"0.0.0.0/0"_q} << "0.0.0.0" << 0;
    QTest::newRow("ipv4 /0, high") << QStringList{"0.0.0.0/0"_q} << "255.255.255.255" << 0;
    QTest::newRow("ipv4 /0, mapped") << QStringList{"0.0.0.0/0"_q} << "::ffff:8.8.8.8" << 0;
    QTest::newRow("ipv4 /0, ipv6 client") << QStringList{"0.0.0.0/0"_q} << "2001:db8::1" << -1;
    QTest::newRow("ipv4 /0, ::") << QStringList{"0.0.0.0/0"_q} << "::" << -1;
    QTest::newRow("ipv6 /0") << QStringList{"::/0"_q} << "2001:db8::1" << 0;
    QTest::newRow("ipv6 /0, ::") << QStringList{"::/0"_q} << "::" << 0;
    QTest::newRow("ipv6 /0, all ones")
        << QStringList{"::/0"_q} << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << 0;
    QTest::newRow("ipv6 /0 covers ipv4") << QStringList{"::/0"_q} << "192.0.2.1" << 0;
    QTest::newRow("all ones single") << QStringList{"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_q}
                                     << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << 0;
    QTest::newRow("all ones single, below") << QStringList{"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_q}
                                            << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe" << -1;
    QTest::newRow("all ones /127") << QStringList{"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"_q}
                                   << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff" << 0;
    QTest::newRow("all ones /127, then ::/0")
        << QStringList{"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"_q, "::/0"_q}
        << "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffd" << 1;
    QTest::newRow("zero single") << QStringList{"::"_q} << "::" << 0;
    QTest::newRow("zero single, ::1") << QStringList{"::"_q} << "::1" << -1;
    QTest::newRow("ipv4 top single") << QStringList{"255.255.255.255"_q} << "255.255.255.255" << 0;
    QTest::newRow("ipv4 top single, mapped")
        << QStringList{"255.255.255.255"_q} << "::ffff:255.255.255.255" << 0;
    QTest::newRow("ipv4 top single, next key") << QStringList{"255.255.255.255"_q} << "::1:0:0:0" << -1;
    QTest::newRow("ipv4 zero single") << QStringList{"0.0.0.0"_q} << "0.0.0.0" << 0;
    QTest::newRow("ipv4 zero single, below") << QStringList{"0.0.0.0"_q} << "::fffe:ffff:ffff" << -1;
    QTest::newRow("mapped client, ipv4 entry") << QStringList{"10.1.0.0/16"_q} << "::ffff:10.1.2.3" << 0;
    QTest::newRow("mapped client, outside") << QStringList{"10.1.0.0/16"_q} << "::ffff:10.2.2.3" << -1;
    QTest::newRow("mapped entry, ipv4 client") << QStringList{"::ffff:10.1.2.3"_q} << "10.1.2.3" << 0;
    QTest::newRow("mapped group, ipv4 client") << QStringList{"::ffff:10.0.0.0/104"_q} << "10.9.9.9" << 0;
    QTest::newRow("compatible client") << QStringList{"10.1.0.0/16"_q} << "::10.1.2.3" << -1;
    QTest::newRow("embedding ipv6 client") << QStringList{"10.1.0.0/16"_q} << "2001:db8::a01:203" << -1;
    QTest::newRow("ipv6 group") << QStringList{"2001:db8::/32"_q} << "2001:db8:ffff:ffff::1" << 0;
    QTest::newRow("ipv6 group, outside") << QStringList{"2001:db8::/32"_q} << "2001:db9::" << -1;
    QTest::newRow("scope id ignored") << QStringList{"fe80::/10"_q} << "fe80::1%eth0" << 0;
    QTest::newRow("invalid entry keeps indexes")
        << QStringList{"010.0.0.1"_q, "10.0.0.0/8"_q} << "10.0.0.1" << 1;
    QTest::newRow("bad mask skipped")
        << QStringList{"10.0.0.0 255.0.255.0"_q, "10.0.0.0/8"_q} << "10.0.0.1" << 1;
    QTest::newRow("domain entry ignored") << QStringList{"corp.example"_q, "10.0.0.0/8"_q} << "10.0.0.1" << 1;
    QTest::newRow("nested") << QStringList{"10.1.0.0/16"_q, "10.0.0.0/8"_q, "10.1.2.0/24"_q} << "10.1.2.3"
                            << 0;
    QTest::newRow("nested, outer") << QStringList{"10.1.0.0/16"_q, "10.0.0.0/8"_q, "10.1.2.0/24"_q}
                                   << "10.2.0.0" << 1;
    QTest::newRow("null client") << QStringList{"::/0"_q, "0.0.0.0/0"_q} << "" << -1;
}

void TestAccessList::matchAddress()
{
    QFETCH(QStringList, list);
    QFETCH(QString, client);
    QFETCH(int, expected);

    const QList<AccessEntry> all = entries(list);
    const auto compiled = CompiledAccessList::compile(all, Now);
    QCOMPARE(compiled.matchAddress(QHostAddress(client), Now), expected);
    QCOMPARE(compiled.match(QHostAddress(client), QString(), Now), expected);
    QCOMPARE(naiveAddress(all, QHostAddress(client), Now), expected); // the reference agrees
}

void TestAccessList::matchDomain_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expected");

    const QStringList corp{"corp.example"_q};
    QTest::newRow("the domain") << corp << "corp.example" << 0;
    QTest::newRow("below") << corp << "a.corp.example" << 0;
    QTest::newRow("deep below") << corp << "x.y.z.corp.example" << 0;
    QTest::newRow("case and dot") << corp << "A.CORP.Example." << 0;
    QTest::newRow("suffix without dot") << corp << "evilcorp.example" << -1;
    QTest::newRow("domain as prefix") << corp << "corp.example.evil" << -1;
    QTest::newRow("parent") << corp << "example" << -1;
    QTest::newRow("empty name") << corp << "" << -1;
    QTest::newRow("empty label in name") << corp << "a..corp.example" << -1;
    QTest::newRow("entry with dot and case") << QStringList{"Corp.Example."_q} << "mail.corp.example" << 0;
    QTest::newRow("first wins over more specific")
        << QStringList{"example"_q, "corp.example"_q} << "a.corp.example" << 0;
    QTest::newRow("specific first") << QStringList{"corp.example"_q, "example"_q} << "a.corp.example" << 0;
    QTest::newRow("specific first, other name")
        << QStringList{"corp.example"_q, "example"_q} << "b.example" << 1;
    QTest::newRow("duplicate entries")
        << QStringList{"10.0.0.1"_q, "corp.example"_q, "corp.example"_q} << "corp.example" << 1;
    QTest::newRow("invalid entry skipped")
        << QStringList{"a..b"_q, "corp.example"_q} << "x.corp.example" << 1;
    QTest::newRow("address entries ignored") << QStringList{"0.0.0.0/0"_q, "::/0"_q} << "corp.example" << -1;
}

void TestAccessList::matchDomain()
{
    QFETCH(QStringList, list);
    QFETCH(QString, name);
    QFETCH(int, expected);

    const QList<AccessEntry> all = entries(list);
    const auto compiled = CompiledAccessList::compile(all, Now);
    QCOMPARE(compiled.matchDomain(name, Now), expected);
    QCOMPARE(compiled.match(QHostAddress(), name, Now), expected);
}

void TestAccessList::matchBoth_data()
{
    QTest::addColumn<QStringList>("list");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("expected");

    const QStringList domainFirst{"corp.example"_q, "10.0.0.0/8"_q};
    const QStringList addressFirst{"10.0.0.0/8"_q, "corp.example"_q};
    QTest::newRow("both, domain first") << domainFirst << "10.1.1.1"
                                        << "x.corp.example" << 0;
    QTest::newRow("both, address first") << addressFirst << "10.1.1.1"
                                         << "x.corp.example" << 0;
    QTest::newRow("address only") << domainFirst << "10.1.1.1"
                                  << "other.example" << 1;
    QTest::newRow("no name") << domainFirst << "10.1.1.1" << QString() << 1;
    QTest::newRow("name only") << addressFirst << "192.0.2.1"
                               << "x.corp.example" << 1;
    QTest::newRow("neither") << addressFirst << "192.0.2.1"
                             << "other.example" << -1;
}

void TestAccessList::matchBoth()
{
    QFETCH(QStringList, list);
    QFETCH(QString, client);
    QFETCH(QString, name);
    QFETCH(int, expected);

    const auto compiled = CompiledAccessList::compile(entries(list), Now);
    QCOMPARE(compiled.match(QHostAddress(client), name, Now), expected);
}

void TestAccessList::sizeAndDomains()
{
    auto compiled = CompiledAccessList::compile({}, Now);
    QCOMPARE(compiled.size(), 0);
    QVERIFY(!compiled.hasDomainEntries());

    QList<AccessEntry> list =
        entries({"10.0.0.0/8"_q, "corp.example"_q, "010.0.0.1"_q, ""_q, "2001:db8::/32"_q});
    list.append(entry(QStringLiteral("192.0.2.1"), Now.addSecs(-1)));
    compiled = CompiledAccessList::compile(list, Now);
    QCOMPARE(compiled.size(), 3);
    QVERIFY(compiled.hasDomainEntries());

    compiled = CompiledAccessList::compile(entries({"10.0.0.0/8"_q, "2001:db8::1"_q}), Now);
    QCOMPARE(compiled.size(), 2);
    QVERIFY(!compiled.hasDomainEntries());

    compiled = CompiledAccessList::compile({entry(QStringLiteral("corp.example"), Now)}, Now);
    QCOMPARE(compiled.size(), 0);
    QVERIFY(!compiled.hasDomainEntries());

    const CompiledAccessList empty;
    QCOMPARE(empty.matchAddress(QHostAddress(QStringLiteral("10.0.0.1")), Now), -1);
    QCOMPARE(empty.matchDomain(QStringLiteral("corp.example"), Now), -1);
}

void TestAccessList::expiry()
{
    const QHostAddress client(QStringLiteral("10.1.1.1"));
    const QList<AccessEntry> list{
        entry(QStringLiteral("10.0.0.0/8"), Now.addSecs(-1)), entry(QStringLiteral("10.1.0.0/16"), Now),
        entry(QStringLiteral("10.1.1.0/24"), Now.addMSecs(1)), entry(QStringLiteral("10.1.1.1"))};
    // Expired before now and at now: left out; one millisecond later: still in.
    auto compiled = CompiledAccessList::compile(list, Now);
    QCOMPARE(compiled.size(), 2);
    QCOMPARE(compiled.matchAddress(client, Now), 2);
    QCOMPARE(compiled.matchAddress(client, Now.addMSecs(1)), 3);

    // An expiry in another time zone is the same instant.
    const QList<AccessEntry> zoned{entry(QStringLiteral("10.0.0.0/8"), Now.toOffsetFromUtc(3600).addSecs(60)),
                                   entry(QStringLiteral("0.0.0.0/0"))};
    compiled = CompiledAccessList::compile(zoned, Now);
    QCOMPARE(compiled.matchAddress(client, Now.addSecs(59)), 0);
    QCOMPARE(compiled.matchAddress(client, Now.addSecs(60)), 1);

    // An invalid `now` treats no entry as expired.
    compiled = CompiledAccessList::compile(list, QDateTime());
    QCOMPARE(compiled.size(), 4);
    QCOMPARE(compiled.matchAddress(client, QDateTime()), 0);
}

void TestAccessList::expiryFallback()
{
    // Compiled at Now, looked up later: past the earliest expiry the lookup must notice
    // that the compiled intervals are stale and scan instead.
    QList<AccessEntry> list{entry(QStringLiteral("10.0.0.0/8"), Now.addSecs(3600)),
                            entry(QStringLiteral("corp.example"), Now.addSecs(7200)),
                            entry(QStringLiteral("10.1.0.0/16"), Now.addSecs(10800)),
                            entry(QStringLiteral("example")), entry(QStringLiteral("10.1.2.3"))};
    const auto compiled = CompiledAccessList::compile(list, Now);
    const QHostAddress inner(QStringLiteral("10.1.2.3"));
    const QHostAddress outer(QStringLiteral("10.9.9.9"));
    const QString name = QStringLiteral("mail.corp.example");

    QCOMPARE(compiled.matchAddress(inner, Now), 0);
    QCOMPARE(compiled.matchAddress(inner, Now.addSecs(3599)), 0);
    QCOMPARE(compiled.matchAddress(inner, Now.addSecs(3600)), 2);
    QCOMPARE(compiled.matchAddress(outer, Now.addSecs(3600)), -1);
    QCOMPARE(compiled.matchAddress(inner, Now.addSecs(10800)), 4);
    QCOMPARE(compiled.matchAddress(QHostAddress(QStringLiteral("::ffff:10.1.2.3")), Now.addSecs(10800)), 4);
    QCOMPARE(compiled.matchDomain(name, Now.addSecs(3600)), 1);
    QCOMPARE(compiled.matchDomain(name, Now.addSecs(7200)), 3);
    QCOMPARE(compiled.matchDomain(QStringLiteral("evilcorp.example"), Now.addSecs(3600)), 3);
    QCOMPARE(compiled.matchDomain(QStringLiteral("corp.example."), Now.addSecs(3600)), 1);
    QCOMPARE(compiled.matchDomain(QStringLiteral("corp.example.org"), Now.addSecs(7200)), -1);
    QCOMPARE(compiled.match(inner, name, Now.addSecs(3600)), 1);
    QCOMPARE(compiled.match(inner, name, Now.addSecs(7200)), 2);
    QCOMPARE(compiled.match(outer, name, Now.addSecs(7200)), 3);
    QCOMPARE(compiled.match(inner, QString(), Now.addSecs(7200)), 2);

    // Recompiling later gives the same answers on the fast path.
    const auto later = CompiledAccessList::compile(list, Now.addSecs(7200));
    QCOMPARE(later.size(), 3);
    QCOMPARE(later.matchAddress(inner, Now.addSecs(7200)), 2);
    QCOMPARE(later.matchDomain(name, Now.addSecs(7200)), 3);
}

void TestAccessList::randomCrossCheck()
{
    QRandomGenerator random(20260301);
    auto bounded = [&random](int limit) {
        return int(random.bounded(limit));
    };
    auto ipv4 = [&]() {
        // Mostly inside 10.0.0.0/12 so that entries overlap a lot.
        const quint32 base =
            bounded(8) == 0 ? random.generate() : (0x0a000000u | (random.generate() & 0xfffffu));
        return QHostAddress(base);
    };
    auto ipv6 = [&]() {
        Q_IPV6ADDR bytes{};
        bytes[0] = 0x20;
        bytes[1] = 0x01;
        bytes[2] = 0x0d;
        bytes[3] = 0xb8;
        for (int i = 4; i < 16; ++i)
            bytes[i] = quint8(bounded(3) == 0 ? random.bounded(256) : (i < 14 ? 0 : random.bounded(4)));
        if (bounded(10) == 0)
            for (int i = 0; i < 16; ++i)
                bytes[i] = bounded(4) == 0 ? 0xff : quint8(random.bounded(256));
        return QHostAddress(bytes);
    };
    const QStringList names{QStringLiteral("corp.example"),     QStringLiteral("a.corp.example"),
                            QStringLiteral("example"),          QStringLiteral("evilcorp.example"),
                            QStringLiteral("b.a.corp.example"), QStringLiteral("other.test")};

    QList<AccessEntry> list;
    for (int i = 0; i < 3000; ++i) {
        AccessEntry e;
        const int kind = bounded(20);
        if (kind == 0) {
            e.type = AccessEntryType::Domain;
            e.name = names[bounded(int(names.size()))];
        } else {
            const bool v4 = kind < 12;
            const QHostAddress address = v4 ? ipv4() : ipv6();
            e.address = address.toString();
            if (bounded(3) != 0) {
                e.type = AccessEntryType::Group;
                if (v4 && bounded(4) == 0)
                    e.mask = QHostAddress(bounded(32) == 0 ? 0u : ~0u << bounded(11)).toString();
                else
                    e.prefixLength = v4 ? 22 + bounded(11) : 100 + bounded(29);
                if (i > 2990 && !v4)
                    e.prefixLength = 48 + bounded(16); // a few wide groups late in the list
                if (!e.mask.isEmpty() && e.prefixLength >= 0)
                    e.mask.clear();
            }
        }
        const int expiry = bounded(10);
        if (expiry == 0)
            e.expires = Now.addSecs(-bounded(1000) - 1);
        else if (expiry <= 2)
            e.expires = Now.addSecs(bounded(1000));
        list.append(e);
    }
    const auto compiled = CompiledAccessList::compile(list, Now);
    const NaiveList naive(list);

    QList<QHostAddress> clients;
    for (int i = 0; i < 3000; ++i) {
        const int kind = bounded(10);
        if (kind < 4) {
            clients.append(ipv4());
        } else if (kind < 7) {
            clients.append(ipv6());
        } else {
            // The edges of an entry and their neighbours, as IPv4, mapped or IPv6.
            const AccessEntry &e = list[bounded(int(list.size()))];
            QHostAddress network;
            int prefix = 0;
            if (!entryNetwork(e, &network, &prefix, nullptr)) {
                clients.append(QHostAddress(QStringLiteral("::ffff:10.0.0.1")));
                continue;
            }
            Q_IPV6ADDR bytes = mapped(network).toIPv6Address();
            const int bits = network.protocol() == QAbstractSocket::IPv4Protocol ? prefix + 96 : prefix;
            const bool high = bounded(2) == 0;
            for (int bit = bits; bit < 128; ++bit) {
                if (high)
                    bytes[bit / 8] |= quint8(0x80 >> (bit % 8));
            }
            const int step = bounded(3) - 1; // -1, 0, +1 with carry
            for (int b = 15; step != 0 && b >= 0; --b) {
                bytes[b] = quint8(bytes[b] + step);
                if ((step > 0 && bytes[b] != 0) || (step < 0 && bytes[b] != 0xff))
                    break;
            }
            const QHostAddress edge(bytes);
            bool isV4 = false;
            const quint32 v4 = edge.toIPv4Address(&isV4);
            clients.append(isV4 && bounded(2) == 0 ? QHostAddress(v4) : edge);
        }
    }

    int matched = 0;
    int fallbackDiffers = 0;
    const QList<QDateTime> times{Now, Now.addSecs(500), Now.addSecs(2000)};
    for (const QHostAddress &client : std::as_const(clients)) {
        for (const QDateTime &when : times) {
            const int expected = naive.match(client, when);
            const int actual = compiled.matchAddress(client, when);
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("%1 at %2: compiled %3, linear %4")
                                     .arg(client.toString(), when.toString(Qt::ISODate))
                                     .arg(actual)
                                     .arg(expected)));
            matched += expected >= 0 ? 1 : 0;
            if (when != Now && expected != naive.match(client, Now))
                ++fallbackDiffers;
        }
    }
    // The data must exercise both outcomes and the expiry fallback.
    QVERIFY2(matched > 1000, qPrintable(QString::number(matched)));
    QVERIFY2(matched < 8000, qPrintable(QString::number(matched))); // of 9000
    QVERIFY2(fallbackDiffers > 10, qPrintable(QString::number(fallbackDiffers)));

    const QStringList probes{QStringLiteral("corp.example"),
                             QStringLiteral("x.corp.example"),
                             QStringLiteral("A.Corp.Example."),
                             QStringLiteral("b.a.corp.example"),
                             QStringLiteral("evilcorp.example"),
                             QStringLiteral("x.evilcorp.example"),
                             QStringLiteral("example"),
                             QStringLiteral("other.test"),
                             QStringLiteral("test"),
                             QStringLiteral("")};
    for (const QString &name : probes) {
        for (const QDateTime &when : times)
            QCOMPARE(compiled.matchDomain(name, when), naiveDomain(list, name, when));
    }
}

QTEST_APPLESS_MAIN(TestAccessList)
#include "tst_accesslist.moc"

#include "dnsresolver.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

// Runs DnsHostNameResolver against fakedns.py, a real DNS responder on a random loopback
// address (127.53.x.y, port 53: QDnsLookup in Qt 6.4 cannot use another port).
class TestDnsResolver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void confirmedName();
    void ptrWithoutMatchingAddress();
    void noPtr();
    void ptrNameWithoutAddressRecords();
    void firstConfirmedOfSeveralPtrNames();
    void ipv6();
    void ipv6NameWithOnlyIpv4Records();
    void mappedIpv4();
    void invalidAddress();
    void cacheHit();
    void negativeCacheHit();
    void zeroTtlIsNotCached();
    void concurrentLookupsShareQueries();
    void timeout();
    void nothingListening();
    void destroyedWhileRunning();

private:
    struct Outcome
    {
        int emitted = 0;
        bool synchronous = false; // emitted before lookup() returned
        QHostAddress address;
        QString name;
    };
    Outcome resolve(DnsHostNameResolver &resolver, const QHostAddress &address, int waitMs = 5000);
    std::unique_ptr<DnsHostNameResolver> newResolver();
    int querySyncPoint(); // number of resolver queries the server has seen, exact
    void readServerOutput();

    QTemporaryDir m_dir;
    QProcess m_server;
    QHostAddress m_serverAddress;
    QStringList m_lines;
    QByteArray m_partial;
    bool m_ready = false;
    QString m_bindError;
    int m_syncCounter = 0;
};

namespace {

QJsonObject record(const QString &name, const QString &type, const QString &value, int ttl = 300)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("value"), value},
                       {QStringLiteral("ttl"), ttl}};
}

QJsonObject zone()
{
    const QString ptr = QStringLiteral("PTR");
    const QString a = QStringLiteral("A");
    const QString aaaa = QStringLiteral("AAAA");
    const QString v6Reverse =
        QStringLiteral("5.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    const QString v6Reverse26 =
        QStringLiteral("6.2.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa");
    const QJsonArray records{
        // Confirmed; the PTR is in mixed case with a trailing dot.
        record(QStringLiteral("10.2.0.192.in-addr.arpa"), ptr, QStringLiteral("Mail.Example.TEST.")),
        record(QStringLiteral("mail.example.test"), a, QStringLiteral("192.0.2.9")),
        record(QStringLiteral("mail.example.test"), a, QStringLiteral("192.0.2.10")),
        // A PTR that claims a name whose address is elsewhere.
        record(QStringLiteral("20.2.0.192.in-addr.arpa"), ptr, QStringLiteral("spoof.example.test.")),
        record(QStringLiteral("spoof.example.test"), a, QStringLiteral("198.51.100.1")),
        // 192.0.2.30: no PTR at all (NXDOMAIN).
        // A reverse name that exists but has no PTR record (NODATA).
        record(QStringLiteral("32.2.0.192.in-addr.arpa"), QStringLiteral("TXT"),
               QStringLiteral("no PTR here")),
        // A PTR name that exists but has no address records (NODATA).
        record(QStringLiteral("31.2.0.192.in-addr.arpa"), ptr, QStringLiteral("noaddr.example.test.")),
        record(QStringLiteral("noaddr.example.test"), QStringLiteral("TXT"),
               QStringLiteral("no address here")),
        // Two PTR names; only the second confirms.
        record(QStringLiteral("40.2.0.192.in-addr.arpa"), ptr, QStringLiteral("bogus.example.test.")),
        record(QStringLiteral("40.2.0.192.in-addr.arpa"), ptr, QStringLiteral("good.example.test.")),
        record(QStringLiteral("bogus.example.test"), a, QStringLiteral("198.51.100.2")),
        record(QStringLiteral("good.example.test"), a, QStringLiteral("192.0.2.40")),
        // Would confirm, but the server answers the PTR query only after 1.5 s.
        record(QStringLiteral("50.2.0.192.in-addr.arpa"), ptr, QStringLiteral("slow.example.test.")),
        record(QStringLiteral("slow.example.test"), a, QStringLiteral("192.0.2.50")),
        // Confirmed, but with TTL 0: must not be cached.
        record(QStringLiteral("60.2.0.192.in-addr.arpa"), ptr, QStringLiteral("zero.example.test."), 0),
        record(QStringLiteral("zero.example.test"), a, QStringLiteral("192.0.2.60"), 0),
        // IPv6.
        record(v6Reverse, ptr, QStringLiteral("v6.example.test.")),
        record(QStringLiteral("v6.example.test"), aaaa, QStringLiteral("2001:db8::25")),
        record(v6Reverse26, ptr, QStringLiteral("v4only.example.test.")),
        record(QStringLiteral("v4only.example.test"), a, QStringLiteral("192.0.2.26")),
    };
    return QJsonObject{
        {QStringLiteral("records"), records},
        {QStringLiteral("delays"), QJsonObject{{QStringLiteral("50.2.0.192.in-addr.arpa"), 1500}}}};
}

} // namespace

void TestDnsResolver::initTestCase()
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python))
        QSKIP("/usr/bin/python3 is needed to run the fake DNS server");
    QVERIFY(m_dir.isValid());

    const QString zonePath = m_dir.filePath(QStringLiteral("zone.json"));
    QFile zoneFile(zonePath);
    QVERIFY(zoneFile.open(QIODevice::WriteOnly));
    QVERIFY(zoneFile.write(QJsonDocument(zone()).toJson()) > 0);
    zoneFile.close();

    auto *random = QRandomGenerator::global();
    m_serverAddress = QHostAddress(QStringLiteral("127.53.%1.%2")
                                       .arg(random->bounded(1, 255))
                                       .arg(random->bounded(1, 254))); // leaves room for +1 below

    connect(&m_server, &QProcess::readyReadStandardOutput, this, &TestDnsResolver::readServerOutput);
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start(python,
                   {QStringLiteral("-u"), QString::fromUtf8(RELAYDESK_FAKEDNS_SCRIPT),
                    QStringLiteral("--address"), m_serverAddress.toString(), QStringLiteral("--zone"),
                    zonePath});
    QVERIFY2(m_server.waitForStarted(5000), qPrintable(m_server.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_ready || !m_bindError.isEmpty() || m_server.state() == QProcess::NotRunning,
                             10000);

    if (m_bindError.startsWith(QLatin1String("EACCES")) || m_bindError.startsWith(QLatin1String("EPERM"))) {
        const QByteArray reason = "binding " + m_serverAddress.toString().toUtf8()
            + " port 53 is not permitted here (" + m_bindError.toUtf8()
            + "); QDnsLookup in Qt 6.4 can only query port 53";
        QSKIP(reason.constData());
    }
    QVERIFY2(m_ready,
             qPrintable(QStringLiteral("fake DNS server did not start: ") + m_bindError
                        + m_lines.join(QLatin1Char('\n'))));
}

void TestDnsResolver::cleanupTestCase()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

void TestDnsResolver::readServerOutput()
{
    m_partial += m_server.readAllStandardOutput();
    qsizetype end;
    while ((end = m_partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partial.left(end)).trimmed();
        m_partial.remove(0, end + 1);
        if (line.startsWith(QLatin1String("ready ")))
            m_ready = true;
        else if (line.startsWith(QLatin1String("bind-error ")))
            m_bindError = line.mid(11);
        else
            m_lines.append(line);
    }
}

// Asks the server for a sync-point TXT name and waits until its query line has been read.
// The server handles one query at a time and prints before it answers, so every query sent
// before the sync point is counted.
int TestDnsResolver::querySyncPoint()
{
    const QString name = QStringLiteral("sync-%1.test").arg(++m_syncCounter);
    QDnsLookup sync(QDnsLookup::TXT, name, m_serverAddress);
    QSignalSpy done(&sync, &QDnsLookup::finished);
    sync.lookup();
    if (!done.wait(5000))
        return -1;
    const QString expected = QStringLiteral("query ") + name + QStringLiteral(" TXT");
    QElapsedTimer clock;
    clock.start();
    while (!m_lines.contains(expected)) {
        if (clock.hasExpired(5000))
            return -1;
        QTest::qWait(10);
    }
    int count = 0;
    for (const QString &line : std::as_const(m_lines)) {
        if (line.startsWith(QLatin1String("query ")) && !line.startsWith(QLatin1String("query sync-")))
            ++count;
    }
    return count;
}

std::unique_ptr<DnsHostNameResolver> TestDnsResolver::newResolver()
{
    auto resolver = std::make_unique<DnsHostNameResolver>();
    resolver->setNameserver(m_serverAddress);
    return resolver;
}

TestDnsResolver::Outcome TestDnsResolver::resolve(DnsHostNameResolver &resolver, const QHostAddress &address,
                                                  int waitMs)
{
    Outcome outcome;
    QSignalSpy spy(&resolver, &HostNameResolver::finished);
    resolver.lookup(address);
    outcome.synchronous = !spy.isEmpty();
    if (spy.isEmpty())
        spy.wait(waitMs);
    outcome.emitted = static_cast<int>(spy.count());
    if (!spy.isEmpty()) {
        outcome.address = spy.first().at(0).value<QHostAddress>();
        outcome.name = spy.first().at(1).toString();
    }
    return outcome;
}

void TestDnsResolver::confirmedName()
{
    auto resolver = newResolver();
    const QHostAddress address(QStringLiteral("192.0.2.10"));
    const Outcome outcome = resolve(*resolver, address);
    QVERIFY(!outcome.synchronous);
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.address, address);
    QCOMPARE(outcome.name, QStringLiteral("mail.example.test"));
}

void TestDnsResolver::ptrWithoutMatchingAddress()
{
    auto resolver = newResolver();
    const Outcome outcome = resolve(*resolver, QHostAddress(QStringLiteral("192.0.2.20")));
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.name, QString());
    QVERIFY(m_lines.contains(QStringLiteral("query spoof.example.test A")));
}

void TestDnsResolver::noPtr()
{
    auto resolver = newResolver();
    const Outcome outcome = resolve(*resolver, QHostAddress(QStringLiteral("192.0.2.30")));
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.name, QString());
}

void TestDnsResolver::ptrNameWithoutAddressRecords()
{
    auto resolver = newResolver();
    const Outcome outcome = resolve(*resolver, QHostAddress(QStringLiteral("192.0.2.31")));
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.name, QString());
    QVERIFY(m_lines.contains(QStringLiteral("query noaddr.example.test A")));

    const Outcome noPtrRecord = resolve(*resolver, QHostAddress(QStringLiteral("192.0.2.32")));
    QCOMPARE(noPtrRecord.emitted, 1);
    QCOMPARE(noPtrRecord.name, QString());
}

void TestDnsResolver::firstConfirmedOfSeveralPtrNames()
{
    auto resolver = newResolver();
    const Outcome outcome = resolve(*resolver, QHostAddress(QStringLiteral("192.0.2.40")));
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.name, QStringLiteral("good.example.test"));
}

void TestDnsResolver::ipv6()
{
    auto resolver = newResolver();
    const QHostAddress address(QStringLiteral("2001:db8::25"));
    const Outcome outcome = resolve(*resolver, address);
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.address, address);
    QCOMPARE(outcome.name, QStringLiteral("v6.example.test"));
    QVERIFY(m_lines.contains(QStringLiteral("query v6.example.test AAAA")));
}

void TestDnsResolver::ipv6NameWithOnlyIpv4Records()
{
    auto resolver = newResolver();
    const Outcome outcome = resolve(*resolver, QHostAddress(QStringLiteral("2001:db8::26")));
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.name, QString());
}

void TestDnsResolver::mappedIpv4()
{
    auto resolver = newResolver();
    const QHostAddress mapped(QStringLiteral("::ffff:192.0.2.10"));
    const Outcome outcome = resolve(*resolver, mapped);
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.address, mapped); // the caller's form comes back
    QCOMPARE(outcome.name, QStringLiteral("mail.example.test"));

    // The mapped and the plain form share one cache entry.
    const int before = querySyncPoint();
    QVERIFY(before >= 0);
    const Outcome plain = resolve(*resolver, QHostAddress(QStringLiteral("192.0.2.10")));
    QCOMPARE(plain.name, QStringLiteral("mail.example.test"));
    QCOMPARE(querySyncPoint(), before);
}

void TestDnsResolver::invalidAddress()
{
    auto resolver = newResolver();
    const Outcome outcome = resolve(*resolver, QHostAddress());
    QVERIFY(!outcome.synchronous);
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.name, QString());
}

void TestDnsResolver::cacheHit()
{
    auto resolver = newResolver();
    const QHostAddress address(QStringLiteral("192.0.2.10"));
    const int start = querySyncPoint();
    QVERIFY(start >= 0);

    QCOMPARE(resolve(*resolver, address).name, QStringLiteral("mail.example.test"));
    const int afterFirst = querySyncPoint();
    QCOMPARE(afterFirst, start + 2); // PTR and A
    QCOMPARE(resolver->cacheSize(), 1);

    const Outcome second = resolve(*resolver, address);
    QVERIFY(!second.synchronous); // queued even on a cache hit
    QCOMPARE(second.emitted, 1);
    QCOMPARE(second.name, QStringLiteral("mail.example.test"));
    QCOMPARE(querySyncPoint(), afterFirst);

    // Clearing the cache asks DNS again.
    resolver->clearCache();
    QCOMPARE(resolve(*resolver, address).name, QStringLiteral("mail.example.test"));
    QCOMPARE(querySyncPoint(), afterFirst + 2);
}

void TestDnsResolver::negativeCacheHit()
{
    auto resolver = newResolver();
    const QHostAddress address(QStringLiteral("192.0.2.20"));
    QCOMPARE(resolve(*resolver, address).name, QString());
    const int afterFirst = querySyncPoint();
    QCOMPARE(resolver->cacheSize(), 1);

    const Outcome second = resolve(*resolver, address);
    QVERIFY(!second.synchronous);
    QCOMPARE(second.emitted, 1);
    QCOMPARE(second.name, QString());
    QCOMPARE(querySyncPoint(), afterFirst);
}

void TestDnsResolver::zeroTtlIsNotCached()
{
    auto resolver = newResolver();
    const QHostAddress address(QStringLiteral("192.0.2.60"));
    QCOMPARE(resolve(*resolver, address).name, QStringLiteral("zero.example.test"));
    const int afterFirst = querySyncPoint();
    QCOMPARE(resolver->cacheSize(), 0);
    QCOMPARE(resolve(*resolver, address).name, QStringLiteral("zero.example.test"));
    QCOMPARE(querySyncPoint(), afterFirst + 2);
}

void TestDnsResolver::concurrentLookupsShareQueries()
{
    auto resolver = newResolver();
    const QHostAddress plain(QStringLiteral("192.0.2.40"));
    const QHostAddress mapped(QStringLiteral("::ffff:192.0.2.40"));
    const int start = querySyncPoint();
    QVERIFY(start >= 0);

    QSignalSpy spy(resolver.get(), &HostNameResolver::finished);
    resolver->lookup(plain);
    resolver->lookup(mapped);
    resolver->lookup(plain);
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 5000);

    QList<QHostAddress> addresses;
    for (const QList<QVariant> &arguments : std::as_const(spy)) {
        addresses.append(arguments.at(0).value<QHostAddress>());
        QCOMPARE(arguments.at(1).toString(), QStringLiteral("good.example.test"));
    }
    QCOMPARE(addresses, (QList<QHostAddress>{plain, mapped, plain}));
    QCOMPARE(querySyncPoint(), start + 3); // one PTR, two A
}

void TestDnsResolver::timeout()
{
    auto resolver = newResolver();
    resolver->setTimeout(300);
    QCOMPARE(resolver->timeout(), 300);
    const QHostAddress address(QStringLiteral("192.0.2.50"));

    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = resolve(*resolver, address);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.name, QString()); // given up before the answer (it comes after 1.5 s)
    QVERIFY2(elapsed >= 250, qPrintable(QString::number(elapsed)));
    QCOMPARE(resolver->cacheSize(), 0); // a timeout is not a negative answer

    // Not cached: with time enough the same address confirms, and exactly one more signal arrives
    // (the late answer to the first query is ignored).
    QSignalSpy spy(resolver.get(), &HostNameResolver::finished);
    resolver->setTimeout(4000);
    resolver->lookup(address);
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(1).toString(), QStringLiteral("slow.example.test"));
}

void TestDnsResolver::nothingListening()
{
    // The address next to the server's: no socket is bound there.
    const QHostAddress silent(m_serverAddress.toIPv4Address() + 1);
    auto resolver = std::make_unique<DnsHostNameResolver>();
    resolver->setNameserver(silent);
    resolver->setTimeout(2000);
    QCOMPARE(resolver->nameserver(), silent);

    QElapsedTimer clock;
    clock.start();
    const Outcome outcome = resolve(*resolver, QHostAddress(QStringLiteral("192.0.2.10")), 4000);
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.name, QString());
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(resolver->cacheSize(), 0);
}

void TestDnsResolver::destroyedWhileRunning()
{
    // The PTR answer for 192.0.2.50 comes after 1.5 s: destroy the resolver while it waits.
    const QHostAddress address(QStringLiteral("192.0.2.50"));
    auto doomed = newResolver();
    QSignalSpy doomedSpy(doomed.get(), &HostNameResolver::finished);
    doomed->lookup(address);
    doomed.reset();

    // A second resolver's identical lookup completes after the first one's late answer arrived.
    auto resolver = newResolver();
    resolver->setTimeout(4000);
    const Outcome outcome = resolve(*resolver, address, 5000);
    QCOMPARE(outcome.emitted, 1);
    QCOMPARE(outcome.name, QStringLiteral("slow.example.test"));
    QCOMPARE(doomedSpy.count(), 0);
}

QTEST_GUILESS_MAIN(TestDnsResolver)
#include "tst_dnsresolver.moc"

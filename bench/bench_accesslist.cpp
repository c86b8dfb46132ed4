// Compiled access-list lookups against a straightforward linear scan.
// Run a Release build; figures are per lookup, clients prepared beforehand.
#include "accesslist.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <limits>

using namespace RelayDesk;

namespace {

struct Network
{
    QHostAddress address;
    int prefix = 0;
};

QHostAddress randomIpv6(QRandomGenerator &random)
{
    Q_IPV6ADDR bytes;
    for (quint8 &byte : bytes.c)
        byte = quint8(random.bounded(256));
    bytes[0] = 0x20; // global unicast, never IPv4-mapped
    return QHostAddress(bytes);
}

QList<AccessEntry> randomEntries(QRandomGenerator &random, int count)
{
    QList<AccessEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        AccessEntry e;
        const bool v4 = random.bounded(10) < 6;
        e.address = v4 ? QHostAddress(random.generate()).toString() : randomIpv6(random).toString();
        if (random.bounded(2) == 0) {
            e.type = AccessEntryType::Group;
            e.prefixLength = v4 ? 16 + int(random.bounded(17)) : 32 + int(random.bounded(97));
        }
        entries.append(e);
    }
    return entries;
}

// Half of the clients fall inside an entry, the rest anywhere (IPv4, mapped IPv4, IPv6).
QList<QHostAddress> randomClients(QRandomGenerator &random, const QList<Network> &networks, int count)
{
    QList<QHostAddress> clients;
    clients.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int kind = int(random.bounded(20));
        if (kind < 10) {
            const Network &n = networks[int(random.bounded(int(networks.size())))];
            if (n.address.protocol() == QAbstractSocket::IPv4Protocol) {
                const quint32 host = n.prefix == 32 ? 0u : random.generate() & (~0u >> n.prefix);
                clients.append(QHostAddress(n.address.toIPv4Address() | host));
            } else {
                Q_IPV6ADDR bytes = n.address.toIPv6Address();
                for (int bit = n.prefix; bit < 128; ++bit) {
                    if (random.bounded(2) != 0)
                        bytes[bit / 8] |= quint8(0x80 >> (bit % 8));
                }
                clients.append(QHostAddress(bytes));
            }
        } else if (kind < 15) {
            clients.append(QHostAddress(random.generate()));
        } else if (kind < 17) {
            clients.append(
                QHostAddress(QStringLiteral("::ffff:") + QHostAddress(random.generate()).toString()));
        } else {
            clients.append(randomIpv6(random));
        }
    }
    return clients;
}

// What a first implementation would do: normalise a mapped client, then isInSubnet in order.
int linearMatch(const QList<Network> &networks, const QHostAddress &client)
{
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    const QHostAddress normalised = isV4 ? QHostAddress(v4) : client;
    for (int i = 0; i < networks.size(); ++i) {
        if (normalised.isInSubnet(networks[i].address, networks[i].prefix))
            return i;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QRandomGenerator random(4242);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("entries"), 8)
               .arg(QStringLiteral("compile ms"), 11)
               .arg(QStringLiteral("ns/lookup compiled"), 19)
               .arg(QStringLiteral("ns/lookup linear"), 17)
               .arg(QStringLiteral("ratio"), 9);
    qint64 checksum = 0;
    for (const int count : {100, 10000, 100000}) {
        const QList<AccessEntry> entries = randomEntries(random, count);
        QList<Network> networks;
        for (const AccessEntry &e : entries) {
            Network n;
            entryNetwork(e, &n.address, &n.prefix, nullptr);
            networks.append(n);
        }
        const QList<QHostAddress> clients = randomClients(random, networks, 4096);

        CompiledAccessList compiled;
        qint64 compileNs = std::numeric_limits<qint64>::max();
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer timer;
            timer.start();
            compiled = CompiledAccessList::compile(entries, now);
            compileNs = std::min(compileNs, timer.nsecsElapsed());
        }

        const int compiledLookups = 2000000;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < compiledLookups; ++i)
            checksum += compiled.matchAddress(clients[i & 4095], now);
        const double compiledNs = double(timer.nsecsElapsed()) / compiledLookups;

        // About 2e7 entry checks, whatever the list size.
        const int linearLookups = std::max(100, 20000000 / count);
        int disagreements = 0;
        timer.restart();
        for (int i = 0; i < linearLookups; ++i)
            checksum += linearMatch(networks, clients[i & 4095]);
        const double linearNs = double(timer.nsecsElapsed()) / linearLookups;
        for (int i = 0; i < 4096 && i < linearLookups; ++i)
            disagreements +=
                compiled.matchAddress(clients[i], now) != linearMatch(networks, clients[i]) ? 1 : 0;

        out << QStringLiteral("%1 %2 %3 %4 %5%6\n")
                   .arg(count, 8)
                   .arg(double(compileNs) / 1e6, 11, 'f', 2)
                   .arg(compiledNs, 19, 'f', 1)
                   .arg(linearNs, 17, 'f', 1)
                   .arg(linearNs / compiledNs, 9, 'f', 0)
                   .arg(disagreements == 0 ? QString()
                                           : QStringLiteral("  (%1 disagreements!)").arg(disagreements));
        out.flush();
    }
    out << QStringLiteral("checksum %1\n").arg(checksum);
    return 0;
}

// Durable spool throughput: 1 KB messages for local delivery, stored by closed-loop producers
// (each stores its next message when the previous one is durable, as an SMTP session waits for
// its 250), with the two ways of making a batch durable: one fsync(2) per file, or one syncfs(2)
// per batch, each in both write orders: rename first then one sync (one journal commit a batch),
// or sync, rename, then the directory fsync (two). Both fsync the directory once per batch. The
// batch table also shows the sync-first order into pre-created (pooled) files, whose renames need
// no directory fsync before the 250 (the pool's refills are not timed there).
//
// bench_spool [DIRECTORY] [SECONDS PER RUN]   (default: a temporary directory, 3 s)
// The directory decides the file system measured; run it on the one that holds the data directory.
#include "spool.h"
#include "spoolwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <iterator>
#include <vector>

using namespace RelayDesk;

namespace {

class Load
{
public:
    Load(Spool *spool, const SpooledMessage &message)
        : m_spool(spool)
        , m_message(message)
    { }

    void start(int producers)
    {
        for (int i = 0; i < producers; ++i)
            next();
    }

    void stop() { m_stopping = true; }
    int inFlight() const { return m_inFlight; }

    int completed = 0;
    int failed = 0;

private:
    void next()
    {
        if (m_stopping)
            return;
        ++m_inFlight;
        m_spool->store(m_message, [this](bool ok, const QString &) {
            --m_inFlight;
            ++completed;
            if (!ok)
                ++failed;
            next();
        });
    }

    Spool *m_spool;
    SpooledMessage m_message;
    int m_inFlight = 0;
    bool m_stopping = false;
};

SpooledMessage oneKilobyteMessage()
{
    SpooledMessage m;
    m.sender = QStringLiteral("alice@example.org");
    m.localRecipients = {QStringLiteral("bob@example.com")};
    m.receivedHeader = "Received: from client.example ([127.0.0.1])\r\n\tby relaydesk.example with ESMTP\r\n";
    const QByteArray headers = "Subject: load\r\nFrom: alice@example.org\r\nTo: bob@example.com\r\n\r\n";
    QByteArray body;
    while (headers.size() + body.size() < 1024 - 78)
        body += QByteArray(76, 'x') + "\r\n";
    m.data = headers + body;
    return m;
}

struct Result
{
    double messagesPerSecond = 0;
    int failed = 0;
};

Result run(const QString &mailroot, Spool::SyncMode mode, Spool::WriteOrder order, int producers,
           int milliseconds)
{
    Spool spool(mailroot);
    spool.setSyncMode(mode);
    spool.setWriteOrder(order);
    QString error;
    if (!spool.prepare({1}, &error))
        qFatal("%s", qPrintable(error));
    Load load(&spool, oneKilobyteMessage());
    QElapsedTimer timer;
    timer.start();
    load.start(producers);
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, [&] { load.stop(); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (timer.elapsed() >= milliseconds && load.inFlight() == 0)
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // Keep the directory small between runs: the next run measures a fresh one.
    QDir(mailroot).removeRecursively();
    return {load.completed / seconds, load.failed};
}

// The cost of one batch of a given size, straight through the writer: median of many batches,
// the four ways interleaved so that all see the same background load.
void batchCosts(QTextStream &out, const QString &mailroot)
{
    Spool spool(mailroot);
    if (!spool.prepare({1}, nullptr))
        qFatal("cannot prepare %s", qPrintable(mailroot));
    const QByteArray native = QFile::encodeName(mailroot);
    struct Way
    {
        Spool::SyncMode mode;
        Spool::WriteOrder order;
        bool pooled; // into pre-created files (refilled between batches, not timed)
    };
    const Way ways[] = {{Spool::SyncMode::PerFile, Spool::WriteOrder::RenameFirst, false},
                        {Spool::SyncMode::PerFile, Spool::WriteOrder::SyncFirst, false},
                        {Spool::SyncMode::PerFile, Spool::WriteOrder::SyncFirst, true},
                        {Spool::SyncMode::PerFilesystem, Spool::WriteOrder::RenameFirst, false},
                        {Spool::SyncMode::PerFilesystem, Spool::WriteOrder::SyncFirst, false},
                        {Spool::SyncMode::PerFilesystem, Spool::WriteOrder::SyncFirst, true}};
    constexpr size_t Ways = std::size(ways);
    SpoolDirectories plain; // never refilled: no pool
    SpoolDirectories pooled;
    out << "\nCost of one batch (µs, median of 40)\n\n"
        << "| batch | fsync per file, rename first | fsync per file, sync first | fsync per file, pooled | "
           "syncfs, rename first | syncfs, sync first | syncfs, pooled "
           "|\n|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const int size : {1, 2, 4, 8, 16, 64}) {
        std::vector<qint64> costs[Ways];
        for (int round = 0; round < 40; ++round) {
            for (size_t way = 0; way < Ways; ++way) {
                std::vector<SpoolJob> batch(static_cast<size_t>(size));
                for (SpoolJob &job : batch) {
                    job.id = Spool::newMessageId();
                    job.message = oneKilobyteMessage();
                }
                std::atomic<Spool::WriteOrder> order(ways[way].order);
                SpoolDirectories &directories = ways[way].pooled ? pooled : plain;
                if (ways[way].pooled) {
                    directories.directory(native, 1, "Drop"); // opened, so that its pool is filled
                    directories.fillNow();
                    directories.syncPendingRenames();
                }
                QElapsedTimer timer;
                timer.start();
                writeSpoolBatch(native, batch, ways[way].mode, order, directories);
                costs[way].push_back(timer.nsecsElapsed() / 1000);
            }
        }
        out << "| " << size;
        for (std::vector<qint64> &c : costs) {
            std::nth_element(c.begin(), c.begin() + c.size() / 2, c.end());
            out << " | " << c[c.size() / 2];
        }
        out << " |\n";
        out.flush();
    }
    plain.close();
    pooled.close();
    QDir(mailroot).removeRecursively();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir temporary(args.size() > 1 ? args.at(1) + QStringLiteral("/bench_spool-XXXXXX") : QString());
    if (!temporary.isValid())
        qFatal("cannot create a directory to measure in");
    const int milliseconds = args.size() > 2 ? int(args.at(2).toDouble() * 1000) : 2000;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 3;
    const QString mailroot = temporary.filePath(QStringLiteral("mailroot"));
    const Spool::SyncMode modes[] = {Spool::SyncMode::PerFile, Spool::SyncMode::PerFilesystem,
                                     Spool::SyncMode::Adaptive};

    QTextStream out(stdout);
    out << "Spool throughput, 1 KB messages, median of " << rounds << " runs of " << milliseconds / 1000.0
        << " s (modes interleaved), in " << temporary.path() << "\n\n";
    QString why;
    Spool::renameFirstIsSafeOn(temporary.path(), &why);
    out << "Default order here: " << why << "\n\n";
    out << "| producers | order | fsync per file (msg/s) | syncfs per batch (msg/s) | adaptive (msg/s) |\n";
    out << "|---:|---|---:|---:|---:|\n";
    out.flush();
    for (const int producers : {1, 10, 50}) {
        std::vector<double> rates[2][3];
        int failed = 0;
        for (int round = 0; round < rounds; ++round) {
            for (int order = 0; order < 2; ++order) {
                for (int mode = 0; mode < 3; ++mode) {
                    const Result result =
                        run(mailroot, modes[mode],
                            order == 0 ? Spool::WriteOrder::RenameFirst : Spool::WriteOrder::SyncFirst,
                            producers, milliseconds);
                    rates[order][mode].push_back(result.messagesPerSecond);
                    failed += result.failed;
                }
            }
        }
        for (int order = 0; order < 2; ++order) {
            out << "| " << producers << " | " << (order == 0 ? "rename first" : "sync first");
            for (std::vector<double> &r : rates[order]) {
                std::sort(r.begin(), r.end());
                out << " | " << qRound(r[r.size() / 2]);
            }
            out << " |";
            if (failed > 0 && order == 1)
                out << " (" << failed << " messages failed)";
            out << '\n';
        }
        out.flush();
    }
    batchCosts(out, mailroot);
    return 0;
}

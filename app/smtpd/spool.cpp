#include "spool.h"

#include "spoolwriter.h"

#include <QSet>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include <cerrno>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace RelayDesk {

Q_LOGGING_CATEGORY(lcSpool, "relaydesk.smtpd.spool")

namespace {

// Messages per batch: enough to amortise the flush over any realistic number of sessions, few
// enough that the open files of a PerFile batch (up to two per message) stay well under the
// descriptor limit.
constexpr size_t MaxBatchMessages = 128;
constexpr qsizetype MaxBatchBytes = 32 * 1024 * 1024;
// How long renames out of the pool may wait for a directory sync when nothing else comes to make
// them durable (the messages themselves are durable under their pooled names all along).
constexpr std::chrono::milliseconds RenameSyncDelay{100};

const char *const MessageDirectories[] = {"Drop", "Queue"};
const char *const InstanceDirectories[] = {"Drop", "Queue", "Pickup", "Badmail"};

Spool::SyncMode defaultSyncMode()
{
    const QByteArray chosen = qgetenv("RELAYDESK_SPOOL_SYNC");
    if (chosen == "file")
        return Spool::SyncMode::PerFile;
    if (chosen == "filesystem")
        return Spool::SyncMode::PerFilesystem;
    if (!chosen.isEmpty() && chosen != "auto")
        qCWarning(lcSpool) << "RELAYDESK_SPOOL_SYNC must be file, filesystem or auto, not" << chosen;
    return Spool::SyncMode::Adaptive;
}

// RELAYDESK_SPOOL_ORDER: fast (RenameFirst), safe (SyncFirst), auto or unset (nullopt: prepare()
// decides from the file system).
std::optional<Spool::WriteOrder> chosenWriteOrder()
{
    const QByteArray chosen = qgetenv("RELAYDESK_SPOOL_ORDER");
    if (chosen == "fast")
        return Spool::WriteOrder::RenameFirst;
    if (chosen == "safe")
        return Spool::WriteOrder::SyncFirst;
    if (!chosen.isEmpty() && chosen != "auto")
        qCWarning(lcSpool) << "RELAYDESK_SPOOL_ORDER must be fast, safe or auto, not" << chosen;
    return std::nullopt;
}

QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
}

bool syncDirectory(const QString &path, QString *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        *error = QStringLiteral("cannot sync %1: %2").arg(path, qt_error_string(errno));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    ::close(fd);
    return true;
}

// Creates one directory (0700) whose parent exists; syncs the parent when it was created, so
// that a message acknowledged later cannot lose its directory in a crash.
bool makeDirectory(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) == 0)
        return syncDirectory(QFileInfo(path).absolutePath(), error);
    const int mkdirError = errno;
    struct stat status
    {
    };
    if (mkdirError == EEXIST && ::stat(native.constData(), &status) == 0) {
        if (S_ISDIR(status.st_mode))
            return true;
        *error = QStringLiteral("%1 exists and is not a directory").arg(path);
        return false;
    }
    *error = QStringLiteral("cannot create %1: %2").arg(path, qt_error_string(mkdirError));
    return false;
}

} // namespace

class Spool::Private
{
public:
    Private(Spool *owner, const QString &root)
        : q(owner)
        , mailroot(QDir::cleanPath(QDir(root).absolutePath()))
        , nativeMailroot(QFile::encodeName(mailroot))
        , mode(defaultSyncMode())
        , fixedOrder(chosenWriteOrder().has_value())
        , order(chosenWriteOrder().value_or(Spool::WriteOrder::SyncFirst))
    { }

    Q_DISABLE_COPY_MOVE(Private)
    ~Private() = default;

    void run();
    void deliver();
    void waitUntilIdle(std::unique_lock<std::mutex> &lock)
    {
        idle.wait(lock, [this] { return !busy; });
    }
    int removeLeftovers(const QString &directory);
    int moveIncomplete(const QString &directory, const QString &badmail);
    // Runs `work` on the writer thread's files with the lock released, marked busy (so that
    // prepare() and flush() wait for it).
    template <typename Work>
    void whileBusy(std::unique_lock<std::mutex> &lock, Work work)
    {
        busy = true;
        lock.unlock();
        work();
        lock.lock();
        busy = false;
        idle.notify_all();
    }

    QSet<int> checkedInstances; // instances whose final files were checked after a crash

    Spool *const q;
    const QString mailroot;
    const QByteArray nativeMailroot;
    std::atomic<Spool::SyncMode> mode;
    std::atomic<bool> fixedOrder; // by RELAYDESK_SPOOL_ORDER or setWriteOrder(); else prepare() chooses
    std::atomic<Spool::WriteOrder> order;
    std::atomic<int> pending{0};

    std::mutex mutex;
    std::condition_variable wake; // the writer: work to do, or stop
    std::condition_variable idle; // flush() and prepare(): a batch has finished
    std::deque<SpoolJob> queue; // handed over, not yet taken by the writer
    std::deque<SpoolJob> completed; // written or failed, callback not yet run
    bool busy = false; // the writer has a batch in hand
    bool stopping = false;
    bool deliveryScheduled = false;
    // The writer's open directories and their pools of pre-created files (filled by a thread of
    // their own).
    SpoolDirectories directories;
    std::thread writer;
};

// The writer: takes everything queued (up to one batch), writes it, reports, and goes again. While
// it flushes one batch the next one gathers, so the number of flushes per message falls as the
// load grows (group commit) and a lone message waits for no timer. After a batch it asks for the
// pools of pre-created files to be topped up (SpoolDirectories' own thread does that), and when no
// work comes for RenameSyncDelay it makes the renames out of the pools durable.
void Spool::Private::run()
{
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
        const auto workOrStop = [this] {
            return stopping || !queue.empty();
        };
        if (directories.hasPendingRenames()) {
            if (!wake.wait_for(lock, RenameSyncDelay, workOrStop)) {
                whileBusy(lock, [this] { directories.syncPendingRenames(); });
                continue;
            }
        } else {
            wake.wait(lock, workOrStop);
        }
        if (queue.empty()) {
            whileBusy(lock, [this] { directories.close(); });
            return;
        }
        std::vector<SpoolJob> batch;
        qsizetype bytes = 0;
        while (!queue.empty() && batch.size() < MaxBatchMessages
               && (batch.empty() || bytes < MaxBatchBytes)) {
            bytes += queue.front().message.data.size();
            batch.push_back(std::move(queue.front()));
            queue.pop_front();
        }
        busy = true;
        const Spool::SyncMode batchMode = mode.load();
        lock.unlock();

        writeSpoolBatch(nativeMailroot, batch, batchMode, order, directories);

        lock.lock();
        for (SpoolJob &job : batch)
            completed.push_back(std::move(job));
        if (!deliveryScheduled) {
            deliveryScheduled = true;
            QMetaObject::invokeMethod(
                q, [this] { deliver(); }, Qt::QueuedConnection);
        }
        if (order.load() == Spool::WriteOrder::SyncFirst)
            directories.requestFill();
        busy = false;
        idle.notify_all();
    }
}

// Runs the callbacks of finished messages in the order they finished. One at a time from the
// shared list, so a callback that calls flush() keeps the order.
void Spool::Private::deliver()
{
    {
        const std::lock_guard<std::mutex> lock(mutex);
        deliveryScheduled = false;
    }
    for (;;) {
        SpoolJob job;
        {
            const std::lock_guard<std::mutex> lock(mutex);
            if (completed.empty())
                return;
            job = std::move(completed.front());
            completed.pop_front();
        }
        --pending;
        if (job.done)
            job.done(job.ok, job.error);
    }
}

int Spool::Private::removeLeftovers(const QString &directory)
{
    QDir dir(directory);
    int removed = 0;
    const QStringList leftovers = dir.entryList({QStringLiteral(".tmp-*")},
                                                QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QString &name : leftovers) {
        if (dir.remove(name))
            ++removed;
        else
            qCWarning(lcSpool).noquote() << "cannot remove" << dir.filePath(name);
    }
    return removed;
}

// A final-named file whose length differs from its size attribute belongs to a message that was
// never acknowledged: the crash came before the batch's sync (rename-first order, spoolwriter.h).
// It goes to Badmail for the administrator to look at, never to delivery.
int Spool::Private::moveIncomplete(const QString &directory, const QString &badmail)
{
    QDir dir(directory);
    int moved = 0;
    const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files | QDir::NoSymLinks);
    for (const QString &name : files) {
        if (spoolIsComplete(QFile::encodeName(dir.filePath(name))))
            continue;
        if (QFile::rename(dir.filePath(name), badmail + QStringLiteral("/incomplete-") + name))
            ++moved;
        else
            qCWarning(lcSpool).noquote() << "cannot move the incomplete file" << dir.filePath(name);
    }
    return moved;
}

Spool::Spool(const QString &mailroot, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, mailroot))
{
    d->writer = std::thread([this] { d->run(); });
}

Spool::~Spool()
{
    flush();
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_one();
    d->writer.join();
}

bool Spool::prepare(const QList<int> &instances, QString *error)
{
    QString problem;
    const QString parent = QFileInfo(d->mailroot).absolutePath();
    if (!QDir().mkpath(parent)) {
        problem = QStringLiteral("cannot create %1").arg(parent);
    } else if (makeDirectory(d->mailroot, &problem)) {
        for (const int instance : instances) {
            if (instance < 1) {
                problem = QStringLiteral("invalid virtual server instance %1").arg(instance);
                break;
            }
            const QString root = d->mailroot + QStringLiteral("/vsi-%1").arg(instance);
            if (!makeDirectory(root, &problem))
                break;
            for (const char *name : InstanceDirectories) {
                if (!makeDirectory(root + QLatin1Char('/') + QLatin1String(name), &problem))
                    break;
            }
            if (!problem.isEmpty())
                break;
        }
    }
    if (!problem.isEmpty()) {
        qCWarning(lcSpool).noquote() << problem;
        if (error)
            *error = problem;
        return false;
    }

    if (!d->fixedOrder) {
        QString why;
        const bool renameFirst = renameFirstIsSafeOn(d->mailroot, &why);
        d->order = renameFirst ? WriteOrder::RenameFirst : WriteOrder::SyncFirst;
        d->fixedOrder = true; // once: a later prepare() must not undo a fallback of the writer
        qCInfo(lcSpool).noquote() << (renameFirst ? "rename-first" : "sync-first") << "spool order:" << why;
    }

    // Temporary files exist only while the writer has a batch in hand: wait for it to finish the
    // current one and keep it from starting the next while the leftovers go.
    std::unique_lock<std::mutex> lock(d->mutex);
    d->waitUntilIdle(lock);
    int removed = 0;
    for (const int instance : instances) {
        for (const char *name : MessageDirectories)
            removed += d->removeLeftovers(d->mailroot + QStringLiteral("/vsi-%1/").arg(instance)
                                          + QLatin1String(name));
    }
    int moved = 0;
    SpoolPoolRecovery pooled;
    bool newInstance = false;
    for (const int instance : instances) {
        if (d->checkedInstances.contains(instance))
            continue;
        d->checkedInstances.insert(instance);
        newInstance = true;
        const QString root = d->mailroot + QStringLiteral("/vsi-%1/").arg(instance);
        const QString badmail = root + QStringLiteral("Badmail");
        for (const char *name : MessageDirectories) {
            const QString directory = root + QLatin1String(name);
            const SpoolPoolRecovery recovered =
                recoverSpoolPool(directory, badmail, d->directories.poolPrefix());
            pooled.renamed += recovered.renamed;
            pooled.discarded += recovered.discarded;
            pooled.kept += recovered.kept;
            moved += d->moveIncomplete(directory, badmail);
        }
    }
    if (removed + pooled.discarded > 0)
        qCInfo(lcSpool) << "removed" << removed + pooled.discarded
                        << "empty or incomplete message files of an earlier run";
    if (pooled.renamed > 0)
        qCInfo(lcSpool) << "gave" << pooled.renamed
                        << "complete message files of an earlier run their final name";
    if (pooled.kept > 0)
        qCWarning(lcSpool) << "moved" << pooled.kept
                           << "complete message files of an earlier run whose name was taken to Badmail";
    if (moved > 0)
        qCWarning(lcSpool) << "moved" << moved << "incomplete message files of an earlier run to Badmail";

    // The pools of pre-created files: for a virtual server seen for the first time, filled now so
    // that its first messages find them (the writer is idle and cannot start a batch while the lock
    // is held); on a reload that brings none, topped up by the filler thread, so that sessions do
    // not wait for it.
    if (d->order == WriteOrder::SyncFirst) {
        for (const int instance : instances) {
            for (const char *name : MessageDirectories)
                d->directories.directory(d->nativeMailroot, instance, name);
        }
        if (newInstance)
            d->directories.fillNow();
        else
            d->directories.requestFill();
    }
    return true;
}

// "20261123T180000-000123-4567": UTC second, a counter shared by every spool of the process, the
// process id. Two processes never share a pid at the same time; a later process that reuses the
// pid within the same second could repeat an id, and then the rename refuses to replace the
// stored file and the message fails with 451 instead of overwriting anything.
QString Spool::newMessageId()
{
    static std::atomic<quint64> counter{0};
    static const qint64 pid = ::getpid();
    const quint64 sequence = counter.fetch_add(1, std::memory_order_relaxed) % 1000000;
    const QString second = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    return second + QLatin1Char('-') + QStringLiteral("%1").arg(sequence, 6, 10, QLatin1Char('0'))
        + QLatin1Char('-') + QString::number(pid);
}

QString Spool::store(const SpooledMessage &message, Done done)
{
    SpoolJob job;
    job.id = message.id.isEmpty() ? newMessageId() : message.id;
    job.message = message;
    job.done = std::move(done);
    job.error = spoolEnvelopeProblem(message);
    job.ok = job.error.isEmpty();
    if (!job.ok)
        qCWarning(lcSpool).noquote() << "message" << job.id << "refused:" << job.error;
    const QString id = job.id;
    ++d->pending;
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        d->queue.push_back(std::move(job));
    }
    d->wake.notify_one();
    return id;
}

void Spool::setSyncMode(SyncMode mode)
{
    d->mode = mode;
}

Spool::SyncMode Spool::syncMode() const
{
    return d->mode;
}

void Spool::setWriteOrder(WriteOrder order)
{
    d->fixedOrder = true;
    d->order = order;
}

Spool::WriteOrder Spool::writeOrder() const
{
    return d->order;
}

// XFS and journalled ext4 in data=ordered or data=journal mode write a file's data before the
// transaction that grows its on-disk length commits, and commit metadata (the size attribute, the
// rename) in order. Without a journal, in data=writeback mode or on any other file system that is
// not known, a final name could outlive data that never reached the disk without its length
// showing it.
bool Spool::renameFirstIsSafeOn(const QString &path, QString *why)
{
    const QByteArray native = QFile::encodeName(path);
    struct statfs fs
    {
    };
    struct stat status
    {
    };
    if (::statfs(native.constData(), &fs) != 0 || ::stat(native.constData(), &status) != 0) {
        *why = QStringLiteral("cannot examine the file system of %1: %2").arg(path, qt_error_string(errno));
        return false;
    }
    if (fs.f_type == XFS_SUPER_MAGIC) {
        *why = QStringLiteral("%1 is on XFS").arg(path);
        return true;
    }
    if (fs.f_type != EXT4_SUPER_MAGIC) {
        *why = QStringLiteral("%1 is on a file system other than ext4 or XFS (type 0x%2)")
                   .arg(path)
                   .arg(quint64(fs.f_type), 0, 16);
        return false;
    }
    // The ext4 driver names the file system after its block device: /proc/fs/ext4/<device>/options
    // lists every mount option, the data mode included when there is a journal.
    const QString device =
        QFileInfo(QStringLiteral("/sys/dev/block/%1:%2").arg(major(status.st_dev)).arg(minor(status.st_dev)))
            .canonicalFilePath()
            .section(QLatin1Char('/'), -1);
    const QList<QByteArray> options =
        readSmallFile(QStringLiteral("/proc/fs/ext4/%1/options").arg(device)).split('\n');
    if (options.contains("data=ordered") || options.contains("data=journal")) {
        *why = QStringLiteral("%1 is on journalled ext4 (%2)").arg(path, device);
        return true;
    }
    *why = QStringLiteral("%1 is on ext4 (%2) without a journal, in data=writeback mode, or with options "
                          "that cannot be read")
               .arg(path, device.isEmpty() ? QStringLiteral("device unknown") : device);
    return false;
}

int Spool::pending() const
{
    return d->pending;
}

void Spool::flush()
{
    while (d->pending > 0) {
        {
            std::unique_lock<std::mutex> lock(d->mutex);
            d->idle.wait(lock, [this] { return d->queue.empty() && !d->busy; });
        }
        d->deliver();
    }
}

QString Spool::mailroot() const
{
    return d->mailroot;
}

} // namespace RelayDesk

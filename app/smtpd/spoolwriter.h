#pragma once

// Private to the spool: the file work of one batch, run on the spool's writer thread.

#include "spool.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <sys/types.h>

namespace RelayDesk {

// One message on its way to disk: what store() accepted and what became of it.
struct SpoolJob
{
    QString id;
    SpooledMessage message;
    Spool::Done done;
    bool ok = true;
    QString error; // why the message could not be stored, when !ok
};

// The message directories (mailroot/vsi-<n>/{Drop,Queue}) the writer has used, kept open between
// batches, each with its pool of pre-created files: empty files ".pool-<token>-<n>" (the token
// new for every SpoolDirectories) whose directory entries were made durable ahead of time. A
// thread of its own fills the pools (creating a file can cost a quarter of a millisecond on a file
// system that has just deleted many, so it stays off the writer's path): from PoolLow files left up
// to PoolSize, one fsync of the directory a round. In the SyncFirst order a message file is written
// into a pooled file, marked with SpoolPoolAttribute (length, checksum and final name) and synced:
// one sync makes it durable, since its name already is. It then takes its final name at once; that
// rename is made durable later (by the next round of the filler, a batch that syncs the directory
// anyway, or after a moment without work), and until then recoverSpoolPool() can redo it from the
// pooled file after a crash. directory() and everything that changes a directory's descriptor are
// for the writer thread; the pools are shared with the filler under a lock.
class SpoolDirectories
{
public:
    SpoolDirectories();
    ~SpoolDirectories();
    Q_DISABLE_COPY_MOVE(SpoolDirectories)

    struct Directory
    {
        QString name; // "vsi-<n>/Drop"
        QByteArray path;
        int fd = -1;
        int openError = 0; // errno of the failed open, when fd < 0
        dev_t device = 0;
        ino_t inode = 0;
        // Under the lock:
        std::vector<QByteArray> pool; // names of ready pooled files, durable and empty
        quint64 renames = 0; // renames out of the pool so far
        quint64 renamesDurable = 0; // how many of them a directory sync has made durable
        bool filling = false;
        bool fillFailed = false; // until the next requestFill()
    };

    // The directory vsi-<instance>/<kind> under mailroot: opened on first use, and opened again
    // (its pool forgotten) when the path no longer names the directory that is open.
    Directory &directory(const QByteArray &mailroot, int instance, const char *kind);

    // Whether the SyncFirst order takes files from the pools; false after a file system refused
    // the pool attribute (said once in the log).
    bool poolEnabled() const;
    void disablePool();
    // One pooled file for each entry of `wanted` (a directory may appear several times), in that
    // order, or none at all.
    bool take(const std::vector<Directory *> &wanted, std::vector<QByteArray> *names);
    // A taken file that was not written goes back.
    void giveBack(Directory &directory, const QByteArray &name);
    // The writer renamed a pooled file into place without syncing the directory / synced it.
    void renamedFromPool(Directory &directory);
    void directorySynced(Directory &directory);

    // Asks the filler to top up every pool that is down to PoolLow (and to try again where it
    // failed before).
    void requestFill();
    // Tops up every pool in the calling thread (for measurements).
    void fillNow();
    // Makes pending renames durable (one fsync per directory).
    bool hasPendingRenames() const;
    void syncPendingRenames();
    // Stops the filler, makes pending renames durable, removes the spare pooled files (not
    // durably: recovery removes any that come back) and closes the directories.
    void close();
    // The prefix of this object's pooled file names, which recovery must leave alone.
    QByteArray poolPrefix() const { return m_prefix; }

    static constexpr size_t PoolSize = 64;
    static constexpr size_t PoolLow = 32;

private:
    Directory *nextToFill() const;
    void fill(std::unique_lock<std::mutex> &lock, Directory &directory);
    void fillLoop();
    void closeDirectory(Directory &directory);

    const QByteArray m_prefix;
    std::vector<std::unique_ptr<Directory>> m_directories;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_poolEnabled = true;
    bool m_stopping = false;
    quint64 m_counter = 0;
    std::thread m_filler;
};

// Writes every job of the batch that is still ok under mailroot/vsi-<n>/{Drop,Queue}. In the
// SyncFirst order each file goes into a pooled file of its directory when one is left (see
// SpoolDirectories), else to ".tmp-<id>.eml"; the batch's files are synced (Spool::SyncMode;
// Adaptive decides on the number of files of the batch: fsync per file or one syncfs) and renamed
// to "<id>.eml" (never over an existing file), then every directory that received a temporary
// file is fsynced. Spool::WriteOrder::RenameFirst writes temporary files with their length in
// SpoolSizeAttribute and renames them before the one sync (one journal commit a batch). A job
// stays ok only when all of its files are durable under a name that survives a crash (the final
// one, or a pooled one that recovery renames); a job that fails leaves none of its files under a
// final name. `order` is the spool's write order: read once per batch, and set to SyncFirst (for
// this batch and the following ones) when the file system refuses the size attribute.
void writeSpoolBatch(const QByteArray &mailroot, std::vector<SpoolJob> &batch, Spool::SyncMode mode,
                     std::atomic<Spool::WriteOrder> &order, SpoolDirectories &directories);

// The extended attribute of a file written into the pool: "<length> <checksum> <final name>",
// the checksum being the hex BLAKE2b-256 of the file's bytes. It is set before the file's sync, so
// a pooled file whose length and checksum match was durable (or about to be) when the process
// stopped; anything else in a pooled file is a message that was never acknowledged.
inline constexpr char SpoolPoolAttribute[] = "user.relaydesk.pool";
// The prefix of pooled file names.
inline constexpr char SpoolPoolPrefix[] = ".pool-";

// What recoverSpoolPool() did in one directory.
struct SpoolPoolRecovery
{
    int renamed = 0; // complete pooled files that took their final name
    int discarded = 0; // empty or incomplete pooled files removed
    int kept = 0; // complete pooled files whose final name is another file: moved to Badmail
};
// Finishes what a crash interrupted in `directory` (Drop or Queue): every pooled file not named
// with `ownPrefix` (the running spool's) that holds a complete message takes its final name (if that name is
// already the same file, the pooled name goes; if it is another file, the pooled file goes to
// badmail/duplicate-<final name>); every other pooled file is removed. The directory is synced
// when anything changed.
SpoolPoolRecovery recoverSpoolPool(const QString &directory, const QString &badmail,
                                   const QByteArray &ownPrefix);

// The extended attribute that holds a spool file's length in bytes, written before the file takes its
// final name (the default order: rename first, then one sync).
inline constexpr char SpoolSizeAttribute[] = "user.relaydesk.size";
// False for a final-named file whose length differs from its size attribute: the data of a
// message that was never acknowledged did not reach the disk before a crash.
bool spoolIsComplete(const QByteArray &path);

// "X-Sender: <sender>\r\n" ("<>" for the null sender) and one "X-Receiver: <rcpt>\r\n" per recipient.
QByteArray spoolEnvelopeLines(const QString &sender, const QStringList &recipients);

// Empty when the message can be written as it is, else why not (CR, LF or NUL in an address, no
// recipient, an instance number below 1, a chosen id that is no plain file name).
QString spoolEnvelopeProblem(const SpooledMessage &message);

} // namespace RelayDesk

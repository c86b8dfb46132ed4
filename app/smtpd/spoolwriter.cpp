#include "spoolwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdio> // renameat2, RENAME_NOREPLACE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace RelayDesk {

Q_LOGGING_CATEGORY(lcSpoolWriter, "relaydesk.smtpd.spool.writer")

namespace {

const QByteArray Crlf("\r\n");

template <typename Call>
auto retryOnEintr(Call call)
{
    decltype(call()) result;
    do {
        result = call();
    } while (result < 0 && errno == EINTR);
    return result;
}

// Writes all segments, continuing after short writes.
bool writeAll(int fd, std::array<iovec, 4> &segments)
{
    size_t first = 0;
    while (first < segments.size()) {
        const ssize_t written = ::writev(fd, segments.data() + first, int(segments.size() - first));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        size_t left = size_t(written);
        while (first < segments.size() && left >= segments[first].iov_len) {
            left -= segments[first].iov_len;
            ++first;
        }
        if (first < segments.size()) {
            if (written == 0) { // no progress on a regular file: treat as a full disk
                errno = ENOSPC;
                return false;
            }
            segments[first].iov_base = static_cast<char *>(segments[first].iov_base) + left;
            segments[first].iov_len -= left;
        }
    }
    return true;
}

iovec segment(const QByteArray &bytes)
{
    return iovec{const_cast<char *>(bytes.constData()), size_t(bytes.size())};
}

// The final name appears only if it did not exist: a reused id never replaces a stored message.
int renameNoReplace(int directory, const char *from, const char *to)
{
    if (retryOnEintr([&] { return ::renameat2(directory, from, directory, to, RENAME_NOREPLACE); }) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
    // A file system without RENAME_NOREPLACE: a hard link fails on an existing name just the same.
    if (::linkat(directory, from, directory, to, 0) < 0)
        return -1;
    ::unlinkat(directory, from, 0); // if this fails, prepare() removes the leftover at the next start
    return 0;
}

QString systemError(int error)
{
    return qt_error_string(error);
}

// The work of one batch; see writeSpoolBatch().
class BatchWriter
{
public:
    BatchWriter(const QByteArray &mailroot, std::vector<SpoolJob> &jobs, Spool::SyncMode mode,
                std::atomic<Spool::WriteOrder> &order, SpoolDirectories &directories)
        : m_mailroot(mailroot)
        , m_jobs(jobs)
        , m_mode(mode)
        , m_order(order)
        , m_renameFirst(order.load() == Spool::WriteOrder::RenameFirst)
        , m_spoolDirectories(directories)
    { }

    ~BatchWriter()
    {
        for (File &file : m_files) {
            if (file.fd >= 0)
                ::close(file.fd);
        }
    }

    Q_DISABLE_COPY_MOVE(BatchWriter)

    void run()
    {
        planFiles();
        if (m_mode == Spool::SyncMode::Adaptive) {
            m_mode = m_files.size() < size_t(Spool::AdaptiveSyncfsFiles) ? Spool::SyncMode::PerFile
                                                                         : Spool::SyncMode::PerFilesystem;
        }
        writeFiles();
        if (m_renameFirst) {
            // One journal commit for the batch: the complete files take their final names in the
            // page cache, then one sync makes data, names and directories durable together. A
            // crash before the sync may leave a final-named file whose data did not reach the
            // disk (for a message nobody was told 250 about); its size attribute unmasks it and
            // Spool::prepare() moves it to Badmail (spoolIsComplete()).
            renameFiles();
            if (m_mode == Spool::SyncMode::PerFile)
                syncEachFile();
            else
                syncFilesystems();
        } else {
            // Data first. A pooled file is then durable under its pooled name (made durable when
            // the pool was filled), so its rename needs no directory sync before the 250.
            if (m_mode == Spool::SyncMode::PerFile)
                syncEachFile();
            else
                syncFilesystems();
            renameFiles();
        }
        syncDirectories();
        discardFailed();
    }

private:
    struct Directory
    {
        SpoolDirectories::Directory *spool = nullptr;
        bool renamedInto = false; // a temporary file took its final name here: fsync before 250
        bool pooledInto = false; // a pooled file took its final name here: the fsync may wait
    };

    struct File
    {
        size_t job = 0;
        size_t directory = 0;
        QByteArray envelope; // X-Sender, X-Receiver
        QByteArray temporaryName; // ".tmp-<id>.eml", or the pooled file's name
        QByteArray finalName;
        int fd = -1;
        bool pooled = false; // written into a pooled file, marked with SpoolPoolAttribute
        bool opened = false; // a pooled file: opened for writing (no longer empty, maybe)
        bool created = false; // exists under temporaryName and is the batch's to remove on failure
        bool renamed = false;
    };

    SpoolDirectories::Directory &dir(const File &file) const { return *m_directories[file.directory].spool; }

    void fail(size_t job, const QString &reason)
    {
        SpoolJob &j = m_jobs[job];
        if (!j.ok)
            return;
        j.ok = false;
        j.error = reason;
        qCWarning(lcSpoolWriter).noquote() << "message" << j.id << "not stored:" << reason;
    }

    void fail(const File &file, const char *what, int error)
    {
        const QString path = dir(file).name + QLatin1Char('/')
            + QString::fromLatin1(file.renamed ? file.finalName : file.temporaryName);
        fail(file.job, QStringLiteral("cannot %1 %2: %3").arg(QLatin1String(what), path, systemError(error)));
    }

    size_t directory(int instance, const char *kind)
    {
        SpoolDirectories::Directory *spool = &m_spoolDirectories.directory(m_mailroot, instance, kind);
        for (size_t i = 0; i < m_directories.size(); ++i) {
            if (m_directories[i].spool == spool)
                return i;
        }
        m_directories.push_back(Directory{spool});
        return m_directories.size() - 1;
    }

    void planFile(size_t job, const char *kind, const QStringList &recipients)
    {
        const SpoolJob &j = m_jobs[job];
        const size_t d = directory(j.message.virtualServerInstance, kind);
        const SpoolDirectories::Directory &spool = *m_directories[d].spool;
        if (spool.fd < 0) {
            fail(job, QStringLiteral("cannot open %1: %2").arg(spool.name, systemError(spool.openError)));
            return;
        }
        File file;
        file.job = job;
        file.directory = d;
        file.envelope = spoolEnvelopeLines(j.message.sender, recipients);
        file.finalName = j.id.toLatin1() + ".eml";
        file.temporaryName = ".tmp-" + file.finalName;
        m_files.push_back(file);
    }

    void planFiles()
    {
        for (size_t job = 0; job < m_jobs.size(); ++job) {
            const SpoolJob &j = m_jobs[job];
            if (!j.ok)
                continue;
            if (!j.message.localRecipients.isEmpty())
                planFile(job, "Drop", j.message.localRecipients);
            if (!j.message.relayRecipients.isEmpty())
                planFile(job, "Queue", j.message.relayRecipients);
        }
        if (!m_renameFirst)
            takePooledFiles();
    }

    // The pools serve a batch whole or not at all: a batch larger than the pools (many sessions
    // at once) syncs its directories anyway, so it gains little from pooled files, and leaving
    // the pools to small batches keeps their refills rare.
    void takePooledFiles()
    {
        std::vector<SpoolDirectories::Directory *> wanted;
        for (const File &file : m_files)
            wanted.push_back(&dir(file));
        std::vector<QByteArray> names;
        if (wanted.empty() || !m_spoolDirectories.take(wanted, &names))
            return;
        for (size_t i = 0; i < m_files.size(); ++i) {
            File &file = m_files[i];
            file.temporaryName = names[i];
            file.pooled = true;
            file.created = true;
        }
    }

    // The file's bytes: envelope, Received header and message, each ended by CRLF.
    struct Content
    {
        std::array<iovec, 4> segments{};
        QByteArray fixedReceived;
        qint64 size = 0;
    };

    Content content(const File &file) const
    {
        const SpoolJob &job = m_jobs[file.job];
        const QByteArray &received = job.message.receivedHeader;
        const QByteArray &data = job.message.data;
        Content c;
        c.segments = {segment(file.envelope), segment(received), segment(data), iovec{nullptr, 0}};
        if (!received.isEmpty() && !received.endsWith(Crlf)) {
            c.fixedReceived = received + Crlf;
            c.segments[1] = segment(c.fixedReceived);
        }
        if (!data.isEmpty() && !data.endsWith(Crlf))
            c.segments[3] = segment(Crlf);
        for (const iovec &s : c.segments)
            c.size += qint64(s.iov_len);
        return c;
    }

    // Sets the pool attribute. On a file system without extended attributes the file stays an
    // ordinary temporary file (synced, renamed, its directory synced before 250) and the pools end.
    void markPooled(File &file, const Content &c)
    {
        QCryptographicHash hash(QCryptographicHash::Blake2b_256);
        for (const iovec &s : c.segments)
            hash.addData(QByteArrayView(static_cast<const char *>(s.iov_base), qsizetype(s.iov_len)));
        const QByteArray value =
            QByteArray::number(c.size) + ' ' + hash.result().toHex() + ' ' + file.finalName;
        if (::fsetxattr(file.fd, SpoolPoolAttribute, value.constData(), size_t(value.size()), 0) == 0)
            return;
        if (errno != ENOTSUP && errno != EOPNOTSUPP) {
            fail(file, "mark", errno);
            return;
        }
        file.pooled = false;
        m_spoolDirectories.disablePool();
    }

    void writeFiles()
    {
        for (File &file : m_files) {
            const SpoolJob &job = m_jobs[file.job];
            if (!job.ok)
                continue;
            const int dirFd = dir(file).fd;
            const int flags =
                file.pooled ? O_WRONLY | O_NOFOLLOW | O_CLOEXEC : O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC;
            file.fd =
                retryOnEintr([&] { return ::openat(dirFd, file.temporaryName.constData(), flags, 0600); });
            if (file.fd < 0) {
                fail(file, file.pooled ? "open" : "create", errno);
                continue;
            }
            file.created = true;
            file.opened = true;
            Content c = content(file);
            if (!writeAll(file.fd, c.segments)) {
                fail(file, "write", errno);
                continue;
            }
            if (file.pooled) {
                markPooled(file, c);
                if (!job.ok)
                    continue;
            }
            if (m_renameFirst) {
                const QByteArray size = QByteArray::number(c.size);
                if (::fsetxattr(file.fd, SpoolSizeAttribute, size.constData(), size_t(size.size()), 0) != 0) {
                    if (errno != ENOTSUP && errno != EOPNOTSUPP) {
                        fail(file, "mark the size of", errno);
                        continue;
                    }
                    // No extended attributes here: an unmarked file must not take its final name
                    // before its data is durable, so this batch (its renames are still to come)
                    // and every later one use the two-commit order.
                    m_renameFirst = false;
                    if (m_order.exchange(Spool::WriteOrder::SyncFirst) == Spool::WriteOrder::RenameFirst)
                        qCWarning(lcSpoolWriter).noquote()
                            << "no extended attributes in" << QString::fromLocal8Bit(m_mailroot)
                            << "- the spool syncs each batch before it renames (two commits a batch)";
                }
            }
            if (m_mode == Spool::SyncMode::PerFile) {
                // Start the write-back now, so the fsync calls that follow find most of the batch
                // already on its way to the device (a lone file's fsync starts it soon enough).
                if (m_files.size() > 1)
                    ::sync_file_range(file.fd, 0, 0, SYNC_FILE_RANGE_WRITE);
            } else if (!closeFile(file)) {
                fail(file, "close", errno);
            }
        }
    }

    bool closeFile(File &file)
    {
        const int fd = file.fd;
        file.fd = -1;
        return ::close(fd) == 0 || errno == EINTR;
    }

    void syncEachFile()
    {
        for (File &file : m_files) {
            if (file.fd < 0)
                continue;
            // fsync, not fdatasync, when the file already has its final name (the commit must
            // carry the rename too) or carries the pool attribute (metadata that must be durable).
            const bool metadata = m_renameFirst || file.pooled;
            if (m_jobs[file.job].ok
                && retryOnEintr([&] { return metadata ? ::fsync(file.fd) : ::fdatasync(file.fd); }) != 0)
                fail(file, "sync", errno);
            if (!closeFile(file))
                fail(file, "close", errno);
        }
    }

    // One syncfs() per file system: it writes back every dirty page and inode of the file system
    // (the data of all new files included) and commits the journal. Since Linux 5.8 it reports a
    // write-back error that happened on the file system since the directory was opened.
    void syncFilesystems()
    {
        std::vector<dev_t> synced;
        for (const File &file : m_files) {
            if (!file.opened || !m_jobs[file.job].ok)
                continue;
            const SpoolDirectories::Directory &d = dir(file);
            if (std::find(synced.begin(), synced.end(), d.device) != synced.end())
                continue;
            synced.push_back(d.device);
            if (retryOnEintr([&] { return ::syncfs(d.fd); }) != 0) {
                const int error = errno;
                for (const File &other : m_files) {
                    if (dir(other).device == d.device)
                        fail(other, "sync the file system of", error);
                }
            }
        }
    }

    void renameFiles()
    {
        for (File &file : m_files) {
            if (!file.opened || !m_jobs[file.job].ok)
                continue;
            Directory &d = m_directories[file.directory];
            if (renameNoReplace(d.spool->fd, file.temporaryName.constData(), file.finalName.constData())
                != 0) {
                fail(file, "rename", errno);
                continue;
            }
            file.renamed = true;
            if (file.pooled) {
                d.pooledInto = true;
                m_spoolDirectories.renamedFromPool(*d.spool);
            } else {
                d.renamedInto = true;
            }
        }
    }

    void syncDirectories()
    {
        for (size_t i = 0; i < m_directories.size(); ++i) {
            Directory &d = m_directories[i];
            if (!d.renamedInto)
                continue; // renames out of the pool are made durable later
            if (retryOnEintr([&] { return ::fsync(d.spool->fd); }) == 0) {
                m_spoolDirectories.directorySynced(*d.spool); // the pooled renames went with it
                continue;
            }
            const int error = errno;
            for (const File &file : m_files) {
                if (file.renamed && !file.pooled && file.directory == i)
                    fail(file, "sync the directory of", error);
            }
        }
    }

    // A failed message leaves no file under its final name (best effort: if the unlink fails, a
    // copy may remain, which the client, told 451, may duplicate by sending again). A pooled file
    // that was never opened goes back to its pool.
    void discardFailed()
    {
        for (File &file : m_files) {
            if (m_jobs[file.job].ok || !file.created)
                continue;
            if (file.pooled && !file.opened) {
                m_spoolDirectories.giveBack(dir(file), file.temporaryName);
                continue;
            }
            if (file.fd >= 0)
                closeFile(file);
            ::unlinkat(dir(file).fd, (file.renamed ? file.finalName : file.temporaryName).constData(), 0);
        }
    }

    const QByteArray m_mailroot;
    std::vector<SpoolJob> &m_jobs;
    Spool::SyncMode m_mode;
    std::atomic<Spool::WriteOrder> &m_order;
    bool m_renameFirst; // for this batch; false once a file could not be marked with its size
    SpoolDirectories &m_spoolDirectories;
    std::vector<Directory> m_directories;
    std::vector<File> m_files;
};

// A plain spool file name: "<id>.eml" with letters, digits, '-', '_' and '.', not starting with '.'.
bool isFinalName(const QByteArray &name)
{
    if (name.size() < 5 || name.size() > 255 || name.startsWith('.') || !name.endsWith(".eml"))
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_' || c == '.';
    });
}

// The final name a pooled file asks for when its length and checksum match its pool attribute;
// empty for an empty, unmarked or incomplete one.
QByteArray completePooledFile(int directory, const QByteArray &name)
{
    const int fd = retryOnEintr(
        [&] { return ::openat(directory, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC); });
    if (fd < 0)
        return {};
    QByteArray finalName;
    char value[512];
    const ssize_t length = ::fgetxattr(fd, SpoolPoolAttribute, value, sizeof value);
    const QList<QByteArray> fields =
        length > 0 ? QByteArray(value, qsizetype(length)).split(' ') : QList<QByteArray>();
    struct stat status
    {
    };
    bool sizeOk = false;
    const qint64 size = fields.size() == 3 ? fields.at(0).toLongLong(&sizeOk) : -1;
    if (sizeOk && isFinalName(fields.at(2)) && ::fstat(fd, &status) == 0 && qint64(status.st_size) == size) {
        QCryptographicHash hash(QCryptographicHash::Blake2b_256);
        std::vector<char> buffer(64 * 1024);
        qint64 read = 0;
        ssize_t n = 0;
        while ((n = retryOnEintr([&] { return ::read(fd, buffer.data(), buffer.size()); })) > 0) {
            hash.addData(QByteArrayView(buffer.data(), qsizetype(n)));
            read += n;
        }
        if (n == 0 && read == size && hash.result().toHex() == fields.at(1))
            finalName = fields.at(2);
    }
    ::close(fd);
    return finalName;
}

bool sameFile(int directory, const QByteArray &a, const QByteArray &b)
{
    struct stat first
    {
    };
    struct stat second
    {
    };
    return ::fstatat(directory, a.constData(), &first, AT_SYMLINK_NOFOLLOW) == 0
        && ::fstatat(directory, b.constData(), &second, AT_SYMLINK_NOFOLLOW) == 0
        && first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

bool hasLineBreakOrNul(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

} // namespace

SpoolDirectories::SpoolDirectories()
    : m_prefix(SpoolPoolPrefix + QByteArray::number(QRandomGenerator::system()->generate64(), 16) + '-')
    , m_filler([this] { fillLoop(); })
{ }

SpoolDirectories::~SpoolDirectories()
{
    close();
}

SpoolDirectories::Directory &SpoolDirectories::directory(const QByteArray &mailroot, int instance,
                                                         const char *kind)
{
    const QString name = QStringLiteral("vsi-%1/%2").arg(instance).arg(QLatin1String(kind));
    Directory *found = nullptr;
    for (const std::unique_ptr<Directory> &directory : m_directories) {
        if (directory->name == name) {
            found = directory.get();
            break;
        }
    }
    if (!found) {
        auto directory = std::make_unique<Directory>();
        directory->name = name;
        directory->path = mailroot + '/' + name.toLatin1();
        found = directory.get();
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_directories.push_back(std::move(directory));
    }
    Directory &d = *found;
    if (d.fd >= 0) {
        // Still the directory that is open? One stat a batch keeps a removed or replaced
        // directory from swallowing messages (and its pool) unseen.
        struct stat status
        {
        };
        if (::stat(d.path.constData(), &status) == 0 && status.st_dev == d.device && status.st_ino == d.inode)
            return d;
        closeDirectory(d);
    }
    const int fd =
        retryOnEintr([&] { return ::open(d.path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); });
    const int openError = fd < 0 ? errno : 0;
    struct stat status
    {
    };
    if (fd >= 0 && ::fstat(fd, &status) != 0)
        status = {};
    const std::lock_guard<std::mutex> lock(m_mutex);
    d.fd = fd;
    d.openError = openError;
    d.device = status.st_dev;
    d.inode = status.st_ino;
    return d;
}

bool SpoolDirectories::poolEnabled() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_poolEnabled;
}

void SpoolDirectories::disablePool()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_poolEnabled)
        return;
    m_poolEnabled = false;
    qCWarning(lcSpoolWriter) << "no extended attributes in the mail directories: no pre-created spool files,"
                             << "each batch syncs its directories before 250";
    for (const std::unique_ptr<Directory> &directory : m_directories) {
        for (const QByteArray &name : directory->pool)
            ::unlinkat(directory->fd, name.constData(), 0);
        directory->pool.clear();
    }
}

bool SpoolDirectories::take(const std::vector<Directory *> &wanted, std::vector<QByteArray> *names)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_poolEnabled)
        return false;
    for (const std::unique_ptr<Directory> &directory : m_directories) {
        if (size_t(std::count(wanted.cbegin(), wanted.cend(), directory.get())) > directory->pool.size())
            return false;
    }
    names->clear();
    for (Directory *directory : wanted) {
        names->push_back(directory->pool.back());
        directory->pool.pop_back();
    }
    return true;
}

void SpoolDirectories::giveBack(Directory &directory, const QByteArray &name)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    directory.pool.push_back(name);
}

void SpoolDirectories::renamedFromPool(Directory &directory)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    ++directory.renames;
}

void SpoolDirectories::directorySynced(Directory &directory)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    directory.renamesDurable = directory.renames; // the writer alone renames: all of them preceded the sync
}

void SpoolDirectories::requestFill()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (const std::unique_ptr<Directory> &directory : m_directories)
            directory->fillFailed = false;
    }
    m_wake.notify_one();
}

void SpoolDirectories::fillNow()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (const std::unique_ptr<Directory> &directory : m_directories) {
        m_wake.wait(lock, [&] { return !directory->filling; });
        if (directory->fd >= 0 && directory->pool.size() < PoolSize)
            fill(lock, *directory);
    }
}

SpoolDirectories::Directory *SpoolDirectories::nextToFill() const
{
    if (!m_poolEnabled)
        return nullptr;
    for (const std::unique_ptr<Directory> &directory : m_directories) {
        if (directory->fd >= 0 && !directory->filling && !directory->fillFailed
            && directory->pool.size() <= PoolLow)
            return directory.get();
    }
    return nullptr;
}

// One round for one directory: the missing files created, then one fsync of the directory (which
// also makes the renames out of the pool done so far durable). Called with the lock held; works
// without it, on a descriptor of its own, and hands the files over only if the writer still has
// the same directory open.
void SpoolDirectories::fill(std::unique_lock<std::mutex> &lock, Directory &directory)
{
    directory.filling = true;
    const QByteArray path = directory.path;
    const QString name = directory.name;
    const dev_t device = directory.device;
    const ino_t inode = directory.inode;
    const size_t wanted = PoolSize - std::min(PoolSize, directory.pool.size());
    const quint64 renames = directory.renames;
    quint64 counter = m_counter;
    m_counter += 2 * wanted;
    lock.unlock();

    std::vector<QByteArray> created;
    bool synced = false;
    const int fd = retryOnEintr([&] { return ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); });
    struct stat status
    {
    };
    if (fd >= 0 && ::fstat(fd, &status) == 0 && status.st_dev == device && status.st_ino == inode) {
        for (size_t attempt = 0; created.size() < wanted && attempt < 2 * wanted; ++attempt) {
            const QByteArray file = m_prefix + QByteArray::number(++counter);
            const int created_fd = retryOnEintr([&] {
                return ::openat(fd, file.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            });
            if (created_fd < 0) {
                if (errno == EEXIST)
                    continue;
                qCWarning(lcSpoolWriter).noquote()
                    << "cannot create a spool file in" << name << ":" << systemError(errno);
                break;
            }
            ::close(created_fd);
            created.push_back(file);
        }
        synced = !created.empty() && retryOnEintr([&] { return ::fsync(fd); }) == 0;
        if (!created.empty() && !synced)
            qCWarning(lcSpoolWriter).noquote() << "cannot sync" << name << ":" << systemError(errno);
    }

    lock.lock();
    directory.filling = false;
    if (synced && m_poolEnabled && !m_stopping && directory.fd >= 0 && directory.device == device
        && directory.inode == inode) {
        directory.pool.insert(directory.pool.end(), created.begin(), created.end());
        directory.renamesDurable = std::max(directory.renamesDurable, renames);
        created.clear();
    } else {
        directory.fillFailed = true;
    }
    for (const QByteArray &file : created) // not known to be durable, or not wanted any more
        ::unlinkat(fd, file.constData(), 0);
    if (fd >= 0)
        ::close(fd);
    m_wake.notify_all();
}

void SpoolDirectories::fillLoop()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        Directory *next = nullptr;
        m_wake.wait(lock, [&] { return m_stopping || (next = nextToFill()) != nullptr; });
        if (m_stopping)
            return;
        fill(lock, *next);
    }
}

bool SpoolDirectories::hasPendingRenames() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return std::any_of(m_directories.cbegin(), m_directories.cend(), [](const std::unique_ptr<Directory> &d) {
        return d->fd >= 0 && d->renames > d->renamesDurable;
    });
}

void SpoolDirectories::syncPendingRenames()
{
    for (const std::unique_ptr<Directory> &directory : m_directories) {
        quint64 renames = 0;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (directory->fd < 0 || directory->renames == directory->renamesDurable)
                continue;
            renames = directory->renames;
        }
        if (retryOnEintr([&] { return ::fsync(directory->fd); }) != 0) {
            qCWarning(lcSpoolWriter).noquote()
                << "cannot sync" << directory->name << ":" << systemError(errno);
            continue;
        }
        const std::lock_guard<std::mutex> lock(m_mutex);
        directory->renamesDurable = std::max(directory->renamesDurable, renames);
    }
}

void SpoolDirectories::close()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_filler.joinable())
        m_filler.join();
    for (const std::unique_ptr<Directory> &directory : m_directories)
        closeDirectory(*directory);
}

void SpoolDirectories::closeDirectory(Directory &directory)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_wake.wait(lock, [&] { return !directory.filling; });
    if (directory.fd < 0)
        return;
    if (directory.renames > directory.renamesDurable)
        ::fsync(directory.fd);
    for (const QByteArray &name : directory.pool)
        ::unlinkat(directory.fd, name.constData(), 0);
    directory.pool.clear();
    ::close(directory.fd);
    directory.fd = -1;
    directory.renames = directory.renamesDurable = 0;
}

void writeSpoolBatch(const QByteArray &mailroot, std::vector<SpoolJob> &batch, Spool::SyncMode mode,
                     std::atomic<Spool::WriteOrder> &order, SpoolDirectories &directories)
{
    BatchWriter writer(mailroot, batch, mode, order, directories);
    writer.run();
}

SpoolPoolRecovery recoverSpoolPool(const QString &directory, const QString &badmail,
                                   const QByteArray &ownPrefix)
{
    SpoolPoolRecovery result;
    const QStringList names =
        QDir(directory).entryList({QLatin1String(SpoolPoolPrefix) + QLatin1Char('*')},
                                  QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    if (names.isEmpty())
        return result;
    const QByteArray path = QFile::encodeName(directory);
    const int dirFd =
        retryOnEintr([&] { return ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); });
    if (dirFd < 0) {
        qCWarning(lcSpoolWriter).noquote() << "cannot open" << directory << ":" << systemError(errno);
        return result;
    }
    bool badmailChanged = false;
    for (const QString &entry : names) {
        const QByteArray name = QFile::encodeName(entry);
        if (name.startsWith(ownPrefix))
            continue;
        const QByteArray finalName = completePooledFile(dirFd, name);
        if (finalName.isEmpty()) {
            if (::unlinkat(dirFd, name.constData(), 0) == 0)
                ++result.discarded;
            continue;
        }
        if (renameNoReplace(dirFd, name.constData(), finalName.constData()) == 0) {
            ++result.renamed;
            continue;
        }
        if (errno != EEXIST) {
            qCWarning(lcSpoolWriter).noquote()
                << "cannot rename" << directory + QLatin1Char('/') + entry << ":" << systemError(errno);
            continue;
        }
        if (sameFile(dirFd, name, finalName)) { // a rename the crash left half done: both names
            if (::unlinkat(dirFd, name.constData(), 0) == 0)
                ++result.renamed;
            continue;
        }
        const QByteArray target = QFile::encodeName(badmail) + "/duplicate-" + finalName;
        if (::renameat2(dirFd, name.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0) {
            ++result.kept;
            badmailChanged = true;
        } else {
            qCWarning(lcSpoolWriter).noquote() << "cannot move" << directory + QLatin1Char('/') + entry
                                               << "to Badmail:" << systemError(errno);
        }
    }
    if (result.renamed + result.discarded + result.kept > 0 && ::fsync(dirFd) != 0)
        qCWarning(lcSpoolWriter).noquote() << "cannot sync" << directory << ":" << systemError(errno);
    ::close(dirFd);
    if (badmailChanged) {
        const int badmailFd =
            ::open(QFile::encodeName(badmail).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (badmailFd >= 0) {
            ::fsync(badmailFd);
            ::close(badmailFd);
        }
    }
    return result;
}

QByteArray spoolEnvelopeLines(const QString &sender, const QStringList &recipients)
{
    QByteArray lines;
    lines.reserve(32 + 32 * recipients.size());
    lines += "X-Sender: ";
    lines += sender.isEmpty() ? QByteArray("<>") : sender.toUtf8();
    lines += Crlf;
    for (const QString &recipient : recipients) {
        lines += "X-Receiver: ";
        lines += recipient.toUtf8();
        lines += Crlf;
    }
    return lines;
}

QString spoolEnvelopeProblem(const SpooledMessage &message)
{
    // A chosen id becomes a file name: letters, digits, '-', '_', '.', not starting with '.'.
    const bool idIsFileName = std::all_of(message.id.cbegin(), message.id.cend(), [](QChar c) {
        return c.unicode() < 128
            && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                || c == QLatin1Char('.'));
    });
    if (!idIsFileName || message.id.startsWith(QLatin1Char('.')) || message.id.size() > 200)
        return QStringLiteral("the message id is not a valid file name");
    if (message.virtualServerInstance < 1)
        return QStringLiteral("invalid virtual server instance %1").arg(message.virtualServerInstance);
    if (message.localRecipients.isEmpty() && message.relayRecipients.isEmpty())
        return QStringLiteral("the message has no recipient");
    if (hasLineBreakOrNul(message.sender))
        return QStringLiteral("line break or NUL in the sender address");
    for (const QStringList *list : {&message.localRecipients, &message.relayRecipients}) {
        for (const QString &recipient : *list) {
            if (recipient.isEmpty() || hasLineBreakOrNul(recipient))
                return QStringLiteral("empty recipient address, or a line break or NUL in one");
        }
    }
    return {};
}

bool spoolIsComplete(const QByteArray &path)
{
    char value[32];
    const ssize_t length = ::getxattr(path.constData(), SpoolSizeAttribute, value, sizeof value - 1);
    if (length < 0)
        return true; // written in the two-commit order, which never shows an incomplete file
    value[length] = '\0';
    struct stat info
    {
    };
    bool ok = false;
    const qint64 expected = QByteArray(value, int(length)).toLongLong(&ok);
    return ok && ::stat(path.constData(), &info) == 0 && qint64(info.st_size) == expected;
}

} // namespace RelayDesk

#include "spoolwriter.h"

#include <QLoggingCategory>

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
                std::atomic<Spool::WriteOrder> &order)
        : m_mailroot(mailroot)
        , m_jobs(jobs)
        , m_mode(mode)
        , m_order(order)
        , m_renameFirst(order.load() == Spool::WriteOrder::RenameFirst)
    { }

    ~BatchWriter()
    {
        for (File &file : m_files) {
            if (file.fd >= 0)
                ::close(file.fd);
        }
        for (const Directory &directory : m_directories) {
            if (directory.fd >= 0)
                ::close(directory.fd);
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
        QByteArray path;
        QString name; // "vsi-<n>/Drop", for messages
        int fd = -1;
        int openError = 0;
        dev_t device = 0;
        bool renamedInto = false;
    };

    struct File
    {
        size_t job = 0;
        size_t directory = 0;
        QByteArray envelope; // X-Sender, X-Receiver
        QByteArray temporaryName;
        QByteArray finalName;
        int fd = -1;
        bool created = false;
        bool renamed = false;
    };

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
        const QString path = m_directories[file.directory].name + QLatin1Char('/')
            + QString::fromLatin1(file.renamed ? file.finalName : file.temporaryName);
        fail(file.job, QStringLiteral("cannot %1 %2: %3").arg(QLatin1String(what), path, systemError(error)));
    }

    size_t directory(int instance, const char *kind)
    {
        const QString name = QStringLiteral("vsi-%1/%2").arg(instance).arg(QLatin1String(kind));
        for (size_t i = 0; i < m_directories.size(); ++i) {
            if (m_directories[i].name == name)
                return i;
        }
        Directory d;
        d.name = name;
        d.path = m_mailroot + '/' + name.toLatin1();
        d.fd = retryOnEintr([&] { return ::open(d.path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); });
        if (d.fd < 0) {
            d.openError = errno;
        } else {
            struct stat status
            {
            };
            if (::fstat(d.fd, &status) == 0)
                d.device = status.st_dev;
        }
        m_directories.push_back(d);
        return m_directories.size() - 1;
    }

    void planFile(size_t job, const char *kind, const QStringList &recipients)
    {
        const SpoolJob &j = m_jobs[job];
        const size_t dir = directory(j.message.virtualServerInstance, kind);
        if (m_directories[dir].fd < 0) {
            fail(job,
                 QStringLiteral("cannot open %1: %2")
                     .arg(m_directories[dir].name, systemError(m_directories[dir].openError)));
            return;
        }
        File file;
        file.job = job;
        file.directory = dir;
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
    }

    void writeFiles()
    {
        for (File &file : m_files) {
            const SpoolJob &job = m_jobs[file.job];
            if (!job.ok)
                continue;
            const int dir = m_directories[file.directory].fd;
            file.fd = retryOnEintr([&] {
                return ::openat(dir, file.temporaryName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                                0600);
            });
            if (file.fd < 0) {
                fail(file, "create", errno);
                continue;
            }
            file.created = true;
            const QByteArray &received = job.message.receivedHeader;
            const QByteArray &data = job.message.data;
            const bool receivedNeedsCrlf = !received.isEmpty() && !received.endsWith(Crlf);
            const bool dataNeedsCrlf = !data.isEmpty() && !data.endsWith(Crlf);
            std::array<iovec, 4> segments{segment(file.envelope), segment(received), segment(data),
                                          iovec{nullptr, 0}};
            QByteArray fixedReceived;
            if (receivedNeedsCrlf) {
                fixedReceived = received + Crlf;
                segments[1] = segment(fixedReceived);
            }
            if (dataNeedsCrlf)
                segments[3] = segment(Crlf);
            if (!writeAll(file.fd, segments)) {
                fail(file, "write", errno);
                continue;
            }
            if (m_renameFirst) {
                const QByteArray size = QByteArray::number(qint64(::lseek(file.fd, 0, SEEK_CUR)));
                if (::fsetxattr(file.fd, SpoolSizeAttribute, size.constData(), size_t(size.size()), 0) != 0) {
                    if (errno != ENOTSUP) {
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
                // Start the write-back now, so the fdatasync() calls that follow find most of the
                // batch already on its way to the device.
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
            // fsync, not fdatasync, when the file already has its final name: the commit must
            // carry the rename too.
            if (m_jobs[file.job].ok
                && retryOnEintr([&] { return m_renameFirst ? ::fsync(file.fd) : ::fdatasync(file.fd); }) != 0)
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
            if (!file.created || !m_jobs[file.job].ok)
                continue;
            const Directory &dir = m_directories[file.directory];
            if (std::find(synced.begin(), synced.end(), dir.device) != synced.end())
                continue;
            synced.push_back(dir.device);
            if (retryOnEintr([&] { return ::syncfs(dir.fd); }) != 0) {
                const int error = errno;
                for (const File &other : m_files) {
                    if (m_directories[other.directory].device == dir.device)
                        fail(other, "sync the file system of", error);
                }
            }
        }
    }

    void renameFiles()
    {
        for (File &file : m_files) {
            if (!file.created || !m_jobs[file.job].ok)
                continue;
            Directory &dir = m_directories[file.directory];
            if (renameNoReplace(dir.fd, file.temporaryName.constData(), file.finalName.constData()) != 0) {
                fail(file, "rename", errno);
                continue;
            }
            file.renamed = true;
            dir.renamedInto = true;
        }
    }

    void syncDirectories()
    {
        for (size_t d = 0; d < m_directories.size(); ++d) {
            const Directory &dir = m_directories[d];
            if (!dir.renamedInto || retryOnEintr([&] { return ::fsync(dir.fd); }) == 0)
                continue;
            const int error = errno;
            for (const File &file : m_files) {
                if (file.renamed && file.directory == d)
                    fail(file, "sync the directory of", error);
            }
        }
    }

    // A failed message leaves no file under its final name (best effort: if the unlink fails, a
    // copy may remain, which the client, told 451, may duplicate by sending again).
    void discardFailed()
    {
        for (File &file : m_files) {
            if (m_jobs[file.job].ok || !file.created)
                continue;
            if (file.fd >= 0)
                closeFile(file);
            const int dir = m_directories[file.directory].fd;
            ::unlinkat(dir, (file.renamed ? file.finalName : file.temporaryName).constData(), 0);
        }
    }

    const QByteArray m_mailroot;
    std::vector<SpoolJob> &m_jobs;
    Spool::SyncMode m_mode;
    std::atomic<Spool::WriteOrder> &m_order;
    bool m_renameFirst; // for this batch; false once a file could not be marked with its size
    std::vector<Directory> m_directories;
    std::vector<File> m_files;
};

bool hasLineBreakOrNul(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

} // namespace

void writeSpoolBatch(const QByteArray &mailroot, std::vector<SpoolJob> &batch, Spool::SyncMode mode,
                     std::atomic<Spool::WriteOrder> &order)
{
    BatchWriter writer(mailroot, batch, mode, order);
    writer.run();
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

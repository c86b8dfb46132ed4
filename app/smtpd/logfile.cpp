#include "logfile.h"

#include <QAbstractEventDispatcher>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

namespace RelayDesk {

namespace {

Q_LOGGING_CATEGORY(lcLogFile, "relaydesk.smtpd.logfile")

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDirectory =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

class LogFile::Private
{
public:
    // Writes the buffer out; the caller holds the mutex. A failed write is reported once per
    // file and the lines are dropped: a full disk must not make the listener grow without bound.
    void flushLocked()
    {
        if (buffer.isEmpty())
            return;
        if (file.isOpen() && file.write(buffer) != buffer.size() && !writeFailed) {
            writeFailed = true;
            qCWarning(lcLogFile, "cannot write to %ls: %ls", qUtf16Printable(file.fileName()),
                      qUtf16Printable(file.errorString()));
        }
        buffer.resize(0);
    }

    // The periodic flush, in the constructing thread if it has an event dispatcher.
    void startTimer()
    {
        if (QThread::currentThread() != owner || timer || !QAbstractEventDispatcher::instance())
            return;
        timer = std::make_unique<QTimer>();
        timer->setInterval(FlushIntervalMs);
        QObject::connect(timer.get(), &QTimer::timeout, timer.get(), [this] {
            const QMutexLocker locker(&mutex);
            flushLocked();
        });
        timer->start();
    }

    mutable QMutex mutex;
    QFile file;
    QByteArray buffer;
    QElapsedTimer oldestLine; // runs while the buffer holds lines
    bool writeFailed = false;
    QThread *const owner = QThread::currentThread();
    std::unique_ptr<QTimer> timer; // owned by `owner`
};

LogFile::LogFile()
    : d(std::make_unique<Private>())
{ }

LogFile::~LogFile()
{
    const QMutexLocker locker(&d->mutex);
    d->flushLocked();
}

bool LogFile::open(const QString &path, QString *error)
{
    {
        const QMutexLocker locker(&d->mutex);
        d->flushLocked();
        d->file.close();
        d->writeFailed = false;

        const QFileInfo info(path);
        if (!makePrivateDirectory(info.absolutePath(), error))
            return false;
        d->file.setFileName(path);
        // Unbuffered: the lines are buffered here, under the mutex, and written in one call.
        if (!d->file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered, OwnerReadWrite)) {
            if (error)
                *error = QStringLiteral("cannot open %1: %2").arg(path, d->file.errorString());
            return false;
        }
        // open() sets the permissions only of a file it creates; an older file is made private too.
        if (!d->file.setPermissions(OwnerReadWrite)) {
            if (error)
                *error = QStringLiteral("cannot make %1 owner-only: %2").arg(path, d->file.errorString());
            d->file.close();
            return false;
        }
    }
    d->startTimer();
    return true;
}

bool LogFile::isOpen() const
{
    const QMutexLocker locker(&d->mutex);
    return d->file.isOpen();
}

QString LogFile::path() const
{
    const QMutexLocker locker(&d->mutex);
    return d->file.isOpen() ? d->file.fileName() : QString();
}

qint64 LogFile::size() const
{
    const QMutexLocker locker(&d->mutex);
    return d->file.isOpen() ? d->file.size() + d->buffer.size() : 0;
}

void LogFile::append(const QByteArray &lines)
{
    const QMutexLocker locker(&d->mutex);
    if (!d->file.isOpen() || lines.isEmpty())
        return;
    if (d->buffer.isEmpty())
        d->oldestLine.start();
    d->buffer += lines;
    if (d->buffer.size() >= FlushThreshold || d->oldestLine.hasExpired(FlushIntervalMs))
        d->flushLocked();
}

void LogFile::flush()
{
    const QMutexLocker locker(&d->mutex);
    d->flushLocked();
}

void LogFile::startFlushTimer()
{
    d->startTimer();
}

bool LogFile::makePrivateDirectory(const QString &directory, QString *error)
{
    const QFileInfo info(directory);
    if (info.isDir())
        return true;
    if (info.exists() || info.isSymLink()) {
        if (error)
            *error = QStringLiteral("%1 exists and is not a directory").arg(directory);
        return false;
    }
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent)) {
        if (error)
            *error = QStringLiteral("cannot create the directory %1").arg(parent);
        return false;
    }
    // Another thread or process may create it at the same moment: that is fine.
    if (!QDir().mkdir(info.absoluteFilePath(), OwnerOnlyDirectory) && !QFileInfo(directory).isDir()) {
        if (error)
            *error = QStringLiteral("cannot create the directory %1").arg(directory);
        return false;
    }
    return true;
}

} // namespace RelayDesk

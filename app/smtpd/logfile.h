#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace RelayDesk {

// An owner-only (0600) file that log lines are appended to, shared by the event log and the
// protocol log. Lines collect in memory and reach the file when the buffer passes 64 KiB, when
// the oldest buffered line is a second old (checked by a timer in the thread that first called
// startFlushTimer() or open() in the thread that constructed it, if that thread runs an event loop,
// and on every append), on flush() and on destruction.
// append(), flush() and open() may be called from any thread; construct and destroy in one thread.
class LogFile final
{
public:
    static constexpr qsizetype FlushThreshold = 64 * 1024;
    static constexpr int FlushIntervalMs = 1000;

    LogFile();
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Opens `path` for appending (flushing and closing a file opened before). The file is created
    // 0600, and an existing one is made 0600; a missing parent directory is created 0700.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const;
    // The size of the file on disk plus what is still buffered; 0 when nothing is open.
    qint64 size() const;

    void append(const QByteArray &lines);
    void flush();
    // Starts the one-second flush timer if called in the constructing thread and that thread has an
    // event dispatcher (open() calls it too). For owners that open the file lazily.
    void startFlushTimer();

    // Creates `directory` (and its parents) if it is missing, the last component 0700.
    static bool makePrivateDirectory(const QString &directory, QString *error);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace RelayDesk

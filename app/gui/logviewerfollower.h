#pragma once

#include "listenerlog.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace RelayDesk {

// Follows log files as the listener appends to them: reads only the new bytes (LogTail), a
// bounded chunk per turn of the event loop so that a large log loads without blocking the window,
// and starts over when a file is truncated or replaced. Woken by QFileSystemWatcher, with a poll
// timer as the fallback (the listener flushes its logs at least every second).
class LogFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFollower)

public:
    explicit LogFollower(QObject *parent = nullptr);
    ~LogFollower() override;

    // A file to follow; `path` is asked again at every poll (a protocol log changes its name every
    // UTC day). Returns the source's number.
    int addSource(std::function<QString()> path);
    int sourceCount() const { return int(m_sources.size()); }
    QString path(int source) const;
    // Reads source `source` again from its beginning.
    void rewind(int source);

    // Bytes read per source and turn (default 256 KiB); the poll interval (default 500 ms).
    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }
    void setPollInterval(int ms) { m_timer.setInterval(ms); }
    // Begins following: the first read happens in the event loop, never in this call.
    void start();
    void stop();
    // Whether a file still has unread bytes that the next turn reads.
    bool isCatchingUp() const { return m_catchingUp; }

signals:
    // The file of `source` was truncated or replaced: what was read of it is gone.
    void restarted(int source);
    void linesRead(int source, const QList<QByteArray> &lines);

private:
    void schedule();
    void readNow();
    void watch(const QString &path);

    struct Source
    {
        std::function<QString()> path;
        std::unique_ptr<LogTail> tail;
    };
    std::vector<Source> m_sources;
    QTimer m_timer;
    QFileSystemWatcher m_watcher;
    qint64 m_chunkBytes = 256 * 1024;
    bool m_scheduled = false;
    bool m_catchingUp = false;
    bool m_running = false;
};

} // namespace RelayDesk

#include "logviewerfollower.h"

#include <QFileInfo>

namespace RelayDesk {

LogFollower::LogFollower(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &LogFollower::schedule);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &LogFollower::schedule);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogFollower::schedule);
}

LogFollower::~LogFollower() = default;

int LogFollower::addSource(std::function<QString()> path)
{
    Source source;
    source.tail = std::make_unique<LogTail>(path());
    source.path = std::move(path);
    m_sources.push_back(std::move(source));
    if (m_running)
        schedule();
    return int(m_sources.size()) - 1;
}

QString LogFollower::path(int source) const
{
    return source >= 0 && source < sourceCount() ? m_sources.at(std::size_t(source)).tail->path() : QString();
}

void LogFollower::rewind(int source)
{
    if (source < 0 || source >= sourceCount())
        return;
    m_sources.at(std::size_t(source)).tail->rewind();
    if (m_running)
        schedule();
}

void LogFollower::start()
{
    m_running = true;
    m_timer.start();
    schedule();
}

void LogFollower::stop()
{
    m_running = false;
    m_timer.stop();
}

void LogFollower::schedule()
{
    if (m_scheduled || !m_running)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &LogFollower::readNow);
}

void LogFollower::watch(const QString &path)
{
    // The file itself for appends, its directory for a file that appears or is replaced.
    const QString directory = QFileInfo(path).absolutePath();
    if (QFileInfo::exists(directory) && !m_watcher.directories().contains(directory))
        m_watcher.addPath(directory);
    if (QFileInfo::exists(path) && !m_watcher.files().contains(path))
        m_watcher.addPath(path);
}

void LogFollower::readNow()
{
    m_scheduled = false;
    if (!m_running)
        return;
    bool more = false;
    for (int i = 0; i < sourceCount(); ++i) {
        Source &source = m_sources.at(std::size_t(i));
        source.tail->setPath(source.path()); // a new day's protocol log: its lines follow
        watch(source.tail->path());
        const LogTail::Chunk chunk = source.tail->read(m_chunkBytes);
        if (chunk.restarted)
            emit restarted(i);
        if (!chunk.lines.isEmpty())
            emit linesRead(i, chunk.lines);
        more = more || chunk.more;
    }
    m_catchingUp = more;
    if (more)
        schedule(); // the rest in the next turn: the window stays responsive meanwhile
}

} // namespace RelayDesk

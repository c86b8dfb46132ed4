#include "syncmonitor.h"

#include "syncworker.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QThread>

#include <csignal>

namespace RelayDesk {

Q_DECLARE_LOGGING_CATEGORY(lcSyncMonitor)

const QString SyncMonitor::SyncAction = QStringLiteral("sync");
const QString SyncMonitor::StartAction = QStringLiteral("start");
const QString SyncMonitor::StopAction = QStringLiteral("stop");
const QString SyncMonitor::RestartAction = QStringLiteral("restart");
const QString SyncMonitor::RebuildAction = QStringLiteral("rebuild");

SyncMonitor::SyncMonitor(const QString &dataDirectory, const Options &options, QObject *parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
    , m_options(options)
    , m_thread(std::make_unique<QThread>())
    , m_worker(new SyncWorker(dataDirectory, options))
    , m_autoSync(options.autoSync)
{
    qRegisterMetaType<RelayDesk::SyncStatus>();
    m_thread->setObjectName(QStringLiteral("SyncMonitor"));
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::started, m_worker, &SyncWorker::init);
    connect(m_worker, &SyncWorker::statusChanged, this, &SyncMonitor::onStatus);
    connect(m_worker, &SyncWorker::databaseRevisionChanged, this, &SyncMonitor::databaseRevisionChanged);
    connect(m_worker, &SyncWorker::actionStarted, this, &SyncMonitor::onActionStarted);
    connect(m_worker, &SyncWorker::actionFinished, this, &SyncMonitor::onActionFinished);
    connect(m_worker, &SyncWorker::listenerExited, this, &SyncMonitor::listenerExited);
}

SyncMonitor::~SyncMonitor()
{
    if (!m_thread->isRunning()) {
        delete m_worker;
        return;
    }
    m_worker->requestStop();
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::QueuedConnection);
    if (m_thread->wait(QDeadlineTimer(m_options.shutdownWaitMs))) {
        delete m_worker;
        return;
    }
    // The worker is stuck in a blocking call past every bound. Its child goes (SIGTERM: the
    // listener stops gracefully); the thread and the worker are left to the end of the process,
    // since destroying a running thread aborts it.
    const qint64 child = m_worker->childPid();
    qCWarning(lcSyncMonitor) << "the sync worker did not stop within" << m_options.shutdownWaitMs << "ms";
    if (child > 0)
        ::kill(pid_t(child), SIGTERM);
    QObject::connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    QObject::connect(m_thread.get(), &QThread::finished, m_thread.get(), &QObject::deleteLater);
    (void)m_thread.release();
}

void SyncMonitor::start()
{
    if (!m_thread->isRunning())
        m_thread->start();
}

qint64 SyncMonitor::childPid() const
{
    return m_worker->childPid();
}

void SyncMonitor::syncNow()
{
    runAction(SyncAction);
}

void SyncMonitor::startListener()
{
    runAction(StartAction);
}

void SyncMonitor::stopListener()
{
    runAction(StopAction);
}

void SyncMonitor::restartListener()
{
    runAction(RestartAction);
}

void SyncMonitor::rebuildListener()
{
    runAction(RebuildAction);
}

void SyncMonitor::runAction(const QString &action)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, action] { worker->run(action); }, Qt::QueuedConnection);
}

void SyncMonitor::runFix(SyncStatus::Fix fix)
{
    const QString action = SyncStatus::fixName(fix);
    if (!action.isEmpty())
        runAction(action);
}

void SyncMonitor::setAutoSync(bool on)
{
    m_autoSync = on;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, on] { worker->setAutoSync(on); }, Qt::QueuedConnection);
}

void SyncMonitor::refresh()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::refresh, Qt::QueuedConnection);
}

QString SyncMonitor::runningText(const QString &action)
{
    if (action == SyncAction)
        return tr("Syncing…");
    if (action == StartAction)
        return tr("Starting the listener…");
    if (action == StopAction)
        return tr("Stopping the listener…");
    if (action == RestartAction)
        return tr("Restarting the listener…");
    if (action == RebuildAction)
        return tr("Rebuilding and restarting…");
    return tr("Working…");
}

void SyncMonitor::onStatus(const SyncStatus &status)
{
    m_status = status;
    emit statusChanged(status);
}

void SyncMonitor::onActionStarted(const QString &action)
{
    m_runningAction = action;
    emit actionStarted(action);
}

void SyncMonitor::onActionFinished(const QString &action, bool ok, const QString &message)
{
    m_runningAction.clear();
    emit actionFinished(action, ok, message);
}

} // namespace RelayDesk

#include "syncworker.h"

#include "configstore.h"
#include "syncservice.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace RelayDesk {

Q_LOGGING_CATEGORY(lcSyncMonitor, "relaydesk.sync.monitor")

namespace {

constexpr int StatusRequestMs = 3000; // the control socket is local: an answer takes milliseconds
constexpr int GracefulStopMs = 10000; // the child at shutdown: SIGTERM, then SIGKILL
constexpr int ChecksWithoutChange = 15; // a full check at least every 15 listener polls

bool listenerRuns(const SyncStatus &status)
{
    return status.listenerPid > 0;
}

bool sameState(const SyncStatus &a, const SyncStatus &b)
{
    return a.state == b.state && a.fix == b.fix && a.reason == b.reason && a.error == b.error
        && a.databaseRevision == b.databaseRevision && a.listenerRevision == b.listenerRevision
        && a.listenerPid == b.listenerPid && a.openRelayWarnings == b.openRelayWarnings;
}

// The fatal error a listener printed before it ended ("relaydesk-smtpd: <sentence>"), if any.
QString lastWords(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->startsWith(QLatin1String("relaydesk-smtpd: ")))
            return it->mid(17).trimmed();
    }
    return QString();
}

} // namespace

SyncWorker::SyncWorker(const QString &dataDirectory, const SyncMonitor::Options &options)
    : m_dataDirectory(dataDirectory)
    , m_options(options)
    , m_restartDelayMs(options.minRestartDelayMs)
{ }

SyncWorker::~SyncWorker() = default;

void SyncWorker::init()
{
    const ListenerPaths paths(m_dataDirectory);
    m_store = std::make_unique<ConfigStore>();
    QString error;
    if (!m_store->open(paths.database, &error, false)) {
        m_store.reset();
        m_openError = tr("The configuration database %1 cannot be opened: %2").arg(paths.database, error);
        SyncStatus failed;
        failed.state = SyncStatus::State::Failed;
        failed.reason = m_openError;
        publish(failed);
        return;
    }
    m_service = std::make_unique<SyncService>(m_store.get(), m_dataDirectory);
    SyncService::Timeouts timeouts;
    timeouts.statusMs = StatusRequestMs;
    m_service->setTimeouts(timeouts);
    m_launcher = new ChildLauncher(paths.log, this);
    connect(m_launcher, &ChildLauncher::launched, this, [this](qint64 pid) { m_childPid.store(pid); });
    // Queued: the launcher reports from inside SyncService's blocking calls.
    connect(m_launcher, &ChildLauncher::exited, this, &SyncWorker::childExited, Qt::QueuedConnection);
    m_service->setLauncher(m_launcher);

    m_revisionTimer = new QTimer(this);
    m_statusTimer = new QTimer(this);
    m_restartTimer = new QTimer(this);
    m_restartTimer->setSingleShot(true);
    connect(m_revisionTimer, &QTimer::timeout, this, &SyncWorker::pollRevision);
    connect(m_statusTimer, &QTimer::timeout, this, &SyncWorker::pollListener);
    connect(m_restartTimer, &QTimer::timeout, this, &SyncWorker::restartChild);

    m_revision = m_store->revision();
    // The window read the database before this thread started: name the revision seen now, so
    // that a commit made in between is not missed (the window ignores the revision it has).
    if (m_revision >= 0)
        emit databaseRevisionChanged(m_revision);
    check();
    if (m_options.startListener && !listenerRuns(m_last))
        execute(SyncMonitor::StartAction);
    else if (m_options.autoSync && listenerRuns(m_last) && m_last.state == SyncStatus::State::Pending)
        execute(SyncMonitor::SyncAction); // changed while no console watched
    m_revisionTimer->start(m_options.revisionPollMs);
    m_statusTimer->start(m_options.statusPollMs);
}

void SyncWorker::run(const QString &action)
{
    execute(action);
}

SyncService::Result SyncWorker::execute(const QString &action)
{
    SyncService::Result result;
    if (stopping())
        return result;
    emit actionStarted(action);
    if (!m_service) {
        result.message = m_openError;
        emit actionFinished(action, false, result.message);
        return result;
    }
    result = perform(action);
    m_fingerprint = listenerFingerprint();
    m_pollsSinceCheck = 0;
    publish(result.status);
    watchChild(result.status);
    if (!result.ok)
        qCInfo(lcSyncMonitor).noquote() << action << result.message;
    emit actionFinished(action, result.ok, result.message);
    return result;
}

SyncService::Result SyncWorker::perform(const QString &action)
{
    if (action == SyncMonitor::SyncAction)
        return m_service->push();

    QString error;
    const QJsonObject status =
        m_service->request({{QStringLiteral("command"), QStringLiteral("status")}}, StatusRequestMs, &error);
    const bool running = status.value(QStringLiteral("ok")).toBool();
    const qint64 child = m_launcher->pid();
    const bool ours = running && child != 0 && status.value(QStringLiteral("pid")).toInteger() == child;

    if (action == SyncMonitor::StartAction) {
        cancelRestart();
        return m_service->start();
    }
    if (action == SyncMonitor::StopAction) {
        cancelRestart();
        if (ours)
            m_launcher->expectExit();
        return m_service->stop();
    }
    if (action == SyncMonitor::RestartAction || action == SyncMonitor::RebuildAction) {
        cancelRestart();
        if (ours)
            m_launcher->expectExit();
        // A listener that someone else started stays theirs: started again detached, it
        // outlives this console as the one it replaces would have.
        const bool foreign = running && !ours;
        if (foreign)
            m_service->setLauncher(nullptr);
        SyncService::Result result =
            action == SyncMonitor::RestartAction ? m_service->restart() : m_service->rebuild();
        if (foreign)
            m_service->setLauncher(m_launcher);
        return result;
    }
    SyncService::Result result;
    result.message = tr("Unknown action \"%1\".").arg(action);
    result.status = m_service->check();
    return result;
}

void SyncWorker::setAutoSync(bool on)
{
    m_options.autoSync = on;
    if (!on || !m_service || stopping())
        return;
    check();
    if (listenerRuns(m_last) && m_last.state == SyncStatus::State::Pending)
        execute(SyncMonitor::SyncAction);
}

void SyncWorker::refresh()
{
    if (m_service && !stopping())
        check();
}

void SyncWorker::pollRevision()
{
    if (stopping())
        return;
    const int revision = m_store->revision();
    if (revision == m_revision)
        return;
    m_revision = revision;
    if (revision >= 0)
        emit databaseRevisionChanged(revision);
    check();
    // Every committed change reaches a running listener, whichever program committed it. A
    // program that syncs itself (relaydeskctl) may have done so already: then it is in sync.
    if (m_options.autoSync && revision >= 0 && listenerRuns(m_last) && !m_last.inSync())
        execute(SyncMonitor::SyncAction);
}

void SyncWorker::pollListener()
{
    if (stopping())
        return;
    if (listenerFingerprint() != m_fingerprint || ++m_pollsSinceCheck >= ChecksWithoutChange)
        check();
}

// What a full check depends on, at the cost of one status request and two stat() calls: the
// listener's identity and what it enforces, the listener's copy, the sync record, the revision.
// The counters and the uptime in the listener's answer change all the time and are left out.
QString SyncWorker::listenerFingerprint()
{
    const ListenerPaths &paths = m_service->paths();
    QString error;
    const QJsonObject status =
        m_service->request({{QStringLiteral("command"), QStringLiteral("status")}}, StatusRequestMs, &error);
    QStringList parts;
    if (status.value(QStringLiteral("ok")).toBool()) {
        parts << QString::number(status.value(QStringLiteral("pid")).toInteger())
              << QString::number(status.value(QStringLiteral("revision")).toInt())
              << status.value(QStringLiteral("sha256")).toString();
        const QJsonArray servers = status.value(QStringLiteral("virtualServers")).toArray();
        for (const QJsonValue &server : servers)
            parts << server.toObject().value(QStringLiteral("error")).toString();
    } else {
        parts << QStringLiteral("down");
    }
    for (const QString &path : {paths.snapshot, paths.record}) {
        const QFileInfo info(path);
        parts << (info.exists()
                      ? QStringLiteral("%1@%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch())
                      : QStringLiteral("-"));
    }
    parts << QString::number(m_revision);
    return parts.join(QLatin1Char('|'));
}

void SyncWorker::check()
{
    m_fingerprint = listenerFingerprint();
    m_pollsSinceCheck = 0;
    const SyncStatus status = m_service->check();
    publish(status);
    watchChild(status);
}

void SyncWorker::publish(const SyncStatus &status)
{
    if (m_published && sameState(status, m_last))
        return;
    m_published = true;
    m_last = status;
    emit statusChanged(status);
}

// Our child answers: from now on a crash of it is restarted.
void SyncWorker::watchChild(const SyncStatus &status)
{
    const qint64 child = m_launcher ? m_launcher->pid() : 0;
    if (child != 0 && status.listenerPid == child)
        m_supervisedPid = child;
}

void SyncWorker::childExited(const ChildLauncher::Exit &exit)
{
    m_childPid.store(m_launcher ? m_launcher->pid() : 0);
    const bool supervised = exit.pid != 0 && exit.pid == m_supervisedPid;
    if (supervised)
        m_supervisedPid = 0;
    if (stopping())
        return;
    // Expected (the console stopped it), or a child that never answered: its failed start was
    // reported by the start itself.
    if (exit.expected || !supervised) {
        check();
        return;
    }
    QString message;
    if (exit.crashed)
        message = tr("The listener (pid %1) ended abnormally.").arg(exit.pid);
    else if (exit.exitCode != 0)
        message = tr("The listener (pid %1) exited with code %2.").arg(exit.pid).arg(exit.exitCode);
    else
        message = tr("The listener (pid %1) was stopped by another program.").arg(exit.pid);
    const QString said = lastWords(exit.output);
    if (!said.isEmpty())
        message += QLatin1Char(' ') + tr("It said: %1").arg(said);
    // Restarted only when it crashed after it had run: one that never came up is a failed start,
    // which the state shows with its reason; one stopped on purpose stays stopped.
    if (exit.crashed || exit.exitCode != 0) {
        if (exit.ranMs >= m_options.maxRestartDelayMs)
            m_restartDelayMs = m_options.minRestartDelayMs; // it ran well for a while: start over
        message += QLatin1Char(' ') + scheduleRestart();
    }
    qCWarning(lcSyncMonitor).noquote() << message;
    emit listenerExited(message);
    check();
}

QString SyncWorker::scheduleRestart()
{
    const int delay = m_restartDelayMs;
    m_restarting = true;
    m_restartTimer->start(delay);
    m_restartDelayMs = qMin(delay * 2, m_options.maxRestartDelayMs);
    const int seconds = qMax(1, (delay + 500) / 1000);
    return tr("It is started again in %n second(s).", "", seconds);
}

void SyncWorker::cancelRestart()
{
    m_restarting = false;
    if (m_restartTimer)
        m_restartTimer->stop();
}

void SyncWorker::restartChild()
{
    if (stopping() || !m_restarting)
        return;
    const SyncService::Result result = execute(SyncMonitor::StartAction);
    if (!result.ok && !stopping()) {
        QString why = result.message;
        if (!why.endsWith(QLatin1Char('.')))
            why += QLatin1Char('.');
        const QString message =
            tr("The listener could not be started again. %1").arg(why) + QLatin1Char(' ') + scheduleRestart();
        qCWarning(lcSyncMonitor).noquote() << message;
        emit listenerExited(message);
    }
}

void SyncWorker::shutdown()
{
    m_stopping.store(true);
    delete m_revisionTimer;
    delete m_statusTimer;
    delete m_restartTimer;
    m_revisionTimer = m_statusTimer = m_restartTimer = nullptr;
    if (m_launcher) {
        m_launcher->disconnect(this);
        m_launcher->expectExit();
        if (!m_launcher->terminate(GracefulStopMs))
            qCWarning(lcSyncMonitor) << "the listener" << m_launcher->pid() << "did not end";
    }
    m_service.reset();
    delete m_launcher;
    m_launcher = nullptr;
    m_childPid.store(0);
    m_store.reset();
    QThread::currentThread()->quit();
}

} // namespace RelayDesk

#include "syncservice.h"

#include "configjson.h"
#include "configstore.h"
#include "controlrequest.h"
#include "privatefile.h"
#include "validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RelayDesk::SyncService", text);
}

constexpr int PollMs = 10; // between two looks at a process that is starting or stopping
constexpr int LockWaitMs = 30000;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QJsonObject command(const char *name)
{
    return QJsonObject{{QStringLiteral("command"), QLatin1String(name)}};
}

bool isOk(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("ok")).toBool();
}

// Whether a process with this pid runs (a process of another user counts). A zombie does not: in
// a container whose first process does not reap, an exited listener stays one.
bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(')'); // "pid (comm) S ..."; comm may hold anything
    return end < 0 || line.mid(end + 2, 1) != "Z";
}

// Run as root on a data directory that belongs to someone else (the service's own user), the files
// sync writes are handed to that owner: a root-owned 0600 snapshot would be unreadable for the
// listener it is meant for.
void adoptDataDirectoryOwner(const QString &dataDirectory, const QString &path)
{
    if (::geteuid() != 0)
        return;
    struct stat owner = {};
    if (::stat(QFile::encodeName(dataDirectory).constData(), &owner) != 0 || owner.st_uid == 0)
        return;
    if (::chown(QFile::encodeName(path).constData(), owner.st_uid, owner.st_gid) != 0)
        qWarning("cannot hand %s to the owner of the data directory", qPrintable(path));
}

// Waits until `done` holds or the bound runs out; true if it held.
template <typename Predicate>
bool waitUntil(int timeoutMs, Predicate done)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (done())
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(ulong(qMin<qint64>(PollMs, qMax<qint64>(deadline.remainingTime(), 1))));
    }
}

// The detached listener: outlives the program that started it; its standard error goes to
// logs/listener.log, from which a failed start is explained.
class DetachedLauncher final : public ListenerLauncher
{
public:
    explicit DetachedLauncher(QString logPath)
        : m_log(std::move(logPath))
    { }

    bool launch(const QString &program, const QStringList &arguments, QString *error) override
    {
        QDir().mkpath(QFileInfo(m_log).absolutePath());
        m_offset = QFileInfo(m_log).size();
        QProcess process;
        process.setProgram(program);
        process.setArguments(arguments);
        process.setStandardInputFile(QProcess::nullDevice());
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(m_log, QIODevice::Append);
        if (!process.startDetached(&m_pid)) {
            *error = tr("cannot start %1: %2").arg(program, process.errorString());
            return false;
        }
        QFile::setPermissions(m_log, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return true;
    }

    bool isRunning(int waitMs) override
    {
        return !waitUntil(waitMs, [this] { return !processExists(m_pid); });
    }

    QString output() override
    {
        QFile file(m_log);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(m_offset))
            return QString();
        return QString::fromLocal8Bit(file.read(64 * 1024));
    }

private:
    QString m_log;
    qint64 m_offset = 0;
    qint64 m_pid = 0;
};

// The sentence a listener that failed to start printed last: relaydesk-smtpd prints its fatal
// error as "relaydesk-smtpd: <sentence>".
QString failureFromOutput(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->startsWith(QLatin1String("relaydesk-smtpd: ")))
            return it->mid(17).trimmed();
    }
    return lines.isEmpty() ? QString() : lines.constLast().trimmed();
}

} // namespace

ListenerLauncher::~ListenerLauncher() = default;

// One push, start, stop or rebuild at a time for a data directory, across processes.
class SyncService::Lock
{
public:
    explicit Lock(const ListenerPaths &paths)
        : m_file(paths.lock)
    {
        QDir().mkpath(paths.directory);
        QFile::setPermissions(paths.directory,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        adoptDataDirectoryOwner(paths.dataDirectory, paths.directory);
        m_file.setStaleLockTime(0); // a lock whose process is gone is taken over; a live one is waited for
        m_locked = m_file.tryLock(LockWaitMs);
    }
    bool isLocked() const { return m_locked; }

private:
    QLockFile m_file;
    bool m_locked = false;
};

SyncService::SyncService(ConfigStore *store, const QString &dataDirectory)
    : m_store(store)
    , m_paths(dataDirectory)
    , m_detachedLauncher(std::make_unique<DetachedLauncher>(m_paths.log))
    , m_renderer(&ConfigJson::writeSnapshot)
{
    m_launcher = m_detachedLauncher.get();
}

SyncService::~SyncService() = default;

QString SyncService::listenerProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("RELAYDESK_SMTPD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString name = QStringLiteral("relaydesk-smtpd");
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(name), here.filePath(QStringLiteral("../smtpd/") + name),
                                     here.filePath(QStringLiteral("../app/smtpd/") + name)}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return found;
}

void SyncService::setLauncher(ListenerLauncher *launcher)
{
    m_launcher = launcher ? launcher : m_detachedLauncher.get();
}

void SyncService::setRenderer(Renderer renderer)
{
    m_renderer = renderer ? std::move(renderer) : Renderer(&ConfigJson::writeSnapshot);
    m_renderedSha.clear();
    m_current = {};
}

QJsonObject SyncService::request(const QJsonObject &request, int timeoutMs, QString *error) const
{
    return controlRequest(m_paths.control, request, timeoutMs, error);
}

bool SyncService::render(int *revision, QByteArray *bytes, QString *error)
{
    Config config;
    if (!m_store->load(&config, revision, error))
        return false;
    *bytes = m_renderer(config, *revision);
    m_renderedSha.insert(*revision, sha256(*bytes));
    return true;
}

QString SyncService::shaForRevision(int revision, QString *error)
{
    const auto cached = m_renderedSha.constFind(revision);
    if (cached != m_renderedSha.constEnd())
        return *cached;
    Config config;
    if (!m_store->configAt(revision, &config, error))
        return QString();
    const QString sha = sha256(m_renderer(config, revision));
    m_renderedSha.insert(revision, sha);
    return sha;
}

SyncFacts SyncService::facts()
{
    SyncFacts f;
    f.record = SyncRecord::read(m_paths.record);

    // A revision never changes: what it renders to and its warnings are worked out once, so that
    // a console looking every few seconds reads one number from the database, not 100,000 rows.
    QString error;
    const int revision = m_store->revision(&error);
    if (revision < 0) {
        f.databaseError = error;
    } else if (revision == m_current.revision) {
        f.databaseRevision = revision;
        f.databaseSha256 = m_current.sha256;
        f.openRelayWarnings = m_current.openRelayWarnings;
    } else {
        Config config;
        if (!m_store->load(&config, &f.databaseRevision, &error)) {
            f.databaseError = error;
        } else {
            f.databaseSha256 = m_renderedSha.value(f.databaseRevision);
            if (f.databaseSha256.isEmpty()) {
                f.databaseSha256 = sha256(m_renderer(config, f.databaseRevision));
                m_renderedSha.insert(f.databaseRevision, f.databaseSha256);
            }
            for (const VirtualServer &server : std::as_const(config.virtualServers)) {
                QString why;
                if (Validation::isOpenRelay(server, &why))
                    f.openRelayWarnings.append(tr("%1 is an open relay: %2").arg(server.name, why));
            }
            m_current = {f.databaseRevision, f.databaseSha256, f.openRelayWarnings};
        }
    }

    QFile file(m_paths.snapshot);
    f.snapshotExists = file.exists();
    if (f.snapshotExists) {
        if (!file.open(QIODevice::ReadOnly)) {
            f.snapshotError = tr("cannot read %1: %2").arg(m_paths.snapshot, file.errorString());
        } else {
            const QByteArray bytes = file.readAll();
            f.snapshotSha256 = sha256(bytes);
            if (f.databaseError.isEmpty() && f.snapshotSha256 == f.databaseSha256) {
                f.snapshotRevision = f.databaseRevision;
                f.snapshotMatchesDatabase = true;
            } else {
                Config snapshot;
                QList<Problem> problems;
                if (!ConfigJson::readSnapshot(bytes, &snapshot, &f.snapshotRevision, &problems)) {
                    f.snapshotError = tr("%1 is not a valid snapshot: %2")
                                          .arg(m_paths.snapshot, problems.value(0).toString());
                } else if (f.databaseError.isEmpty() && f.snapshotRevision <= f.databaseRevision) {
                    f.snapshotMatchesDatabase =
                        shaForRevision(f.snapshotRevision, &error) == f.snapshotSha256;
                }
            }
        }
    }

    f.listenerStatus = request(command("status"), m_timeouts.statusMs, &f.listenerError);
    f.listenerRunning = isOk(f.listenerStatus);
    if (!f.listenerRunning && f.listenerError.isEmpty())
        f.listenerError = f.listenerStatus.value(QStringLiteral("error")).toString();
    if (!f.listenerRunning)
        f.listenerStatus = QJsonObject();
    return f;
}

bool SyncService::writeSnapshot(const QByteArray &bytes, QString *error)
{
    if (!writePrivateFile(m_paths.snapshot, bytes, error))
        return false;
    adoptDataDirectoryOwner(m_paths.dataDirectory, m_paths.snapshot);
    return true;
}

void SyncService::recordFailure(int revision, const QString &error)
{
    SyncRecord record = SyncRecord::read(m_paths.record);
    record.failedRevision = revision;
    record.failure = error.isEmpty() ? tr("no reason given") : error;
    record.failedAt = QDateTime::currentDateTimeUtc();
    QString ignored;
    if (record.write(m_paths.record, &ignored))
        adoptDataDirectoryOwner(m_paths.dataDirectory, m_paths.record);
}

void SyncService::recordPushed(int revision, const QString &sha)
{
    SyncRecord record;
    record.pushedRevision = revision;
    record.pushedSha256 = sha;
    record.pushedAt = QDateTime::currentDateTimeUtc();
    QString ignored;
    if (record.write(m_paths.record, &ignored))
        adoptDataDirectoryOwner(m_paths.dataDirectory, m_paths.record);
}

SyncService::Result SyncService::finish(bool ok, const QString &message)
{
    Result result;
    result.ok = ok;
    result.message = message;
    result.status = check();
    return result;
}

SyncService::Result SyncService::push()
{
    const Lock lock(m_paths);
    if (!lock.isLocked())
        return finish(
            false, tr("Another program is syncing this data directory (%1); try again.").arg(m_paths.lock));

    int revision = 0;
    QByteArray bytes;
    QString error;
    if (!render(&revision, &bytes, &error))
        return finish(false, tr("The configuration database cannot be read: %1").arg(error));

    QFile current(m_paths.snapshot);
    const bool hadSnapshot = current.open(QIODevice::ReadOnly);
    const QByteArray previous = hadSnapshot ? current.readAll() : QByteArray();
    current.close();
    if (!hadSnapshot || previous != bytes) {
        if (!writeSnapshot(bytes, &error))
            return finish(false, error);
    }

    QString transport;
    if (!isOk(request(command("status"), m_timeouts.statusMs, &transport)))
        return finish(false,
                      tr("Revision %1 is written to %2, but no listener is running to load it.")
                          .arg(revision)
                          .arg(m_paths.snapshot));

    const QJsonObject answer = request(command("reload"), m_timeouts.reloadMs, &transport);
    if (!isOk(answer)) {
        const QString reason =
            answer.isEmpty() ? transport : answer.value(QStringLiteral("error")).toString();
        // The listener keeps its last good configuration; so does its copy on disk, so that a
        // restart does not bring up what it refused.
        if (hadSnapshot)
            writeSnapshot(previous, &error);
        else
            QFile::remove(m_paths.snapshot);
        recordFailure(revision, reason);
        return finish(false, tr("The listener refused revision %1: %2").arg(revision).arg(reason));
    }
    const QString sha = sha256(bytes);
    if (answer.value(QStringLiteral("revision")).toInt(-1) != revision
        || answer.value(QStringLiteral("sha256")).toString() != sha) {
        recordFailure(revision,
                      tr("after the reload the listener reports revision %1 (sha256 %2)")
                          .arg(answer.value(QStringLiteral("revision")).toInt(-1))
                          .arg(answer.value(QStringLiteral("sha256")).toString()));
        return finish(false, tr("The listener did not load revision %1 as written.").arg(revision));
    }
    recordPushed(revision, sha);
    return finish(true, tr("The listener enforces revision %1.").arg(revision));
}

SyncService::Result SyncService::start()
{
    const Lock lock(m_paths);
    if (!lock.isLocked())
        return finish(
            false, tr("Another program is syncing this data directory (%1); try again.").arg(m_paths.lock));
    QString error;
    const QJsonObject status = request(command("status"), m_timeouts.statusMs, &error);
    if (isOk(status))
        return finish(true,
                      tr("The listener is already running (pid %1).")
                          .arg(status.value(QStringLiteral("pid")).toInteger()));
    int revision = 0;
    QByteArray bytes;
    if (!render(&revision, &bytes, &error))
        return finish(false, tr("The configuration database cannot be read: %1").arg(error));
    return startLocked(revision, bytes);
}

SyncService::Result SyncService::startLocked(int revision, const QByteArray &bytes)
{
    QString error;
    if (!writeSnapshot(bytes, &error))
        return finish(false, error);
    const QString program = listenerProgram();
    if (program.isEmpty()) {
        const QString why = tr("relaydesk-smtpd was not found beside this program or on PATH; install it or "
                               "name it in RELAYDESK_SMTPD");
        recordFailure(revision, why);
        return finish(false, why);
    }
    if (!m_launcher->launch(program, {QStringLiteral("--data-dir"), m_paths.dataDirectory}, &error)) {
        recordFailure(revision, error);
        return finish(false, error);
    }
    const QString sha = sha256(bytes);
    const QDeadlineTimer deadline(m_timeouts.startMs);
    for (;;) {
        QString transport;
        const QJsonObject status = request(command("status"), m_timeouts.statusMs, &transport);
        if (isOk(status)) {
            recordPushed(revision, sha);
            return finish(true,
                          tr("The listener started (pid %1) and enforces revision %2.")
                              .arg(status.value(QStringLiteral("pid")).toInteger())
                              .arg(status.value(QStringLiteral("revision")).toInt()));
        }
        if (!m_launcher->isRunning(PollMs * 2)) {
            QString why = failureFromOutput(m_launcher->output());
            if (why.isEmpty())
                why = tr("it exited without saying why");
            recordFailure(revision, why);
            return finish(false, tr("The listener did not start: %1").arg(why));
        }
        if (deadline.hasExpired()) {
            const QString why = tr("it did not answer on %1 within %2 seconds")
                                    .arg(m_paths.control)
                                    .arg(m_timeouts.startMs / 1000);
            recordFailure(revision, why);
            return finish(false, tr("The listener did not start: %1").arg(why));
        }
    }
}

SyncService::Result SyncService::stop()
{
    const Lock lock(m_paths);
    if (!lock.isLocked())
        return finish(
            false, tr("Another program is syncing this data directory (%1); try again.").arg(m_paths.lock));
    return stopLocked();
}

SyncService::Result SyncService::stopLocked()
{
    QString error;
    const QJsonObject status = request(command("status"), m_timeouts.statusMs, &error);
    if (!isOk(status))
        return finish(true, tr("The listener is not running."));
    const qint64 pid = status.value(QStringLiteral("pid")).toInteger();
    const QJsonObject answer = request(command("stop"), m_timeouts.statusMs, &error);
    if (!isOk(answer))
        return finish(false,
                      tr("The listener did not accept the stop: %1")
                          .arg(answer.isEmpty() ? error : answer.value(QStringLiteral("error")).toString()));
    const bool gone = waitUntil(m_timeouts.stopMs, [this, pid] {
        QString ignored;
        return !processExists(pid) && !isOk(request(command("status"), m_timeouts.statusMs, &ignored));
    });
    if (!gone)
        return finish(false,
                      tr("The listener (pid %1) did not stop within %2 seconds.")
                          .arg(pid)
                          .arg(m_timeouts.stopMs / 1000));
    return finish(true, tr("The listener (pid %1) stopped.").arg(pid));
}

SyncService::Result SyncService::restart()
{
    const Lock lock(m_paths);
    if (!lock.isLocked())
        return finish(
            false, tr("Another program is syncing this data directory (%1); try again.").arg(m_paths.lock));
    int revision = 0;
    QByteArray bytes;
    QString error;
    if (!render(&revision, &bytes, &error))
        return finish(false, tr("The configuration database cannot be read: %1").arg(error));

    const QJsonObject status = request(command("status"), m_timeouts.statusMs, &error);
    if (isOk(status)
        && status.value(QStringLiteral("serviceManager")).toString() == QLatin1String("systemd")) {
        // The service manager owns the process: the listener exits asking for a restart, and
        // systemd starts it again on the snapshot written here.
        if (!writeSnapshot(bytes, &error))
            return finish(false, error);
        const qint64 oldPid = status.value(QStringLiteral("pid")).toInteger();
        const QJsonObject answer = request(command("restart"), m_timeouts.statusMs, &error);
        if (!isOk(answer))
            return finish(
                false,
                tr("The listener did not accept the restart: %1")
                    .arg(answer.isEmpty() ? error : answer.value(QStringLiteral("error")).toString()));
        QJsonObject fresh;
        const bool back = waitUntil(m_timeouts.stopMs + m_timeouts.startMs, [&] {
            QString ignored;
            fresh = request(command("status"), m_timeouts.statusMs, &ignored);
            return isOk(fresh) && fresh.value(QStringLiteral("pid")).toInteger() != oldPid;
        });
        if (!back) {
            recordFailure(revision, tr("systemd did not start the listener again"));
            return finish(false,
                          tr("The listener stopped for a restart, but systemd did not start it again "
                             "(see \"journalctl -u relaydesk-smtpd\")."));
        }
        recordPushed(revision, sha256(bytes));
        return finish(true,
                      tr("systemd restarted the listener (pid %1).")
                          .arg(fresh.value(QStringLiteral("pid")).toInteger()));
    }

    const Result stopped = stopLocked();
    if (!stopped.ok)
        return stopped;
    return startLocked(revision, bytes);
}

SyncService::Result SyncService::rebuild()
{
    {
        const Lock lock(m_paths);
        if (!lock.isLocked())
            return finish(
                false,
                tr("Another program is syncing this data directory (%1); try again.").arg(m_paths.lock));
        if (QFile::exists(m_paths.snapshot) && !QFile::remove(m_paths.snapshot))
            return finish(false, tr("cannot delete %1").arg(m_paths.snapshot));
        m_renderedSha.clear();
        m_current = {};
    }
    return restart();
}

} // namespace RelayDesk

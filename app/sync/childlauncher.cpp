#include "childlauncher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalBlocker>

#include <csignal>

#include <sys/prctl.h>

namespace RelayDesk {

namespace {

constexpr qsizetype KeptErrorBytes = 64 * 1024;
constexpr int StartWaitMs = 10000; // fork and exec, not the listener's own start
constexpr int KillWaitMs = 5000;

} // namespace

ChildLauncher::ChildLauncher(const QString &logPath, QObject *parent)
    : QObject(parent)
    , m_logPath(logPath)
{
    qRegisterMetaType<RelayDesk::ChildLauncher::Exit>();
}

ChildLauncher::~ChildLauncher()
{
    const QSignalBlocker blocker(this);
    expectExit();
    terminate(KillWaitMs);
}

bool ChildLauncher::launch(const QString &program, const QStringList &arguments, QString *error)
{
    // Sync launches only when no listener answers: a child that still runs is hung. It goes
    // first, or it would hold the control socket and the ports.
    if (m_process) {
        expectExit();
        terminate(KillWaitMs);
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_error.clear();
    m_expected = false;

    auto *process = new QProcess(this);
    process->setProgram(program);
    process->setArguments(arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    process->setStandardOutputFile(QProcess::nullDevice());
    // The kernel ends the listener when the thread that started it ends without stopping it
    // (the console crashed): a console's child never outlives it.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(process, &QProcess::readyReadStandardError, this, &ChildLauncher::readError);
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        finished(process, exitCode, status);
    });
    m_process = process;
    process->start();
    if (!process->waitForStarted(StartWaitMs)) {
        *error = tr("cannot start %1: %2").arg(program, process->errorString());
        process->disconnect(this);
        process->deleteLater();
        m_process.clear();
        return false;
    }
    m_pid.store(process->processId());
    m_started.start();
    emit launched(m_pid.load());
    return true;
}

bool ChildLauncher::isRunning(int waitMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return false;
    m_process->waitForFinished(waitMs);
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString ChildLauncher::output()
{
    readError();
    return QString::fromLocal8Bit(m_error);
}

void ChildLauncher::expectExit()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_expected = true;
}

bool ChildLauncher::terminate(int gracefulMs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return true;
    m_process->terminate();
    if (!m_process->waitForFinished(gracefulMs) && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(KillWaitMs);
    }
    return !m_process || m_process->state() == QProcess::NotRunning;
}

void ChildLauncher::readError()
{
    if (!m_process)
        return;
    const QByteArray bytes = m_process->readAllStandardError();
    if (bytes.isEmpty())
        return;
    m_error.append(bytes);
    if (m_error.size() > KeptErrorBytes)
        m_error.remove(0, m_error.size() - KeptErrorBytes);
    QDir().mkpath(QFileInfo(m_logPath).absolutePath());
    QFile log(m_logPath);
    if (log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        log.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        log.write(bytes);
    }
}

void ChildLauncher::finished(QProcess *process, int exitCode, QProcess::ExitStatus status)
{
    if (process != m_process)
        return;
    readError();
    Exit exit;
    exit.pid = m_pid.exchange(0);
    exit.expected = m_expected;
    exit.crashed = status == QProcess::CrashExit;
    exit.exitCode = exitCode;
    exit.ranMs = m_started.isValid() ? m_started.elapsed() : 0;
    exit.output = QString::fromLocal8Bit(m_error.right(4096));
    m_expected = false;
    emit exited(exit);
}

} // namespace RelayDesk

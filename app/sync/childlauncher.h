#pragma once

#include "syncservice.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProcess>

#include <atomic>

namespace RelayDesk {

// Starts the listener as a child process of the console (DESIGN.md, Processes): it lives as long
// as the console lets it, and its exit is noticed at once. Its standard error is kept (the last
// 64 KiB, for the message of a failed start) and appended to logs/listener.log like the output of
// a detached listener.
//
// Lives on the thread of the SyncService that uses it (SyncMonitor's worker): QProcess belongs to
// the thread that created it.
class ChildLauncher final : public QObject, public ListenerLauncher
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChildLauncher)

public:
    explicit ChildLauncher(const QString &logPath, QObject *parent = nullptr);
    ~ChildLauncher() override;

    bool launch(const QString &program, const QStringList &arguments, QString *error) override;
    bool isRunning(int waitMs) override;
    QString output() override;

    // The pid of the child while it runs, else 0. Any thread may ask.
    qint64 pid() const { return m_pid.load(); }

    // The next exit of the running child is the console's doing (stop, restart, rebuild, quit)
    // and is reported with expected = true.
    void expectExit();

    // Ends the running child: SIGTERM (the listener stops gracefully), SIGKILL after gracefulMs.
    // True when it is gone (or none ran).
    bool terminate(int gracefulMs);

    struct Exit
    {
        qint64 pid = 0;
        bool expected = false; // expectExit() was called for it
        bool crashed = false; // killed by a signal
        int exitCode = 0;
        qint64 ranMs = 0; // how long it ran
        QString output; // the end of its standard error
    };

signals:
    void launched(qint64 pid);
    // The child ended. Emitted from inside launch()/isRunning() as well: connect queued.
    void exited(const RelayDesk::ChildLauncher::Exit &exit);

private:
    void readError();
    void finished(QProcess *process, int exitCode, QProcess::ExitStatus status);

    QString m_logPath;
    QPointer<QProcess> m_process;
    QByteArray m_error; // the end of the current child's standard error
    QElapsedTimer m_started;
    bool m_expected = false;
    std::atomic<qint64> m_pid{0};
};

} // namespace RelayDesk

Q_DECLARE_METATYPE(RelayDesk::ChildLauncher::Exit)

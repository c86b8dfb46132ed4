#pragma once

#include <QObject>

class QSocketNotifier;

namespace RelayDesk {

// POSIX signals as Qt signals: the handler only writes the signal number into a self-pipe; a
// QSocketNotifier reads it on the event loop, where it is safe to act.
class SignalNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalNotifier)

public:
    explicit SignalNotifier(QObject *parent = nullptr);
    ~SignalNotifier() override;

    // Installs the handlers for SIGTERM, SIGINT and SIGHUP (one instance per process).
    bool install(QString *error);

signals:
    void terminateRequested(); // SIGTERM, SIGINT
    void reloadRequested(); // SIGHUP

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace RelayDesk

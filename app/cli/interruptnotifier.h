#pragma once

#include <QObject>

class QSocketNotifier;

namespace RelayDesk {

// Turns SIGINT (Ctrl+C) into a signal on the event loop while it lives, so a long command can
// cancel its work and still print what it has. The previous handler comes back on destruction.
class InterruptNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptNotifier)

public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

signals:
    void interrupted();

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
    bool m_installed = false;
};

} // namespace RelayDesk

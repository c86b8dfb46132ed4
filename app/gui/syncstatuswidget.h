#pragma once

#include "syncstatus.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace RelayDesk {

class SyncMonitor;

// The status-bar indicator of the sync state (DESIGN.md, "GUI: the console"): whether the
// listener runs the configuration the database holds, with a coloured mark, the reason as
// tooltip, and a button with the action that fixes the state (Sync now, Start listener, Restart
// listener, Rebuild and restart). While an action runs the button says so and is disabled.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);
    ~SyncStatusWidget() override;

    // Follows the monitor's state and actions; the button runs the monitor's fix.
    void setMonitor(SyncMonitor *monitor);

    void setStatus(const SyncStatus &status);
    // The action that runs (SyncMonitor's action names); empty: none.
    void setRunningAction(const QString &action);

    SyncStatus status() const { return m_status; }
    QString text() const; // "Listener: In sync"
    static QColor stateColor(SyncStatus::State state);

signals:
    void fixRequested(RelayDesk::SyncStatus::Fix fix);

private:
    void requestFix();
    void showState();

    QLabel *m_markLabel;
    QLabel *m_textLabel;
    QPushButton *m_fixButton;
    QPointer<SyncMonitor> m_monitor;
    SyncStatus m_status;
    QString m_runningAction;
};

} // namespace RelayDesk

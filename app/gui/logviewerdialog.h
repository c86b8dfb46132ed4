#pragma once

#include "config.h"
#include "logviewermodels.h"

#include <QDialog>

#include <memory>

class QTableView;

namespace Ui {
class LogViewerDialog;
}

namespace RelayDesk {

class LogFilterModel;
class LogFollower;

// Tools ▸ Protocol Log: the listener's event log and the protocol logs of the virtual servers of
// a data directory (the files `relaydeskctl log` reads), following live. Non-modal; the logs are
// read incrementally, a bounded chunk at a time, so that a large log never blocks the window.
// A refused relay offers Explain…, which emits explainRequested() with its envelope.
class LogViewerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogViewerDialog)

public:
    // `config`: names the virtual servers (the protocol log of the n-th is logs/smtpsvc<n>);
    // `dataDirectory`: the listener's data directory.
    LogViewerDialog(const Config &config, const QString &dataDirectory, QWidget *parent = nullptr);
    ~LogViewerDialog() override;

    // Filters (as the fields at the top set them); empty shows everything.
    void setVirtualServerFilter(const QString &name);
    void setClientFilter(const QString &prefix);
    void setReplyCodeFilter(const QString &prefix);
    void setRuleFilter(const QString &text);

    EventLogModel *eventModel() const { return m_events; }
    ProtocolLogModel *protocolModel() const { return m_protocol; }
    LogFilterModel *eventFilterModel() const { return m_eventFilter; }
    LogFilterModel *protocolFilterModel() const { return m_protocolFilter; }
    LogFollower *follower() const { return m_follower; }

    // Emits explainRequested() for the refused relay in row `row` of the (filtered) event list, as
    // Explain… does for the selected row. False when that row is not a refused relay.
    bool explainEvent(int row);

signals:
    // Explain… on a refused relay: the main window opens Explain with this envelope filled in.
    void explainRequested(const RelayDesk::RefusedRelayEnvelope &envelope);

private:
    std::optional<RefusedRelayEnvelope> selectedRefusedRelay() const;
    void updateState();
    void scheduleFollow();
    void setUpView(QTableView *view, QAbstractItemModel *model);

    std::unique_ptr<Ui::LogViewerDialog> m_ui;
    Config m_config;
    QString m_dataDirectory;
    EventLogModel *m_events;
    ProtocolLogModel *m_protocol;
    LogFilterModel *m_eventFilter;
    LogFilterModel *m_protocolFilter;
    LogFollower *m_follower;
    int m_eventSource = -1;
    QList<int> m_protocolSources; // the follower's source for each virtual server
    bool m_followScheduled = false;
};

} // namespace RelayDesk

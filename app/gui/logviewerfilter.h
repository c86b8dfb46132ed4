#pragma once

#include <QSortFilterProxyModel>

namespace RelayDesk {

// Narrows a log model (EventLogModel, ProtocolLogModel) by virtual server, client address, reply
// code and deciding rule, through the roles of LogFilterRole. A criterion that is empty lets every
// row through; one that the log does not record (an invalid role value) does not apply to it.
class LogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilterModel)

public:
    explicit LogFilterModel(QObject *parent = nullptr);
    ~LogFilterModel() override;

    // Exactly this virtual server (case-insensitive); empty: all.
    void setVirtualServer(const QString &name);
    // The client address starts with `prefix` ("10.0." or a whole address).
    void setClientFilter(const QString &prefix);
    // The reply code starts with `prefix` ("5", "55", "550").
    void setReplyCodeFilter(const QString &prefix);
    // The deciding rule contains `text` (case-insensitive).
    void setRuleFilter(const QString &text);

    QString virtualServer() const { return m_virtualServer; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    QString m_virtualServer;
    QString m_client;
    QString m_code;
    QString m_rule;
};

} // namespace RelayDesk

#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace RelayDesk {

// The messages of one outbound queue, as the listener's "queue" answer lists them (one entry per
// message and destination). Read-only; a refresh with the same messages in the same order only
// updates the cells, so the view keeps its selection and scroll position.
class QueueMessageModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueMessageModel)

public:
    enum Column
    {
        Id,
        Sender,
        Recipients,
        Size,
        Received,
        Attempts,
        NextRetry,
        State,
        LastError,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // what a column sorts by (numbers and times as such)
        IdRole // the message id, on every column
    };

    explicit QueueMessageModel(QObject *parent = nullptr);
    ~QueueMessageModel() override;

    void setMessages(const QJsonArray &messages);
    QString idAt(int row) const;
    QJsonObject messageAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_messages;
};

} // namespace RelayDesk

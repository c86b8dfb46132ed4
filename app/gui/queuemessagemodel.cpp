#include "queuemessagemodel.h"

#include "serverdetails.h"

#include <QDateTime>
#include <QLocale>

namespace RelayDesk {

namespace {

QString idOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("id")).toString();
}

QString recipientsOf(const QJsonObject &message)
{
    QStringList recipients;
    for (const QJsonValue &r : message.value(QStringLiteral("recipients")).toArray())
        recipients << r.toString();
    return recipients.join(QStringLiteral(", "));
}

} // namespace

QueueMessageModel::QueueMessageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QueueMessageModel::~QueueMessageModel() = default;

void QueueMessageModel::setMessages(const QJsonArray &messages)
{
    QList<QJsonObject> next;
    next.reserve(messages.size());
    for (const QJsonValue &value : messages)
        next << value.toObject();
    bool sameRows = next.size() == m_messages.size();
    for (qsizetype i = 0; sameRows && i < next.size(); ++i)
        sameRows = idOf(next.at(i)) == idOf(m_messages.at(i));
    if (sameRows) {
        m_messages = next;
        if (!m_messages.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_messages = next;
    endResetModel();
}

QString QueueMessageModel::idAt(int row) const
{
    return idOf(m_messages.value(row));
}

QJsonObject QueueMessageModel::messageAt(int row) const
{
    return m_messages.value(row);
}

int QueueMessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int QueueMessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueMessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &m = m_messages.at(index.row());
    if (role == IdRole)
        return idOf(m);
    const auto time = [&m](const char *key) {
        return QDateTime::fromString(m.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
    };
    if (role == SortRole) {
        switch (index.column()) {
        case Size:
            return m.value(QStringLiteral("size")).toInteger();
        case Received:
            return time("received");
        case Attempts:
            return m.value(QStringLiteral("attempts")).toInt();
        case NextRetry:
            return time("nextRetry");
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return m.value(QStringLiteral("lastError")).toString();
    if (role == Qt::ToolTipRole && index.column() == Recipients)
        return recipientsOf(m);
    if (role == Qt::TextAlignmentRole && (index.column() == Size || index.column() == Attempts))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return idOf(m);
    case Sender: {
        const QString sender = m.value(QStringLiteral("sender")).toString();
        return sender.isEmpty() ? tr("<> (null sender)") : sender;
    }
    case Recipients:
        return recipientsOf(m);
    case Size:
        return QLocale().formattedDataSize(m.value(QStringLiteral("size")).toInteger());
    case Received:
        return ServerDetails::queueTimeText(m.value(QStringLiteral("received")).toString());
    case Attempts:
        return m.value(QStringLiteral("attempts")).toInt();
    case NextRetry:
        return ServerDetails::queueTimeText(m.value(QStringLiteral("nextRetry")).toString());
    case State:
        return ServerDetails::queueStateText(m.value(QStringLiteral("state")).toString());
    case LastError:
        return m.value(QStringLiteral("lastError")).toString();
    default:
        return {};
    }
}

QVariant QueueMessageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Message ID");
    case Sender:
        return tr("Sender");
    case Recipients:
        return tr("Recipients");
    case Size:
        return tr("Size");
    case Received:
        return tr("Received");
    case Attempts:
        return tr("Attempts");
    case NextRetry:
        return tr("Next Retry");
    case State:
        return tr("State");
    case LastError:
        return tr("Last Error");
    default:
        return {};
    }
}

} // namespace RelayDesk

#pragma once

#include "listenerlog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMetaType>

#include <optional>

namespace RelayDesk {

// The envelope of a relay the listener refused, as its event log recorded it: what Explain needs
// to answer "why was this refused?".
struct RefusedRelayEnvelope
{
    QString virtualServer;
    QString client; // the client's IP address
    QString sender; // the reverse path without angle brackets; empty: the null sender
    QString recipient;
    QString user; // the authenticated user, empty when the session did not authenticate
    bool tls = false;
};

// The roles both log models answer for LogFilterModel. An invalid QVariant means the log does
// not record that at all (the protocol log has no deciding rule); an empty string means this
// line has none.
enum LogFilterRole
{
    LogVirtualServerRole = Qt::UserRole + 100,
    LogClientRole,
    LogReplyCodeRole, // "550"
    LogRuleRole
};

// Shares equal strings between the rows of a large log (names of virtual servers, events, rules).
class StringPool final
{
public:
    QString intern(const QString &text);
    void clear() { m_strings.clear(); }

private:
    QHash<QString, QString> m_strings;
};

// How many rows a log model keeps: the listener's logs are never rotated, so the window keeps their
// newest part and drops the oldest rows as new ones arrive (memory stays bounded on a busy relay).
inline constexpr int LogViewerMaxRows = 250000;

// What both log models share: rows appended at the end, at most maxRows() of them (the oldest go).
class LogTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    // At most this many rows, the newest (default LogViewerMaxRows).
    void setMaxRows(int rows) { m_maxRows = rows; }
    int maxRows() const { return m_maxRows; }

protected:
    // Appends `added` to `rows` with the model's signals, dropping the oldest rows beyond maxRows().
    template <typename Row>
    void appendRows(QList<Row> &rows, QList<Row> &&added)
    {
        if (added.isEmpty())
            return;
        if (added.size() > m_maxRows)
            added.remove(0, added.size() - m_maxRows);
        if (const qsizetype excess = rows.size() + added.size() - m_maxRows; excess > 0) {
            beginRemoveRows(QModelIndex(), 0, int(excess) - 1);
            rows.remove(0, excess);
            endRemoveRows();
        }
        const int first = int(rows.size());
        beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
        rows.append(std::move(added));
        endInsertRows();
    }

private:
    int m_maxRows = LogViewerMaxRows;
};

// The listener's event log (logs/events.jsonl), a row per event, appended as LogFollower reads.
class EventLogModel final : public LogTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column
    {
        TimeColumn,
        EventColumn,
        VirtualServerColumn,
        ClientColumn,
        UserColumn,
        SenderColumn,
        RecipientColumn,
        ReplyColumn,
        RuleColumn,
        ColumnCount
    };

    explicit EventLogModel(QObject *parent = nullptr);
    ~EventLogModel() override;

    // Lines of the file (lines that are not events are skipped).
    void appendLines(const QList<QByteArray> &lines);
    void clear();
    // The envelope of a "relay-refused" row, nothing for any other.
    std::optional<RefusedRelayEnvelope> refusedRelay(int row) const;
    QString eventName(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "relay-refused" → "Relay refused"
    static QString eventText(const QString &event);

private:
    struct Row
    {
        ListenerEvent event; // without its fields object: the raw line keeps them
        QByteArray raw;
    };
    QList<Row> m_rows;
    StringPool m_pool;
};

// The protocol logs of virtual servers (logs/smtpsvc<n>/ex<yyMMdd>.log, W3C extended format):
// a row per SMTP command, each file a source of LogFollower.
class ProtocolLogModel final : public LogTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtocolLogModel)

public:
    enum Column
    {
        TimeColumn,
        VirtualServerColumn,
        ClientColumn,
        UserColumn,
        CommandColumn,
        ArgumentColumn,
        StatusColumn,
        BytesSentColumn,
        BytesReceivedColumn,
        TimeTakenColumn,
        ColumnCount
    };

    explicit ProtocolLogModel(QObject *parent = nullptr);
    ~ProtocolLogModel() override;

    // The name of the virtual server whose log source `source` is.
    void setSourceName(int source, const QString &virtualServer);
    void appendLines(int source, const QList<QByteArray> &lines);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ProtocolLogRecord record;
        int source = 0;
    };
    QList<Row> m_rows;
    int m_maxRows = LogViewerMaxRows;
    QList<QString> m_names; // per source
    QList<QStringList> m_fields; // per source: its "#Fields:" directive
    StringPool m_pool;
};

} // namespace RelayDesk

Q_DECLARE_METATYPE(RelayDesk::RefusedRelayEnvelope)

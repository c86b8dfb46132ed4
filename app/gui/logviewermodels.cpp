#include "logviewermodels.h"

#include <QBrush>
#include <QColor>
#include <QJsonDocument>

namespace RelayDesk {

namespace {

QString replyCode(const QString &reply)
{
    return reply.section(QLatin1Char(' '), 0, 0);
}

QColor codeColour(const QString &code)
{
    if (code.startsWith(QLatin1Char('5')))
        return QColor(0xb0, 0x00, 0x20);
    if (code.startsWith(QLatin1Char('4')))
        return QColor(0xa1, 0x5c, 0x00);
    return QColor();
}

} // namespace

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return it.value();
    if (m_strings.size() < 10000) // bounded: addresses and ids are not worth sharing
        m_strings.insert(text, text);
    return text;
}

// EventLogModel

EventLogModel::EventLogModel(QObject *parent)
    : LogTableModel(parent)
{ }

EventLogModel::~EventLogModel() = default;

void EventLogModel::appendLines(const QList<QByteArray> &lines)
{
    QList<Row> rows;
    rows.reserve(lines.size());
    for (const QByteArray &line : lines) {
        ListenerEvent event = ListenerEvent::parse(line);
        if (!event.isValid())
            continue;
        event.fields = QJsonObject();
        event.event = m_pool.intern(event.event);
        event.virtualServer = m_pool.intern(event.virtualServer);
        event.client = m_pool.intern(event.client);
        event.user = m_pool.intern(event.user);
        event.reply = m_pool.intern(event.reply);
        event.rule = m_pool.intern(event.rule);
        rows.append(Row{std::move(event), line});
    }
    appendRows(m_rows, std::move(rows));
}

void EventLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pool.clear();
    endResetModel();
}

QString EventLogModel::eventName(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).event.event : QString();
}

std::optional<RefusedRelayEnvelope> EventLogModel::refusedRelay(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    const ListenerEvent &e = m_rows.at(row).event;
    if (e.event != QLatin1String("relay-refused"))
        return std::nullopt;
    RefusedRelayEnvelope envelope;
    envelope.virtualServer = e.virtualServer;
    envelope.client = e.client;
    envelope.sender = e.sender;
    envelope.recipient = e.recipient;
    envelope.user = e.user;
    envelope.tls = e.tls;
    return envelope;
}

QString EventLogModel::eventText(const QString &event)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("started"), QT_TR_NOOP("Started")},
        {QStringLiteral("stopped"), QT_TR_NOOP("Stopped")},
        {QStringLiteral("reloaded"), QT_TR_NOOP("Configuration loaded")},
        {QStringLiteral("reload-failed"), QT_TR_NOOP("Configuration load failed")},
        {QStringLiteral("connection-refused"), QT_TR_NOOP("Connection refused")},
        {QStringLiteral("too-many-connections"), QT_TR_NOOP("Too many connections")},
        {QStringLiteral("relay-refused"), QT_TR_NOOP("Relay refused")},
        {QStringLiteral("auth-failed"), QT_TR_NOOP("Authentication failed")},
        {QStringLiteral("auth-succeeded"), QT_TR_NOOP("Authenticated")},
        {QStringLiteral("accepted"), QT_TR_NOOP("Message accepted")},
        {QStringLiteral("session-error"), QT_TR_NOOP("Session error")},
    };
    const auto it = texts.constFind(event);
    return it == texts.constEnd() ? event : tr(it.value());
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ListenerEvent &e = row.event;
    switch (role) {
    case LogVirtualServerRole:
        return e.virtualServer;
    case LogClientRole:
        return e.client;
    case LogReplyCodeRole:
        return replyCode(e.reply);
    case LogRuleRole:
        return e.rule;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            QString time = e.time.left(23);
            time.replace(QLatin1Char('T'), QLatin1Char(' '));
            return time;
        }
        case EventColumn:
            return eventText(e.event);
        case VirtualServerColumn:
            return e.virtualServer;
        case ClientColumn:
            return e.client;
        case UserColumn:
            return e.user;
        case SenderColumn:
            return e.sender;
        case RecipientColumn:
            return e.recipient;
        case ReplyColumn:
            return e.reply;
        case RuleColumn:
            return e.rule;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return ListenerEvent::format(QJsonDocument::fromJson(row.raw).object());
    case Qt::ForegroundRole:
        if (e.event == QLatin1String("relay-refused") || e.event == QLatin1String("connection-refused")
            || e.event == QLatin1String("auth-failed") || e.event == QLatin1String("reload-failed"))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    default:
        return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case EventColumn:
        return tr("Event");
    case VirtualServerColumn:
        return tr("Virtual Server");
    case ClientColumn:
        return tr("Client");
    case UserColumn:
        return tr("User");
    case SenderColumn:
        return tr("Sender");
    case RecipientColumn:
        return tr("Recipient");
    case ReplyColumn:
        return tr("Reply");
    case RuleColumn:
        return tr("Deciding Rule");
    default:
        return {};
    }
}

// ProtocolLogModel

ProtocolLogModel::ProtocolLogModel(QObject *parent)
    : LogTableModel(parent)
{ }

ProtocolLogModel::~ProtocolLogModel() = default;

void ProtocolLogModel::setSourceName(int source, const QString &virtualServer)
{
    if (source < 0)
        return;
    while (m_names.size() <= source)
        m_names.append(QString());
    m_names[source] = virtualServer;
}

void ProtocolLogModel::appendLines(int source, const QList<QByteArray> &lines)
{
    if (source < 0)
        return;
    while (m_fields.size() <= source)
        m_fields.append(QStringList());
    QList<Row> rows;
    rows.reserve(lines.size());
    for (const QByteArray &line : lines) {
        if (line.startsWith("#Fields:")) {
            m_fields[source] = ProtocolLogRecord::parseFields(line);
            continue;
        }
        ProtocolLogRecord r;
        if (!ProtocolLogRecord::parse(line, m_fields.at(source), &r))
            continue;
        r.date = m_pool.intern(r.date);
        r.client = m_pool.intern(r.client);
        r.user = m_pool.intern(r.user);
        r.site = m_pool.intern(r.site);
        r.serverAddress = m_pool.intern(r.serverAddress);
        r.serverPort = m_pool.intern(r.serverPort);
        r.method = m_pool.intern(r.method);
        r.status = m_pool.intern(r.status);
        rows.append(Row{std::move(r), source});
    }
    appendRows(m_rows, std::move(rows));
}

void ProtocolLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_fields.clear();
    m_pool.clear();
    endResetModel();
}

int ProtocolLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProtocolLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProtocolLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ProtocolLogRecord &r = row.record;
    const QString name = row.source < m_names.size() ? m_names.at(row.source) : r.site;
    switch (role) {
    case LogVirtualServerRole:
        return name;
    case LogClientRole:
        return r.client;
    case LogReplyCodeRole:
        return r.status;
    case LogRuleRole:
        return {}; // the protocol log does not record rules
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QString(r.date + QLatin1Char(' ') + r.time);
        case VirtualServerColumn:
            return name;
        case ClientColumn:
            return r.client;
        case UserColumn:
            return r.user;
        case CommandColumn:
            return r.method;
        case ArgumentColumn:
            return r.argument;
        case StatusColumn:
            return r.status;
        case BytesSentColumn:
            return r.bytesSent;
        case BytesReceivedColumn:
            return r.bytesReceived;
        case TimeTakenColumn:
            return r.timeTaken;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn) {
            const QColor colour = codeColour(r.status);
            return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ProtocolLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case VirtualServerColumn:
        return tr("Virtual Server");
    case ClientColumn:
        return tr("Client");
    case UserColumn:
        return tr("User");
    case CommandColumn:
        return tr("Command");
    case ArgumentColumn:
        return tr("Argument");
    case StatusColumn:
        return tr("Reply Code");
    case BytesSentColumn:
        return tr("Bytes Sent");
    case BytesReceivedColumn:
        return tr("Bytes Received");
    case TimeTakenColumn:
        return tr("Time Taken (ms)");
    default:
        return {};
    }
}

} // namespace RelayDesk

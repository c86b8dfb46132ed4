#include "accessentrymodel.h"

#include "accesslist.h"

#include <QBrush>
#include <QFont>
#include <QHostAddress>
#include <QPalette>

#include <algorithm>

namespace RelayDesk {

namespace {

// A sort key that orders addresses by number: IPv4 as 0:<32 bits>, IPv6 as 1:<128 bits>, both
// as fixed-width hex; domain names after every address.
QString addressSortKey(const AccessEntry &e)
{
    if (e.type == AccessEntryType::Domain)
        return QStringLiteral("2:") + e.name.toLower();
    QHostAddress address;
    if (!parseIpAddress(e.address, &address))
        return QStringLiteral("3:") + e.address;
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return QStringLiteral("0:%1").arg(address.toIPv4Address(), 8, 16, QLatin1Char('0'));
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    return QStringLiteral("1:")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(v6.c), 16).toHex());
}

QString maskText(const AccessEntry &e)
{
    if (e.type != AccessEntryType::Group)
        return QString();
    if (e.prefixLength >= 0)
        return QStringLiteral("/%1").arg(e.prefixLength);
    return e.mask;
}

} // namespace

AccessEntryModel::AccessEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{ }

AccessEntryModel::~AccessEntryModel() = default;

QString AccessEntryModel::typeText(AccessEntryType type)
{
    switch (type) {
    case AccessEntryType::Single:
        return tr("Single computer");
    case AccessEntryType::Group:
        return tr("Group of computers");
    case AccessEntryType::Domain:
        return tr("Domain");
    }
    return QString();
}

void AccessEntryModel::setEntries(const QList<AccessEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void AccessEntryModel::appendEntry(const AccessEntry &entry)
{
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void AccessEntryModel::replaceEntry(int row, const AccessEntry &entry)
{
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void AccessEntryModel::removeEntries(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Contiguous runs are removed in one step each, from the bottom up.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            --first;
        }
        ++i;
        if (first < 0 || last >= m_entries.size())
            continue;
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
    }
}

int AccessEntryModel::findEntry(const AccessEntry &entry) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const AccessEntry &e = m_entries.at(row);
        if (e.type != entry.type)
            continue;
        if (e.type == AccessEntryType::Domain) {
            if (e.name.compare(entry.name, Qt::CaseInsensitive) == 0)
                return row;
            continue;
        }
        QHostAddress a;
        QHostAddress b;
        const bool same = parseIpAddress(e.address, &a) && parseIpAddress(entry.address, &b)
            ? a == b
            : e.address == entry.address;
        if (same && maskText(e) == maskText(entry))
            return row;
    }
    return -1;
}

void AccessEntryModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

int AccessEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AccessEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessEntry &e = m_entries.at(index.row());
    const bool expired = e.expires.isValid() && e.expires <= m_now;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case AccessColumn:
            return typeText(e.type);
        case AddressColumn:
            if (role == SortRole)
                return addressSortKey(e);
            return e.type == AccessEntryType::Domain ? e.name : e.address;
        case MaskColumn:
            if (role == SortRole && e.type == AccessEntryType::Group && e.prefixLength < 0)
                return QStringLiteral("/%1").arg(netmaskPrefixLength(e.mask), 3, 10, QLatin1Char('0'));
            if (role == SortRole && e.prefixLength >= 0)
                return QStringLiteral("/%1").arg(e.prefixLength, 3, 10, QLatin1Char('0'));
            return maskText(e);
        case CommentColumn:
            return e.comment;
        case ExpiresColumn:
            if (!e.expires.isValid())
                return role == SortRole ? QVariant(QStringLiteral("~")) : QVariant(tr("Never"));
            if (role == SortRole)
                return e.expires.toUTC().toString(Qt::ISODate);
            return expired
                ? tr("%1 (expired)").arg(QLocale().toString(e.expires.toLocalTime(), QLocale::ShortFormat))
                : QLocale().toString(e.expires.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case Qt::ToolTipRole:
        if (expired)
            return tr("This entry expired on %1 and no longer matches.")
                .arg(QLocale().toString(e.expires.toLocalTime(), QLocale::LongFormat));
        if (e.expires.isValid())
            return tr("This entry stops matching on %1.")
                .arg(QLocale().toString(e.expires.toLocalTime(), QLocale::LongFormat));
        break;
    case Qt::ForegroundRole:
        if (expired)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case ExpiredRole:
        return expired;
    default:
        break;
    }
    return {};
}

QVariant AccessEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccessColumn:
        return tr("Access");
    case AddressColumn:
        return tr("IP address (mask) / domain name");
    case MaskColumn:
        return tr("Subnet mask");
    case CommentColumn:
        return tr("Comment");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}

} // namespace RelayDesk

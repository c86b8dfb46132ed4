#include "logviewerfilter.h"

#include "logviewermodels.h"

namespace RelayDesk {

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

LogFilterModel::~LogFilterModel() = default;

void LogFilterModel::setVirtualServer(const QString &name)
{
    if (name == m_virtualServer)
        return;
    m_virtualServer = name;
    changed();
}

void LogFilterModel::setClientFilter(const QString &prefix)
{
    if (prefix.trimmed() == m_client)
        return;
    m_client = prefix.trimmed();
    changed();
}

void LogFilterModel::setReplyCodeFilter(const QString &prefix)
{
    if (prefix.trimmed() == m_code)
        return;
    m_code = prefix.trimmed();
    changed();
}

void LogFilterModel::setRuleFilter(const QString &text)
{
    if (text.trimmed() == m_rule)
        return;
    m_rule = text.trimmed();
    changed();
}

void LogFilterModel::changed()
{
    invalidateRowsFilter(); // Qt 6.4: no beginFilterChange()
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return true;
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    const auto check = [&](int role, const auto &matches) {
        const QVariant value = index.data(role);
        return !value.isValid() || matches(value.toString());
    };
    if (!m_virtualServer.isEmpty() && !check(LogVirtualServerRole, [this](const QString &v) {
            return v.compare(m_virtualServer, Qt::CaseInsensitive) == 0;
        }))
        return false;
    if (!m_client.isEmpty() && !check(LogClientRole, [this](const QString &v) {
            return v.startsWith(m_client, Qt::CaseInsensitive);
        }))
        return false;
    if (!m_code.isEmpty()
        && !check(LogReplyCodeRole, [this](const QString &v) { return v.startsWith(m_code); }))
        return false;
    if (!m_rule.isEmpty()
        && !check(LogRuleRole, [this](const QString &v) { return v.contains(m_rule, Qt::CaseInsensitive); }))
        return false;
    return true;
}

} // namespace RelayDesk

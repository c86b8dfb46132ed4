#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

namespace RelayDesk {
namespace Sql {

QString errorText(const QSqlQuery &query)
{
    return QCoreApplication::translate("ConfigStore", "%1 (in: %2)")
        .arg(query.lastError().text(), query.lastQuery().simplified());
}

namespace {

const QString &placeholder(int i)
{
    static const QStringList names = [] {
        QStringList list;
        for (int n = 0; n < 64; ++n)
            list.append(QStringLiteral(":p%1").arg(n));
        return list;
    }();
    return names.at(i);
}

} // namespace

QString placeholders(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(placeholder(i));
    return list.join(QStringLiteral(", "));
}

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = QCoreApplication::translate("ConfigStore", "%1 (in: %2)")
                     .arg(query.lastError().text(), sql.simplified());
    return false;
}

bool exec(QSqlQuery &query, std::initializer_list<QVariant> values, QString *error)
{
    Q_ASSERT(values.size() <= 64);
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(placeholder(i++), v);
    return exec(query, error);
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = errorText(query);
    return false;
}

bool run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values, QString *error)
{
    QSqlQuery query(db);
    return prepare(query, sql, error) && exec(query, values, error);
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{ }

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::begin(Mode mode, QString *error)
{
    const QString sql = mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!run(m_db, sql, {}, error))
        return false;
    m_active = true;
    return true;
}

bool Transaction::commit(QString *error)
{
    if (!run(m_db, QStringLiteral("COMMIT"), {}, error)) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    // A failed ROLLBACK leaves nothing to do: SQLite has already ended the transaction.
    QString ignored;
    run(m_db, QStringLiteral("ROLLBACK"), {}, &ignored);
    m_active = false;
}

} // namespace Sql
} // namespace RelayDesk

#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

// Small helpers of the store: every statement is prepared, every value bound, every
// failure turned into a message with the SQL error text.
namespace RelayDesk {
namespace Sql {

// The text of a failed query: "<SQL error> (in: <statement>)".
QString errorText(const QSqlQuery &query);

// Statements name their placeholders :p0, :p1, ... in order. Qt 6.4 binds by name faster
// than by position (a positional bind formats a placeholder name for every value), which
// matters for the 100,000-row lists.
QString placeholders(int count); // ":p0, :p1, ..., :p<count-1>"
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
// Binds `values` to :p0, :p1, ... in order, then executes.
bool exec(QSqlQuery &query, std::initializer_list<QVariant> values, QString *error);
bool exec(QSqlQuery &query, QString *error);
// Prepares and executes one statement.
bool run(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values, QString *error);

// A text for a NOT NULL column: a null QString would be bound as NULL.
QVariant text(const QString &value);
// NULL for an empty text.
QVariant optionalText(const QString &value);

// A transaction on one connection that rolls back unless committed.
class Transaction final
{
public:
    enum class Mode
    {
        Read, // BEGIN: a consistent snapshot for reading (WAL)
        Write // BEGIN IMMEDIATE: takes the write lock at once, so writers serialise
    };

    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(Mode mode, QString *error);
    bool commit(QString *error);
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Sql
} // namespace RelayDesk

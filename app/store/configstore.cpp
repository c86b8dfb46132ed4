#include "configstore.h"

#include "configdiff.h"
#include "configjson.h"
#include "configtables.h"
#include "schema.h"
#include "sqlutil.h"
#include "validation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace RelayDesk {
namespace {

Q_LOGGING_CATEGORY(lcStore, "relaydesk.store")

constexpr int busyTimeoutMs = 5000;
constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Translated texts of this file, in the "ConfigStore" context that lupdate sees.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ConfigStore)
};

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("relaydesk-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        if (const passwd *pw = ::getpwuid(::geteuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return user.isEmpty() ? Text::tr("(unknown)") : user;
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Creates the file owner-only before SQLite opens it; SQLite gives its -wal and -shm files
// the permissions of the database file.
bool createOwnerOnly(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly)) {
        if (file.exists())
            return true; // another program created it meanwhile
        *error = Text::tr("Cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    if (!file.setPermissions(ownerOnly)) {
        *error = Text::tr("Cannot make %1 readable only by its owner: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void restrictCompanionFiles(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm"}) {
        QFile file(path + QLatin1String(suffix));
        if (file.exists() && file.permissions() != ownerOnly && !file.setPermissions(ownerOnly))
            qCWarning(lcStore) << "cannot restrict the permissions of" << file.fileName()
                               << file.errorString();
    }
}

bool readInt(const QSqlDatabase &db, const QString &sql, std::initializer_list<QVariant> values, int *result,
             QString *error)
{
    QSqlQuery q(db);
    if (!Sql::prepare(q, sql, error) || !Sql::exec(q, values, error))
        return false;
    if (!q.next()) {
        *error = Text::tr("The configuration database is damaged: no result for %1").arg(sql);
        return false;
    }
    *result = q.value(0).toInt();
    return true;
}

bool currentRevision(const QSqlDatabase &db, int *revision, QString *error)
{
    return readInt(db, QStringLiteral("SELECT value FROM meta WHERE key = :p0"), {QStringLiteral("revision")},
                   revision, error);
}

// "Revision 7 was made by alice with relaydeskctl at 2025-03-01 10:00:00 UTC"
QString describeRevision(const QSqlDatabase &db, int revision)
{
    QSqlQuery q(db);
    QString ignored;
    if (!Sql::prepare(q, QStringLiteral("SELECT os_user, program, time FROM revisions WHERE revision = :p0"),
                      &ignored)
        || !Sql::exec(q, {revision}, &ignored) || !q.next())
        return Text::tr("Revision %1").arg(revision);
    const QDateTime time = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toUTC();
    return Text::tr("Revision %1 was made by %2 with %3 at %4")
        .arg(QString::number(revision), q.value(0).toString(), q.value(1).toString(),
             time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

struct ConfigStore::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase db;

    bool checkOpen(QString *error) const
    {
        if (db.isOpen())
            return true;
        setError(error, Text::tr("The configuration database is not open"));
        return false;
    }

    void close()
    {
        if (connectionName.isEmpty())
            return;
        db.close();
        db = QSqlDatabase(); // the last handle must be gone before removeDatabase
        QSqlDatabase::removeDatabase(connectionName);
        connectionName.clear();
    }

    bool pragmas(QString *error)
    {
        if (!Sql::run(db, QStringLiteral("PRAGMA foreign_keys = ON"), {}, error))
            return false;
        QSqlQuery wal(db);
        if (!Sql::prepare(wal, QStringLiteral("PRAGMA journal_mode = WAL"), error) || !Sql::exec(wal, error))
            return false;
        if (!wal.next() || wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            setError(error, Text::tr("Cannot switch %1 to write-ahead logging").arg(path));
            return false;
        }
        return true;
    }

    // Everything of commit() after validation, inside the write transaction.
    Result commitLocked(const Config &config, int baseRevision, const ChangeInfo &info, int *newRevision,
                        QString *error, QStringList *changes = nullptr)
    {
        Sql::Transaction transaction(db);
        QString sqlError;
        if (!transaction.begin(Sql::Transaction::Mode::Write, &sqlError)) {
            setError(error, sqlError);
            return Result::Failed;
        }
        int current = 0;
        if (!currentRevision(db, &current, &sqlError)) {
            setError(error, sqlError);
            return Result::Failed;
        }
        if (current != baseRevision) {
            const QString who =
                current > 0 ? describeRevision(db, current) : Text::tr("Revision %1").arg(current);
            setError(error,
                     Text::tr("The configuration changed while you were editing it: your change is based on "
                              "revision %1, but the database is at revision %2. %3. Reload and apply your "
                              "change again.")
                         .arg(QString::number(baseRevision), QString::number(current), who));
            return Result::Conflict;
        }

        Config old;
        if (!ConfigTables::read(db, &old, &sqlError)) {
            setError(error, sqlError);
            return Result::Failed;
        }
        if (old == config) {
            transaction.rollback();
            if (newRevision)
                *newRevision = current;
            return Result::Ok;
        }

        const int next = current + 1;
        const QStringList diff = ConfigDiff::describe(old, config);
        if (changes)
            *changes = diff;
        const QString user = info.user.isEmpty() ? osUser() : info.user;
        const QString program = info.program.isEmpty() ? QCoreApplication::applicationName() : info.program;
        // zlib-compressed JSON: a 100,000-entry configuration takes about a tenth of its size.
        const QByteArray snapshot = qCompress(ConfigJson::write(config));
        if (!ConfigTables::write(db, config, &sqlError)
            || !Sql::run(
                db,
                QStringLiteral("INSERT INTO revisions (revision, time, os_user, program, summary, diff,"
                               " snapshot) VALUES (:p0, :p1, :p2, :p3, :p4, :p5, :p6)"),
                {next, timeText(QDateTime::currentDateTimeUtc()), Sql::text(user), Sql::text(program),
                 Sql::text(info.summary), diff.join(QLatin1Char('\n')), snapshot},
                &sqlError)
            || !Sql::run(db, QStringLiteral("UPDATE meta SET value = :p0 WHERE key = :p1"),
                         {next, QStringLiteral("revision")}, &sqlError)
            || !transaction.commit(&sqlError)) {
            setError(error, Text::tr("Cannot store the configuration in %1: %2").arg(path, sqlError));
            return Result::Failed; // the transaction rolls back: nothing was written
        }
        restrictCompanionFiles(path);
        qCInfo(lcStore) << "revision" << next << "by" << user << "with" << program << ":" << info.summary;
        if (newRevision)
            *newRevision = next;
        return Result::Ok;
    }
};

ConfigStore::ConfigStore()
    : d(std::make_unique<Private>())
{ }

ConfigStore::~ConfigStore()
{
    d->close();
}

bool ConfigStore::open(const QString &path, QString *error, bool initialise)
{
    d->close();
    d->path = path;
    QString message;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        setError(error, Text::tr("The Qt SQLite driver (QSQLITE) is not installed"));
        return false;
    }
    if (!QFileInfo::exists(path) && !createOwnerOnly(path, &message)) {
        setError(error, message);
        return false;
    }

    d->connectionName = newConnectionName();
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    d->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!d->db.open()) {
        setError(error, Text::tr("Cannot open %1: %2").arg(path, d->db.lastError().text()));
        d->close();
        return false;
    }
    if (!d->pragmas(&message) || !Schema::migrate(d->db, &message)) {
        setError(error, Text::tr("Cannot open %1: %2").arg(path, message));
        d->close();
        return false;
    }
    restrictCompanionFiles(path);

    if (initialise) {
        int current = 0;
        if (!currentRevision(d->db, &current, &message)) {
            setError(error, message);
            d->close();
            return false;
        }
        if (current == 0) {
            const ChangeInfo info{
                QCoreApplication::applicationName(), QStringLiteral("initial configuration"), {}};
            int ignored = 0;
            // Conflict: another program initialised it first, which is as good.
            const Result result = d->commitLocked(Config::secureDefault(), 0, info, &ignored, &message);
            if (result == Result::Failed) {
                setError(error, message);
                d->close();
                return false;
            }
        }
    }
    return true;
}

bool ConfigStore::isOpen() const
{
    return d->db.isOpen();
}

QString ConfigStore::path() const
{
    return d->path;
}

int ConfigStore::revision(QString *error) const
{
    if (!d->checkOpen(error))
        return -1;
    int current = 0;
    QString message;
    if (!currentRevision(d->db, &current, &message)) {
        setError(error, message);
        return -1;
    }
    return current;
}

bool ConfigStore::load(Config *config, int *revision, QString *error) const
{
    if (!d->checkOpen(error))
        return false;
    Sql::Transaction transaction(d->db);
    QString message;
    int current = 0;
    Config result;
    if (!transaction.begin(Sql::Transaction::Mode::Read, &message)
        || !currentRevision(d->db, &current, &message) || !ConfigTables::read(d->db, &result, &message)
        || !transaction.commit(&message)) {
        setError(error, Text::tr("Cannot read the configuration from %1: %2").arg(d->path, message));
        return false;
    }
    *config = std::move(result);
    if (revision)
        *revision = current;
    return true;
}

ConfigStore::Result ConfigStore::commit(const Config &config, int baseRevision, const ChangeInfo &info,
                                        int *newRevision, QString *error, QList<Problem> *problems,
                                        QStringList *changes)
{
    if (!d->checkOpen(error))
        return Result::Failed;
    const QList<Problem> found = Validation::validate(config);
    if (hasErrors(found)) {
        if (problems)
            *problems = found;
        setError(error, Text::tr("The configuration has errors and was not stored"));
        return Result::Invalid;
    }
    if (changes)
        changes->clear();
    return d->commitLocked(config, baseRevision, info, newRevision, error, changes);
}

QList<HistoryEntry> ConfigStore::history(int limit, QString *error) const
{
    QList<HistoryEntry> entries;
    if (!d->checkOpen(error))
        return entries;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    QString message;
    if (!Sql::prepare(q,
                      QStringLiteral("SELECT revision, time, os_user, program, summary, diff FROM revisions"
                                     " ORDER BY revision DESC LIMIT :p0"),
                      &message)
        || !Sql::exec(q, {limit > 0 ? limit : -1}, &message)) {
        setError(error, message);
        return entries;
    }
    while (q.next()) {
        HistoryEntry e;
        e.revision = q.value(0).toInt();
        e.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.user = q.value(2).toString();
        e.program = q.value(3).toString();
        e.summary = q.value(4).toString();
        const QString diff = q.value(5).toString();
        if (!diff.isEmpty())
            e.diff = diff.split(QLatin1Char('\n'));
        entries.append(e);
    }
    return entries;
}

bool ConfigStore::configAt(int revision, Config *config, QString *error) const
{
    if (!d->checkOpen(error))
        return false;
    if (revision == 0) {
        *config = Config();
        return true;
    }
    QSqlQuery q(d->db);
    QString message;
    if (!Sql::prepare(q, QStringLiteral("SELECT snapshot FROM revisions WHERE revision = :p0"), &message)
        || !Sql::exec(q, {revision}, &message)) {
        setError(error, message);
        return false;
    }
    if (!q.next()) {
        setError(error, Text::tr("There is no revision %1").arg(revision));
        return false;
    }
    QList<Problem> problems;
    Config result;
    const QByteArray json = qUncompress(q.value(0).toByteArray());
    if (json.isEmpty())
        problems.append({Problem::Severity::Error, QString(), Text::tr("the stored snapshot is damaged")});
    if (!problems.isEmpty() || !ConfigJson::read(json, &result, &problems)) {
        QStringList texts;
        for (const Problem &p : problems)
            texts.append(p.toString());
        setError(error,
                 Text::tr("The snapshot of revision %1 cannot be read: %2")
                     .arg(QString::number(revision), texts.join(QStringLiteral("; "))));
        return false;
    }
    *config = std::move(result);
    return true;
}

ConfigStore::Result ConfigStore::rollback(int revision, int baseRevision, const ChangeInfo &info,
                                          int *newRevision, QString *error)
{
    Config old;
    if (!configAt(revision, &old, error))
        return Result::Failed;
    ChangeInfo change = info;
    if (change.summary.isEmpty())
        change.summary = QStringLiteral("roll back to revision %1").arg(revision);
    return commit(old, baseRevision, change, newRevision, error);
}

} // namespace RelayDesk

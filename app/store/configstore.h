#pragma once

#include "config.h"
#include "problem.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace RelayDesk {

// Who made a change and why; recorded with every revision.
struct ChangeInfo
{
    QString program; // "relaydeskctl", "relaydesk", ...
    QString summary; // "import config.json", "add SMTP user crm-app", ...
    QString user; // OS user; empty: filled in by the store from the environment
};

struct HistoryEntry
{
    int revision = 0;
    QDateTime time; // UTC
    QString user;
    QString program;
    QString summary;
    QStringList diff; // the change in words, one line per change (ConfigDiff::describe)
};

// The SQLite configuration database (QSQLITE, WAL, foreign keys, normalised tables).
// Every successful commit is one transaction, bumps the revision by one and records a
// history entry. Writes carry the revision they were based on; a write based on an old
// revision is refused (Result::Conflict) and changes nothing. Several ConfigStore objects
// and several processes may use one file; each object has its own connection and must be
// used from the thread that opened it.
class ConfigStore final
{
public:
    enum class Result
    {
        Ok,
        Conflict, // the database moved on since baseRevision
        Invalid, // the configuration has validation errors (listed in *problems)
        Failed // SQL or file error (message in *error)
    };

    ConfigStore();
    ~ConfigStore();
    ConfigStore(const ConfigStore &) = delete;
    ConfigStore &operator=(const ConfigStore &) = delete;

    static constexpr int SchemaVersion = 2;

    // Opens (creating when absent) the database file, migrating its schema step by step.
    // A new database holds Config::secureDefault() as revision 1 when initialise is true,
    // and revision 0 with an empty configuration otherwise.
    bool open(const QString &path, QString *error, bool initialise = true);
    bool isOpen() const;
    QString path() const;

    int revision(QString *error = nullptr) const; // current revision; -1 on error
    bool load(Config *config, int *revision, QString *error) const; // one consistent read

    // Replaces the whole configuration with `config` if the current revision is still
    // baseRevision. On Ok, *newRevision is the revision that now holds it.
    // Validation errors: Result::Invalid, *problems filled, nothing written. Another program
    // committed since baseRevision: Result::Conflict, nothing written, *error names who.
    // A configuration equal to the current one makes no revision: Ok, *newRevision is the
    // current revision, and nothing is written. An empty info.user is filled in with the OS
    // user, an empty info.program with the application name. *changes receives the change in
    // words as recorded in the history (empty when nothing changed).
    Result commit(const Config &config, int baseRevision, const ChangeInfo &info, int *newRevision,
                  QString *error, QList<Problem> *problems = nullptr, QStringList *changes = nullptr);

    QList<HistoryEntry> history(int limit, QString *error) const; // newest first; limit <= 0: all
    bool configAt(int revision, Config *config, QString *error) const; // the configuration as of a revision

    // Makes the configuration of `revision` current again, as a new revision (same rules as
    // commit). An empty info.summary becomes "roll back to revision N".
    Result rollback(int revision, int baseRevision, const ChangeInfo &info, int *newRevision, QString *error);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace RelayDesk

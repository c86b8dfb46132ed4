#pragma once

#include "clicontext.h"

#include <QCommandLineParser>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace RelayDesk {

// One relaydeskctl command. Subclasses add their options and positional arguments in
// setup() and do their work in execute(); run() parses and handles --help.
class Command
{
public:
    Command(QString name, QString synopsis, QString description);
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    QString name() const { return m_name; }
    QString synopsis() const { return m_synopsis; }
    QString description() const { return m_description; }

    // arguments: the command's own arguments, without "relaydeskctl" and the command name.
    int run(CliContext &context, const QStringList &arguments);

    static std::vector<std::unique_ptr<Command>> all();

    // "relaydeskctl listener rebuild", … for a status's fix; empty for none.
    static QString fixCommand(SyncStatus::Fix fix);

protected:
    virtual void setup(QCommandLineParser &parser) = 0;
    virtual int execute(CliContext &context, const QCommandLineParser &parser) = 0;

    // Loads the current configuration, lets `change` edit it, and commits the result as one
    // revision. If another program committed in between, the change is made again on the
    // newer configuration (up to three times), so nothing it did is lost.
    // `change` returns false with a message to refuse (exit 2). Prints the change.
    using Change = std::function<bool(Config &config, QString *summary, QString *error)>;
    static int commitChange(CliContext &context, const Change &change, bool dryRun = false);

    // Prints every problem (as JSON on standard output too, with --json) and returns ExitUsage.
    static int reportInvalid(CliContext &context, const QString &where, const QList<Problem> &problems,
                             const QString &prefix = QString());
    static void printProblems(CliContext &context, const QString &where, const QList<Problem> &problems);
    // Prints what a sync did: nothing to fix (ExitOk), or the reason and the command that fixes
    // it (ExitNegative). A listener that is not running is only noted: it loads the newest
    // revision when it starts.
    static int reportSync(CliContext &context, const SyncService::Result &result);

private:
    QString m_name;
    QString m_synopsis;
    QString m_description;
};

} // namespace RelayDesk

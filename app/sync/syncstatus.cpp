#include "syncstatus.h"

#include "privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace RelayDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RelayDesk::SyncStatus", text);
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// "Default SMTP Virtual Server: 127.0.0.1:25: permission denied …" for every virtual server the
// listener could not serve as configured.
QStringList virtualServerErrors(const QJsonObject &status)
{
    QStringList errors;
    const QJsonArray servers = status.value(QStringLiteral("virtualServers")).toArray();
    for (const QJsonValue &value : servers) {
        const QJsonObject server = value.toObject();
        const QString error = server.value(QStringLiteral("error")).toString();
        if (!error.isEmpty())
            errors.append(server.value(QStringLiteral("name")).toString() + QStringLiteral(": ") + error);
    }
    return errors;
}

} // namespace

ListenerPaths::ListenerPaths(const QString &dataDir)
    : dataDirectory(dataDir)
    , database(QDir(dataDir).filePath(QStringLiteral("relaydesk.sqlite")))
    , directory(QDir(dataDir).filePath(QStringLiteral("listener")))
    , snapshot(QDir(dataDir).filePath(QStringLiteral("listener/config.json")))
    , control(QDir(dataDir).filePath(QStringLiteral("listener/control.sock")))
    , record(QDir(dataDir).filePath(QStringLiteral("listener/sync.json")))
    , lock(QDir(dataDir).filePath(QStringLiteral("listener/sync.lock")))
    , log(QDir(dataDir).filePath(QStringLiteral("logs/listener.log")))
{ }

SyncRecord SyncRecord::read(const QString &path)
{
    SyncRecord record;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return record;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    record.pushedRevision = o.value(QStringLiteral("pushedRevision")).toInt(-1);
    record.pushedSha256 = o.value(QStringLiteral("pushedSha256")).toString();
    record.pushedAt = QDateTime::fromString(o.value(QStringLiteral("pushedAt")).toString(), Qt::ISODate);
    record.failedRevision = o.value(QStringLiteral("failedRevision")).toInt(-1);
    record.failure = o.value(QStringLiteral("failure")).toString();
    record.failedAt = QDateTime::fromString(o.value(QStringLiteral("failedAt")).toString(), Qt::ISODate);
    return record;
}

bool SyncRecord::write(const QString &path, QString *error) const
{
    QJsonObject o{{QStringLiteral("pushedRevision"), pushedRevision},
                  {QStringLiteral("pushedSha256"), pushedSha256},
                  {QStringLiteral("pushedAt"), isoTime(pushedAt)}};
    if (!failure.isEmpty()) {
        o.insert(QStringLiteral("failedRevision"), failedRevision);
        o.insert(QStringLiteral("failure"), failure);
        o.insert(QStringLiteral("failedAt"), isoTime(failedAt));
    }
    return writePrivateFile(path, QJsonDocument(o).toJson(QJsonDocument::Indented), error);
}

SyncStatus SyncStatus::evaluate(const SyncFacts &facts)
{
    SyncStatus s;
    s.databaseRevision = facts.databaseRevision;
    s.openRelayWarnings = facts.openRelayWarnings;
    s.listenerStatus = facts.listenerStatus;
    const SyncRecord &record = facts.record;
    const auto judge = [&s](State state, Fix fix, const QString &reason) {
        s.state = state;
        s.fix = fix;
        s.reason = reason;
        return s;
    };

    if (!facts.databaseError.isEmpty())
        return judge(State::Failed, Fix::None,
                     tr("The configuration database cannot be read: %1").arg(facts.databaseError));

    if (!facts.listenerRunning) {
        if (record.failedRevision >= 0 && !record.failure.isEmpty()) {
            s.error = record.failure;
            return judge(State::Failed, Fix::Start,
                         tr("The listener is not running. Its last start failed: %1").arg(record.failure));
        }
        if (!facts.snapshotExists)
            return judge(State::Stopped, Fix::Start,
                         tr("The listener is not running, and its copy of the configuration is missing. "
                            "Starting it renders revision %1 from the database.")
                             .arg(facts.databaseRevision));
        return judge(State::Stopped, Fix::Start, tr("The listener is not running."));
    }

    const QJsonObject &status = facts.listenerStatus;
    const int listenerRevision = status.value(QStringLiteral("revision")).toInt(-1);
    const QString listenerSha = status.value(QStringLiteral("sha256")).toString();
    s.listenerRevision = listenerRevision;
    s.listenerPid = status.value(QStringLiteral("pid")).toInteger();

    // The last push was refused and nothing newer succeeded since: the listener's own words.
    if (record.failedRevision > listenerRevision && !record.failure.isEmpty()) {
        s.error = record.failure;
        return judge(State::Failed, Fix::SyncNow,
                     tr("The listener refused revision %1 and still enforces revision %2: %3")
                         .arg(record.failedRevision)
                         .arg(listenerRevision)
                         .arg(record.failure));
    }
    if (!facts.snapshotExists)
        return judge(State::Stale, Fix::Rebuild,
                     tr("The listener's copy of the configuration (listener/config.json) is missing. The "
                        "listener enforces revision %1 from memory and would not start again.")
                         .arg(listenerRevision));
    if (!facts.snapshotError.isEmpty())
        return judge(State::Stale, Fix::Rebuild,
                     tr("The listener's copy of the configuration is damaged: %1").arg(facts.snapshotError));
    if (facts.snapshotSha256 != listenerSha) {
        if (facts.snapshotRevision > listenerRevision)
            return judge(
                State::Stale, Fix::Rebuild,
                tr("listener/config.json holds revision %1, but the listener still enforces revision "
                   "%2: the process did not load the newer snapshot.")
                    .arg(facts.snapshotRevision)
                    .arg(listenerRevision));
        return judge(State::Stale, Fix::Rebuild,
                     tr("The listener enforces a configuration (revision %1) that differs from "
                        "listener/config.json (revision %2).")
                         .arg(listenerRevision)
                         .arg(facts.snapshotRevision));
    }
    if (!facts.snapshotMatchesDatabase)
        return judge(State::Stale, Fix::Rebuild,
                     tr("listener/config.json was changed outside RelayDesk: it is not what the database "
                        "holds for revision %1, yet the listener enforces it.")
                         .arg(facts.snapshotRevision));
    if (listenerRevision > facts.databaseRevision)
        return judge(State::Stale, Fix::Rebuild,
                     tr("The listener enforces revision %1, newer than the database's revision %2 (was the "
                        "database restored from a backup?).")
                         .arg(listenerRevision)
                         .arg(facts.databaseRevision));
    if (listenerRevision < facts.databaseRevision) {
        if (record.pushedRevision > listenerRevision)
            return judge(
                State::Stale, Fix::Rebuild,
                tr("Revision %1 was pushed to the listener at %2, but it enforces the older revision "
                   "%3 (was it restarted with an old copy?).")
                    .arg(record.pushedRevision)
                    .arg(QLocale().toString(record.pushedAt.toLocalTime(), QLocale::ShortFormat))
                    .arg(listenerRevision));
        return judge(State::Pending, Fix::SyncNow,
                     tr("The database holds revision %1; the listener enforces revision %2.")
                         .arg(facts.databaseRevision)
                         .arg(listenerRevision));
    }
    const QStringList errors = virtualServerErrors(status);
    if (!errors.isEmpty()) {
        s.error = errors.join(QLatin1Char('\n'));
        return judge(State::Failed, Fix::Restart,
                     tr("The listener enforces revision %1 but cannot serve every virtual server: %2")
                         .arg(listenerRevision)
                         .arg(errors.join(QStringLiteral("; "))));
    }
    return judge(
        State::InSync, Fix::None,
        tr("The listener enforces revision %1, the database's current revision.").arg(listenerRevision));
}

QString SyncStatus::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::InSync:
        return QStringLiteral("in sync");
    case State::Pending:
        return QStringLiteral("pending");
    case State::Stale:
        return QStringLiteral("stale");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

QString SyncStatus::stateText(State state)
{
    switch (state) {
    case State::Unknown:
        return tr("Listener: checking…");
    case State::InSync:
        return tr("In sync");
    case State::Pending:
        return tr("Pending");
    case State::Stale:
        return tr("Stale");
    case State::Stopped:
        return tr("Stopped");
    case State::Failed:
        return tr("Failed");
    }
    return QString();
}

QString SyncStatus::fixName(Fix fix)
{
    switch (fix) {
    case Fix::None:
        return QString();
    case Fix::SyncNow:
        return QStringLiteral("sync");
    case Fix::Start:
        return QStringLiteral("start");
    case Fix::Restart:
        return QStringLiteral("restart");
    case Fix::Rebuild:
        return QStringLiteral("rebuild");
    }
    return QString();
}

QString SyncStatus::fixText(Fix fix)
{
    switch (fix) {
    case Fix::None:
        return QString();
    case Fix::SyncNow:
        return tr("Sync now");
    case Fix::Start:
        return tr("Start listener");
    case Fix::Restart:
        return tr("Restart listener");
    case Fix::Rebuild:
        return tr("Rebuild and restart");
    }
    return QString();
}

QJsonObject SyncStatus::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), stateName(state)},
                  {QStringLiteral("inSync"), inSync()},
                  {QStringLiteral("reason"), reason},
                  {QStringLiteral("databaseRevision"), databaseRevision},
                  {QStringLiteral("listenerRevision"),
                   listenerRevision < 0 ? QJsonValue() : QJsonValue(listenerRevision)},
                  {QStringLiteral("openRelayWarnings"), QJsonArray::fromStringList(openRelayWarnings)}};
    if (fix != Fix::None)
        o.insert(QStringLiteral("fix"), fixName(fix));
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (!listenerStatus.isEmpty())
        o.insert(QStringLiteral("listener"), listenerStatus);
    return o;
}

} // namespace RelayDesk

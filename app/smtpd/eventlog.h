#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>

namespace RelayDesk {

// The listener's event log: logs/events.jsonl, one JSON object per line, owner-only, appended.
// Each line: {"time":"2026-11-23T18:00:00.123Z","event":"<name>", …fields}. Events:
//   "started", "stopped", "reloaded", "reload-failed", "connection-refused" (client, rule),
//   "too-many-connections" (client), "relay-refused" (client, recipient, rule: the trace line
//   that decided), "auth-failed" (client, user), "auth-succeeded", "accepted" (id, client,
//   sender, recipients, size), "session-error"; from the delivery agent: "delivered" (id, to,
//   recipients, reply), "delivery-deferred" / "delivery-failed" (id, failures), "non-delivery-report"
//   and "delay-notice" (id, report, to), "badmail" (id, reason), "picked-up" (file, id),
//   "deleted" (id, ndr).
// Writes are buffered and flushed at least every second and on destruction.
class EventLog final
{
public:
    EventLog();
    ~EventLog();
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    bool open(const QString &path, QString *error);
    void write(const QString &event, const QJsonObject &fields = QJsonObject());
    void flush();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace RelayDesk

#pragma once

#include <QJsonObject>
#include <QString>

namespace RelayDesk {

// The outbound queue commands of the listener's control socket (docs/listener.md): "queue" lists
// the messages and the queues by destination; queue-retry, queue-freeze, queue-unfreeze and
// queue-delete act on one message (by id) or on every message of one queue (virtual server and
// destination). The CLI's "queue" command and the console's Queues share these.
namespace QueueControl {

enum class Action
{
    Retry, // due now (also unfreezes)
    Freeze, // not attempted until unfrozen
    Unfreeze,
    Delete // removed; with ndr the sender gets a non-delivery report first
};

// One message (id set) or one queue (virtual server and destination).
struct Target
{
    QString id;
    QString virtualServer;
    QString destination;

    static Target message(const QString &id) { return {id, {}, {}}; }
    static Target queue(const QString &virtualServer, const QString &destination)
    {
        return {{}, virtualServer, destination};
    }
    bool isMessage() const { return !id.isEmpty(); }
};

// The listener's answer, or why there is none.
struct Answer
{
    bool reached = false; // the listener answered (false: not running, time-out, garbage)
    bool ok = false; // it answered "ok": true
    int messages = 0; // how many messages an action affected
    QString error; // the transport failure, or the listener's own "error"
    QJsonObject object; // the answer as sent
};

// "queue-retry", "queue-freeze", …
QString commandName(Action action);
QJsonObject request(Action action, const Target &target, bool ndr = false);
QJsonObject listRequest();

// Sends `request` and reads the answer (blocking, bounded by timeoutMs).
Answer send(const QString &socketPath, const QJsonObject &request, int timeoutMs);

// What the console and the CLI wait for: a listing is quick; a delete with NDRs of a long queue
// writes a report per message.
constexpr int ListTimeoutMs = 10000;
constexpr int ActionTimeoutMs = 60000;

} // namespace QueueControl

} // namespace RelayDesk

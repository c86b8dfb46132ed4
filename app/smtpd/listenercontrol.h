#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace RelayDesk {

// What the control socket can ask of the running listener. The listener implements it; the
// ControlServer only translates lines of JSON to these calls and back. Every answer is an
// object with "ok": true, or "ok": false and "error": a sentence for the administrator.
class ListenerControl
{
public:
    virtual ~ListenerControl();

    // {"ok":true,"pid":…,"uptimeSeconds":…,"revision":…,"sha256":"…","configFile":"…",
    //  "virtualServers":[{"name":…,"instance":n,"state":"running|paused|stopped|disabled",
    //                     "bindings":["127.0.0.1:2525"],"error":"…"}],
    //  "counters":{"connections":…,"sessions":…,"messagesAccepted":…,"recipientsLocal":…,
    //              "recipientsRelayed":…,"refused":{"<reason>":count,…}},
    //  "delivery":{"queued":n,"connections":n,"held":bool}}
    virtual QJsonObject status() const = 0;
    // Loads the snapshot file again. On success the answer carries the new revision and sha256;
    // on failure the listener keeps the configuration it had and the answer says why.
    virtual QJsonObject reload() = 0;
    // Stops gracefully (open sessions get 421 4.3.2); the answer is sent before the listener exits.
    virtual QJsonObject stop() = 0;
    // Stops gracefully like stop(), then exits with ExitRestart (75) so that a service manager
    // (systemd: RestartForceExitStatus=75) starts the listener again on its snapshot.
    virtual QJsonObject restart();
    // A paused virtual server answers new connections with 421 4.3.2 and keeps its sessions.
    virtual QJsonObject pause(const QString &virtualServer) = 0;
    virtual QJsonObject resume(const QString &virtualServer) = 0;
    // {"ok":true,"sessions":[{"id":…,"virtualServer":…,"client":"ip:port","since":"…Z",
    //  "state":"…","user":"…","tls":bool,"messages":n}]}
    virtual QJsonObject sessions() const = 0;
    // The outbound queues (docs/delivery.md): {"ok":true,
    //  "queue":[{"id":…,"virtualServer":…,"instance":n,"file":"…","size":…,"sender":"…","recipients":[…],
    //            "destination":"…","route":"smartHost|forward|mx","received":"…Z","since":"…Z","attempts":n,
    //            "nextRetry":"…Z"|"","lastError":"…","state":"ready|retry|delivering|frozen"}],  (per message
    //            and destination)
    //  "queues":[{"virtualServer":…,"instance":n,"destination":…,"route":…,"messages":n,"recipients":n,
    //             "frozen":n,"oldest":"…Z","nextRetry":"…Z"|"","lastError":"…","state":"…"}]}
    virtual QJsonObject queue() const = 0;
    // "queue-retry", "queue-freeze", "queue-unfreeze", "queue-delete" with "id", or with
    // "virtualServer" and "destination" (a whole queue); "queue-delete" takes "ndr": true to return
    // the messages to their senders. {"ok":true,"messages":n} or an error naming what was not found.
    virtual QJsonObject queueAction(const QString &command, const QJsonObject &request);
};

} // namespace RelayDesk

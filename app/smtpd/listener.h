#pragma once

#include "auththrottle.h"
#include "config.h"
#include "listenercontrol.h"
#include "sessioncontext.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

namespace RelayDesk {

class BindingServer;
class DeliveryAgent;
class ControlServer;
class EventLog;
class HostNameResolver;
class Session;
class Spool;

// The SMTP listener: runs every enabled virtual server of the snapshot (listener/config.json) on
// its bindings, one Session per connection, all on the thread that owns it. Reload is in-process:
// a snapshot that does not load leaves the running configuration in place; sessions keep going,
// their transactions under the rules they began with; only changed bindings are re-bound.
class Listener final : public QObject, public ListenerControl
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    struct Options
    {
        QString dataDirectory;
        QString configFile; // empty: <data>/listener/config.json
        QString controlPath; // empty: <data>/listener/control.sock
        bool controlSocket = true;
        int idleTimeoutMs = 0; // 0: each virtual server's connectionTimeoutMinutes (tests set less)
        HostNameResolver *resolver = nullptr; // not owned; null: DNS (created when a policy needs it)
        int authBaseDelayMs = 1000; // the first AUTH delay after three failures
        bool delivery = true; // run the outbound delivery agent (and Pickup)
        bool holdQueue = false; // the agent keeps what is queued and attempts nothing
        QHostAddress dnsServer; // for MX lookups; null: the system's resolver
        int maxOutboundConnections = 0; // 0: the agent's default (or the environment's)
        int maxConnectionsPerDomain = 0;
    };

    enum ExitCode
    {
        ExitOk = 0,
        ExitBadInput = 2, // bad usage, unreadable or invalid snapshot
        ExitEnvironment = 3, // cannot bind, cannot create directories or sockets
        ExitRestart = 75 // stopped by "restart": a service manager starts it again
    };

    explicit Listener(const Options &options, QObject *parent = nullptr);
    ~Listener() override;

    // Loads the snapshot, prepares the directories and binds. On failure returns false with a
    // sentence in *error and the process exit code in *exitCode.
    bool start(QString *error, int *exitCode);
    // Loads the snapshot file again; on failure keeps the running configuration.
    bool reloadConfiguration(QString *error);
    // Graceful stop: no new connections, open sessions get 421 4.3.2 (after a 250 that is due),
    // the spool is flushed; then stopped() is emitted.
    void stopGracefully();

    int revision() const { return m_revision; }
    // The process exit code after stopped(): ExitOk, or ExitRestart after a "restart" request.
    int exitCode() const { return m_exitCode; }
    QString sha256() const { return m_sha256; }
    // "127.0.0.1:2525" of every listening socket of a virtual server.
    QStringList boundAddresses(const QString &virtualServer) const;
    int sessionCount() const { return int(m_sessions.size()); }
    const ListenerCounters &counters() const { return m_counters; }
    Spool *spool() const { return m_spool; }

    // ListenerControl
    QJsonObject status() const override;
    QJsonObject reload() override;
    QJsonObject stop() override;
    QJsonObject restart() override;
    QJsonObject pause(const QString &virtualServer) override;
    QJsonObject resume(const QString &virtualServer) override;
    QJsonObject sessions() const override;
    QJsonObject queue() const override;
    QJsonObject queueAction(const QString &command, const QJsonObject &request) override;
    DeliveryAgent *deliveryAgent() const { return m_delivery; }

signals:
    void stopped();
    void reloaded(int revision);

private:
    struct VirtualServerState
    {
        std::shared_ptr<VirtualServerRuntime> runtime;
        QStringList bindings; // "address:port" as configured
        QString error; // the last bind or certificate problem, for status
    };

    bool load(QString *error, int *exitCode, bool starting);
    bool applyBindings(const QHash<QString, std::shared_ptr<VirtualServerRuntime>> &wanted,
                       QStringList *problems);
    void accept(BindingServer *server, qintptr descriptor);
    void sweep();
    void finishStop();
    VirtualServerState *findServer(const QString &name);

    Options m_options;
    QString m_configFile;
    Config m_config;
    int m_revision = -1;
    QString m_sha256;
    QElapsedTimer m_uptime;
    QList<VirtualServerState> m_servers;
    QHash<QString, BindingServer *> m_bindings; // "address:port" → listening socket
    QList<Session *> m_sessions;
    ListenerCounters m_counters;
    AuthThrottle m_authThrottle;
    SessionContext m_context;
    Spool *m_spool = nullptr;
    DeliveryAgent *m_delivery = nullptr;
    std::unique_ptr<EventLog> m_events;
    ControlServer *m_control = nullptr;
    HostNameResolver *m_dnsResolver = nullptr;
    QTimer m_sweepTimer;
    quint64 m_nextSessionId = 1;
    bool m_stopping = false;
    bool m_stopped = false;
    int m_exitCode = ExitOk;
};

} // namespace RelayDesk

#pragma once

#include "sessioncontext.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QMultiMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace RelayDesk {

class EventLog;
class Spool;

// The outbound delivery agent of relaydesk-smtpd (docs/delivery.md). It takes the messages of
// mailroot/vsi-<n>/Queue, groups their recipients by destination (the smart host, the
// forwardUnresolvedTo host of a domain the organization is not responsible for, or the
// recipient domain's mail exchangers) and sends them over SMTP with the project's client.
// Temporary failures are retried on the virtual server's schedule; a permanent failure, or a
// message that outlives its expiration time, is returned to its sender as a non-delivery report
// (RFC 3464), copied to ndrCopyTo; a delay notice goes out once after the delay time. What can
// neither be delivered nor returned goes to Badmail. The state of each message between attempts
// is kept beside it (Queue/<id>.state), so a restart, even after SIGKILL, loses nothing; a
// recipient is only marked delivered after the remote server confirmed the message.
//
// It also empties mailroot/vsi-<n>/Pickup: an .eml dropped there is checked and queued.
class DeliveryAgent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryAgent)

public:
    struct Options
    {
        QString dataDirectory;
        QString mailroot;
        QHostAddress dnsServer; // null: the system's resolver
        qint64 minuteMs = 60000; // one "minute" of the retry schedule, delay and expiration
        int maxConnections = 100; // outbound connections in all
        int maxConnectionsPerDestination = 20;
        int pickupIntervalMs = 1000;
        bool hold = false; // accept and keep mail in Queue/, attempt nothing (maintenance; tests of receipt)
        // From the environment: RELAYDESK_DNS_SERVER, RELAYDESK_DELIVERY_MINUTE_MS,
        // RELAYDESK_MAX_OUTBOUND_CONNECTIONS, RELAYDESK_MAX_CONNECTIONS_PER_DOMAIN,
        // RELAYDESK_HOLD_QUEUE=1.
        void readEnvironment();
    };

    DeliveryAgent(const Options &options, Spool *spool, EventLog *events, QObject *parent = nullptr);
    ~DeliveryAgent() override;

    // The running virtual servers (after start and every reload). The first call also loads
    // what the queues hold from an earlier run.
    void setServers(const QList<std::shared_ptr<VirtualServerRuntime>> &servers);
    // A message with queued recipients became durable as Queue/<id>.eml.
    void messageQueued(int instance, const QString &id);
    // No new attempts; running ones are abandoned (the messages stay queued as they were).
    void stop();

    // The control socket's "queue" answer (listenercontrol.h).
    QJsonObject queueStatus() const;
    // "queue-retry", "queue-freeze", "queue-unfreeze", "queue-delete".
    QJsonObject queueAction(const QString &command, const QJsonObject &request);

    // For status: messages in the queues, outbound connections open, whether delivery is held.
    int queuedMessages() const { return int(m_items.size()); }
    int activeConnections() const { return m_active; }
    bool isHeld() const { return m_options.hold; }

private:
    struct Item;
    struct Job;
    struct Route;
    struct Failure;

    const VirtualServerRuntime *runtime(int instance) const;
    void loadQueues();
    Item *load(int instance, const QString &id);
    void makeReady(Item &item);
    void schedule(Item &item, const QDateTime &at);
    void unschedule(Item &item);
    void retryDue();
    void armRetryTimer();
    int startableJobs() const;
    void pump();
    void dispatch();
    void startAttempt(Item &item);
    void startJob(const std::shared_ptr<Job> &job);
    void tryHost(const std::shared_ptr<Job> &job);
    void jobFinished(const std::shared_ptr<Job> &job);
    void finishAttempt(Item &item);
    // Sends the sender a non-delivery report (or, delayed, a delay notice) for `failures`;
    // `then` runs once the report is durable (or could not be made).
    // `then(true)` runs once the report is durable, or, when it has nowhere to go, once Badmail
    // holds `file` (the original); `then(false)` when neither could be done.
    void returnToSender(int instance, const QString &id, const QString &file, const QString &sender,
                        const QDateTime &received, const QByteArray &original, const QList<Failure> &failures,
                        bool delayed, std::function<void(bool)> then);
    // Badmail/<id>.bad (a synced copy of `file`, when given) and Badmail/<id>.bdr (the reason);
    // false when either could not be written.
    bool toBadmail(int instance, const QString &id, const QString &file, const QString &reason);
    void removeItem(const QString &key);
    void saveState(const Item &item);
    void markDirectoryDirty(int instance);
    void syncQueueDirectories();
    Route route(const Item &item, const QString &recipient) const;
    void routeAll(Item &item) const;
    QList<Item *> matching(const QJsonObject &request, QString *error);
    void recoverPickup(int instance);
    void scanPickup();
    void pickUp(int instance, const QString &path);

    Options m_options;
    Spool *m_spool;
    EventLog *m_events;
    QList<std::shared_ptr<VirtualServerRuntime>> m_servers;
    QHash<QString, std::shared_ptr<Item>> m_items; // "<instance>/<id>"
    std::deque<QString> m_ready; // keys of messages due now, in order
    QMultiMap<QDateTime, QString> m_retries; // next attempt → key
    QHash<QString, std::deque<std::shared_ptr<Job>>> m_waiting; // destination → jobs waiting for a slot
    QHash<QString, int> m_activePerDestination;
    int m_active = 0;
    QTimer m_retryTimer;
    QTimer m_pickupTimer;
    struct PickupSighting
    {
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const PickupSighting &o) const { return size == o.size && modified == o.modified; }
    };
    QHash<QString, PickupSighting> m_pickupSeen; // Pickup files as the last scan saw them
    QSet<int> m_pickupRecovered; // instances whose Pickup/ leftovers were looked at
    QSet<int> m_loadedInstances; // whose Queue/ was read from disk
    QSet<int> m_dirtyDirectories; // instances whose Queue/ had files removed since the last sync
    bool m_loaded = false;
    bool m_stopped = false;
};

} // namespace RelayDesk

#include "deliveryagent.h"

#include "deliveryreport.h"
#include "eventlog.h"
#include "mxlookup.h"
#include "outboundsecrets.h"
#include "pickupmessage.h"
#include "receivedheader.h"
#include "smtpclient.h"
#include "spool.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace RelayDesk {

namespace {

Q_LOGGING_CATEGORY(lcDelivery, "relaydesk.smtpd.delivery")

const QString ReadyState = QStringLiteral("ready");
const QString RetryState = QStringLiteral("retry");
const QString DeliveringState = QStringLiteral("delivering");
const QString FrozenState = QStringLiteral("frozen");

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

// "host", "host:port", "[10.0.0.1]", "[10.0.0.1]:2525": the host without brackets and the port
// (defaultPort when none is given).
void splitHostPort(const QString &text, int defaultPort, QString *host, int *port)
{
    QString rest = text.trimmed();
    *port = defaultPort;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        *host = rest.mid(1, close - 1);
        const QString tail = close < 0 ? QString() : rest.mid(close + 1);
        if (tail.startsWith(QLatin1Char(':')))
            *port = tail.mid(1).toInt();
        return;
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && rest.indexOf(QLatin1Char(':')) == colon) { // not an IPv6 address
        *host = rest.left(colon);
        *port = rest.mid(colon + 1).toInt();
        return;
    }
    *host = rest;
}

bool envInt(const char *name, qint64 *value)
{
    bool ok = false;
    const qint64 v = qEnvironmentVariable(name).toLongLong(&ok);
    if (ok && v > 0)
        *value = v;
    return ok;
}

// Where a message the agent makes itself (a report, a Pickup file) goes for `address`: Drop/ for a
// known recipient of an authoritative domain, nowhere for an unknown one (or an address that does
// not parse), the queue for anything else. Relay permission is not asked: the agent is trusted.
enum class Destination
{
    Drop,
    Queue,
    Unknown
};

Destination classify(const RelayPolicy &policy, const QString &address, Decision *decision)
{
    *decision = policy.rcptTo(SessionFacts{}, QStringLiteral("<%1>").arg(address), 0, true);
    if (decision->address.isEmpty())
        decision->address = address;
    if (decision->accepted() && decision->local && !decision->forward)
        return Destination::Drop;
    const bool relayRefused = decision->code == 550 && decision->enhancedCode == QLatin1String("5.7.1");
    if (decision->accepted() || relayRefused)
        return Destination::Queue;
    return Destination::Unknown;
}

QString replyText(const SmtpReply &reply)
{
    return replyToString(reply);
}

} // namespace

void DeliveryAgent::Options::readEnvironment()
{
    const QString dns = qEnvironmentVariable("RELAYDESK_DNS_SERVER");
    if (!dns.isEmpty())
        dnsServer = QHostAddress(dns);
    envInt("RELAYDESK_DELIVERY_MINUTE_MS", &minuteMs);
    if (qEnvironmentVariable("RELAYDESK_HOLD_QUEUE") == QLatin1String("1"))
        hold = true;
    qint64 value = 0;
    if (envInt("RELAYDESK_MAX_OUTBOUND_CONNECTIONS", &value))
        maxConnections = int(value);
    if (envInt("RELAYDESK_MAX_CONNECTIONS_PER_DOMAIN", &value))
        maxConnectionsPerDestination = int(value);
}

// Where one recipient goes.
struct DeliveryAgent::Route
{
    QString kind; // "smartHost", "forward", "mx"
    QString destination; // the queue's name: "host:port" or the recipient domain
    QString host; // smartHost / forward: the host to connect to
    int port = 25;
    QString domain; // mx: the domain whose MX records are looked up
    bool smartHostAfterMx = false; // mx with "attempt direct delivery first": the smart host follows
    QString smartHost; // the smart host (smartHost route, or after the MX hosts)
    int smartHostPort = 25;
};

struct DeliveryAgent::Failure
{
    QString recipient;
    QString status; // "5.7.1"
    QString diagnostic; // the remote reply, or a sentence
    QString remoteMta;
    bool smtpReply = false;
};

// One message of a queue.
struct DeliveryAgent::Item
{
    QString key;
    int instance = 1;
    QString id;
    QString file;
    qint64 size = 0;
    QString sender; // empty: the null sender
    QStringList recipients; // every queued recipient, as in X-Receiver
    QSet<QString> done; // lower-cased: delivered, or returned to the sender
    QSet<QString> returning; // lower-cased: failed, done once their report is durable
    QHash<QString, QString> destinationOf; // pending recipient → its queue
    QHash<QString, QString> routeOf; // pending recipient → "smartHost", "forward", "mx"
    QDateTime received;
    int attempts = 0;
    QDateTime nextAttempt; // invalid: due now
    QString lastError;
    bool frozen = false;
    bool delayNotified = false;
    bool delivering = false;
    bool ready = false; // in m_ready
    bool deleteRequested = false;
    bool deleteWithNdr = false;
    // The attempt running now.
    int runningJobs = 0;
    int startedJobs = 0; // jobs of this attempt that got a connection slot
    QList<Failure> permanent;
    QList<Failure> temporary;

    QStringList pending() const
    {
        QStringList list;
        for (const QString &r : recipients) {
            if (!done.contains(r.toLower()) && !returning.contains(r.toLower()))
                list << r;
        }
        return list;
    }
    QString statePath() const { return file.left(file.size() - 4) + QStringLiteral(".state"); }
};

// One connection's worth of work: the recipients of one message for one destination.
struct DeliveryAgent::Job
{
    QString key;
    Route route;
    QStringList recipients;
    // Read when the job gets its connection, not before: a long queue holds no message in memory.
    QByteArray message;
    QString sender;
    QString heloName;
    OutboundSecurity security;
    QString password; // only for the smart host
    struct Target
    {
        QString host; // what is shown: the MX name or the smart host
        QString address; // what SmtpClient connects to
        int port = 25;
        bool smartHost = false;
    };
    QList<Target> targets;
    int next = 0; // the target to try next
    QString lastError;
    // Outcome per recipient.
    QStringList delivered;
    QList<Failure> permanent;
    QList<Failure> temporary;
    QPointer<QObject> worker; // the SmtpClient or MxLookup running now
};

DeliveryAgent::DeliveryAgent(const Options &options, Spool *spool, EventLog *events, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_spool(spool)
    , m_events(events)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &DeliveryAgent::retryDue);
    m_pickupTimer.setInterval(options.pickupIntervalMs);
    connect(&m_pickupTimer, &QTimer::timeout, this, &DeliveryAgent::scanPickup);
}

DeliveryAgent::~DeliveryAgent()
{
    stop();
}

const VirtualServerRuntime *DeliveryAgent::runtime(int instance) const
{
    for (const auto &server : m_servers) {
        if (server->instance == instance)
            return server.get();
    }
    return nullptr;
}

void DeliveryAgent::setServers(const QList<std::shared_ptr<VirtualServerRuntime>> &servers)
{
    m_servers = servers;
    if (!m_loaded) {
        m_loaded = true;
        loadQueues();
        m_pickupTimer.start();
        QTimer::singleShot(0, this, &DeliveryAgent::scanPickup);
    } else {
        // A new configuration may route differently (a smart host set or removed).
        for (const auto &item : std::as_const(m_items))
            routeAll(*item);
        // Queues of a virtual server that appeared now.
        loadQueues();
    }
    pump();
}

void DeliveryAgent::loadQueues()
{
    for (const auto &server : std::as_const(m_servers)) {
        // Queues of a virtual server seen for the first time: the others are known, and their new
        // files come through messageQueued() once the spool says they are durable.
        if (m_loadedInstances.contains(server->instance))
            continue;
        m_loadedInstances.insert(server->instance);
        QDir dir(QStringLiteral("%1/vsi-%2/Queue").arg(m_options.mailroot).arg(server->instance));
        const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            const QString id = name.left(name.size() - 4);
            if (!m_items.contains(QStringLiteral("%1/%2").arg(server->instance).arg(id)))
                load(server->instance, id);
        }
        // State files whose message is gone (delivered just before a crash).
        for (const QString &name : dir.entryList({QStringLiteral("*.state")}, QDir::Files)) {
            if (!dir.exists(name.left(name.size() - 6) + QStringLiteral(".eml")))
                dir.remove(name);
        }
    }
}

DeliveryAgent::Item *DeliveryAgent::load(int instance, const QString &id)
{
    auto item = std::make_shared<Item>();
    item->key = QStringLiteral("%1/%2").arg(instance).arg(id);
    item->instance = instance;
    item->id = id;
    item->file = QStringLiteral("%1/vsi-%2/Queue/%3.eml").arg(m_options.mailroot).arg(instance).arg(id);
    QFile file(item->file);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDelivery).noquote() << tr("cannot read %1: %2").arg(item->file, file.errorString());
        return nullptr;
    }
    item->size = file.size();
    // The envelope is at the top: X-Sender and X-Receiver lines (a few hundred octets at most,
    // but a message may have many recipients).
    QByteArray head;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine(4096);
        const QByteArray lower = line.left(11).toLower();
        if (!lower.startsWith("x-sender:") && !lower.startsWith("x-receiver:"))
            break;
        head += line;
    }
    stripEnvelopeHeaders(head, &item->sender, &item->recipients);
    item->received = QFileInfo(file).lastModified().toUTC();

    QFile state(item->statePath());
    if (state.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(state.readAll()).object();
        item->attempts = o.value(QStringLiteral("attempts")).toInt();
        item->nextAttempt =
            QDateTime::fromString(o.value(QStringLiteral("nextAttempt")).toString(), Qt::ISODateWithMs);
        const QDateTime received =
            QDateTime::fromString(o.value(QStringLiteral("received")).toString(), Qt::ISODateWithMs);
        if (received.isValid())
            item->received = received;
        item->lastError = o.value(QStringLiteral("lastError")).toString();
        item->frozen = o.value(QStringLiteral("frozen")).toBool();
        item->delayNotified = o.value(QStringLiteral("delayNotified")).toBool();
        for (const QJsonValue &v : o.value(QStringLiteral("done")).toArray())
            item->done.insert(v.toString().toLower());
    }
    Item *raw = item.get();
    m_items.insert(item->key, item);
    routeAll(*raw);
    if (raw->pending().isEmpty()) {
        // Everything was done before a crash: only the files were left.
        removeItem(raw->key);
        return nullptr;
    }
    if (raw->nextAttempt.isValid() && raw->nextAttempt > QDateTime::currentDateTimeUtc())
        schedule(*raw, raw->nextAttempt);
    else
        makeReady(*raw);
    return raw;
}

void DeliveryAgent::messageQueued(int instance, const QString &id)
{
    if (m_stopped || m_items.contains(QStringLiteral("%1/%2").arg(instance).arg(id)))
        return;
    if (load(instance, id))
        pump();
}

void DeliveryAgent::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_retryTimer.stop();
    m_pickupTimer.stop();
    m_waiting.clear();
    // Abandon what runs: the messages stay as they are on disk and are tried again at the next
    // start. The workers are children of this object; deleting them drops their connections.
    for (const auto &item : std::as_const(m_items))
        item->delivering = false;
    const QList<QObject *> children = this->children();
    for (QObject *child : children) {
        if (qobject_cast<SmtpClient *>(child) || qobject_cast<MxLookup *>(child))
            delete child;
    }
    syncQueueDirectories();
}

DeliveryAgent::Route DeliveryAgent::route(const Item &item, const QString &recipient) const
{
    Route r;
    const VirtualServerRuntime *vs = runtime(item.instance);
    const QString domain = domainOf(recipient);
    r.kind = QStringLiteral("mx");
    r.domain = domain;
    r.destination = domain;
    if (!vs)
        return r;
    const VirtualServer &server = vs->policy->server();
    const DeliverySettings &delivery = server.delivery;
    // A domain of ours that we are not responsible for: to the host that is.
    const Decision decision = vs->policy->rcptTo(SessionFacts{}, QStringLiteral("<%1>").arg(recipient));
    if (decision.forward && !server.messages.forwardUnresolvedTo.isEmpty()) {
        r.kind = QStringLiteral("forward");
        splitHostPort(server.messages.forwardUnresolvedTo, 25, &r.host, &r.port);
        r.destination = QStringLiteral("%1:%2").arg(r.host).arg(r.port);
        return r;
    }
    if (!delivery.smartHost.isEmpty()) {
        splitHostPort(delivery.smartHost, delivery.smartHostPort, &r.smartHost, &r.smartHostPort);
        if (delivery.attemptDirectBeforeSmartHost) {
            r.smartHostAfterMx = true;
            return r;
        }
        r.kind = QStringLiteral("smartHost");
        r.host = r.smartHost;
        r.port = r.smartHostPort;
        r.destination = QStringLiteral("%1:%2").arg(r.host).arg(r.port);
    }
    return r;
}

void DeliveryAgent::routeAll(Item &item) const
{
    item.destinationOf.clear();
    item.routeOf.clear();
    for (const QString &recipient : item.pending()) {
        const Route r = route(item, recipient);
        item.destinationOf.insert(recipient, r.destination);
        item.routeOf.insert(recipient, r.kind);
    }
}

void DeliveryAgent::makeReady(Item &item)
{
    unschedule(item);
    if (item.ready || item.delivering)
        return;
    item.ready = true;
    m_ready.push_back(item.key);
}

void DeliveryAgent::schedule(Item &item, const QDateTime &at)
{
    unschedule(item);
    item.nextAttempt = at;
    m_retries.insert(at, item.key);
    armRetryTimer();
}

void DeliveryAgent::armRetryTimer()
{
    if (m_retries.isEmpty()) {
        m_retryTimer.stop();
        return;
    }
    // At most a day ahead (QTimer takes an int); it is armed again when it fires.
    const qint64 wait = qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(m_retries.firstKey()),
                                       qint64(24) * 3600 * 1000);
    if (!m_retryTimer.isActive() || m_retryTimer.remainingTime() > wait)
        m_retryTimer.start(int(wait));
}

void DeliveryAgent::unschedule(Item &item)
{
    if (!item.nextAttempt.isValid())
        return;
    auto it = m_retries.find(item.nextAttempt);
    while (it != m_retries.end() && it.key() == item.nextAttempt) {
        if (it.value() == item.key) {
            m_retries.erase(it);
            break;
        }
        ++it;
    }
    item.nextAttempt = QDateTime();
}

void DeliveryAgent::retryDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_retries.isEmpty() && m_retries.firstKey() <= now) {
        const QString key = m_retries.first();
        m_retries.erase(m_retries.begin());
        if (const auto item = m_items.value(key)) {
            item->nextAttempt = QDateTime();
            if (!item->ready && !item->delivering) {
                item->ready = true;
                m_ready.push_back(key);
            }
        }
    }
    m_retryTimer.stop();
    armRetryTimer();
    pump();
}

int DeliveryAgent::startableJobs() const
{
    int startable = 0;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        const int free = m_options.maxConnectionsPerDestination - m_activePerDestination.value(it.key());
        startable += qMin(int(it.value().size()), qMax(0, free));
    }
    return startable;
}

void DeliveryAgent::pump()
{
    if (m_stopped || m_options.hold)
        return;
    // Messages are opened into jobs as far as connections can take them soon; the rest wait in
    // m_ready (a key each). Jobs held back by their destination's limit do not count, so one slow
    // destination does not keep the others waiting.
    while (!m_ready.empty() && startableJobs() < 2 * m_options.maxConnections) {
        const QString key = m_ready.front();
        m_ready.pop_front();
        const auto item = m_items.value(key);
        if (!item)
            continue;
        item->ready = false;
        if (item->frozen || item->delivering)
            continue;
        startAttempt(*item);
    }
    dispatch();
}

void DeliveryAgent::dispatch()
{
    // Round the destinations, each up to its limit, all up to the total.
    const QStringList destinations = m_waiting.keys();
    for (const QString &destination : destinations) {
        while (m_active < m_options.maxConnections
               && m_activePerDestination.value(destination) < m_options.maxConnectionsPerDestination) {
            auto it = m_waiting.find(destination);
            if (it == m_waiting.end() || it.value().empty())
                break;
            const std::shared_ptr<Job> job = it.value().front();
            it.value().pop_front();
            if (it.value().empty())
                m_waiting.erase(it);
            const auto item = m_items.value(job->key);
            if (!item || item->frozen || item->deleteRequested) {
                // Frozen or deleted while it waited: it does not go.
                if (item && --item->runningJobs <= 0)
                    finishAttempt(*item);
                continue;
            }
            ++item->startedJobs;
            ++m_activePerDestination[destination];
            ++m_active;
            startJob(job);
        }
        if (m_active >= m_options.maxConnections)
            break;
    }
}

void DeliveryAgent::startAttempt(Item &item)
{
    if (!runtime(item.instance)) {
        // Its virtual server is not running (disabled): the message waits for it.
        schedule(item, QDateTime::currentDateTimeUtc().addMSecs(m_options.minuteMs));
        return;
    }
    routeAll(item);
    QHash<QString, std::shared_ptr<Job>> jobs;
    QList<std::shared_ptr<Job>> ordered;
    for (const QString &recipient : item.pending()) {
        auto &job = jobs[item.destinationOf.value(recipient)];
        if (!job) {
            job = std::make_shared<Job>();
            job->key = item.key;
            job->route = route(item, recipient);
            ordered.append(job);
        }
        job->recipients << recipient;
    }
    if (ordered.isEmpty())
        return;
    item.delivering = true;
    item.permanent.clear();
    item.temporary.clear();
    item.runningJobs = int(ordered.size());
    item.startedJobs = 0;
    for (const auto &job : std::as_const(ordered))
        m_waiting[job->route.destination].push_back(job);
}

void DeliveryAgent::startJob(const std::shared_ptr<Job> &job)
{
    const auto item = m_items.value(job->key);
    const VirtualServerRuntime *vs = item ? runtime(item->instance) : nullptr;
    QFile file(item ? item->file : QString());
    if (!vs || !file.open(QIODevice::ReadOnly)) {
        // The virtual server went with a reload, or the file was removed behind the agent's back:
        // nothing to send now.
        job->lastError = vs ? tr("cannot read %1: %2").arg(file.fileName(), file.errorString())
                            : tr("the virtual server is not running");
        for (const QString &recipient : std::as_const(job->recipients))
            job->temporary.append({recipient, QStringLiteral("4.3.0"), job->lastError, QString(), false});
        jobFinished(job);
        return;
    }
    QStringList recipients;
    job->message = stripEnvelopeHeaders(file.readAll(), &job->sender, &recipients);
    file.close();
    const DeliverySettings &delivery = vs->policy->server().delivery;
    if (!job->sender.isEmpty() && !delivery.masqueradeDomain.isEmpty())
        job->sender =
            job->sender.left(job->sender.lastIndexOf(QLatin1Char('@')) + 1) + delivery.masqueradeDomain;
    job->heloName = vs->hostName;
    job->security = delivery.outboundSecurity;
    if (delivery.outboundSecurity.authentication == OutboundAuthentication::Basic)
        job->password = OutboundSecrets::read(m_options.dataDirectory, vs->name);
    const auto addSmartHost = [job]() {
        if (job->route.smartHost.isEmpty())
            return;
        job->targets.append({job->route.smartHost, job->route.smartHost, job->route.smartHostPort, true});
    };
    if (job->route.kind == QLatin1String("smartHost")) {
        addSmartHost();
        tryHost(job);
        return;
    }
    if (job->route.kind == QLatin1String("forward")) {
        job->targets.append({job->route.host, job->route.host, job->route.port, false});
        tryHost(job);
        return;
    }
    auto *lookup = new MxLookup(
        job->route.domain, m_options.dnsServer,
        [this, job, addSmartHost](const MxLookup::Result &result) {
            if (QObject *worker = job->worker)
                worker->deleteLater();
            if (m_stopped)
                return;
            if (result.outcome == MxLookup::Outcome::Found) {
                for (const MxLookup::Host &host : result.hosts) {
                    for (const QHostAddress &address : host.addresses)
                        job->targets.append({host.name, address.toString(), 25, false});
                }
            } else {
                job->lastError = result.error;
            }
            if (job->route.smartHostAfterMx)
                addSmartHost();
            if (job->targets.isEmpty() && result.outcome == MxLookup::Outcome::NoSuchDomain) {
                for (const QString &recipient : std::as_const(job->recipients))
                    job->permanent.append(
                        {recipient, QStringLiteral("5.1.2"), result.error, QString(), false});
                jobFinished(job);
                return;
            }
            tryHost(job);
        },
        this);
    job->worker = lookup;
}

void DeliveryAgent::tryHost(const std::shared_ptr<Job> &job)
{
    if (m_stopped)
        return;
    if (job->next >= job->targets.size()) {
        // No host took the conversation: every recipient of the job waits for the next attempt.
        if (job->lastError.isEmpty())
            job->lastError = tr("no host to deliver to");
        for (const QString &recipient : std::as_const(job->recipients))
            job->temporary.append({recipient, QStringLiteral("4.4.1"), job->lastError, QString(), false});
        jobFinished(job);
        return;
    }
    const Job::Target target = job->targets.at(job->next++);
    SmtpClientOptions options;
    options.host = target.address;
    options.port = quint16(target.port);
    options.heloName = job->heloName;
    options.from = job->sender;
    options.to = job->recipients;
    options.message = job->message;
    options.timeouts.connectMs = 30000;
    options.timeouts.greetingMs = 5 * 60000;
    options.timeouts.commandMs = 5 * 60000;
    options.timeouts.dataEndMs = 10 * 60000;
    // RFC 7435: opportunistic TLS does not check the peer's certificate; the smart host's
    // "required" does (an invalid certificate is a temporary failure).
    options.tls = TlsMode::IfOffered;
    options.acceptUntrustedCertificate = true;
    if (target.smartHost || job->route.kind != QLatin1String("mx")) {
        switch (job->security.tls) {
        case OutboundTls::Off:
            options.tls = TlsMode::Off;
            break;
        case OutboundTls::Opportunistic:
            break;
        case OutboundTls::Required:
            options.tls = TlsMode::Required;
            options.acceptUntrustedCertificate = false;
            break;
        }
    }
    // Credentials go to the smart host only, never to an MX or a forward host.
    if (target.smartHost && job->security.authentication == OutboundAuthentication::Basic) {
        if (job->password.isEmpty()) {
            job->lastError = tr("no password is set for authentication to the smart host (relaydeskctl "
                                "smarthost-password)");
            tryHost(job);
            return;
        }
        options.user = job->security.userName;
        options.password = job->password;
    }
    auto *client = new SmtpClient(this);
    job->worker = client;
    connect(client, &SmtpClient::finished, this, [this, job, client, target](const SmtpClientResult &result) {
        client->deleteLater();
        if (m_stopped)
            return;
        using Outcome = SmtpClientResult::Outcome;
        using Stage = SmtpClientResult::Stage;
        // "mx1.remote.example (192.0.2.25:25)", or "192.0.2.25:25" for a host given as an address.
        const QString endpoint = QStringLiteral("%1:%2").arg(target.address).arg(target.port);
        const QString where =
            target.host == target.address ? endpoint : QStringLiteral("%1 (%2)").arg(target.host, endpoint);
        // The client's sentences name the endpoint already; then only the MX name is added.
        const QString clientError = !result.error.contains(endpoint) ? tr("%1: %2").arg(where, result.error)
            : target.host == target.address                          ? result.error
                                            : tr("%1: %2").arg(target.host, result.error);
        const auto temporaryAll = [&](const QString &text) {
            for (const QString &recipient : std::as_const(job->recipients))
                job->temporary.append({recipient, QStringLiteral("4.4.1"), text, target.host, false});
        };
        const bool conversation = result.stage >= Stage::Mail;
        if (result.outcome == Outcome::Failed && result.stage >= Stage::Data) {
            // The connection broke during the message: the server may have it. Not another host
            // now (that would risk a second copy): the next attempt, after the retry interval.
            job->lastError = clientError;
            temporaryAll(job->lastError);
            jobFinished(job);
            return;
        }
        if (result.outcome == Outcome::Failed || result.outcome == Outcome::Cancelled || !conversation) {
            // No transaction took place with this host: the next one is tried.
            job->lastError = result.outcome == Outcome::Refused && result.finalReply.isValid()
                ? tr("%1 answered %2").arg(where, replyText(result.finalReply))
                : clientError;
            tryHost(job);
            return;
        }
        const auto failWith = [&](const QString &recipient, const SmtpReply &reply) {
            Failure failure{recipient,
                            reply.enhancedCode.isEmpty() ? deliveryStatusFromReply(reply.code, QString())
                                                         : QString::fromLatin1(reply.enhancedCode),
                            replyText(reply), target.host, true};
            if (reply.isPermanentFailure())
                job->permanent.append(failure);
            else
                job->temporary.append(failure);
        };
        if (result.stage == Stage::Mail || (result.stage < Stage::Rcpt)) {
            if (result.mailReply.isPermanentFailure()) {
                for (const QString &recipient : std::as_const(job->recipients))
                    failWith(recipient, result.mailReply);
            } else {
                temporaryAll(tr("%1 answered MAIL FROM with %2").arg(where, replyText(result.mailReply)));
            }
            job->lastError = tr("%1 answered %2").arg(where, replyText(result.mailReply));
            jobFinished(job);
            return;
        }
        const bool messageTaken = result.outcome == Outcome::Delivered;
        for (const SmtpClientResult::Recipient &recipient : result.recipients) {
            if (!recipient.reply.isValid()) {
                job->temporary.append({recipient.address, QStringLiteral("4.4.2"),
                                       tr("%1 did not answer RCPT TO").arg(where), target.host, false});
            } else if (!recipient.accepted()) {
                failWith(recipient.address, recipient.reply);
                job->lastError = tr("%1 answered %2").arg(where, replyText(recipient.reply));
            } else if (messageTaken) {
                job->delivered << recipient.address;
            } else if (result.finalReply.isValid()) {
                // Accepted at RCPT, refused after DATA.
                failWith(recipient.address, result.finalReply);
                job->lastError = tr("%1 answered %2").arg(where, replyText(result.finalReply));
            } else {
                job->temporary.append(
                    {recipient.address, QStringLiteral("4.4.2"), clientError, target.host, false});
                job->lastError = clientError;
            }
        }
        if (m_events && !job->delivered.isEmpty())
            m_events->write(QStringLiteral("delivered"),
                            {{QStringLiteral("id"), job->key.section(QLatin1Char('/'), 1)},
                             {QStringLiteral("to"), target.host},
                             {QStringLiteral("recipients"), QJsonArray::fromStringList(job->delivered)},
                             {QStringLiteral("reply"), replyText(result.finalReply)}});
        jobFinished(job);
    });
    client->start(options);
}

void DeliveryAgent::jobFinished(const std::shared_ptr<Job> &job)
{
    --m_active; // every job held a connection slot from dispatch() on
    if (--m_activePerDestination[job->route.destination] <= 0)
        m_activePerDestination.remove(job->route.destination);
    if (const auto item = m_items.value(job->key)) {
        for (const QString &recipient : std::as_const(job->delivered))
            item->done.insert(recipient.toLower());
        // Confirmed recipients are written down at once while other connections of the attempt
        // still run, so a crash does not send them again.
        if (!job->delivered.isEmpty() && item->runningJobs > 1)
            saveState(*item);
        item->permanent += job->permanent;
        item->temporary += job->temporary;
        if (!job->temporary.isEmpty())
            item->lastError = job->temporary.constLast().diagnostic;
        else if (!job->permanent.isEmpty())
            item->lastError = job->permanent.constLast().diagnostic;
        if (--item->runningJobs <= 0)
            finishAttempt(*item);
    }
    // Deferred: the next job may start a connection at once, not inside this one's signal.
    QTimer::singleShot(0, this, &DeliveryAgent::pump);
}

void DeliveryAgent::finishAttempt(Item &item)
{
    item.delivering = false;
    if (item.startedJobs > 0) // not when every job was called off (frozen or deleted meanwhile)
        ++item.attempts;
    const VirtualServerRuntime *vs = runtime(item.instance);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 age = item.received.msecsTo(now);
    const DeliverySettings delivery = vs ? vs->policy->server().delivery : DeliverySettings{};

    QList<Failure> returned = item.permanent;
    QList<Failure> temporary = item.temporary;
    item.permanent.clear();
    item.temporary.clear();
    if (!temporary.isEmpty() && age >= qint64(delivery.expirationMinutes) * m_options.minuteMs) {
        for (const Failure &failure : std::as_const(temporary)) {
            Failure expired = failure;
            expired.status = QStringLiteral("4.4.7");
            expired.diagnostic =
                tr("The message expired: it could not be delivered within %1 minutes. The last "
                   "error was: %2")
                    .arg(delivery.expirationMinutes)
                    .arg(failure.diagnostic);
            expired.smtpReply = false;
            returned.append(expired);
        }
        temporary.clear();
    }
    if (item.deleteRequested && item.deleteWithNdr) {
        for (const QString &recipient : item.pending()) {
            if (std::none_of(returned.cbegin(), returned.cend(),
                             [&recipient](const Failure &f) { return f.recipient == recipient; }))
                returned.append({recipient, QStringLiteral("5.3.0"),
                                 tr("The message was deleted from the queue by the administrator."),
                                 QString(), false});
        }
    }
    // Returned recipients are done only once their report is durable (a crash before that sends
    // them again, and they fail again: a report is never lost).
    QSet<QString> returning;
    for (const Failure &failure : std::as_const(returned))
        returning.insert(failure.recipient.toLower());
    item.returning += returning;
    if (m_events && (!returned.isEmpty() || !temporary.isEmpty())) {
        QJsonArray failures;
        for (const QList<Failure> *list : {&returned, &temporary}) {
            for (const Failure &f : *list)
                failures.append(QJsonObject{{QStringLiteral("recipient"), f.recipient},
                                            {QStringLiteral("status"), f.status},
                                            {QStringLiteral("diagnostic"), f.diagnostic}});
        }
        m_events->write(returned.isEmpty() ? QStringLiteral("delivery-deferred")
                                           : QStringLiteral("delivery-failed"),
                        {{QStringLiteral("id"), item.id}, {QStringLiteral("failures"), failures}});
    }

    const bool finished = item.pending().isEmpty() || item.deleteRequested;
    if (!finished) {
        const QList<int> &intervals = delivery.retryMinutes;
        const int index = qMin(item.attempts, int(intervals.size())) - 1;
        const qint64 minutes = intervals.isEmpty() ? 10 : intervals.at(qMax(0, index));
        schedule(item, now.addMSecs(qMax<qint64>(1, minutes * m_options.minuteMs)));
    }
    bool notifyDelay = false;
    if (!finished && !temporary.isEmpty() && !item.delayNotified && !item.sender.isEmpty()
        && delivery.delayNotificationMinutes > 0
        && age >= qint64(delivery.delayNotificationMinutes) * m_options.minuteMs) {
        item.delayNotified = true;
        notifyDelay = true;
    }

    const QString key = item.key;
    // Once the reports are durable (or Badmail holds the message), the returned recipients are
    // done; if not, they are tried again like any other, and the message stays.
    const auto settle = [this, key, returning](bool reported) {
        const auto current = m_items.value(key);
        if (!current)
            return;
        current->returning -= returning;
        if (reported) {
            current->done += returning;
        } else {
            current->deleteRequested = false;
            if (!current->nextAttempt.isValid() && !current->delivering)
                schedule(*current, QDateTime::currentDateTimeUtc().addMSecs(m_options.minuteMs));
        }
        if (current->pending().isEmpty() || current->deleteRequested)
            removeItem(key);
        else
            saveState(*current);
    };
    QByteArray original;
    if (!returned.isEmpty() || notifyDelay) {
        QFile file(item.file);
        if (file.open(QIODevice::ReadOnly)) {
            QString sender;
            QStringList recipients;
            original = stripEnvelopeHeaders(file.readAll(), &sender, &recipients);
        }
    }
    if (notifyDelay) {
        for (Failure &failure : temporary)
            failure.status =
                failure.status.startsWith(QLatin1Char('4')) ? failure.status : QStringLiteral("4.4.7");
        returnToSender(item.instance, item.id, QString(), item.sender, item.received, original, temporary,
                       true, {});
    }
    if (!returned.isEmpty()) {
        if (item.sender.isEmpty()) {
            QStringList reasons;
            for (const Failure &f : std::as_const(returned))
                reasons << QStringLiteral("%1: %2").arg(f.recipient, f.diagnostic);
            settle(toBadmail(item.instance, item.id, item.file,
                             tr("The message from the null sender <> could not be delivered, and no report "
                                "goes to <>:\n%1")
                                 .arg(reasons.join(QLatin1Char('\n')))));
        } else {
            // What this attempt delivered is on disk before the report is written.
            saveState(item);
            returnToSender(item.instance, item.id, item.file, item.sender, item.received, original, returned,
                           false, settle);
        }
    } else {
        settle(true);
    }
}

void DeliveryAgent::returnToSender(int instance, const QString &id, const QString &file,
                                   const QString &sender, const QDateTime &received,
                                   const QByteArray &original, const QList<Failure> &failures, bool delayed,
                                   std::function<void(bool)> then)
{
    const VirtualServerRuntime *vs = runtime(instance);
    if (!vs || sender.isEmpty()) {
        if (then)
            then(false);
        return;
    }
    const VirtualServer &server = vs->policy->server();
    DeliveryReportInput input;
    input.reportingMta = vs->hostName;
    input.fromAddress =
        QStringLiteral("postmaster@%1")
            .arg(server.delivery.masqueradeDomain.isEmpty() ? vs->hostName
                                                            : server.delivery.masqueradeDomain);
    input.to = sender;
    input.originalEnvelopeSender = sender;
    input.arrival = received;
    input.now = QDateTime::currentDateTimeUtc();
    input.originalMessage = original;
    for (const Failure &f : failures) {
        DeliveryReportRecipient r;
        r.address = f.recipient;
        r.action =
            delayed ? DeliveryReportRecipient::Action::Delayed : DeliveryReportRecipient::Action::Failed;
        r.status = f.status;
        r.remoteMta = f.remoteMta;
        r.diagnostic = f.diagnostic;
        r.lastAttempt = input.now;
        if (delayed)
            r.willRetryUntil =
                received.addMSecs(qint64(server.delivery.expirationMinutes) * m_options.minuteMs);
        input.recipients.append(r);
    }

    SpooledMessage report;
    report.virtualServerInstance = instance;
    report.id = Spool::newMessageId();
    report.client = QHostAddress::LocalHost;
    report.received = input.now;
    QStringList to{sender};
    if (!delayed && !server.messages.ndrCopyTo.isEmpty())
        to << server.messages.ndrCopyTo;
    for (const QString &address : std::as_const(to)) {
        Decision d;
        switch (classify(*vs->policy, address, &d)) {
        case Destination::Drop:
            report.localRecipients << d.address;
            break;
        case Destination::Queue:
            report.relayRecipients << d.address;
            break;
        case Destination::Unknown:
            qCWarning(lcDelivery).noquote() << tr("no report to %1: %2").arg(address, d.reply());
            break;
        }
    }
    const QString reason = delayed ? tr("delay notice") : tr("non-delivery report");
    if (report.localRecipients.isEmpty() && report.relayRecipients.isEmpty()) {
        // Neither delivered nor returned: Badmail keeps the message and says why.
        const bool kept = delayed
            || toBadmail(instance, id, file,
                         tr("The %1 for message %2 has no recipient it can go to (%3).")
                             .arg(reason, id, to.join(QStringLiteral(", "))));
        if (then)
            then(kept);
        return;
    }
    ReceivedInfo trace;
    trace.helo = vs->hostName.toUtf8();
    trace.client = QHostAddress::LocalHost;
    trace.fqdn = vs->hostName;
    trace.id = report.id;
    trace.time = input.now;
    report.receivedHeader = receivedHeader(trace);
    report.data = buildDeliveryReport(input);
    const bool queued = !report.relayRecipients.isEmpty();
    const QString reportId = report.id;
    if (m_events)
        m_events->write(delayed ? QStringLiteral("delay-notice") : QStringLiteral("non-delivery-report"),
                        {{QStringLiteral("id"), id},
                         {QStringLiteral("report"), reportId},
                         {QStringLiteral("to"), QJsonArray::fromStringList(to)}});
    QPointer<DeliveryAgent> self(this);
    m_spool->store(report, [self, instance, reportId, queued, then](bool ok, const QString &error) {
        if (!self)
            return;
        if (!ok)
            qCWarning(lcDelivery).noquote()
                << tr("the report %1 could not be stored: %2").arg(reportId, error);
        else if (queued)
            self->messageQueued(instance, reportId);
        if (then)
            then(ok);
    });
}

bool DeliveryAgent::toBadmail(int instance, const QString &id, const QString &file, const QString &reason)
{
    const QString dir = QStringLiteral("%1/vsi-%2/Badmail").arg(m_options.mailroot).arg(instance);
    QDir().mkpath(dir);
    bool kept = true;
    if (!file.isEmpty()) {
        // Written and synced before the caller removes the original (QSaveFile syncs on commit).
        QFile original(file);
        QSaveFile bad(QStringLiteral("%1/%2.bad").arg(dir, id));
        kept = original.open(QIODevice::ReadOnly) && bad.open(QIODevice::WriteOnly)
            && bad.write(original.readAll()) >= 0 && bad.commit();
        if (!kept)
            qCWarning(lcDelivery).noquote() << tr("cannot copy %1 to %2").arg(file, bad.fileName());
    }
    QSaveFile why(QStringLiteral("%1/%2.bdr").arg(dir, id));
    if (!why.open(QIODevice::WriteOnly) || why.write(reason.toUtf8() + '\n') < 0 || !why.commit())
        kept = false;
    if (m_events)
        m_events->write(QStringLiteral("badmail"),
                        {{QStringLiteral("id"), id}, {QStringLiteral("reason"), reason}});
    return kept;
}

void DeliveryAgent::removeItem(const QString &key)
{
    const auto item = m_items.take(key);
    if (!item)
        return;
    unschedule(*item);
    QFile::remove(item->file);
    QFile::remove(item->statePath());
    markDirectoryDirty(item->instance);
}

void DeliveryAgent::markDirectoryDirty(int instance)
{
    if (m_dirtyDirectories.isEmpty())
        QTimer::singleShot(0, this, &DeliveryAgent::syncQueueDirectories);
    m_dirtyDirectories.insert(instance);
}

void DeliveryAgent::syncQueueDirectories()
{
    // A delivered message must not come back after a crash: the removals are made durable,
    // one fsync a directory for everything removed since the last time.
    for (const int instance : std::as_const(m_dirtyDirectories)) {
        const QByteArray path =
            QFile::encodeName(QStringLiteral("%1/vsi-%2/Queue").arg(m_options.mailroot).arg(instance));
        const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
    m_dirtyDirectories.clear();
}

void DeliveryAgent::saveState(const Item &item)
{
    QJsonArray done;
    for (const QString &recipient : item.done)
        done.append(recipient);
    const QJsonObject state{{QStringLiteral("received"), isoTime(item.received)},
                            {QStringLiteral("attempts"), item.attempts},
                            {QStringLiteral("nextAttempt"), isoTime(item.nextAttempt)},
                            {QStringLiteral("lastError"), item.lastError},
                            {QStringLiteral("frozen"), item.frozen},
                            {QStringLiteral("delayNotified"), item.delayNotified},
                            {QStringLiteral("done"), done}};
    QSaveFile file(item.statePath());
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(state).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        qCWarning(lcDelivery).noquote()
            << tr("cannot write %1: %2").arg(item.statePath(), file.errorString());
    markDirectoryDirty(item.instance); // its rename into place, made durable soon
}

QJsonObject DeliveryAgent::queueStatus() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray messages;
    struct Queue
    {
        QString virtualServer;
        int instance = 0;
        QString destination;
        QString route;
        int messages = 0;
        int recipients = 0;
        int frozen = 0;
        QDateTime oldest;
        QDateTime nextRetry;
        QDateTime lastErrorTime;
        QString lastError;
        QSet<QString> states;
    };
    QMap<QPair<int, QString>, Queue> queues;
    // Oldest first, as an administrator reads a queue.
    QList<const Item *> ordered;
    for (const auto &item : m_items)
        ordered.append(item.get());
    std::sort(ordered.begin(), ordered.end(), [](const Item *a, const Item *b) {
        return a->received != b->received ? a->received < b->received : a->id < b->id;
    });
    for (const Item *item : std::as_const(ordered)) {
        if (item->deleteRequested)
            continue; // gone for the administrator; its files go once its reports are durable
        const VirtualServerRuntime *vs = runtime(item->instance);
        const QString state = item->delivering                       ? DeliveringState
            : item->frozen                                           ? FrozenState
            : item->nextAttempt.isValid() && item->nextAttempt > now ? RetryState
                                                                     : ReadyState;
        QMap<QString, QStringList> byDestination;
        for (const QString &recipient : item->pending())
            byDestination[item->destinationOf.value(recipient)] << recipient;
        for (auto it = byDestination.cbegin(); it != byDestination.cend(); ++it) {
            const QString route = item->routeOf.value(it.value().constFirst());
            messages.append(
                QJsonObject{{QStringLiteral("id"), item->id},
                            {QStringLiteral("virtualServer"), vs ? vs->name : QString()},
                            {QStringLiteral("instance"), item->instance},
                            {QStringLiteral("file"), item->file},
                            {QStringLiteral("size"), item->size},
                            {QStringLiteral("sender"), item->sender},
                            {QStringLiteral("recipients"), QJsonArray::fromStringList(it.value())},
                            {QStringLiteral("destination"), it.key()},
                            {QStringLiteral("route"), route},
                            {QStringLiteral("received"), isoTime(item->received)},
                            {QStringLiteral("since"), isoTime(item->received)},
                            {QStringLiteral("attempts"), item->attempts},
                            {QStringLiteral("nextRetry"), isoTime(item->nextAttempt)},
                            {QStringLiteral("lastError"), item->lastError},
                            {QStringLiteral("state"), state}});
            Queue &queue = queues[{item->instance, it.key()}];
            queue.virtualServer = vs ? vs->name : QString();
            queue.instance = item->instance;
            queue.destination = it.key();
            queue.route = route;
            ++queue.messages;
            queue.recipients += int(it.value().size());
            queue.frozen += item->frozen ? 1 : 0;
            if (!queue.oldest.isValid() || item->received < queue.oldest)
                queue.oldest = item->received;
            if (item->nextAttempt.isValid()
                && (!queue.nextRetry.isValid() || item->nextAttempt < queue.nextRetry))
                queue.nextRetry = item->nextAttempt;
            if (!item->lastError.isEmpty()) {
                queue.lastError = item->lastError;
            }
            queue.states.insert(state);
        }
    }
    QJsonArray list;
    for (const Queue &queue : std::as_const(queues)) {
        QString state = FrozenState;
        for (const QString &s : {DeliveringState, ReadyState, RetryState}) {
            if (queue.states.contains(s)) {
                state = s;
                break;
            }
        }
        list.append(QJsonObject{{QStringLiteral("virtualServer"), queue.virtualServer},
                                {QStringLiteral("instance"), queue.instance},
                                {QStringLiteral("destination"), queue.destination},
                                {QStringLiteral("route"), queue.route},
                                {QStringLiteral("messages"), queue.messages},
                                {QStringLiteral("recipients"), queue.recipients},
                                {QStringLiteral("frozen"), queue.frozen},
                                {QStringLiteral("oldest"), isoTime(queue.oldest)},
                                {QStringLiteral("nextRetry"), isoTime(queue.nextRetry)},
                                {QStringLiteral("lastError"), queue.lastError},
                                {QStringLiteral("state"), state}});
    }
    return {
        {QStringLiteral("ok"), true}, {QStringLiteral("queue"), messages}, {QStringLiteral("queues"), list}};
}

QList<DeliveryAgent::Item *> DeliveryAgent::matching(const QJsonObject &request, QString *error)
{
    QList<Item *> found;
    const QString id = request.value(QStringLiteral("id")).toString();
    if (!id.isEmpty()) {
        for (const auto &item : std::as_const(m_items)) {
            if (item->id == id)
                found << item.get();
        }
        if (found.isEmpty())
            *error = tr("no queued message has the id \"%1\"").arg(id);
        return found;
    }
    const QString server = request.value(QStringLiteral("virtualServer")).toString();
    const QString destination = request.value(QStringLiteral("destination")).toString();
    if (destination.isEmpty()) {
        *error = tr("name the message (\"id\") or the queue (\"virtualServer\" and \"destination\")");
        return found;
    }
    for (const auto &item : std::as_const(m_items)) {
        const VirtualServerRuntime *vs = runtime(item->instance);
        if (!server.isEmpty() && (!vs || vs->name.compare(server, Qt::CaseInsensitive) != 0))
            continue;
        for (const QString &recipient : item->pending()) {
            if (item->destinationOf.value(recipient).compare(destination, Qt::CaseInsensitive) == 0) {
                found << item.get();
                break;
            }
        }
    }
    if (found.isEmpty())
        *error = tr("no queue \"%1\" on virtual server \"%2\"").arg(destination, server);
    return found;
}

QJsonObject DeliveryAgent::queueAction(const QString &command, const QJsonObject &request)
{
    QString error;
    const QList<Item *> items = matching(request, &error);
    if (items.isEmpty())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
    QStringList keys;
    for (Item *item : items)
        keys << item->key;
    for (const QString &key : std::as_const(keys)) {
        const auto item = m_items.value(key);
        if (!item)
            continue;
        if (command == QLatin1String("queue-retry") || command == QLatin1String("queue-unfreeze")) {
            const bool wasFrozen = item->frozen;
            item->frozen = false;
            if (command == QLatin1String("queue-retry") || !item->nextAttempt.isValid()
                || item->nextAttempt <= QDateTime::currentDateTimeUtc())
                makeReady(*item);
            if (wasFrozen || command == QLatin1String("queue-retry"))
                saveState(*item);
        } else if (command == QLatin1String("queue-freeze")) {
            item->frozen = true;
            saveState(*item);
        } else if (command == QLatin1String("queue-delete")) {
            item->deleteRequested = true;
            item->deleteWithNdr = request.value(QStringLiteral("ndr")).toBool();
            if (m_events)
                m_events->write(
                    QStringLiteral("deleted"),
                    {{QStringLiteral("id"), item->id}, {QStringLiteral("ndr"), item->deleteWithNdr}});
            if (!item->delivering) {
                if (item->deleteWithNdr) {
                    item->delivering = true; // finishAttempt() returns it and removes it
                    finishAttempt(*item);
                } else {
                    removeItem(key);
                }
            }
        } else {
            return {{QStringLiteral("ok"), false},
                    {QStringLiteral("error"), tr("unknown queue command \"%1\"").arg(command)}};
        }
    }
    pump();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("messages"), int(keys.size())}};
}

void DeliveryAgent::recoverPickup(int instance)
{
    // A file is renamed to ".picking-<id>" before it is queued as message <id>, and removed once
    // that is durable. Left over after a crash: gone if the message exists, else picked up again.
    const QString root = QStringLiteral("%1/vsi-%2/").arg(m_options.mailroot).arg(instance);
    QDir dir(root + QStringLiteral("Pickup"));
    const QStringList left = dir.entryList({QStringLiteral(".picking-*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : left) {
        const QString id = name.mid(int(qstrlen(".picking-")));
        if (QFile::exists(root + QStringLiteral("Queue/%1.eml").arg(id))
            || QFile::exists(root + QStringLiteral("Drop/%1.eml").arg(id)))
            dir.remove(name);
        else
            dir.rename(name, QStringLiteral("recovered-%1.eml").arg(id));
    }
}

void DeliveryAgent::scanPickup()
{
    if (m_stopped)
        return;
    constexpr int MaxFilesPerScan = 200; // the rest at the next scan: the event loop stays free
    QHash<QString, PickupSighting> seen;
    int taken = 0;
    for (const auto &server : std::as_const(m_servers)) {
        if (!m_pickupRecovered.contains(server->instance)) {
            m_pickupRecovered.insert(server->instance);
            recoverPickup(server->instance);
        }
        const QDir dir(QStringLiteral("%1/vsi-%2/Pickup").arg(m_options.mailroot).arg(server->instance));
        // Hidden files are being written (write elsewhere or under a dot-name, then rename), and a
        // file is taken only when a scan finds it as the one before did (not growing any more).
        const QFileInfoList files =
            dir.entryInfoList({QStringLiteral("*.eml")}, QDir::Files, QDir::Time | QDir::Reversed);
        for (const QFileInfo &info : files) {
            const PickupSighting sighting{info.size(), info.lastModified()};
            const QString path = info.absoluteFilePath();
            if (m_pickupSeen.value(path) == sighting && taken < MaxFilesPerScan) {
                ++taken;
                pickUp(server->instance, path);
            } else {
                seen.insert(path, sighting);
            }
        }
    }
    m_pickupSeen = seen;
}

void DeliveryAgent::pickUp(int instance, const QString &path)
{
    const VirtualServerRuntime *vs = runtime(instance);
    if (!vs)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // gone already, or not readable yet
    const VirtualServer &server = vs->policy->server();
    const qint64 maxSize = qint64(server.messages.maxMessageSizeKb) * 1024;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PickupMessage parsed = parsePickupMessage(file.readAll(), vs->hostName, now, maxSize);
    file.close();
    const QString name = QFileInfo(path).fileName();
    const QString id = Spool::newMessageId();
    if (!parsed.ok) {
        if (toBadmail(instance, id, path, tr("Pickup/%1 cannot be sent: %2").arg(name, parsed.error)))
            QFile::remove(path);
        return;
    }
    // From here on the file is the message <id>'s (recoverPickup()).
    const QString picking = QFileInfo(path).absolutePath() + QStringLiteral("/.picking-") + id;
    if (!QFile::rename(path, picking))
        return;
    SpooledMessage message;
    message.virtualServerInstance = instance;
    message.id = id;
    message.sender = parsed.sender;
    message.client = QHostAddress::LocalHost;
    message.received = now;
    message.data = parsed.data;
    QList<Failure> unknown;
    for (const QString &recipient : parsed.recipients) {
        Decision d;
        switch (classify(*vs->policy, recipient, &d)) {
        case Destination::Drop:
            message.localRecipients << d.address;
            break;
        case Destination::Queue:
            message.relayRecipients << d.address;
            break;
        case Destination::Unknown:
            unknown.append({recipient, d.enhancedCode, d.reply(), vs->hostName, true});
            break;
        }
    }
    // Unknown recipients of our own domains go back to the sender; the file goes once that
    // report and the message are durable.
    const auto returnUnknown = [this, instance, id, picking, parsed, unknown, now]() {
        const auto finish = [picking](bool) {
            QFile::remove(picking);
        };
        if (unknown.isEmpty()) {
            finish(true);
        } else if (parsed.sender.isEmpty()) {
            if (toBadmail(instance, id, picking,
                          tr("no recipient of this message is known, and no report goes to <>")))
                finish(true);
        } else {
            returnToSender(instance, id, picking, parsed.sender, now, parsed.data, unknown, false, finish);
        }
    };
    if (message.localRecipients.isEmpty() && message.relayRecipients.isEmpty()) {
        returnUnknown();
        return;
    }
    ReceivedInfo trace;
    trace.helo = "pickup";
    trace.client = QHostAddress::LocalHost;
    trace.fqdn = vs->hostName;
    trace.esmtp = false;
    trace.id = id;
    trace.time = now;
    message.receivedHeader = receivedHeader(trace);
    const bool queued = !message.relayRecipients.isEmpty();
    QPointer<DeliveryAgent> self(this);
    m_spool->store(
        message, [self, picking, name, instance, id, queued, returnUnknown](bool ok, const QString &error) {
            if (!self)
                return;
            if (!ok) {
                // Not queued: Badmail keeps it with the reason, rather than trying it every second.
                if (self->toBadmail(instance, id, picking,
                                    tr("Pickup/%1 could not be queued: %2").arg(name, error)))
                    QFile::remove(picking);
                return;
            }
            if (self->m_events)
                self->m_events->write(QStringLiteral("picked-up"),
                                      {{QStringLiteral("file"), name}, {QStringLiteral("id"), id}});
            if (queued)
                self->messageQueued(instance, id);
            returnUnknown();
        });
}

} // namespace RelayDesk

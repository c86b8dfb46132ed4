#include "listener.h"

#include "deliveryagent.h"

#include "configjson.h"
#include "controlserver.h"
#include "datadirectory.h"
#include "dnsresolver.h"
#include "eventlog.h"
#include "protocollog.h"
#include "session.h"
#include "spool.h"
#include "validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QSysInfo>
#include <QTcpServer>

#include <unistd.h>

namespace RelayDesk {

Q_LOGGING_CATEGORY(lcListener, "relaydesk.smtpd.listener")

// A listening socket that hands accepted descriptors to the listener, so that the listener can
// wrap them in a QSslSocket when the virtual server has a certificate.
class BindingServer final : public QTcpServer
{
public:
    using Handler = std::function<void(BindingServer *, qintptr)>;
    BindingServer(Handler handler, QObject *parent)
        : QTcpServer(parent)
        , m_handler(std::move(handler))
    { }
    std::shared_ptr<VirtualServerRuntime> runtime;
    QString key;

protected:
    void incomingConnection(qintptr descriptor) override { m_handler(this, descriptor); }

private:
    Handler m_handler;
};

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RelayDesk::Listener", text);
}

QString bindingKey(const Binding &binding)
{
    const QHostAddress address(binding.address);
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(binding.port);
}

QHostAddress listenAddress(const QString &text)
{
    if (text == QLatin1String("0.0.0.0"))
        return QHostAddress(QHostAddress::AnyIPv4);
    if (text == QLatin1String("::"))
        return QHostAddress(QHostAddress::Any); // dual stack
    return QHostAddress(text);
}

QString bindError(const QString &key, const QTcpServer &server)
{
    switch (server.serverError()) {
    case QAbstractSocket::SocketAccessError:
        return tr("%1: permission denied — ports below 1024 need privileges (run as root or grant "
                  "CAP_NET_BIND_SERVICE), or choose a port above 1023")
            .arg(key);
    case QAbstractSocket::AddressInUseError:
        return tr("%1: address already in use — another program (or another listener) listens there")
            .arg(key);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return tr("%1: address not available — it is not an address of this machine").arg(key);
    default:
        return tr("%1: cannot listen: %2").arg(key, server.errorString());
    }
}

QString resolvePath(const QString &dataDirectory, const QString &path)
{
    return QDir::isAbsolutePath(path) ? path : QDir(dataDirectory).filePath(path);
}

bool loadTls(const QString &dataDirectory, const SecureCommunication &secure,
             QSslConfiguration *configuration, QString *error)
{
    QFile certFile(resolvePath(dataDirectory, secure.certificateFile));
    if (!certFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the certificate %1: %2").arg(certFile.fileName(), certFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("%1 holds no PEM certificate").arg(certFile.fileName());
        return false;
    }
    QFile keyFile(resolvePath(
        dataDirectory, secure.privateKeyFile.isEmpty() ? secure.certificateFile : secure.privateKeyFile));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the private key %1: %2").arg(keyFile.fileName(), keyFile.errorString());
        return false;
    }
    const QByteArray keyData = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = tr("%1 holds no unencrypted PEM private key (RSA, EC or DSA)").arg(keyFile.fileName());
        return false;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    *configuration = tls;
    return true;
}

} // namespace

Listener::Listener(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_uptime.start();
    m_configFile = options.configFile.isEmpty()
        ? QDir(options.dataDirectory).filePath(QStringLiteral("listener/config.json"))
        : options.configFile;
    m_authThrottle.setBaseDelay(options.authBaseDelayMs);
    m_context.counters = &m_counters;
    m_context.authThrottle = &m_authThrottle;
    m_context.resolver = options.resolver;
    m_sweepTimer.setInterval(options.idleTimeoutMs > 0 ? qBound(20, options.idleTimeoutMs / 4, 1000) : 1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, &Listener::sweep);
}

Listener::~Listener()
{
    // The agent first: it reports to the event log, which is a member.
    delete m_delivery;
    m_delivery = nullptr;
    // Sessions are children; they go first, while the context they point to still exists.
    for (Session *session : std::as_const(m_sessions))
        delete session;
    m_sessions.clear();
    if (m_spool)
        m_spool->flush();
}

bool Listener::start(QString *error, int *exitCode)
{
    const QString data = m_options.dataDirectory;
    if (!DataDirectory::ensure(data, error)) {
        *exitCode = ExitEnvironment;
        return false;
    }
    for (const QString &sub :
         {QStringLiteral("listener"), QStringLiteral("logs"), QStringLiteral("mailroot")}) {
        if (!QDir().mkpath(QDir(data).filePath(sub))) {
            *error = tr("cannot create the directory %1").arg(QDir(data).filePath(sub));
            *exitCode = ExitEnvironment;
            return false;
        }
    }
    m_spool = new Spool(QDir(data).filePath(QStringLiteral("mailroot")), this);
    m_context.store = [this](const SpooledMessage &message, Spool::Done done) {
        // A message with recipients for the queue is handed to the delivery agent once durable.
        if (!m_delivery || message.relayRecipients.isEmpty()) {
            m_spool->store(message, std::move(done));
            return;
        }
        auto id = std::make_shared<QString>();
        const int instance = message.virtualServerInstance;
        *id = m_spool->store(message,
                             [this, id, instance, done = std::move(done)](bool ok, const QString &why) {
                                 if (ok && m_delivery)
                                     m_delivery->messageQueued(instance, *id);
                                 done(ok, why);
                             });
    };
    m_events = std::make_unique<EventLog>();
    QString problem;
    if (!m_events->open(QDir(data).filePath(QStringLiteral("logs/events.jsonl")), &problem)) {
        qCWarning(lcListener).noquote() << tr("The event log cannot be opened: %1").arg(problem);
        m_events.reset();
    }
    m_context.events = m_events.get();
    if (m_options.delivery) {
        DeliveryAgent::Options agent;
        agent.dataDirectory = data;
        agent.mailroot = m_spool->mailroot();
        agent.readEnvironment();
        agent.hold = agent.hold || m_options.holdQueue;
        if (!m_options.dnsServer.isNull())
            agent.dnsServer = m_options.dnsServer;
        if (m_options.maxOutboundConnections > 0)
            agent.maxConnections = m_options.maxOutboundConnections;
        if (m_options.maxConnectionsPerDomain > 0)
            agent.maxConnectionsPerDestination = m_options.maxConnectionsPerDomain;
        m_delivery = new DeliveryAgent(agent, m_spool, m_events.get(), this);
    }
    // The control socket is in place before any SMTP port accepts, so whoever sees the port
    // open finds the socket too; neither answers before start() returns to the event loop.
    if (m_options.controlSocket) {
        const QString path = m_options.controlPath.isEmpty()
            ? QDir(data).filePath(QStringLiteral("listener/control.sock"))
            : m_options.controlPath;
        m_control = new ControlServer(this, this);
        if (!m_control->listen(path, &problem)) {
            *error = tr("cannot open the control socket %1: %2").arg(path, problem);
            *exitCode = ExitEnvironment;
            return false;
        }
    }
    if (!load(error, exitCode, true))
        return false; // the control server goes with the listener and removes its socket file
    m_sweepTimer.start();
    if (m_events)
        m_events->write(QStringLiteral("started"),
                        {{QStringLiteral("revision"), m_revision},
                         {QStringLiteral("sha256"), m_sha256},
                         {QStringLiteral("pid"), qint64(::getpid())}});
    *exitCode = ExitOk;
    return true;
}

bool Listener::reloadConfiguration(QString *error)
{
    int exitCode = ExitOk;
    const bool ok = load(error, &exitCode, false);
    if (m_events) {
        if (ok)
            m_events->write(QStringLiteral("reloaded"),
                            {{QStringLiteral("revision"), m_revision}, {QStringLiteral("sha256"), m_sha256}});
        else
            m_events->write(QStringLiteral("reload-failed"), {{QStringLiteral("error"), *error}});
    }
    if (ok)
        emit reloaded(m_revision);
    return ok;
}

bool Listener::load(QString *error, int *exitCode, bool starting)
{
    QFile file(m_configFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the snapshot %1: %2").arg(m_configFile, file.errorString());
        *exitCode = ExitBadInput;
        return false;
    }
    const QByteArray bytes = file.readAll();
    Config config;
    int revision = 0;
    QList<Problem> problems;
    if (!ConfigJson::readSnapshot(bytes, &config, &revision, &problems)) {
        *error = tr("the snapshot %1 is not valid: %2").arg(m_configFile, problems.value(0).toString());
        *exitCode = ExitBadInput;
        return false;
    }
    problems = Validation::validate(config);
    if (hasErrors(problems)) {
        *error = tr("the snapshot %1 is not valid: %2").arg(m_configFile, problems.value(0).toString());
        *exitCode = ExitBadInput;
        return false;
    }

    // Build every virtual server first, so a failure leaves the running ones untouched.
    struct Prepared
    {
        int oldIndex = -1; // in m_servers: the runtime object that open sessions share
        VirtualServerRuntime values;
        QStringList bindings;
        QString error;
    };
    QList<Prepared> prepared;
    QList<int> instances;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < config.virtualServers.size(); ++i) {
        const VirtualServer &vs = config.virtualServers.at(i);
        if (!vs.enabled)
            continue;
        Prepared p;
        if (VirtualServerState *old = findServer(vs.name))
            p.oldIndex = int(old - m_servers.data());
        VirtualServerRuntime &values = p.values;
        values.name = vs.name;
        values.instance = i + 1;
        values.policy = std::make_shared<const RelayPolicy>(config, i, now);
        values.hostName = values.policy->hostName();
        values.reverseDnsLookup = vs.delivery.reverseDnsLookup;
        if (!vs.secureCommunication.certificateFile.isEmpty()) {
            values.tlsAvailable =
                loadTls(m_options.dataDirectory, vs.secureCommunication, &values.tls, &p.error);
            if (!values.tlsAvailable)
                qCWarning(lcListener).noquote() << vs.name << ":" << p.error << "— STARTTLS is not offered";
        }
        if (vs.general.enableLogging) {
            const VirtualServerRuntime *old =
                p.oldIndex >= 0 ? m_servers.at(p.oldIndex).runtime.get() : nullptr;
            if (old && old->protocolLog && old->instance == i + 1) {
                values.protocolLog = old->protocolLog;
            } else {
                auto log = std::make_shared<ProtocolLog>();
                QString logError;
                const QString logDir =
                    QDir(m_options.dataDirectory).filePath(QStringLiteral("logs/smtpsvc%1").arg(i + 1));
                if (log->open(logDir, QStringLiteral("SMTPSVC%1").arg(i + 1), &logError))
                    values.protocolLog = log;
                else
                    qCWarning(lcListener).noquote() << vs.name << ": protocol log:" << logError;
            }
        }
        for (const Binding &binding : vs.bindings)
            p.bindings << bindingKey(binding);
        prepared.append(std::move(p));
        instances.append(i + 1);
    }
    QString spoolError;
    if (!m_spool->prepare(instances, &spoolError)) {
        *error = tr("cannot prepare the mail directories: %1").arg(spoolError);
        *exitCode = ExitEnvironment;
        return false;
    }

    // Commit: the long-lived runtime objects take the new values; open sessions see them at
    // their next transaction.
    QList<VirtualServerState> next;
    QHash<QString, std::shared_ptr<VirtualServerRuntime>> wanted;
    for (Prepared &p : prepared) {
        std::shared_ptr<VirtualServerRuntime> target =
            p.oldIndex >= 0 ? m_servers.at(p.oldIndex).runtime : std::make_shared<VirtualServerRuntime>();
        const bool paused = target->paused;
        const int open = target->openSessions;
        *target = std::move(p.values);
        target->paused = paused;
        target->openSessions = open;
        VirtualServerState state;
        state.runtime = target;
        state.bindings = p.bindings;
        state.error = p.error;
        next.append(state);
        for (const QString &key : std::as_const(p.bindings))
            wanted.insert(key, target);
        if (!m_context.resolver && (target->policy->needsHostName() || target->reverseDnsLookup)) {
            if (!m_dnsResolver)
                m_dnsResolver = new DnsHostNameResolver(this);
            m_context.resolver = m_dnsResolver;
        }
    }

    QStringList bindProblems;
    m_servers = next;
    if (!applyBindings(wanted, &bindProblems) && starting) {
        *error = bindProblems.join(QStringLiteral("; "));
        *exitCode = ExitEnvironment;
        return false;
    }
    for (const QString &problem : std::as_const(bindProblems)) {
        qCWarning(lcListener).noquote() << problem;
        for (VirtualServerState &state : m_servers) {
            for (const QString &key : std::as_const(state.bindings)) {
                if (problem.startsWith(key + QLatin1Char(':')))
                    state.error = problem;
            }
        }
    }
    if (m_delivery) {
        QList<std::shared_ptr<VirtualServerRuntime>> runtimes;
        for (const VirtualServerState &state : std::as_const(m_servers))
            runtimes.append(state.runtime);
        m_delivery->setServers(runtimes);
    }
    m_config = config;
    m_revision = revision;
    m_sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    qCInfo(lcListener).noquote()
        << tr("enforcing revision %1 (sha256 %2) from %3").arg(m_revision).arg(m_sha256, m_configFile);
    return true;
}

bool Listener::applyBindings(const QHash<QString, std::shared_ptr<VirtualServerRuntime>> &wanted,
                             QStringList *problems)
{
    // Close what is no longer wanted; keep what stays (only its virtual server may change).
    for (auto it = m_bindings.begin(); it != m_bindings.end();) {
        if (!wanted.contains(it.key())) {
            qCInfo(lcListener).noquote() << tr("no longer listening on %1").arg(it.key());
            it.value()->close();
            it.value()->deleteLater();
            it = m_bindings.erase(it);
        } else {
            it.value()->runtime = wanted.value(it.key());
            ++it;
        }
    }
    bool ok = true;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (m_bindings.contains(it.key()))
            continue;
        const QString key = it.key();
        const qsizetype colon = key.lastIndexOf(QLatin1Char(':'));
        QString host = key.left(colon);
        if (host.startsWith(QLatin1Char('[')))
            host = host.mid(1, host.size() - 2);
        const quint16 port = quint16(key.mid(colon + 1).toUInt());
        auto *server = new BindingServer([this](BindingServer *s, qintptr fd) { accept(s, fd); }, this);
        server->runtime = it.value();
        server->key = key;
        server->setMaxPendingConnections(1024);
        server->setListenBacklogSize(1024); // the kernel queue: bursts of connections must not lose SYNs
        if (!server->listen(listenAddress(host), port)) {
            problems->append(bindError(key, *server));
            delete server;
            ok = false;
            continue;
        }
        qCInfo(lcListener).noquote() << tr("listening on %1 for \"%2\"").arg(key, it.value()->name);
        m_bindings.insert(key, server);
    }
    return ok;
}

void Listener::accept(BindingServer *server, qintptr descriptor)
{
    const std::shared_ptr<VirtualServerRuntime> runtime = server->runtime;
    QTcpSocket *socket = runtime->tlsAvailable ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcListener) << "cannot take an accepted connection:" << socket->errorString();
        delete socket;
        ::close(int(descriptor));
        return;
    }
    if (m_stopping) {
        socket->write("421 4.3.2 Service shutting down, closing transmission channel\r\n");
        socket->disconnectFromHost();
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    auto *session = new Session(m_nextSessionId++, socket, runtime, &m_context, this);
    m_sessions.append(session);
    connect(session, &Session::finished, this, [this](Session *s) {
        m_sessions.removeOne(s);
        s->deleteLater();
        if (m_stopping && m_sessions.isEmpty())
            finishStop();
    });
    session->start();
}

void Listener::sweep()
{
    const QList<Session *> sessions = m_sessions;
    for (Session *session : sessions) {
        qint64 limit = m_options.idleTimeoutMs;
        if (limit <= 0) {
            const int minutes = session->server().policy->server().general.connectionTimeoutMinutes;
            limit = qint64(qMax(minutes, 1)) * 60 * 1000;
        }
        if (session->idleMilliseconds() > limit)
            session->timeOut();
    }
}

void Listener::stopGracefully()
{
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcListener).noquote() << tr("stopping: %n open session(s) get 421", nullptr,
                                       int(m_sessions.size()));
    for (BindingServer *server : std::as_const(m_bindings))
        server->close();
    const QList<Session *> sessions = m_sessions;
    for (Session *session : sessions)
        session->shutdown();
    if (m_sessions.isEmpty()) {
        QTimer::singleShot(0, this, &Listener::finishStop);
        return;
    }
    // Clients that do not close within a few seconds are cut off.
    QTimer::singleShot(5000, this, [this]() {
        const QList<Session *> left = m_sessions;
        for (Session *session : left)
            session->timeOut();
        QTimer::singleShot(1000, this, &Listener::finishStop);
    });
}

void Listener::finishStop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_sweepTimer.stop();
    if (m_delivery)
        m_delivery->stop();
    if (m_spool)
        m_spool->flush();
    if (m_events) {
        m_events->write(QStringLiteral("stopped"), {{QStringLiteral("revision"), m_revision}});
        m_events->flush();
    }
    emit stopped();
}

Listener::VirtualServerState *Listener::findServer(const QString &name)
{
    for (VirtualServerState &state : m_servers) {
        if (state.runtime && state.runtime->name.compare(name, Qt::CaseInsensitive) == 0)
            return &state;
    }
    return nullptr;
}

QStringList Listener::boundAddresses(const QString &virtualServer) const
{
    QStringList out;
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        if (it.value()->runtime->name.compare(virtualServer, Qt::CaseInsensitive) == 0)
            out << it.key();
    }
    out.sort();
    return out;
}

QJsonObject Listener::status() const
{
    QJsonArray servers;
    for (int i = 0; i < m_config.virtualServers.size(); ++i) {
        const VirtualServer &vs = m_config.virtualServers.at(i);
        QJsonObject entry{{QStringLiteral("name"), vs.name}, {QStringLiteral("instance"), i + 1}};
        const VirtualServerState *state = nullptr;
        for (const VirtualServerState &s : m_servers) {
            if (s.runtime->name == vs.name)
                state = &s;
        }
        QString stateName = QStringLiteral("disabled");
        if (state) {
            const QStringList bound = boundAddresses(vs.name);
            stateName = m_stopping       ? QStringLiteral("stopped")
                : state->runtime->paused ? QStringLiteral("paused")
                : bound.isEmpty()        ? QStringLiteral("stopped")
                                         : QStringLiteral("running");
            entry.insert(QStringLiteral("bindings"), QJsonArray::fromStringList(bound));
            entry.insert(QStringLiteral("sessions"), state->runtime->openSessions);
            entry.insert(QStringLiteral("starttls"), state->runtime->tlsAvailable);
            if (!state->error.isEmpty())
                entry.insert(QStringLiteral("error"), state->error);
        } else {
            entry.insert(QStringLiteral("bindings"), QJsonArray());
        }
        entry.insert(QStringLiteral("state"), stateName);
        servers.append(entry);
    }
    QJsonObject refused;
    for (auto it = m_counters.refused.cbegin(); it != m_counters.refused.cend(); ++it)
        refused.insert(it.key(), it.value());
    const QJsonObject counters{{QStringLiteral("connections"), m_counters.connections},
                               {QStringLiteral("sessions"), int(m_sessions.size())},
                               {QStringLiteral("messagesAccepted"), m_counters.messagesAccepted},
                               {QStringLiteral("recipientsLocal"), m_counters.recipientsLocal},
                               {QStringLiteral("recipientsRelayed"), m_counters.recipientsRelayed},
                               {QStringLiteral("refused"), refused}};
    return {
        {QStringLiteral("ok"), true},
        {QStringLiteral("pid"), qint64(::getpid())},
        {QStringLiteral("uptimeSeconds"), m_uptime.elapsed() / 1000},
        {QStringLiteral("revision"), m_revision},
        {QStringLiteral("sha256"), m_sha256},
        {QStringLiteral("configFile"), m_configFile},
        // Started by systemd (it sets INVOCATION_ID): sync restarts it through "restart".
        {QStringLiteral("serviceManager"),
         qEnvironmentVariableIsEmpty("INVOCATION_ID") ? QStringLiteral("none") : QStringLiteral("systemd")},
        {QStringLiteral("virtualServers"), servers},
        {QStringLiteral("counters"), counters},
        {QStringLiteral("delivery"),
         m_delivery ? QJsonObject{{QStringLiteral("queued"), m_delivery->queuedMessages()},
                                  {QStringLiteral("connections"), m_delivery->activeConnections()},
                                  {QStringLiteral("held"), m_delivery->isHeld()}}
                    : QJsonObject{}}};
}

QJsonObject Listener::reload()
{
    QString error;
    if (!reloadConfiguration(&error))
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("error"), error},
                {QStringLiteral("revision"), m_revision},
                {QStringLiteral("sha256"), m_sha256}};
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("revision"), m_revision},
            {QStringLiteral("sha256"), m_sha256}};
}

QJsonObject Listener::stop()
{
    QTimer::singleShot(0, this, &Listener::stopGracefully); // the answer leaves first
    return {{QStringLiteral("ok"), true}};
}

QJsonObject Listener::restart()
{
    m_exitCode = ExitRestart;
    return stop();
}

QJsonObject Listener::pause(const QString &virtualServer)
{
    VirtualServerState *state = findServer(virtualServer);
    if (!state)
        return {
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), tr("no running virtual server is named \"%1\"").arg(virtualServer)}};
    state->runtime->paused = true;
    return {{QStringLiteral("ok"), true}};
}

QJsonObject Listener::resume(const QString &virtualServer)
{
    VirtualServerState *state = findServer(virtualServer);
    if (!state)
        return {
            {QStringLiteral("ok"), false},
            {QStringLiteral("error"), tr("no running virtual server is named \"%1\"").arg(virtualServer)}};
    state->runtime->paused = false;
    return {{QStringLiteral("ok"), true}};
}

QJsonObject Listener::sessions() const
{
    QJsonArray list;
    for (const Session *session : m_sessions)
        list.append(session->describe());
    return {{QStringLiteral("ok"), true}, {QStringLiteral("sessions"), list}};
}

QJsonObject Listener::queue() const
{
    if (!m_delivery)
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("error"), tr("the delivery agent is not running")}};
    return m_delivery->queueStatus();
}

QJsonObject Listener::queueAction(const QString &command, const QJsonObject &request)
{
    if (!m_delivery)
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("error"), tr("the delivery agent is not running")}};
    return m_delivery->queueAction(command, request);
}

} // namespace RelayDesk

#include "session.h"

#include "eventlog.h"
#include "hostresolver.h"
#include "protocollog.h"
#include "refusalreason.h"
#include "sessionauth.h"
#include "sessioncontext.h"
#include "sessiondata.h"
#include "smtpcommand.h"
#include "smtpreply.h"
#include "sockettransport.h"
#include "spool.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace RelayDesk {

Q_LOGGING_CATEGORY(lcSession, "relaydesk.smtpd.session")

namespace {

constexpr qint64 ReadChunk = 64 * 1024;

// The decision's reply with CRLF, formatted so that nothing it quotes breaks the reply line.
QByteArray decisionReply(const Decision &decision)
{
    return SmtpReply::format(decision.code, decision.enhancedCode.toLatin1(), decision.text.toUtf8());
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

Session::Session(quint64 id, QTcpSocket *socket, std::shared_ptr<VirtualServerRuntime> server,
                 SessionContext *context, QObject *parent)
    : Session(id, new SocketTransport(socket), std::move(server), context, parent)
{ }

Session::Session(quint64 id, SessionTransport *transport, std::shared_ptr<VirtualServerRuntime> server,
                 SessionContext *context, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_transport(transport)
    , m_server(std::move(server))
    , m_context(context)
    , m_tls(transport, m_server.get())
{
    m_transport->setParent(this);
    bool isV4 = false;
    const quint32 v4 = m_transport->peerAddress().toIPv4Address(&isV4);
    m_client = isV4 ? QHostAddress(v4) : m_transport->peerAddress();
    m_clientPort = m_transport->peerPort();
    ++m_server->openSessions;
    m_counted = true;
    m_idle.start();
    m_since = QDateTime::currentDateTimeUtc();
    m_auth = new SessionAuth(m_context->authThrottle, m_client, this);
    connect(m_auth, &SessionAuth::checked, this, &Session::authChecked);
    connect(m_auth, &SessionAuth::finished, this, &Session::finishAuth);

    connect(m_transport, &SessionTransport::readyRead, this, &Session::readInput);
    connect(m_transport, &SessionTransport::disconnected, this, &Session::onDisconnected);
    connect(m_transport, &SessionTransport::errorOccurred, this, &Session::onTransportError);
    connect(m_transport, &SessionTransport::encrypted, this, &Session::tlsReady);
}

Session::~Session()
{
    if (m_counted)
        --m_server->openSessions;
}

std::shared_ptr<const RelayPolicy> Session::policy() const
{
    return m_server->policy;
}

SessionFacts Session::facts() const
{
    SessionFacts f;
    f.client = m_client;
    f.verifiedHostName = m_verifiedHostName;
    f.authenticatedUser = m_user;
    f.tls = m_tls.isActive();
    return f;
}

bool Session::isWaiting() const
{
    switch (m_state) {
    case State::Resolving:
    case State::Spooling:
    case State::AuthChecking:
    case State::TlsHandshake:
        return true;
    default:
        return false;
    }
}

void Session::start()
{
    ++m_context->counters->connections;
    // Domain entries decide on the confirmed name, so the greeting waits for it. The Received
    // header alone (reverseDnsLookup) does not hold the client up: the name, usually there long
    // before the message ends, is taken when it comes.
    const bool decidesOnName = policy()->needsHostName();
    if ((decidesOnName || m_server->reverseDnsLookup) && m_context->resolver) {
        HostNameResolver *resolver = m_context->resolver;
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = connect(resolver, &HostNameResolver::finished, this,
                              [this, connection](const QHostAddress &address, const QString &name) {
                                  if (address != m_client)
                                      return;
                                  disconnect(*connection);
                                  if (m_state == State::Resolving)
                                      greet(name);
                                  else if (m_state != State::Closing)
                                      m_verifiedHostName = name;
                              });
        resolver->lookup(m_client); // answers from the event loop, never from inside lookup()
        if (decidesOnName) {
            m_state = State::Resolving;
            return;
        }
    }
    greet(QString());
}

void Session::greet(const QString &verifiedHostName)
{
    m_verifiedHostName = verifiedHostName;
    m_state = State::Connected;
    if (m_server->paused) {
        m_context->counters->refuse(QStringLiteral("paused"));
        closeWith(QByteArrayLiteral("421 4.3.2 Service not available, try again later\r\n"));
        return;
    }
    const Decision decision = policy()->connect(facts(), m_server->openSessions - 1);
    if (!decision.accepted()) {
        refuse(decision, QString());
        closeWith(decisionReply(decision));
        return;
    }
    reply(decisionReply(decision));
    readInput();
}

void Session::readInput()
{
    if (m_state == State::Closing) {
        m_transport->discardInput(); // nothing more is answered
        return;
    }
    processLines();
    while (!isWaiting() && m_state != State::Closing && m_transport->bytesAvailable() > 0) {
        const QByteArray chunk = m_transport->read(ReadChunk);
        if (chunk.isEmpty())
            break;
        m_idle.restart();
        if (m_state == State::Data)
            feedData(chunk);
        else
            m_lines.append(chunk);
        processLines();
    }
    flushOutput();
}

void Session::processLines()
{
    while (!isWaiting() && m_state != State::Closing && m_state != State::Data) {
        SmtpLineBuffer::Line line;
        switch (m_lines.next(&line)) {
        case SmtpLineBuffer::Result::NeedMore:
            return;
        case SmtpLineBuffer::Result::TooLong:
            if (m_state == State::Auth) {
                m_auth->cancel();
                m_state = State::Ready;
            }
            logCommand(QByteArrayLiteral("-"), QByteArray());
            reply(500, "5.5.2", "Line too long");
            continue;
        case SmtpLineBuffer::Result::Line:
            break;
        }
        if (!line.isClean()) {
            if (m_state == State::Auth) {
                m_auth->cancel();
                m_state = State::Ready;
            }
            logCommand(QByteArrayLiteral("-"), QByteArray());
            reply(500, "5.5.2", "Bare CR or LF not allowed");
            continue;
        }
        if (m_state == State::Auth)
            authStep(m_auth->respond(line.text));
        else
            handleCommand(line.text);
        if (m_state == State::Data) {
            const QByteArray rest = m_lines.takeRemaining();
            if (!rest.isEmpty())
                feedData(rest);
        }
    }
}

void Session::feedData(QByteArrayView data)
{
    const qsizetype used = m_data->consume(data);
    if (!m_data->isFinished())
        return;
    if (used < data.size())
        m_lines.append(data.sliced(used));
    finishData();
}

void Session::handleCommand(const QByteArray &line)
{
    const SmtpCommand command = SmtpCommand::parse(line);
    const QByteArray &verb = command.verb;
    if (m_server->protocolLog) {
        m_commandTimer.start();
        logCommand(verb, verb == "AUTH" ? command.argument.split(' ').value(0) : command.argument);
    }
    if (verb == "MAIL") {
        onMail(command);
    } else if (verb == "RCPT") {
        onRcpt(command);
    } else if (verb == "DATA") {
        onData(command);
    } else if (verb == "EHLO") {
        onHelo(command, true);
    } else if (verb == "HELO") {
        onHelo(command, false);
    } else if (verb == "RSET") {
        if (!command.argument.isEmpty()) {
            reply(501, "5.5.4", "Syntax: RSET");
            return;
        }
        resetTransaction();
        reply(250, "2.0.0", "OK");
    } else if (verb == "NOOP") {
        reply(250, "2.0.0", "OK");
    } else if (verb == "QUIT") {
        closeWith(QByteArrayLiteral("221 2.0.0 Bye\r\n"));
    } else if (verb == "VRFY") {
        if (command.argument.trimmed().isEmpty())
            reply(501, "5.5.4", "Syntax: VRFY address");
        else
            reply(252, "2.5.2", "Cannot VRFY user, but will accept message and attempt delivery");
    } else if (verb == "HELP") {
        reply(214, "2.0.0", "Commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY HELP STARTTLS AUTH");
    } else if (verb == "STARTTLS") {
        onStartTls(command);
    } else if (verb == "AUTH") {
        onAuth(command);
    } else if (verb == "EXPN" || verb == "TURN" || verb == "ETRN" || verb == "BDAT") {
        reply(502, "5.5.1", "Command not implemented");
    } else {
        reply(500, "5.5.2", "Syntax error, command unrecognized");
    }
}

void Session::onHelo(const SmtpCommand &command, bool extended)
{
    const QByteArray name = command.argument.trimmed();
    if (name.isEmpty()) {
        reply(501, "5.5.4", extended ? "Syntax: EHLO hostname" : "Syntax: HELO hostname");
        return;
    }
    m_helo = name;
    m_esmtp = extended;
    resetTransaction();
    m_state = State::Ready;
    const QByteArray host = m_server->hostName.toUtf8();
    if (!extended) {
        reply(SmtpReply::format(250, {}, host));
        return;
    }
    const std::shared_ptr<const RelayPolicy> current = policy();
    const qint64 sizeLimit = qint64(current->server().messages.maxMessageSizeKb) * 1024;
    QByteArrayList lines{host, QByteArrayLiteral("PIPELINING"),
                         sizeLimit > 0 ? QByteArrayLiteral("SIZE ") + QByteArray::number(sizeLimit)
                                       : QByteArrayLiteral("SIZE"),
                         QByteArrayLiteral("8BITMIME"), QByteArrayLiteral("ENHANCEDSTATUSCODES")};
    if (m_tls.isOffered())
        lines.append(QByteArrayLiteral("STARTTLS"));
    if (m_user.isEmpty() && current->offersAuth(facts()))
        lines.append(QByteArrayLiteral("AUTH PLAIN LOGIN"));
    lines.append(QByteArrayLiteral("HELP"));
    reply(SmtpReply::formatLines(250, {}, lines));
}

void Session::onMail(const SmtpCommand &command)
{
    if (m_state == State::Connected) {
        reply(503, "5.5.1", "Send HELO/EHLO first");
        return;
    }
    if (m_transaction) {
        reply(503, "5.5.1", "Sender already specified");
        return;
    }
    const std::shared_ptr<const RelayPolicy> current = policy();
    const MessageLimits &limits = current->server().messages;
    if (limits.maxMessagesPerConnection > 0 && m_messages >= limits.maxMessagesPerConnection) {
        m_context->counters->refuse(QStringLiteral("too-many-messages"));
        closeWith(QByteArrayLiteral("421 4.7.0 Too many messages for this connection, try again later\r\n"));
        return;
    }
    const SmtpPathArgument argument = SmtpPathArgument::parse(command.argument, "FROM:");
    if (!argument.valid) {
        reply(501, "5.5.4", "Syntax: MAIL FROM:<address>");
        return;
    }
    qint64 declaredSize = -1;
    bool eightBit = false;
    for (const QByteArray &parameter : argument.parameters) {
        QByteArray key;
        QByteArray value;
        splitParameter(parameter, &key, &value);
        if (m_esmtp && key == "SIZE") {
            if (!isDigits(value)) {
                reply(501, "5.5.4", "Syntax error in SIZE parameter");
                return;
            }
            declaredSize = value.toLongLong();
        } else if (m_esmtp && key == "BODY") {
            const QByteArray body = value.toUpper();
            if (body != "7BIT" && body != "8BITMIME") {
                reply(501, "5.5.4", "Syntax error in BODY parameter");
                return;
            }
            eightBit = body == "8BITMIME";
        } else {
            reply(555, "5.5.4", QByteArray(QByteArrayLiteral("Unsupported parameter ") + key.left(32)));
            return;
        }
    }
    const Decision decision = current->mailFrom(facts(), QString::fromUtf8(argument.path), declaredSize);
    if (!decision.accepted()) {
        refuse(decision, QString::fromUtf8(argument.path));
        replyDecision(decision);
        return;
    }
    const qint64 sessionLimit = qint64(limits.maxSessionSizeKb) * 1024;
    if (sessionLimit > 0 && m_sessionBytes + qMax<qint64>(declaredSize, 0) > sessionLimit) {
        m_context->counters->refuse(QStringLiteral("session-size"));
        reply(552, "5.3.4", "Message size exceeds fixed limit");
        return;
    }
    SmtpTransaction transaction;
    transaction.policy = current;
    transaction.sender = decision.address;
    transaction.eightBit = eightBit;
    m_transaction = std::move(transaction);
    m_state = State::Mail;
    replyDecision(decision);
}

void Session::onRcpt(const SmtpCommand &command)
{
    if (!m_transaction) {
        reply(503, "5.5.1", "Need MAIL command");
        return;
    }
    const SmtpPathArgument argument = SmtpPathArgument::parse(command.argument, "TO:");
    if (!argument.valid) {
        reply(501, "5.5.4", "Syntax: RCPT TO:<address>");
        return;
    }
    if (!argument.parameters.isEmpty()) {
        QByteArray key;
        QByteArray value;
        splitParameter(argument.parameters.constFirst(), &key, &value);
        reply(555, "5.5.4", QByteArray(QByteArrayLiteral("Unsupported parameter ") + key.left(32)));
        return;
    }
    SmtpTransaction &transaction = *m_transaction;
    const Decision decision =
        transaction.policy->rcptTo(facts(), QString::fromUtf8(argument.path), transaction.recipientCount());
    if (decision.accepted()) {
        if (decision.relay || decision.forward) // both leave through the delivery agent's queue
            transaction.relayRecipients.append(decision.address);
        else
            transaction.localRecipients.append(decision.address);
    } else {
        refuse(decision, decision.address.isEmpty() ? QString::fromUtf8(argument.path) : decision.address);
    }
    replyDecision(decision);
}

void Session::onData(const SmtpCommand &command)
{
    if (!m_transaction) {
        reply(503, "5.5.1", "Need MAIL command");
        return;
    }
    if (m_transaction->recipientCount() == 0) {
        reply(554, "5.5.1", "No valid recipients");
        return;
    }
    if (!command.argument.isEmpty()) {
        reply(501, "5.5.4", "Syntax: DATA");
        return;
    }
    m_data =
        std::make_unique<SmtpDataReceiver>(messageLimits(m_transaction->policy->server(), m_sessionBytes));
    m_state = State::Data;
    reply(354, nullptr, "End data with <CR><LF>.<CR><LF>");
}

void Session::finishData()
{
    const SmtpDataReceiver::Error error = m_data->error();
    const qint64 size = m_data->messageSize();
    if (m_server->protocolLog)
        logCommand(QByteArrayLiteral("DATA"), QByteArray());
    if (error != SmtpDataReceiver::Error::None) {
        m_data.reset();
        m_context->counters->refuse(dataRefusalReason(error));
        m_state = State::Ready;
        resetTransaction();
        reply(SmtpDataReceiver::reply(error));
        return;
    }
    MessageOrigin origin;
    origin.virtualServerInstance = m_server->instance;
    origin.hostName = m_server->hostName;
    origin.helo = m_helo;
    origin.client = m_client;
    origin.clientHostName = m_verifiedHostName;
    origin.esmtp = m_esmtp;
    origin.tls = m_tls.isActive();
    origin.authenticated = !m_user.isEmpty();
    const SpooledMessage message = spooledMessage(m_data->takeMessage(), *m_transaction, origin);
    m_data.reset();
    const QString id = message.id;
    m_state = State::Spooling;
    flushOutput();
    QPointer<Session> self(this);
    m_context->store(message, [self, id, size](bool ok, const QString &spoolError) {
        if (self)
            self->spoolDone(ok, spoolError, id, size);
    });
}

void Session::spoolDone(bool ok, const QString &error, const QString &messageId, qint64 size)
{
    if (m_state != State::Spooling)
        return;
    m_state = State::Ready;
    if (ok) {
        ListenerCounters *counters = m_context->counters;
        ++counters->messagesAccepted;
        if (m_transaction) {
            counters->recipientsLocal += m_transaction->localRecipients.size();
            counters->recipientsRelayed += m_transaction->relayRecipients.size();
            logEvent(QStringLiteral("accepted"),
                     {{QStringLiteral("id"), messageId},
                      {QStringLiteral("sender"), m_transaction->sender},
                      {QStringLiteral("recipients"),
                       QJsonArray::fromStringList(m_transaction->localRecipients
                                                  + m_transaction->relayRecipients)},
                      {QStringLiteral("size"), size}});
        }
        ++m_messages;
        m_sessionBytes += size;
        reply(QByteArrayLiteral("250 2.6.0 <") + messageId.toLatin1()
              + QByteArrayLiteral("> Queued mail for delivery\r\n"));
    } else {
        qCWarning(lcSession) << "session" << m_id << "could not store message" << messageId << ":" << error;
        logEvent(QStringLiteral("session-error"), {{QStringLiteral("error"), error}});
        reply(451, "4.3.0", "Local error in processing, try again later");
    }
    resetTransaction();
    if (m_closeAfterSpool) {
        closeWith(QByteArrayLiteral("421 4.3.2 Service shutting down, closing transmission channel\r\n"));
        return;
    }
    readInput();
}

void Session::onStartTls(const SmtpCommand &command)
{
    const QByteArray refusal = m_tls.refusal(command, m_transaction.has_value());
    if (!refusal.isEmpty()) {
        reply(refusal);
        return;
    }
    reply(220, "2.0.0", "Ready to start TLS");
    flushOutput();
    // RFC 3207 §4.2: nothing the client sent before the handshake counts.
    m_lines.clear();
    m_helo.clear();
    m_esmtp = false;
    m_user.clear();
    resetTransaction();
    m_state = State::TlsHandshake;
    m_tls.start();
}

void Session::tlsReady()
{
    m_tls.setActive();
    m_state = State::Connected; // EHLO again (RFC 3207 §4.2)
    m_idle.restart();
    readInput();
}

void Session::onAuth(const SmtpCommand &command)
{
    if (m_state == State::Connected) {
        reply(503, "5.5.1", "Send EHLO first");
        return;
    }
    if (!m_user.isEmpty()) {
        reply(503, "5.5.1", "Already authenticated");
        return;
    }
    if (m_transaction) {
        reply(503, "5.5.1", "MAIL transaction in progress");
        return;
    }
    const std::shared_ptr<const RelayPolicy> current = policy();
    if (!current->server().authentication.basic) {
        reply(503, "5.5.1", "Authentication not enabled");
        return;
    }
    if (!current->offersAuth(facts())) {
        reply(538, "5.7.11", "Encryption required for requested authentication mechanism");
        return;
    }
    authStep(m_auth->start(command.argument));
}

void Session::authStep(SessionAuth::Step step)
{
    switch (step) {
    case SessionAuth::Step::Challenge:
        m_state = State::Auth;
        reply(m_auth->reply());
        break;
    case SessionAuth::Step::Credentials:
        m_state = State::AuthChecking;
        // The outcome is logged under AUTH with the user name in cs-username, never the
        // password; after a 334 challenge the AUTH command's own entry is already written, so
        // this starts another.
        logCommand(QByteArrayLiteral("AUTH"), QByteArray(), m_auth->user());
        m_auth->check(*policy());
        break;
    case SessionAuth::Step::Failed:
        m_state = State::Ready;
        reply(m_auth->reply());
        break;
    }
}

void Session::authChecked(bool ok, const QString &user)
{
    if (m_state != State::AuthChecking) {
        m_auth->cancel();
        return;
    }
    if (ok) {
        logEvent(QStringLiteral("auth-succeeded"), {{QStringLiteral("user"), user}});
        return;
    }
    m_context->counters->refuse(QStringLiteral("auth-failed"));
    logEvent(QStringLiteral("auth-failed"), {{QStringLiteral("user"), user.left(256)}});
}

void Session::finishAuth(bool ok, const QString &user)
{
    if (m_state != State::AuthChecking)
        return;
    m_state = State::Ready;
    if (ok) {
        m_user = user;
        reply(235, "2.7.0", "Authentication successful");
    } else {
        reply(535, "5.7.8", "Authentication credentials invalid");
    }
    readInput();
}

void Session::shutdown()
{
    if (m_state == State::Closing)
        return;
    if (m_state == State::Spooling) {
        m_closeAfterSpool = true;
        return;
    }
    closeWith(QByteArrayLiteral("421 4.3.2 Service shutting down, closing transmission channel\r\n"));
}

void Session::timeOut()
{
    if (m_state == State::Closing) {
        m_transport->abort(); // the peer does not even read its last reply
        onDisconnected();
        return;
    }
    if (m_state == State::Spooling || m_state == State::AuthChecking)
        return; // waiting for ourselves, not for the client
    m_context->counters->refuse(QStringLiteral("idle-timeout"));
    closeWith(QByteArrayLiteral("421 4.4.2 Idle timeout, closing connection\r\n"));
}

void Session::reply(const QByteArray &text)
{
    m_out += text;
    if (!m_logMethod.isEmpty()) {
        if (const std::shared_ptr<ProtocolLog> log = m_server->protocolLog) {
            ProtocolLog::Entry entry;
            entry.time = QDateTime::currentDateTimeUtc();
            entry.client = m_client;
            entry.user = m_logUser.isEmpty() ? m_user : m_logUser;
            entry.serverAddress = m_transport->localAddress();
            entry.serverPort = m_transport->localPort();
            entry.method = QString::fromLatin1(m_logMethod.left(16));
            entry.argument = QString::fromUtf8(m_logArgument.left(256));
            entry.status = text.left(3).toInt();
            entry.bytesSent = text.size();
            entry.bytesReceived = m_logArgument.size() + m_logMethod.size() + 2;
            entry.milliseconds = m_commandTimer.isValid() ? m_commandTimer.elapsed() : 0;
            log->write(entry);
        }
        m_logMethod.clear();
        m_logArgument.clear();
    }
}

void Session::reply(int code, const char *enhanced, QByteArrayView text)
{
    reply(SmtpReply::format(code, enhanced ? QByteArrayView(enhanced) : QByteArrayView(), text));
}

void Session::replyDecision(const Decision &decision)
{
    reply(decisionReply(decision));
}

void Session::flushOutput()
{
    if (m_out.isEmpty() || !m_transport->isConnected())
        return;
    m_transport->write(m_out);
    m_out.clear();
}

void Session::closeWith(const QByteArray &text)
{
    reply(text);
    flushOutput();
    m_state = State::Closing;
    m_lines.clear();
    m_data.reset();
    m_auth->cancel();
    m_transport->disconnectFromHost();
}

void Session::onTransportError()
{
    qCDebug(lcSession) << "session" << m_id << "socket error:" << m_transport->errorString();
    if (m_state == State::TlsHandshake || !m_transport->isConnected()) {
        m_state = State::Closing;
        m_transport->abort();
        onDisconnected();
    }
}

void Session::onDisconnected()
{
    if (!m_counted)
        return;
    m_counted = false;
    --m_server->openSessions;
    m_state = State::Closing;
    emit finished(this);
}

void Session::resetTransaction()
{
    m_transaction.reset();
    if (m_state == State::Mail)
        m_state = State::Ready;
}

void Session::logCommand(const QByteArray &method, const QByteArray &argument, const QString &user)
{
    if (!m_server->protocolLog)
        return;
    m_logMethod = method;
    m_logArgument = argument;
    m_logUser = user;
}

void Session::logEvent(const QString &name, QJsonObject fields)
{
    if (!m_context->events)
        return;
    fields.insert(QStringLiteral("client"), m_client.toString());
    fields.insert(QStringLiteral("virtualServer"), m_server->name);
    fields.insert(QStringLiteral("session"), QString::number(m_id));
    m_context->events->write(name, fields);
}

void Session::refuse(const Decision &decision, const QString &address)
{
    const QString reason = refusalReason(decision);
    m_context->counters->refuse(reason);
    if (reason == QLatin1String("connection-denied")) {
        logEvent(QStringLiteral("connection-refused"), {{QStringLiteral("rule"), traceText(decision)}});
    } else if (reason == QLatin1String("too-many-connections")) {
        logEvent(QStringLiteral("too-many-connections"), {});
    } else if (reason == QLatin1String("relay-denied")) {
        // The whole envelope, so that a reader of the log (the console's Protocol Log) can ask
        // Explain about exactly this session.
        logEvent(QStringLiteral("relay-refused"),
                 {{QStringLiteral("sender"), m_transaction ? m_transaction->sender : QString()},
                  {QStringLiteral("recipient"), address},
                  {QStringLiteral("user"), m_user},
                  {QStringLiteral("tls"), m_tls.isActive()},
                  {QStringLiteral("reply"), decision.reply()},
                  {QStringLiteral("rule"), traceText(decision)}});
    }
}

QJsonObject Session::describe() const
{
    return {{QStringLiteral("id"), QString::number(m_id)},
            {QStringLiteral("virtualServer"), m_server->name},
            {QStringLiteral("client"),
             QString(m_client.toString() + QLatin1Char(':') + QString::number(m_clientPort))},
            {QStringLiteral("since"), m_since.toString(Qt::ISODateWithMs)},
            {QStringLiteral("state"), stateName(m_state)},
            {QStringLiteral("user"), m_user},
            {QStringLiteral("tls"), m_tls.isActive()},
            {QStringLiteral("messages"), m_messages}};
}

QString Session::stateName(State state)
{
    switch (state) {
    case State::Resolving:
        return QStringLiteral("resolving");
    case State::Connected:
        return QStringLiteral("connected");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Mail:
        return QStringLiteral("mail");
    case State::Data:
        return QStringLiteral("data");
    case State::Spooling:
        return QStringLiteral("spooling");
    case State::Auth:
    case State::AuthChecking:
        return QStringLiteral("auth");
    case State::TlsHandshake:
        return QStringLiteral("tls-handshake");
    case State::Closing:
        return QStringLiteral("closing");
    }
    return QString();
}

} // namespace RelayDesk

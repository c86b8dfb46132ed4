#pragma once

#include "relaypolicy.h"
#include "sessionauth.h"
#include "sessiontls.h"
#include "smtpdata.h"
#include "smtplinebuffer.h"
#include "smtptransaction.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QTcpSocket;

namespace RelayDesk {

class SessionTransport;
struct SessionContext;
struct VirtualServerRuntime;
struct SmtpCommand;

// One SMTP connection (RFC 5321 with PIPELINING, SIZE, 8BITMIME, ENHANCEDSTATUSCODES, STARTTLS,
// AUTH PLAIN/LOGIN). Event-driven: bytes from readyRead go to a bounded line buffer, and every
// complete command is answered in order; the answers of a pipelined group leave in one write.
// While the session waits (DNS, the spool's durability callback, a password check, the AUTH
// delay, the TLS handshake) it reads nothing more, so the kernel's buffers hold back a client
// that does not wait for its answers.
//
// The session is the state machine; its parts live beside it: the AUTH exchange in SessionAuth, the
// STARTTLS switch in SessionTls, the DATA limits and the stored message in sessiondata.h, and the
// connection behind a SessionTransport (a socket in the listener, memory in the tests and the
// fuzz target).
//
// Every decision comes from the RelayPolicy of the virtual server. A transaction keeps the
// policy it began with: a reload changes the next transaction, never one in flight.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    enum class State
    {
        Resolving, // looking up the client's confirmed host name before the greeting
        Connected, // greeted; HELO/EHLO not yet given
        Ready, // after HELO/EHLO, no transaction
        Mail, // MAIL accepted, RCPT expected
        Data, // receiving the message
        Spooling, // waiting for the spool to make the message durable
        Auth, // in a SASL exchange
        AuthChecking, // checking a password, or holding back a failure reply
        TlsHandshake,
        Closing
    };

    // Takes ownership of the socket (a QSslSocket when the virtual server has a certificate).
    Session(quint64 id, QTcpSocket *socket, std::shared_ptr<VirtualServerRuntime> server,
            SessionContext *context, QObject *parent = nullptr);
    // Over another transport (tests, the fuzz target); takes ownership of it.
    Session(quint64 id, SessionTransport *transport, std::shared_ptr<VirtualServerRuntime> server,
            SessionContext *context, QObject *parent = nullptr);
    ~Session() override;

    // Looks up the client's name when the policy needs it, then greets or refuses.
    void start();
    // The service is stopping: answers 421 4.3.2 and closes (after a pending 250, if any).
    void shutdown();
    // Closes for idleness: 421 4.4.2.
    void timeOut();

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    qint64 idleMilliseconds() const { return m_idle.elapsed(); }
    const VirtualServerRuntime &server() const { return *m_server; }
    // For the control socket's `sessions`.
    QJsonObject describe() const;
    static QString stateName(State state);

signals:
    // The connection is closed; the listener deletes the session.
    void finished(RelayDesk::Session *session);

private:
    bool isWaiting() const;
    void greet(const QString &verifiedHostName);
    void readInput();
    void processLines();
    void feedData(QByteArrayView data);
    void handleCommand(const QByteArray &line);

    void onHelo(const SmtpCommand &command, bool extended);
    void onMail(const SmtpCommand &command);
    void onRcpt(const SmtpCommand &command);
    void onData(const SmtpCommand &command);
    void onStartTls(const SmtpCommand &command);
    void onAuth(const SmtpCommand &command);
    void finishData();
    void spoolDone(bool ok, const QString &error, const QString &messageId, qint64 size);
    void authStep(SessionAuth::Step step);
    void authChecked(bool ok, const QString &user);
    void finishAuth(bool ok, const QString &user);
    void tlsReady();

    void reply(const QByteArray &text);
    void reply(int code, const char *enhanced, QByteArrayView text);
    void replyDecision(const Decision &decision);
    void flushOutput();
    void closeWith(const QByteArray &text);
    void onDisconnected();
    void onTransportError();
    void resetTransaction();
    // user: the account an AUTH attempt named, for cs-username (the session's user otherwise).
    void logCommand(const QByteArray &method, const QByteArray &argument, const QString &user = QString());
    void logEvent(const QString &name, QJsonObject fields);
    void refuse(const Decision &decision, const QString &address);
    SessionFacts facts() const;
    std::shared_ptr<const RelayPolicy> policy() const;

    quint64 m_id;
    SessionTransport *m_transport;
    std::shared_ptr<VirtualServerRuntime> m_server;
    SessionContext *m_context;
    State m_state = State::Resolving;
    SmtpLineBuffer m_lines;
    std::unique_ptr<SmtpDataReceiver> m_data; // only during DATA
    SessionAuth *m_auth = nullptr; // child
    SessionTls m_tls;
    std::optional<SmtpTransaction> m_transaction;
    QByteArray m_out;
    QByteArray m_helo;
    QHostAddress m_client;
    quint16 m_clientPort = 0;
    QString m_verifiedHostName;
    QString m_user;
    QElapsedTimer m_idle;
    QDateTime m_since;
    qint64 m_sessionBytes = 0; // accepted message octets, for the session size limit
    int m_messages = 0; // messages accepted in this connection
    bool m_esmtp = false;
    bool m_counted = false; // counted in the virtual server's open sessions
    bool m_closeAfterSpool = false;
    // The command being answered, for the protocol log.
    QByteArray m_logMethod;
    QByteArray m_logArgument;
    QString m_logUser;
    QElapsedTimer m_commandTimer;
};

} // namespace RelayDesk

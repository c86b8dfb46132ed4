#pragma once

#include "sasl.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace RelayDesk {

class AuthThrottle;
class RelayPolicy;

// The AUTH exchange of one session (RFC 4954) once the session has allowed the command: the SASL
// dialogue (PLAIN, LOGIN), the password check off the event loop (PBKDF2 takes tens of
// milliseconds), and the growing delay the AuthThrottle asks for before a failure is answered.
// The session keeps the state and sends the replies.
class SessionAuth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionAuth)

public:
    enum class Step
    {
        Challenge, // send reply(); the client's next line goes to respond()
        Credentials, // user() is known: call check(), then checked() and finished() follow
        Failed // send reply(); the exchange is over
    };

    SessionAuth(AuthThrottle *throttle, const QHostAddress &client, QObject *parent = nullptr);
    ~SessionAuth() override;

    // AUTH's argument: "mechanism [initial-response]".
    Step start(const QByteArray &argument);
    // The client's line answering a 334 challenge.
    Step respond(QByteArrayView line);
    // Checks the credentials against the policy's SMTP users (the password never leaves here).
    void check(const RelayPolicy &policy);
    // Forgets the exchange and any check under way: no signal follows.
    void cancel();

    // The reply for Challenge and Failed, with CRLF.
    QByteArray reply() const { return m_reply; }
    // The user name the client gave, once the step is Credentials.
    QString user() const { return m_user; }

signals:
    // The check is done and the throttle has counted it. user: the account's name when ok, else
    // the name the client gave.
    void checked(bool ok, const QString &user);
    // After the delay, if any: the session may answer 235 or 535.
    void finished(bool ok, const QString &user);

private:
    Step step(SaslServer::Status status);
    void verified(quint64 generation, bool ok, const QString &user);

    AuthThrottle *m_throttle;
    QHostAddress m_client;
    std::unique_ptr<SaslServer> m_sasl; // only during the exchange
    QByteArray m_reply;
    QString m_user;
    QString m_password;
    QString m_authorizationId;
    quint64 m_generation = 0; // bumped by cancel(): a late result of an earlier check is ignored
};

} // namespace RelayDesk

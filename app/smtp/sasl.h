#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// SASL PLAIN (RFC 4616) and LOGIN (draft-murchison-sasl-login) as the AUTH command uses them
// (RFC 4954): the server side exchange, and the encoding a client sends.
namespace RelayDesk {

class SaslServer final
{
public:
    enum class Mechanism
    {
        Plain,
        Login
    };

    enum class Status
    {
        Challenge, // send reply() ("334 …") and pass the client's next line to respond()
        Credentials, // user() and password() are ready to be checked
        Failed // send reply() (501 …); the exchange is over
    };

    // "PLAIN" / "LOGIN" in any case; false for another mechanism.
    static bool mechanismFromName(QByteArrayView name, Mechanism *mechanism);

    // Starts an exchange. initialResponse: the AUTH command's second argument when given ("=" is
    // an empty one, RFC 4954 §4); hasInitialResponse false when the command had none.
    Status start(Mechanism mechanism, QByteArrayView initialResponse, bool hasInitialResponse);
    // The client's line answering a 334 challenge (without CRLF). "*" cancels (501 5.0.0).
    Status respond(QByteArrayView line);

    Mechanism mechanism() const { return m_mechanism; }
    // The reply to send for Challenge and Failed, with CRLF.
    QByteArray reply() const { return m_reply; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    // PLAIN: the authorization identity, empty when the client gave none.
    QString authorizationId() const { return m_authzid; }

    // Client side: the base64 initial response of PLAIN, "\0user\0password".
    static QByteArray plainResponse(const QString &user, const QString &password);
    // Client side: one base64 line of LOGIN.
    static QByteArray loginResponse(const QString &text);

private:
    Status decode(QByteArrayView line, QByteArray *decoded);
    Status plain(QByteArrayView response);
    Status challenge(QByteArrayView prompt);
    Status failed(QByteArrayView reply);

    Mechanism m_mechanism = Mechanism::Plain;
    int m_step = 0; // LOGIN: 0 waits for the user name, 1 for the password
    QByteArray m_reply;
    QString m_user;
    QString m_password;
    QString m_authzid;
};

} // namespace RelayDesk

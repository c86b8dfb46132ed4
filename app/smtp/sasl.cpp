#include "sasl.h"

namespace RelayDesk {

bool SaslServer::mechanismFromName(QByteArrayView name, Mechanism *mechanism)
{
    if (name.compare("PLAIN", Qt::CaseInsensitive) == 0) {
        *mechanism = Mechanism::Plain;
        return true;
    }
    if (name.compare("LOGIN", Qt::CaseInsensitive) == 0) {
        *mechanism = Mechanism::Login;
        return true;
    }
    return false;
}

SaslServer::Status SaslServer::start(Mechanism mechanism, QByteArrayView initialResponse,
                                     bool hasInitialResponse)
{
    *this = SaslServer();
    m_mechanism = mechanism;
    if (mechanism == Mechanism::Plain) {
        if (!hasInitialResponse)
            return challenge("");
        return plain(initialResponse);
    }
    if (!hasInitialResponse)
        return challenge("Username:");
    return respond(initialResponse);
}

SaslServer::Status SaslServer::respond(QByteArrayView line)
{
    if (line == "*")
        return failed("501 5.0.0 Authentication cancelled\r\n");
    if (m_mechanism == Mechanism::Plain)
        return plain(line);
    QByteArray decoded;
    if (decode(line, &decoded) == Status::Failed)
        return Status::Failed;
    if (m_step == 0) {
        m_user = QString::fromUtf8(decoded);
        m_step = 1;
        return challenge("Password:");
    }
    m_password = QString::fromUtf8(decoded);
    return Status::Credentials;
}

SaslServer::Status SaslServer::decode(QByteArrayView line, QByteArray *decoded)
{
    if (line == "=") { // an empty response
        decoded->clear();
        return Status::Credentials;
    }
    const auto result =
        QByteArray::fromBase64Encoding(line.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result || line.isEmpty())
        return failed("501 5.5.2 Cannot decode the authentication data\r\n");
    *decoded = *result;
    return Status::Credentials;
}

SaslServer::Status SaslServer::plain(QByteArrayView response)
{
    QByteArray decoded;
    if (decode(response, &decoded) == Status::Failed)
        return Status::Failed;
    // authzid NUL authcid NUL passwd
    const qsizetype first = decoded.indexOf('\0');
    const qsizetype second = first < 0 ? -1 : decoded.indexOf('\0', first + 1);
    if (second < 0 || decoded.indexOf('\0', second + 1) >= 0)
        return failed("501 5.5.2 Malformed PLAIN authentication data\r\n");
    m_authzid = QString::fromUtf8(decoded.left(first));
    m_user = QString::fromUtf8(decoded.mid(first + 1, second - first - 1));
    m_password = QString::fromUtf8(decoded.mid(second + 1));
    return Status::Credentials;
}

SaslServer::Status SaslServer::challenge(QByteArrayView prompt)
{
    m_reply = QByteArrayLiteral("334 ") + prompt.toByteArray().toBase64() + QByteArrayLiteral("\r\n");
    return Status::Challenge;
}

SaslServer::Status SaslServer::failed(QByteArrayView reply)
{
    m_reply = reply.toByteArray();
    m_password.clear();
    return Status::Failed;
}

QByteArray SaslServer::plainResponse(const QString &user, const QString &password)
{
    QByteArray raw;
    raw.append('\0');
    raw.append(user.toUtf8());
    raw.append('\0');
    raw.append(password.toUtf8());
    return raw.toBase64();
}

QByteArray SaslServer::loginResponse(const QString &text)
{
    return text.toUtf8().toBase64();
}

} // namespace RelayDesk

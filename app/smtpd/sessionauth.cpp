#include "sessionauth.h"

#include "auththrottle.h"
#include "passwordhash.h"
#include "relaypolicy.h"
#include "smtpreply.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

namespace RelayDesk {

SessionAuth::SessionAuth(AuthThrottle *throttle, const QHostAddress &client, QObject *parent)
    : QObject(parent)
    , m_throttle(throttle)
    , m_client(client)
{ }

SessionAuth::~SessionAuth() = default;

SessionAuth::Step SessionAuth::start(const QByteArray &argument)
{
    cancel();
    const QByteArrayList parts = argument.split(' ');
    if (parts.value(0).isEmpty() || parts.size() > 2) {
        m_reply = SmtpReply::format(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]");
        return Step::Failed;
    }
    SaslServer::Mechanism mechanism;
    if (!SaslServer::mechanismFromName(parts.at(0), &mechanism)) {
        m_reply = SmtpReply::format(504, "5.5.4", "Unrecognized authentication type");
        return Step::Failed;
    }
    m_sasl = std::make_unique<SaslServer>();
    return step(m_sasl->start(mechanism, parts.value(1), parts.size() > 1));
}

SessionAuth::Step SessionAuth::respond(QByteArrayView line)
{
    if (!m_sasl) {
        m_reply = SmtpReply::format(501, "5.5.4", "No authentication in progress");
        return Step::Failed;
    }
    return step(m_sasl->respond(line));
}

SessionAuth::Step SessionAuth::step(SaslServer::Status status)
{
    switch (status) {
    case SaslServer::Status::Challenge:
        m_reply = m_sasl->reply();
        return Step::Challenge;
    case SaslServer::Status::Credentials:
        m_reply.clear();
        m_user = m_sasl->user();
        m_password = m_sasl->password();
        m_authorizationId = m_sasl->authorizationId();
        m_sasl.reset();
        return Step::Credentials;
    case SaslServer::Status::Failed:
        break;
    }
    m_reply = m_sasl->reply();
    m_sasl.reset();
    return Step::Failed;
}

namespace {

// What an unknown name is checked against: a well-formed hash with the default work factor that
// no password matches (an all-zero key), ready without any work of its own.
const QString &decoyHash()
{
    static const QString hash = QStringLiteral("pbkdf2-sha256$%1$ZGVjb3lkZWNveWRlY295IQ==$%2")
                                    .arg(PasswordHash::DefaultIterations)
                                    .arg(QString(PasswordHash::KeyLength * 2, QLatin1Char('0')));
    return hash;
}

} // namespace

void SessionAuth::check(const RelayPolicy &policy)
{
    const quint64 generation = m_generation;
    const QString user = m_user;
    const QString password = std::exchange(m_password, QString());
    if (user.isEmpty() || password.isEmpty() || (!m_authorizationId.isEmpty() && m_authorizationId != user)) {
        verified(generation, false, user);
        return;
    }
    // An unknown name costs the same password check as a known one, so the time of the answer
    // does not tell a client which user names exist.
    const SmtpUser *account = policy.smtpUser(user);
    const bool known = account != nullptr;
    const QString hash = known ? account->passwordHash : decoyHash();
    const QString name = known ? account->name : user;
    // Off the event loop, so that other sessions go on.
    QPointer<SessionAuth> self(this);
    QThreadPool::globalInstance()->start([self, generation, password, hash, name, known]() {
        const bool ok = PasswordHash::verify(password, hash) && known;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, ok, name]() {
                if (self)
                    self->verified(generation, ok, name);
            },
            Qt::QueuedConnection);
    });
}

void SessionAuth::verified(quint64 generation, bool ok, const QString &user)
{
    if (generation != m_generation)
        return;
    emit checked(ok, user);
    if (generation != m_generation)
        return; // cancelled by a receiver of checked()
    if (ok) {
        m_throttle->succeeded(m_client);
        emit finished(true, user);
        return;
    }
    const int delay = m_throttle->failed(m_client);
    if (delay <= 0) {
        emit finished(false, QString());
        return;
    }
    QTimer::singleShot(delay, this, [this, generation]() {
        if (generation == m_generation)
            emit finished(false, QString());
    });
}

void SessionAuth::cancel()
{
    ++m_generation;
    m_sasl.reset();
    m_reply.clear();
    m_user.clear();
    m_password.clear();
    m_authorizationId.clear();
}

} // namespace RelayDesk

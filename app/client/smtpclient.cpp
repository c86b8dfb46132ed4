#include "smtpclient.h"

#include "sasl.h"
#include "smtpdata.h"

#include <QDateTime>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslSocket>
#include <QSysInfo>

namespace RelayDesk {

Q_LOGGING_CATEGORY(lcSmtpClient, "relaydesk.client.smtp", QtInfoMsg)

namespace {

constexpr qsizetype MaxReplyLine = 64 * 1024; // a server line longer than this ends the conversation
constexpr int MaxShownMessageLines = 40; // the transcript shows the start of a long message

using Stage = SmtpClientResult::Stage;
using Outcome = SmtpClientResult::Outcome;
using Direction = TranscriptLine::Direction;

QByteArray defaultHeloName()
{
    QByteArray name = QSysInfo::machineHostName().toLatin1();
    for (char &c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.';
        if (!ok)
            c = '-';
    }
    return name.isEmpty() ? QByteArrayLiteral("localhost") : name;
}

QByteArray bracketed(const QString &address)
{
    return '<' + address.trimmed().toUtf8() + '>';
}

bool has8bit(const QByteArray &data)
{
    for (const char c : data) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

} // namespace

SmtpClient::SmtpClient(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
}

SmtpClient::~SmtpClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool SmtpClient::start(const SmtpClientOptions &options)
{
    if (m_running)
        return false;
    m_options = options;
    m_result = SmtpClientResult();
    m_parser.reset();
    m_pending.clear();
    m_extensions.clear();
    m_pipelining = false;
    m_tlsDeclined = false;
    m_quitting = false;
    m_handshaking = false;
    m_running = true;
    m_clock.start();
    QTimer::singleShot(0, this, &SmtpClient::begin);
    return true;
}

void SmtpClient::cancel()
{
    if (!m_running)
        return;
    m_result.outcome = Outcome::Cancelled;
    m_result.error = tr("cancelled");
    info(tr("Cancelled."));
    finish();
}

SmtpClientResult SmtpClient::exec(const SmtpClientOptions &options)
{
    QEventLoop loop;
    connect(this, &SmtpClient::finished, &loop, &QEventLoop::quit);
    if (!start(options))
        return m_result;
    loop.exec();
    return m_result;
}

SmtpClientResult SmtpClient::run(const SmtpClientOptions &options,
                                 const std::function<void(const TranscriptLine &)> &onLine)
{
    SmtpClient client;
    if (onLine)
        connect(&client, &SmtpClient::transcriptLine, &client, onLine);
    return client.exec(options);
}

void SmtpClient::begin()
{
    if (!m_running)
        return; // cancelled before the event loop ran
    m_result.stage = Stage::Connect;
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    connect(socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(socket, qOverload<const QList<QSslError> &>(&QSslSocket::sslErrors), this,
            &SmtpClient::onSslErrors);
    connect(socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(socket, &QSslSocket::disconnected, this, &SmtpClient::onSocketError);
    socket->setPeerVerifyName(m_options.host);

    if (!m_options.sourceAddress.isNull()) {
        if (!socket->bind(m_options.sourceAddress, 0)) {
            fail(sourceAddressProblem(socket->errorString()));
            return;
        }
        info(tr("Connecting to %1 port %2 from %3 …")
                 .arg(m_options.host)
                 .arg(m_options.port)
                 .arg(m_options.sourceAddress.toString()));
    } else {
        info(tr("Connecting to %1 port %2 …").arg(m_options.host).arg(m_options.port));
    }
    arm(m_options.timeouts.connectMs);
    socket->connectToHost(m_options.host, m_options.port);
}

void SmtpClient::note(Direction direction, const QString &text)
{
    const TranscriptLine line{direction, text, m_clock.elapsed()};
    m_result.transcript.append(line);
    emit transcriptLine(line);
}

void SmtpClient::send(const QList<QByteArray> &lines, const QList<Pending> &expected,
                      const QList<QString> &shown)
{
    QByteArray bytes;
    for (int i = 0; i < lines.size(); ++i) {
        const QString text =
            i < shown.size() && !shown.at(i).isEmpty() ? shown.at(i) : QString::fromUtf8(lines.at(i));
        note(Direction::Client, text);
        bytes += lines.at(i) + "\r\n";
    }
    m_pending += expected;
    const bool dataEnd = !expected.isEmpty() && expected.constLast().expect == Expect::Message;
    arm(dataEnd ? m_options.timeouts.dataEndMs : m_options.timeouts.commandMs);
    m_socket->write(bytes);
}

void SmtpClient::send(const QByteArray &line, Expect expect, const QString &shown)
{
    send(QList<QByteArray>{line}, QList<Pending>{Pending{expect}}, QList<QString>{shown});
}

void SmtpClient::arm(int milliseconds)
{
    m_timeoutMs = milliseconds;
    m_timer.start(milliseconds);
}

void SmtpClient::onConnected()
{
    m_result.localAddress = m_socket->localAddress();
    m_result.peerAddress = m_socket->peerAddress();
    m_result.peerPort = m_socket->peerPort();
    info(tr("Connected to %1 port %2 from %3 port %4.")
             .arg(m_result.peerAddress.toString())
             .arg(m_result.peerPort)
             .arg(m_result.localAddress.toString())
             .arg(m_socket->localPort()));
    m_result.stage = Stage::Greeting;
    m_pending.append(Pending{Expect::Greeting});
    arm(m_options.timeouts.greetingMs);
}

void SmtpClient::onReadyRead()
{
    while (m_running && m_socket && !m_handshaking) {
        if (!m_socket->canReadLine()) {
            if (m_socket->bytesAvailable() > MaxReplyLine)
                fail(tr("the server sent a line longer than %1 octets").arg(MaxReplyLine));
            return;
        }
        QByteArray line = m_socket->readLine(MaxReplyLine + 2);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        note(Direction::Server, QString::fromUtf8(line));
        switch (m_parser.addLine(line)) {
        case SmtpReplyParser::Status::NeedMore:
            break;
        case SmtpReplyParser::Status::Malformed:
            m_parser.reset();
            fail(tr("the server's answer is not an SMTP reply: %1").arg(QString::fromUtf8(line.left(200))));
            return;
        case SmtpReplyParser::Status::Complete: {
            const SmtpReply reply = m_parser.takeReply();
            if (m_pending.isEmpty()) {
                if (reply.code == 421) {
                    refuse(m_result.stage, reply, tr("the server closed the session"));
                    return;
                }
                info(tr("The server sent a reply to no command; it is ignored."));
                break;
            }
            const Pending pending = m_pending.takeFirst();
            if (m_pending.isEmpty())
                m_timer.stop();
            else
                arm(m_timeoutMs);
            onReply(pending, reply);
            break;
        }
        }
    }
}

void SmtpClient::onReply(const Pending &pending, const SmtpReply &reply)
{
    if (m_quitting) {
        if (pending.expect == Expect::Quit)
            finish();
        return; // the answers to commands before QUIT no longer change the outcome
    }
    if (pending.expect == Expect::Greeting)
        m_result.greetingReply = reply;
    if (reply.code == 421 && pending.expect != Expect::Rcpt) {
        refuse(m_result.stage, reply, tr("the server closes the session"));
        return;
    }
    switch (pending.expect) {
    case Expect::Greeting:
        if (reply.code == 220)
            sendEhlo();
        else
            refuse(Stage::Greeting, reply);
        return;
    case Expect::Ehlo:
        if (reply.code == 250) {
            m_extensions.clear();
            for (qsizetype i = 1; i < reply.lines.size(); ++i)
                m_extensions.append(reply.lines.at(i).trimmed().toUpper());
            afterEhlo();
        } else if (reply.isPermanentFailure()) {
            info(tr("The server does not take EHLO; trying HELO."));
            send("HELO " + (m_options.heloName.isEmpty() ? defaultHeloName() : m_options.heloName.toUtf8()),
                 Expect::Helo);
        } else {
            refuse(Stage::Ehlo, reply);
        }
        return;
    case Expect::Helo:
        if (reply.code == 250) {
            m_extensions.clear();
            afterEhlo();
        } else {
            refuse(Stage::Ehlo, reply);
        }
        return;
    case Expect::StartTls:
        if (reply.code == 220) {
            // RFC 3207 §4.2: nothing the server sent before the handshake counts.
            m_socket->readAll();
            m_parser.reset();
            m_handshaking = true;
            note(Direction::Tls, tr("Starting the TLS handshake (server name %1) …").arg(m_options.host));
            arm(m_options.timeouts.tlsHandshakeMs);
            m_socket->startClientEncryption();
        } else if (m_options.tls == TlsMode::Required) {
            refuse(Stage::StartTls, reply, tr("TLS is required and the server refused STARTTLS"));
        } else {
            m_tlsDeclined = true;
            info(tr("The server refused STARTTLS; going on without TLS."));
            afterEhlo();
        }
        return;
    case Expect::AuthPlain:
    case Expect::AuthLoginPassword:
        if (reply.code == 235) {
            m_result.authenticated = true;
            info(tr("Authenticated as %1.").arg(m_options.user));
            sendEnvelope();
        } else {
            refuse(Stage::Auth, reply, tr("authentication failed"));
        }
        return;
    case Expect::AuthLogin:
        if (reply.code == 334)
            send(SaslServer::loginResponse(m_options.user), Expect::AuthLoginUser);
        else
            refuse(Stage::Auth, reply, tr("authentication failed"));
        return;
    case Expect::AuthLoginUser:
        if (reply.code == 334)
            send(SaslServer::loginResponse(m_options.password), Expect::AuthLoginPassword,
                 QStringLiteral("****"));
        else
            refuse(Stage::Auth, reply, tr("authentication failed"));
        return;
    case Expect::Mail:
        m_result.mailReply = reply;
        if (!reply.isPositive()) {
            if (!m_pipelining)
                refuse(Stage::Mail, reply, tr("the sender was refused"));
            // Pipelined: the RCPT answers (503) follow; afterRecipients() refuses.
            return;
        }
        m_result.stage = Stage::Rcpt;
        if (!m_pipelining)
            sendRecipient(0);
        return;
    case Expect::Rcpt:
        if (pending.index < m_result.recipients.size())
            m_result.recipients[pending.index].reply = reply;
        if (reply.code == 421) {
            refuse(Stage::Rcpt, reply, tr("the server closes the session"));
            return;
        }
        if (pending.index + 1 < m_result.recipients.size()) {
            if (!m_pipelining)
                sendRecipient(pending.index + 1);
            return;
        }
        afterRecipients();
        return;
    case Expect::Data:
        if (reply.code == 354)
            sendMessage();
        else
            refuse(Stage::Data, reply, tr("DATA was refused"));
        return;
    case Expect::Message:
        m_result.finalReply = reply;
        if (reply.code == 250) {
            m_result.outcome = Outcome::Delivered;
            m_result.stage = Stage::Done;
            quit();
        } else {
            refuse(Stage::Message, reply, tr("the message was refused"));
        }
        return;
    case Expect::Rset:
        m_result.outcome = Outcome::Probed;
        m_result.stage = Stage::Done;
        quit();
        return;
    case Expect::Quit:
        finish();
        return;
    }
}

void SmtpClient::sendEhlo()
{
    m_result.stage = Stage::Ehlo;
    send("EHLO " + (m_options.heloName.isEmpty() ? defaultHeloName() : m_options.heloName.toUtf8()),
         Expect::Ehlo);
}

bool SmtpClient::offers(QByteArrayView keyword) const
{
    for (const QByteArray &line : m_extensions) {
        if (!line.startsWith(keyword))
            continue;
        if (line.size() == keyword.size() || line.at(keyword.size()) == ' ' || line.at(keyword.size()) == '=')
            return true;
    }
    return false;
}

QByteArrayList SmtpClient::authMechanisms() const
{
    QByteArrayList mechanisms;
    for (const QByteArray &line : m_extensions) {
        if (line.startsWith("AUTH ") || line.startsWith("AUTH=")) {
            const QByteArrayList words = line.mid(5).simplified().split(' ');
            for (const QByteArray &word : words) {
                if (!word.isEmpty() && !mechanisms.contains(word))
                    mechanisms.append(word);
            }
        }
    }
    return mechanisms;
}

void SmtpClient::afterEhlo()
{
    if (!m_result.tls && m_options.tls != TlsMode::Off && !m_tlsDeclined) {
        if (offers("STARTTLS")) {
            m_result.stage = Stage::StartTls;
            send("STARTTLS", Expect::StartTls);
            return;
        }
        if (m_options.tls == TlsMode::Required) {
            m_result.stage = Stage::StartTls;
            failAndQuit(tr("TLS is required and the server does not offer STARTTLS"));
            return;
        }
        info(tr("The server does not offer STARTTLS; going on without TLS."));
    }
    if (!m_options.user.isEmpty() && !m_result.authenticated) {
        startAuth();
        return;
    }
    sendEnvelope();
}

void SmtpClient::startAuth()
{
    m_result.stage = Stage::Auth;
    const QByteArrayList mechanisms = authMechanisms();
    if (mechanisms.contains("PLAIN")) {
        m_result.authMechanism = QStringLiteral("PLAIN");
        send("AUTH PLAIN " + SaslServer::plainResponse(m_options.user, m_options.password), Expect::AuthPlain,
             QStringLiteral("AUTH PLAIN ****"));
    } else if (mechanisms.contains("LOGIN")) {
        m_result.authMechanism = QStringLiteral("LOGIN");
        send("AUTH LOGIN", Expect::AuthLogin);
    } else if (!mechanisms.isEmpty()) {
        failAndQuit(tr("the server offers only AUTH %1; this client knows PLAIN and LOGIN")
                        .arg(QString::fromLatin1(mechanisms.join(' '))));
    } else if (!m_result.tls) {
        failAndQuit(tr("the server does not offer AUTH in this session; servers often offer it only after "
                       "STARTTLS"));
    } else {
        failAndQuit(tr("the server does not offer AUTH"));
    }
}

void SmtpClient::sendEnvelope()
{
    m_result.stage = Stage::Mail;
    m_result.recipients.clear();
    for (const QString &to : std::as_const(m_options.to))
        m_result.recipients.append(SmtpClientResult::Recipient{to.trimmed(), SmtpReply()});
    QByteArray mail = "MAIL FROM:" + bracketed(m_options.from);
    if (!m_options.probe && !m_extensions.isEmpty()) {
        if (offers("SIZE"))
            mail += " SIZE=" + QByteArray::number(SmtpDataReceiver::dotStuff(m_options.message).size());
        if (offers("8BITMIME") && has8bit(m_options.message))
            mail += " BODY=8BITMIME";
    }
    m_pipelining = offers("PIPELINING") && !m_result.recipients.isEmpty();
    if (!m_pipelining) {
        send(mail, Expect::Mail);
        return;
    }
    QList<QByteArray> lines{mail};
    QList<Pending> expected{Pending{Expect::Mail}};
    for (int i = 0; i < m_result.recipients.size(); ++i) {
        lines.append("RCPT TO:" + bracketed(m_result.recipients.at(i).address));
        expected.append(Pending{Expect::Rcpt, i});
    }
    info(tr("The server offers PIPELINING: MAIL and %n RCPT(s) go in one write.", "",
            int(m_result.recipients.size())));
    send(lines, expected);
}

void SmtpClient::sendRecipient(int index)
{
    if (index >= m_result.recipients.size()) {
        afterRecipients();
        return;
    }
    send(QList<QByteArray>{"RCPT TO:" + bracketed(m_result.recipients.at(index).address)},
         QList<Pending>{Pending{Expect::Rcpt, index}});
}

void SmtpClient::afterRecipients()
{
    if (m_result.recipients.isEmpty()) {
        failAndQuit(tr("no recipient was given"));
        return;
    }
    if (!m_result.mailReply.isPositive()) {
        refuse(Stage::Mail, m_result.mailReply, tr("the sender was refused"));
        return;
    }
    if (m_options.probe) {
        info(tr("Probe: no message is sent."));
        send("RSET", Expect::Rset);
        return;
    }
    if (m_result.acceptedRecipients() == 0) {
        const SmtpReply last =
            m_result.recipients.isEmpty() ? SmtpReply() : m_result.recipients.constLast().reply;
        refuse(Stage::Rcpt, last, tr("no recipient was accepted"));
        return;
    }
    m_result.stage = Stage::Data;
    send("DATA", Expect::Data);
}

void SmtpClient::sendMessage()
{
    m_result.stage = Stage::Message;
    const QByteArray wire = SmtpDataReceiver::dotStuff(m_options.message);
    QByteArrayList lines = wire.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    int shown = 0;
    for (QByteArray line : std::as_const(lines)) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (shown < MaxShownMessageLines || line == ".")
            note(Direction::Client, QString::fromUtf8(line));
        else if (shown == MaxShownMessageLines)
            info(tr("… %n more line(s) of the message", "", int(lines.size()) - MaxShownMessageLines - 1));
        ++shown;
    }
    m_pending.append(Pending{Expect::Message});
    arm(m_options.timeouts.dataEndMs);
    m_socket->write(wire);
}

void SmtpClient::refuse(Stage stage, const SmtpReply &reply, const QString &what)
{
    m_result.outcome = Outcome::Refused;
    m_result.stage = stage;
    m_result.finalReply = reply;
    const QString line = replyToString(reply);
    m_result.error = what.isEmpty() ? line : what + QStringLiteral(": ") + line;
    quit();
}

void SmtpClient::fail(const QString &error)
{
    m_result.outcome = Outcome::Failed;
    m_result.error = error;
    info(tr("Failed: %1").arg(error));
    finish();
}

void SmtpClient::failAndQuit(const QString &error)
{
    m_result.outcome = Outcome::Failed;
    m_result.error = error;
    info(tr("Failed: %1").arg(error));
    quit();
}

void SmtpClient::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    send("QUIT", Expect::Quit);
}

void SmtpClient::onEncrypted()
{
    m_handshaking = false;
    m_result.tls = true;
    const QSslCipher cipher = m_socket->sessionCipher();
    note(Direction::Tls,
         tr("TLS is on: %1, cipher %2 (%3 bits).")
             .arg(cipher.protocolString(), cipher.name())
             .arg(cipher.usedBits()));
    const QSslCertificate certificate = m_socket->peerCertificate();
    if (!certificate.isNull())
        note(Direction::Tls,
             tr("Server certificate: %1, issued by %2, valid until %3.")
                 .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                      certificate.expiryDate().toUTC().toString(Qt::ISODate)));
    // RFC 3207 §4.2: the session starts again with EHLO.
    sendEhlo();
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void SmtpClient::onSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors)
        note(Direction::Tls, tr("Certificate problem: %1").arg(error.errorString()));
    if (m_options.acceptUntrustedCertificate) {
        note(Direction::Tls, tr("Accepting the certificate anyway, as asked (the server is not verified)."));
        m_socket->ignoreSslErrors();
    }
}

void SmtpClient::onSocketError()
{
    if (!m_running || !m_socket)
        return;
    if (m_quitting) {
        finish(); // the server closed after (or instead of) answering QUIT
        return;
    }
    const QAbstractSocket::SocketError error = m_socket->error();
    const QString where = tr("%1 port %2").arg(m_options.host).arg(m_options.port);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(tr("the connection to %1 was refused: nothing listens there").arg(where));
        break;
    case QAbstractSocket::SocketAddressNotAvailableError:
        if (!m_options.sourceAddress.isNull() && m_result.stage == Stage::Connect)
            fail(sourceAddressProblem(m_socket->errorString()));
        else
            fail(tr("%1: %2").arg(where, m_socket->errorString()));
        break;
    case QAbstractSocket::HostNotFoundError:
        fail(tr("the host %1 was not found").arg(m_options.host));
        break;
    case QAbstractSocket::SslHandshakeFailedError:
        fail(m_options.acceptUntrustedCertificate
                 ? tr("the TLS handshake failed: %1").arg(m_socket->errorString())
                 : tr("the TLS handshake failed: %1. If the server's certificate is self-signed, accept "
                      "unverified certificates to test anyway.")
                       .arg(m_socket->errorString()));
        break;
    case QAbstractSocket::RemoteHostClosedError:
    case QAbstractSocket::UnknownSocketError:
        if (m_result.stage == Stage::Connect)
            fail(tr("the connection to %1 failed: %2").arg(where, m_socket->errorString()));
        else
            fail(tr("the server closed the connection while the client waited for %1").arg(stageCommand()));
        break;
    default:
        fail(tr("%1: %2").arg(where, m_socket->errorString()));
        break;
    }
}

void SmtpClient::onTimeout()
{
    if (!m_running)
        return;
    if (m_quitting) {
        info(tr("No answer to QUIT within %1 s; closing.").arg(seconds(m_timeoutMs)));
        finish();
        return;
    }
    if (m_result.stage == Stage::Connect)
        fail(tr("no connection to %1 port %2 within %3 s")
                 .arg(m_options.host)
                 .arg(m_options.port)
                 .arg(seconds(m_timeoutMs)));
    else if (m_handshaking)
        fail(tr("the TLS handshake did not finish within %1 s").arg(seconds(m_timeoutMs)));
    else
        fail(tr("no answer to %1 within %2 s").arg(stageCommand(), seconds(m_timeoutMs)));
}

QString SmtpClient::sourceAddressProblem(const QString &why) const
{
    return tr("cannot use %1 as the source address: %2. Only an address of this machine can be bound (on "
              "Linux any 127.x.y.z).")
        .arg(m_options.sourceAddress.toString(), why);
}

QString SmtpClient::stageCommand() const
{
    if (m_result.stage == Stage::Greeting)
        return tr("the greeting");
    return SmtpClientResult::stageText(m_result.stage);
}

void SmtpClient::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    m_pending.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_result.elapsedMs = m_clock.elapsed();
    qCDebug(lcSmtpClient) << "finished" << SmtpClientResult::outcomeName(m_result.outcome) << m_result.error;
    emit finished(m_result);
}

} // namespace RelayDesk

#include "controlserver.h"

#include "listenercontrol.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QScopeGuard>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace RelayDesk {

namespace {

Q_LOGGING_CATEGORY(lcControl, "relaydesk.smtpd.control")

constexpr qsizetype MaxLineLength = 64 * 1024; // octets before the '\n'
// A client that sends requests without reading the answers is not read from until it catches up.
constexpr qint64 MaxPendingAnswerBytes = 4 * 1024 * 1024;
constexpr int ProbeTimeoutMs = 1000;

QJsonObject failure(const QString &error)
{
    return QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

// Unknown commands are quoted back, but not at any length.
QString shortened(const QString &text)
{
    constexpr int Max = 64;
    return text.size() <= Max ? text : text.left(Max) + QStringLiteral("…");
}

enum class PathState
{
    Missing,
    Socket,
    Other,
};

PathState pathState(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return PathState::Missing;
    return S_ISSOCK(info.st_mode) ? PathState::Socket : PathState::Other;
#else
    return QFileInfo::exists(path) ? PathState::Socket : PathState::Missing;
#endif
}

// One client: its unfinished line, and whether it is being dropped.
struct Connection
{
    QByteArray buffer;
    bool closing = false;
    bool serving = false; // flush() emits bytesWritten, which must not re-enter serve()
};

} // namespace

class ControlServer::Private
{
public:
    explicit Private(ListenerControl *listenerControl)
        : control(listenerControl)
    { }

    void accept();
    void serve(QLocalSocket *socket, Connection &connection);
    QJsonObject answer(const QByteArray &line, bool *stopRequested);
    QJsonObject dispatch(const QJsonObject &request, bool *stopRequested);
    static void send(QLocalSocket *socket, const QJsonObject &answer);

    ListenerControl *const control;
    QLocalServer *server = nullptr;
    QString path;
};

void ControlServer::Private::accept()
{
    while (QLocalSocket *socket = server->nextPendingConnection()) {
        socket->setReadBufferSize(MaxLineLength + 1);
        auto connection = std::make_shared<Connection>();
        const auto serveThis = [this, socket, connection] {
            serve(socket, *connection);
        };
        QObject::connect(socket, &QLocalSocket::readyRead, socket, serveThis);
        QObject::connect(socket, &QLocalSocket::bytesWritten, socket, serveThis);
        QObject::connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        // Lines that arrived with the connection are served at once.
        if (socket->bytesAvailable() > 0)
            serve(socket, *connection);
    }
}

void ControlServer::Private::serve(QLocalSocket *socket, Connection &connection)
{
    if (connection.serving)
        return;
    connection.serving = true;
    const QPointer<QLocalSocket> guard(socket);
    const auto done = qScopeGuard([&connection, &guard] {
        if (guard)
            connection.serving = false;
    });
    while (guard && !connection.closing) {
        if (socket->bytesToWrite() > MaxPendingAnswerBytes)
            return; // resumed by bytesWritten

        const qsizetype newline = connection.buffer.indexOf('\n');
        if (newline < 0) {
            if (connection.buffer.size() > MaxLineLength) {
                connection.closing = true;
                connection.buffer.clear();
                send(socket, failure(QStringLiteral("request line longer than %1 bytes").arg(MaxLineLength)));
                socket->flush();
                socket->disconnectFromServer();
                return;
            }
            if (socket->bytesAvailable() <= 0)
                return;
            // Never more than one line's worth in memory.
            connection.buffer += socket->read(MaxLineLength + 1 - connection.buffer.size());
            continue;
        }

        QByteArray line = connection.buffer.left(newline);
        connection.buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;

        bool stopRequested = false;
        send(socket, answer(line, &stopRequested));
        if (stopRequested) {
            // The listener is about to exit: the answer leaves now, not in a later loop iteration.
            socket->flush();
        }
    }
}

QJsonObject ControlServer::Private::answer(const QByteArray &line, bool *stopRequested)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(QStringLiteral("the request is not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!document.isObject())
        return failure(QStringLiteral("the request is not a JSON object"));

    const QJsonObject request = document.object();
    QJsonObject result = dispatch(request, stopRequested);
    if (!result.value(QStringLiteral("ok")).isBool())
        result = failure(QStringLiteral("the listener gave no answer to \"%1\"")
                             .arg(shortened(request.value(QStringLiteral("command")).toString())));
    // A client that pipelines requests may tag them.
    if (request.contains(QStringLiteral("id")))
        result.insert(QStringLiteral("id"), request.value(QStringLiteral("id")));
    return result;
}

QJsonObject ControlServer::Private::dispatch(const QJsonObject &request, bool *stopRequested)
{
    const QJsonValue commandValue = request.value(QStringLiteral("command"));
    if (!commandValue.isString())
        return failure(QStringLiteral("the request has no \"command\" string"));
    const QString command = commandValue.toString();

    if (command == QLatin1String("status"))
        return control->status();
    if (command == QLatin1String("reload"))
        return control->reload();
    if (command == QLatin1String("stop") || command == QLatin1String("restart")) {
        *stopRequested = true;
        return command == QLatin1String("stop") ? control->stop() : control->restart();
    }
    if (command == QLatin1String("sessions"))
        return control->sessions();
    if (command == QLatin1String("queue"))
        return control->queue();
    if (command.startsWith(QLatin1String("queue-")))
        return control->queueAction(command, request);
    if (command == QLatin1String("pause") || command == QLatin1String("resume")) {
        const QJsonValue name = request.value(QStringLiteral("virtualServer"));
        if (!name.isString() || name.toString().isEmpty())
            return failure(
                QStringLiteral("\"%1\" needs the argument \"virtualServer\" (its name)").arg(command));
        return command == QLatin1String("pause") ? control->pause(name.toString())
                                                 : control->resume(name.toString());
    }
    return failure(
        QStringLiteral("unknown command \"%1\"; known: status, reload, stop, restart, pause, resume, "
                       "sessions, queue")
            .arg(shortened(command)));
}

void ControlServer::Private::send(QLocalSocket *socket, const QJsonObject &answer)
{
    socket->write(QJsonDocument(answer).toJson(QJsonDocument::Compact) + '\n');
}

ControlServer::ControlServer(ListenerControl *control, QObject *parent)
    : QObject(parent)
    , d(new Private(control))
{
    Q_ASSERT(control);
}

ControlServer::~ControlServer()
{
    if (d->server) {
        // Answers already written (a "stop" among them) leave before the sockets close.
        const auto sockets = d->server->findChildren<QLocalSocket *>();
        for (QLocalSocket *socket : sockets) {
            socket->disconnect();
            socket->flush();
        }
        d->server->close(); // removes the socket file
        delete d->server;
    }
    delete d;
}

bool ControlServer::listen(const QString &path, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (d->server)
        return fail(QStringLiteral("the control socket already listens on %1").arg(d->path));

    switch (pathState(path)) {
    case PathState::Missing:
        break;
    case PathState::Other:
        return fail(QStringLiteral("%1 exists and is not a socket; not removing it").arg(path));
    case PathState::Socket: {
        // Connecting completes in the kernel's backlog even if the peer is busy or in this thread.
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(ProbeTimeoutMs)) {
            probe.abort();
            return fail(QStringLiteral("another listener is running on %1").arg(path));
        }
        if (probe.error() != QLocalSocket::ConnectionRefusedError
            && probe.error() != QLocalSocket::ServerNotFoundError)
            return fail(QStringLiteral("cannot tell whether a listener runs on %1: %2")
                            .arg(path, probe.errorString()));
        qCInfo(lcControl, "removing the stale control socket %ls", qUtf16Printable(path));
        if (!QLocalServer::removeServer(path) && pathState(path) != PathState::Missing)
            return fail(QStringLiteral("cannot remove the stale control socket %1").arg(path));
        break;
    }
    }

    auto *server = new QLocalServer(this);
    // Qt creates the socket owner-only in a private directory and moves it into place, so it is
    // never reachable by others, not even for a moment; the chmod below makes it exactly 0600.
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(path)) {
        const QString message = server->errorString();
        delete server;
        return fail(QStringLiteral("cannot listen on %1: %2").arg(path, message));
    }
    if (!QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        server->close();
        delete server;
        return fail(QStringLiteral("cannot make %1 owner-only").arg(path));
    }
    d->server = server;
    d->path = path;
    connect(server, &QLocalServer::newConnection, this, [this] { d->accept(); });
    return true;
}

QString ControlServer::path() const
{
    return d->path;
}

} // namespace RelayDesk

#include "controlrequest.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocalSocket>

#include <limits>

namespace RelayDesk {

namespace {

// A listing of thousands of queued messages is large, but not this large.
QString tr(const char *text)
{
    return QCoreApplication::translate("RelayDesk::ControlRequest", text);
}

constexpr qsizetype MaxAnswerLength = 64 * 1024 * 1024;

int remainingMs(const QDeadlineTimer &deadline)
{
    return int(qMin<qint64>(deadline.remainingTime(), std::numeric_limits<int>::max()));
}

} // namespace

QJsonObject controlRequest(const QString &socketPath, const QJsonObject &request, int timeoutMs,
                           QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QJsonObject();
    };
    const QDeadlineTimer deadline(qMax(timeoutMs, 0));

    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(remainingMs(deadline)))
        return fail(tr("cannot reach the listener at %1: %2").arg(socketPath, socket.errorString()));

    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(remainingMs(deadline)))
            return fail(tr("cannot send to the listener at %1: %2").arg(socketPath, socket.errorString()));
    }

    QByteArray answer;
    for (;;) {
        answer += socket.readAll();
        const qsizetype newline = answer.indexOf('\n');
        if (newline >= 0) {
            answer.truncate(newline);
            break;
        }
        if (answer.size() > MaxAnswerLength)
            return fail(tr("the listener at %1 sent an answer longer than %2 bytes")
                            .arg(socketPath)
                            .arg(MaxAnswerLength));
        if (deadline.hasExpired())
            return fail(tr("the listener at %1 did not answer within %2 ms").arg(socketPath).arg(timeoutMs));
        if (!socket.waitForReadyRead(remainingMs(deadline)) && socket.bytesAvailable() <= 0
            && socket.state() != QLocalSocket::ConnectedState) {
            answer += socket.readAll();
            if (!answer.contains('\n'))
                return fail(tr("the listener at %1 closed the connection without answering").arg(socketPath));
        }
        // Otherwise more data, or a time-out that the deadline check above turns into an error.
    }
    socket.disconnectFromServer();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("the listener at %1 sent an answer that is not a JSON object").arg(socketPath));
    return document.object();
}

} // namespace RelayDesk

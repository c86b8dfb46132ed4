#include "queuecontrol.h"

#include "controlrequest.h"

#include <QCoreApplication>

namespace RelayDesk::QueueControl {

QString commandName(Action action)
{
    switch (action) {
    case Action::Retry:
        return QStringLiteral("queue-retry");
    case Action::Freeze:
        return QStringLiteral("queue-freeze");
    case Action::Unfreeze:
        return QStringLiteral("queue-unfreeze");
    case Action::Delete:
        return QStringLiteral("queue-delete");
    }
    return QString();
}

QJsonObject request(Action action, const Target &target, bool ndr)
{
    QJsonObject r{{QStringLiteral("command"), commandName(action)}};
    if (target.isMessage()) {
        r.insert(QStringLiteral("id"), target.id);
    } else {
        r.insert(QStringLiteral("virtualServer"), target.virtualServer);
        r.insert(QStringLiteral("destination"), target.destination);
    }
    if (action == Action::Delete && ndr)
        r.insert(QStringLiteral("ndr"), true);
    return r;
}

QJsonObject listRequest()
{
    return {{QStringLiteral("command"), QStringLiteral("queue")}};
}

Answer send(const QString &socketPath, const QJsonObject &request, int timeoutMs)
{
    Answer answer;
    answer.object = controlRequest(socketPath, request, timeoutMs, &answer.error);
    answer.reached = !answer.object.isEmpty();
    if (!answer.reached)
        return answer;
    answer.ok = answer.object.value(QStringLiteral("ok")).toBool();
    answer.messages = answer.object.value(QStringLiteral("messages")).toInt();
    if (!answer.ok) {
        answer.error = answer.object.value(QStringLiteral("error")).toString();
        if (answer.error.isEmpty())
            answer.error = QCoreApplication::translate("RelayDesk::QueueControl",
                                                       "the listener refused \"%1\" without saying why")
                               .arg(request.value(QStringLiteral("command")).toString());
    }
    return answer;
}

} // namespace RelayDesk::QueueControl

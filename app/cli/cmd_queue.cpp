#include "commands.h"

#include "queuecontrol.h"
#include "syncstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RelayDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// "2026-11-23 21:04:11" (UTC, as the event log prints its times); "-" for none.
QString timeText(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return QStringLiteral("-");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString stateText(const QString &state)
{
    if (state == QLatin1String("ready"))
        return tr("ready");
    if (state == QLatin1String("retry"))
        return tr("retry");
    if (state == QLatin1String("delivering"))
        return tr("delivering");
    if (state == QLatin1String("frozen"))
        return tr("frozen");
    return state;
}

// Columns padded to their widest cell; the last column is not padded.
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths.at(i), row.at(i).size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        out << text << '\n';
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
}

bool matchesServer(const QJsonObject &entry, const QString &vs)
{
    return vs.isEmpty()
        || entry.value(QStringLiteral("virtualServer")).toString().compare(vs, Qt::CaseInsensitive) == 0;
}

QJsonArray filtered(const QJsonArray &entries, const QString &vs)
{
    QJsonArray kept;
    for (const QJsonValue &value : entries) {
        if (matchesServer(value.toObject(), vs))
            kept.append(value);
    }
    return kept;
}

void printListing(QTextStream &out, const QJsonArray &queues, const QJsonArray &messages)
{
    if (queues.isEmpty() && messages.isEmpty()) {
        out << tr("No message waits for outbound delivery.") << '\n';
        return;
    }
    QList<QStringList> rows;
    for (const QJsonValue &value : queues) {
        const QJsonObject q = value.toObject();
        rows << QStringList{q.value(QStringLiteral("virtualServer")).toString(),
                            q.value(QStringLiteral("destination")).toString(),
                            QString::number(q.value(QStringLiteral("messages")).toInt()),
                            timeText(q.value(QStringLiteral("oldest")).toString()),
                            timeText(q.value(QStringLiteral("nextRetry")).toString()),
                            stateText(q.value(QStringLiteral("state")).toString()),
                            orDash(q.value(QStringLiteral("lastError")).toString())};
    }
    out << tr("Queues:") << '\n';
    printTable(out,
               {tr("VIRTUAL SERVER"), tr("DESTINATION"), tr("MESSAGES"), tr("OLDEST"), tr("NEXT RETRY"),
                tr("STATE"), tr("LAST ERROR")},
               rows);

    rows.clear();
    for (const QJsonValue &value : messages) {
        const QJsonObject m = value.toObject();
        QStringList recipients;
        for (const QJsonValue &r : m.value(QStringLiteral("recipients")).toArray())
            recipients << r.toString();
        const QString sender = m.value(QStringLiteral("sender")).toString();
        rows << QStringList{m.value(QStringLiteral("id")).toString(),
                            m.value(QStringLiteral("destination")).toString(),
                            sender.isEmpty() ? QStringLiteral("<>") : sender,
                            recipients.join(QStringLiteral(", ")),
                            QString::number(m.value(QStringLiteral("attempts")).toInt()),
                            timeText(m.value(QStringLiteral("nextRetry")).toString()),
                            stateText(m.value(QStringLiteral("state")).toString()),
                            orDash(m.value(QStringLiteral("lastError")).toString())};
    }
    out << '\n' << tr("Messages:") << '\n';
    printTable(out,
               {tr("ID"), tr("DESTINATION"), tr("SENDER"), tr("RECIPIENTS"), tr("ATTEMPTS"), tr("NEXT RETRY"),
                tr("STATE"), tr("LAST ERROR")},
               rows);
}

QString doneText(QueueControl::Action action, int n)
{
    switch (action) {
    case QueueControl::Action::Retry:
        return QCoreApplication::translate("Cli", "%n message(s) will be attempted now.", nullptr, n);
    case QueueControl::Action::Freeze:
        return QCoreApplication::translate(
            "Cli", "%n message(s) frozen: they are not attempted until unfrozen.", nullptr, n);
    case QueueControl::Action::Unfreeze:
        return QCoreApplication::translate("Cli", "%n message(s) unfrozen.", nullptr, n);
    case QueueControl::Action::Delete:
        return QCoreApplication::translate("Cli", "%n message(s) deleted.", nullptr, n);
    }
    return QString();
}

} // namespace

QueueCommand::QueueCommand()
    : Command(QStringLiteral("queue"),
              QStringLiteral("queue list [--vs NAME] | retry|freeze|unfreeze|delete ID | "
                             "retry|freeze|unfreeze|delete --vs NAME --destination D [--ndr]"),
              tr("The listener's outbound queues: list them with their messages, retry a message or a "
                 "whole queue now, freeze and unfreeze, delete (with --ndr the senders get "
                 "non-delivery reports)."))
{ }

void QueueCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, retry, freeze, unfreeze or delete"),
                                 QStringLiteral("list|retry|freeze|unfreeze|delete"));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The id of a queued message (see queue list)."),
                                 QStringLiteral("[ID]"));
    parser.addOption({QStringLiteral("vs"),
                      tr("list: only the queues of the virtual server NAME; with --destination: the "
                         "queue of that virtual server."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("destination"),
                      tr("Every message of the queue D (a smart host \"host:port\" or a domain, as queue "
                         "list shows it)."),
                      QStringLiteral("D")});
    parser.addOption({QStringLiteral("ndr"), tr("delete: send each sender a non-delivery report first.")});
}

int QueueCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString vs = parser.value(QStringLiteral("vs"));
    const bool hasDestination = parser.isSet(QStringLiteral("destination"));
    const QString socket = ListenerPaths(QDir(context.dataDir()).absolutePath()).control;

    if (action == QLatin1String("list")) {
        if (args.size() != 1)
            return context.usageError(tr("queue list takes no ID"));
        if (hasDestination || parser.isSet(QStringLiteral("ndr")))
            return context.usageError(tr("queue list takes only --vs NAME"));
        const QueueControl::Answer answer =
            QueueControl::send(socket, QueueControl::listRequest(), QueueControl::ListTimeoutMs);
        if (!answer.reached)
            return context.environmentError(answer.error);
        if (!answer.ok)
            return context.usageError(answer.error);
        QJsonObject object = answer.object;
        const QJsonArray queues = filtered(object.value(QStringLiteral("queues")).toArray(), vs);
        const QJsonArray messages = filtered(object.value(QStringLiteral("queue")).toArray(), vs);
        if (context.json()) {
            object.insert(QStringLiteral("queues"), queues);
            object.insert(QStringLiteral("queue"), messages);
            context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            printListing(context.out(), queues, messages);
        }
        context.out().flush();
        return ExitOk;
    }

    QueueControl::Action kind;
    if (action == QLatin1String("retry"))
        kind = QueueControl::Action::Retry;
    else if (action == QLatin1String("freeze"))
        kind = QueueControl::Action::Freeze;
    else if (action == QLatin1String("unfreeze"))
        kind = QueueControl::Action::Unfreeze;
    else if (action == QLatin1String("delete"))
        kind = QueueControl::Action::Delete;
    else
        return context.usageError(tr("queue needs list, retry, freeze, unfreeze or delete"));

    if (parser.isSet(QStringLiteral("ndr")) && kind != QueueControl::Action::Delete)
        return context.usageError(tr("--ndr goes with queue delete only"));
    QueueControl::Target target;
    if (args.size() == 2 && vs.isEmpty() && !hasDestination) {
        target = QueueControl::Target::message(args.at(1));
    } else if (args.size() == 1 && !vs.isEmpty() && hasDestination) {
        const QString destination = parser.value(QStringLiteral("destination"));
        if (destination.isEmpty())
            return context.usageError(
                tr("--destination needs the queue's destination, as queue list shows it"));
        target = QueueControl::Target::queue(vs, destination);
    } else {
        return context.usageError(tr("queue %1 needs a message ID, or --vs NAME and --destination D "
                                     "for a whole queue")
                                      .arg(action));
    }

    const QueueControl::Answer answer =
        QueueControl::send(socket, QueueControl::request(kind, target, parser.isSet(QStringLiteral("ndr"))),
                           QueueControl::ActionTimeoutMs);
    if (!answer.reached)
        return context.environmentError(answer.error);
    if (context.json())
        context.out() << QJsonDocument(answer.object).toJson(QJsonDocument::Indented);
    if (!answer.ok)
        return context.usageError(answer.error);
    if (!context.json())
        context.out() << doneText(kind, answer.messages) << '\n';
    context.out().flush();
    return ExitOk;
}

} // namespace RelayDesk

#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace RelayDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

constexpr int FollowPollMs = 250;

// "2026-11-23 21:00:01  relay-refused  Default SMTP Virtual Server  10.0.0.7  recipient=… rule=…"
QString formatEvent(const QJsonObject &event)
{
    QString time = event.value(QStringLiteral("time")).toString();
    time.replace(QLatin1Char('T'), QLatin1Char(' '));
    if (time.endsWith(QLatin1Char('Z')))
        time.chop(1);
    QStringList parts{time.left(19), event.value(QStringLiteral("event")).toString()};
    for (const char *key : {"virtualServer", "client"}) {
        const QString value = event.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            parts << value;
    }
    static const QStringList shown{QStringLiteral("time"), QStringLiteral("event"),
                                   QStringLiteral("virtualServer"), QStringLiteral("client")};
    for (auto it = event.begin(); it != event.end(); ++it) {
        if (shown.contains(it.key()))
            continue;
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items << item.toVariant().toString();
            value = items.join(QLatin1Char(','));
        } else {
            value = it.value().toVariant().toString();
        }
        parts << it.key() + QLatin1Char('=') + value;
    }
    return parts.join(QStringLiteral("  "));
}

} // namespace

LogCommand::LogCommand()
    : Command(
        QStringLiteral("log"), QStringLiteral("log [--follow] [--vs NAME] [--protocol] [--limit N]"),
        tr("The listener's event log (relay refused with the rule that decided, authentication failures, "
           "accepted messages, reloads), or with --protocol a virtual server's protocol log."))
{ }

void LogCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("follow"), tr("Keep printing new lines as they are written (Ctrl+C ends).")});
    parser.addOption(
        {QStringLiteral("vs"), tr("Only the events of the virtual server NAME."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("protocol"),
                      tr("The protocol log (W3C extended format) of today for the virtual server of --vs.")});
    parser.addOption({QStringLiteral("limit"), tr("Print the last N lines first (default 50; 0: all)."),
                      QStringLiteral("N"), QStringLiteral("50")});
}

int LogCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("log takes no arguments"));
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 0)
        return context.usageError(tr("--limit needs a number of lines, 0 or more"));
    const QString vs = parser.value(QStringLiteral("vs"));
    const bool protocol = parser.isSet(QStringLiteral("protocol"));

    QString path = QDir(context.dataDir()).filePath(QStringLiteral("logs/events.jsonl"));
    if (protocol) {
        if (vs.isEmpty())
            return context.usageError(tr("--protocol needs --vs NAME: each virtual server has its own log"));
        Config config;
        int revision = 0;
        if (const int code = context.loadConfig(&config, &revision); code != ExitOk)
            return code;
        const int index = config.virtualServerIndex(vs);
        if (index < 0)
            return context.usageError(tr("no virtual server is named \"%1\"").arg(vs));
        path = QDir(context.dataDir())
                   .filePath(QStringLiteral("logs/smtpsvc%1/ex%2.log")
                                 .arg(index + 1)
                                 .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyMMdd"))));
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!parser.isSet(QStringLiteral("follow")))
            return context.environmentError(
                tr("cannot read %1: %2 (has the listener run with this data directory?)")
                    .arg(path, file.errorString()));
    }

    // Lines of the event log pass the --vs filter; protocol log lines are printed as they are.
    const auto accept = [&](const QByteArray &line, QString *text) {
        if (protocol || line.startsWith('#')) {
            *text = QString::fromUtf8(line);
            return true;
        }
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.isEmpty())
            return false;
        if (!vs.isEmpty()
            && event.value(QStringLiteral("virtualServer")).toString().compare(vs, Qt::CaseInsensitive) != 0)
            return false;
        *text = context.json() ? QString::fromUtf8(line) : formatEvent(event);
        return true;
    };

    QStringList lines;
    QByteArray pending;
    if (file.isOpen()) {
        const QList<QByteArray> all = file.readAll().split('\n');
        for (qsizetype i = 0; i + 1 < all.size(); ++i) { // the last piece is an unfinished line (or empty)
            QString text;
            if (accept(all.at(i), &text))
                lines << text;
        }
        pending = all.constLast();
    }
    if (limit > 0 && lines.size() > limit)
        lines = lines.mid(lines.size() - limit);
    for (const QString &line : std::as_const(lines))
        context.out() << line << '\n';
    context.out().flush();
    if (!parser.isSet(QStringLiteral("follow")))
        return ExitOk;

    // Follow: read what is appended, and start over when the file is replaced (a new day's
    // protocol log, a log removed by hand).
    for (;;) {
        if (!file.isOpen() || file.size() < file.pos()) {
            file.close();
            file.setFileName(path);
            if (file.open(QIODevice::ReadOnly))
                pending.clear();
        }
        if (file.isOpen() && file.bytesAvailable() > 0) {
            pending += file.readAll();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                QString text;
                if (accept(pending.left(newline), &text))
                    context.out() << text << Qt::endl;
                pending.remove(0, newline + 1);
            }
        }
        QThread::msleep(FollowPollMs);
    }
}

} // namespace RelayDesk

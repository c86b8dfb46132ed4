#include "commands.h"

#include "listenerlog.h"

#include <QCoreApplication>
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

    int serverIndex = -1;
    if (protocol) {
        if (vs.isEmpty())
            return context.usageError(tr("--protocol needs --vs NAME: each virtual server has its own log"));
        Config config;
        int revision = 0;
        if (const int code = context.loadConfig(&config, &revision); code != ExitOk)
            return code;
        serverIndex = config.virtualServerIndex(vs);
        if (serverIndex < 0)
            return context.usageError(tr("no virtual server is named \"%1\"").arg(vs));
    }
    const auto currentPath = [&] {
        return protocol ? currentProtocolLogPath(context.dataDir(), serverIndex)
                        : eventLogPath(context.dataDir());
    };

    LogTail tail(currentPath());
    LogTail::Chunk chunk = tail.read();
    if (!tail.isOpen() && !parser.isSet(QStringLiteral("follow")))
        return context.environmentError(
            tr("cannot read %1: %2 (has the listener run with this data directory?)")
                .arg(tail.path(), tail.errorString()));

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
        *text = context.json() ? QString::fromUtf8(line) : ListenerEvent::format(event);
        return true;
    };

    QStringList lines;
    for (const QByteArray &line : std::as_const(chunk.lines)) {
        QString text;
        if (accept(line, &text))
            lines << text;
    }
    if (limit > 0 && lines.size() > limit)
        lines = lines.mid(lines.size() - limit);
    for (const QString &line : std::as_const(lines))
        context.out() << line << '\n';
    context.out().flush();
    if (!parser.isSet(QStringLiteral("follow")))
        return ExitOk;

    // Follow: read what is appended, and start over when the file is replaced (a log removed by
    // hand) or, for the protocol log, when a new UTC day begins a new file.
    for (;;) {
        QThread::msleep(FollowPollMs);
        tail.setPath(currentPath());
        chunk = tail.read();
        for (const QByteArray &line : std::as_const(chunk.lines)) {
            QString text;
            if (accept(line, &text))
                context.out() << text << Qt::endl;
        }
    }
}

} // namespace RelayDesk

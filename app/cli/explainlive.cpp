#include "explainlive.h"

#include "explainenvelope.h"
#include "smtpclient.h"

#include <QCoreApplication>

namespace RelayDesk {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

int LiveCheck::exitCode() const
{
    if (!comparison.reached)
        return ExitEnvironment;
    return comparison.agrees() ? ExitOk : ExitNegative;
}

QJsonObject LiveCheck::toJson() const
{
    QJsonObject o = comparison.toJson();
    o.insert(QStringLiteral("host"), host);
    o.insert(QStringLiteral("port"), int(port));
    o.insert(QStringLiteral("session"), probe.toJson());
    return o;
}

QString liveCheckSourceProblem(const QHostAddress &client)
{
    if (isBindableSourceAddress(client))
        return QString();
    return tr("the live check connects from the client address, so --ip must be an address of this machine "
              "(any 127.x.y.z works on Linux); %1 is not. Explain without --check-listener works for any "
              "address.")
        .arg(client.toString());
}

LiveCheck runLiveCheck(const RelayPolicy &policy, const SessionFacts &facts, const QString &password,
                       const QString &from, const QStringList &to, const RelayPolicy::Evaluation &expected)
{
    const SmtpClientOptions options = liveCheckOptions(policy, facts, password, from, to);
    LiveCheck check;
    check.host = options.host;
    check.port = options.port;
    check.probe = SmtpClient::run(options);
    check.comparison = compareWithListener(expected, check.probe, from, to);
    return check;
}

void printLiveCheck(QTextStream &out, const LiveCheck &check, int revision)
{
    out << '\n'
        << tr("Live check: the same envelope against the listener on %1 port %2 (probe: up to RCPT, then "
              "RSET; no message is sent)")
               .arg(check.host)
               .arg(check.port)
        << '\n';
    for (const TranscriptLine &line : check.probe.transcript)
        out << "  " << line.toText() << '\n';
    out << '\n';
    if (!check.comparison.reached) {
        out << tr("The listener cannot be reached: %1").arg(check.comparison.error) << '\n';
        out << tr("Is it running? relaydeskctl status") << Qt::endl;
        return;
    }
    for (const ListenerComparison::Row &row : check.comparison.rows) {
        out << row.command << '\n'
            << "    " << tr("database: %1").arg(row.database) << '\n'
            << "    " << tr("listener: %1").arg(row.listener.isEmpty() ? tr("(no answer)") : row.listener)
            << (row.agrees ? tr("  (agrees)") : tr("  ← DISAGREES")) << '\n';
    }
    out << '\n';
    if (check.comparison.agrees())
        out << tr("The listener agrees with the database (revision %1).").arg(revision) << Qt::endl;
    else
        out << tr("The listener disagrees with the database on %1 answer(s): it may enforce another revision "
                  "than %2. See relaydeskctl status; relaydeskctl sync or listener rebuild fixes it.")
                   .arg(check.comparison.disagreements())
                   .arg(revision)
            << Qt::endl;
}

} // namespace RelayDesk

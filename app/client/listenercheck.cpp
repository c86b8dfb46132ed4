#include "listenercheck.h"

#include "explainenvelope.h"
#include "refusalexplainer.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace RelayDesk {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ListenerCheck)
};

} // namespace

bool ListenerComparison::agrees() const
{
    return reached && disagreements() == 0;
}

int ListenerComparison::disagreements() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return !r.agrees; }));
}

QJsonObject ListenerComparison::toJson() const
{
    QJsonArray list;
    for (const Row &r : rows)
        list.append(QJsonObject{{QStringLiteral("command"), r.command},
                                {QStringLiteral("database"), r.database},
                                {QStringLiteral("listener"), r.listener},
                                {QStringLiteral("agrees"), r.agrees}});
    return QJsonObject{{QStringLiteral("reached"), reached},
                       {QStringLiteral("agrees"), agrees()},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("answers"), list}};
}

ListenerComparison compareWithListener(const RelayPolicy::Evaluation &expected, const SmtpClientResult &probe,
                                       const QString &from, const QStringList &to)
{
    ListenerComparison c;
    using Outcome = SmtpClientResult::Outcome;
    if (probe.outcome == Outcome::Failed || probe.outcome == Outcome::Cancelled
        || !probe.greetingReply.isValid()) {
        c.error = probe.error.isEmpty() ? Text::tr("the listener did not answer") : probe.error;
        return c;
    }
    c.reached = true;
    const auto add = [&c](const QString &command, const QString &database, const SmtpReply &listener) {
        const QString line = replyToString(listener);
        c.rows.append(
            {command, database, line, !line.isEmpty() && decisionKey(line) == decisionKey(database)});
    };
    // The greeting: 220 when the database lets the client in; it carries no enhanced code.
    add(Text::tr("(connect)"), expected.connect.accepted() ? QStringLiteral("220") : expected.connect.reply(),
        probe.greetingReply);
    if (!expected.connect.accepted())
        return c;
    if (probe.mailReply.isValid() || expected.mail.code != 0)
        add(QStringLiteral("MAIL FROM:") + bracketedPath(from), expected.mail.reply(), probe.mailReply);
    if (!expected.mail.accepted())
        return c;
    for (int i = 0; i < expected.recipients.size() && i < to.size(); ++i) {
        const SmtpReply listener = i < probe.recipients.size() ? probe.recipients.at(i).reply : SmtpReply();
        add(QStringLiteral("RCPT TO:") + bracketedPath(to.at(i)), expected.recipients.at(i).reply(),
            listener);
    }
    return c;
}

} // namespace RelayDesk

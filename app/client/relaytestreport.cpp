// The self-test's report as text, HTML and JSON.
#include "relaytest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace RelayDesk {
namespace {

using Verdict = RelayTestCaseResult::Verdict;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(RelayTestReport)
};

QString pathText(const QString &path)
{
    return QLatin1Char('<') + path + QLatin1Char('>');
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString targetText(const RelayTestReport &report)
{
    const QString target = Text::tr("%1 port %2").arg(report.host).arg(report.port);
    if (report.serverName.isEmpty())
        return target;
    return Text::tr("%1 (%2)", "virtual server (host port)").arg(report.serverName, target);
}

QString counts(const RelayTestReport &report)
{
    return Text::tr("%1 refused, %2 relayed, %3 inconclusive, %4 of %5 cases run")
        .arg(report.count(Verdict::Refused))
        .arg(report.count(Verdict::Relayed))
        .arg(report.count(Verdict::Inconclusive))
        .arg(report.results.size())
        .arg(report.plannedCases);
}

const char *verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Refused:
        return "#1b7f3b";
    case Verdict::Relayed:
        return "#b00020";
    case Verdict::Inconclusive:
        return "#a15c00";
    }
    return "#000000";
}

} // namespace

QString RelayTestReport::toText() const
{
    QString text;
    text += Text::tr("RelayDesk open-relay self-test") + QLatin1Char('\n');
    text += Text::tr("Server:   %1").arg(targetText(*this)) + QLatin1Char('\n');
    text += Text::tr("Client:   %1")
                .arg(sourceAddress.isEmpty() ? Text::tr("(chosen by the system)") : sourceAddress)
        + QLatin1Char('\n');
    text += Text::tr("Started:  %1").arg(when(started)) + QLatin1Char('\n');
    text += Text::tr("Finished: %1").arg(when(finished)) + QLatin1Char('\n');
    text += Text::tr("Result:   %1").arg(summary()) + QLatin1Char('\n');
    text += Text::tr("          %1").arg(counts(*this)) + QStringLiteral("\n\n");
    for (int i = 0; i < results.size(); ++i) {
        const RelayTestCaseResult &r = results.at(i);
        text += QStringLiteral("%1. [%2] %3 (%4)\n")
                    .arg(i + 1)
                    .arg(RelayTestCaseResult::verdictText(r.verdict), r.testCase.title, r.testCase.id);
        text +=
            Text::tr("   MAIL FROM:%1  RCPT TO:%2").arg(pathText(r.testCase.from), pathText(r.testCase.to))
            + QLatin1Char('\n');
        text += Text::tr("   Reply:    %1").arg(r.reply.isEmpty() ? Text::tr("(none)") : r.reply)
            + QLatin1Char('\n');
        if (!r.testCase.expectedReply.isEmpty())
            text += Text::tr("   Database: %1%2")
                        .arg(r.testCase.expectedReply,
                             r.disagrees() ? Text::tr("  ← the server answered differently") : QString())
                + QLatin1Char('\n');
        if (!r.note.isEmpty())
            text += QStringLiteral("   ") + r.note + QLatin1Char('\n');
        const QString transcript = transcriptToText(r.session.transcript);
        for (const QString &line : transcript.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            text += QStringLiteral("     ") + line + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    return text;
}

QString RelayTestReport::toHtml() const
{
    const auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>")
        + esc(Text::tr("RelayDesk open-relay self-test")) + QStringLiteral("</title>\n");
    html += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}"
        "pre{background:#f6f6f6;padding:6px;overflow-x:auto}code{font-size:90%}</style>\n</head><body>\n");
    html +=
        QStringLiteral("<h1>") + esc(Text::tr("RelayDesk open-relay self-test")) + QStringLiteral("</h1>\n");
    html += QStringLiteral("<table>\n");
    const auto row = [&html, &esc](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><th>") + esc(name) + QStringLiteral("</th><td>") + esc(value)
            + QStringLiteral("</td></tr>\n");
    };
    row(Text::tr("Server"), targetText(*this));
    row(Text::tr("Client"), sourceAddress.isEmpty() ? Text::tr("(chosen by the system)") : sourceAddress);
    row(Text::tr("Started"), when(started));
    row(Text::tr("Finished"), when(finished));
    row(Text::tr("Result"), summary());
    row(Text::tr("Cases"), counts(*this));
    html += QStringLiteral("</table>\n<h2>") + esc(Text::tr("Cases"))
        + QStringLiteral("</h2>\n<table>\n<tr><th>#</th><th>") + esc(Text::tr("Case"))
        + QStringLiteral("</th><th>MAIL FROM</th><th>RCPT TO</th><th>") + esc(Text::tr("Reply"))
        + QStringLiteral("</th><th>") + esc(Text::tr("Database")) + QStringLiteral("</th><th>")
        + esc(Text::tr("Verdict")) + QStringLiteral("</th></tr>\n");
    for (int i = 0; i < results.size(); ++i) {
        const RelayTestCaseResult &r = results.at(i);
        html += QStringLiteral("<tr><td><a href=\"#case-%1\">%1</a></td><td>%2</td><td><code>%3</code></td>"
                               "<td><code>%4</code></td><td><code>%5</code></td><td><code>%6</code></td>"
                               "<td style=\"color:%7;font-weight:bold\">%8</td></tr>\n")
                    .arg(i + 1)
                    .arg(esc(r.testCase.title), esc(pathText(r.testCase.from)), esc(pathText(r.testCase.to)),
                         esc(r.reply), esc(r.testCase.expectedReply), QLatin1String(verdictColour(r.verdict)),
                         esc(RelayTestCaseResult::verdictText(r.verdict)));
    }
    html += QStringLiteral("</table>\n<h2>") + esc(Text::tr("Transcripts")) + QStringLiteral("</h2>\n");
    for (int i = 0; i < results.size(); ++i) {
        const RelayTestCaseResult &r = results.at(i);
        html += QStringLiteral("<h3 id=\"case-%1\">%1. %2 <small>(%3)</small></h3>\n")
                    .arg(i + 1)
                    .arg(esc(r.testCase.title), esc(r.testCase.id));
        if (!r.note.isEmpty())
            html += QStringLiteral("<p>") + esc(r.note) + QStringLiteral("</p>\n");
        if (r.disagrees())
            html += QStringLiteral("<p><b>")
                + esc(Text::tr("The database says %1; the server answered %2."))
                      .arg(esc(r.testCase.expectedReply), esc(r.reply))
                + QStringLiteral("</b></p>\n");
        html += QStringLiteral("<pre>") + esc(transcriptToText(r.session.transcript))
            + QStringLiteral("</pre>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

QJsonObject RelayTestReport::toJson() const
{
    QJsonArray cases;
    for (const RelayTestCaseResult &r : results)
        cases.append(QJsonObject{{QStringLiteral("id"), r.testCase.id},
                                 {QStringLiteral("title"), r.testCase.title},
                                 {QStringLiteral("from"), r.testCase.from},
                                 {QStringLiteral("to"), r.testCase.to},
                                 {QStringLiteral("verdict"), RelayTestCaseResult::verdictName(r.verdict)},
                                 {QStringLiteral("passed"), r.passed()},
                                 {QStringLiteral("reply"), r.reply},
                                 {QStringLiteral("expectedReply"), r.testCase.expectedReply},
                                 {QStringLiteral("disagrees"), r.disagrees()},
                                 {QStringLiteral("note"), r.note},
                                 {QStringLiteral("transcript"), transcriptToJson(r.session.transcript)}});
    return QJsonObject{{QStringLiteral("virtualServer"), serverName},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("port"), int(port)},
                       {QStringLiteral("sourceAddress"), sourceAddress},
                       {QStringLiteral("started"), when(started)},
                       {QStringLiteral("finished"), when(finished)},
                       {QStringLiteral("plannedCases"), plannedCases},
                       {QStringLiteral("refused"), count(Verdict::Refused)},
                       {QStringLiteral("relayed"), count(Verdict::Relayed)},
                       {QStringLiteral("inconclusive"), count(Verdict::Inconclusive)},
                       {QStringLiteral("closed"), closed()},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("unreachable"), unreachable},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("summary"), summary()},
                       {QStringLiteral("cases"), cases}};
}

bool RelayTestReport::write(const QString &path, QString *errorText) const
{
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorText)
            *errorText = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write((html ? toHtml() : toText()).toUtf8());
    if (!file.commit()) {
        if (errorText)
            *errorText = Text::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace RelayDesk

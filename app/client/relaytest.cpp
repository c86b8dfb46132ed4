#include "relaytest.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace RelayDesk {

using Verdict = RelayTestCaseResult::Verdict;
using Stage = SmtpClientResult::Stage;
using Outcome = SmtpClientResult::Outcome;

bool RelayTestCaseResult::disagrees() const
{
    if (testCase.expectedReply.isEmpty() || reply.isEmpty())
        return false;
    // The code and the enhanced code are the decision; the text may differ (the greeting's name).
    const auto decision = [](const QString &line) {
        return line.section(QLatin1Char(' '), 0, 1);
    };
    return decision(testCase.expectedReply) != decision(reply);
}

QString RelayTestCaseResult::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Refused:
        return QStringLiteral("refused");
    case Verdict::Relayed:
        return QStringLiteral("relayed");
    case Verdict::Inconclusive:
        return QStringLiteral("inconclusive");
    }
    return QString();
}

QString RelayTestCaseResult::verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Refused:
        return RelayTestRunner::tr("refused (pass)");
    case Verdict::Relayed:
        return RelayTestRunner::tr("RELAYED (fail)");
    case Verdict::Inconclusive:
        return RelayTestRunner::tr("inconclusive");
    }
    return QString();
}

RelayTestRunner::RelayTestRunner(QObject *parent)
    : QObject(parent)
    , m_client(new SmtpClient(this))
{
    connect(m_client, &SmtpClient::transcriptLine, this,
            [this](const TranscriptLine &line) { emit transcriptLine(m_index, line); });
    connect(m_client, &SmtpClient::finished, this, &RelayTestRunner::onSessionFinished);
}

RelayTestRunner::~RelayTestRunner() = default;

bool RelayTestRunner::start(const SmtpClientOptions &session, const QList<RelayTestCase> &cases,
                            const RelayTestReport &report)
{
    if (m_running)
        return false;
    m_session = session;
    m_session.probe = true; // never DATA
    m_session.user.clear(); // the battery plays an outsider
    m_session.password.clear();
    m_session.message.clear();
    m_cases = cases;
    m_report = report;
    m_report.results.clear();
    m_report.host = session.host;
    m_report.port = session.port;
    m_report.sourceAddress = session.sourceAddress.isNull() ? QString() : session.sourceAddress.toString();
    m_report.plannedCases = int(cases.size());
    m_report.started = QDateTime::currentDateTimeUtc();
    m_report.cancelled = false;
    m_report.unreachable = false;
    m_report.error.clear();
    m_index = -1;
    m_running = true;
    QTimer::singleShot(0, this, &RelayTestRunner::runNext);
    return true;
}

void RelayTestRunner::cancel()
{
    if (!m_running)
        return;
    m_report.cancelled = true;
    if (m_client->isRunning())
        m_client->cancel(); // onSessionFinished() ends the run
    else
        finish();
}

RelayTestReport RelayTestRunner::exec(const SmtpClientOptions &session, const QList<RelayTestCase> &cases,
                                      const RelayTestReport &report)
{
    QEventLoop loop;
    connect(this, &RelayTestRunner::finished, &loop, &QEventLoop::quit);
    if (!start(session, cases, report))
        return m_report;
    loop.exec();
    return m_report;
}

void RelayTestRunner::runNext()
{
    if (!m_running)
        return;
    ++m_index;
    if (m_index >= m_cases.size()) {
        finish();
        return;
    }
    const RelayTestCase &c = m_cases.at(m_index);
    SmtpClientOptions options = m_session;
    options.from = c.from;
    options.to = QStringList{c.to};
    emit caseStarted(m_index, c);
    m_client->start(options);
}

void RelayTestRunner::onSessionFinished(const SmtpClientResult &result)
{
    if (!m_running || m_index < 0 || m_index >= m_cases.size())
        return;
    const RelayTestCaseResult judged = judge(m_cases.at(m_index), result);
    m_report.results.append(judged);
    if (result.outcome == Outcome::Failed && result.stage == Stage::Connect) {
        m_report.unreachable = true;
        m_report.error = result.error;
    }
    emit caseFinished(m_index, judged);
    if (m_report.cancelled || m_report.unreachable)
        finish();
    else
        QTimer::singleShot(0, this, &RelayTestRunner::runNext);
}

void RelayTestRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_report.finished = QDateTime::currentDateTimeUtc();
    emit finished(m_report);
}

RelayTestCaseResult RelayTestRunner::judge(const RelayTestCase &testCase, const SmtpClientResult &session)
{
    RelayTestCaseResult r;
    r.testCase = testCase;
    r.session = session;
    const SmtpReply rcpt = session.recipients.isEmpty() ? SmtpReply() : session.recipients.constFirst().reply;
    switch (session.outcome) {
    case Outcome::Probed:
    case Outcome::Delivered:
        r.reply = replyToString(rcpt);
        if (rcpt.isPositive()) {
            r.verdict = Verdict::Relayed;
            r.note = tr("RCPT was accepted: the server takes this message for relay (a later bounce does not "
                        "make it safe).");
        } else if (rcpt.isPermanentFailure()) {
            r.verdict = Verdict::Refused;
            r.note = tr("Refused at RCPT.");
        } else if (rcpt.isTransientFailure()) {
            r.verdict = Verdict::Inconclusive;
            r.note =
                tr("Only a temporary refusal at RCPT: the server may accept the message on a later try.");
        } else {
            r.verdict = Verdict::Inconclusive;
            r.note = tr("RCPT was not answered.");
        }
        break;
    case Outcome::Refused:
        r.reply = replyToString(session.finalReply);
        if (session.stage == Stage::Rcpt && rcpt.isValid())
            r.reply = replyToString(rcpt);
        if (!session.finalReply.isPermanentFailure()) {
            r.verdict = Verdict::Inconclusive;
            r.note = tr("Only a temporary refusal at %1: the server may accept the message on a later try.")
                         .arg(SmtpClientResult::stageText(session.stage));
        } else if (session.stage == Stage::Greeting) {
            r.verdict = Verdict::Refused;
            r.note = tr("Refused at connect: this client may not connect at all, so the relay rules were not "
                        "reached. Test from an address that connection control lets in.");
        } else if (session.stage == Stage::Mail) {
            r.verdict = Verdict::Refused;
            r.note = tr("Refused already at MAIL FROM.");
        } else if (session.stage == Stage::Rcpt) {
            r.verdict = Verdict::Refused;
            r.note = tr("Refused at RCPT.");
        } else {
            r.verdict = Verdict::Inconclusive;
            r.note =
                tr("The session ended at %1, before RCPT.").arg(SmtpClientResult::stageText(session.stage));
        }
        break;
    case Outcome::Failed:
        r.verdict = Verdict::Inconclusive;
        r.note = session.error;
        break;
    case Outcome::Cancelled:
        r.verdict = Verdict::Inconclusive;
        r.note = tr("Cancelled.");
        break;
    }
    return r;
}

int RelayTestReport::count(RelayTestCaseResult::Verdict verdict) const
{
    return int(std::count_if(results.cbegin(), results.cend(),
                             [verdict](const RelayTestCaseResult &r) { return r.verdict == verdict; }));
}

bool RelayTestReport::closed() const
{
    return !cancelled && !unreachable && plannedCases > 0 && results.size() == plannedCases
        && count(Verdict::Refused) == plannedCases;
}

QString RelayTestReport::summary() const
{
    const int relayed = count(Verdict::Relayed);
    const int inconclusive = count(Verdict::Inconclusive);
    const int refused = count(Verdict::Refused);
    if (unreachable)
        return RelayTestRunner::tr("The server cannot be reached: %1").arg(error);
    if (relayed > 0)
        return RelayTestRunner::tr("OPEN RELAY: %1 of %2 relay attempts got through.")
            .arg(relayed)
            .arg(results.size());
    if (cancelled)
        return RelayTestRunner::tr("Cancelled after %1 of %2 cases; so far every case was refused.")
            .arg(results.size())
            .arg(plannedCases);
    if (inconclusive > 0)
        return RelayTestRunner::tr("No relay got through, but %n case(s) were inconclusive.", "",
                                   inconclusive);
    return RelayTestRunner::tr("Closed: all %n relay attempts were refused.", "", refused);
}

} // namespace RelayDesk

#pragma once

#include "relaytestcase.h"
#include "smtpclient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

// The open-relay self-test: runs the battery of relaytestcase.h against a server, each case in its
// own session in probe mode (never DATA), and judges each by the answer to RCPT.
namespace RelayDesk {

struct RelayTestCaseResult
{
    enum class Verdict
    {
        Refused, // passed: the relay was refused (at RCPT, or already at connect or MAIL)
        Relayed, // failed: RCPT was accepted (a later bounce does not make it right)
        Inconclusive // a temporary refusal, a time-out or a broken conversation
    };

    RelayTestCase testCase;
    Verdict verdict = Verdict::Inconclusive;
    QString reply; // the reply that decided the case ("550 5.7.1 Unable to relay for …")
    QString note; // translated: where it was refused, or why the case is inconclusive
    SmtpClientResult session;

    bool passed() const { return verdict == Verdict::Refused; }
    // The database says something else than the server did (the expected reply is known).
    bool disagrees() const;
    static QString verdictName(Verdict verdict); // "refused", "relayed", "inconclusive"
    static QString verdictText(Verdict verdict); // translated: "refused (pass)", …
};

struct RelayTestReport
{
    QString serverName; // the virtual server, when the target is one
    QString host;
    quint16 port = 0;
    QString sourceAddress;
    int plannedCases = 0;
    QDateTime started;
    QDateTime finished;
    bool cancelled = false;
    bool unreachable = false; // a session could not connect: the run stopped
    QString error; // why it was unreachable
    QList<RelayTestCaseResult> results;

    int count(RelayTestCaseResult::Verdict verdict) const;
    // Every planned case ran and was refused.
    bool closed() const;
    // The verdict in words.
    QString summary() const;

    QString toText() const;
    QString toHtml() const;
    QJsonObject toJson() const;
    // Writes HTML for a name ending in .html or .htm, text otherwise.
    bool write(const QString &path, QString *errorText) const;
};

class RelayTestRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayTestRunner)

public:
    explicit RelayTestRunner(QObject *parent = nullptr);
    ~RelayTestRunner() override;

    // `session`: host, port, source address, HELO name, TLS and time-outs for every case; the
    // envelope comes from the cases, probe mode is forced. `report` carries the names for the
    // report (serverName, …); its results are filled here. False when a run is going on.
    bool start(const SmtpClientOptions &session, const QList<RelayTestCase> &cases,
               const RelayTestReport &report = RelayTestReport());
    // Stops the running case and the run; finished() is emitted before this returns.
    void cancel();
    bool isRunning() const { return m_running; }
    const RelayTestReport &report() const { return m_report; }

    // Runs the battery in a local event loop (for command lines).
    RelayTestReport exec(const SmtpClientOptions &session, const QList<RelayTestCase> &cases,
                         const RelayTestReport &report = RelayTestReport());

    // How a finished session is judged.
    static RelayTestCaseResult judge(const RelayTestCase &testCase, const SmtpClientResult &session);

signals:
    void caseStarted(int index, const RelayDesk::RelayTestCase &testCase);
    void transcriptLine(int index, const RelayDesk::TranscriptLine &line);
    void caseFinished(int index, const RelayDesk::RelayTestCaseResult &result);
    void finished(const RelayDesk::RelayTestReport &report);

private:
    void runNext();
    void onSessionFinished(const SmtpClientResult &result);
    void finish();

    SmtpClientOptions m_session;
    QList<RelayTestCase> m_cases;
    RelayTestReport m_report;
    SmtpClient *m_client = nullptr;
    int m_index = -1;
    bool m_running = false;
};

} // namespace RelayDesk

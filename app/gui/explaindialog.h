#pragma once

#include "config.h"
#include "explainenvelope.h"
#include "listenercheck.h"
#include "relaypolicy.h"
#include "smtpclientresult.h"

#include <QDialog>

#include <memory>
#include <optional>

class QStandardItemModel;

namespace Ui {
class ExplainDialog;
}

namespace RelayDesk {

class SmtpClient;

// Tools ▸ Explain: what a virtual server answers to an envelope from a client, and why. The
// question (virtual server, client address, authenticated user or none, TLS or not, sender,
// recipients) is answered as it is typed, stage by stage (connect, MAIL, each RCPT) with the exact
// reply and the trace of rules from RelayPolicy, the same evaluation as `relaydeskctl explain`.
//
// "Check Against the Running Listener" runs the same envelope against the live listener in probe
// mode (up to RCPT, then RSET: no message is sent) from the client address as source, so the
// client address must be one of this computer's (any 127.x.y.z); it runs on the event loop, Stop
// ends it, and the decision list gains the listener's reply and whether it agrees with the
// database. Non-modal.
class ExplainDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainDialog)

public:
    // The columns of decisionModel(). Trace rules are child rows of their stage (Command column).
    enum Column
    {
        CommandColumn,
        DatabaseColumn,
        ListenerColumn,
        AgreesColumn,
        ColumnCount
    };

    // config: the configuration to explain; revision: its revision in the database (named when the
    // listener disagrees).
    ExplainDialog(const Config &config, int revision, QWidget *parent = nullptr);
    ~ExplainDialog() override;

    // Fills the question in (Test Send's Explain, the log viewer) and explains it. An unknown
    // virtual server name keeps the current one.
    void setRequest(const ExplainRequest &request);
    ExplainRequest request() const;
    // The console's configuration changed (a new revision): the question is answered again from
    // it.
    void setConfiguration(const Config &config, int revision);

    // Why there is no answer yet (a field is wrong); empty when the question is complete.
    QString problem() const { return m_problem; }
    // Why the live check cannot run; empty when it can.
    QString liveCheckProblem() const { return m_liveProblem; }
    // The answer to the current question (none while problem() is not empty).
    const std::optional<RelayPolicy::Evaluation> &evaluation() const { return m_evaluation; }
    QStandardItemModel *decisionModel() const { return m_model; }

    void checkListener();
    void stopCheck();
    bool isChecking() const;
    // The last live check: its conversation and the comparison (complete once
    // listenerCheckFinished() was emitted).
    const SmtpClientResult &probe() const { return m_probe; }
    const ListenerComparison &comparison() const { return m_comparison; }

    void done(int result) override; // closing stops a running check

signals:
    void listenerCheckFinished(const RelayDesk::ListenerComparison &comparison);

private:
    void evaluate();
    void updateButtons();
    QString findProblem(SessionFacts *facts, QString *from, QStringList *to) const;
    const RelayPolicy *policy() const;
    void clearListenerColumn();
    void onProbeFinished(const SmtpClientResult &result);

    std::unique_ptr<Ui::ExplainDialog> m_ui;
    void fillChoices();

    Config m_config;
    int m_revision;
    QStandardItemModel *m_model;
    SmtpClient *m_client;
    mutable std::unique_ptr<RelayPolicy> m_policy; // of the chosen virtual server
    mutable int m_policyIndex = -1;
    QString m_problem;
    QString m_liveProblem;
    std::optional<RelayPolicy::Evaluation> m_evaluation;
    SessionFacts m_facts;
    QString m_from;
    QStringList m_to;
    SmtpClientResult m_probe;
    ListenerComparison m_comparison;
};

} // namespace RelayDesk

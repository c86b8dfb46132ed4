#pragma once

#include "config.h"
#include "explainenvelope.h"
#include "refusalexplainer.h"
#include "smtpclientoptions.h"
#include "smtpclientresult.h"

#include <QDialog>
#include <QHostAddress>

#include <memory>

namespace Ui {
class TestSendDialog;
}

namespace RelayDesk {

class SmtpClient;

// Tools ▸ Test Send…: sends a test message to a virtual server of the configuration (or any
// host:port) and shows the conversation as it happens, then the verdict in words. When a virtual
// server of this configuration refuses, the refusal is explained from the database's relay rules
// ("550 5.7.1 Unable to relay: 10.20.0.77 is not on the relay list of Default SMTP Virtual Server
// and the session did not authenticate") and Explain and "Allow this computer to relay…" light
// up; both only ask the main window (signals): nothing changes here.
//
// Non-modal; the conversation runs on the event loop (SmtpClient), Stop ends it at once, closing
// the dialog stops it too. Every field is validated as it is typed; Send stays disabled while a
// field is wrong, and the label under the form says why. The password is never logged or shown.
class TestSendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestSendDialog)

public:
    // config: the configuration the virtual servers and the explanations come from; revision: its
    // revision in the database (named when the server's answer disagrees with it).
    TestSendDialog(const Config &config, int revision, QWidget *parent = nullptr);
    ~TestSendDialog() override;

    // Chooses the virtual server (its context menu's Test Send…); false when there is none of that
    // name.
    bool setVirtualServer(const QString &name);
    // The console's configuration changed (a new revision): the servers and the explanations of
    // the next conversation follow it; the chosen server stays chosen while it exists.
    void setConfiguration(const Config &config, int revision);
    // The chosen virtual server's index in the configuration; -1 for another host.
    int virtualServerIndex() const;

    // Why Send is disabled; empty when the form is complete.
    QString problem() const { return m_problem; }
    // What Send sends, from the fields (valid when problem() is empty).
    SmtpClientOptions options() const;
    bool isRunning() const;

    // The last conversation (complete once finished() was emitted), its verdict and explanations.
    const SmtpClientResult &result() const { return m_result; }
    const QList<RefusalExplainer::Explanation> &explanations() const { return m_explanations; }
    // The Explain question for the last conversation (the client as the server saw it).
    ExplainRequest explainRequest() const;

    void send();
    void stop();

    // The relay-list entry "Allow this computer to relay…" proposes for `client`: a single computer
    // with a comment saying where it came from. The main window opens the virtual server's Relay
    // Restrictions with it (VirtualServerProperties::editRelayRestrictions(&entry)).
    static AccessEntry relayEntryFor(const QHostAddress &client);

    void done(int result) override; // closing stops a running conversation

signals:
    // A conversation ended (delivered, refused, failed or stopped).
    void finished(const RelayDesk::SmtpClientResult &result);
    // Explain: open the Explain dialog with this question filled in.
    void explainRequested(const RelayDesk::ExplainRequest &request);
    // "Allow this computer to relay…": open the Relay Restrictions of virtual server
    // `virtualServerIndex` (named `virtualServerName`) with Add… filled in with `client`.
    void allowRelayRequested(int virtualServerIndex, const QString &virtualServerName,
                             const QHostAddress &client);

private:
    void updateState();
    QString findProblem(QWidget **field) const;
    QStringList recipients() const;
    int explainedServerIndex() const; // the virtual server the last conversation reached, or -1
    void onFinished(const SmtpClientResult &result);

    std::unique_ptr<Ui::TestSendDialog> m_ui;
    void fillServers();

    Config m_config;
    int m_revision;
    SmtpClient *m_client;
    SmtpClientOptions m_sent; // the options of the last conversation
    int m_sentServer = -1; // the virtual server it reached, -1 when not one of this configuration
    SmtpClientResult m_result;
    QList<RefusalExplainer::Explanation> m_explanations;
    QString m_problem;
};

} // namespace RelayDesk

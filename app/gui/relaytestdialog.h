#pragma once

#include "config.h"
#include "relaytest.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RelayTestDialog;
}

namespace RelayDesk {

class RelayTestModel;

// Tools ▸ Open Relay Self-Test: the open-relay battery (as `relaydeskctl relay-test` runs it)
// against a virtual server of the configuration, from a client address the relay list does not
// admit. Non-modal and asynchronous: the cases fill in as they run, the selected case's
// transcript grows live, Cancel stops at once and leaves a partial report marked cancelled.
class RelayTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayTestDialog)

public:
    // `config`: the configuration the listener runs (its virtual servers, relay rules and local
    // domains); `dataDirectory`: the data directory of that listener.
    RelayTestDialog(const Config &config, const QString &dataDirectory, QWidget *parent = nullptr);
    ~RelayTestDialog() override;

    // Chooses the virtual server (by name, case-insensitive); the client address becomes the
    // default for it. False when there is no such virtual server.
    bool setVirtualServer(const QString &name);
    void setSourceAddress(const QString &address);
    void setForeignDomain(const QString &domain);
    // Seconds each answer may take (default 30).
    void setTimeoutSeconds(int seconds);
    // Why Run is disabled; empty when the test can run.
    QString problem() const;

    // Starts the test (as the Run button does); false when it cannot start (problem() says why).
    bool run();
    // Stops the test (as the Cancel button does); the report so far is kept, marked cancelled.
    void cancel();
    bool isRunning() const;
    // The report of the last run (partial while it runs).
    const RelayTestReport &report() const;
    RelayTestModel *model() const { return m_model; }

    // Writes the report: HTML for .html/.htm, text otherwise. False with *error set.
    bool exportReport(const QString &path, QString *error);

signals:
    void finished(const RelayDesk::RelayTestReport &report);

private:
    void updateState();
    void resetSourceAddress();
    void onCaseFinished(int index, const RelayTestCaseResult &result);
    void onFinished(const RelayTestReport &report);
    void showTranscript();
    void exportInteractively();
    int serverIndex() const;

    std::unique_ptr<Ui::RelayTestDialog> m_ui;
    Config m_config;
    QString m_dataDirectory;
    RelayTestRunner *m_runner;
    RelayTestModel *m_model;
    int m_timeoutSeconds = 30;
    int m_finishedCases = 0;
    QString m_problem;
    QString m_lastExport;
};

} // namespace RelayDesk

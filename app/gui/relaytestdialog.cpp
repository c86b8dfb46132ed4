#include "relaytestdialog.h"

#include "accesslist.h"
#include "relaytestmodel.h"
#include "relaytestplan.h"
#include "ui_relaytestdialog.h"
#include "validation.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>

namespace RelayDesk {

namespace {

using Verdict = RelayTestCaseResult::Verdict;

QString transcriptText(const Transcript &transcript)
{
    return transcriptToText(transcript);
}

} // namespace

RelayTestDialog::RelayTestDialog(const Config &config, const QString &dataDirectory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RelayTestDialog>())
    , m_config(config)
    , m_dataDirectory(dataDirectory)
    , m_runner(new RelayTestRunner(this))
    , m_model(new RelayTestModel(this))
{
    m_ui->setupUi(this);
    setModal(false);
    m_ui->casesTableView->setModel(m_model);
    m_ui->casesTableView->verticalHeader()->hide();
    m_ui->casesTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->casesTableView->setColumnWidth(RelayTestModel::TitleColumn, 260);
    m_ui->casesTableView->setColumnWidth(RelayTestModel::FromColumn, 170);
    m_ui->casesTableView->setColumnWidth(RelayTestModel::ToColumn, 230);
    m_ui->casesTableView->setColumnWidth(RelayTestModel::VerdictColumn, 120);
    m_ui->progressBar->setFormat(QString());
    m_ui->problemLabel->hide();

    for (const VirtualServer &vs : std::as_const(m_config.virtualServers))
        m_ui->serverComboBox->addItem(vs.name);
    connect(m_ui->serverComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RelayTestDialog::resetSourceAddress);
    connect(m_ui->sourceLineEdit, &QLineEdit::textChanged, this, &RelayTestDialog::updateState);
    connect(m_ui->foreignDomainLineEdit, &QLineEdit::textChanged, this, &RelayTestDialog::updateState);
    connect(m_ui->runButton, &QPushButton::clicked, this, &RelayTestDialog::run);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RelayTestDialog::cancel);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &RelayTestDialog::exportInteractively);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_runner, &RelayTestRunner::caseStarted, this, [this](int index, const RelayTestCase &) {
        m_model->caseStarted(index);
        m_ui->progressBar->setFormat(tr("Case %1 of %2").arg(index + 1).arg(m_model->rowCount()));
        // Follow the running case unless the administrator picked another one to read.
        const QModelIndex current = m_ui->casesTableView->currentIndex();
        if (!current.isValid() || current.row() == index - 1)
            m_ui->casesTableView->setCurrentIndex(m_model->index(index, 0));
    });
    connect(m_runner, &RelayTestRunner::transcriptLine, m_model, &RelayTestModel::appendTranscriptLine);
    connect(m_runner, &RelayTestRunner::caseFinished, this, &RelayTestDialog::onCaseFinished);
    connect(m_runner, &RelayTestRunner::finished, this, &RelayTestDialog::onFinished);
    connect(m_model, &RelayTestModel::transcriptGrew, this, [this](int row, const TranscriptLine &line) {
        if (m_ui->casesTableView->currentIndex().row() == row)
            m_ui->transcriptPlainTextEdit->appendPlainText(transcriptToText({line}).trimmed());
    });
    connect(m_ui->casesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RelayTestDialog::showTranscript);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_ui->casesTableView->currentIndex().row() == topLeft.row()
            && m_model->state(topLeft.row()) == RelayTestModel::State::Finished)
            showTranscript();
    });
    resetSourceAddress();
}

RelayTestDialog::~RelayTestDialog()
{
    // No signal of a cancelled run may reach a half-destroyed dialog.
    m_runner->disconnect(this);
    m_runner->cancel();
}

int RelayTestDialog::serverIndex() const
{
    return m_ui->serverComboBox->currentIndex();
}

bool RelayTestDialog::setVirtualServer(const QString &name)
{
    const int index = m_config.virtualServerIndex(name);
    if (index < 0)
        return false;
    m_ui->serverComboBox->setCurrentIndex(index);
    resetSourceAddress();
    return true;
}

void RelayTestDialog::setSourceAddress(const QString &address)
{
    m_ui->sourceLineEdit->setText(address);
}

void RelayTestDialog::setForeignDomain(const QString &domain)
{
    m_ui->foreignDomainLineEdit->setText(domain);
}

void RelayTestDialog::setTimeoutSeconds(int seconds)
{
    m_timeoutSeconds = qBound(1, seconds, 3600);
}

QString RelayTestDialog::problem() const
{
    return m_problem;
}

// The default client address is the one the CLI picks: the first 127.0.0.x that connection
// control lets in and the relay list does not admit.
void RelayTestDialog::resetSourceAddress()
{
    const int index = serverIndex();
    QString text;
    if (index >= 0) {
        const RelayPolicy policy(m_config, index);
        const ServerTarget target = relayTestTarget(policy.server());
        if (target.isValid()) {
            QString why;
            const QHostAddress source = pickUnlistedLoopbackSource(policy, QHostAddress(target.host), &why);
            if (!source.isNull())
                text = source.toString();
        }
    }
    m_ui->sourceLineEdit->setText(text);
    updateState();
}

void RelayTestDialog::updateState()
{
    QString problem;
    QString warning;
    const int index = serverIndex();
    if (index < 0) {
        problem = tr("The configuration has no virtual server to test.");
    } else {
        const RelayPolicy policy(m_config, index);
        const VirtualServer &vs = policy.server();
        const QString text = m_ui->sourceLineEdit->text().trimmed();
        QHostAddress source;
        QString parseError;
        const QString domain = m_ui->foreignDomainLineEdit->text().trimmed();
        if (!relayTestTarget(vs).isValid()) {
            problem = tr("%1 has no IP address and port to test.").arg(vs.name);
        } else if (text.isEmpty()) {
            QString why;
            pickUnlistedLoopbackSource(policy, QHostAddress(relayTestTarget(vs).host), &why);
            problem = why.isEmpty() ? tr("Enter the client address to test from.")
                                    : tr("There is no client address to test from: %1").arg(why);
        } else if (!parseIpAddress(text, &source, &parseError)) {
            problem = tr("%1 is not an IPv4 or IPv6 address.").arg(text);
        } else {
            switch (relayTestSourceProblem(policy, source)) {
            case RelayTestSourceProblem::None:
                break;
            case RelayTestSourceProblem::NotLocal:
                problem = tr("%1 is not an address of this computer: the test binds it as the client's "
                             "address (any 127.x.y.z works on Linux).")
                              .arg(text);
                break;
            case RelayTestSourceProblem::Trusted:
                problem = tr("%1 is on the relay list of %2, so it may relay and the test would prove "
                             "nothing. Choose an address the relay list does not admit.")
                              .arg(source.toString(), vs.name);
                break;
            }
            if (problem.isEmpty() && relayListAdmits(policy, source))
                warning = tr("The relay restrictions of %1 let %2 relay without authenticating: expect the "
                             "relay attempts to get through.")
                              .arg(vs.name, source.toString());
        }
        if (problem.isEmpty() && !domain.isEmpty() && !Validation::isDomainName(domain))
            problem = tr("The foreign domain must be a domain name such as relaytest.invalid.");
    }
    m_problem = problem;
    const bool running = m_runner->isRunning();
    const QString shown = problem.isEmpty() ? warning : problem;
    m_ui->problemLabel->setText(shown);
    m_ui->problemLabel->setVisible(!shown.isEmpty());
    m_ui->problemLabel->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #a15c00")
                                                        : QStringLiteral("color: #b00020"));
    m_ui->runButton->setEnabled(problem.isEmpty() && !running);
    m_ui->runButton->setToolTip(running ? tr("The test is running.") : problem);
    m_ui->cancelButton->setEnabled(running);
    m_ui->serverComboBox->setEnabled(!running);
    m_ui->sourceLineEdit->setEnabled(!running);
    m_ui->foreignDomainLineEdit->setEnabled(!running);
    m_ui->exportButton->setEnabled(!running && !m_runner->report().results.isEmpty());
}

bool RelayTestDialog::run()
{
    updateState();
    if (!m_problem.isEmpty() || m_runner->isRunning())
        return false;
    QHostAddress source;
    parseIpAddress(m_ui->sourceLineEdit->text().trimmed(), &source);
    QString domain = m_ui->foreignDomainLineEdit->text().trimmed().toLower();
    if (domain.isEmpty())
        domain = RelayTestDefaultForeignDomain;
    const RelayTestPlan plan =
        planRelayTest(m_config, serverIndex(), source, domain, m_timeoutSeconds * 1000);

    m_model->setCases(plan.cases);
    m_finishedCases = 0;
    m_ui->transcriptPlainTextEdit->clear();
    m_ui->progressBar->setRange(0, int(plan.cases.size()));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setFormat(tr("Starting…"));
    m_ui->verdictLabel->setText(tr("Testing %1 on %2 port %3 from %4…")
                                    .arg(plan.header.serverName, plan.target.host)
                                    .arg(plan.target.port)
                                    .arg(source.toString()));
    m_ui->verdictLabel->setStyleSheet(QString());
    if (!m_runner->start(plan.session, plan.cases, plan.header))
        return false;
    updateState();
    return true;
}

void RelayTestDialog::cancel()
{
    m_runner->cancel();
}

bool RelayTestDialog::isRunning() const
{
    return m_runner->isRunning();
}

const RelayTestReport &RelayTestDialog::report() const
{
    return m_runner->report();
}

void RelayTestDialog::onCaseFinished(int index, const RelayTestCaseResult &result)
{
    m_model->caseFinished(index, result);
    m_ui->progressBar->setValue(++m_finishedCases);
}

void RelayTestDialog::onFinished(const RelayTestReport &report)
{
    QString text = report.summary();
    QStringList relayed;
    for (const RelayTestCaseResult &r : report.results) {
        if (r.verdict == Verdict::Relayed)
            relayed << tr("%1 (RCPT TO:<%2>)").arg(r.testCase.title, r.testCase.to);
    }
    if (!relayed.isEmpty())
        text += QLatin1Char('\n') + tr("Relayed: %1").arg(relayed.join(QStringLiteral("; ")));
    if (report.cancelled)
        text = tr("Cancelled.") + QLatin1Char(' ') + text;
    const bool bad = !relayed.isEmpty() || report.unreachable;
    m_ui->verdictLabel->setText(text);
    m_ui->verdictLabel->setStyleSheet(bad ? QStringLiteral("color: #b00020; font-weight: bold")
                                          : report.closed()
                                          ? QStringLiteral("color: #1b7f3b; font-weight: bold")
                                          : QStringLiteral("color: #a15c00; font-weight: bold"));
    m_ui->progressBar->setFormat(
        report.cancelled ? tr("Cancelled after %1 of %2").arg(report.results.size()).arg(report.plannedCases)
                         : tr("%1 of %2 cases").arg(report.results.size()).arg(report.plannedCases));
    updateState();
    emit finished(report);
}

void RelayTestDialog::showTranscript()
{
    const int row = m_ui->casesTableView->currentIndex().row();
    QString text = transcriptText(m_model->transcript(row));
    if (const auto result = m_model->result(row); result && !result->note.isEmpty())
        text += QLatin1Char('\n') + result->note;
    m_ui->transcriptPlainTextEdit->setPlainText(text);
}

bool RelayTestDialog::exportReport(const QString &path, QString *error)
{
    return m_runner->report().write(path, error);
}

void RelayTestDialog::exportInteractively()
{
    const QString suggested = m_lastExport.isEmpty()
        ? QDir::home().filePath(QStringLiteral("relay-test-report.html"))
        : m_lastExport;
    QString filter = tr("HTML report (*.html *.htm)");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Self-Test Report"), suggested,
                                     filter + QStringLiteral(";;") + tr("Text report (*.txt)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportReport(path, &error)) {
        m_ui->problemLabel->setText(tr("The report could not be written: %1").arg(error));
        m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b00020"));
        m_ui->problemLabel->setVisible(true);
        return;
    }
    m_lastExport = path;
}

} // namespace RelayDesk

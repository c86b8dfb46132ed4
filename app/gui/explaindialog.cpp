#include "explaindialog.h"

#include "accesslist.h"
#include "mailaddress.h"
#include "refusalexplainer.h"
#include "servertarget.h"
#include "smtpclient.h"
#include "ui_explaindialog.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardItemModel>

namespace RelayDesk {
namespace {

QStringList splitAddresses(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    QStringList list;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    return list;
}

} // namespace

ExplainDialog::ExplainDialog(const Config &config, int revision, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExplainDialog>())
    , m_config(config)
    , m_revision(revision)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_client(new SmtpClient(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Explain"));

    fillChoices();

    m_model->setHorizontalHeaderLabels(
        {tr("Command"), tr("Database's reply"), tr("Listener's reply"), tr("Listener agrees")});
    m_ui->decisionView->setModel(m_model);
    m_ui->decisionView->header()->setSectionResizeMode(QHeaderView::Interactive);
    const int unit = m_ui->decisionView->fontMetrics().averageCharWidth();
    m_ui->decisionView->setColumnWidth(CommandColumn, 34 * unit);
    m_ui->decisionView->setColumnWidth(DatabaseColumn, 40 * unit);
    m_ui->decisionView->setColumnWidth(ListenerColumn, 40 * unit);
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b03030;"));
    QFont bold = m_ui->verdictLabel->font();
    bold.setBold(true);
    m_ui->verdictLabel->setFont(bold);

    connect(m_ui->serverCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ExplainDialog::evaluate);
    connect(m_ui->authCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExplainDialog::evaluate);
    for (QLineEdit *edit : {m_ui->clientEdit, m_ui->clientNameEdit, m_ui->fromEdit})
        connect(edit, &QLineEdit::textChanged, this, &ExplainDialog::evaluate);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &ExplainDialog::updateButtons);
    connect(m_ui->tlsCheck, &QCheckBox::toggled, this, &ExplainDialog::evaluate);
    connect(m_ui->toEdit, &QPlainTextEdit::textChanged, this, &ExplainDialog::evaluate);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ExplainDialog::checkListener);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ExplainDialog::stopCheck);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_client, &SmtpClient::transcriptLine, m_ui->transcriptView, &TranscriptView::appendLine);
    connect(m_client, &SmtpClient::finished, this, &ExplainDialog::onProbeFinished);

    m_ui->transcriptView->hide();
    m_ui->liveLabel->hide();
    evaluate();
}

ExplainDialog::~ExplainDialog()
{
    m_client->disconnect(this);
    m_client->cancel();
}

void ExplainDialog::fillChoices()
{
    m_ui->serverCombo->clear();
    for (int i = 0; i < m_config.virtualServers.size(); ++i)
        m_ui->serverCombo->addItem(m_config.virtualServers.at(i).name, i);
    m_ui->authCombo->clear();
    m_ui->authCombo->addItem(tr("Not authenticated"), QString());
    for (const SmtpUser &user : std::as_const(m_config.smtpUsers))
        m_ui->authCombo->addItem(user.name, user.name);
}

void ExplainDialog::setConfiguration(const Config &config, int revision)
{
    // The question stays; the answer is the new revision's (a running live check is stopped by
    // setRequest(), as any edit of the question stops it).
    const ExplainRequest question = request();
    m_config = config;
    m_revision = revision;
    m_policy.reset();
    m_policyIndex = -1;
    {
        const QSignalBlocker servers(m_ui->serverCombo);
        const QSignalBlocker users(m_ui->authCombo);
        fillChoices();
    }
    setRequest(question);
}

void ExplainDialog::setRequest(const ExplainRequest &request)
{
    const int index = m_config.virtualServerIndex(request.virtualServer);
    if (index >= 0)
        m_ui->serverCombo->setCurrentIndex(m_ui->serverCombo->findData(index));
    m_ui->clientEdit->setText(request.client.isNull() ? QString() : request.client.toString());
    m_ui->clientNameEdit->setText(request.clientName);
    int user = m_ui->authCombo->findData(request.authenticatedUser);
    if (user < 0) {
        m_ui->authCombo->addItem(request.authenticatedUser, request.authenticatedUser);
        user = m_ui->authCombo->count() - 1;
    }
    m_ui->authCombo->setCurrentIndex(user);
    m_ui->tlsCheck->setChecked(request.tls);
    const QString from = unbracketedPath(request.from);
    m_ui->fromEdit->setText(from);
    QStringList to;
    for (const QString &address : request.to)
        to << unbracketedPath(address);
    m_ui->toEdit->setPlainText(to.join(QLatin1Char('\n')));
    evaluate();
}

ExplainRequest ExplainDialog::request() const
{
    ExplainRequest r;
    r.virtualServer = m_ui->serverCombo->currentText();
    parseIpAddress(m_ui->clientEdit->text().trimmed(), &r.client);
    r.clientName = m_ui->clientNameEdit->text().trimmed().toLower();
    r.authenticatedUser = m_ui->authCombo->currentData().toString();
    r.tls = m_ui->tlsCheck->isChecked();
    r.from = bracketedPath(m_ui->fromEdit->text());
    r.to = splitAddresses(m_ui->toEdit->toPlainText());
    return r;
}

const RelayPolicy *ExplainDialog::policy() const
{
    const int index = m_ui->serverCombo->currentData().toInt();
    if (index < 0 || index >= m_config.virtualServers.size())
        return nullptr;
    if (!m_policy || m_policyIndex != index) {
        m_policy = std::make_unique<RelayPolicy>(m_config, index);
        m_policyIndex = index;
    }
    return m_policy.get();
}

QString ExplainDialog::findProblem(SessionFacts *facts, QString *from, QStringList *to) const
{
    if (!policy())
        return tr("The configuration has no virtual server.");
    const ExplainRequest r = request();
    const QString client = m_ui->clientEdit->text().trimmed();
    QString error;
    if (client.isEmpty())
        return tr("Enter the client's IP address.");
    if (!parseIpAddress(client, &facts->client, &error))
        return tr("Client address: %1.").arg(error);
    facts->verifiedHostName = r.clientName;
    facts->authenticatedUser = r.authenticatedUser;
    facts->tls = r.tls;

    *from = r.from;
    if (*from != QLatin1String("<>")) {
        const MailPath path = parseReversePath(*from);
        if (!path.valid)
            return tr("From: %1 is not a valid address: %2.")
                .arg(m_ui->fromEdit->text().trimmed(), path.error);
    }
    *to = r.to;
    if (to->isEmpty())
        return tr("Enter at least one recipient in To.");
    // Invalid recipients are explained too (501 from the engine), as the listener would answer.
    return QString();
}

void ExplainDialog::evaluate()
{
    stopCheck();
    m_model->removeRows(0, m_model->rowCount());
    m_evaluation.reset();
    m_comparison = ListenerComparison();
    m_probe = SmtpClientResult();
    m_ui->transcriptView->clearTranscript();
    m_ui->transcriptView->hide();
    m_ui->liveLabel->clear();
    m_ui->liveLabel->hide();

    SessionFacts facts;
    QString from;
    QStringList to;
    m_problem = findProblem(&facts, &from, &to);
    m_ui->problemLabel->setText(m_problem);
    m_ui->problemLabel->setVisible(!m_problem.isEmpty());
    if (!m_problem.isEmpty()) {
        m_ui->verdictLabel->clear();
        updateButtons();
        return;
    }
    m_facts = facts;
    m_from = from;
    m_to = to;
    const RelayPolicy &p = *policy();
    m_evaluation = p.evaluate(facts, from, to);

    const TranscriptView *colours = m_ui->transcriptView;
    const RefusalExplainer explainer(p);
    QString firstRefusal;
    const QList<ExplainStep> steps = explainSteps(*m_evaluation, from, to);
    for (const ExplainStep &step : steps) {
        const Decision &d = step.decision;
        auto *command = new QStandardItem(step.command.isEmpty() ? tr("(connect)") : step.command);
        auto *reply = new QStandardItem(d.reply());
        reply->setForeground(colours->colorOf(d.accepted() ? TranscriptView::LineClass::Positive
                                                  : d.verdict == Decision::Verdict::TryLater
                                                  ? TranscriptView::LineClass::Transient
                                                  : TranscriptView::LineClass::Permanent));
        reply->setToolTip(explainer.sentence(facts, d));
        for (const QString &rule : d.trace)
            command->appendRow(new QStandardItem(rule));
        m_model->appendRow({command, reply, new QStandardItem(), new QStandardItem()});
        if (!d.accepted() && firstRefusal.isEmpty())
            firstRefusal = explainer.sentence(facts, d);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex parent = m_model->index(row, 0);
        for (int child = 0; child < m_model->rowCount(parent); ++child)
            m_ui->decisionView->setFirstColumnSpanned(child, parent, true);
    }
    m_ui->decisionView->expandAll();
    m_ui->verdictLabel->setText(isRefused(*m_evaluation) ? tr("Refused: %1").arg(firstRefusal)
                                                         : tr("Every recipient is accepted."));
    updateButtons();
}

void ExplainDialog::updateButtons()
{
    m_liveProblem.clear();
    const RelayPolicy *p = policy();
    if (!m_problem.isEmpty() || !m_evaluation || !p) {
        m_liveProblem = tr("Complete the question first.");
    } else if (!isBindableSourceAddress(m_facts.client)) {
        m_liveProblem =
            tr("The live check connects from the client address, so it must be an address of this "
               "computer (any 127.x.y.z works); %1 is not. The decision above does not need it.")
                .arg(m_facts.client.toString());
    } else if (!localTargetOf(p->server()).isValid()) {
        m_liveProblem = tr("%1 has no IP address and port to connect to.").arg(p->server().name);
    } else if (!m_facts.authenticatedUser.isEmpty() && m_ui->passwordEdit->text().isEmpty()) {
        m_liveProblem = tr("The live check really authenticates: enter the password of %1.")
                            .arg(m_facts.authenticatedUser);
    }
    const bool running = isChecking();
    m_ui->passwordEdit->setEnabled(!m_ui->authCombo->currentData().toString().isEmpty());
    m_ui->checkButton->setEnabled(m_liveProblem.isEmpty() && !running);
    m_ui->checkButton->setToolTip(m_liveProblem);
    m_ui->stopButton->setEnabled(running);
    if (!running && m_ui->liveLabel->text().isEmpty() && m_problem.isEmpty() && !m_liveProblem.isEmpty()) {
        m_ui->liveLabel->setText(m_liveProblem);
        m_ui->liveLabel->show();
    } else if (!running && m_liveProblem.isEmpty() && m_probe.transcript.isEmpty()) {
        m_ui->liveLabel->clear();
        m_ui->liveLabel->hide();
    }
}

bool ExplainDialog::isChecking() const
{
    return m_client->isRunning();
}

void ExplainDialog::checkListener()
{
    updateButtons();
    if (!m_liveProblem.isEmpty() || isChecking())
        return;
    const SmtpClientOptions options =
        liveCheckOptions(*policy(), m_facts, m_ui->passwordEdit->text(), m_from, m_to);
    clearListenerColumn();
    m_probe = SmtpClientResult();
    m_comparison = ListenerComparison();
    m_ui->transcriptView->clearTranscript();
    m_ui->transcriptView->show();
    m_ui->liveLabel->setText(
        tr("Checking against the listener on %1 port %2 (up to RCPT, then RSET: no message is "
           "sent)…")
            .arg(options.host)
            .arg(options.port));
    m_ui->liveLabel->show();
    m_client->start(options);
    updateButtons();
}

void ExplainDialog::stopCheck()
{
    m_client->cancel(); // emits finished() before it returns
}

void ExplainDialog::done(int result)
{
    stopCheck();
    QDialog::done(result);
}

void ExplainDialog::clearListenerColumn()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        m_model->item(row, ListenerColumn)->setText(QString());
        m_model->item(row, AgreesColumn)->setText(QString());
    }
}

void ExplainDialog::onProbeFinished(const SmtpClientResult &result)
{
    m_probe = result;
    if (!m_evaluation)
        return;
    m_comparison = compareWithListener(*m_evaluation, result, m_from, m_to);
    const TranscriptView *colours = m_ui->transcriptView;
    for (int i = 0; i < m_comparison.rows.size() && i < m_model->rowCount(); ++i) {
        const ListenerComparison::Row &row = m_comparison.rows.at(i);
        QStandardItem *listener = m_model->item(i, ListenerColumn);
        listener->setText(row.listener.isEmpty() ? tr("(no answer)") : row.listener);
        QStandardItem *agrees = m_model->item(i, AgreesColumn);
        agrees->setText(row.agrees ? tr("Yes") : tr("No"));
        agrees->setForeground(colours->colorOf(row.agrees ? TranscriptView::LineClass::Positive
                                                          : TranscriptView::LineClass::Permanent));
        QFont font = agrees->font();
        font.setBold(!row.agrees);
        agrees->setFont(font);
    }

    QString summary;
    if (result.outcome == SmtpClientResult::Outcome::Cancelled)
        summary = tr("The live check was stopped.");
    else if (!m_comparison.reached)
        summary = tr("The listener cannot be reached: %1. Is it running? The status bar shows its state.")
                      .arg(m_comparison.error);
    else if (m_comparison.agrees())
        summary = tr("The listener agrees with the database (revision %1).").arg(m_revision);
    else
        summary =
            tr("The listener disagrees with the database on %n answer(s): it enforces another revision than "
               "the database's (revision %1). Sync now, or Rebuild and restart, fixes it.",
               "", m_comparison.disagreements())
                .arg(m_revision);
    m_ui->liveLabel->setText(summary);
    m_ui->liveLabel->show();
    updateButtons();
    emit listenerCheckFinished(m_comparison);
}

} // namespace RelayDesk

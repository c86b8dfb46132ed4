#include "testsenddialog.h"

#include "accesslist.h"
#include "mailaddress.h"
#include "servertarget.h"
#include "smtpclient.h"
#include "testmessage.h"
#include "ui_testsenddialog.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>

#include <algorithm>

namespace RelayDesk {
namespace {

constexpr int OtherHost = -1;

// A 550 5.7.1 to a recipient: the relay restrictions refused, and the relay list can change that.
bool isRelayRefusal(const RefusalExplainer::Explanation &e)
{
    return e.command.startsWith(QLatin1String("RCPT")) && decisionKey(e.actual) == QLatin1String("550 5.7.1");
}

} // namespace

void TestSendDialog::fillServers()
{
    m_ui->serverCombo->clear();
    for (int i = 0; i < m_config.virtualServers.size(); ++i) {
        const VirtualServer &vs = m_config.virtualServers.at(i);
        const ServerTarget target = localTargetOf(vs);
        m_ui->serverCombo->addItem(target.isValid()
                                       ? tr("%1 (%2 port %3)").arg(vs.name, target.host).arg(target.port)
                                       : tr("%1 (no binding)").arg(vs.name),
                                   i);
    }
    m_ui->serverCombo->addItem(tr("Other host…"), OtherHost);
}

void TestSendDialog::setConfiguration(const Config &config, int revision)
{
    const int index = virtualServerIndex();
    const bool other = m_ui->serverCombo->currentData().toInt() == OtherHost;
    const QString name = index >= 0 ? m_config.virtualServers.at(index).name : QString();
    m_config = config;
    m_revision = revision;
    {
        const QSignalBlocker blocker(m_ui->serverCombo);
        fillServers();
        if (other || !setVirtualServer(name))
            m_ui->serverCombo->setCurrentIndex(other ? m_ui->serverCombo->count() - 1 : 0);
    }
    updateState();
}

TestSendDialog::TestSendDialog(const Config &config, int revision, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TestSendDialog>())
    , m_config(config)
    , m_revision(revision)
    , m_client(new SmtpClient(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Test Send"));

    fillServers();

    m_ui->securityCombo->addItem(tr("Off"), int(TlsMode::Off));
    m_ui->securityCombo->addItem(tr("STARTTLS if offered"), int(TlsMode::IfOffered));
    m_ui->securityCombo->addItem(tr("STARTTLS required"), int(TlsMode::Required));

    m_ui->subjectEdit->setText(tr("RelayDesk test message"));
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b03030;"));
    QFont bold = m_ui->verdictLabel->font();
    bold.setBold(true);
    m_ui->verdictLabel->setFont(bold);

    connect(m_ui->serverCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TestSendDialog::updateState);
    connect(m_ui->securityCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &TestSendDialog::updateState);
    connect(m_ui->portSpin, qOverload<int>(&QSpinBox::valueChanged), this, &TestSendDialog::updateState);
    for (QLineEdit *edit :
         {m_ui->hostEdit, m_ui->sourceEdit, m_ui->userEdit, m_ui->passwordEdit, m_ui->fromEdit})
        connect(edit, &QLineEdit::textChanged, this, &TestSendDialog::updateState);
    connect(m_ui->toEdit, &QPlainTextEdit::textChanged, this, &TestSendDialog::updateState);
    connect(m_ui->authCheck, &QCheckBox::toggled, this, &TestSendDialog::updateState);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &TestSendDialog::send);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &TestSendDialog::stop);
    connect(m_ui->copyButton, &QPushButton::clicked, m_ui->transcriptView, &TranscriptView::copyAll);
    connect(m_ui->explainButton, &QPushButton::clicked, this,
            [this] { emit explainRequested(explainRequest()); });
    connect(m_ui->allowRelayButton, &QPushButton::clicked, this, [this] {
        const int index = explainedServerIndex();
        if (index < 0)
            return;
        emit allowRelayRequested(index, m_config.virtualServers.at(index).name,
                                 RefusalExplainer::factsOf(m_result, m_sent).client);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_client, &SmtpClient::transcriptLine, m_ui->transcriptView, &TranscriptView::appendLine);
    connect(m_client, &SmtpClient::finished, this, &TestSendDialog::onFinished);

    m_ui->explanationLabel->hide();
    m_ui->explainButton->setEnabled(false);
    m_ui->allowRelayButton->setEnabled(false);
    m_ui->copyButton->setEnabled(false);
    updateState();
}

TestSendDialog::~TestSendDialog()
{
    m_client->disconnect(this);
    m_client->cancel();
}

bool TestSendDialog::setVirtualServer(const QString &name)
{
    const int index = m_config.virtualServerIndex(name);
    if (index < 0)
        return false;
    m_ui->serverCombo->setCurrentIndex(m_ui->serverCombo->findData(index));
    return true;
}

int TestSendDialog::virtualServerIndex() const
{
    return m_ui->serverCombo->currentData().toInt();
}

bool TestSendDialog::isRunning() const
{
    return m_client->isRunning();
}

QStringList TestSendDialog::recipients() const
{
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    QStringList list;
    const QStringList parts = m_ui->toEdit->toPlainText().split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString address = unbracketedPath(part);
        if (!address.isEmpty())
            list.append(address);
    }
    return list;
}

SmtpClientOptions TestSendDialog::options() const
{
    SmtpClientOptions o;
    const int index = virtualServerIndex();
    if (index >= 0) {
        const ServerTarget target = localTargetOf(m_config.virtualServers.at(index));
        o.host = target.host;
        o.port = target.port;
    } else {
        o.host = m_ui->hostEdit->text().trimmed();
        o.port = quint16(m_ui->portSpin->value());
    }
    parseIpAddress(m_ui->sourceEdit->text().trimmed(), &o.sourceAddress);
    o.tls = TlsMode(m_ui->securityCombo->currentData().toInt());
    o.acceptUntrustedCertificate = o.tls != TlsMode::Off && m_ui->untrustedCheck->isChecked();
    if (m_ui->authCheck->isChecked()) {
        o.user = m_ui->userEdit->text().trimmed();
        o.password = m_ui->passwordEdit->text();
    }
    o.from = unbracketedPath(m_ui->fromEdit->text());
    o.to = recipients();
    TestMessage message;
    message.from = o.from;
    message.to = o.to;
    message.subject = m_ui->subjectEdit->text();
    message.body = m_ui->bodyEdit->toPlainText();
    o.message = message.toBytes();
    return o;
}

QString TestSendDialog::findProblem(QWidget **field) const
{
    const int index = virtualServerIndex();
    if (index >= 0) {
        if (!localTargetOf(m_config.virtualServers.at(index)).isValid()) {
            *field = m_ui->serverCombo;
            return tr("%1 has no IP address and port to connect to.")
                .arg(m_config.virtualServers.at(index).name);
        }
    } else if (m_ui->hostEdit->text().trimmed().isEmpty()) {
        *field = m_ui->hostEdit;
        return tr("Enter the host name or IP address of the server.");
    }

    const QString source = m_ui->sourceEdit->text().trimmed();
    if (!source.isEmpty()) {
        *field = m_ui->sourceEdit;
        QHostAddress address;
        QString error;
        if (!parseIpAddress(source, &address, &error))
            return tr("Source address: %1.").arg(error);
        if (!isBindableSourceAddress(address))
            return tr("Source address: %1 is not an address of this computer. The test connects from the "
                      "source "
                      "address, so it must be one of this computer's (any 127.x.y.z works).")
                .arg(address.toString());
    }

    if (m_ui->authCheck->isChecked()) {
        if (m_ui->userEdit->text().trimmed().isEmpty()) {
            *field = m_ui->userEdit;
            return tr("Enter the user name to authenticate as.");
        }
        if (m_ui->passwordEdit->text().isEmpty()) {
            *field = m_ui->passwordEdit;
            return tr("Enter the password of %1.").arg(m_ui->userEdit->text().trimmed());
        }
    }

    const QString from = m_ui->fromEdit->text().trimmed();
    if (!from.isEmpty()) {
        const MailPath path = parseReversePath(bracketedPath(from));
        if (!path.valid) {
            *field = m_ui->fromEdit;
            return tr("From: %1 is not a valid address: %2.").arg(from, path.error);
        }
    }

    const QStringList to = recipients();
    *field = m_ui->toEdit;
    if (to.isEmpty())
        return tr("Enter at least one recipient in To.");
    for (const QString &address : to) {
        const MailPath path = parseForwardPath(bracketedPath(address));
        if (!path.valid)
            return tr("To: %1 is not a valid address: %2.").arg(address, path.error);
    }
    *field = nullptr;
    return QString();
}

void TestSendDialog::updateState()
{
    const bool other = virtualServerIndex() == OtherHost;
    m_ui->hostLabel->setVisible(other);
    m_ui->otherHostWidget->setVisible(other);
    m_ui->untrustedCheck->setEnabled(TlsMode(m_ui->securityCombo->currentData().toInt()) != TlsMode::Off);
    m_ui->userEdit->setEnabled(m_ui->authCheck->isChecked());
    m_ui->passwordEdit->setEnabled(m_ui->authCheck->isChecked());

    QWidget *field = nullptr;
    m_problem = findProblem(&field);
    m_ui->problemLabel->setText(m_problem);
    m_ui->problemLabel->setVisible(!m_problem.isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_ui->sourceEdit), static_cast<QWidget *>(m_ui->fromEdit),
                       static_cast<QWidget *>(m_ui->toEdit), static_cast<QWidget *>(m_ui->hostEdit)})
        w->setToolTip(w == field ? m_problem : QString());

    const bool running = isRunning();
    m_ui->sendButton->setEnabled(m_problem.isEmpty() && !running);
    m_ui->sendButton->setToolTip(m_problem);
    m_ui->stopButton->setEnabled(running);
}

void TestSendDialog::send()
{
    updateState();
    if (!m_problem.isEmpty() || isRunning())
        return;
    m_sent = options();
    const int index = virtualServerIndex();
    m_sentServer = index >= 0 ? index : localVirtualServerAt(m_config, m_sent.host, m_sent.port);
    m_result = SmtpClientResult();
    m_explanations.clear();
    m_ui->transcriptView->clearTranscript();
    m_ui->verdictLabel->setText(tr("Connecting to %1 port %2…").arg(m_sent.host).arg(m_sent.port));
    m_ui->explanationLabel->clear();
    m_ui->explanationLabel->hide();
    m_ui->explainButton->setEnabled(false);
    m_ui->allowRelayButton->setEnabled(false);
    m_ui->copyButton->setEnabled(true);
    m_client->start(m_sent);
    updateState();
}

void TestSendDialog::stop()
{
    m_client->cancel(); // emits finished() before it returns
}

void TestSendDialog::done(int result)
{
    stop();
    QDialog::done(result);
}

AccessEntry TestSendDialog::relayEntryFor(const QHostAddress &client)
{
    AccessEntry entry;
    entry.type = AccessEntryType::Single;
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4);
    entry.address = (isV4 ? QHostAddress(v4) : client).toString();
    entry.comment = tr("Allowed after a test send");
    return entry;
}

int TestSendDialog::explainedServerIndex() const
{
    return m_sentServer;
}

ExplainRequest TestSendDialog::explainRequest() const
{
    ExplainRequest request;
    const SessionFacts facts = RefusalExplainer::factsOf(m_result, m_sent);
    if (m_sentServer >= 0)
        request.virtualServer = m_config.virtualServers.at(m_sentServer).name;
    request.client = facts.client;
    request.authenticatedUser = facts.authenticatedUser;
    request.tls = facts.tls;
    request.from = bracketedPath(m_sent.from);
    request.to = m_sent.to;
    return request;
}

void TestSendDialog::onFinished(const SmtpClientResult &result)
{
    m_result = result;
    QStringList lines{result.verdictText()};
    if (result.outcome != SmtpClientResult::Outcome::Failed
        && result.outcome != SmtpClientResult::Outcome::Cancelled) {
        for (const SmtpClientResult::Recipient &r : result.recipients) {
            if (r.reply.isValid())
                lines << (r.accepted() ? tr("Accepted <%1>: %2") : tr("Refused <%1>: %2"))
                             .arg(r.address, replyToString(r.reply));
        }
    }
    m_ui->verdictLabel->setText(lines.join(QLatin1Char('\n')));

    m_explanations.clear();
    if (m_sentServer >= 0 && result.outcome != SmtpClientResult::Outcome::Failed
        && result.outcome != SmtpClientResult::Outcome::Cancelled) {
        const RelayPolicy policy(m_config, m_sentServer);
        m_explanations = RefusalExplainer(policy).explain(result, m_sent);
    }
    QStringList sentences;
    for (const RefusalExplainer::Explanation &e : std::as_const(m_explanations)) {
        if (e.agrees)
            sentences << tr("%1: %2").arg(e.command, e.sentence);
        else
            sentences
                << tr("%1: the server answered %2, but the database (revision %3) says: %4. The listener "
                      "enforces another revision than the database; Sync now or Rebuild and restart fixes "
                      "it.")
                       .arg(e.command, e.actual.isEmpty() ? tr("nothing") : e.actual)
                       .arg(m_revision)
                       .arg(e.sentence);
    }
    const bool refused = std::any_of(m_explanations.cbegin(), m_explanations.cend(),
                                     [](const RefusalExplainer::Explanation &e) {
                                         return !decisionKey(e.actual).startsWith(QLatin1Char('2'));
                                     });
    if (m_sentServer < 0
        && (result.outcome == SmtpClientResult::Outcome::Refused || !result.allRecipientsAccepted())
        && result.outcome != SmtpClientResult::Outcome::Failed
        && result.outcome != SmtpClientResult::Outcome::Cancelled)
        sentences << tr(
            "The server is not a virtual server of this configuration, so its reasons are its own: see "
            "its replies above.");
    m_ui->explanationLabel->setText(sentences.join(QLatin1Char('\n')));
    m_ui->explanationLabel->setVisible(!sentences.isEmpty());
    m_ui->explainButton->setEnabled(refused);
    m_ui->allowRelayButton->setEnabled(
        refused && std::any_of(m_explanations.cbegin(), m_explanations.cend(), isRelayRefusal));
    updateState();
    emit finished(result);
}

} // namespace RelayDesk

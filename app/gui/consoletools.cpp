#include "consoletools.h"

#include "consoleeditor.h"
#include "explaindialog.h"
#include "explainenvelope.h"
#include "icons.h"
#include "logviewerdialog.h"
#include "logviewermodels.h"
#include "relaytestdialog.h"
#include "testsenddialog.h"

#include <QAction>
#include <QHostAddress>
#include <QMenu>

namespace RelayDesk {

namespace {

// Non-modal tool windows are freed when closed.
template <typename Dialog>
Dialog *showTool(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace

ConsoleTools::ConsoleTools(const ConsoleSnapshot *snapshot, ConsoleEditor *editor, QWidget *window)
    : QObject(window)
    , m_snapshot(snapshot)
    , m_editor(editor)
    , m_window(window)
    , m_testSend(new QAction(Icons::icon(QStringLiteral("tools")), tr("&Test Send…"), this))
    , m_explain(new QAction(Icons::icon(QStringLiteral("tools")), tr("&Explain…"), this))
    , m_selfTest(new QAction(Icons::icon(QStringLiteral("tools")), tr("Open &Relay Self-Test…"), this))
    , m_protocolLog(new QAction(Icons::icon(QStringLiteral("tools")), tr("&Protocol Log…"), this))
{
    m_testSend->setObjectName(QStringLiteral("testSendAction"));
    m_explain->setObjectName(QStringLiteral("explainAction"));
    m_selfTest->setObjectName(QStringLiteral("selfTestAction"));
    m_protocolLog->setObjectName(QStringLiteral("protocolLogAction"));
    m_testSend->setStatusTip(
        tr("Send a test message through a virtual server and watch the SMTP conversation."));
    m_explain->setStatusTip(
        tr("Ask why a client, sender and recipient would be relayed or refused, rule by rule."));
    m_selfTest->setStatusTip(tr("Try the usual open-relay tricks against a virtual server."));
    m_protocolLog->setStatusTip(tr("Read the listener's protocol and event logs as they grow."));
    connect(m_testSend, &QAction::triggered, this, [this] { openTestSend(); });
    connect(m_explain, &QAction::triggered, this, [this] { openExplain(); });
    connect(m_selfTest, &QAction::triggered, this, [this] { openSelfTest(); });
    connect(m_protocolLog, &QAction::triggered, this, [this] { openProtocolLog(); });
}

ConsoleTools::~ConsoleTools() = default;

QAction *ConsoleTools::actionFor(ConsoleNode::Kind kind) const
{
    switch (kind) {
    case ConsoleNode::Kind::ToolTestSend:
        return m_testSend;
    case ConsoleNode::Kind::ToolExplain:
        return m_explain;
    case ConsoleNode::Kind::ToolSelfTest:
        return m_selfTest;
    case ConsoleNode::Kind::ToolProtocolLog:
        return m_protocolLog;
    default:
        return nullptr;
    }
}

void ConsoleTools::fillContextMenu(QMenu *menu) const
{
    if (m_virtualServer.isEmpty())
        return;
    menu->addSeparator();
    menu->addActions({m_testSend, m_selfTest, m_protocolLog});
}

void ConsoleTools::configurationChanged()
{
    if (m_testSendDialog)
        m_testSendDialog->setConfiguration(m_snapshot->config, m_snapshot->revision);
    if (m_explainDialog)
        m_explainDialog->setConfiguration(m_snapshot->config, m_snapshot->revision);
}

TestSendDialog *ConsoleTools::openTestSend()
{
    if (!m_testSendDialog) {
        m_testSendDialog = new TestSendDialog(m_snapshot->config, m_snapshot->revision, m_window);
        connect(m_testSendDialog, &TestSendDialog::explainRequested, this,
                [this](const ExplainRequest &request) { openExplain(request); });
        connect(m_testSendDialog, &TestSendDialog::allowRelayRequested, this,
                [this](int, const QString &name, const QHostAddress &client) { allowRelay(name, client); });
    }
    if (!m_virtualServer.isEmpty() && !m_testSendDialog->isRunning())
        m_testSendDialog->setVirtualServer(m_virtualServer);
    return showTool(m_testSendDialog.data());
}

ExplainDialog *ConsoleTools::openExplain()
{
    const bool opened = !m_explainDialog;
    if (opened)
        m_explainDialog = new ExplainDialog(m_snapshot->config, m_snapshot->revision, m_window);
    if (opened && !m_virtualServer.isEmpty()) {
        ExplainRequest request = m_explainDialog->request();
        request.virtualServer = m_virtualServer;
        m_explainDialog->setRequest(request);
    }
    return showTool(m_explainDialog.data());
}

ExplainDialog *ConsoleTools::openExplain(const ExplainRequest &request)
{
    if (!m_explainDialog)
        m_explainDialog = new ExplainDialog(m_snapshot->config, m_snapshot->revision, m_window);
    m_explainDialog->setRequest(request);
    return showTool(m_explainDialog.data());
}

RelayTestDialog *ConsoleTools::openSelfTest()
{
    // The self-test takes the configuration it was opened with; closed and opened again, it
    // takes the current one.
    if (!m_selfTestDialog)
        m_selfTestDialog = new RelayTestDialog(m_snapshot->config, m_snapshot->dataDir, m_window);
    if (!m_virtualServer.isEmpty() && !m_selfTestDialog->isRunning())
        m_selfTestDialog->setVirtualServer(m_virtualServer);
    return showTool(m_selfTestDialog.data());
}

LogViewerDialog *ConsoleTools::openProtocolLog()
{
    if (m_logDialog)
        return showTool(m_logDialog.data());
    m_logDialog = new LogViewerDialog(m_snapshot->config, m_snapshot->dataDir, m_window);
    if (!m_virtualServer.isEmpty())
        m_logDialog->setVirtualServerFilter(m_virtualServer);
    connect(m_logDialog, &LogViewerDialog::explainRequested, this,
            [this](const RefusedRelayEnvelope &envelope) {
                ExplainRequest request;
                request.virtualServer = envelope.virtualServer;
                request.client = QHostAddress(envelope.client);
                request.authenticatedUser = envelope.user;
                request.tls = envelope.tls;
                request.from = envelope.sender;
                request.to = QStringList{envelope.recipient};
                openExplain(request);
            });
    return showTool(m_logDialog.data());
}

void ConsoleTools::allowRelay(const QString &virtualServer, const QHostAddress &client)
{
    m_editor->allowRelay(virtualServer, TestSendDialog::relayEntryFor(client));
}

} // namespace RelayDesk

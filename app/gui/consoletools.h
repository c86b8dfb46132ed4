#pragma once

#include "consolenode.h"
#include "consolesnapshot.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QHostAddress;
class QMenu;
class QWidget;

namespace RelayDesk {

class ConsoleEditor;
class ExplainDialog;
class LogViewerDialog;
class RelayTestDialog;
class TestSendDialog;
struct ExplainRequest;

// The console's Tools (DESIGN.md): Test Send, Explain, Open Relay Self-Test and Protocol Log, from
// the Tools menu, the Tools nodes of the tree and a virtual server's context menu. Each opens its
// non-modal dialog on the configuration the console shows at that moment. The tools lead into
// each other: Test Send's Explain and the log's Explain… open Explain with the envelope filled in;
// Test Send's "Allow this computer to relay…" opens the virtual server's Relay Restrictions with
// the address in Add… (nothing changes until the administrator applies).
class ConsoleTools final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleTools)

public:
    // snapshot: what the window shows (read when a tool opens); editor: opens the property sheets.
    ConsoleTools(const ConsoleSnapshot *snapshot, ConsoleEditor *editor, QWidget *window);
    ~ConsoleTools() override;

    QAction *testSendAction() const { return m_testSend; }
    QAction *explainAction() const { return m_explain; }
    QAction *selfTestAction() const { return m_selfTest; }
    QAction *protocolLogAction() const { return m_protocolLog; }
    QList<QAction *> actions() const { return {m_testSend, m_explain, m_selfTest, m_protocolLog}; }

    // The tool node of the tree: its action, or null for another node.
    QAction *actionFor(ConsoleNode::Kind kind) const;
    // The virtual server the selection stands for (empty: none); the tools open on it.
    void setVirtualServer(const QString &name) { m_virtualServer = name; }
    // Adds the tools that act on the selected virtual server to its context menu.
    void fillContextMenu(QMenu *menu) const;

    // The window read a new revision: the open Test Send and Explain answer from it.
    void configurationChanged();

    // Open the tools (what the actions do): each tool has one window, raised when it is open
    // already. The dialog is returned for tests.
    TestSendDialog *openTestSend();
    ExplainDialog *openExplain();
    ExplainDialog *openExplain(const ExplainRequest &request);
    RelayTestDialog *openSelfTest();
    LogViewerDialog *openProtocolLog();

private:
    void allowRelay(const QString &virtualServer, const QHostAddress &client);

    const ConsoleSnapshot *m_snapshot;
    ConsoleEditor *m_editor;
    QWidget *m_window;
    QString m_virtualServer;
    QAction *m_testSend;
    QAction *m_explain;
    QAction *m_selfTest;
    QAction *m_protocolLog;
    QPointer<TestSendDialog> m_testSendDialog;
    QPointer<ExplainDialog> m_explainDialog;
    QPointer<RelayTestDialog> m_selfTestDialog;
    QPointer<LogViewerDialog> m_logDialog;
};

} // namespace RelayDesk

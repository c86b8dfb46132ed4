// The console's Tools from the main window: the Tools menu and the Tools nodes open each tool, a
// virtual server's context menu opens them on that server, and the tools lead into each other —
// Test Send's "Allow this computer to relay…" ends in the property sheet (nothing is written
// until Apply), the log's Explain… opens Explain with the envelope filled in.
#include "accessentrydialog.h"
#include "accesslistdialog.h"
#include "configstore.h"
#include "consoledetails.h"
#include "consolenodes.h"
#include "consoletools.h"
#include "consoletreemodel.h"
#include "detailsmodel.h"
#include "dialogrunner.h"
#include "explaindialog.h"
#include "explainenvelope.h"
#include "logviewerdialog.h"
#include "logviewermodels.h"
#include "mainwindow.h"
#include "relaytestdialog.h"
#include "testsenddialog.h"
#include "virtualserverproperties.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace RelayDesk;
using Kind = ConsoleNode::Kind;
using TestSupport::findNode;

namespace {

const QString VsName = QStringLiteral("Default SMTP Virtual Server");

// The visible top-level windows of class T.
template <typename T>
QList<T *> openWindows()
{
    QList<T *> found;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<T *>(widget); window && window->isVisible())
            found << window;
    }
    return found;
}

void closeTools()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget) && widget->isVisible())
            widget->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class TestConsoleTools : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void toolsMenuHoldsEveryTool();
    void treeAndDetailsOpenEachTool_data();
    void treeAndDetailsOpenEachTool();
    void openToolsFollowTheConfiguration();
    void virtualServerContextMenuOpensToolsOnIt();
    void allowRelayEndsInThePropertySheet();
    void allowRelayCancelledChangesNothing();
    void logExplainOpensExplainFilledIn();

private:
    QTreeView *tree() const { return m_window->findChild<QTreeView *>(QStringLiteral("consoleTreeView")); }
    QTableView *details() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("detailsTableView"));
    }
    void select(Kind kind)
    {
        const QModelIndex index = findNode(tree()->model(), kind);
        QVERIFY(index.isValid());
        tree()->setCurrentIndex(index);
    }
    // Runs Allow for 127.0.0.9 from a Test Send dialog; `applySheet` decides OK or Cancel in the
    // property sheet. Returns the store's revision seen while the sheet was open.
    int allowRelay(bool applySheet, QString *shownAddress);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_order; // the dialogs allowRelay() saw, in order
};

void TestConsoleTools::init()
{
    qputenv("RELAYDESK_NO_LISTENER", "1");
    DialogRunner::setHook({});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ConfigStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_store.get(), m_dir->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConsoleTools::cleanup()
{
    DialogRunner::setHook({});
    closeTools();
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

void TestConsoleTools::toolsMenuHoldsEveryTool()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("toolsMenu"));
    QVERIFY(menu);
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    QStringList names;
    for (QAction *action : menu->actions())
        names << action->objectName();
    QCOMPARE(names,
             (QStringList{QStringLiteral("testSendAction"), QStringLiteral("explainAction"),
                          QStringLiteral("selfTestAction"), QStringLiteral("protocolLogAction")}));
    for (QAction *action : menu->actions())
        QVERIFY2(action->isEnabled(), qPrintable(action->text()));
}

void TestConsoleTools::treeAndDetailsOpenEachTool_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("Test Send") << int(Kind::ToolTestSend);
    QTest::newRow("Explain") << int(Kind::ToolExplain);
    QTest::newRow("Open Relay Self-Test") << int(Kind::ToolSelfTest);
    QTest::newRow("Protocol Log") << int(Kind::ToolProtocolLog);
}

void TestConsoleTools::treeAndDetailsOpenEachTool()
{
    QFETCH(int, kind);
    const auto tool = static_cast<Kind>(kind);
    const auto countOpen = [tool] {
        switch (tool) {
        case Kind::ToolTestSend:
            return openWindows<TestSendDialog>().size();
        case Kind::ToolExplain:
            return openWindows<ExplainDialog>().size();
        case Kind::ToolSelfTest:
            return openWindows<RelayTestDialog>().size();
        default:
            return openWindows<LogViewerDialog>().size();
        }
    };
    QCOMPARE(countOpen(), 0);

    // Enter on the tool's node in the tree.
    select(tool);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(countOpen(), 1, 5000);

    // Each tool has one window: opened again, it is the same one.
    select(tool);
    QTest::keyClick(tree(), Qt::Key_Return);
    QCOMPARE(countOpen(), 1);
    closeTools();
    QTRY_COMPARE_WITH_TIMEOUT(countOpen(), 0, 5000);

    // A double-click on its row in the details list of the Tools node.
    select(Kind::Tools);
    QAbstractItemModel *model = details()->model();
    QModelIndex row;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (ConsoleDetails::toolOfKey(model->index(r, 0).data(DetailsModel::KeyRole).toString()) == tool)
            row = model->index(r, 0);
    }
    QVERIFY(row.isValid());
    const QRect rect = details()->visualRect(row);
    QTest::mouseClick(details()->viewport(), Qt::LeftButton, {},
                      rect.center()); // a double-click follows a press
    QTest::mouseDClick(details()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE_WITH_TIMEOUT(countOpen(), 1, 5000);
}

void TestConsoleTools::openToolsFollowTheConfiguration()
{
    TestSendDialog *send = m_window->tools()->openTestSend();
    ExplainDialog *explain = m_window->tools()->openExplain();
    const QString partner = QStringLiteral("Partner Relay");
    QVERIFY(!send->setVirtualServer(partner));

    // Another program adds a virtual server; the window reads the new revision.
    Config config;
    int base = 0;
    QString error;
    QVERIFY(m_store->load(&config, &base, &error));
    VirtualServer second = config.virtualServers[0];
    second.name = partner;
    second.bindings = {Binding{QStringLiteral("127.0.0.1"), 2626}};
    config.virtualServers << second;
    int revision = 0;
    QCOMPARE(m_store->commit(config, base, {}, &revision, &error), ConfigStore::Result::Ok);
    m_window->refresh();

    QVERIFY(send->setVirtualServer(partner));
    QCOMPARE(send->options().port, quint16(2626));
    ExplainRequest request = explain->request();
    request.virtualServer = partner;
    explain->setRequest(request);
    QCOMPARE(explain->request().virtualServer, partner);
}

void TestConsoleTools::virtualServerContextMenuOpensToolsOnIt()
{
    // With a second virtual server, "on it" is not the same as "the first".
    Config config;
    int base = 0;
    QString error;
    QVERIFY(m_store->load(&config, &base, &error));
    VirtualServer second = config.virtualServers[0];
    second.name = QStringLiteral("Partner Relay");
    second.bindings = {Binding{QStringLiteral("127.0.0.1"), 2626}};
    config.virtualServers << second;
    int revision = 0;
    QCOMPARE(m_store->commit(config, base, {}, &revision, &error), ConfigStore::Result::Ok);
    m_window->refresh();

    const QModelIndex node = [&] {
        QModelIndex index = findNode(tree()->model(), Kind::VirtualServer);
        while (index.isValid() && ConsoleTreeModel::nodeAt(index).key != second.name)
            index = index.siblingAtRow(index.row() + 1);
        return index;
    }();
    QVERIFY(node.isValid());
    tree()->setCurrentIndex(node);

    QMenu menu;
    m_window->tools()->fillContextMenu(&menu);
    QVERIFY(menu.actions().contains(m_window->tools()->testSendAction()));
    QVERIFY(menu.actions().contains(m_window->tools()->selfTestAction()));

    TestSendDialog *send = m_window->tools()->openTestSend();
    QCOMPARE(send->virtualServerIndex(), 1);
    QCOMPARE(send->options().port, quint16(2626));

    // Elsewhere in the tree the context menu has no virtual server's tools.
    select(Kind::History);
    QMenu other;
    m_window->tools()->fillContextMenu(&other);
    QVERIFY(!other.actions().contains(m_window->tools()->testSendAction()));
}

int TestConsoleTools::allowRelay(bool applySheet, QString *shownAddress)
{
    int revisionWhileOpen = -1;
    QStringList order;
    DialogRunner::setHook([&](QDialog &dialog) {
        if (auto *entry = qobject_cast<AccessEntryDialog *>(&dialog)) {
            order << QStringLiteral("add");
            *shownAddress = entry->findChild<QLineEdit *>(QStringLiteral("addressEdit"))->text();
            return int(QDialog::Accepted);
        }
        if (qobject_cast<AccessListDialog *>(&dialog)) {
            order << QStringLiteral("list");
            return int(QDialog::Accepted);
        }
        if (qobject_cast<VirtualServerProperties *>(&dialog)) {
            order << QStringLiteral("sheet");
            revisionWhileOpen = m_store->revision();
            auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
            QTest::mouseClick(box->button(applySheet ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel),
                              Qt::LeftButton);
            return dialog.result();
        }
        return int(QDialog::Rejected);
    });
    TestSendDialog *send = m_window->tools()->openTestSend();
    emit send->allowRelayRequested(0, VsName, QHostAddress(QStringLiteral("127.0.0.9")));
    m_order = order;
    return revisionWhileOpen;
}

void TestConsoleTools::allowRelayEndsInThePropertySheet()
{
    const int before = m_store->revision();
    QString shown;
    QCOMPARE(allowRelay(true, &shown), before); // nothing written while the sheet is open
    QCOMPARE(shown, QStringLiteral("127.0.0.9"));
    // Add… (filled in) over the list, then the sheet with Apply lit: then OK writes one revision.
    QCOMPARE(m_order, (QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("sheet")}));
    QCOMPARE(m_store->revision(), before + 1);
    Config config;
    int revision = 0;
    QString error;
    QVERIFY(m_store->load(&config, &revision, &error));
    const QList<AccessEntry> entries = config.virtualServers[0].relayRestrictions.entries;
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const AccessEntry &e) {
        return e.type == AccessEntryType::Single && e.address == QLatin1String("127.0.0.9");
    }));
}

void TestConsoleTools::allowRelayCancelledChangesNothing()
{
    Config before;
    int revision = 0;
    QString error;
    QVERIFY(m_store->load(&before, &revision, &error));
    QString shown;
    QCOMPARE(allowRelay(false, &shown), revision);
    QCOMPARE(shown, QStringLiteral("127.0.0.9"));
    Config after;
    int revisionAfter = 0;
    QVERIFY(m_store->load(&after, &revisionAfter, &error));
    QCOMPARE(revisionAfter, revision);
    QVERIFY(after == before);
}

void TestConsoleTools::logExplainOpensExplainFilledIn()
{
    LogViewerDialog *log = m_window->tools()->openProtocolLog();
    QVERIFY(log->isVisible());
    QCOMPARE(openWindows<ExplainDialog>().size(), 0);
    RefusedRelayEnvelope envelope;
    envelope.virtualServer = VsName;
    envelope.client = QStringLiteral("10.20.0.77");
    envelope.sender = QStringLiteral("app@corp.example");
    envelope.recipient = QStringLiteral("someone@foreign.example");
    emit log->explainRequested(envelope);
    const QList<ExplainDialog *> explain = openWindows<ExplainDialog>();
    QCOMPARE(explain.size(), 1);
    ExplainRequest request = explain.constFirst()->request();
    QCOMPARE(request.virtualServer, VsName);
    QCOMPARE(request.client, QHostAddress(QStringLiteral("10.20.0.77")));
    QCOMPARE(request.from.remove(QLatin1Char('<')).remove(QLatin1Char('>')), envelope.sender);
    QCOMPARE(request.to, QStringList{envelope.recipient});
    QVERIFY(request.authenticatedUser.isEmpty());
    QVERIFY(!request.tls);
}

QTEST_MAIN(TestConsoleTools)
#include "tst_consoletools.moc"

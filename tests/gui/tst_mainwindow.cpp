#include "configjson.h"
#include "configstore.h"
#include "consoletreemodel.h"
#include "detailsmodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace RelayDesk;
using Kind = ConsoleNode::Kind;

namespace {

const QString ExampleHash = QStringLiteral(
    "pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0$0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");

// Every string a model holds: display texts, tooltips, header texts, custom roles.
QStringList allStrings(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList strings;
    if (!parent.isValid()) {
        for (int column = 0; column < model->columnCount(); ++column) {
            strings << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()
                    << model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        }
    }
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                             int(Qt::WhatsThisRole), int(Qt::AccessibleTextRole)})
                strings << index.data(role).toString();
            for (int role = Qt::UserRole; role < Qt::UserRole + 8; ++role)
                strings << index.data(role).toString();
            if (column == 0 && model->hasChildren(index))
                strings << allStrings(model, index);
        }
    }
    return strings;
}

QStringList rowTexts(const QAbstractItemModel *model, int row)
{
    QStringList cells;
    for (int column = 0; column < model->columnCount(); ++column)
        cells << model->index(row, column).data().toString();
    return cells;
}

// The row of the details model whose cells contain every one of `parts` (-1: none).
int rowContaining(const QAbstractItemModel *model, const QStringList &parts)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString line = rowTexts(model, row).join(QLatin1Char('\t'));
        if (std::all_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return line.contains(p); }))
            return row;
    }
    return -1;
}

QModelIndex findNode(const QAbstractItemModel *model, Kind kind, const QString &key = {},
                     const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        const ConsoleNode node = ConsoleTreeModel::nodeAt(index);
        if (node.kind == kind && (key.isEmpty() || node.key == key))
            return index;
        const QModelIndex found = findNode(model, kind, key, index);
        if (found.isValid())
            return found;
    }
    return {};
}

QList<QModelIndex> allNodes(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QList<QModelIndex> nodes;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        nodes << index << allNodes(model, index);
    }
    return nodes;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void treeHasTheConsoleStructure();
    void virtualServerNodeAndDisabledMark();
    void recipientPoliciesDetails();
    void policyNodeListsAddressSpaces();
    void recipientsDetails();
    void smtpUsersDetailsNeverShowTheHash();
    void smtpProtocolListsVirtualServers();
    void virtualServerDetails();
    void historyDetails();
    void liveListsSayTheListenerIsNotContacted();
    void statusBarShowsRevisionAndDataDir();
    void openRelayBanner();
    void refreshPicksUpAnotherProgramsChange();
    void refreshFallsBackToTheParentOfARemovedNode();
    void modelsPassTheTester();
    void keyboardNavigation();
    void windowStateIsRemembered();

private:
    QTreeView *tree() const { return m_window->findChild<QTreeView *>(QStringLiteral("consoleTreeView")); }
    QTableView *table() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("detailsTableView"));
    }
    QAbstractItemModel *treeModel() const { return tree()->model(); }
    QAbstractItemModel *details() const { return table()->model(); }
    QLabel *label(const char *name) const { return m_window->findChild<QLabel *>(QLatin1String(name)); }
    QAbstractItemModel *select(Kind kind, const QString &key = {});
    void commitFromAnotherProgram(const Config &config);
    void newWindow();

    Config m_example;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    int m_revision = -1;
};

void TestMainWindow::initTestCase()
{
    const QString path =
        qEnvironmentVariable("RELAYDESK_SHARED_DIR") + QStringLiteral("/contract/config-v1.example.json");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(file.readAll(), &m_example, &problems));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ConfigStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error, true),
             qPrintable(error));
    QList<Problem> problems;
    const auto result = m_store->commit(m_example, m_store->revision(),
                                        {QStringLiteral("test"), QStringLiteral("import"), {}}, &m_revision,
                                        &error, &problems);
    QVERIFY2(result == ConfigStore::Result::Ok, qPrintable(error));
    newWindow();
}

void TestMainWindow::newWindow()
{
    m_window = std::make_unique<MainWindow>(m_store.get(), m_dir->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

QAbstractItemModel *TestMainWindow::select(Kind kind, const QString &key)
{
    const QModelIndex index = findNode(treeModel(), kind, key);
    if (!index.isValid())
        return nullptr;
    tree()->setCurrentIndex(index);
    return details();
}

void TestMainWindow::commitFromAnotherProgram(const Config &config)
{
    ConfigStore other;
    QString error;
    QVERIFY2(other.open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error, false),
             qPrintable(error));
    int revision = -1;
    const auto result =
        other.commit(config, other.revision(),
                     {QStringLiteral("tst_mainwindow"), QStringLiteral("change"), {}}, &revision, &error);
    QVERIFY2(result == ConfigStore::Result::Ok, qPrintable(error));
    m_revision = revision;
}

void TestMainWindow::treeHasTheConsoleStructure()
{
    const QAbstractItemModel *model = treeModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex root = model->index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("RelayDesk (First Organization)"));
    QStringList top;
    for (int row = 0; row < model->rowCount(root); ++row)
        top << model->index(row, 0, root).data().toString();
    QCOMPARE(top,
             QStringList({QStringLiteral("Recipient Policies"), QStringLiteral("Recipients"),
                          QStringLiteral("SMTP Users"), QStringLiteral("Servers"), QStringLiteral("Tools"),
                          QStringLiteral("History")}));

    const QModelIndex servers = model->index(3, 0, root);
    QCOMPARE(model->rowCount(servers), 1);
    const QModelIndex host = model->index(0, 0, servers);
    QCOMPARE(host.data().toString(), QSysInfo::machineHostName());
    QCOMPARE(model->rowCount(host), 2);
    QCOMPARE(model->index(0, 0, host).data().toString(), QStringLiteral("Queues"));
    const QModelIndex protocols = model->index(1, 0, host);
    QCOMPARE(protocols.data().toString(), QStringLiteral("Protocols"));
    QCOMPARE(model->rowCount(protocols), 1);
    QCOMPARE(model->index(0, 0, protocols).data().toString(), QStringLiteral("SMTP"));

    const QModelIndex tools = model->index(4, 0, root);
    QStringList toolNames;
    for (int row = 0; row < model->rowCount(tools); ++row) {
        toolNames << model->index(row, 0, tools).data().toString();
        QVERIFY(!model->hasChildren(model->index(row, 0, tools)));
    }
    QCOMPARE(toolNames,
             QStringList({QStringLiteral("Test Send"), QStringLiteral("Explain"),
                          QStringLiteral("Open Relay Self-Test"), QStringLiteral("Protocol Log")}));
    QCOMPARE(model->rowCount(model->index(0, 0, root)), 1); // the one recipient policy
    QCOMPARE(model->index(0, 0, model->index(0, 0, root)).data().toString(),
             QStringLiteral("Default Policy"));

    // The first view: the root selected, the virtual servers in view.
    QCOMPARE(tree()->currentIndex(), root);
    QVERIFY(tree()->isExpanded(model->index(0, 0, protocols)));
}

void TestMainWindow::virtualServerNodeAndDisabledMark()
{
    const QString name = QStringLiteral("Default SMTP Virtual Server");
    const QModelIndex vs = findNode(treeModel(), Kind::VirtualServer, name);
    QVERIFY(vs.isValid());
    QCOMPARE(vs.data().toString(), name);
    QCOMPARE(vs.parent().data().toString(), QStringLiteral("SMTP"));
    QCOMPARE(treeModel()->rowCount(vs), 1);
    QCOMPARE(treeModel()->index(0, 0, vs).data().toString(), QStringLiteral("Current Sessions"));

    Config config = m_example;
    config.virtualServers[0].enabled = false;
    commitFromAnotherProgram(config);
    m_window->refresh();
    const QModelIndex disabled = findNode(treeModel(), Kind::VirtualServer, name);
    QVERIFY(disabled.isValid());
    QCOMPARE(disabled.data().toString(), name + QStringLiteral(" (disabled)"));
}

void TestMainWindow::recipientPoliciesDetails()
{
    const QAbstractItemModel *model = select(Kind::RecipientPolicies);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 1);
    const QStringList row = rowTexts(model, 0);
    QCOMPARE(row.at(0), QStringLiteral("Default Policy"));
    QVERIFY2(row.at(3).contains(QStringLiteral("@corp.example (primary)")), qPrintable(row.join(u'|')));
    QVERIFY(row.at(3).contains(QStringLiteral("@legacy.corp.example")));
    QCOMPARE(row.at(4), QStringLiteral("Partly (1 of 2)"));
    QCOMPARE(label("detailsTitleLabel")->text(), QStringLiteral("Recipient Policies"));
}

void TestMainWindow::policyNodeListsAddressSpaces()
{
    const QAbstractItemModel *model = select(Kind::RecipientPolicy, QStringLiteral("Default Policy"));
    QVERIFY(model);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Authoritative"));
    QVERIFY(model->headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("This organization is responsible")));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(rowTexts(model, 0),
             QStringList({QStringLiteral("SMTP"), QStringLiteral("@corp.example"), QStringLiteral("Yes"),
                          QStringLiteral("Yes")}));
    QCOMPARE(rowTexts(model, 1),
             QStringList({QStringLiteral("SMTP"), QStringLiteral("@legacy.corp.example"),
                          QStringLiteral("No"), QString()}));
}

void TestMainWindow::recipientsDetails()
{
    const QAbstractItemModel *model = select(Kind::Recipients);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(rowTexts(model, 0),
             QStringList({QStringLiteral("alice@corp.example"), QStringLiteral("Alice Example"), QString()}));
    QCOMPARE(rowTexts(model, 1),
             QStringList(
                 {QStringLiteral("helpdesk@corp.example"), QString(), QStringLiteral("alice@corp.example")}));
}

void TestMainWindow::smtpUsersDetailsNeverShowTheHash()
{
    const QAbstractItemModel *model = select(Kind::SmtpUsers);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(rowTexts(model, 0),
             QStringList({QStringLiteral("crm-app"), QStringLiteral("Yes"), QStringLiteral("Yes")}));

    // Neither the hash nor a recognisable part of it, in any node's details or in the tree.
    const QStringList secrets = {ExampleHash, QStringLiteral("c2FsdHNhbHRzYWx0"),
                                 QStringLiteral("0123456789abcdef0123"), QStringLiteral("pbkdf2")};
    const auto check = [&](const QAbstractItemModel *m, const QString &where) {
        const QString all = allStrings(m).join(QLatin1Char('\n'));
        for (const QString &secret : secrets)
            QVERIFY2(!all.contains(secret), qPrintable(where + QStringLiteral(" shows ") + secret));
    };
    check(treeModel(), QStringLiteral("the console tree"));
    for (const QModelIndex &node : allNodes(treeModel())) {
        tree()->setCurrentIndex(node);
        check(details(), node.data().toString());
    }
}

void TestMainWindow::smtpProtocolListsVirtualServers()
{
    const QAbstractItemModel *model = select(Kind::Smtp);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 1);
    const QStringList row = rowTexts(model, 0);
    QCOMPARE(row.mid(0, 4),
             QStringList({QStringLiteral("Default SMTP Virtual Server"), QStringLiteral("Enabled"),
                          QStringLiteral("127.0.0.1"), QStringLiteral("2525")}));
    QCOMPARE(row.mid(4),
             QStringList({QStringLiteral("Only the list"), QStringLiteral("5"), QStringLiteral("Yes")}));

    Config config = m_example;
    config.virtualServers[0].bindings = {Binding{QStringLiteral("0.0.0.0"), 25},
                                         Binding{QStringLiteral("::"), 25}};
    commitFromAnotherProgram(config);
    m_window->refresh();
    QCOMPARE(details()->index(0, 2).data().toString(), QStringLiteral("(All Unassigned), (All Unassigned)"));
}

void TestMainWindow::virtualServerDetails()
{
    const QAbstractItemModel *model =
        select(Kind::VirtualServer, QStringLiteral("Default SMTP Virtual Server"));
    QVERIFY(model);
    QCOMPARE(model->columnCount(), 2);
    for (const QString &heading : {QStringLiteral("General"), QStringLiteral("Access"),
                                   QStringLiteral("Messages"), QStringLiteral("Delivery")}) {
        const QModelIndexList found =
            model->match(model->index(0, 0), Qt::DisplayRole, heading, 1, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(heading));
        const int row = found.constFirst().row();
        QCOMPARE(model->index(row, 0).data(DetailsModel::RowKindRole).toInt(),
                 static_cast<int>(DetailsRow::Kind::Heading));
    }
    const int webFarm = rowContaining(model, {QStringLiteral("10.30.0.0/24"), QStringLiteral("web farm")});
    QVERIFY(webFarm >= 0);
    QCOMPARE(model->index(webFarm, 0).data().toString(), QStringLiteral("Relay"));
    QVERIFY(rowContaining(model, {QStringLiteral("Relay"), QStringLiteral("2001:db8:40::/64")}) >= 0);
    QVERIFY(rowContaining(model, {QStringLiteral("Relay"), QStringLiteral("apps.corp.example")}) >= 0);
    const int expiring =
        rowContaining(model, {QStringLiteral("10.20.0.99"), QStringLiteral("expires 2027-01-31")});
    QVERIFY(expiring >= 0);
    QVERIFY(!model->index(expiring, 1).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(
        rowContaining(model, {QStringLiteral("Connection"), QStringLiteral("203.0.113.66 'abusive scanner'")})
        >= 0);
    QVERIFY(rowContaining(
                model, {QStringLiteral("Fully-qualified domain name"), QStringLiteral("relay.corp.example")})
            >= 0);
    QVERIFY(rowContaining(model, {QStringLiteral("Limit message size to"), QStringLiteral("10240 KB")}) >= 0);
    QVERIFY(rowContaining(model, {QStringLiteral("Basic authentication"), QStringLiteral("only over TLS")})
            >= 0);
    QVERIFY(rowContaining(model, {QStringLiteral("Open relay")}) < 0);
}

void TestMainWindow::historyDetails()
{
    const QAbstractItemModel *model = select(Kind::History);
    QVERIFY(model);
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(model->rowCount(), m_revision); // revision 1 (secure defaults) and the import
    QCOMPARE(model->index(0, 0).data().toString(), QString::number(m_revision));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("test"));
    QCOMPARE(model->index(0, 4).data().toString(), QStringLiteral("import"));
    QVERIFY(!model->index(0, 1).data().toString().isEmpty());
    QCOMPARE(model->index(model->rowCount() - 1, 0).data().toString(), QStringLiteral("1"));
}

void TestMainWindow::liveListsSayTheListenerIsNotContacted()
{
    for (const Kind kind : {Kind::Queues, Kind::CurrentSessions}) {
        const QAbstractItemModel *model = select(kind);
        QVERIFY(model);
        QVERIFY(model->columnCount() >= 3);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(DetailsModel::RowKindRole).toInt(),
                 static_cast<int>(DetailsRow::Kind::Placeholder));
        QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("listener")));
        QVERIFY(!(model->flags(model->index(0, 0)) & Qt::ItemIsSelectable));
    }
    const QAbstractItemModel *model = select(Kind::ToolExplain);
    QVERIFY(model);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Explain"));
    QVERIFY(!model->index(0, 1).data().toString().isEmpty());
}

void TestMainWindow::statusBarShowsRevisionAndDataDir()
{
    const QString text = label("revisionStatusLabel")->text();
    QCOMPARE(
        text,
        QStringLiteral("Revision %1 \u00b7 %2").arg(m_revision).arg(QDir::toNativeSeparators(m_dir->path())));
    QVERIFY(label("revisionStatusLabel")->isVisible());
}

void TestMainWindow::openRelayBanner()
{
    QLabel *banner = label("openRelayBannerLabel");
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    QVERIFY(select(Kind::Smtp));

    Config config = m_example;
    config.virtualServers[0].relayRestrictions.mode = ListMode::AllExceptList;
    commitFromAnotherProgram(config);
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY(banner->text().contains(QStringLiteral("Default SMTP Virtual Server")));
    QVERIFY2(banner->text().contains(QStringLiteral("all computers except")), qPrintable(banner->text()));
    QCOMPARE(details()->index(0, 4).data().toString(), QStringLiteral("All except the list (open relay)"));
    // Above the details list.
    QVERIFY(banner->geometry().bottom() < table()->geometry().top());

    commitFromAnotherProgram(m_example);
    m_window->refresh();
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::refreshPicksUpAnotherProgramsChange()
{
    QAction *refresh = m_window->findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh);
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));

    QAbstractItemModel *model = select(Kind::Recipients);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 2);
    const QStringList before = ConsoleTreeModel::pathOf(tree()->currentIndex());

    Config config = m_example;
    config.recipients.append(Recipient{QStringLiteral("bob@corp.example"), QStringLiteral("Bob"), {}});
    commitFromAnotherProgram(config);

    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(details()->rowCount(), 3, 5000);
    QVERIFY(rowContaining(details(), {QStringLiteral("bob@corp.example")}) >= 0);
    QCOMPARE(ConsoleTreeModel::nodeAt(tree()->currentIndex()).kind, Kind::Recipients);
    QCOMPARE(ConsoleTreeModel::pathOf(tree()->currentIndex()), before);
    QVERIFY(label("revisionStatusLabel")->text().startsWith(QStringLiteral("Revision %1 ").arg(m_revision)));
}

void TestMainWindow::refreshFallsBackToTheParentOfARemovedNode()
{
    QVERIFY(select(Kind::RecipientPolicy, QStringLiteral("Default Policy")));
    Config config = m_example;
    config.recipientPolicies[0].name = QStringLiteral("Renamed Policy");
    commitFromAnotherProgram(config);
    m_window->refresh();
    QCOMPARE(ConsoleTreeModel::nodeAt(tree()->currentIndex()).kind, Kind::RecipientPolicies);
    QCOMPARE(label("detailsTitleLabel")->text(), QStringLiteral("Recipient Policies"));
    QVERIFY(rowContaining(details(), {QStringLiteral("Renamed Policy")}) >= 0);
}

void TestMainWindow::modelsPassTheTester()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester treeTester(treeModel(), Mode::QtTest);
    QAbstractItemModelTester detailsTester(details(), Mode::QtTest);
    for (int pass = 0; pass < 2; ++pass) {
        for (const QModelIndex &node : allNodes(treeModel())) {
            tree()->setCurrentIndex(node);
            if (QTest::currentTestFailed())
                return;
        }
        m_window->refresh();
    }
}

void TestMainWindow::keyboardNavigation()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(tree()), 5000);
    QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(ConsoleTreeModel::nodeAt(tree()->currentIndex()).kind, Kind::RecipientPolicies);
    QCOMPARE(label("detailsTitleLabel")->text(), QStringLiteral("Recipient Policies"));
    QTest::keyClick(tree(), Qt::Key_Tab);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(table()), 5000);
    QTest::keyClick(table(), Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(tree()), 5000);
}

void TestMainWindow::windowStateIsRemembered()
{
    QVERIFY(select(Kind::SmtpUsers));
    m_window->resize(900, 500);
    QVERIFY(m_window->close());
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("relaydesk.ini"))));
    newWindow();
    QCOMPARE(ConsoleTreeModel::nodeAt(tree()->currentIndex()).kind, Kind::SmtpUsers);
    QCOMPARE(label("detailsTitleLabel")->text(), QStringLiteral("SMTP Users"));
    QCOMPARE(m_window->size(), QSize(900, 500));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

#include "configjson.h"
#include "configstore.h"
#include "consolenodes.h"
#include "consoletreemodel.h"
#include "detailsmodel.h"
#include "historydetails.h"
#include "mainwindow.h"
#include "outboundsecrets.h"
#include "rcptprobe.h"
#include "syncmonitor.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

#include <cerrno>
#include <csignal>
#include <memory>

using namespace RelayDesk;
using Kind = ConsoleNode::Kind;
using TestSupport::findNode;

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

// One field of a virtual server in the configuration format (its JSON path below the virtual
// server, "#n" telling apart rows of one field), the value it is set to in probeServer(), and
// the details row that must show it.
struct FieldRow
{
    const char *field;
    const char *property;
    const char *value;
};

const FieldRow fieldRows[] = {
    {"name", "Name", "Field Probe VS"},
    {"enabled", "State", "Disabled"},
    {"bindings.address", "IP address and TCP port", "192.0.2.17, port 2626"},
    {"bindings.port", "IP address and TCP port", "(All Unassigned), port 2727"},
    {"fqdn", "Fully-qualified domain name", "probe.fields.example"},
    {"general.limitConnections", "Limit number of connections to", "4321"},
    {"general.connectionTimeoutMinutes", "Connection time-out", "37 min"},
    {"general.enableLogging", "Enable logging", "No"},
    {"authentication.anonymous", "Anonymous access", "No"},
    {"authentication.basic", "Basic authentication", "No"},
    {"authentication.basicRequiresTls", "Basic authentication requires TLS", "No"},
    {"authentication.defaultDomain", "Default domain", "default.fields.example"},
    {"secureCommunication.certificateFile", "Certificate", "/etc/probe/cert.pem"},
    {"secureCommunication.privateKeyFile", "Private key", "/etc/probe/key.pem"},
    {"secureCommunication.requireSecureChannel", "Require secure channel", "Yes"},
    {"connectionControl.mode", "Connection control", "Only the list below may connect"},
    {"connectionControl.entries.type", "Connection", "198.51.100.7"},
    {"connectionControl.entries.address", "Connection", "198.51.100.7"},
    {"connectionControl.entries.comment", "Connection", "'connection probe'"},
    {"relayRestrictions.mode", "Relay restrictions", "All except the list below may relay"},
    {"relayRestrictions.allowAuthenticatedRelay",
     "Allow all computers which successfully authenticate to relay", "No"},
    {"relayRestrictions.entries.type", "Relay", "domain.fields.example"},
    {"relayRestrictions.entries.address", "Relay", "10.9.8.7"},
    {"relayRestrictions.entries.mask", "Relay", "10.44.0.0 (255.255.0.0)"},
    {"relayRestrictions.entries.prefixLength", "Relay", "2001:db8:99::/48"},
    {"relayRestrictions.entries.name", "Relay", "domain.fields.example"},
    {"relayRestrictions.entries.comment", "Relay", "10.9.8.7 'relay probe'"},
    {"relayRestrictions.entries.expires", "Relay", "(expires 2031-05-06 07:08 UTC)"},
    {"messages.maxMessageSizeKb", "Limit message size to", "7777 KB"},
    {"messages.maxSessionSizeKb", "Limit session size to", "8888 KB"},
    {"messages.maxMessagesPerConnection", "Limit number of messages per connection to", "33"},
    {"messages.maxRecipientsPerMessage", "Limit number of recipients per message to", "44"},
    {"messages.ndrCopyTo", "Send copy of Non-Delivery Report to", "ndr@fields.example"},
    {"messages.forwardUnresolvedTo", "Forward all mail with unresolved recipients to host",
     "unresolved.fields.example"},
    {"delivery.retryMinutes#1", "First retry interval", "11 min"},
    {"delivery.retryMinutes#2", "Second retry interval", "12 min"},
    {"delivery.retryMinutes#3", "Third retry interval", "13 min"},
    {"delivery.retryMinutes#4", "Subsequent retry interval", "17 min"},
    {"delivery.delayNotificationMinutes", "Delay notification", "721 min"},
    {"delivery.expirationMinutes", "Expiration time-out", "2881 min"},
    {"delivery.maxHopCount", "Maximum hop count", "41"},
    {"delivery.masqueradeDomain", "Masquerade domain", "masq.fields.example"},
    {"delivery.smartHost", "Smart host", "smart.fields.example"},
    {"delivery.smartHostPort", "Smart host port", "2529"},
    {"delivery.attemptDirectBeforeSmartHost", "Attempt direct delivery before sending to smart host", "Yes"},
    {"delivery.reverseDnsLookup", "Perform reverse DNS lookup on incoming messages", "Yes"},
    {"delivery.outboundSecurity.authentication", "Outbound authentication", "Basic authentication"},
    {"delivery.outboundSecurity.userName", "Outbound user name", "probe-user"},
    {"delivery.outboundSecurity.tls", "Outbound TLS encryption", "Required"},
};

const QString ProbePassword = QStringLiteral("ProbeSecret-77");

AccessEntry entry(AccessEntryType type, const QString &address, const QString &comment = {})
{
    AccessEntry e;
    e.type = type;
    e.address = address;
    e.comment = comment;
    return e;
}

// A virtual server with every field away from its default, to the values of fieldRows.
VirtualServer probeServer()
{
    VirtualServer vs;
    vs.name = QStringLiteral("Field Probe VS");
    vs.enabled = false;
    vs.bindings = {Binding{QStringLiteral("192.0.2.17"), 2626}, Binding{QStringLiteral("::"), 2727}};
    vs.fqdn = QStringLiteral("probe.fields.example");
    vs.general = {4321, 37, false};
    vs.authentication = {false, false, false, QStringLiteral("default.fields.example")};
    vs.secureCommunication = {QStringLiteral("/etc/probe/cert.pem"), QStringLiteral("/etc/probe/key.pem"),
                              true};
    vs.connectionControl.mode = ListMode::OnlyList;
    vs.connectionControl.entries = {
        entry(AccessEntryType::Single, QStringLiteral("198.51.100.7"), QStringLiteral("connection probe"))};
    vs.relayRestrictions.mode = ListMode::AllExceptList;
    vs.relayRestrictions.allowAuthenticatedRelay = false;
    AccessEntry single =
        entry(AccessEntryType::Single, QStringLiteral("10.9.8.7"), QStringLiteral("relay probe"));
    single.expires = QDateTime(QDate(2031, 5, 6), QTime(7, 8), Qt::UTC);
    AccessEntry masked = entry(AccessEntryType::Group, QStringLiteral("10.44.0.0"));
    masked.mask = QStringLiteral("255.255.0.0");
    AccessEntry prefixed = entry(AccessEntryType::Group, QStringLiteral("2001:db8:99::"));
    prefixed.prefixLength = 48;
    AccessEntry domain = entry(AccessEntryType::Domain, {});
    domain.name = QStringLiteral("domain.fields.example");
    vs.relayRestrictions.entries = {single, masked, prefixed, domain};
    vs.messages = {7777,
                   8888,
                   33,
                   44,
                   QStringLiteral("ndr@fields.example"),
                   QStringLiteral("unresolved.fields.example")};
    vs.delivery.retryMinutes = {11, 12, 13, 17};
    vs.delivery.delayNotificationMinutes = 721;
    vs.delivery.expirationMinutes = 2881;
    vs.delivery.maxHopCount = 41;
    vs.delivery.masqueradeDomain = QStringLiteral("masq.fields.example");
    vs.delivery.smartHost = QStringLiteral("smart.fields.example");
    vs.delivery.smartHostPort = 2529;
    vs.delivery.attemptDirectBeforeSmartHost = true;
    vs.delivery.reverseDnsLookup = true;
    vs.delivery.outboundSecurity = {OutboundAuthentication::Basic, QStringLiteral("probe-user"),
                                    OutboundTls::Required};
    return vs;
}

// The paths of every field below `value` ("general.limitConnections"); arrays count as one field
// each, entries of arrays of objects as the union of their fields.
QSet<QString> jsonFields(const QJsonValue &value, const QString &prefix = {})
{
    QSet<QString> fields;
    const auto below = [&](const QString &key) {
        return prefix.isEmpty() ? key : prefix + u'.' + key;
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            fields.unite(jsonFields(it.value(), below(it.key())));
    } else if (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isObject()) {
        for (const QJsonValue &element : value.toArray())
            fields.unite(jsonFields(element, prefix));
    } else {
        fields.insert(prefix);
    }
    return fields;
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
    void recipientsDetails();
    void smtpUsersDetailsNeverShowTheHash();
    void smtpProtocolListsVirtualServers();
    void virtualServerDetails();
    void virtualServerDetailsShowEveryField_data();
    void virtualServerDetailsShowEveryField();
    void everyFieldOfTheFormatIsChecked();
    void outboundPasswordIsNeverShown();
    void oneRowPerBinding();
    void detailsRowsHaveAFixedHeight();
    void largeRelayListStaysResponsive();
    void detailsListSortsOnHeaderClick();
    void detailsListFilters();
    void historyDetails();
    void historyToolTipIsCapped();
    void liveListsSayTheListenerIsNotContacted();
    void statusBarShowsRevisionAndDataDir();
    void syncStateIndicator();
    void listenerMenu();
    void changeByAnotherProgramIsShownWithoutRefresh();
    void consoleStartsItsListenerAndStopsItOnQuit();
    void listenerStartCanBeTurnedOff();
    void openRelayBanner();
    void refreshPicksUpAnotherProgramsChange();
    void refreshFallsBackWhenTheVirtualServerVanishes();
    void refreshBuildsTheDetailsOnce();
    void loadErrorClearsOnTheNextGoodRefresh();
    void modelsPassTheTester();
    void emptyConfiguration();
    void keyboardNavigation();
    void windowStateIsRemembered();
    void viewTogglesAreRemembered();
    void selectionWrittenBeforeStartIsRestored();
    void startupErrorDoesNotHangHeadless();

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
    void walkAllNodes();

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
    // The policies are rows of the details list, not nodes.
    QVERIFY(!model->hasChildren(model->index(0, 0, root)));

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
    QCOMPARE(label("detailsTitleLabel")->text(), QStringLiteral("Recipient Policies"));
    QCOMPARE(model->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Authoritative"));
    QVERIFY(model->headerData(5, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("This organization is responsible")));
    // One row per address space.
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(rowTexts(model, 0),
             QStringList({QStringLiteral("Default Policy"), QStringLiteral("0 (highest)"),
                          QStringLiteral("(all recipients)"), QStringLiteral("SMTP"),
                          QStringLiteral("@corp.example"), QStringLiteral("Yes"), QStringLiteral("Yes")}));
    QCOMPARE(rowTexts(model, 1),
             QStringList({QStringLiteral("Default Policy"), QStringLiteral("0 (highest)"),
                          QStringLiteral("(all recipients)"), QStringLiteral("SMTP"),
                          QStringLiteral("@legacy.corp.example"), QStringLiteral("No"), QString()}));

    Config config = m_example;
    RecipientPolicy second;
    second.name = QStringLiteral("Partner Policy");
    second.priority = 2;
    second.filter = QStringLiteral("(department=partners)");
    second.addressSpaces = {
        AddressSpace{QStringLiteral("SMTP"), QStringLiteral("@partner.example"), true, true}};
    config.recipientPolicies.append(second);
    commitFromAnotherProgram(config);
    m_window->refresh();
    QCOMPARE(details()->rowCount(), 3);
    QCOMPARE(rowTexts(details(), 2),
             QStringList({QStringLiteral("Partner Policy"), QStringLiteral("2"),
                          QStringLiteral("(department=partners)"), QStringLiteral("SMTP"),
                          QStringLiteral("@partner.example"), QStringLiteral("Yes"), QStringLiteral("Yes")}));
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
    // A group entry as written: its mask stays a mask.
    const int webFarm =
        rowContaining(model, {QStringLiteral("10.30.0.0 (255.255.255.0)"), QStringLiteral("web farm")});
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
    const int requiresTls = rowContaining(model, {QStringLiteral("Basic authentication requires TLS")});
    QVERIFY(requiresTls >= 0);
    QCOMPARE(model->index(requiresTls, 1).data().toString(), QStringLiteral("Yes"));
    const int port = rowContaining(model, {QStringLiteral("Smart host port")});
    QVERIFY(port >= 0);
    QCOMPARE(model->index(port, 1).data().toString(), QStringLiteral("25"));
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

void TestMainWindow::refreshFallsBackWhenTheVirtualServerVanishes()
{
    QVERIFY(select(Kind::CurrentSessions, QStringLiteral("Default SMTP Virtual Server")));
    QVERIFY(label("detailsTitleLabel")->text().startsWith(QStringLiteral("Current Sessions")));
    Config config = m_example;
    config.virtualServers.clear();
    commitFromAnotherProgram(config);
    m_window->refresh();
    QCOMPARE(ConsoleTreeModel::nodeAt(tree()->currentIndex()).kind, Kind::Smtp);
    QCOMPARE(label("detailsTitleLabel")->text(), QStringLiteral("SMTP"));
    QCOMPARE(details()->rowCount(), 1);
    QCOMPARE(details()->index(0, 0).data(DetailsModel::RowKindRole).toInt(),
             static_cast<int>(DetailsRow::Kind::Placeholder));
}

void TestMainWindow::refreshBuildsTheDetailsOnce()
{
    QSignalSpy resets(details(), &QAbstractItemModel::modelReset);
    m_window->refresh(); // the root
    QCOMPARE(resets.count(), 1);

    QVERIFY(select(Kind::VirtualServer, QStringLiteral("Default SMTP Virtual Server")));
    QCOMPARE(resets.count(), 2); // selecting a node builds its details once
    resets.clear();
    m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(ConsoleTreeModel::nodeAt(tree()->currentIndex()).kind, Kind::VirtualServer);
    QCOMPARE(label("detailsTitleLabel")->text(), QStringLiteral("Default SMTP Virtual Server"));
    // The tree shows the restored node as the current and selected one.
    QVERIFY(tree()->selectionModel()->isSelected(tree()->currentIndex()));
}

void TestMainWindow::loadErrorClearsOnTheNextGoodRefresh()
{
    QLabel *banner = label("loadErrorLabel");
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    QStatusBar *statusBar = m_window->statusBar();
    {
        // Another program breaks the database: a table the configuration is read from goes away.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(m_dir->filePath(QStringLiteral("relaydesk.sqlite")));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE smtp_users RENAME TO smtp_users_away")),
                 qPrintable(query.lastError().text()));
        m_window->refresh();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("Could not read the configuration")));
        QCOMPARE(statusBar->currentMessage(), banner->text());

        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE smtp_users_away RENAME TO smtp_users")),
                 qPrintable(query.lastError().text()));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    m_window->refresh();
    QVERIFY(!banner->isVisible());
    QVERIFY(statusBar->currentMessage().isEmpty());
    QVERIFY(select(Kind::SmtpUsers));
    QCOMPARE(details()->rowCount(), 1);
}

void TestMainWindow::walkAllNodes()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester treeTester(treeModel(), Mode::QtTest);
    QAbstractItemModelTester detailsTester(details(), Mode::QtTest);
    QAbstractItemModelTester sourceTester(qobject_cast<QAbstractProxyModel *>(details())->sourceModel(),
                                          Mode::QtTest);
    for (int pass = 0; pass < 2; ++pass) {
        for (const QModelIndex &node : allNodes(treeModel())) {
            tree()->setCurrentIndex(node);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(!label("detailsTitleLabel")->text().isEmpty(), qPrintable(node.data().toString()));
            QVERIFY2(details()->columnCount() > 0, qPrintable(node.data().toString()));
            // Sorting each list by its first column goes through the proxy under the tester.
            if (table()->isSortingEnabled())
                table()->sortByColumn(0, Qt::DescendingOrder);
        }
        m_window->refresh();
    }
}

void TestMainWindow::modelsPassTheTester()
{
    walkAllNodes();
}

void TestMainWindow::emptyConfiguration()
{
    // A database without a configuration: no servers, policies, recipients or users.
    m_window.reset();
    m_store = std::make_unique<ConfigStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("empty.sqlite")), &error, false),
             qPrintable(error));
    Config loaded;
    int revision = -1;
    QVERIFY2(m_store->load(&loaded, &revision, &error), qPrintable(error));
    QVERIFY(loaded.virtualServers.isEmpty() && loaded.recipientPolicies.isEmpty()
            && loaded.smtpUsers.isEmpty() && loaded.recipients.isEmpty());
    newWindow();
    QVERIFY(!label("loadErrorLabel")->isVisible());
    QVERIFY(!findNode(treeModel(), Kind::VirtualServer).isValid());
    walkAllNodes();
    if (QTest::currentTestFailed())
        return;
    for (const Kind kind :
         {Kind::RecipientPolicies, Kind::Recipients, Kind::SmtpUsers, Kind::Smtp, Kind::History}) {
        const QAbstractItemModel *model = select(kind);
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(DetailsModel::RowKindRole).toInt(),
                 static_cast<int>(DetailsRow::Kind::Placeholder));
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

void TestMainWindow::virtualServerDetailsShowEveryField_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value");
    for (const FieldRow &row : fieldRows)
        QTest::newRow(row.field) << QString::fromUtf8(row.property) << QString::fromUtf8(row.value);
}

void TestMainWindow::virtualServerDetailsShowEveryField()
{
    QFETCH(QString, property);
    QFETCH(QString, value);
    Config config = m_example;
    config.virtualServers = {probeServer()};
    commitFromAnotherProgram(config);
    m_window->refresh();
    const QAbstractItemModel *model = select(Kind::VirtualServer, QStringLiteral("Field Probe VS"));
    QVERIFY(model);
    QStringList rows;
    bool found = false;
    for (int row = 0; row < model->rowCount() && !found; ++row) {
        const QStringList cells = rowTexts(model, row);
        rows << cells.join(QStringLiteral(" | "));
        found = cells.value(0) == property && cells.value(1).contains(value);
    }
    QVERIFY2(found,
             qPrintable(QStringLiteral("no row \"%1\" with \"%2\" in:\n").arg(property, value)
                        + rows.join(u'\n')));
}

void TestMainWindow::everyFieldOfTheFormatIsChecked()
{
    // A field added to the format fails here until the details list shows it and fieldRows has it.
    QFile file(qEnvironmentVariable("RELAYDESK_SHARED_DIR")
               + QStringLiteral("/contract/config-v1.example.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonValue server = QJsonDocument::fromJson(file.readAll())[QLatin1String("virtualServers")][0];
    QVERIFY(server.isObject());
    QSet<QString> checked;
    for (const FieldRow &row : fieldRows)
        checked.insert(QString::fromUtf8(row.field).section(u'#', 0, 0));
    QSet<QString> fields = jsonFields(server);
    QVERIFY(fields.contains(QStringLiteral("relayRestrictions.entries.mask")));
    // Optional objects the example leaves out (delivery.outboundSecurity at its defaults) are in
    // what the writer makes of the probe server, which has every field away from its default.
    Config probe;
    probe.virtualServers = {probeServer()};
    const QJsonValue written = ConfigJson::toJson(probe)[QLatin1String("virtualServers")].toArray().at(0);
    fields.unite(jsonFields(written));
    QVERIFY(fields.contains(QStringLiteral("delivery.outboundSecurity.userName")));
    // The smart host password is no field: it is kept in OutboundSecrets.
    QVERIFY(!fields.contains(QStringLiteral("delivery.outboundSecurity.password")));
    QCOMPARE(QSet<QString>(fields).subtract(checked), QSet<QString>());
    QCOMPARE(QSet<QString>(checked).subtract(fields), QSet<QString>());
}

void TestMainWindow::outboundPasswordIsNeverShown()
{
    Config config = m_example;
    config.virtualServers = {probeServer()};
    commitFromAnotherProgram(config);
    const QString vsName = QStringLiteral("Field Probe VS");
    const auto passwordRow = [this, &vsName] {
        const QAbstractItemModel *model = select(Kind::VirtualServer, vsName);
        for (int row = 0; model && row < model->rowCount(); ++row) {
            const QStringList cells = rowTexts(model, row);
            if (cells.value(0) == QStringLiteral("Outbound password"))
                return cells.value(1);
        }
        return QString();
    };
    m_window->refresh();
    QCOMPARE(passwordRow(), QStringLiteral("(none)"));

    // The row says whether the secret store holds one.
    QString error;
    QVERIFY2(OutboundSecrets::set(m_dir->path(), vsName, ProbePassword, &error), qPrintable(error));
    m_window->refresh();
    QCOMPARE(passwordRow(), QStringLiteral("(set)"));
    // Not in the tree, any node's details, nor the history's change in words.
    QVERIFY(!allStrings(treeModel()).join(u'\n').contains(ProbePassword));
    for (const QModelIndex &node : allNodes(treeModel())) {
        tree()->setCurrentIndex(node);
        const QString all = allStrings(details()).join(u'\n');
        QVERIFY2(!all.contains(ProbePassword), qPrintable(node.data().toString()));
    }
}

void TestMainWindow::oneRowPerBinding()
{
    Config config = m_example;
    config.virtualServers[0].bindings = {Binding{QStringLiteral("0.0.0.0"), 25},
                                         Binding{QStringLiteral("::"), 25},
                                         Binding{QStringLiteral("10.1.2.3"), 587}};
    commitFromAnotherProgram(config);
    m_window->refresh();
    const QAbstractItemModel *model =
        select(Kind::VirtualServer, QStringLiteral("Default SMTP Virtual Server"));
    QVERIFY(model);
    QStringList bindings;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == QStringLiteral("IP address and TCP port"))
            bindings << model->index(row, 1).data().toString();
    }
    QCOMPARE(
        bindings,
        QStringList({QStringLiteral("(All Unassigned), port 25"), QStringLiteral("(All Unassigned), port 25"),
                     QStringLiteral("10.1.2.3, port 587")}));
}

void TestMainWindow::detailsRowsHaveAFixedHeight()
{
    QVERIFY(select(Kind::VirtualServer, QStringLiteral("Default SMTP Virtual Server")));
    const QHeaderView *rows = table()->verticalHeader();
    QVERIFY(rows->count() > 0);
    QVERIFY(rows->sectionResizeMode(0) != QHeaderView::ResizeToContents);
    QCOMPARE(rows->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(rows->defaultSectionSize(), table()->fontMetrics().height() + 6);
    QCOMPARE(rows->sectionSize(0), rows->defaultSectionSize());
}

void TestMainWindow::largeRelayListStaysResponsive()
{
    constexpr int Entries = 100000;
    Config config = m_example;
    QList<AccessEntry> &entries = config.virtualServers[0].relayRestrictions.entries;
    entries.clear();
    entries.reserve(Entries);
    for (int i = 0; i < Entries; ++i) {
        entries.append(entry(AccessEntryType::Single,
                             QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 0xff).arg(i & 0xff)));
    }
    QElapsedTimer timer;
    timer.start();
    commitFromAnotherProgram(config);
    qInfo("commit of %d relay entries: %lld ms", Entries, timer.restart());
    m_window->refresh();
    qInfo("refresh: %lld ms", timer.restart());

    QVERIFY(select(Kind::VirtualServer, QStringLiteral("Default SMTP Virtual Server")));
    const qint64 selectMs = timer.restart();
    QVERIFY(details()->rowCount() > Entries);
    table()->grab(); // the first paint
    const qint64 paintMs = timer.restart();
    m_window->resize(m_window->width() + 120, m_window->height() + 80);
    table()->grab();
    const qint64 resizeMs = timer.restart();
    QVERIFY(select(Kind::History));
    table()->grab();
    const qint64 historyMs = timer.restart();
    qInfo("select: %lld ms, first paint: %lld ms, resize: %lld ms, history: %lld ms", selectMs, paintMs,
          resizeMs, historyMs);
    // Generous bounds: this catches measuring every row, not a slow machine.
    QVERIFY2(selectMs < 5000, qPrintable(QString::number(selectMs)));
    QVERIFY2(paintMs < 5000, qPrintable(QString::number(paintMs)));
    QVERIFY2(resizeMs < 5000, qPrintable(QString::number(resizeMs)));
    QVERIFY2(historyMs < 5000, qPrintable(QString::number(historyMs)));
}

void TestMainWindow::detailsListFilters()
{
    Config config = m_example;
    QList<AccessEntry> &entries = config.virtualServers[0].relayRestrictions.entries;
    for (int i = 0; i < 10000; ++i)
        entries.append(
            entry(AccessEntryType::Single, QStringLiteral("10.77.%1.%2").arg(i >> 8).arg(i & 0xff)));
    commitFromAnotherProgram(config);
    m_window->refresh();
    QVERIFY(select(Kind::VirtualServer, QStringLiteral("Default SMTP Virtual Server")));
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("detailsFilterEdit"));
    QVERIFY(filter);
    const int all = details()->rowCount();
    QVERIFY(all > 10000);

    // Typed as a person does: only the rows with the text remain, headings go.
    QTest::keyClicks(filter, QStringLiteral("10.77.3.1"));
    // 10.77.3.1, 10.77.3.10-19, 10.77.3.100-199: 111 entries.
    QCOMPARE(details()->rowCount(), 111);
    for (int row = 0; row < details()->rowCount(); ++row) {
        bool found = false;
        for (int column = 0; column < details()->columnCount(); ++column)
            found =
                found || details()->index(row, column).data().toString().contains(QLatin1String("10.77.3.1"));
        QVERIFY2(found, qPrintable(QString::number(row)));
    }
    filter->clear();
    QCOMPARE(details()->rowCount(), all);

    // Another node starts unfiltered.
    QTest::keyClicks(filter, QStringLiteral("no such text"));
    QCOMPARE(details()->rowCount(), 0);
    QVERIFY(select(Kind::Recipients));
    QVERIFY(filter->text().isEmpty());
    QVERIFY(details()->rowCount() > 0);
}

void TestMainWindow::detailsListSortsOnHeaderClick()
{
    QHeaderView *header = table()->horizontalHeader();
    const auto clickHeader = [&](int section) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(section) + 4, header->height() / 2));
    };
    const QStringList alice = {QStringLiteral("alice@corp.example")};
    const QStringList helpdesk = {QStringLiteral("helpdesk@corp.example")};

    QVERIFY(select(Kind::Recipients));
    QVERIFY(table()->isSortingEnabled());
    QCOMPARE(rowContaining(details(), alice), 0); // the list's own order first
    clickHeader(0);
    QCOMPARE(header->sortIndicatorSection(), 0);
    QCOMPARE(rowContaining(details(), alice), 0);
    clickHeader(0);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(rowContaining(details(), helpdesk), 0);
    m_window->refresh(); // the same node keeps its sorting
    QCOMPARE(rowContaining(details(), helpdesk), 0);

    // The property sheet of a virtual server keeps the order of its dialog.
    QVERIFY(select(Kind::VirtualServer, QStringLiteral("Default SMTP Virtual Server")));
    QVERIFY(!table()->isSortingEnabled());
    QCOMPARE(details()->index(0, 0).data().toString(), QStringLiteral("General"));
    clickHeader(0);
    QCOMPARE(details()->index(0, 0).data().toString(), QStringLiteral("General"));

    // Another node starts unsorted again.
    QVERIFY(select(Kind::Recipients));
    QCOMPARE(rowContaining(details(), alice), 0);

    // Numbers sort as numbers, placeholders stay below the items.
    Config config = m_example;
    for (int i = 0; i < 10; ++i) {
        config.recipients.append(Recipient{QStringLiteral("user%1@corp.example").arg(i), {}, {}});
        commitFromAnotherProgram(config);
    }
    m_window->refresh();
    QVERIFY(select(Kind::History));
    QVERIFY(details()->rowCount() >= 12);
    clickHeader(HistoryDetails::Revision);
    QCOMPARE(details()->index(0, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(details()->index(details()->rowCount() - 1, 0).data().toString(), QString::number(m_revision));
    clickHeader(HistoryDetails::Time);
    clickHeader(HistoryDetails::Time);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(details()->index(0, 0).data().toString(), QString::number(m_revision));
}

void TestMainWindow::historyToolTipIsCapped()
{
    QStringList lines;
    for (int i = 1; i <= 25; ++i)
        lines << QStringLiteral("change %1").arg(i);
    const QString capped = HistoryDetails::diffToolTip(lines);
    QCOMPARE(capped.split(u'\n').size(), HistoryDetails::ToolTipLines + 1);
    QVERIFY(capped.startsWith(QStringLiteral("change 1\n")));
    QVERIFY(capped.contains(QStringLiteral("change 20\n")));
    QVERIFY(!capped.contains(QStringLiteral("change 21")));
    QVERIFY(capped.endsWith(QStringLiteral("\u2026 and 5 more changes")));
    QCOMPARE(HistoryDetails::diffToolTip(lines.mid(0, 20)), lines.mid(0, 20).join(u'\n'));

    // In the console: a change of 300 relay entries.
    Config config = m_example;
    for (int i = 0; i < 300; ++i) {
        config.virtualServers[0].relayRestrictions.entries.append(
            entry(AccessEntryType::Single, QStringLiteral("10.99.%1.%2").arg(i / 256).arg(i % 256)));
    }
    commitFromAnotherProgram(config);
    QString error;
    const QList<HistoryEntry> history = m_store->history(1, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int changes = static_cast<int>(history.value(0).diff.size());
    QVERIFY(changes >= 300);
    m_window->refresh();
    const QAbstractItemModel *model = select(Kind::History);
    QVERIFY(model);
    const QString tip = model->index(0, HistoryDetails::Summary).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.split(u'\n').size(), HistoryDetails::ToolTipLines + 1);
    QVERIFY2(tip.endsWith(QStringLiteral("and %1 more changes").arg(changes - HistoryDetails::ToolTipLines)),
             qPrintable(tip));
}

void TestMainWindow::syncStateIndicator()
{
    // The tests run with RELAYDESK_NO_LISTENER=1: no listener, and the console says so.
    QLabel *sync = label("syncStatusLabel");
    QVERIFY(sync);
    QTRY_COMPARE_WITH_TIMEOUT(sync->text(), QStringLiteral("Listener: Stopped"), 10000);
    QVERIFY(sync->isVisible());
    QVERIFY2(sync->toolTip().contains(QStringLiteral("listener")), qPrintable(sync->toolTip()));
    auto *fix = m_window->findChild<QPushButton *>(QStringLiteral("syncFixPushButton"));
    QVERIFY(fix);
    QVERIFY(fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("Start listener"));
    QWidget *indicator = m_window->findChild<QWidget *>(QStringLiteral("syncStatusWidget"));
    QVERIFY(indicator);
    QCOMPARE(indicator->parentWidget(), static_cast<QWidget *>(m_window->statusBar()));
}

void TestMainWindow::listenerMenu()
{
    QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("listenerMenu"));
    QVERIFY(menu);
    QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->syncMonitor()->status().state, SyncStatus::State::Stopped, 10000);
    const auto action = [this](const char *name) {
        return m_window->findChild<QAction *>(QLatin1String(name));
    };
    for (const char *name :
         {"syncNowAction", "startListenerAction", "stopListenerAction", "restartListenerAction",
          "rebuildListenerAction", "autoSyncAction", "startWithConsoleAction"})
        QVERIFY2(action(name), name);
    QTRY_VERIFY_WITH_TIMEOUT(action("startListenerAction")->isEnabled(), 10000);
    QVERIFY(!action("stopListenerAction")->isEnabled());
    QVERIFY(!action("syncNowAction")->isEnabled());
    QVERIFY(action("autoSyncAction")->isChecked());
    QVERIFY(action("startWithConsoleAction")->isChecked());

    // The settings are the console's, in the data directory.
    action("autoSyncAction")->trigger();
    action("startWithConsoleAction")->trigger();
    QVERIFY(!m_window->syncMonitor()->autoSync());
    QVERIFY(m_window->close());
    m_window.reset();
    QSettings settings(m_dir->filePath(QStringLiteral("relaydesk.ini")), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("sync/automatic")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("listener/startWithConsole")).toBool(), false);
    newWindow();
    QVERIFY(!m_window->syncMonitor()->autoSync());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("autoSyncAction"))->isChecked());
}

void TestMainWindow::changeByAnotherProgramIsShownWithoutRefresh()
{
    QAbstractItemModel *model = select(Kind::Recipients);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 2);
    Config config = m_example;
    config.recipients.append(Recipient{QStringLiteral("carol@corp.example"), QStringLiteral("Carol"), {}});
    commitFromAnotherProgram(config);
    // No F5: the console notices the new revision by itself.
    QTRY_COMPARE_WITH_TIMEOUT(details()->rowCount(), 3, 10000);
    QVERIFY(label("revisionStatusLabel")->text().startsWith(QStringLiteral("Revision %1 ").arg(m_revision)));
    QCOMPARE(ConsoleTreeModel::nodeAt(tree()->currentIndex()).kind, Kind::Recipients);
}

void TestMainWindow::consoleStartsItsListenerAndStopsItOnQuit()
{
    m_window.reset();
    Config config = m_example;
    const quint16 port = TestSupport::freeLoopbackPort();
    config.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), port}};
    commitFromAnotherProgram(config);
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    const QByteArray noListener = qgetenv("RELAYDESK_NO_LISTENER");
    qunsetenv("RELAYDESK_NO_LISTENER");
    const auto restore = qScopeGuard([&noListener] { qputenv("RELAYDESK_NO_LISTENER", noListener); });

    newWindow();
    SyncMonitor *monitor = m_window->syncMonitor();
    QTRY_VERIFY2_WITH_TIMEOUT(monitor->status().inSync(), qPrintable(monitor->status().reason), 20000);
    QCOMPARE(label("syncStatusLabel")->text(), QStringLiteral("Listener: In sync"));
    const qint64 child = monitor->childPid();
    QVERIFY(child > 0);
    QCOMPARE(monitor->status().listenerPid, child);

    // A change by another program reaches the listener without anyone pressing anything.
    AccessEntry entry;
    entry.address = QStringLiteral("127.0.0.61");
    config.virtualServers[0].relayRestrictions.entries.append(entry);
    commitFromAnotherProgram(config);
    QTRY_COMPARE_WITH_TIMEOUT(monitor->status().listenerRevision, m_revision, 20000);
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.61"), QStringLiteral("x@elsewhere.example"))
                .startsWith("250"));

    // Quitting the console stops the listener it started.
    QVERIFY(m_window->close());
    m_window.reset();
    QVERIFY(::kill(pid_t(child), 0) != 0 && errno == ESRCH);
}

void TestMainWindow::listenerStartCanBeTurnedOff()
{
    m_window.reset();
    {
        QSettings settings(m_dir->filePath(QStringLiteral("relaydesk.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("listener/startWithConsole"), false);
    }
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    const QByteArray noListener = qgetenv("RELAYDESK_NO_LISTENER");
    qunsetenv("RELAYDESK_NO_LISTENER");
    const auto restore = qScopeGuard([&noListener] { qputenv("RELAYDESK_NO_LISTENER", noListener); });
    newWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->syncMonitor()->status().state, SyncStatus::State::Stopped, 10000);
    QCOMPARE(m_window->syncMonitor()->childPid(), 0);
}

void TestMainWindow::viewTogglesAreRemembered()
{
    QAction *statusBarAction = m_window->findChild<QAction *>(QStringLiteral("statusBarAction"));
    QToolBar *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(statusBarAction && toolBar);
    QVERIFY(statusBarAction->isChecked());
    QVERIFY(toolBar->toggleViewAction()->isChecked());
    statusBarAction->trigger();
    toolBar->toggleViewAction()->trigger();
    QVERIFY(m_window->statusBar()->isHidden());
    QVERIFY(toolBar->isHidden());
    QVERIFY(m_window->close());

    newWindow();
    statusBarAction = m_window->findChild<QAction *>(QStringLiteral("statusBarAction"));
    toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(!statusBarAction->isChecked());
    QVERIFY(m_window->statusBar()->isHidden());
    QVERIFY(toolBar->isHidden());
    QVERIFY(!toolBar->toggleViewAction()->isChecked());

    statusBarAction->trigger();
    toolBar->toggleViewAction()->trigger();
    QVERIFY(m_window->close());
    newWindow();
    QVERIFY(m_window->statusBar()->isVisible());
    QVERIFY(m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))->isVisible());
}

void TestMainWindow::selectionWrittenBeforeStartIsRestored()
{
    // What scripts/screenshot.sh writes into the data directory before it starts the console.
    m_window.reset();
    QFile ini(m_dir->filePath(QStringLiteral("relaydesk.ini")));
    QVERIFY(ini.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QString host = QSysInfo::machineHostName();
    ini.write(QStringLiteral("[console]\nselected=root, servers, \"host:%1\", protocols, smtp, "
                             "\"vs:Default SMTP Virtual Server\"\n")
                  .arg(host)
                  .toUtf8());
    ini.close();
    newWindow();
    QCOMPARE(ConsoleTreeModel::nodeAt(tree()->currentIndex()).kind, Kind::VirtualServer);
    QCOMPARE(label("detailsTitleLabel")->text(), QStringLiteral("Default SMTP Virtual Server"));

    // And the window writes it back the same way.
    QVERIFY(m_window->close());
    QSettings settings(ini.fileName(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("console/selected")).toStringList(),
             QStringList({QStringLiteral("root"), QStringLiteral("servers"), QStringLiteral("host:") + host,
                          QStringLiteral("protocols"), QStringLiteral("smtp"),
                          QStringLiteral("vs:Default SMTP Virtual Server")}));
}

void TestMainWindow::startupErrorDoesNotHangHeadless()
{
    const QString program =
        qEnvironmentVariable("RELAYDESK_BINARY_DIR") + QStringLiteral("/app/gui/relaydesk");
    if (!QFileInfo(program).isExecutable())
        QSKIP("relaydesk is not built");
    // A data directory below a file cannot be created.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-directory")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, {QStringLiteral("--data-dir"), blocker.fileName() + QStringLiteral("/data")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 3);
    const QString err = QString::fromLocal8Bit(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("Cannot use the data directory")), qPrintable(err));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

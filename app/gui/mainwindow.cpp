#include "mainwindow.h"

#include "languagemenu.h"
#include "ui_mainwindow.h"

#include "consoledetails.h"
#include "consoleeditor.h"
#include "consoletools.h"
#include "consoletreemodel.h"
#include "consolewarnings.h"
#include "controlrequest.h"
#include "detailsmodel.h"
#include "detailssortmodel.h"
#include "helpdocs.h"
#include "icons.h"
#include "listenermenu.h"
#include "logging.h"
#include "queueactions.h"
#include "syncmonitor.h"
#include "syncstatuswidget.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSysInfo>
#include <QTimer>

namespace RelayDesk {

namespace {
const auto GeometryKey = QStringLiteral("window/geometry");
const auto StateKey = QStringLiteral("window/state");
const auto SplitterKey = QStringLiteral("window/splitter");
const auto StatusBarKey = QStringLiteral("view/statusBar");
const auto ToolBarKey = QStringLiteral("view/toolBar");
const auto SelectedKey = QStringLiteral("console/selected");
constexpr int SyncMessageMs = 15000;
constexpr int ActivityPollMs = 2000;
constexpr int ActivityTimeoutMs = 1000;

// RELAYDESK_NO_LISTENER=1: the console starts no listener, whatever the setting says.
bool listenerStartDisabled()
{
    const QString value = qEnvironmentVariable("RELAYDESK_NO_LISTENER");
    return !value.isEmpty() && value != QLatin1String("0");
}
} // namespace

MainWindow::MainWindow(ConfigStore *store, const QString &dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("relaydesk.ini")),
                                             QSettings::IniFormat))
    , m_store(store)
    , m_treeModel(new ConsoleTreeModel(this))
    , m_detailsModel(new DetailsModel(this))
    , m_detailsSortModel(new DetailsSortModel(this))
    , m_revisionLabel(new QLabel(this))
    , m_syncStatus(new SyncStatusWidget(this))
{
    m_ui->setupUi(this);
    m_snapshot.dataDir = QDir::toNativeSeparators(dataDir);
    m_snapshot.databasePath = QDir::toNativeSeparators(store->path());
    m_snapshot.hostName = QSysInfo::machineHostName();
    setWindowIcon(Icons::icon(QStringLiteral("relaydesk")));

    m_editor = new ConsoleEditor(store, dataDir, this);
    m_tools = new ConsoleTools(&m_snapshot, m_editor, this);
    m_queueActions = new QueueActions(&m_snapshot, this);
    m_helpDocs = new HelpDocs(this);
    m_activityTimer = new QTimer(this);
    m_activityTimer->setInterval(ActivityPollMs);
    connect(m_activityTimer, &QTimer::timeout, this, &MainWindow::pollListenerActivity);
    setupViews();
    setupActions();
    restoreSettings();
    refresh();
    setupSync(dataDir);
    m_ui->consoleTreeView->setFocus();
}

// The monitor is a child and stops with the window: the listener it started stops first, while
// the window still exists.
MainWindow::~MainWindow()
{
    delete m_syncMonitor;
}

void MainWindow::setupSync(const QString &dataDir)
{
    SyncMonitor::Options options;
    options.autoSync = m_settings->value(ListenerMenu::AutoSyncKey, true).toBool();
    options.startListener =
        m_settings->value(ListenerMenu::StartWithConsoleKey, true).toBool() && !listenerStartDisabled();
    m_syncMonitor = new SyncMonitor(dataDir, options, this);
    m_syncStatus->setMonitor(m_syncMonitor);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(),
                          new ListenerMenu(m_syncMonitor, m_settings.get(), this));
    connect(m_syncMonitor, &SyncMonitor::databaseRevisionChanged, this, &MainWindow::databaseChanged);
    connect(m_syncMonitor, &SyncMonitor::actionFinished, this,
            [this](const QString &, bool ok, const QString &message) {
                if (!ok)
                    showSyncMessage(message);
            });
    connect(m_syncMonitor, &SyncMonitor::listenerExited, this, &MainWindow::showSyncMessage);
    connect(m_syncMonitor, &SyncMonitor::statusChanged, this, &MainWindow::listenerStatusChanged);
    m_syncMonitor->start();
}

// Another program (or this console) committed: the views show the new revision.
void MainWindow::databaseChanged(int revision)
{
    if (revision != m_snapshot.revision)
        refresh();
}

void MainWindow::showSyncMessage(const QString &message)
{
    qCInfo(lcGui).noquote() << message;
    // A load error keeps the status bar; the sync state keeps its tooltip.
    if (m_ui->loadErrorLabel->isHidden())
        m_ui->statusBar->showMessage(message, SyncMessageMs);
}

void MainWindow::setupViews()
{
    m_ui->loadErrorLabel->hide();
    m_ui->openRelayBannerLabel->hide();
    m_ui->consoleTreeView->setModel(m_treeModel);
    // Long virtual server names scroll instead of being cut off.
    m_ui->consoleTreeView->header()->setStretchLastSection(false);
    m_ui->consoleTreeView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_detailsSortModel->setSourceModel(m_detailsModel);
    m_ui->detailsTableView->setModel(m_detailsSortModel);
    // A filter above the list (a virtual server with 10,000 relay entries, a long history).
    m_detailsFilter = new QLineEdit(m_ui->detailsPane);
    m_detailsFilter->setObjectName(QStringLiteral("detailsFilterEdit"));
    m_detailsFilter->setPlaceholderText(tr("Filter the list (any column)"));
    m_detailsFilter->setClearButtonEnabled(true);
    m_ui->detailsLayout->insertWidget(m_ui->detailsLayout->indexOf(m_ui->detailsTableView), m_detailsFilter);
    connect(m_detailsFilter, &QLineEdit::textChanged, m_detailsSortModel, &DetailsSortModel::setFilterText);
    // Rows are single lines: a fixed height, so a list of 100,000 rows is not measured row by row.
    QHeaderView *rows = m_ui->detailsTableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_ui->detailsTableView->fontMetrics().height() + 6);
    m_ui->consoleSplitter->setStretchFactor(0, 0);
    m_ui->consoleSplitter->setStretchFactor(1, 1);
    m_ui->consoleSplitter->setSizes({340, 860});

    m_revisionLabel->setObjectName(QStringLiteral("revisionStatusLabel"));
    m_ui->statusBar->addPermanentWidget(m_revisionLabel, 1);
    m_ui->statusBar->addPermanentWidget(m_syncStatus);

    connect(m_ui->consoleTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDetails(current); });
    connect(m_ui->detailsTableView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateTarget);
    // Double-click on a row: its properties (a revision: its change in words).
    connect(m_ui->detailsTableView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString key = index.data(DetailsModel::KeyRole).toString();
        if (QAction *tool = m_tools->actionFor(ConsoleDetails::toolOfKey(key)))
            tool->trigger();
        else if (m_queueActions->hasTarget())
            m_queueActions->openMessages();
        else if (!key.isEmpty())
            m_editor->showProperties();
    });
    // Enter (or a double-click) on a tool of the tree opens it.
    connect(m_ui->consoleTreeView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (QAction *tool = m_tools->actionFor(ConsoleTreeModel::nodeAt(index).kind))
            tool->trigger();
    });
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_ui->consoleTreeView),
                                    static_cast<QAbstractItemView *>(m_ui->detailsTableView)}) {
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &position) { showContextMenu(view, position); });
    }
}

// What the editing actions apply to: the tree's node, and the details row when one is current.
void MainWindow::updateTarget()
{
    const ConsoleNode node = ConsoleTreeModel::nodeAt(m_ui->consoleTreeView->currentIndex());
    const QModelIndex row = m_ui->detailsTableView->currentIndex();
    m_editor->setTarget(node, row.isValid() ? row.data(DetailsModel::KeyRole).toString() : QString());
    m_tools->setVirtualServer(m_editor->selectedVirtualServer());
    m_queueActions->setTarget(node, row.isValid() ? row.data(DetailsModel::KeyRole).toString() : QString());
}

void MainWindow::showContextMenu(QWidget *view, const QPoint &position)
{
    if (view == m_ui->consoleTreeView) {
        const QModelIndex index = m_ui->consoleTreeView->indexAt(position);
        if (index.isValid())
            m_ui->consoleTreeView->setCurrentIndex(index);
        m_ui->detailsTableView->setCurrentIndex({});
    }
    updateTarget();
    QMenu menu(this);
    m_editor->fillContextMenu(&menu);
    const ConsoleNode node = ConsoleTreeModel::nodeAt(m_ui->consoleTreeView->currentIndex());
    const QModelIndex row = m_ui->detailsTableView->currentIndex();
    QAction *tool = m_tools->actionFor(node.kind);
    if (view == m_ui->detailsTableView && row.isValid())
        tool = m_tools->actionFor(ConsoleDetails::toolOfKey(row.data(DetailsModel::KeyRole).toString()));
    if (tool)
        menu.addAction(tool);
    if (view == m_ui->detailsTableView)
        m_queueActions->fillContextMenu(&menu);
    m_tools->fillContextMenu(&menu);
    menu.addSeparator();
    menu.addAction(m_ui->refreshAction);
    menu.exec(static_cast<QAbstractScrollArea *>(view)->viewport()->mapToGlobal(position));
}

void MainWindow::listenerStatusChanged(const SyncStatus &status)
{
    ConsoleSnapshot::Listener &listener = m_snapshot.listener;
    listener.checked = true;
    listener.syncState = SyncStatus::stateText(status.state);
    listener.syncReason = status.reason;
    listener.status = status.listenerStatus;
    const ConsoleNode::Kind kind = ConsoleTreeModel::nodeAt(m_ui->consoleTreeView->currentIndex()).kind;
    if (kind == ConsoleNode::Kind::Host || kind == ConsoleNode::Kind::Servers)
        showDetails(m_ui->consoleTreeView->currentIndex());
    if (showsListenerActivity())
        pollListenerActivity();
}

bool MainWindow::showsListenerActivity() const
{
    const ConsoleNode::Kind kind = ConsoleTreeModel::nodeAt(m_ui->consoleTreeView->currentIndex()).kind;
    return kind == ConsoleNode::Kind::CurrentSessions || kind == ConsoleNode::Kind::Queues;
}

// Current Sessions and Queues: what the listener reports now, asked every few seconds while one
// of them is shown (and after an action on a queue).
void MainWindow::pollListenerActivity()
{
    if (!showsListenerActivity()) {
        m_activityTimer->stop();
        return;
    }
    ConsoleSnapshot::Listener &listener = m_snapshot.listener;
    const QString socket = ListenerPaths(QDir::fromNativeSeparators(m_snapshot.dataDir)).control;
    QString error;
    const QJsonObject sessions = controlRequest(
        socket, {{QStringLiteral("command"), QStringLiteral("sessions")}}, ActivityTimeoutMs, &error);
    const QJsonObject queue = sessions.isEmpty()
        ? QJsonObject()
        : controlRequest(socket, {{QStringLiteral("command"), QStringLiteral("queue")}}, ActivityTimeoutMs,
                         &error);
    listener.activityKnown =
        sessions.value(QStringLiteral("ok")).toBool() && queue.value(QStringLiteral("ok")).toBool();
    listener.activityError =
        listener.activityKnown ? QString() : tr("The listener is not running (%1).").arg(error);
    listener.sessions = sessions.value(QStringLiteral("sessions")).toArray();
    listener.queue = queue.value(QStringLiteral("queue")).toArray();
    listener.queues = queue.value(QStringLiteral("queues")).toArray();
    showDetails(m_ui->consoleTreeView->currentIndex());
}

void MainWindow::setupActions()
{
    m_ui->refreshAction->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->expandAllAction, &QAction::triggered, m_ui->consoleTreeView, &QTreeView::expandAll);
    connect(m_ui->collapseAllAction, &QAction::triggered, m_ui->consoleTreeView, &QTreeView::collapseAll);
    connect(m_ui->statusBarAction, &QAction::toggled, m_ui->statusBar, &QWidget::setVisible);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
    m_ui->viewMenu->insertAction(m_ui->statusBarAction, m_ui->mainToolBar->toggleViewAction());
    m_ui->viewMenu->addSeparator();
    m_ui->viewMenu->addMenu(new LanguageMenu(QDir::fromNativeSeparators(m_snapshot.dataDir), this));

    // Help: the documents of docs/ (HelpDocs finds the installed or the source tree's copy), then About.
    m_ui->helpMenu->insertActions(m_ui->aboutAction, m_helpDocs->actions());
    m_ui->helpMenu->insertSeparator(m_ui->aboutAction);

    // File: Import / Export; Action: what Exchange System Manager's Action menu held.
    m_ui->fileMenu->insertAction(m_ui->refreshAction, m_editor->importAction());
    m_ui->fileMenu->insertAction(m_ui->refreshAction, m_editor->exportAction());
    m_ui->fileMenu->insertSeparator(m_ui->refreshAction);
    auto *actionMenu = new QMenu(tr("&Action"), this);
    actionMenu->setObjectName(QStringLiteral("actionMenu"));
    actionMenu->addMenu(m_editor->newMenu());
    actionMenu->addSeparator();
    actionMenu->addActions(
        {m_editor->startAction(), m_editor->stopAction(), m_editor->pauseAction(), m_editor->resumeAction()});
    actionMenu->addSeparator();
    actionMenu->addActions({m_editor->deleteAction(), m_editor->propertiesAction()});
    menuBar()->insertMenu(m_ui->viewMenu->menuAction(), actionMenu);
    m_editor->propertiesAction()->setIcon(Icons::icon(QStringLiteral("properties")));
    m_editor->deleteAction()->setIcon(Icons::icon(QStringLiteral("delete")));
    m_ui->mainToolBar->addAction(m_editor->propertiesAction());
    m_ui->mainToolBar->addAction(m_editor->deleteAction());
    // The window's shortcuts work wherever the focus is.
    addActions({m_editor->propertiesAction(), m_editor->deleteAction()});
    connect(m_editor, &ConsoleEditor::changed, this, &MainWindow::refresh);

    // Tools: Test Send, Explain, Open Relay Self-Test, Protocol Log (DESIGN.md).
    auto *toolsMenu = new QMenu(tr("&Tools"), this);
    toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    toolsMenu->addActions(m_tools->actions());
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), toolsMenu);
    connect(m_editor, &ConsoleEditor::message, this, &MainWindow::showSyncMessage);

    // Queues: what an action on a queue did, and the list as the listener has it afterwards.
    connect(m_queueActions, &QueueActions::message, this, &MainWindow::showSyncMessage);
    connect(m_queueActions, &QueueActions::changed, this, &MainWindow::pollListenerActivity);
}

void MainWindow::refresh()
{
    QTreeView *tree = m_ui->consoleTreeView;
    const QStringList selected =
        m_loaded ? ConsoleTreeModel::pathOf(tree->currentIndex()) : m_restoredSelection;
    const QList<QStringList> expanded = expandedPaths();

    QString error;
    if (!ConsoleSnapshot::load(*m_store, &m_snapshot, &error)) {
        showLoadError(error);
        return;
    }
    hideLoadError();

    m_treeModel->rebuild(m_snapshot.config, m_snapshot.hostName);
    m_tools->configurationChanged();
    if (m_loaded) {
        for (const QStringList &path : expanded) {
            const QModelIndex index = m_treeModel->indexOf(path);
            if (ConsoleTreeModel::pathOf(index) == path)
                tree->expand(index);
        }
    } else {
        expandDefault();
    }
    m_loaded = true;

    QModelIndex current = m_treeModel->indexOf(selected);
    if (!current.isValid())
        current = m_treeModel->index(0, 0);
    {
        // showDetails() below builds the details once; currentChanged would build them again.
        const QSignalBlocker blocker(tree->selectionModel());
        tree->setCurrentIndex(current);
    }
    tree->viewport()->update();
    tree->scrollTo(current);
    showDetails(current);
    updateWarnings();
    updateStatus();
    setWindowTitle(tr("%1 - RelayDesk").arg(m_snapshot.config.organization));
}

void MainWindow::showDetails(const QModelIndex &index)
{
    const QStringList path = ConsoleTreeModel::pathOf(index);
    const DetailsTable table = ConsoleDetails::forNode(ConsoleTreeModel::nodeAt(index), m_snapshot);
    // Another node starts in its own order; a refresh of the same node keeps the user's sorting
    // and the selected row (the live lists are read again every few seconds).
    QString currentKey;
    if (path != m_detailsPath) {
        resetDetailsSorting(table.sortable);
        m_detailsFilter->clear();
    } else {
        currentKey = m_ui->detailsTableView->currentIndex().data(DetailsModel::KeyRole).toString();
    }
    m_detailsPath = path;
    m_detailsModel->setTable(table);
    if (!currentKey.isEmpty()) {
        const QModelIndexList found = m_detailsSortModel->match(
            m_detailsSortModel->index(0, 0), DetailsModel::KeyRole, currentKey, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_ui->detailsTableView->setCurrentIndex(found.constFirst());
    }
    m_ui->detailsTitleLabel->setText(table.title);
    m_ui->detailsTableView->resizeColumnsToContents();
    updateTarget();
    if (showsListenerActivity() && !m_activityTimer->isActive()) {
        m_activityTimer->start();
        QTimer::singleShot(0, this, &MainWindow::pollListenerActivity);
    }
}

void MainWindow::resetDetailsSorting(bool sortable)
{
    QTableView *view = m_ui->detailsTableView;
    view->setSortingEnabled(false);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_detailsSortModel->sort(-1);
    view->setSortingEnabled(sortable);
}

void MainWindow::updateWarnings()
{
    const QString warning = ConsoleWarnings::openRelay(m_snapshot.config);
    m_ui->openRelayBannerLabel->setText(warning);
    m_ui->openRelayBannerLabel->setVisible(!warning.isEmpty());
}

void MainWindow::updateStatus()
{
    m_revisionLabel->setText(tr("Revision %1 \u00b7 %2").arg(m_snapshot.revision).arg(m_snapshot.dataDir));
}

void MainWindow::showLoadError(const QString &error)
{
    const QString text =
        tr("Could not read the configuration from %1: %2").arg(m_snapshot.databasePath, error);
    qCWarning(lcGui).noquote() << text;
    m_ui->loadErrorLabel->setText(text);
    m_ui->loadErrorLabel->show();
    m_ui->statusBar->showMessage(text);
}

void MainWindow::hideLoadError()
{
    m_ui->loadErrorLabel->hide();
    m_ui->statusBar->clearMessage();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RelayDesk"),
                       tr("<h3>RelayDesk %1</h3>"
                          "<p>A console for SMTP relay configuration.</p>"
                          "<p>Data directory: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_snapshot.dataDir.toHtmlEscaped()));
}

QList<QStringList> MainWindow::expandedPaths() const
{
    QList<QStringList> paths;
    QList<QModelIndex> pending{QModelIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex parent = pending.takeLast();
        for (int row = 0; row < m_treeModel->rowCount(parent); ++row) {
            const QModelIndex child = m_treeModel->index(row, 0, parent);
            if (m_ui->consoleTreeView->isExpanded(child)) {
                paths.append(ConsoleTreeModel::pathOf(child));
                pending.append(child);
            }
        }
    }
    return paths;
}

void MainWindow::expandDefault()
{
    // Root, Servers, the host, Protocols and SMTP: the virtual servers are in view at once.
    QModelIndex index = m_treeModel->index(0, 0);
    m_ui->consoleTreeView->expand(index);
    for (const auto kind : {ConsoleNode::Kind::Servers, ConsoleNode::Kind::Host, ConsoleNode::Kind::Protocols,
                            ConsoleNode::Kind::Smtp}) {
        const QModelIndexList found =
            m_treeModel->match(m_treeModel->index(0, 0, index), ConsoleTreeModel::KindRole,
                               static_cast<int>(kind), 1, Qt::MatchExactly);
        if (found.isEmpty())
            return;
        index = found.constFirst();
        m_ui->consoleTreeView->expand(index);
    }
}

void MainWindow::restoreSettings()
{
    restoreGeometry(m_settings->value(GeometryKey).toByteArray());
    restoreState(m_settings->value(StateKey).toByteArray());
    m_ui->consoleSplitter->restoreState(m_settings->value(SplitterKey).toByteArray());
    m_ui->statusBarAction->setChecked(m_settings->value(StatusBarKey, true).toBool());
    m_ui->mainToolBar->setVisible(m_settings->value(ToolBarKey, true).toBool());
    // Selected by the first refresh(), which builds the tree.
    m_restoredSelection = m_settings->value(SelectedKey).toStringList();
}

void MainWindow::saveSettings()
{
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
    m_settings->setValue(SplitterKey, m_ui->consoleSplitter->saveState());
    m_settings->setValue(StatusBarKey, m_ui->statusBarAction->isChecked());
    m_settings->setValue(ToolBarKey, !m_ui->mainToolBar->isHidden());
    m_settings->setValue(SelectedKey, ConsoleTreeModel::pathOf(m_ui->consoleTreeView->currentIndex()));
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace RelayDesk

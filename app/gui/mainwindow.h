#pragma once

#include "consolesnapshot.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QSettings;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace RelayDesk {

class ConfigStore;
class ConsoleTreeModel;
class DetailsModel;
class DetailsSortModel;
class SyncMonitor;
class SyncStatusWidget;
class ConsoleEditor;
class ConsoleTools;
class HelpDocs;
class QueueActions;
struct SyncStatus;

// The console: the tree of DESIGN.md on the left, the details list of the selected node on
// the right, read-only in this version. The store is not owned and must outlive the window.
//
// Sync runs beside it (SyncMonitor): on start the window starts the bundled listener for its data
// directory when none answers (setting "listener/startWithConsole"; the environment variable
// RELAYDESK_NO_LISTENER=1 turns it off for tests and scripts), pushes every committed change when
// "sync/automatic" is on, shows the state in the status bar, and reads the configuration again
// when another program changed it. A listener the window started stops with it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ConfigStore *store, const QString &dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the configuration again (another program may have changed it) and keeps the
    // selected node when it still exists.
    void refresh();

    SyncMonitor *syncMonitor() const { return m_syncMonitor; }
    ConsoleEditor *editor() const { return m_editor; }
    ConsoleTools *tools() const { return m_tools; }
    QueueActions *queueActions() const { return m_queueActions; }
    HelpDocs *helpDocs() const { return m_helpDocs; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupViews();
    void setupActions();
    void setupSync(const QString &dataDir);
    void databaseChanged(int revision);
    void showSyncMessage(const QString &message);
    void restoreSettings();
    void saveSettings();
    void showDetails(const QModelIndex &index);
    void resetDetailsSorting(bool sortable);
    void updateWarnings();
    void updateStatus();
    void showLoadError(const QString &error);
    void hideLoadError();
    void showAbout();
    void updateTarget();
    void showContextMenu(QWidget *view, const QPoint &position);
    void listenerStatusChanged(const SyncStatus &status);
    void pollListenerActivity();
    bool showsListenerActivity() const;
    QList<QStringList> expandedPaths() const;
    void expandDefault();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<QSettings> m_settings;
    ConfigStore *m_store;
    ConsoleSnapshot m_snapshot;
    ConsoleTreeModel *m_treeModel;
    DetailsModel *m_detailsModel;
    DetailsSortModel *m_detailsSortModel;
    QLabel *m_revisionLabel;
    QLineEdit *m_detailsFilter = nullptr;
    SyncStatusWidget *m_syncStatus;
    SyncMonitor *m_syncMonitor = nullptr;
    ConsoleEditor *m_editor = nullptr;
    ConsoleTools *m_tools = nullptr;
    QueueActions *m_queueActions = nullptr; // on the queue selected in Queues
    HelpDocs *m_helpDocs = nullptr; // Help: User Guide, Administrator's Guide, …
    QTimer *m_activityTimer = nullptr; // Current Sessions and Queues refresh while shown
    QStringList m_detailsPath; // the node the details list shows, to keep its sorting on refresh
    QStringList m_restoredSelection; // from the settings, selected by the first load
    bool m_loaded = false;
};

} // namespace RelayDesk

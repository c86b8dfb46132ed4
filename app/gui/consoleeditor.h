#pragma once

#include "config.h"
#include "consolenode.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace RelayDesk {

class ConfigStore;

// The editing actions of the console — New, Properties, Delete, Start, Stop, Pause, Resume, and
// File ▸ Import / Export — for what is selected: a node of the tree and, in its details list, a
// row (a user, a recipient, a policy, a virtual server, a revision). Each action opens the dialog
// of DESIGN.md; every change is one store revision, which sync then pushes.
class ConsoleEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleEditor)

public:
    ConsoleEditor(ConfigStore *store, const QString &dataDir, QWidget *window);
    ~ConsoleEditor() override;

    // The selection: the tree's node, and the key of the selected details row (empty: none).
    void setTarget(const ConsoleNode &node, const QString &rowKey);

    QMenu *newMenu() const { return m_newMenu; }
    QAction *newVirtualServerAction() const { return m_newVirtualServer; }
    QAction *newPolicyAction() const { return m_newPolicy; }
    QAction *newRecipientAction() const { return m_newRecipient; }
    QAction *newUserAction() const { return m_newUser; }
    QAction *propertiesAction() const { return m_properties; }
    QAction *deleteAction() const { return m_delete; }
    QAction *startAction() const { return m_start; }
    QAction *stopAction() const { return m_stop; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    // The context menu for the current target.
    void fillContextMenu(QMenu *menu) const;

    // The actions, callable directly (tests, double-click).
    void showProperties();
    void deleteSelected();
    void setVirtualServerEnabled(bool enabled);
    void setVirtualServerPaused(bool paused);
    void newVirtualServer();
    void newRecipientPolicy();
    void newRecipient();
    void newSmtpUser();
    void importConfiguration();
    void exportConfiguration();
    // Test Send's "Allow this computer to relay…": the property sheet of virtual server `name`
    // with its Relay Restrictions open and Add… filled in with `entry`. Nothing is written until
    // the administrator applies.
    void allowRelay(const QString &name, const AccessEntry &entry);
    // The virtual server the selection stands for; empty when it stands for none.
    QString selectedVirtualServer() const;

signals:
    // A revision was committed (the window shows it at once instead of at the next poll).
    void changed();
    // A sentence for the status bar.
    void message(const QString &text);

private:
    enum class Item
    {
        None,
        VirtualServer,
        RecipientPolicy,
        Recipient,
        SmtpUser,
        Revision
    };
    Item item() const; // what Properties and Delete act on
    QString itemKey() const;
    void updateActions();

    ConfigStore *m_store;
    QString m_dataDir;
    QWidget *m_window;
    ConsoleNode m_node;
    QString m_rowKey;
    QMenu *m_newMenu;
    QAction *m_newVirtualServer;
    QAction *m_newPolicy;
    QAction *m_newRecipient;
    QAction *m_newUser;
    QAction *m_properties;
    QAction *m_delete;
    QAction *m_start;
    QAction *m_stop;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_import;
    QAction *m_export;
};

} // namespace RelayDesk

#pragma once

#include "consolenode.h"
#include "consolesnapshot.h"
#include "queuecontrol.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace RelayDesk {

class QueueMessagesDialog;

// The actions on a queue selected in Servers ▸ host ▸ Queues (one row per virtual server and
// destination): Retry Now, Freeze, Unfreeze, Delete All Messages… and Find Messages…, which
// opens the queue's messages. Each action is one request to the listener's control socket; a
// refusal or a listener that does not answer is shown in words.
class QueueActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueActions)

public:
    // snapshot: what the window shows (its data directory and the listener's last answer).
    QueueActions(const ConsoleSnapshot *snapshot, QWidget *window);
    ~QueueActions() override;

    // The selection: the queue of the details row when the node is Queues.
    void setTarget(const ConsoleNode &node, const QString &rowKey);
    bool hasTarget() const { return !m_destination.isEmpty(); }
    QString virtualServer() const { return m_virtualServer; }
    QString destination() const { return m_destination; }

    QAction *retryAction() const { return m_retry; }
    QAction *freezeAction() const { return m_freeze; }
    QAction *unfreezeAction() const { return m_unfreeze; }
    QAction *deleteAction() const { return m_delete; }
    QAction *messagesAction() const { return m_messages; }
    QList<QAction *> actions() const { return {m_retry, m_freeze, m_unfreeze, m_delete, m_messages}; }
    // Adds the queue's actions to the context menu when a queue is selected.
    void fillContextMenu(QMenu *menu) const;

    // What the actions do, callable directly (tests, double-click). False when nothing was done.
    bool run(QueueControl::Action action, bool ndr = false);
    bool deleteAll();
    QueueMessagesDialog *openMessages();

    // The confirmation of a delete: true to delete, *ndr whether the senders get non-delivery
    // reports (buttons "Delete and Send NDRs", "Delete Without NDRs", Cancel).
    static bool confirmDelete(QWidget *parent, const QString &title, const QString &text, bool *ndr);
    // "retry", "freeze", … for sentences.
    static QString actionText(QueueControl::Action action);

signals:
    // The listener's queues changed: the window asks again.
    void changed();
    // A sentence for the status bar.
    void message(const QString &text);

private:
    QString socketPath() const;
    int messageCount() const; // of the target queue, as the listener last said
    void updateActions();

    const ConsoleSnapshot *m_snapshot;
    QWidget *m_window;
    QString m_virtualServer;
    QString m_destination;
    QAction *m_retry;
    QAction *m_freeze;
    QAction *m_unfreeze;
    QAction *m_delete;
    QAction *m_messages;
    QHash<QString, QPointer<QueueMessagesDialog>> m_dialogs; // by queue key: one window per queue
};

} // namespace RelayDesk

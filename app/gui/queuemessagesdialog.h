#pragma once

#include "queuecontrol.h"

#include <QDialog>
#include <QStringList>

#include <memory>

class QSortFilterProxyModel;
class QTimer;

namespace Ui {
class QueueMessagesDialog;
}

namespace RelayDesk {

class QueueMessageModel;

// Queues ▸ Find Messages…: the messages of one queue (virtual server and destination) as the
// listener lists them, with Retry Now, Freeze, Unfreeze and Delete… on the selection. The list is
// asked for again after every action and every few seconds; a listener that cannot be asked, or
// that refuses an action, is named in words.
class QueueMessagesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueMessagesDialog)

public:
    // socketPath: the listener's control socket.
    QueueMessagesDialog(const QString &socketPath, const QString &virtualServer, const QString &destination,
                        QWidget *parent = nullptr);
    ~QueueMessagesDialog() override;

    QString virtualServer() const { return m_virtualServer; }
    QString destination() const { return m_destination; }
    QueueMessageModel *model() const { return m_model; }
    // Why the list could not be read (empty when it could).
    QString errorText() const;

    // Asks the listener for the queue again.
    void refresh();
    // The ids of the selected messages, in the order of the list.
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);
    // The actions of the buttons. Delete asks first (and whether the senders get NDRs).
    void retrySelected();
    void freezeSelected();
    void unfreezeSelected();
    void deleteSelected();

signals:
    // An action changed the queue: the console's Queues list asks again.
    void queueChanged();

private:
    void run(QueueControl::Action action, bool ndr = false);
    void updateButtons();
    void showError(const QString &text);

    std::unique_ptr<Ui::QueueMessagesDialog> m_ui;
    QString m_socketPath;
    QString m_virtualServer;
    QString m_destination;
    QueueMessageModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer *m_timer;
};

} // namespace RelayDesk

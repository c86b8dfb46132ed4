#include "queueactions.h"

#include "icons.h"
#include "messagebox.h"
#include "queuemessagesdialog.h"
#include "serverdetails.h"
#include "syncstatus.h"

#include <QAction>
#include <QDir>
#include <QMenu>

namespace RelayDesk {

QueueActions::QueueActions(const ConsoleSnapshot *snapshot, QWidget *window)
    : QObject(window)
    , m_snapshot(snapshot)
    , m_window(window)
    , m_retry(new QAction(tr("&Retry Now"), this))
    , m_freeze(new QAction(tr("&Freeze"), this))
    , m_unfreeze(new QAction(tr("&Unfreeze"), this))
    , m_delete(new QAction(Icons::icon(QStringLiteral("delete")), tr("&Delete All Messages…"), this))
    , m_messages(new QAction(Icons::icon(QStringLiteral("queue")), tr("Find &Messages…"), this))
{
    m_retry->setObjectName(QStringLiteral("queueRetryAction"));
    m_freeze->setObjectName(QStringLiteral("queueFreezeAction"));
    m_unfreeze->setObjectName(QStringLiteral("queueUnfreezeAction"));
    m_delete->setObjectName(QStringLiteral("queueDeleteAction"));
    m_messages->setObjectName(QStringLiteral("queueMessagesAction"));
    m_retry->setStatusTip(tr("Attempt every message of the queue now (frozen ones too)"));
    m_freeze->setStatusTip(tr("Stop attempting the queue's messages until it is unfrozen"));
    m_unfreeze->setStatusTip(tr("Attempt the queue's messages again at their next retry"));
    m_delete->setStatusTip(tr("Remove every message of the queue, with or without non-delivery reports"));
    m_messages->setStatusTip(tr("List the queue's messages to retry, freeze or delete some of them"));
    connect(m_retry, &QAction::triggered, this, [this] { run(QueueControl::Action::Retry); });
    connect(m_freeze, &QAction::triggered, this, [this] { run(QueueControl::Action::Freeze); });
    connect(m_unfreeze, &QAction::triggered, this, [this] { run(QueueControl::Action::Unfreeze); });
    connect(m_delete, &QAction::triggered, this, [this] { deleteAll(); });
    connect(m_messages, &QAction::triggered, this, [this] { openMessages(); });
    updateActions();
}

QueueActions::~QueueActions() = default;

void QueueActions::setTarget(const ConsoleNode &node, const QString &rowKey)
{
    m_virtualServer.clear();
    m_destination.clear();
    if (node.kind == ConsoleNode::Kind::Queues)
        ServerDetails::parseQueueKey(rowKey, &m_virtualServer, &m_destination);
    updateActions();
}

void QueueActions::updateActions()
{
    for (QAction *a : actions())
        a->setEnabled(hasTarget());
}

void QueueActions::fillContextMenu(QMenu *menu) const
{
    if (!hasTarget())
        return;
    menu->addSeparator();
    menu->addActions({m_retry, m_freeze, m_unfreeze});
    menu->addSeparator();
    menu->addActions({m_delete, m_messages});
}

QString QueueActions::socketPath() const
{
    return ListenerPaths(QDir::fromNativeSeparators(m_snapshot->dataDir)).control;
}

int QueueActions::messageCount() const
{
    for (const QJsonValue &value : m_snapshot->listener.queues) {
        const QJsonObject q = value.toObject();
        if (q.value(QStringLiteral("destination")).toString() == m_destination
            && q.value(QStringLiteral("virtualServer")).toString() == m_virtualServer)
            return q.value(QStringLiteral("messages")).toInt();
    }
    return 0;
}

QString QueueActions::actionText(QueueControl::Action action)
{
    switch (action) {
    case QueueControl::Action::Retry:
        return tr("retry");
    case QueueControl::Action::Freeze:
        return tr("freeze");
    case QueueControl::Action::Unfreeze:
        return tr("unfreeze");
    case QueueControl::Action::Delete:
        return tr("delete");
    }
    return QString();
}

bool QueueActions::run(QueueControl::Action action, bool ndr)
{
    if (!hasTarget())
        return false;
    const QueueControl::Answer answer = QueueControl::send(
        socketPath(),
        QueueControl::request(action, QueueControl::Target::queue(m_virtualServer, m_destination), ndr),
        QueueControl::ActionTimeoutMs);
    if (!answer.ok) {
        MessageBox::warning(
            m_window, tr("Queues"),
            answer.reached ? tr("The listener did not %1 the queue for %2 on %3: %4")
                                 .arg(actionText(action), m_destination, m_virtualServer, answer.error)
                           : tr("The listener is not running, so the queue for %1 cannot be changed (%2).")
                                 .arg(m_destination, answer.error));
        emit changed();
        return false;
    }
    const int n = answer.messages;
    switch (action) {
    case QueueControl::Action::Retry:
        emit message(tr("%n message(s) for %1 will be attempted now.", "", n).arg(m_destination));
        break;
    case QueueControl::Action::Freeze:
        emit message(tr("%n message(s) for %1 frozen.", "", n).arg(m_destination));
        break;
    case QueueControl::Action::Unfreeze:
        emit message(tr("%n message(s) for %1 unfrozen.", "", n).arg(m_destination));
        break;
    case QueueControl::Action::Delete:
        emit message(ndr ? tr("%n message(s) for %1 deleted; the senders get non-delivery reports.", "", n)
                               .arg(m_destination)
                         : tr("%n message(s) for %1 deleted.", "", n).arg(m_destination));
        break;
    }
    emit changed();
    return true;
}

bool QueueActions::confirmDelete(QWidget *parent, const QString &title, const QString &text, bool *ndr)
{
    const QMessageBox::StandardButton answer = MessageBox::question(
        parent, title,
        text + QStringLiteral("\n\n")
            + tr("Send each sender a non-delivery report, or delete without telling them? This cannot be "
                 "undone."),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Delete and Send &NDRs")}, {QMessageBox::No, tr("Delete &Without NDRs")}});
    *ndr = answer == QMessageBox::Yes;
    return answer == QMessageBox::Yes || answer == QMessageBox::No;
}

bool QueueActions::deleteAll()
{
    if (!hasTarget())
        return false;
    const int count = messageCount();
    bool ndr = false;
    if (!confirmDelete(m_window, tr("Delete All Messages"),
                       tr("Delete all %n message(s) queued for %1 on %2?", "", count)
                           .arg(m_destination, m_virtualServer),
                       &ndr))
        return false;
    return run(QueueControl::Action::Delete, ndr);
}

QueueMessagesDialog *QueueActions::openMessages()
{
    if (!hasTarget())
        return nullptr;
    const QString key = ServerDetails::queueKey(m_virtualServer, m_destination);
    QPointer<QueueMessagesDialog> &dialog = m_dialogs[key];
    if (!dialog) {
        dialog = new QueueMessagesDialog(socketPath(), m_virtualServer, m_destination, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QueueMessagesDialog::queueChanged, this, &QueueActions::changed);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace RelayDesk

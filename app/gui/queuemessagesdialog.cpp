#include "queuemessagesdialog.h"
#include "ui_queuemessagesdialog.h"

#include "messagebox.h"
#include "queueactions.h"
#include "queuemessagemodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <algorithm>

namespace RelayDesk {

namespace {
constexpr int RefreshMs = 3000;
constexpr int ListTimeoutMs = 2000; // the dialog waits on the GUI thread: short
} // namespace

QueueMessagesDialog::QueueMessagesDialog(const QString &socketPath, const QString &virtualServer,
                                         const QString &destination, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QueueMessagesDialog>())
    , m_socketPath(socketPath)
    , m_virtualServer(virtualServer)
    , m_destination(destination)
    , m_model(new QueueMessageModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Messages Queued for %1").arg(destination));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QueueMessageModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->messagesTableView->setModel(m_proxy);
    m_ui->messagesTableView->sortByColumn(QueueMessageModel::Received, Qt::AscendingOrder);
    QHeaderView *rows = m_ui->messagesTableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_ui->messagesTableView->fontMetrics().height() + 6);
    m_ui->errorLabel->hide();

    connect(m_ui->findLineEdit, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->messagesTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueueMessagesDialog::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueueMessagesDialog::updateButtons);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &QueueMessagesDialog::retrySelected);
    connect(m_ui->freezeButton, &QPushButton::clicked, this, &QueueMessagesDialog::freezeSelected);
    connect(m_ui->unfreezeButton, &QPushButton::clicked, this, &QueueMessagesDialog::unfreezeSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &QueueMessagesDialog::deleteSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &QueueMessagesDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->messagesTableView, &QTableView::doubleClicked, this, &QueueMessagesDialog::retrySelected);

    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &QueueMessagesDialog::refresh);
    m_timer->start();
    refresh();
    m_ui->messagesTableView->resizeColumnsToContents();
}

QueueMessagesDialog::~QueueMessagesDialog() = default;

QString QueueMessagesDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void QueueMessagesDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

void QueueMessagesDialog::refresh()
{
    const QStringList selected = selectedIds();
    const QueueControl::Answer answer =
        QueueControl::send(m_socketPath, QueueControl::listRequest(), ListTimeoutMs);
    if (!answer.ok) {
        showError(answer.reached ? tr("The listener did not list its queues: %1").arg(answer.error)
                                 : tr("The listener is not running (%1).").arg(answer.error));
        m_model->setMessages({});
        m_ui->summaryLabel->setText(
            tr("Messages queued for %1 on %2: not known.").arg(m_destination, m_virtualServer));
        return;
    }
    QJsonArray messages;
    for (const QJsonValue &value : answer.object.value(QStringLiteral("queue")).toArray()) {
        const QJsonObject m = value.toObject();
        if (m.value(QStringLiteral("destination")).toString() == m_destination
            && m.value(QStringLiteral("virtualServer"))
                    .toString()
                    .compare(m_virtualServer, Qt::CaseInsensitive)
                == 0)
            messages.append(m);
    }
    m_model->setMessages(messages);
    selectIds(selected);
    showError(QString());
    m_ui->summaryLabel->setText(
        messages.isEmpty() ? tr("No message is queued for %1 on %2.").arg(m_destination, m_virtualServer)
                           : tr("%n message(s) queued for %1 on %2.", "", int(messages.size()))
                                 .arg(m_destination, m_virtualServer));
    updateButtons();
}

QStringList QueueMessagesDialog::selectedIds() const
{
    QModelIndexList rows = m_ui->messagesTableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QString id = row.data(QueueMessageModel::IdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

void QueueMessagesDialog::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (ids.contains(index.data(QueueMessageModel::IdRole).toString()))
            selection.select(index, m_proxy->index(row, QueueMessageModel::ColumnCount - 1));
    }
    m_ui->messagesTableView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void QueueMessagesDialog::updateButtons()
{
    const bool any = m_ui->messagesTableView->selectionModel()->hasSelection();
    for (QPushButton *button :
         {m_ui->retryButton, m_ui->freezeButton, m_ui->unfreezeButton, m_ui->deleteButton}) {
        button->setEnabled(any);
        button->setStatusTip(any ? QString() : tr("Select one or more messages first"));
    }
}

void QueueMessagesDialog::retrySelected()
{
    run(QueueControl::Action::Retry);
}

void QueueMessagesDialog::freezeSelected()
{
    run(QueueControl::Action::Freeze);
}

void QueueMessagesDialog::unfreezeSelected()
{
    run(QueueControl::Action::Unfreeze);
}

void QueueMessagesDialog::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString text = ids.size() == 1
        ? tr("Delete message %1 from the queue for %2?").arg(ids.constFirst(), m_destination)
        : tr("Delete the %n selected message(s) from the queue for %1?", "", int(ids.size()))
              .arg(m_destination);
    bool ndr = false;
    if (!QueueActions::confirmDelete(this, tr("Delete Messages"), text, &ndr))
        return;
    run(QueueControl::Action::Delete, ndr);
}

// One request per selected message: the listener acts on a message by its id (all its
// destinations) or on a whole queue.
void QueueMessagesDialog::run(QueueControl::Action action, bool ndr)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList failures;
    int affected = 0;
    for (const QString &id : ids) {
        const QueueControl::Answer answer = QueueControl::send(
            m_socketPath, QueueControl::request(action, QueueControl::Target::message(id), ndr),
            QueueControl::ActionTimeoutMs);
        if (answer.ok)
            affected += answer.messages;
        else
            failures << (answer.reached ? answer.error
                                        : tr("the listener is not running (%1)").arg(answer.error));
        if (!answer.reached)
            break; // the next request would fail the same way
    }
    refresh();
    if (affected > 0)
        emit queueChanged();
    if (!failures.isEmpty())
        MessageBox::warning(this, windowTitle(),
                            tr("The listener did not %1 every selected message: %2")
                                .arg(QueueActions::actionText(action), failures.join(QStringLiteral("; "))));
}

} // namespace RelayDesk

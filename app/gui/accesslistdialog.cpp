#include "accesslistdialog.h"

#include "accessentrydialog.h"
#include "accessentrymodel.h"
#include "dialogrunner.h"
#include "messagebox.h"
#include "ui_accesslistdialog.h"
#include "validation.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSortFilterProxyModel>

namespace RelayDesk {

AccessListDialog::AccessListDialog(Kind kind, const QString &virtualServer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccessListDialog>())
    , m_kind(kind)
    , m_model(new AccessEntryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    if (kind == Kind::Connection) {
        setWindowTitle(tr("Connection - %1").arg(virtualServer));
        m_ui->selectLabel->setText(tr("Select which computers may access this virtual server:"));
        m_ui->authenticatedCheck->hide();
    } else {
        setWindowTitle(tr("Relay Restrictions - %1").arg(virtualServer));
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AccessEntryModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    QTableView *view = m_ui->entriesView;
    view->setModel(m_proxy);
    // Fixed row heights and column widths: no measuring of 10,000 rows when the dialog opens.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int unit = view->fontMetrics().averageCharWidth();
    view->setColumnWidth(AccessEntryModel::AccessColumn, 20 * unit);
    view->setColumnWidth(AccessEntryModel::AddressColumn, 26 * unit);
    view->setColumnWidth(AccessEntryModel::MaskColumn, 16 * unit);
    view->setColumnWidth(AccessEntryModel::CommentColumn, 24 * unit);
    view->sortByColumn(-1, Qt::AscendingOrder); // the configuration's order: first match wins

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { addEntry(AccessEntry()); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_proxy->mapToSource(m_ui->entriesView->currentIndex());
        if (current.isValid())
            editEntry(current.row());
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccessListDialog::removeSelected);
    connect(view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { editEntry(m_proxy->mapToSource(index).row()); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessListDialog::updateState);
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_ui->onlyListRadio),
                                    static_cast<QAbstractButton *>(m_ui->allExceptRadio),
                                    static_cast<QAbstractButton *>(m_ui->authenticatedCheck)})
        connect(button, &QAbstractButton::toggled, this, &AccessListDialog::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AccessListDialog::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AccessListDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccessListDialog::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AccessListDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

AccessListDialog::~AccessListDialog() = default;

void AccessListDialog::setConnectionControl(const ConnectionControl &control)
{
    (control.mode == ListMode::OnlyList ? m_ui->onlyListRadio : m_ui->allExceptRadio)->setChecked(true);
    m_model->setEntries(control.entries);
}

ConnectionControl AccessListDialog::connectionControl() const
{
    ConnectionControl control;
    control.mode = m_ui->onlyListRadio->isChecked() ? ListMode::OnlyList : ListMode::AllExceptList;
    control.entries = m_model->entries();
    return control;
}

void AccessListDialog::setRelayRestrictions(const RelayRestrictions &restrictions)
{
    (restrictions.mode == ListMode::OnlyList ? m_ui->onlyListRadio : m_ui->allExceptRadio)->setChecked(true);
    m_ui->authenticatedCheck->setChecked(restrictions.allowAuthenticatedRelay);
    m_model->setEntries(restrictions.entries);
}

RelayRestrictions AccessListDialog::relayRestrictions() const
{
    RelayRestrictions restrictions;
    restrictions.mode = m_ui->onlyListRadio->isChecked() ? ListMode::OnlyList : ListMode::AllExceptList;
    restrictions.allowAuthenticatedRelay = m_ui->authenticatedCheck->isChecked();
    restrictions.entries = m_model->entries();
    return restrictions;
}

bool AccessListDialog::runEntryDialog(AccessEntryDialog &dialog)
{
    return DialogRunner::exec(dialog) == QDialog::Accepted && dialog.problem().isEmpty();
}

void AccessListDialog::addEntry(const AccessEntry &prefilled)
{
    AccessEntryDialog dialog(this);
    dialog.setWindowTitle(tr("Add Computer"));
    dialog.setEntry(prefilled);
    if (!runEntryDialog(dialog))
        return;
    const AccessEntry entry = dialog.entry();
    const int existing = m_model->findEntry(entry);
    if (existing >= 0) {
        MessageBox::information(
            this, windowTitle(),
            tr("%1 is already on the list.").arg(describeEntry(m_model->entries().at(existing))));
        m_ui->entriesView->setCurrentIndex(m_proxy->mapFromSource(m_model->index(existing, 0)));
        return;
    }
    m_model->appendEntry(entry);
    m_ui->entriesView->setCurrentIndex(m_proxy->mapFromSource(m_model->index(m_model->rowCount() - 1, 0)));
}

void AccessListDialog::editEntry(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    AccessEntryDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Computer"));
    dialog.setEntry(m_model->entries().at(row));
    if (!runEntryDialog(dialog))
        return;
    m_model->replaceEntry(row, dialog.entry());
}

void AccessListDialog::removeSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->entriesView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    m_model->removeEntries(rows);
}

void AccessListDialog::updateState()
{
    const bool selection = m_ui->entriesView->selectionModel()->hasSelection();
    m_ui->removeButton->setEnabled(selection);
    m_ui->editButton->setEnabled(selection);
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_ui->countLabel->setText(shown == total ? tr("%n computer(s) on the list", nullptr, total)
                                             : tr("%1 of %n computer(s) shown", nullptr, total).arg(shown));

    QString warning;
    if (m_kind == Kind::Relay) {
        VirtualServer server;
        server.relayRestrictions = relayRestrictions();
        QString why;
        if (Validation::isOpenRelay(server, &why))
            warning = tr("Open relay: %1. Anyone on the Internet who can reach this server could send mail "
                         "through it.")
                          .arg(why);
    } else if (m_ui->onlyListRadio->isChecked() && total == 0) {
        warning = tr("No computer can connect: the list is empty and only the list may connect.");
    }
    m_ui->warningLabel->setText(warning);
    m_ui->warningLabel->setVisible(!warning.isEmpty());
}

} // namespace RelayDesk

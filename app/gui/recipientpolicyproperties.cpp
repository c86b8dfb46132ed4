#include "recipientpolicyproperties.h"

#include "configstore.h"
#include "dialogrunner.h"
#include "directorydialogs.h"
#include "messagebox.h"
#include "ui_recipientpolicyproperties.h"

#include <QPushButton>

namespace RelayDesk {

RecipientPolicyProperties::RecipientPolicyProperties(ConfigStore *store, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecipientPolicyProperties>())
    , m_store(store)
{
    m_ui->setupUi(this);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RecipientPolicyProperties::updateState);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &RecipientPolicyProperties::updateState);
    connect(m_ui->prioritySpin, &QSpinBox::valueChanged, this, &RecipientPolicyProperties::updateState);
    connect(m_ui->spacesTable, &QTableWidget::itemSelectionChanged, this,
            &RecipientPolicyProperties::updateState);
    connect(m_ui->spacesTable, &QTableWidget::cellDoubleClicked, this,
            &RecipientPolicyProperties::editAddressSpace);
    connect(m_ui->newSpaceButton, &QPushButton::clicked, this, &RecipientPolicyProperties::newAddressSpace);
    connect(m_ui->editSpaceButton, &QPushButton::clicked, this, &RecipientPolicyProperties::editAddressSpace);
    connect(m_ui->removeSpaceButton, &QPushButton::clicked, this,
            &RecipientPolicyProperties::removeAddressSpace);
    connect(m_ui->primaryButton, &QPushButton::clicked, this, &RecipientPolicyProperties::setPrimary);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &RecipientPolicyProperties::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RecipientPolicyProperties::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_loaded = load(name);
    populate();
}

RecipientPolicyProperties::~RecipientPolicyProperties() = default;

bool RecipientPolicyProperties::load(const QString &name)
{
    QString error;
    if (!m_store->load(&m_config, &m_revision, &error)) {
        m_problem = tr("The configuration cannot be read: %1").arg(error);
        return false;
    }
    m_index = -1;
    for (int i = 0; i < m_config.recipientPolicies.size(); ++i) {
        if (m_config.recipientPolicies.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            m_index = i;
    }
    if (!name.isEmpty() && m_index < 0) {
        m_problem = tr("No recipient policy is named \"%1\" any more.").arg(name);
        return false;
    }
    if (m_index >= 0) {
        m_original = m_config.recipientPolicies.at(m_index);
    } else {
        m_original = RecipientPolicy();
        m_original.name = tr("New Policy");
        int lowest = 0;
        for (const RecipientPolicy &p : std::as_const(m_config.recipientPolicies))
            lowest = qMax(lowest, p.priority + 1);
        m_original.priority = lowest;
    }
    m_spaces = m_original.addressSpaces;
    return true;
}

void RecipientPolicyProperties::populate()
{
    m_populating = true;
    setWindowTitle(m_index < 0 ? tr("New Recipient Policy") : tr("%1 Properties").arg(m_original.name));
    m_ui->nameEdit->setText(m_original.name);
    m_ui->filterEdit->setText(m_original.filter);
    m_ui->prioritySpin->setValue(m_original.priority);
    fillSpaces();
    m_populating = false;
    updateState();
}

void RecipientPolicyProperties::fillSpaces()
{
    QTableWidget *table = m_ui->spacesTable;
    const int current = table->currentRow();
    table->setRowCount(0);
    for (const AddressSpace &space : std::as_const(m_spaces)) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *type = new QTableWidgetItem(space.type);
        auto *address = new QTableWidgetItem(space.address);
        auto *responsible = new QTableWidgetItem(space.responsible ? tr("Yes") : tr("No"));
        if (space.primary) {
            QFont bold = address->font();
            bold.setBold(true);
            for (QTableWidgetItem *item : {type, address, responsible})
                item->setFont(bold);
            address->setToolTip(tr("Primary address space"));
        }
        table->setItem(row, 0, type);
        table->setItem(row, 1, address);
        table->setItem(row, 2, responsible);
    }
    if (current >= 0 && current < table->rowCount())
        table->selectRow(current);
}

RecipientPolicy RecipientPolicyProperties::policy() const
{
    RecipientPolicy p = m_original;
    p.name = m_ui->nameEdit->text().trimmed();
    p.filter = m_ui->filterEdit->text().trimmed();
    p.priority = m_ui->prioritySpin->value();
    p.addressSpaces = m_spaces;
    return p;
}

bool RecipientPolicyProperties::isDirty() const
{
    return m_loaded && (m_index < 0 || policy() != m_original);
}

void RecipientPolicyProperties::updateState()
{
    if (m_populating)
        return;
    const bool selected = m_ui->spacesTable->currentRow() >= 0;
    m_ui->editSpaceButton->setEnabled(selected);
    m_ui->removeSpaceButton->setEnabled(selected);
    m_ui->primaryButton->setEnabled(selected && !m_spaces.value(m_ui->spacesTable->currentRow()).primary);

    m_problem.clear();
    if (m_loaded) {
        Config config = m_config;
        if (m_index >= 0)
            config.recipientPolicies[m_index] = policy();
        else
            config.recipientPolicies.append(policy());
        m_problem = firstProblem(config, QStringLiteral("recipientPolicies"));
        if (!m_problem.isEmpty())
            m_problem[0] = m_problem.at(0).toUpper();
    }
    m_ui->problemLabel->setText(m_problem);
    m_ui->problemLabel->setVisible(!m_problem.isEmpty());
    QPushButton *applyButton = m_ui->buttonBox->button(QDialogButtonBox::Apply);
    applyButton->setEnabled(isDirty() && m_problem.isEmpty());
    applyButton->setToolTip(m_problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_loaded && m_problem.isEmpty());
}

void RecipientPolicyProperties::selectAddressSpace(int row)
{
    m_ui->spacesTable->selectRow(row);
}

void RecipientPolicyProperties::newAddressSpace()
{
    AddressSpaceDialog dialog(this);
    dialog.setWindowTitle(tr("New SMTP Address"));
    AddressSpace space;
    space.primary = m_spaces.isEmpty();
    dialog.setAddressSpace(space);
    if (DialogRunner::exec(dialog) != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    m_spaces.append(dialog.addressSpace());
    fillSpaces();
    m_ui->spacesTable->selectRow(int(m_spaces.size()) - 1);
    updateState();
}

void RecipientPolicyProperties::editAddressSpace()
{
    const int row = m_ui->spacesTable->currentRow();
    if (row < 0 || row >= m_spaces.size())
        return;
    AddressSpaceDialog dialog(this);
    dialog.setAddressSpace(m_spaces.at(row));
    if (DialogRunner::exec(dialog) != QDialog::Accepted || !dialog.problem().isEmpty())
        return;
    m_spaces[row] = dialog.addressSpace();
    fillSpaces();
    updateState();
}

void RecipientPolicyProperties::removeAddressSpace()
{
    const int row = m_ui->spacesTable->currentRow();
    if (row < 0 || row >= m_spaces.size())
        return;
    const bool wasPrimary = m_spaces.at(row).primary;
    m_spaces.removeAt(row);
    if (wasPrimary && !m_spaces.isEmpty())
        m_spaces[0].primary = true; // a policy always has a primary address space
    fillSpaces();
    updateState();
}

void RecipientPolicyProperties::setPrimary()
{
    const int row = m_ui->spacesTable->currentRow();
    if (row < 0 || row >= m_spaces.size())
        return;
    for (int i = 0; i < m_spaces.size(); ++i)
        m_spaces[i].primary = i == row;
    fillSpaces();
    updateState();
}

bool RecipientPolicyProperties::apply()
{
    updateState();
    if (!m_loaded || !m_problem.isEmpty())
        return false;
    if (!isDirty())
        return true;
    const RecipientPolicy p = policy();
    Config changed = m_config;
    if (m_index >= 0)
        changed.recipientPolicies[m_index] = p;
    else
        changed.recipientPolicies.append(p);
    int revision = 0;
    const QString summary = m_index < 0 ? tr("create recipient policy %1").arg(p.name)
                                        : tr("edit recipient policy %1").arg(m_original.name);
    if (!commitFromConsole(this, m_store, changed, m_revision, summary, &revision)) {
        // After a conflict the sheet shows the current configuration.
        const QString name = m_index >= 0 ? m_original.name : QString();
        if (m_store->revision() != m_revision) {
            m_loaded = load(name);
            populate();
        }
        return false;
    }
    m_config = changed;
    m_revision = revision;
    m_index = int(m_config.recipientPolicies.indexOf(p));
    m_original = p;
    setWindowTitle(tr("%1 Properties").arg(p.name));
    updateState();
    emit applied(revision);
    return true;
}

void RecipientPolicyProperties::accept()
{
    if (isDirty() && !apply())
        return;
    QDialog::accept();
}

} // namespace RelayDesk

#include "directorydialogs.h"

#include "configstore.h"
#include "messagebox.h"
#include "passwordhash.h"
#include "ui_addressspacedialog.h"
#include "ui_recipientdialog.h"
#include "ui_smtpuserdialog.h"
#include "validation.h"

#include <QPushButton>

namespace RelayDesk {

namespace {

void showProblem(QLabel *label, QDialogButtonBox *buttons, QString problem)
{
    if (!problem.isEmpty())
        problem[0] = problem.at(0).toUpper();
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(problem.isEmpty());
    ok->setToolTip(problem);
}

} // namespace

QString firstProblem(const Config &config, const QString &pathPrefix)
{
    for (const Problem &p : Validation::validate(config)) {
        if (p.isError()
            && (p.path == pathPrefix || p.path.startsWith(pathPrefix + QLatin1Char('.'))
                || p.path.startsWith(pathPrefix + QLatin1Char('['))))
            return p.message;
    }
    return QString();
}

bool commitFromConsole(QWidget *parent, ConfigStore *store, const Config &changed, int baseRevision,
                       const QString &summary, int *newRevision)
{
    int revision = 0;
    QString error;
    QList<Problem> problems;
    const ConfigStore::Result result = store->commit(
        changed, baseRevision, {QStringLiteral("relaydesk"), summary, {}}, &revision, &error, &problems);
    switch (result) {
    case ConfigStore::Result::Ok:
        if (newRevision)
            *newRevision = revision;
        return true;
    case ConfigStore::Result::Conflict:
        MessageBox::warning(
            parent, QObject::tr("Configuration changed"),
            QObject::tr("The configuration was changed by another program while this dialog was "
                        "open (%1). Nothing was saved: the console shows the current "
                        "configuration now; make the change again there.")
                .arg(error));
        return false;
    case ConfigStore::Result::Invalid:
        MessageBox::warning(parent, QObject::tr("Not saved"),
                            QObject::tr("Nothing was saved: %1")
                                .arg(problems.isEmpty() ? error : problems.constFirst().toString()));
        return false;
    case ConfigStore::Result::Failed:
        MessageBox::warning(parent, QObject::tr("Not saved"),
                            QObject::tr("Nothing was saved: %1").arg(error));
        return false;
    }
    return false;
}

// --- SMTP user ---------------------------------------------------------------------------

SmtpUserDialog::SmtpUserDialog(const Config &config, int index, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SmtpUserDialog>())
    , m_config(config)
    , m_index(index)
{
    m_ui->setupUi(this);
    if (index >= 0) {
        const SmtpUser &u = config.smtpUsers.at(index);
        setWindowTitle(tr("%1 Properties").arg(u.name));
        m_ui->nameEdit->setText(u.name);
        m_ui->enabledCheck->setChecked(u.enabled);
        m_ui->passwordEdit->setPlaceholderText(tr("unchanged"));
        m_ui->confirmEdit->setPlaceholderText(tr("unchanged"));
    } else {
        setWindowTitle(tr("New SMTP User"));
        m_ui->enabledCheck->setChecked(true);
    }
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->passwordEdit, m_ui->confirmEdit})
        connect(edit, &QLineEdit::textChanged, this, &SmtpUserDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SmtpUserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

SmtpUserDialog::~SmtpUserDialog() = default;

SmtpUser SmtpUserDialog::userWithoutHash() const
{
    SmtpUser u = m_index >= 0 ? m_config.smtpUsers.at(m_index) : SmtpUser();
    u.name = m_ui->nameEdit->text().trimmed();
    u.enabled = m_ui->enabledCheck->isChecked();
    return u;
}

SmtpUser SmtpUserDialog::user()
{
    SmtpUser u = userWithoutHash();
    const QString password = m_ui->passwordEdit->text();
    if (!password.isEmpty()) {
        if (m_hash.isEmpty() || m_hashedPassword != password) {
            m_hash = PasswordHash::hash(password);
            m_hashedPassword = password;
        }
        u.passwordHash = m_hash;
    }
    return u;
}

Config SmtpUserDialog::changedConfig()
{
    Config config = m_config;
    if (m_index >= 0)
        config.smtpUsers[m_index] = user();
    else
        config.smtpUsers.append(user());
    return config;
}

void SmtpUserDialog::updateState()
{
    const QString password = m_ui->passwordEdit->text();
    if (m_index < 0 && password.isEmpty())
        m_problem = tr("Type the password, twice.");
    else if (password != m_ui->confirmEdit->text())
        m_problem = tr("The two passwords differ.");
    else {
        // Validated with a placeholder hash: the real one is made once, on OK.
        Config config = m_config;
        SmtpUser u = userWithoutHash();
        if (!password.isEmpty() || u.passwordHash.isEmpty())
            u.passwordHash =
                QStringLiteral("pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0$%1").arg(QString(64, QLatin1Char('0')));
        if (m_index >= 0)
            config.smtpUsers[m_index] = u;
        else
            config.smtpUsers.append(u);
        // The rest was valid: any problem among the users (a duplicate is named at the later
        // one) comes from this edit.
        m_problem = firstProblem(config, QStringLiteral("smtpUsers"));
    }
    showProblem(m_ui->problemLabel, m_ui->buttonBox, m_problem);
    if (m_problem.isEmpty() && !password.isEmpty() && password.size() < 8)
        m_ui->problemLabel->setText(tr("A password of fewer than 8 characters is easy to guess."));
    m_ui->problemLabel->setVisible(!m_ui->problemLabel->text().isEmpty());
}

void SmtpUserDialog::accept()
{
    updateState();
    if (!m_problem.isEmpty())
        return;
    user(); // hash now, while the dialog is still open
    QDialog::accept();
}

// --- Recipient ---------------------------------------------------------------------------

RecipientDialog::RecipientDialog(const Config &config, int index, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RecipientDialog>())
    , m_config(config)
    , m_index(index)
{
    m_ui->setupUi(this);
    if (index >= 0) {
        const Recipient &r = config.recipients.at(index);
        setWindowTitle(tr("%1 Properties").arg(r.address));
        m_ui->addressEdit->setText(r.address);
        m_ui->displayNameEdit->setText(r.displayName);
        m_ui->forwardEdit->setText(r.forwardTo);
    } else {
        setWindowTitle(tr("New Recipient"));
    }
    for (QLineEdit *edit : {m_ui->addressEdit, m_ui->displayNameEdit, m_ui->forwardEdit})
        connect(edit, &QLineEdit::textChanged, this, &RecipientDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

RecipientDialog::~RecipientDialog() = default;

Recipient RecipientDialog::recipient() const
{
    Recipient r;
    r.address = m_ui->addressEdit->text().trimmed();
    r.displayName = m_ui->displayNameEdit->text().trimmed();
    r.forwardTo = m_ui->forwardEdit->text().trimmed();
    return r;
}

Config RecipientDialog::changedConfig() const
{
    Config config = m_config;
    if (m_index >= 0)
        config.recipients[m_index] = recipient();
    else
        config.recipients.append(recipient());
    return config;
}

void RecipientDialog::updateState()
{
    m_problem = m_ui->addressEdit->text().trimmed().isEmpty()
        ? tr("Type the e-mail address.")
        : firstProblem(changedConfig(), QStringLiteral("recipients"));
    showProblem(m_ui->problemLabel, m_ui->buttonBox, m_problem);
}

// --- Address space -----------------------------------------------------------------------

AddressSpaceDialog::AddressSpaceDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddressSpaceDialog>())
{
    m_ui->setupUi(this);
    m_ui->responsibleCheck->setChecked(true);
    connect(m_ui->addressEdit, &QLineEdit::textChanged, this, &AddressSpaceDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

AddressSpaceDialog::~AddressSpaceDialog() = default;

void AddressSpaceDialog::setAddressSpace(const AddressSpace &space)
{
    m_space = space;
    m_ui->addressEdit->setText(space.address);
    m_ui->responsibleCheck->setChecked(space.responsible);
    updateState();
}

AddressSpace AddressSpaceDialog::addressSpace() const
{
    AddressSpace space = m_space;
    space.address = m_ui->addressEdit->text().trimmed();
    space.responsible = m_ui->responsibleCheck->isChecked();
    return space;
}

void AddressSpaceDialog::updateState()
{
    Config config;
    RecipientPolicy policy;
    policy.name = QStringLiteral("policy");
    AddressSpace space = addressSpace();
    space.primary = true;
    policy.addressSpaces = {space};
    config.recipientPolicies = {policy};
    m_problem = space.address.isEmpty()
        ? tr("Type the address space, for example @corp.example.")
        : firstProblem(config, QStringLiteral("recipientPolicies[0].addressSpaces[0]"));
    showProblem(m_ui->problemLabel, m_ui->buttonBox, m_problem);
}

} // namespace RelayDesk

#include "accessentrydialog.h"

#include "ui_accessentrydialog.h"
#include "validation.h"

#include <QPushButton>

namespace RelayDesk {

namespace {

// The problem of one entry, found by the configuration's own validation: the entry is put
// alone into a relay list of an otherwise valid configuration.
QString entryProblem(const AccessEntry &entry)
{
    Config config = Config::secureDefault();
    config.virtualServers[0].relayRestrictions.entries = {entry};
    const QString prefix = QStringLiteral("virtualServers[0].relayRestrictions.entries[0]");
    for (const Problem &p : Validation::validate(config)) {
        if (p.isError() && p.path.startsWith(prefix))
            return p.message;
    }
    return QString();
}

} // namespace

AccessEntryDialog::AccessEntryDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccessEntryDialog>())
{
    m_ui->setupUi(this);
    m_ui->expiresEdit->setDateTime(QDateTime::currentDateTimeUtc().addDays(30));
    for (QRadioButton *radio : {m_ui->singleRadio, m_ui->groupRadio, m_ui->domainRadio})
        connect(radio, &QRadioButton::toggled, this, &AccessEntryDialog::updateState);
    for (QLineEdit *edit : {m_ui->addressEdit, m_ui->maskEdit, m_ui->domainEdit, m_ui->commentEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccessEntryDialog::updateState);
    connect(m_ui->expiresCheck, &QCheckBox::toggled, m_ui->expiresEdit, &QWidget::setEnabled);
    connect(m_ui->expiresCheck, &QCheckBox::toggled, this, &AccessEntryDialog::updateState);
    connect(m_ui->expiresEdit, &QDateTimeEdit::dateTimeChanged, this, &AccessEntryDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

AccessEntryDialog::~AccessEntryDialog() = default;

void AccessEntryDialog::setEntry(const AccessEntry &entry)
{
    switch (entry.type) {
    case AccessEntryType::Single:
        m_ui->singleRadio->setChecked(true);
        break;
    case AccessEntryType::Group:
        m_ui->groupRadio->setChecked(true);
        break;
    case AccessEntryType::Domain:
        m_ui->domainRadio->setChecked(true);
        break;
    }
    m_ui->addressEdit->setText(entry.address);
    m_ui->maskEdit->setText(entry.prefixLength >= 0 ? QStringLiteral("/%1").arg(entry.prefixLength)
                                                    : entry.mask);
    m_ui->domainEdit->setText(entry.name);
    m_ui->commentEdit->setText(entry.comment);
    m_ui->expiresCheck->setChecked(entry.expires.isValid());
    if (entry.expires.isValid())
        m_ui->expiresEdit->setDateTime(entry.expires.toUTC());
    updateState();
}

AccessEntry AccessEntryDialog::entry() const
{
    AccessEntry e;
    if (m_ui->groupRadio->isChecked())
        e.type = AccessEntryType::Group;
    else if (m_ui->domainRadio->isChecked())
        e.type = AccessEntryType::Domain;
    if (e.type == AccessEntryType::Domain) {
        e.name = m_ui->domainEdit->text().trimmed();
    } else {
        e.address = m_ui->addressEdit->text().trimmed();
        if (e.type == AccessEntryType::Group) {
            QString mask = m_ui->maskEdit->text().trimmed();
            if (mask.contains(QLatin1Char('.'))) {
                e.mask = mask;
            } else {
                if (mask.startsWith(QLatin1Char('/')))
                    mask.remove(0, 1);
                bool ok = false;
                const int prefix = mask.toInt(&ok);
                e.prefixLength = ok ? prefix : (mask.isEmpty() ? -1 : 1000); // 1000: named as invalid
            }
        }
    }
    e.comment = m_ui->commentEdit->text().trimmed();
    if (m_ui->expiresCheck->isChecked()) {
        QDateTime expires = m_ui->expiresEdit->dateTime();
        expires.setTimeSpec(Qt::UTC);
        e.expires = expires;
    }
    return e;
}

void AccessEntryDialog::updateState()
{
    const bool domain = m_ui->domainRadio->isChecked();
    const bool group = m_ui->groupRadio->isChecked();
    m_ui->addressLabel->setText(group ? tr("Subnet &address:") : tr("&IP address:"));
    m_ui->addressLabel->setVisible(!domain);
    m_ui->addressEdit->setVisible(!domain);
    m_ui->maskLabel->setVisible(group);
    m_ui->maskEdit->setVisible(group);
    m_ui->domainLabel->setVisible(domain);
    m_ui->domainEdit->setVisible(domain);
    m_ui->domainNoteLabel->setVisible(domain);

    const AccessEntry e = entry();
    if (domain && e.name.isEmpty())
        m_problem = tr("Enter the domain name.");
    else if (!domain && e.address.isEmpty())
        m_problem = group ? tr("Enter the subnet address.") : tr("Enter the IP address.");
    else if (group && e.mask.isEmpty() && e.prefixLength < 0)
        m_problem = tr("Enter the subnet mask (255.255.255.0) or the prefix length (/24).");
    else if (e.expires.isValid() && e.expires <= QDateTime::currentDateTimeUtc())
        m_problem = tr("The expiry is in the past: the entry would never match.");
    else
        m_problem = entryProblem(e);
    if (!m_problem.isEmpty())
        m_problem[0] = m_problem.at(0).toUpper();
    m_ui->problemLabel->setText(m_problem);
    m_ui->problemLabel->setVisible(!m_problem.isEmpty());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_problem.isEmpty());
    ok->setToolTip(m_problem);
    adjustSize();
}

} // namespace RelayDesk

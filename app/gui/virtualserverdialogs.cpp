#include "virtualserverdialogs.h"

#include "outboundsecrets.h"
#include "ui_authenticationdialog.h"
#include "ui_certificatedialog.h"
#include "ui_communicationdialog.h"
#include "ui_deliveryadvanceddialog.h"
#include "ui_identitiesdialog.h"
#include "ui_outboundsecuritydialog.h"
#include "validation.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace RelayDesk {

namespace {

void showProblem(QLabel *label, QDialogButtonBox *buttons, const QString &problem)
{
    QString text = problem;
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(text.isEmpty());
    ok->setToolTip(text);
}

void connectButtons(QDialog *dialog, QDialogButtonBox *buttons)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace

QString virtualServerProblem(const VirtualServer &server, const QStringList &fields)
{
    Config config = Config::secureDefault();
    config.virtualServers = {server};
    const QString prefix = QStringLiteral("virtualServers[0].");
    for (const Problem &p : Validation::validate(config)) {
        if (!p.isError() || !p.path.startsWith(prefix))
            continue;
        const QString path = p.path.mid(prefix.size());
        for (const QString &f : fields) {
            if (path == f || path.startsWith(f + QLatin1Char('.')) || path.startsWith(f + QLatin1Char('[')))
                return p.message;
        }
    }
    return QString();
}

// --- Authentication ----------------------------------------------------------------------

AuthenticationDialog::AuthenticationDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuthenticationDialog>())
{
    m_ui->setupUi(this);
    connectButtons(this, m_ui->buttonBox);
    connect(m_ui->basicCheck, &QCheckBox::toggled, this, &AuthenticationDialog::updateState);
    connect(m_ui->anonymousCheck, &QCheckBox::toggled, this, &AuthenticationDialog::updateState);
    connect(m_ui->defaultDomainEdit, &QLineEdit::textChanged, this, &AuthenticationDialog::updateState);
    updateState();
}

AuthenticationDialog::~AuthenticationDialog() = default;

void AuthenticationDialog::setSettings(const AuthenticationSettings &s)
{
    m_ui->anonymousCheck->setChecked(s.anonymous);
    m_ui->basicCheck->setChecked(s.basic);
    m_ui->requireTlsCheck->setChecked(s.basicRequiresTls);
    m_ui->defaultDomainEdit->setText(s.defaultDomain);
    updateState();
}

AuthenticationSettings AuthenticationDialog::settings() const
{
    AuthenticationSettings s;
    s.anonymous = m_ui->anonymousCheck->isChecked();
    s.basic = m_ui->basicCheck->isChecked();
    s.basicRequiresTls = m_ui->requireTlsCheck->isChecked();
    s.defaultDomain = m_ui->defaultDomainEdit->text().trimmed();
    return s;
}

void AuthenticationDialog::updateState()
{
    m_ui->requireTlsCheck->setEnabled(m_ui->basicCheck->isChecked());
    m_ui->defaultDomainEdit->setEnabled(m_ui->basicCheck->isChecked());
    VirtualServer server;
    server.authentication = settings();
    QString problem = virtualServerProblem(server, {QStringLiteral("authentication")});
    if (problem.isEmpty() && !server.authentication.anonymous && !server.authentication.basic)
        problem = tr("With neither anonymous access nor basic authentication no client can send mail.");
    showProblem(m_ui->problemLabel, m_ui->buttonBox, problem);
}

// --- Certificate -------------------------------------------------------------------------

CertificateDialog::CertificateDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
    , m_dataDir(dataDir)
{
    m_ui->setupUi(this);
    connectButtons(this, m_ui->buttonBox);
    connect(m_ui->certificateBrowse, &QPushButton::clicked, this, [this] { browse(true); });
    connect(m_ui->keyBrowse, &QPushButton::clicked, this, [this] { browse(false); });
    connect(m_ui->certificateEdit, &QLineEdit::textChanged, this, &CertificateDialog::updateState);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &CertificateDialog::updateState);
    updateState();
}

CertificateDialog::~CertificateDialog() = default;

void CertificateDialog::setFiles(const SecureCommunication &s)
{
    m_ui->certificateEdit->setText(s.certificateFile);
    m_ui->keyEdit->setText(s.privateKeyFile);
}

void CertificateDialog::files(SecureCommunication *s) const
{
    s->certificateFile = m_ui->certificateEdit->text().trimmed();
    s->privateKeyFile = m_ui->keyEdit->text().trimmed();
}

void CertificateDialog::browse(bool certificate)
{
    QLineEdit *edit = certificate ? m_ui->certificateEdit : m_ui->keyEdit;
    const QString start = edit->text().isEmpty() ? m_dataDir : QDir(m_dataDir).absoluteFilePath(edit->text());
    const QString file =
        QFileDialog::getOpenFileName(this, certificate ? tr("Certificate file") : tr("Private key file"),
                                     start, tr("PEM files (*.pem *.crt *.key);;All files (*)"));
    if (file.isEmpty())
        return;
    // Inside the data directory: relative, so the data directory can move.
    const QString relative = QDir(m_dataDir).relativeFilePath(file);
    edit->setText(relative.startsWith(QLatin1String("..")) ? file : relative);
}

void CertificateDialog::updateState()
{
    SecureCommunication s;
    files(&s);
    QString problem;
    if (s.certificateFile.isEmpty() != s.privateKeyFile.isEmpty())
        problem = s.certificateFile.isEmpty()
            ? tr("Name the certificate file that belongs to the private key.")
            : tr("Name the private key file of the certificate.");
    else {
        VirtualServer server;
        server.secureCommunication = s;
        problem = virtualServerProblem(server, {QStringLiteral("secureCommunication")});
    }
    showProblem(m_ui->problemLabel, m_ui->buttonBox, problem);
}

// --- Communication -----------------------------------------------------------------------

CommunicationDialog::CommunicationDialog(bool hasCertificate, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CommunicationDialog>())
    , m_hasCertificate(hasCertificate)
{
    m_ui->setupUi(this);
    connectButtons(this, m_ui->buttonBox);
    connect(m_ui->requireSecureCheck, &QCheckBox::toggled, this, &CommunicationDialog::updateState);
    updateState();
}

CommunicationDialog::~CommunicationDialog() = default;

void CommunicationDialog::setRequireSecureChannel(bool require)
{
    m_ui->requireSecureCheck->setChecked(require);
}

bool CommunicationDialog::requireSecureChannel() const
{
    return m_ui->requireSecureCheck->isChecked();
}

void CommunicationDialog::updateState()
{
    showProblem(m_ui->problemLabel, m_ui->buttonBox,
                requireSecureChannel() && !m_hasCertificate
                    ? tr("A secure channel needs a certificate: set one with Certificate... first.")
                    : QString());
}

// --- Delivery ▸ Advanced -----------------------------------------------------------------

DeliveryAdvancedDialog::DeliveryAdvancedDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeliveryAdvancedDialog>())
{
    m_ui->setupUi(this);
    connectButtons(this, m_ui->buttonBox);
    for (QLineEdit *edit : {m_ui->masqueradeEdit, m_ui->fqdnEdit, m_ui->smartHostEdit})
        connect(edit, &QLineEdit::textChanged, this, &DeliveryAdvancedDialog::updateState);
    connect(m_ui->smartHostEdit, &QLineEdit::textChanged, this, &DeliveryAdvancedDialog::updateState);
    updateState();
}

DeliveryAdvancedDialog::~DeliveryAdvancedDialog() = default;

void DeliveryAdvancedDialog::setServer(const VirtualServer &server)
{
    m_server = server;
    const DeliverySettings &d = server.delivery;
    m_ui->hopCountSpin->setValue(d.maxHopCount);
    m_ui->masqueradeEdit->setText(d.masqueradeDomain);
    m_ui->fqdnEdit->setText(server.fqdn);
    m_ui->smartHostEdit->setText(d.smartHost);
    m_ui->smartHostPortSpin->setValue(d.smartHostPort);
    m_ui->directFirstCheck->setChecked(d.attemptDirectBeforeSmartHost);
    m_ui->reverseDnsCheck->setChecked(d.reverseDnsLookup);
    updateState();
}

void DeliveryAdvancedDialog::apply(VirtualServer *server) const
{
    DeliverySettings &d = server->delivery;
    d.maxHopCount = m_ui->hopCountSpin->value();
    d.masqueradeDomain = m_ui->masqueradeEdit->text().trimmed();
    server->fqdn = m_ui->fqdnEdit->text().trimmed();
    d.smartHost = m_ui->smartHostEdit->text().trimmed();
    d.smartHostPort = m_ui->smartHostPortSpin->value();
    d.attemptDirectBeforeSmartHost = m_ui->directFirstCheck->isChecked();
    d.reverseDnsLookup = m_ui->reverseDnsCheck->isChecked();
}

void DeliveryAdvancedDialog::updateState()
{
    const bool smartHost = !m_ui->smartHostEdit->text().trimmed().isEmpty();
    m_ui->smartHostPortSpin->setEnabled(smartHost);
    m_ui->directFirstCheck->setEnabled(smartHost);
    VirtualServer server = m_server;
    apply(&server);
    showProblem(m_ui->problemLabel, m_ui->buttonBox,
                virtualServerProblem(server, {QStringLiteral("delivery"), QStringLiteral("fqdn")}));
}

// --- Delivery ▸ Outbound Security ---------------------------------------------------------

OutboundSecurityDialog::OutboundSecurityDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OutboundSecurityDialog>())
{
    m_ui->setupUi(this);
    connectButtons(this, m_ui->buttonBox);
    for (QRadioButton *radio : {m_ui->anonymousRadio, m_ui->basicRadio, m_ui->tlsOffRadio,
                                m_ui->tlsOpportunisticRadio, m_ui->tlsRequiredRadio})
        connect(radio, &QRadioButton::toggled, this, &OutboundSecurityDialog::updateState);
    for (QLineEdit *edit : {m_ui->userNameEdit, m_ui->passwordEdit, m_ui->confirmPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &OutboundSecurityDialog::updateState);
    setServer(VirtualServer{});
}

OutboundSecurityDialog::~OutboundSecurityDialog() = default;

void OutboundSecurityDialog::setServer(const VirtualServer &server, bool passwordStored)
{
    m_server = server;
    m_passwordStored = passwordStored;
    const OutboundSecurity &s = server.delivery.outboundSecurity;
    const QSignalBlocker blockBasic(m_ui->basicRadio);
    const QSignalBlocker blockAnonymous(m_ui->anonymousRadio);
    (s.authentication == OutboundAuthentication::Basic ? m_ui->basicRadio : m_ui->anonymousRadio)
        ->setChecked(true);
    m_ui->userNameEdit->setText(s.userName);
    // The stored password is never put into a widget: empty fields keep it.
    m_ui->passwordEdit->clear();
    m_ui->confirmPasswordEdit->clear();
    switch (s.tls) {
    case OutboundTls::Off:
        m_ui->tlsOffRadio->setChecked(true);
        break;
    case OutboundTls::Opportunistic:
        m_ui->tlsOpportunisticRadio->setChecked(true);
        break;
    case OutboundTls::Required:
        m_ui->tlsRequiredRadio->setChecked(true);
        break;
    }
    updateState();
}

OutboundSecurity OutboundSecurityDialog::security() const
{
    OutboundSecurity s;
    s.tls = m_ui->tlsOffRadio->isChecked()    ? OutboundTls::Off
        : m_ui->tlsRequiredRadio->isChecked() ? OutboundTls::Required
                                              : OutboundTls::Opportunistic;
    if (!m_ui->basicRadio->isChecked())
        return s; // anonymous: no credentials are kept
    s.authentication = OutboundAuthentication::Basic;
    s.userName = m_ui->userNameEdit->text().trimmed();
    return s;
}

QString OutboundSecurityDialog::newPassword() const
{
    return m_ui->basicRadio->isChecked() ? m_ui->passwordEdit->text() : QString();
}

void OutboundSecurityDialog::apply(VirtualServer *server) const
{
    server->delivery.outboundSecurity = security();
}

void OutboundSecurityDialog::updateState()
{
    const bool basic = m_ui->basicRadio->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->userNameLabel, m_ui->userNameEdit,
                                                       m_ui->passwordLabel, m_ui->passwordEdit,
                                                       m_ui->confirmPasswordLabel, m_ui->confirmPasswordEdit})
        w->setEnabled(basic);
    const bool stored = m_passwordStored;
    m_ui->passwordNote->setText(stored ? tr("A password is stored. Leave both password fields empty to keep "
                                            "it, or type a new one twice.")
                                       : tr("Type the password twice."));
    m_ui->passwordNote->setVisible(basic);

    VirtualServer server = m_server;
    apply(&server);
    QString problem;
    const QString typed = m_ui->passwordEdit->text();
    if (basic && typed != m_ui->confirmPasswordEdit->text())
        problem = tr("The password and its confirmation differ.");
    if (problem.isEmpty())
        problem = virtualServerProblem(server, {QStringLiteral("delivery.outboundSecurity")});
    // The password is checked here, not by validation: it is kept outside the configuration.
    if (problem.isEmpty() && basic && typed.isEmpty() && !stored)
        problem = tr("Basic authentication needs a password.");
    if (problem.isEmpty() && basic && !typed.isEmpty())
        problem = OutboundSecrets::problem(typed);
    showProblem(m_ui->problemLabel, m_ui->buttonBox, problem);

    // Warnings (basic authentication without TLS required, no smart host) do not block OK.
    Config config = Config::secureDefault();
    config.virtualServers = {server};
    QStringList warnings;
    const QString prefix = QStringLiteral("virtualServers[0].delivery.outboundSecurity");
    for (const Problem &p : Validation::lint(config)) {
        if (p.path.startsWith(prefix)) {
            QString text = p.message;
            text[0] = text.at(0).toUpper();
            warnings.append(text + QLatin1Char('.'));
        }
    }
    m_ui->warningLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->warningLabel->setVisible(!warnings.isEmpty());
}

// --- General ▸ Advanced (identities) ------------------------------------------------------

IdentitiesDialog::IdentitiesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::IdentitiesDialog>())
{
    m_ui->setupUi(this);
    connectButtons(this, m_ui->buttonBox);
    connect(m_ui->addIdentityButton, &QPushButton::clicked, this, [this] {
        Binding binding;
        binding.port = 25;
        addBinding(binding);
        m_ui->identitiesTable->editItem(
            m_ui->identitiesTable->item(m_ui->identitiesTable->rowCount() - 1, 0));
    });
    connect(m_ui->removeIdentityButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_ui->identitiesTable->selectionModel()->selectedRows())
            rows.append(index.row());
        std::sort(rows.begin(), rows.end(), std::greater<int>());
        for (int row : rows)
            m_ui->identitiesTable->removeRow(row);
        updateState();
    });
    connect(m_ui->identitiesTable, &QTableWidget::itemChanged, this, &IdentitiesDialog::updateState);
    connect(m_ui->identitiesTable, &QTableWidget::itemSelectionChanged, this, &IdentitiesDialog::updateState);
    updateState();
}

IdentitiesDialog::~IdentitiesDialog() = default;

void IdentitiesDialog::setBindings(const QList<Binding> &bindings)
{
    m_ui->identitiesTable->setRowCount(0);
    for (const Binding &b : bindings)
        addBinding(b);
    updateState();
}

void IdentitiesDialog::addBinding(const Binding &binding)
{
    QTableWidget *table = m_ui->identitiesTable;
    const QSignalBlocker blocker(table);
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem(binding.address));
    table->setItem(row, 1, new QTableWidgetItem(QString::number(binding.port)));
    updateState();
}

QList<Binding> IdentitiesDialog::bindings() const
{
    QList<Binding> list;
    const QTableWidget *table = m_ui->identitiesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        Binding b;
        b.address = table->item(row, 0) ? table->item(row, 0)->text().trimmed() : QString();
        bool ok = false;
        b.port = table->item(row, 1) ? table->item(row, 1)->text().trimmed().toInt(&ok) : 0;
        if (!ok)
            b.port = 0;
        list.append(b);
    }
    return list;
}

void IdentitiesDialog::updateState()
{
    m_ui->removeIdentityButton->setEnabled(m_ui->identitiesTable->selectionModel()->hasSelection());
    VirtualServer server;
    server.bindings = bindings();
    QString problem = virtualServerProblem(server, {QStringLiteral("bindings")});
    if (problem.isEmpty() && server.bindings.isEmpty())
        problem = tr("Add at least one IP address and port.");
    showProblem(m_ui->problemLabel, m_ui->buttonBox, problem);
}

} // namespace RelayDesk

#include "virtualserverproperties.h"

#include "accesslistdialog.h"
#include "configstore.h"
#include "dialogrunner.h"
#include "messagebox.h"
#include "outboundsecrets.h"
#include "ui_virtualserverproperties.h"
#include "validation.h"
#include "virtualserverdialogs.h"

#include <QNetworkInterface>
#include <QPushButton>

namespace RelayDesk {

namespace {

const QString AllUnassigned = QStringLiteral("0.0.0.0");
const QString AllUnassignedDual = QStringLiteral("::");

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

VirtualServerProperties::VirtualServerProperties(ConfigStore *store, const QString &dataDir,
                                                 const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VirtualServerProperties>())
    , m_store(store)
    , m_dataDir(dataDir)
{
    m_ui->setupUi(this);

    QComboBox *address = m_ui->addressCombo;
    address->addItem(tr("(All Unassigned)"), AllUnassigned);
    address->addItem(tr("(All Unassigned, IPv4 and IPv6)"), AllUnassignedDual);
    address->addItem(QStringLiteral("127.0.0.1"), QStringLiteral("127.0.0.1"));
    address->addItem(QStringLiteral("::1"), QStringLiteral("::1"));
    const QList<QHostAddress> local = QNetworkInterface::allAddresses();
    for (const QHostAddress &a : local) {
        if (a.isLoopback() || !a.scopeId().isEmpty() || a.isLinkLocal())
            continue;
        address->addItem(a.toString(), a.toString());
    }

    connect(m_ui->authenticationButton, &QPushButton::clicked, this,
            &VirtualServerProperties::editAuthentication);
    connect(m_ui->certificateButton, &QPushButton::clicked, this, &VirtualServerProperties::editCertificate);
    connect(m_ui->communicationButton, &QPushButton::clicked, this,
            &VirtualServerProperties::editCommunication);
    connect(m_ui->connectionButton, &QPushButton::clicked, this,
            &VirtualServerProperties::editConnectionControl);
    connect(m_ui->relayButton, &QPushButton::clicked, this, [this] { editRelayRestrictions(); });
    connect(m_ui->identitiesButton, &QPushButton::clicked, this, &VirtualServerProperties::editIdentities);
    connect(m_ui->deliveryAdvancedButton, &QPushButton::clicked, this,
            &VirtualServerProperties::editDeliveryAdvanced);
    connect(m_ui->outboundSecurityButton, &QPushButton::clicked, this,
            &VirtualServerProperties::editOutboundSecurity);

    // Every field: changed → state (Apply, problems).
    const auto changed = [this] {
        updateState();
    };
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->ndrCopyEdit, m_ui->forwardEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(address, &QComboBox::currentTextChanged, this, changed);
    for (QSpinBox *spin :
         {m_ui->portSpin, m_ui->limitConnectionsSpin, m_ui->timeoutSpin, m_ui->messageSizeSpin,
          m_ui->sessionSizeSpin, m_ui->messagesPerConnectionSpin, m_ui->recipientsSpin, m_ui->firstRetrySpin,
          m_ui->secondRetrySpin, m_ui->thirdRetrySpin, m_ui->subsequentRetrySpin, m_ui->delaySpin,
          m_ui->expirationSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox *check :
         {m_ui->enabledCheck, m_ui->limitConnectionsCheck, m_ui->loggingCheck, m_ui->messageSizeCheck,
          m_ui->sessionSizeCheck, m_ui->messagesPerConnectionCheck, m_ui->recipientsCheck})
        connect(check, &QCheckBox::toggled, this, changed);

    m_ui->problemLabel->setTextFormat(Qt::RichText);
    connect(m_ui->problemLabel, &QLabel::linkActivated, this, [this] {
        Problem p;
        p.path = m_problemPath;
        p.message = m_problem;
        showProblem(p);
    });
    connect(m_ui->buttonBox->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &VirtualServerProperties::apply);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VirtualServerProperties::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_loaded = load(name);
    populate();
}

VirtualServerProperties::~VirtualServerProperties() = default;

bool VirtualServerProperties::load(const QString &name)
{
    QString error;
    if (!m_store->load(&m_config, &m_revision, &error)) {
        m_problem = tr("The configuration cannot be read: %1").arg(error);
        return false;
    }
    m_index = name.isEmpty() ? -1 : m_config.virtualServerIndex(name);
    if (!name.isEmpty() && m_index < 0) {
        m_problem = tr("No virtual server is named \"%1\" any more.").arg(name);
        return false;
    }
    if (m_index >= 0) {
        m_original = m_config.virtualServers.at(m_index);
    } else {
        // A new virtual server: the secure defaults, a free name and the next port.
        m_original = Config::secureDefault().virtualServers.constFirst();
        int n = 2;
        QString newName = tr("SMTP Virtual Server #%1").arg(n);
        while (m_config.virtualServerIndex(newName) >= 0)
            newName = tr("SMTP Virtual Server #%1").arg(++n);
        m_original.name = newName;
        int port = 2525;
        bool taken = true;
        while (taken && port < 65535) {
            taken = false;
            for (const VirtualServer &vs : std::as_const(m_config.virtualServers)) {
                for (const Binding &b : vs.bindings)
                    taken = taken || b.port == port;
            }
            if (taken)
                ++port;
        }
        m_original.bindings = {Binding{QStringLiteral("127.0.0.1"), port}};
    }
    m_current = m_original;
    m_newPassword.clear();
    return true;
}

bool VirtualServerProperties::passwordStored() const
{
    return !m_newPassword.isEmpty() || (m_index >= 0 && OutboundSecrets::isSet(m_dataDir, m_original.name));
}

// After the commit: the secret follows a rename, a new password replaces the stored one, and
// anonymous access keeps none. A failure is reported; the committed configuration stays.
bool VirtualServerProperties::applySecret(const VirtualServer &vs)
{
    QString error;
    bool ok = true;
    if (m_index >= 0 && m_original.name != vs.name)
        ok = OutboundSecrets::rename(m_dataDir, m_original.name, vs.name, &error);
    if (ok && vs.delivery.outboundSecurity.authentication != OutboundAuthentication::Basic)
        ok = OutboundSecrets::remove(m_dataDir, vs.name, &error);
    else if (ok && !m_newPassword.isEmpty())
        ok = OutboundSecrets::set(m_dataDir, vs.name, m_newPassword, &error);
    if (!ok) {
        MessageBox::warning(this, windowTitle(),
                            tr("The smart host password could not be saved: %1").arg(error));
        return false;
    }
    m_newPassword.clear();
    return true;
}

void VirtualServerProperties::populate()
{
    m_populating = true;
    const VirtualServer &vs = m_current;
    setWindowTitle(m_index < 0 ? tr("New SMTP Virtual Server") : tr("%1 Properties").arg(vs.name));
    m_ui->nameEdit->setText(vs.name);
    m_ui->enabledCheck->setChecked(vs.enabled);

    const Binding first = vs.bindings.value(0);
    const int item = m_ui->addressCombo->findData(first.address);
    if (item >= 0)
        m_ui->addressCombo->setCurrentIndex(item);
    else
        m_ui->addressCombo->setEditText(first.address);
    m_ui->portSpin->setValue(first.port);

    const GeneralSettings &g = vs.general;
    m_ui->limitConnectionsCheck->setChecked(g.limitConnections > 0);
    m_ui->limitConnectionsSpin->setValue(g.limitConnections > 0 ? g.limitConnections : 500);
    m_ui->timeoutSpin->setValue(g.connectionTimeoutMinutes);
    m_ui->loggingCheck->setChecked(g.enableLogging);

    const MessageLimits &m = vs.messages;
    const auto limit = [](QCheckBox *check, QSpinBox *spin, int value, int fallback) {
        check->setChecked(value > 0);
        spin->setValue(value > 0 ? value : fallback);
    };
    limit(m_ui->messageSizeCheck, m_ui->messageSizeSpin, m.maxMessageSizeKb, 10240);
    limit(m_ui->sessionSizeCheck, m_ui->sessionSizeSpin, m.maxSessionSizeKb, 20480);
    limit(m_ui->messagesPerConnectionCheck, m_ui->messagesPerConnectionSpin, m.maxMessagesPerConnection, 20);
    limit(m_ui->recipientsCheck, m_ui->recipientsSpin, m.maxRecipientsPerMessage, 200);
    m_ui->ndrCopyEdit->setText(m.ndrCopyTo);
    m_ui->forwardEdit->setText(m.forwardUnresolvedTo);

    const DeliverySettings &d = vs.delivery;
    QSpinBox *retries[] = {m_ui->firstRetrySpin, m_ui->secondRetrySpin, m_ui->thirdRetrySpin,
                           m_ui->subsequentRetrySpin};
    for (int i = 0; i < 4; ++i)
        retries[i]->setValue(d.retryMinutes.value(i, 10));
    m_ui->delaySpin->setValue(d.delayNotificationMinutes);
    m_ui->expirationSpin->setValue(d.expirationMinutes);
    m_populating = false;
    updateState();
}

void VirtualServerProperties::collect(VirtualServer *vs) const
{
    vs->name = m_ui->nameEdit->text().trimmed();
    vs->enabled = m_ui->enabledCheck->isChecked();
    if (vs->bindings.size() <= 1) {
        // The combo's own entries carry the address; anything typed is taken as written.
        const int item = m_ui->addressCombo->currentIndex();
        const QString text = m_ui->addressCombo->currentText().trimmed();
        const QString address = item >= 0 && m_ui->addressCombo->itemText(item) == text
            ? m_ui->addressCombo->itemData(item).toString()
            : text;
        vs->bindings = {Binding{address, m_ui->portSpin->value()}};
    }
    vs->general.limitConnections =
        m_ui->limitConnectionsCheck->isChecked() ? m_ui->limitConnectionsSpin->value() : 0;
    vs->general.connectionTimeoutMinutes = m_ui->timeoutSpin->value();
    vs->general.enableLogging = m_ui->loggingCheck->isChecked();

    MessageLimits &m = vs->messages;
    m.maxMessageSizeKb = m_ui->messageSizeCheck->isChecked() ? m_ui->messageSizeSpin->value() : 0;
    m.maxSessionSizeKb = m_ui->sessionSizeCheck->isChecked() ? m_ui->sessionSizeSpin->value() : 0;
    m.maxMessagesPerConnection =
        m_ui->messagesPerConnectionCheck->isChecked() ? m_ui->messagesPerConnectionSpin->value() : 0;
    m.maxRecipientsPerMessage = m_ui->recipientsCheck->isChecked() ? m_ui->recipientsSpin->value() : 0;
    m.ndrCopyTo = m_ui->ndrCopyEdit->text().trimmed();
    m.forwardUnresolvedTo = m_ui->forwardEdit->text().trimmed();

    DeliverySettings &d = vs->delivery;
    d.retryMinutes = {m_ui->firstRetrySpin->value(), m_ui->secondRetrySpin->value(),
                      m_ui->thirdRetrySpin->value(), m_ui->subsequentRetrySpin->value()};
    d.delayNotificationMinutes = m_ui->delaySpin->value();
    d.expirationMinutes = m_ui->expirationSpin->value();
}

VirtualServer VirtualServerProperties::server() const
{
    VirtualServer vs = m_current;
    collect(&vs);
    return vs;
}

bool VirtualServerProperties::isDirty() const
{
    return m_loaded && (m_index < 0 || server() != m_original || !m_newPassword.isEmpty());
}

VirtualServerProperties::Tab VirtualServerProperties::tabOf(const QString &field)
{
    static const QStringList access{QStringLiteral("authentication"), QStringLiteral("secureCommunication"),
                                    QStringLiteral("connectionControl"), QStringLiteral("relayRestrictions")};
    for (const QString &prefix : access) {
        if (field.startsWith(prefix))
            return AccessTab;
    }
    if (field.startsWith(QLatin1String("messages")))
        return MessagesTab;
    if (field.startsWith(QLatin1String("delivery")) || field.startsWith(QLatin1String("fqdn")))
        return DeliveryTab;
    return GeneralTab;
}

QWidget *VirtualServerProperties::widgetOf(const QString &field) const
{
    if (field.startsWith(QLatin1String("name")))
        return m_ui->nameEdit;
    if (field.startsWith(QLatin1String("bindings")))
        return m_current.bindings.size() > 1 ? static_cast<QWidget *>(m_ui->identitiesButton)
                                             : m_ui->addressCombo;
    if (field == QLatin1String("messages.ndrCopyTo"))
        return m_ui->ndrCopyEdit;
    if (field == QLatin1String("messages.forwardUnresolvedTo"))
        return m_ui->forwardEdit;
    if (field.startsWith(QLatin1String("authentication")))
        return m_ui->authenticationButton;
    if (field.startsWith(QLatin1String("secureCommunication")))
        return m_ui->certificateButton;
    if (field.startsWith(QLatin1String("connectionControl")))
        return m_ui->connectionButton;
    if (field.startsWith(QLatin1String("relayRestrictions")))
        return m_ui->relayButton;
    if (field.startsWith(QLatin1String("delivery.outboundSecurity")))
        return m_ui->outboundSecurityButton;
    if (field.startsWith(QLatin1String("delivery")) || field.startsWith(QLatin1String("fqdn")))
        return m_ui->deliveryAdvancedButton;
    return nullptr;
}

void VirtualServerProperties::updateState()
{
    if (m_populating)
        return;
    const bool several = m_current.bindings.size() > 1;
    m_ui->addressCombo->setEnabled(!several);
    m_ui->portSpin->setEnabled(!several);
    m_ui->identitiesLabel->setVisible(several);
    if (several)
        m_ui->identitiesLabel->setText(
            tr("This virtual server listens on %n addresses; Advanced... lists them.", nullptr,
               int(m_current.bindings.size())));
    m_ui->limitConnectionsSpin->setEnabled(m_ui->limitConnectionsCheck->isChecked());
    m_ui->messageSizeSpin->setEnabled(m_ui->messageSizeCheck->isChecked());
    m_ui->sessionSizeSpin->setEnabled(m_ui->sessionSizeCheck->isChecked());
    m_ui->messagesPerConnectionSpin->setEnabled(m_ui->messagesPerConnectionCheck->isChecked());
    m_ui->recipientsSpin->setEnabled(m_ui->recipientsCheck->isChecked());

    m_problem.clear();
    m_problemPath.clear();
    QString warning;
    if (m_loaded) {
        Config config = m_config;
        const VirtualServer vs = server();
        const int index = m_index >= 0 ? m_index : int(config.virtualServers.size());
        if (m_index >= 0)
            config.virtualServers[m_index] = vs;
        else
            config.virtualServers.append(vs);
        const QString prefix = QStringLiteral("virtualServers[%1].").arg(index);
        for (const Problem &p : Validation::validate(config)) {
            if (!p.isError())
                continue;
            m_problemPath = p.path.startsWith(prefix) ? p.path.mid(prefix.size()) : p.path;
            m_problem = p.message;
            break;
        }
        QString why;
        if (Validation::isOpenRelay(vs, &why))
            warning = tr("Open relay: %1.").arg(why);
    }
    // A problem keeps Apply and OK disabled, says why, and links to the field (on any tab).
    const QString shown = !m_problem.isEmpty()
        ? tr("%1 <a href=\"#problem\">Show</a>").arg(capitalised(m_problem).toHtmlEscaped())
        : warning.toHtmlEscaped();
    m_ui->problemLabel->setText(shown);
    m_ui->problemLabel->setVisible(!shown.isEmpty());
    QPushButton *applyButton = m_ui->buttonBox->button(QDialogButtonBox::Apply);
    applyButton->setEnabled(isDirty() && m_problem.isEmpty());
    applyButton->setToolTip(capitalised(m_problem));
    QPushButton *okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    okButton->setEnabled(m_loaded && m_problem.isEmpty());
    okButton->setToolTip(capitalised(m_problem));
}

void VirtualServerProperties::showProblem(const Problem &problem)
{
    const QString field = problem.path;
    m_ui->tabWidget->setCurrentIndex(tabOf(field));
    if (QWidget *widget = widgetOf(field))
        widget->setFocus(Qt::OtherFocusReason);
    m_ui->problemLabel->setText(capitalised(problem.message).toHtmlEscaped());
    m_ui->problemLabel->setVisible(true);
}

bool VirtualServerProperties::apply()
{
    updateState();
    if (!m_loaded)
        return false;
    if (!isDirty())
        return true;
    if (!m_problem.isEmpty()) {
        Problem p;
        p.path = m_problemPath;
        p.message = m_problem;
        showProblem(p);
        return false;
    }
    const VirtualServer vs = server();
    Config changed = m_config;
    if (m_index >= 0)
        changed.virtualServers[m_index] = vs;
    else
        changed.virtualServers.append(vs);
    const QString summary = m_index < 0 ? tr("create virtual server %1").arg(vs.name)
                                        : tr("edit virtual server %1").arg(m_original.name);
    int newRevision = 0;
    QString error;
    QList<Problem> problems;
    const ConfigStore::Result result = m_store->commit(
        changed, m_revision, {QStringLiteral("relaydesk"), summary, {}}, &newRevision, &error, &problems);
    switch (result) {
    case ConfigStore::Result::Ok:
        break;
    case ConfigStore::Result::Conflict: {
        const auto answer = MessageBox::question(
            this, windowTitle(),
            tr("The configuration was changed by another program since this dialog was opened (%1).\n\n"
               "Reload the dialog with the current configuration? Your changes in this dialog will be lost. "
               "Choose Cancel to keep them on screen; Apply will refuse them until you reload.")
                .arg(error),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            const QString name = m_index >= 0 ? m_original.name : QString();
            m_loaded = load(name);
            populate();
        }
        return false;
    }
    case ConfigStore::Result::Invalid:
        if (!problems.isEmpty())
            showProblem(problems.constFirst());
        return false;
    case ConfigStore::Result::Failed:
        MessageBox::warning(this, windowTitle(), tr("The change could not be saved: %1").arg(error));
        return false;
    }
    const bool secretSaved = applySecret(vs);
    m_config = changed;
    m_revision = newRevision;
    m_index = m_config.virtualServerIndex(vs.name);
    m_original = vs;
    m_current = vs;
    setWindowTitle(tr("%1 Properties").arg(vs.name));
    updateState();
    emit applied(newRevision);
    return secretSaved;
}

void VirtualServerProperties::accept()
{
    if (isDirty() && !apply())
        return;
    QDialog::accept();
}

void VirtualServerProperties::editAuthentication()
{
    AuthenticationDialog dialog(this);
    dialog.setSettings(m_current.authentication);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_current.authentication = dialog.settings();
    updateState();
}

void VirtualServerProperties::editCertificate()
{
    CertificateDialog dialog(m_dataDir, this);
    dialog.setFiles(m_current.secureCommunication);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    dialog.files(&m_current.secureCommunication);
    updateState();
}

void VirtualServerProperties::editCommunication()
{
    CommunicationDialog dialog(!m_current.secureCommunication.certificateFile.isEmpty(), this);
    dialog.setRequireSecureChannel(m_current.secureCommunication.requireSecureChannel);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_current.secureCommunication.requireSecureChannel = dialog.requireSecureChannel();
    updateState();
}

void VirtualServerProperties::editConnectionControl()
{
    AccessListDialog dialog(AccessListDialog::Kind::Connection, server().name, this);
    dialog.setConnectionControl(m_current.connectionControl);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_current.connectionControl = dialog.connectionControl();
    updateState();
}

void VirtualServerProperties::editRelayRestrictions(const AccessEntry *prefilled)
{
    AccessListDialog dialog(AccessListDialog::Kind::Relay, server().name, this);
    dialog.setRelayRestrictions(m_current.relayRestrictions);
    if (prefilled) {
        // The list first, so that Add… opens over it.
        dialog.show();
        dialog.addEntry(*prefilled);
    }
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_current.relayRestrictions = dialog.relayRestrictions();
    m_ui->tabWidget->setCurrentIndex(AccessTab);
    updateState();
}

void VirtualServerProperties::editIdentities()
{
    IdentitiesDialog dialog(this);
    VirtualServer vs = server();
    dialog.setBindings(vs.bindings);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    m_current.bindings = dialog.bindings();
    m_populating = true;
    const Binding first = m_current.bindings.value(0);
    const int item = m_ui->addressCombo->findData(first.address);
    if (item >= 0)
        m_ui->addressCombo->setCurrentIndex(item);
    else
        m_ui->addressCombo->setEditText(first.address);
    m_ui->portSpin->setValue(first.port);
    m_populating = false;
    updateState();
}

void VirtualServerProperties::editDeliveryAdvanced()
{
    DeliveryAdvancedDialog dialog(this);
    dialog.setServer(server());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    dialog.apply(&m_current);
    updateState();
}

void VirtualServerProperties::editOutboundSecurity()
{
    OutboundSecurityDialog dialog(this);
    dialog.setServer(server(), passwordStored());
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    dialog.apply(&m_current);
    if (m_current.delivery.outboundSecurity.authentication != OutboundAuthentication::Basic)
        m_newPassword.clear();
    else if (!dialog.newPassword().isEmpty())
        m_newPassword = dialog.newPassword();
    updateState();
}

} // namespace RelayDesk

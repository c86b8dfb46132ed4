#pragma once

#include "config.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuthenticationDialog;
class CertificateDialog;
class CommunicationDialog;
class DeliveryAdvancedDialog;
class IdentitiesDialog;
class OutboundSecurityDialog;
} // namespace Ui

namespace RelayDesk {

// The small dialogs behind the buttons of a virtual server's property sheet. Each edits a part
// of a VirtualServer in memory; the sheet validates the whole server and applies it.

// Access ▸ Authentication…
class AuthenticationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthenticationDialog)

public:
    explicit AuthenticationDialog(QWidget *parent = nullptr);
    ~AuthenticationDialog() override;
    void setSettings(const AuthenticationSettings &settings);
    AuthenticationSettings settings() const;

private:
    void updateState();
    std::unique_ptr<Ui::AuthenticationDialog> m_ui;
};

// Access ▸ Certificate…: the PEM files STARTTLS presents.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    CertificateDialog(const QString &dataDir, QWidget *parent = nullptr);
    ~CertificateDialog() override;
    void setFiles(const SecureCommunication &settings);
    // Changes only the certificate and key files of `settings`.
    void files(SecureCommunication *settings) const;

private:
    void browse(bool certificate);
    void updateState();
    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QString m_dataDir;
};

// Access ▸ Communication…: require TLS.
class CommunicationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommunicationDialog)

public:
    explicit CommunicationDialog(bool hasCertificate, QWidget *parent = nullptr);
    ~CommunicationDialog() override;
    void setRequireSecureChannel(bool require);
    bool requireSecureChannel() const;

private:
    void updateState();
    std::unique_ptr<Ui::CommunicationDialog> m_ui;
    bool m_hasCertificate;
};

// Delivery ▸ Advanced…: hop count, masquerade domain, FQDN, smart host, direct delivery first,
// reverse DNS.
class DeliveryAdvancedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryAdvancedDialog)

public:
    explicit DeliveryAdvancedDialog(QWidget *parent = nullptr);
    ~DeliveryAdvancedDialog() override;
    void setServer(const VirtualServer &server);
    // Changes only the fields of this dialog in `server`.
    void apply(VirtualServer *server) const;

private:
    void updateState();
    std::unique_ptr<Ui::DeliveryAdvancedDialog> m_ui;
    VirtualServer m_server;
};

// Delivery ▸ Outbound Security…: anonymous or basic authentication to the smart host, and
// STARTTLS off, opportunistic or required. The password is entered twice and never shown; left
// empty it keeps the stored one. The password is not part of the configuration: the dialog only
// hands it over (newPassword()), and the property sheet writes it to OutboundSecrets on Apply.
class OutboundSecurityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboundSecurityDialog)

public:
    explicit OutboundSecurityDialog(QWidget *parent = nullptr);
    ~OutboundSecurityDialog() override;
    // passwordStored: whether the secret store (or an earlier, not yet applied, visit of this
    // dialog) already holds a password for the server.
    void setServer(const VirtualServer &server, bool passwordStored = false);
    OutboundSecurity security() const;
    // The password typed twice; empty when the fields were left empty (keep the stored one) or
    // anonymous access is chosen.
    QString newPassword() const;
    // Changes only delivery.outboundSecurity of `server`.
    void apply(VirtualServer *server) const;

private:
    void updateState();
    std::unique_ptr<Ui::OutboundSecurityDialog> m_ui;
    VirtualServer m_server;
    bool m_passwordStored = false;
};

// General ▸ Advanced…: every IP address and port the virtual server listens on.
class IdentitiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentitiesDialog)

public:
    explicit IdentitiesDialog(QWidget *parent = nullptr);
    ~IdentitiesDialog() override;
    void setBindings(const QList<Binding> &bindings);
    QList<Binding> bindings() const;
    void addBinding(const Binding &binding);

private:
    void updateState();
    std::unique_ptr<Ui::IdentitiesDialog> m_ui;
};

// The first error that validation finds in a virtual server among the fields under one of the
// given paths ("authentication", "delivery.smartHost"); empty when there is none.
QString virtualServerProblem(const VirtualServer &server, const QStringList &fields);

} // namespace RelayDesk

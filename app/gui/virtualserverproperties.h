#pragma once

#include "config.h"
#include "problem.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VirtualServerProperties;
}

namespace RelayDesk {

class ConfigStore;

// The property sheet of a virtual server, as Exchange System Manager had it: General, Access,
// Messages, Delivery, and the dialogs behind their buttons. Every field of the configuration
// format's virtual server is here.
//
// Editing: Apply lights when something differs from the stored revision; problems are shown as
// you type, with a link that jumps to the tab and field, and keep Apply and OK disabled (apply()
// called anyway jumps there and saves nothing). One Apply is one
// store commit on the revision the dialog was opened with: if another program committed since,
// Apply says so and offers to reload — it never overwrites silently.
//
// The smart host password (Delivery ▸ Outbound Security…) is no part of the configuration: a
// new one is kept in the sheet until Apply or OK writes it to OutboundSecrets, after the commit;
// anonymous access removes it, and a rename carries it to the new name.
class VirtualServerProperties final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VirtualServerProperties)

public:
    enum Tab
    {
        GeneralTab,
        AccessTab,
        MessagesTab,
        DeliveryTab
    };

    // name: the virtual server to edit; empty: a new one (New ▸ Virtual Server), created on Apply.
    VirtualServerProperties(ConfigStore *store, const QString &dataDir, const QString &name,
                            QWidget *parent = nullptr);
    ~VirtualServerProperties() override;

    bool isLoaded() const { return m_loaded; } // false: the database could not be read (see problem())
    VirtualServer server() const; // what the sheet holds now
    bool isDirty() const;
    // A password typed in Outbound Security… that Apply has not written yet ("" for none).
    QString pendingPassword() const { return m_newPassword; }
    QString problem() const { return m_problem; } // the first problem, "" when none
    int revision() const { return m_revision; } // the revision the sheet is based on

    // Validates and commits. False (nothing written) on a problem, a conflict or an error.
    bool apply();

    // The buttons of the Access and Delivery tabs and General ▸ Advanced… (public for tests and
    // for Test Send's "Allow this computer to relay…").
    void editAuthentication();
    void editCertificate();
    void editCommunication();
    void editConnectionControl();
    void editRelayRestrictions(const AccessEntry *prefilled = nullptr);
    void editIdentities();
    void editDeliveryAdvanced();
    void editOutboundSecurity();

    void accept() override; // OK: apply when dirty, then close

signals:
    void applied(int revision);

private:
    bool load(const QString &name);
    bool passwordStored() const;
    bool applySecret(const VirtualServer &vs);
    void populate();
    void collect(VirtualServer *server) const;
    void updateState();
    void showProblem(const Problem &problem);
    static Tab tabOf(const QString &field);
    QWidget *widgetOf(const QString &field) const;

    std::unique_ptr<Ui::VirtualServerProperties> m_ui;
    ConfigStore *m_store;
    QString m_dataDir;
    Config m_config; // the whole configuration at m_revision
    int m_revision = -1;
    int m_index = -1; // of the server in m_config; -1: new
    VirtualServer m_original; // as stored (or the defaults of a new server)
    VirtualServer m_current; // the parts edited in sub-dialogs
    QString m_newPassword; // typed in Outbound Security…, written to OutboundSecrets on Apply
    QString m_problem;
    QString m_problemPath;
    bool m_loaded = false;
    bool m_populating = false;
};

} // namespace RelayDesk

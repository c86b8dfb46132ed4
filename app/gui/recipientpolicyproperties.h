#pragma once

#include "config.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RecipientPolicyProperties;
}

namespace RelayDesk {

class ConfigStore;

// The property sheet of a recipient policy: General (name, filter, priority) and E-Mail
// Addresses (Policy) with New…, Edit…, Remove and Set as Primary. Same editing rules as the
// virtual server's sheet: Apply lights on change, problems keep it disabled with the reason, one
// Apply is one revision, a change by another program is caught at Apply.
class RecipientPolicyProperties final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientPolicyProperties)

public:
    // name: the policy to edit; empty: a new one.
    RecipientPolicyProperties(ConfigStore *store, const QString &name, QWidget *parent = nullptr);
    ~RecipientPolicyProperties() override;

    bool isLoaded() const { return m_loaded; }
    RecipientPolicy policy() const;
    bool isDirty() const;
    QString problem() const { return m_problem; }
    int revision() const { return m_revision; }

    bool apply();
    void accept() override;

    // E-Mail Addresses (Policy) buttons, on the selected row.
    void newAddressSpace();
    void editAddressSpace();
    void removeAddressSpace();
    void setPrimary();
    void selectAddressSpace(int row);

signals:
    void applied(int revision);

private:
    bool load(const QString &name);
    void populate();
    void fillSpaces();
    void updateState();

    std::unique_ptr<Ui::RecipientPolicyProperties> m_ui;
    ConfigStore *m_store;
    Config m_config;
    int m_revision = -1;
    int m_index = -1;
    RecipientPolicy m_original;
    QList<AddressSpace> m_spaces;
    QString m_problem;
    bool m_loaded = false;
    bool m_populating = false;
};

} // namespace RelayDesk

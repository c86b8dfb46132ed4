#pragma once

#include "config.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AddressSpaceDialog;
class RecipientDialog;
class SmtpUserDialog;
} // namespace Ui

namespace RelayDesk {

class ConfigStore;

// The first validation error of `config` at or below `pathPrefix` ("smtpUsers[2]"), "" when none.
QString firstProblem(const Config &config, const QString &pathPrefix);

// Commits `changed` as one revision on `baseRevision` for the console; a conflict (another
// program committed since the dialog opened) or a failure is explained to the administrator and
// nothing is written. True on success with *newRevision set.
bool commitFromConsole(QWidget *parent, ConfigStore *store, const Config &changed, int baseRevision,
                       const QString &summary, int *newRevision = nullptr);

// SMTP Users ▸ New / Properties: the account and its password, typed twice. Only the salted
// PBKDF2 hash is kept; leaving the password empty when editing keeps the current one.
class SmtpUserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SmtpUserDialog)

public:
    // index: of the user in config.smtpUsers; -1 for a new one.
    SmtpUserDialog(const Config &config, int index, QWidget *parent = nullptr);
    ~SmtpUserDialog() override;

    QString problem() const { return m_problem; }
    // The user as it will be stored: the new password hashed (once), or the old hash kept.
    SmtpUser user();
    // The configuration with the user added or replaced.
    Config changedConfig();

    void accept() override;

private:
    void updateState();
    SmtpUser userWithoutHash() const;

    std::unique_ptr<Ui::SmtpUserDialog> m_ui;
    Config m_config;
    int m_index;
    QString m_problem;
    QString m_hashedPassword; // the password m_hash was made from
    QString m_hash;
};

// Recipients ▸ New / Properties.
class RecipientDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecipientDialog)

public:
    RecipientDialog(const Config &config, int index, QWidget *parent = nullptr);
    ~RecipientDialog() override;

    QString problem() const { return m_problem; }
    Recipient recipient() const;
    Config changedConfig() const;

private:
    void updateState();

    std::unique_ptr<Ui::RecipientDialog> m_ui;
    Config m_config;
    int m_index;
    QString m_problem;
};

// E-Mail Addresses (Policy) ▸ New / Edit: an SMTP address space and whether this organization is
// responsible for all mail delivery to it.
class AddressSpaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressSpaceDialog)

public:
    explicit AddressSpaceDialog(QWidget *parent = nullptr);
    ~AddressSpaceDialog() override;

    void setAddressSpace(const AddressSpace &space);
    AddressSpace addressSpace() const;
    QString problem() const { return m_problem; }

private:
    void updateState();

    std::unique_ptr<Ui::AddressSpaceDialog> m_ui;
    AddressSpace m_space;
    QString m_problem;
};

} // namespace RelayDesk

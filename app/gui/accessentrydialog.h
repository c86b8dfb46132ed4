#pragma once

#include "config.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccessEntryDialog;
}

namespace RelayDesk {

// The "Computer" dialog of the Connection and Relay Restrictions dialogs: a single computer, a
// group of computers (subnet address with a dotted mask or a prefix length, IPv4 or IPv6) or a
// domain, with an optional comment and expiry. Validates as you type with the configuration's
// own rules; OK stays disabled, with the reason shown, until the entry is valid.
class AccessEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessEntryDialog)

public:
    explicit AccessEntryDialog(QWidget *parent = nullptr);
    ~AccessEntryDialog() override;

    void setEntry(const AccessEntry &entry);
    AccessEntry entry() const;
    // Why the entry cannot be accepted yet; empty when it can.
    QString problem() const { return m_problem; }

private:
    void updateState();

    std::unique_ptr<Ui::AccessEntryDialog> m_ui;
    QString m_problem;
};

} // namespace RelayDesk

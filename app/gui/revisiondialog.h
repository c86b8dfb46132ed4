#pragma once

#include "configstore.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class RevisionDialog;
}

namespace RelayDesk {

// History ▸ a revision: who changed what and when, the change in words, and "Roll Back to This
// Revision", which makes the configuration of that revision current again as a new revision
// (after a confirmation that names what it undoes).
class RevisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionDialog)

public:
    RevisionDialog(ConfigStore *store, const HistoryEntry &entry, QWidget *parent = nullptr);
    ~RevisionDialog() override;

    QString diffText() const;
    // Rolls back after asking; false when declined, nothing to do, or refused (the reason shown).
    bool rollBack();

signals:
    void rolledBack(int newRevision);

private:
    std::unique_ptr<Ui::RevisionDialog> m_ui;
    QPushButton *m_rollbackButton;
    ConfigStore *m_store;
    HistoryEntry m_entry;
};

} // namespace RelayDesk

#pragma once

#include "config.h"

#include <QDateTime>
#include <QDialog>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class AccessListDialog;
}

namespace RelayDesk {

class AccessEntryModel;
class AccessEntryDialog;

// The Connection and Relay Restrictions dialogs of a virtual server's Access tab: the two radio
// buttons, the list (model/view: 10,000 entries open at once), Add… (Single computer / Group of
// computers / Domain), Edit…, Remove, a filter, and for relay the box "Allow all computers which
// successfully authenticate to relay, regardless of the list above". Nothing is written until
// the property sheet applies; the dialog warns while the settings make an open relay.
class AccessListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessListDialog)

public:
    enum class Kind
    {
        Connection,
        Relay
    };

    AccessListDialog(Kind kind, const QString &virtualServer, QWidget *parent = nullptr);
    ~AccessListDialog() override;

    void setConnectionControl(const ConnectionControl &control);
    ConnectionControl connectionControl() const;
    void setRelayRestrictions(const RelayRestrictions &restrictions);
    RelayRestrictions relayRestrictions() const;

    // Opens Add… with the entry filled in (Test Send's "Allow this computer to relay…").
    void addEntry(const AccessEntry &prefilled);
    void editEntry(int row);
    void removeSelected();

    AccessEntryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    bool runEntryDialog(AccessEntryDialog &dialog);
    void updateState();

    std::unique_ptr<Ui::AccessListDialog> m_ui;
    Kind m_kind;
    AccessEntryModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace RelayDesk

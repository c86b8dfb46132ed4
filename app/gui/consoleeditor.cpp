#include "consoleeditor.h"

#include "configstore.h"
#include "controlrequest.h"
#include "dialogrunner.h"
#include "directorydialogs.h"
#include "exportdialog.h"
#include "icons.h"
#include "importdialog.h"
#include "messagebox.h"
#include "outboundsecrets.h"
#include "recipientpolicyproperties.h"
#include "revisiondialog.h"
#include "syncstatus.h"
#include "virtualserverproperties.h"

#include <QAction>
#include <QMenu>

namespace RelayDesk {

namespace {

constexpr int ControlTimeoutMs = 3000;

template <typename T, typename Key>
int indexOf(const QList<T> &items, const QString &key, Key keyOf)
{
    for (int i = 0; i < items.size(); ++i) {
        if (keyOf(items.at(i)).compare(key, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

ConsoleEditor::ConsoleEditor(ConfigStore *store, const QString &dataDir, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_dataDir(dataDir)
    , m_window(window)
    , m_newMenu(new QMenu(tr("&New"), window))
{
    const auto action = [this](const QString &text, const QString &objectName,
                               void (ConsoleEditor::*slot)()) {
        auto *a = new QAction(text, this);
        a->setObjectName(objectName);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newVirtualServer = action(tr("SMTP &Virtual Server..."), QStringLiteral("newVirtualServerAction"),
                                &ConsoleEditor::newVirtualServer);
    m_newPolicy = action(tr("Recipient &Policy..."), QStringLiteral("newPolicyAction"),
                         &ConsoleEditor::newRecipientPolicy);
    m_newRecipient =
        action(tr("&Recipient..."), QStringLiteral("newRecipientAction"), &ConsoleEditor::newRecipient);
    m_newUser = action(tr("SMTP &User..."), QStringLiteral("newUserAction"), &ConsoleEditor::newSmtpUser);
    m_newMenu->setObjectName(QStringLiteral("newMenu"));
    m_newMenu->addActions({m_newVirtualServer, m_newPolicy, m_newRecipient, m_newUser});

    m_properties =
        action(tr("P&roperties"), QStringLiteral("propertiesAction"), &ConsoleEditor::showProperties);
    m_properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_delete = action(tr("&Delete"), QStringLiteral("deleteAction"), &ConsoleEditor::deleteSelected);
    m_delete->setShortcut(QKeySequence::Delete);
    m_start = new QAction(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("startAction"));
    m_start->setToolTip(tr("Enable the virtual server: the listener serves it"));
    connect(m_start, &QAction::triggered, this, [this] { setVirtualServerEnabled(true); });
    m_stop = new QAction(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopAction"));
    m_stop->setToolTip(tr("Disable the virtual server: the listener stops serving it"));
    connect(m_stop, &QAction::triggered, this, [this] { setVirtualServerEnabled(false); });
    m_pause = new QAction(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setToolTip(
        tr("New connections get 421 until Resume; open sessions go on (until the listener restarts)"));
    connect(m_pause, &QAction::triggered, this, [this] { setVirtualServerPaused(true); });
    m_resume = new QAction(tr("Res&ume"), this);
    m_resume->setObjectName(QStringLiteral("resumeAction"));
    connect(m_resume, &QAction::triggered, this, [this] { setVirtualServerPaused(false); });
    m_import = action(tr("&Import..."), QStringLiteral("importAction"), &ConsoleEditor::importConfiguration);
    m_export = action(tr("&Export..."), QStringLiteral("exportAction"), &ConsoleEditor::exportConfiguration);
    updateActions();
}

ConsoleEditor::~ConsoleEditor() = default;

void ConsoleEditor::setTarget(const ConsoleNode &node, const QString &rowKey)
{
    m_node = node;
    m_rowKey = rowKey;
    updateActions();
}

ConsoleEditor::Item ConsoleEditor::item() const
{
    switch (m_node.kind) {
    case ConsoleNode::Kind::VirtualServer:
    case ConsoleNode::Kind::CurrentSessions:
        return Item::VirtualServer;
    case ConsoleNode::Kind::Smtp:
        return m_rowKey.isEmpty() ? Item::None : Item::VirtualServer;
    case ConsoleNode::Kind::RecipientPolicies:
        return m_rowKey.isEmpty() ? Item::None : Item::RecipientPolicy;
    case ConsoleNode::Kind::Recipients:
        return m_rowKey.isEmpty() ? Item::None : Item::Recipient;
    case ConsoleNode::Kind::SmtpUsers:
        return m_rowKey.isEmpty() ? Item::None : Item::SmtpUser;
    case ConsoleNode::Kind::History:
        return m_rowKey.isEmpty() ? Item::None : Item::Revision;
    default:
        return Item::None;
    }
}

QString ConsoleEditor::itemKey() const
{
    if (m_node.kind == ConsoleNode::Kind::VirtualServer || m_node.kind == ConsoleNode::Kind::CurrentSessions)
        return m_node.key;
    return m_rowKey;
}

void ConsoleEditor::updateActions()
{
    const Item target = item();
    m_properties->setEnabled(target != Item::None);
    m_delete->setEnabled(target != Item::None && target != Item::Revision);
    const bool server = target == Item::VirtualServer;
    for (QAction *a : {m_start, m_stop, m_pause, m_resume})
        a->setEnabled(server);
}

void ConsoleEditor::fillContextMenu(QMenu *menu) const
{
    switch (m_node.kind) {
    case ConsoleNode::Kind::RecipientPolicies:
        menu->addAction(m_newPolicy);
        break;
    case ConsoleNode::Kind::Recipients:
        menu->addAction(m_newRecipient);
        break;
    case ConsoleNode::Kind::SmtpUsers:
        menu->addAction(m_newUser);
        break;
    case ConsoleNode::Kind::Smtp:
    case ConsoleNode::Kind::VirtualServer:
        menu->addAction(m_newVirtualServer);
        break;
    default:
        menu->addMenu(m_newMenu);
        break;
    }
    if (item() == Item::VirtualServer) {
        menu->addSeparator();
        menu->addActions({m_start, m_stop, m_pause, m_resume});
    }
    if (item() != Item::None) {
        menu->addSeparator();
        if (item() != Item::Revision)
            menu->addAction(m_delete);
        menu->addAction(m_properties);
    }
}

QString ConsoleEditor::selectedVirtualServer() const
{
    return item() == Item::VirtualServer ? itemKey() : QString();
}

void ConsoleEditor::allowRelay(const QString &name, const AccessEntry &entry)
{
    VirtualServerProperties sheet(m_store, m_dataDir, name, m_window);
    if (!sheet.isLoaded()) {
        MessageBox::warning(m_window, tr("Relay Restrictions"), sheet.problem());
        return;
    }
    connect(&sheet, &VirtualServerProperties::applied, this, &ConsoleEditor::changed);
    // The sheet first, so that Relay Restrictions opens over it; then the sheet stays open with
    // Apply lit for the administrator to review and apply.
    sheet.show();
    sheet.editRelayRestrictions(&entry);
    DialogRunner::exec(sheet);
}

void ConsoleEditor::showProperties()
{
    const QString key = itemKey();
    switch (item()) {
    case Item::None:
        return;
    case Item::VirtualServer: {
        VirtualServerProperties sheet(m_store, m_dataDir, key, m_window);
        connect(&sheet, &VirtualServerProperties::applied, this, &ConsoleEditor::changed);
        DialogRunner::exec(sheet);
        return;
    }
    case Item::RecipientPolicy: {
        RecipientPolicyProperties sheet(m_store, key, m_window);
        connect(&sheet, &RecipientPolicyProperties::applied, this, &ConsoleEditor::changed);
        DialogRunner::exec(sheet);
        return;
    }
    case Item::Recipient:
    case Item::SmtpUser: {
        Config config;
        int revision = 0;
        QString error;
        if (!m_store->load(&config, &revision, &error)) {
            MessageBox::warning(m_window, tr("Properties"),
                                tr("The configuration cannot be read: %1").arg(error));
            return;
        }
        if (item() == Item::Recipient) {
            const int index = indexOf(config.recipients, key, [](const Recipient &r) { return r.address; });
            if (index < 0)
                return;
            RecipientDialog dialog(config, index, m_window);
            if (DialogRunner::exec(dialog) == QDialog::Accepted && dialog.problem().isEmpty()
                && commitFromConsole(m_window, m_store, dialog.changedConfig(), revision,
                                     tr("edit recipient %1").arg(key)))
                emit changed();
        } else {
            const int index = indexOf(config.smtpUsers, key, [](const SmtpUser &u) { return u.name; });
            if (index < 0)
                return;
            SmtpUserDialog dialog(config, index, m_window);
            if (DialogRunner::exec(dialog) == QDialog::Accepted && dialog.problem().isEmpty()
                && commitFromConsole(m_window, m_store, dialog.changedConfig(), revision,
                                     tr("edit SMTP user %1").arg(key)))
                emit changed();
        }
        return;
    }
    case Item::Revision: {
        const QList<HistoryEntry> history = m_store->history(0, nullptr);
        for (const HistoryEntry &entry : history) {
            if (QString::number(entry.revision) != key)
                continue;
            RevisionDialog dialog(m_store, entry, m_window);
            connect(&dialog, &RevisionDialog::rolledBack, this, &ConsoleEditor::changed);
            DialogRunner::exec(dialog);
            return;
        }
        return;
    }
    }
}

void ConsoleEditor::deleteSelected()
{
    const Item target = item();
    const QString key = itemKey();
    if (target == Item::None || target == Item::Revision)
        return;
    Config config;
    int revision = 0;
    QString error;
    if (!m_store->load(&config, &revision, &error)) {
        MessageBox::warning(m_window, tr("Delete"), tr("The configuration cannot be read: %1").arg(error));
        return;
    }
    QString question;
    QString summary;
    QString secretOf; // the deleted virtual server, whose smart host password goes with it
    bool removed = false;
    switch (target) {
    case Item::VirtualServer: {
        const int i = config.virtualServerIndex(key);
        removed = i >= 0;
        if (removed)
            secretOf = config.virtualServers.takeAt(i).name;
        question = tr("Delete the virtual server %1? The listener stops serving its addresses; mail already "
                      "in its folders stays on disk.")
                       .arg(key);
        summary = tr("delete virtual server %1").arg(key);
        break;
    }
    case Item::RecipientPolicy: {
        const int i = indexOf(config.recipientPolicies, key, [](const RecipientPolicy &p) { return p.name; });
        removed = i >= 0;
        if (removed)
            config.recipientPolicies.removeAt(i);
        question = tr("Delete the recipient policy %1? Its domains are no longer delivered here.").arg(key);
        summary = tr("delete recipient policy %1").arg(key);
        break;
    }
    case Item::Recipient: {
        const int i = indexOf(config.recipients, key, [](const Recipient &r) { return r.address; });
        removed = i >= 0;
        if (removed)
            config.recipients.removeAt(i);
        question = tr("Delete the recipient %1? Mail to it is refused from then on.").arg(key);
        summary = tr("delete recipient %1").arg(key);
        break;
    }
    case Item::SmtpUser: {
        const int i = indexOf(config.smtpUsers, key, [](const SmtpUser &u) { return u.name; });
        removed = i >= 0;
        if (removed)
            config.smtpUsers.removeAt(i);
        question =
            tr("Delete the SMTP user %1? Applications that authenticate as it can no longer relay.").arg(key);
        summary = tr("delete SMTP user %1").arg(key);
        break;
    }
    default:
        return;
    }
    if (!removed)
        return;
    if (MessageBox::question(m_window, tr("Delete"), question, QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::No)
        != QMessageBox::Yes)
        return;
    if (!commitFromConsole(m_window, m_store, config, revision, summary))
        return;
    // Not versioned: a rollback that brings the server back does not bring its password back.
    if (!secretOf.isEmpty() && !OutboundSecrets::remove(m_dataDir, secretOf, &error))
        MessageBox::warning(
            m_window, tr("Delete"),
            tr("The smart host password of %1 could not be removed: %2").arg(secretOf, error));
    emit changed();
}

void ConsoleEditor::setVirtualServerEnabled(bool enabled)
{
    if (item() != Item::VirtualServer)
        return;
    Config config;
    int revision = 0;
    QString error;
    if (!m_store->load(&config, &revision, &error))
        return;
    const int i = config.virtualServerIndex(itemKey());
    if (i < 0 || config.virtualServers.at(i).enabled == enabled)
        return;
    config.virtualServers[i].enabled = enabled;
    const QString name = config.virtualServers.at(i).name;
    if (commitFromConsole(m_window, m_store, config, revision,
                          enabled ? tr("start virtual server %1").arg(name)
                                  : tr("stop virtual server %1").arg(name)))
        emit changed();
}

void ConsoleEditor::setVirtualServerPaused(bool paused)
{
    if (item() != Item::VirtualServer)
        return;
    const ListenerPaths paths(m_dataDir);
    QString error;
    const QJsonObject answer = controlRequest(
        paths.control,
        {{QStringLiteral("command"), paused ? QStringLiteral("pause") : QStringLiteral("resume")},
         {QStringLiteral("virtualServer"), itemKey()}},
        ControlTimeoutMs, &error);
    if (!answer.value(QStringLiteral("ok")).toBool()) {
        MessageBox::warning(
            m_window, paused ? tr("Pause") : tr("Resume"),
            tr("The listener did not %1 %2: %3")
                .arg(paused ? tr("pause") : tr("resume"), itemKey(),
                     answer.isEmpty() ? error : answer.value(QStringLiteral("error")).toString()));
        return;
    }
    emit message(paused ? tr("%1 is paused: new connections get 421 until Resume.").arg(itemKey())
                        : tr("%1 accepts connections again.").arg(itemKey()));
}

void ConsoleEditor::newVirtualServer()
{
    VirtualServerProperties sheet(m_store, m_dataDir, QString(), m_window);
    connect(&sheet, &VirtualServerProperties::applied, this, &ConsoleEditor::changed);
    DialogRunner::exec(sheet);
}

void ConsoleEditor::newRecipientPolicy()
{
    RecipientPolicyProperties sheet(m_store, QString(), m_window);
    connect(&sheet, &RecipientPolicyProperties::applied, this, &ConsoleEditor::changed);
    DialogRunner::exec(sheet);
}

void ConsoleEditor::newRecipient()
{
    Config config;
    int revision = 0;
    QString error;
    if (!m_store->load(&config, &revision, &error))
        return;
    RecipientDialog dialog(config, -1, m_window);
    if (DialogRunner::exec(dialog) == QDialog::Accepted && dialog.problem().isEmpty()
        && commitFromConsole(m_window, m_store, dialog.changedConfig(), revision,
                             tr("add recipient %1").arg(dialog.recipient().address)))
        emit changed();
}

void ConsoleEditor::newSmtpUser()
{
    Config config;
    int revision = 0;
    QString error;
    if (!m_store->load(&config, &revision, &error))
        return;
    SmtpUserDialog dialog(config, -1, m_window);
    if (DialogRunner::exec(dialog) == QDialog::Accepted && dialog.problem().isEmpty()) {
        const Config changed = dialog.changedConfig();
        if (commitFromConsole(m_window, m_store, changed, revision,
                              tr("add SMTP user %1").arg(changed.smtpUsers.constLast().name)))
            emit this->changed();
    }
}

void ConsoleEditor::importConfiguration()
{
    ImportDialog dialog(m_store, m_window);
    connect(&dialog, &ImportDialog::imported, this, &ConsoleEditor::changed);
    DialogRunner::exec(dialog);
}

void ConsoleEditor::exportConfiguration()
{
    Config config;
    int revision = 0;
    QString error;
    if (!m_store->load(&config, &revision, &error)) {
        MessageBox::warning(m_window, tr("Export"), tr("The configuration cannot be read: %1").arg(error));
        return;
    }
    ExportDialog dialog(config, revision, m_window);
    if (item() == Item::VirtualServer)
        dialog.chooseVirtualServers({itemKey()});
    if (DialogRunner::exec(dialog) == QDialog::Accepted)
        emit message(tr("Exported revision %1.").arg(revision));
}

} // namespace RelayDesk

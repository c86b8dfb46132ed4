// Editing from the main window with real widgets, a real store and (for Current Sessions) the real
// listener: New, Properties, Delete, Start/Stop from the menus and the context menu; every change
// is one revision that the window shows at once.
#include "configstore.h"
#include "consoleeditor.h"
#include "consolenodes.h"
#include "consoletreemodel.h"
#include "detailsmodel.h"
#include "dialogrunner.h"
#include "directorydialogs.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "outboundsecrets.h"
#include "rcptprobe.h"
#include "revisiondialog.h"
#include "syncservice.h"
#include "virtualserverproperties.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace RelayDesk;
using Kind = ConsoleNode::Kind;
using TestSupport::findNode;

namespace {

QStringList objectNames(const QMenu &menu)
{
    QStringList names;
    for (QAction *action : menu.actions()) {
        if (!action->isSeparator())
            names << (action->menu() ? action->menu()->objectName() : action->objectName());
    }
    return names;
}

} // namespace

class TestConsoleEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newSmtpUserFromTheMenu();
    void deleteAskesAndRemoves();
    void deletingAVirtualServerRemovesItsPassword();
    void contextMenuFollowsTheSelection();
    void propertiesOfAVirtualServer();
    void stopAndStartAVirtualServer();
    void historyRowOpensItsRevision();
    void currentSessionsShowTheListenersClients();

private:
    QTreeView *tree() const { return m_window->findChild<QTreeView *>(QStringLiteral("consoleTreeView")); }
    QTableView *details() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("detailsTableView"));
    }
    void select(Kind kind, const QString &key = {});
    bool selectRow(const QString &key);
    QStringList detailsColumn(int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestConsoleEditor::init()
{
    qputenv("RELAYDESK_NO_LISTENER", "1");
    DialogRunner::setHook({});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ConfigStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>(m_store.get(), m_dir->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConsoleEditor::cleanup()
{
    DialogRunner::setHook({});
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_store.reset();
    m_dir.reset();
}

void TestConsoleEditor::select(Kind kind, const QString &key)
{
    const QModelIndex index = findNode(tree()->model(), kind, key);
    QVERIFY(index.isValid());
    tree()->setCurrentIndex(index);
}

bool TestConsoleEditor::selectRow(const QString &key)
{
    QAbstractItemModel *model = details()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(DetailsModel::KeyRole).toString() == key) {
            details()->setCurrentIndex(model->index(row, 0));
            return true;
        }
    }
    return false;
}

QStringList TestConsoleEditor::detailsColumn(int column) const
{
    QStringList cells;
    QAbstractItemModel *model = details()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        cells << model->index(row, column).data().toString();
    return cells;
}

void TestConsoleEditor::newSmtpUserFromTheMenu()
{
    select(Kind::SmtpUsers);
    const int before = m_store->revision();
    DialogRunner::setHook([](QDialog &dialog) {
        if (!qobject_cast<SmtpUserDialog *>(&dialog))
            return int(QDialog::Rejected);
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                         QStringLiteral("crm-app"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         QStringLiteral("s3cret-pass"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                         QStringLiteral("s3cret-pass"));
        return int(QDialog::Accepted);
    });
    // Action ▸ New ▸ SMTP User… from the menu bar.
    QMenu *action = m_window->findChild<QMenu *>(QStringLiteral("actionMenu"));
    QVERIFY(action);
    QVERIFY(objectNames(*action).contains(QStringLiteral("newMenu")));
    m_window->editor()->newUserAction()->trigger();
    QCOMPARE(m_store->revision(), before + 1);
    // The window shows it at once.
    QVERIFY2(detailsColumn(0).contains(QStringLiteral("crm-app")),
             qPrintable(detailsColumn(0).join(QLatin1Char(','))));
}

void TestConsoleEditor::deleteAskesAndRemoves()
{
    newSmtpUserFromTheMenu();
    const int before = m_store->revision();
    QVERIFY(selectRow(QStringLiteral("crm-app")));
    QVERIFY(m_window->editor()->deleteAction()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    m_window->editor()->deleteAction()->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("crm-app")));
    QCOMPARE(m_store->revision(), before);
    QVERIFY(selectRow(QStringLiteral("crm-app")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->editor()->deleteAction()->trigger();
    QCOMPARE(m_store->revision(), before + 1);
    QVERIFY(!detailsColumn(0).contains(QStringLiteral("crm-app")));
}

// The smart host password is kept outside the configuration (OutboundSecrets): deleting its
// virtual server in the console deletes it too, and leaves the others' alone.
void TestConsoleEditor::deletingAVirtualServerRemovesItsPassword()
{
    Config config;
    int revision = 0;
    QString error;
    QVERIFY2(m_store->load(&config, &revision, &error), qPrintable(error));
    VirtualServer second = config.virtualServers.constFirst();
    second.name = QStringLiteral("Second Relay");
    second.bindings = {Binding{QStringLiteral("127.0.0.1"), 2626}};
    config.virtualServers.append(second);
    QCOMPARE(m_store->commit(config, revision, {}, &revision, &error), ConfigStore::Result::Ok);
    const QString first = config.virtualServers.constFirst().name;
    QVERIFY(OutboundSecrets::set(m_dir->path(), first, QStringLiteral("keep-me"), &error));
    QVERIFY(OutboundSecrets::set(m_dir->path(), second.name, QStringLiteral("drop-me"), &error));
    m_window->refresh();

    select(Kind::VirtualServer, second.name);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_window->editor()->deleteAction()->trigger();
    QCOMPARE(m_store->revision(), revision + 1);
    QVERIFY(!OutboundSecrets::isSet(m_dir->path(), second.name));
    QCOMPARE(OutboundSecrets::read(m_dir->path(), first), QStringLiteral("keep-me"));
}

void TestConsoleEditor::contextMenuFollowsTheSelection()
{
    select(Kind::VirtualServer, QStringLiteral("Default SMTP Virtual Server"));
    QMenu menu;
    m_window->editor()->fillContextMenu(&menu);
    const QStringList names = objectNames(menu);
    for (const char *expected : {"newVirtualServerAction", "startAction", "stopAction", "pauseAction",
                                 "resumeAction", "deleteAction", "propertiesAction"})
        QVERIFY2(names.contains(QLatin1String(expected)), expected);

    select(Kind::Recipients);
    QMenu recipients;
    m_window->editor()->fillContextMenu(&recipients);
    QCOMPARE(objectNames(recipients), QStringList{QStringLiteral("newRecipientAction")});
    QVERIFY(!m_window->editor()->propertiesAction()->isEnabled()); // no row chosen
}

void TestConsoleEditor::propertiesOfAVirtualServer()
{
    select(Kind::VirtualServer, QStringLiteral("Default SMTP Virtual Server"));
    const int before = m_store->revision();
    int sheets = 0;
    DialogRunner::setHook([&sheets](QDialog &dialog) {
        if (!qobject_cast<VirtualServerProperties *>(&dialog))
            return int(QDialog::Rejected);
        ++sheets;
        dialog.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(7);
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        return dialog.result();
    });
    m_window->editor()->propertiesAction()->trigger();
    QCOMPARE(sheets, 1);
    QCOMPARE(m_store->revision(), before + 1);
    Config config;
    int revision = 0;
    QString error;
    QVERIFY(m_store->load(&config, &revision, &error));
    QCOMPARE(config.virtualServers[0].general.connectionTimeoutMinutes, 7);
}

void TestConsoleEditor::stopAndStartAVirtualServer()
{
    select(Kind::Smtp);
    QVERIFY(selectRow(QStringLiteral("Default SMTP Virtual Server")));
    m_window->editor()->stopAction()->trigger();
    Config config;
    int revision = 0;
    QString error;
    QVERIFY(m_store->load(&config, &revision, &error));
    QVERIFY(!config.virtualServers[0].enabled);
    QVERIFY(detailsColumn(1).contains(QStringLiteral("Disabled")));
    QVERIFY(selectRow(QStringLiteral("Default SMTP Virtual Server")));
    m_window->editor()->startAction()->trigger();
    QVERIFY(m_store->load(&config, &revision, &error));
    QVERIFY(config.virtualServers[0].enabled);
}

void TestConsoleEditor::historyRowOpensItsRevision()
{
    newSmtpUserFromTheMenu();
    select(Kind::History);
    const QString newest = QString::number(m_store->revision());
    QVERIFY(selectRow(newest));
    QString shown;
    DialogRunner::setHook([&shown](QDialog &dialog) {
        if (auto *revision = qobject_cast<RevisionDialog *>(&dialog))
            shown = revision->diffText();
        return int(QDialog::Rejected);
    });
    // Double-click on the row.
    const QModelIndex row = details()->currentIndex();
    const QPoint centre = details()->visualRect(row).center();
    QTest::mouseClick(details()->viewport(), Qt::LeftButton, {}, centre); // a double-click follows a press
    QTest::mouseDClick(details()->viewport(), Qt::LeftButton, {}, centre);
    QVERIFY2(shown.contains(QLatin1String("crm-app")), qPrintable(shown));
}

void TestConsoleEditor::currentSessionsShowTheListenersClients()
{
    // The real listener on a free port, started as relaydeskctl would.
    const quint16 port = TestSupport::freeLoopbackPort();
    Config config;
    int base = 0;
    QString error;
    QVERIFY(m_store->load(&config, &base, &error));
    config.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), port}};
    int revision = 0;
    QCOMPARE(m_store->commit(config, base, {}, &revision, &error), ConfigStore::Result::Ok);
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    SyncService sync(m_store.get(), m_dir->path());
    const auto stop = qScopeGuard([&sync] { sync.stop(); });
    QVERIFY(sync.start().ok);

    QTcpSocket client;
    client.bind(QHostAddress(QStringLiteral("127.0.0.83")), 0);
    client.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), port);
    QVERIFY(client.waitForConnected(10000));
    QVERIFY(client.waitForReadyRead(10000)); // the greeting: the session exists

    select(Kind::CurrentSessions, QStringLiteral("Default SMTP Virtual Server"));
    QTRY_VERIFY_WITH_TIMEOUT(detailsColumn(0).join(QLatin1Char(',')).contains(QLatin1String("127.0.0.83")),
                             10000);
    client.abort();
    // Refreshing while shown: the session goes away.
    QTRY_VERIFY_WITH_TIMEOUT(!detailsColumn(0).join(QLatin1Char(',')).contains(QLatin1String("127.0.0.83")),
                             10000);

    // The host node tells the listener's state.
    select(Kind::Host);
    QTRY_VERIFY_WITH_TIMEOUT(detailsColumn(1).join(QLatin1Char(',')).contains(QLatin1String("Running")),
                             10000);
}

QTEST_MAIN(TestConsoleEditor)
#include "tst_consoleeditor.moc"

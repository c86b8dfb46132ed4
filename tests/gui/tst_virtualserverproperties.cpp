// The virtual server property sheet with real widgets and a real store: fields show the stored
// values, the Relay Restrictions dialog adds an entry through Add…, Apply makes one revision that
// the real listener then enforces, invalid input keeps Apply disabled with the reason shown, a
// change by another program is caught at Apply, and a new virtual server is created.
#include "accessentrydialog.h"
#include "accessentrymodel.h"
#include "accesslistdialog.h"
#include "configjson.h"
#include "configstore.h"
#include "dialogrunner.h"
#include "example.h"
#include "messagebox.h"
#include "outboundsecrets.h"
#include "rcptprobe.h"
#include "syncservice.h"
#include "virtualserverdialogs.h"
#include "virtualserverproperties.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace RelayDesk;

namespace {

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child named %s", name);
    return widget;
}

QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(which);
}

// Fills the Add Computer dialog as a person would, by typing.
void fillEntry(AccessEntryDialog &dialog, const char *radio, const QString &address, const QString &mask,
               const QString &comment)
{
    child<QRadioButton>(&dialog, radio)->setChecked(true);
    QTest::keyClicks(child<QLineEdit>(&dialog, "addressEdit"), address);
    if (!mask.isEmpty())
        QTest::keyClicks(child<QLineEdit>(&dialog, "maskEdit"), mask);
    QTest::keyClicks(child<QLineEdit>(&dialog, "commentEdit"), comment);
}

} // namespace

class TestVirtualServerProperties : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheStoredValues();
    void addRelayEntryApplyAndTheListenerEnforcesIt();
    void invalidInputKeepsApplyDisabledWithTheReason();
    void entryDialogValidatesAsYouType();
    void conflictingChangeIsCaughtAtApply();
    void newVirtualServer();
    void subDialogsEditTheirFields();
    void outboundSecurityBasicIsApplied();
    void outboundSecurityNeedsUserAndMatchingPasswords();
    void accessListWithTenThousandEntries();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_store;
};

void TestVirtualServerProperties::init()
{
    DialogRunner::setHook({});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ConfigStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error), qPrintable(error));
}

void TestVirtualServerProperties::cleanup()
{
    DialogRunner::setHook({});
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_store.reset();
    m_dir.reset();
}

void TestVirtualServerProperties::showsTheStoredValues()
{
    QFile file(TestSupport::examplePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    Config example;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(file.readAll(), &example, &problems));
    int revision = 0;
    QString error;
    QCOMPARE(m_store->commit(example, m_store->revision(), {}, &revision, &error), ConfigStore::Result::Ok);
    const VirtualServer &stored = example.virtualServers.constFirst();

    VirtualServerProperties sheet(m_store.get(), m_dir->path(), stored.name);
    QVERIFY(sheet.isLoaded());
    QCOMPARE(child<QLineEdit>(&sheet, "nameEdit")->text(), stored.name);
    QCOMPARE(child<QSpinBox>(&sheet, "portSpin")->value(), stored.bindings.constFirst().port);
    QCOMPARE(child<QSpinBox>(&sheet, "timeoutSpin")->value(), stored.general.connectionTimeoutMinutes);
    QCOMPARE(child<QSpinBox>(&sheet, "firstRetrySpin")->value(), stored.delivery.retryMinutes.value(0));
    QCOMPARE(child<QLineEdit>(&sheet, "ndrCopyEdit")->text(), stored.messages.ndrCopyTo);
    // What it would save is exactly what is stored: nothing to apply.
    QCOMPARE(sheet.server(), stored);
    QVERIFY(!sheet.isDirty());
    QVERIFY(!button(&sheet, QDialogButtonBox::Apply)->isEnabled());

    // A change lights Apply; undoing it puts it out again.
    QSpinBox *timeout = child<QSpinBox>(&sheet, "timeoutSpin");
    timeout->setValue(timeout->value() + 1);
    QVERIFY(button(&sheet, QDialogButtonBox::Apply)->isEnabled());
    timeout->setValue(timeout->value() - 1);
    QVERIFY(!button(&sheet, QDialogButtonBox::Apply)->isEnabled());
}

void TestVirtualServerProperties::addRelayEntryApplyAndTheListenerEnforcesIt()
{
    // The default configuration on a free port, served by the real listener.
    const quint16 port = TestSupport::freeLoopbackPort();
    {
        Config config;
        int base = 0;
        QString error;
        QVERIFY(m_store->load(&config, &base, &error));
        config.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), port}};
        int revision = 0;
        QCOMPARE(m_store->commit(config, base, {}, &revision, &error), ConfigStore::Result::Ok);
    }
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    SyncService sync(m_store.get(), m_dir->path());
    const auto stopListener = qScopeGuard([&sync] { sync.stop(); });
    QVERIFY(sync.start().ok);
    const QString foreign = QStringLiteral("someone@elsewhere.example");
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.71"), foreign).startsWith("550 5.7.1"));

    VirtualServerProperties sheet(m_store.get(), m_dir->path(),
                                  QStringLiteral("Default SMTP Virtual Server"));
    QSignalSpy applied(&sheet, &VirtualServerProperties::applied);
    const int before = m_store->revision();

    // Relay… → Add… → Single computer 127.0.0.71, typed; OK; OK.
    int relayDialogs = 0;
    DialogRunner::setHook([&relayDialogs](QDialog &dialog) {
        if (auto *entry = qobject_cast<AccessEntryDialog *>(&dialog)) {
            fillEntry(*entry, "singleRadio", QStringLiteral("127.0.0.71"), QString(),
                      QStringLiteral("test host"));
            return child<QDialogButtonBox>(entry, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled()
                ? int(QDialog::Accepted)
                : int(QDialog::Rejected);
        }
        if (auto *list = qobject_cast<AccessListDialog *>(&dialog)) {
            ++relayDialogs;
            QTest::mouseClick(child<QPushButton>(list, "addButton"), Qt::LeftButton);
            return list->model()->rowCount() == 1 ? int(QDialog::Accepted) : int(QDialog::Rejected);
        }
        return int(QDialog::Rejected);
    });
    QTest::mouseClick(child<QPushButton>(&sheet, "relayButton"), Qt::LeftButton);
    QCOMPARE(relayDialogs, 1);
    QCOMPARE(sheet.server().relayRestrictions.entries.size(), 1);
    QCOMPARE(sheet.server().relayRestrictions.entries.constFirst().address, QStringLiteral("127.0.0.71"));
    QCOMPARE(m_store->revision(), before); // nothing is written before Apply

    QPushButton *apply = button(&sheet, QDialogButtonBox::Apply);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(m_store->revision(), before + 1); // one Apply, one revision
    QVERIFY(!apply->isEnabled());
    const QList<HistoryEntry> history = m_store->history(1, nullptr);
    QCOMPARE(history.constFirst().program, QStringLiteral("relaydesk"));
    QVERIFY2(history.constFirst().diff.join(QLatin1Char('\n')).contains(QLatin1String("127.0.0.71")),
             qPrintable(history.constFirst().diff.join(QLatin1Char('\n'))));

    // Sync pushes the revision; the listener now relays for that computer, and only for it.
    QVERIFY(sync.push().ok);
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.71"), foreign).startsWith("250"));
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.72"), foreign).startsWith("550 5.7.1"));
}

void TestVirtualServerProperties::invalidInputKeepsApplyDisabledWithTheReason()
{
    VirtualServerProperties sheet(m_store.get(), m_dir->path(),
                                  QStringLiteral("Default SMTP Virtual Server"));
    QLabel *problem = child<QLabel>(&sheet, "problemLabel");
    QLineEdit *name = child<QLineEdit>(&sheet, "nameEdit");
    name->clear();
    QVERIFY(!button(&sheet, QDialogButtonBox::Apply)->isEnabled());
    QVERIFY(!button(&sheet, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY2(problem->text().contains(QLatin1String("name is empty")), qPrintable(problem->text()));
    QVERIFY(!sheet.problem().isEmpty());

    // From another tab, the link (and a direct apply()) goes to the field; nothing is written.
    const int before = m_store->revision();
    QTabWidget *tabs = child<QTabWidget>(&sheet, "tabWidget");
    tabs->setCurrentIndex(VirtualServerProperties::DeliveryTab);
    QVERIFY(!sheet.apply());
    QCOMPARE(tabs->currentIndex(), int(VirtualServerProperties::GeneralTab));
    QCOMPARE(m_store->revision(), before);

    // An address that is not one: the reason names it.
    QTest::keyClicks(name, QStringLiteral("Default SMTP Virtual Server"));
    QVERIFY(sheet.problem().isEmpty());
    QComboBox *address = child<QComboBox>(&sheet, "addressCombo");
    address->setEditText(QStringLiteral("10.1"));
    QVERIFY(!button(&sheet, QDialogButtonBox::Apply)->isEnabled());
    QVERIFY2(problem->text().contains(QLatin1String("10.1")), qPrintable(problem->text()));
    address->setCurrentIndex(address->findData(QStringLiteral("127.0.0.1")));
    QVERIFY(sheet.problem().isEmpty());
    QVERIFY(!sheet.isDirty());
}

void TestVirtualServerProperties::entryDialogValidatesAsYouType()
{
    AccessEntryDialog dialog;
    QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    QVERIFY(dialog.problem().contains(QLatin1String("IP address")));

    QTest::keyClicks(child<QLineEdit>(&dialog, "addressEdit"), QStringLiteral("010.0.0.1"));
    QVERIFY(!ok->isEnabled()); // leading zeros are refused: tools would read it differently
    QVERIFY(dialog.problem().contains(QLatin1String("010.0.0.1")));

    child<QLineEdit>(&dialog, "addressEdit")->setText(QStringLiteral("10.30.0.0"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.entry().type, AccessEntryType::Single);

    child<QRadioButton>(&dialog, "groupRadio")->setChecked(true);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("mask")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "maskEdit"), QStringLiteral("255.0.255.0"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("255.0.255.0")));
    child<QLineEdit>(&dialog, "maskEdit")->setText(QStringLiteral("/24"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.entry().prefixLength, 24);

    // IPv6 groups take a prefix length.
    child<QLineEdit>(&dialog, "addressEdit")->setText(QStringLiteral("2001:db8::"));
    child<QLineEdit>(&dialog, "maskEdit")->setText(QStringLiteral("48"));
    QVERIFY(ok->isEnabled());
    child<QLineEdit>(&dialog, "maskEdit")->setText(QStringLiteral("129"));
    QVERIFY(!ok->isEnabled());

    child<QRadioButton>(&dialog, "domainRadio")->setChecked(true);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "domainEdit"), QStringLiteral("apps.corp.example"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.entry().name, QStringLiteral("apps.corp.example"));
}

void TestVirtualServerProperties::conflictingChangeIsCaughtAtApply()
{
    VirtualServerProperties sheet(m_store.get(), m_dir->path(),
                                  QStringLiteral("Default SMTP Virtual Server"));
    const int opened = sheet.revision();

    // Another program (its own connection) commits meanwhile.
    ConfigStore other;
    QString error;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error));
    Config config;
    int base = 0;
    QVERIFY(other.load(&config, &base, &error));
    config.virtualServers[0].general.connectionTimeoutMinutes = 33;
    int otherRevision = 0;
    QCOMPARE(other.commit(config, base, {QStringLiteral("relaydeskctl"), QStringLiteral("cli change"), {}},
                          &otherRevision, &error),
             ConfigStore::Result::Ok);

    child<QSpinBox>(&sheet, "recipientsSpin")->setValue(150);
    // Cancel: nothing written, the edit stays on screen.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!sheet.apply());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("changed by another program")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_store->revision(), otherRevision);
    QCOMPARE(child<QSpinBox>(&sheet, "recipientsSpin")->value(), 150);
    QCOMPARE(sheet.revision(), opened);

    // Reload: the sheet shows the other program's change and is based on its revision.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!sheet.apply());
    QCOMPARE(sheet.revision(), otherRevision);
    QCOMPARE(child<QSpinBox>(&sheet, "timeoutSpin")->value(), 33);
    QCOMPARE(child<QSpinBox>(&sheet, "recipientsSpin")->value(), 200);
    QVERIFY(!sheet.isDirty());

    // Made again on the new revision, it applies.
    child<QSpinBox>(&sheet, "recipientsSpin")->setValue(150);
    QVERIFY(sheet.apply());
    Config after;
    int revision = 0;
    QVERIFY(m_store->load(&after, &revision, &error));
    QCOMPARE(after.virtualServers[0].messages.maxRecipientsPerMessage, 150);
    QCOMPARE(after.virtualServers[0].general.connectionTimeoutMinutes, 33); // both changes kept
}

void TestVirtualServerProperties::newVirtualServer()
{
    VirtualServerProperties sheet(m_store.get(), m_dir->path(), QString());
    QVERIFY(sheet.isLoaded());
    QVERIFY(sheet.isDirty()); // a new server is created by Apply
    const VirtualServer proposed = sheet.server();
    QVERIFY(proposed.name != QStringLiteral("Default SMTP Virtual Server"));
    QCOMPARE(proposed.bindings.constFirst().address, QStringLiteral("127.0.0.1")); // loopback until told
    QVERIFY(proposed.bindings.constFirst().port != 2525); // the default server has that one
    QVERIFY(sheet.problem().isEmpty());

    // The name of the existing server is refused.
    QLineEdit *name = child<QLineEdit>(&sheet, "nameEdit");
    name->setText(QStringLiteral("default smtp virtual server"));
    QVERIFY(!sheet.problem().isEmpty());
    name->setText(QStringLiteral("Applications"));
    QVERIFY(sheet.apply());
    Config after;
    int revision = 0;
    QString error;
    QVERIFY(m_store->load(&after, &revision, &error));
    QCOMPARE(after.virtualServers.size(), 2);
    QCOMPARE(after.virtualServers[1].name, QStringLiteral("Applications"));
    QCOMPARE(after.virtualServers[1].relayRestrictions.mode, ListMode::OnlyList); // secure defaults
    QCOMPARE(after.virtualServers[1].relayRestrictions.entries.size(), 0);
}

void TestVirtualServerProperties::subDialogsEditTheirFields()
{
    VirtualServerProperties sheet(m_store.get(), m_dir->path(),
                                  QStringLiteral("Default SMTP Virtual Server"));
    DialogRunner::setHook([](QDialog &dialog) {
        if (qobject_cast<AuthenticationDialog *>(&dialog)) {
            child<QCheckBox>(&dialog, "anonymousCheck")->setChecked(false);
            child<QLineEdit>(&dialog, "defaultDomainEdit")->setText(QStringLiteral("corp.example"));
        } else if (qobject_cast<DeliveryAdvancedDialog *>(&dialog)) {
            child<QLineEdit>(&dialog, "smartHostEdit")->setText(QStringLiteral("smtp.provider.example"));
            child<QSpinBox>(&dialog, "smartHostPortSpin")->setValue(587);
            child<QSpinBox>(&dialog, "hopCountSpin")->setValue(40);
            child<QLineEdit>(&dialog, "fqdnEdit")->setText(QStringLiteral("relay.corp.example"));
        } else if (qobject_cast<IdentitiesDialog *>(&dialog)) {
            static_cast<IdentitiesDialog &>(dialog).addBinding(Binding{QStringLiteral("::1"), 2526});
        } else if (qobject_cast<CommunicationDialog *>(&dialog)) {
            child<QCheckBox>(&dialog, "requireSecureCheck")->setChecked(true);
            // Without a certificate OK stays disabled with the reason.
            QLabel *problem = child<QLabel>(&dialog, "problemLabel");
            if (!problem->text().contains(QLatin1String("certificate")))
                return int(QDialog::Accepted); // makes the test fail below
            return int(QDialog::Rejected);
        } else if (auto *list = qobject_cast<AccessListDialog *>(&dialog)) {
            child<QRadioButton>(list, "onlyListRadio")->setChecked(true);
        }
        QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    sheet.editAuthentication();
    sheet.editDeliveryAdvanced();
    sheet.editIdentities();
    sheet.editCommunication();
    sheet.editConnectionControl();

    const VirtualServer vs = sheet.server();
    QCOMPARE(vs.authentication.anonymous, false);
    QCOMPARE(vs.authentication.defaultDomain, QStringLiteral("corp.example"));
    QCOMPARE(vs.delivery.smartHost, QStringLiteral("smtp.provider.example"));
    QCOMPARE(vs.delivery.smartHostPort, 587);
    QCOMPARE(vs.delivery.maxHopCount, 40);
    QCOMPARE(vs.fqdn, QStringLiteral("relay.corp.example"));
    QCOMPARE(vs.bindings.size(), 2);
    QCOMPARE(vs.secureCommunication.requireSecureChannel, false); // refused without a certificate
    QCOMPARE(vs.connectionControl.mode, ListMode::OnlyList);
    // With two identities the General tab points to Advanced….
    QVERIFY(!child<QComboBox>(&sheet, "addressCombo")->isEnabled());
    QVERIFY(child<QLabel>(&sheet, "identitiesLabel")->text().contains(QLatin1String("2")));
    // Connection control "only the list" with an empty list locks everyone out: valid, but the
    // sheet applies it only as asked. Apply makes one revision with all of it.
    const int before = m_store->revision();
    QVERIFY2(sheet.apply(), qPrintable(sheet.problem()));
    QCOMPARE(m_store->revision(), before + 1);
}

void TestVirtualServerProperties::outboundSecurityBasicIsApplied()
{
    VirtualServerProperties sheet(m_store.get(), m_dir->path(),
                                  QStringLiteral("Default SMTP Virtual Server"));
    QVERIFY(child<QPushButton>(&sheet, "outboundSecurityButton"));
    QString warning;
    DialogRunner::setHook([&warning](QDialog &dialog) {
        if (!qobject_cast<OutboundSecurityDialog *>(&dialog))
            return int(QDialog::Rejected);
        // The defaults: anonymous access, opportunistic TLS, nothing to type.
        if (!child<QRadioButton>(&dialog, "anonymousRadio")->isChecked()
            || !child<QRadioButton>(&dialog, "tlsOpportunisticRadio")->isChecked()
            || child<QLineEdit>(&dialog, "userNameEdit")->isEnabled())
            return int(QDialog::Rejected);
        QTest::mouseClick(child<QRadioButton>(&dialog, "basicRadio"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, "userNameEdit"), QStringLiteral("relay@provider.example"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("s3cret pass"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordEdit"), QStringLiteral("s3cret pass"));
        child<QRadioButton>(&dialog, "tlsRequiredRadio")->setChecked(true);
        warning = child<QLabel>(&dialog, "warningLabel")->text();
        QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    QVERIFY(!button(&sheet, QDialogButtonBox::Apply)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&sheet, "outboundSecurityButton"), Qt::LeftButton);
    // No smart host yet: a warning that the credentials go nowhere, but OK was allowed.
    QVERIFY2(warning.contains(QLatin1String("no smart host")), qPrintable(warning));
    QVERIFY(button(&sheet, QDialogButtonBox::Apply)->isEnabled());

    // Until Apply, the password is only in the sheet.
    const QString vsName = QStringLiteral("Default SMTP Virtual Server");
    QCOMPARE(sheet.pendingPassword(), QStringLiteral("s3cret pass"));
    QVERIFY(!OutboundSecrets::isSet(m_dir->path(), vsName));

    const int before = m_store->revision();
    QVERIFY2(sheet.apply(), qPrintable(sheet.problem()));
    QCOMPARE(m_store->revision(), before + 1);
    Config stored;
    QString error;
    QVERIFY2(m_store->load(&stored, nullptr, &error), qPrintable(error));
    const OutboundSecurity &s = stored.virtualServers.constFirst().delivery.outboundSecurity;
    QCOMPARE(s.authentication, OutboundAuthentication::Basic);
    QCOMPARE(s.userName, QStringLiteral("relay@provider.example"));
    QCOMPARE(s.tls, OutboundTls::Required);
    // The password went to the secret store, and nowhere into the configuration.
    QCOMPARE(OutboundSecrets::read(m_dir->path(), vsName), QStringLiteral("s3cret pass"));
    QCOMPARE(sheet.pendingPassword(), QString());
    QVERIFY(!ConfigJson::write(stored).contains("s3cret"));
    const QStringList diff = m_store->history(1, &error).constFirst().diff;
    QVERIFY2(diff.contains(QStringLiteral(
                 "Outbound Security of Default SMTP Virtual Server: authentication anonymous → basic")),
             qPrintable(diff.join(u'\n')));
    QVERIFY(!diff.join(u'\n').contains(QLatin1String("s3cret")));
    QVERIFY(!diff.join(u'\n').contains(QLatin1String("password")));

    // Opened again: the password is not in any widget; untouched fields keep it, and a new
    // user name alone changes only the user name.
    DialogRunner::setHook([](QDialog &dialog) {
        if (!child<QRadioButton>(&dialog, "basicRadio")->isChecked()
            || !child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty()
            || child<QLineEdit>(&dialog, "passwordEdit")->echoMode() != QLineEdit::Password
            || child<QLineEdit>(&dialog, "confirmPasswordEdit")->echoMode() != QLineEdit::Password
            || !child<QLabel>(&dialog, "passwordNote")->text().contains(QLatin1String("stored")))
            return int(QDialog::Rejected);
        QLineEdit *user = child<QLineEdit>(&dialog, "userNameEdit");
        user->selectAll();
        QTest::keyClicks(user, QStringLiteral("other-user"));
        QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    sheet.editOutboundSecurity();
    const OutboundSecurity again = sheet.server().delivery.outboundSecurity;
    QCOMPARE(again.userName, QStringLiteral("other-user"));
    QCOMPARE(sheet.pendingPassword(), QString());
    QVERIFY(sheet.isDirty());
    QVERIFY2(sheet.apply(), qPrintable(sheet.problem()));
    QCOMPARE(OutboundSecrets::read(m_dir->path(), vsName), QStringLiteral("s3cret pass")); // kept

    // A new password alone: Apply writes the secret and makes no revision.
    DialogRunner::setHook([](QDialog &dialog) {
        QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("n3w pass"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordEdit"), QStringLiteral("n3w pass"));
        return int(QDialog::Accepted);
    });
    sheet.editOutboundSecurity();
    QVERIFY(sheet.isDirty());
    const int unchanged = m_store->revision();
    QVERIFY2(sheet.apply(), qPrintable(sheet.problem()));
    QCOMPARE(m_store->revision(), unchanged);
    QCOMPARE(OutboundSecrets::read(m_dir->path(), vsName), QStringLiteral("n3w pass"));

    // A rename carries the password to the new name.
    child<QLineEdit>(&sheet, "nameEdit")->setText(QStringLiteral("Renamed Relay"));
    QVERIFY2(sheet.apply(), qPrintable(sheet.problem()));
    QVERIFY(!OutboundSecrets::isSet(m_dir->path(), vsName));
    QCOMPARE(OutboundSecrets::read(m_dir->path(), QStringLiteral("Renamed Relay")),
             QStringLiteral("n3w pass"));

    // Anonymous access keeps no password: Apply removes it.
    DialogRunner::setHook([](QDialog &dialog) {
        child<QRadioButton>(&dialog, "anonymousRadio")->setChecked(true);
        return int(QDialog::Accepted);
    });
    sheet.editOutboundSecurity();
    QVERIFY2(sheet.apply(), qPrintable(sheet.problem()));
    QVERIFY(!OutboundSecrets::isSet(m_dir->path(), QStringLiteral("Renamed Relay")));
    QCOMPARE(QFile::permissions(OutboundSecrets::filePath(m_dir->path())) & 0x0077,
             QFileDevice::Permissions());
}

void TestVirtualServerProperties::outboundSecurityNeedsUserAndMatchingPasswords()
{
    OutboundSecurityDialog dialog;
    dialog.setServer(VirtualServer{});
    QPushButton *ok = button(&dialog, QDialogButtonBox::Ok);
    QLabel *problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY(ok->isEnabled());

    // Basic without a user name: OK disabled, and the reason shown and in its tool tip.
    child<QRadioButton>(&dialog, "basicRadio")->setChecked(true);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(problem->text(), QStringLiteral("Basic authentication needs a user name"));
    QVERIFY(!problem->isHidden());
    QCOMPARE(ok->toolTip(), problem->text());

    QTest::keyClicks(child<QLineEdit>(&dialog, "userNameEdit"), QStringLiteral("relay-user"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(problem->text(), QStringLiteral("Basic authentication needs a password."));

    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("one"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(problem->text(), QStringLiteral("The password and its confirmation differ."));
    QTest::keyClicks(child<QLineEdit>(&dialog, "confirmPasswordEdit"), QStringLiteral("one"));
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->isHidden());
    QCOMPARE(dialog.newPassword(), QStringLiteral("one"));
    QCOMPARE(dialog.security().userName, QStringLiteral("relay-user"));
    // Opportunistic TLS with basic: allowed, with the warning.
    QVERIFY2(child<QLabel>(&dialog, "warningLabel")->text().contains(QLatin1String("clear text")),
             qPrintable(child<QLabel>(&dialog, "warningLabel")->text()));

    // A control character in the user name is refused with the reason.
    child<QLineEdit>(&dialog, "userNameEdit")->setText(QStringLiteral("relay\tuser"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(QLatin1String("control character")), qPrintable(problem->text()));

    // Back to anonymous: valid again, and no credentials are kept.
    child<QRadioButton>(&dialog, "anonymousRadio")->setChecked(true);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.security(), OutboundSecurity{});
    QCOMPARE(dialog.newPassword(), QString());

    // A password already stored: basic needs none typed.
    VirtualServer withPassword;
    withPassword.delivery.outboundSecurity = {OutboundAuthentication::Basic, QStringLiteral("u"),
                                              OutboundTls::Required};
    dialog.setServer(withPassword, true);
    QVERIFY(ok->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "passwordNote")->text().contains(QLatin1String("stored")));
    dialog.setServer(withPassword, false);
    QVERIFY(!ok->isEnabled());

    // In the property sheet, an invalid outbound security keeps Apply and OK disabled with the
    // reason, and "Show" leads to the Delivery tab's Outbound Security button.
    VirtualServerProperties sheet(m_store.get(), m_dir->path(),
                                  QStringLiteral("Default SMTP Virtual Server"));
    DialogRunner::setHook([](QDialog &d) {
        child<QRadioButton>(&d, "basicRadio")->setChecked(true);
        return int(QDialog::Accepted); // as if OK were forced: the sheet must still refuse it
    });
    sheet.editOutboundSecurity();
    QVERIFY(!button(&sheet, QDialogButtonBox::Apply)->isEnabled());
    QVERIFY(!button(&sheet, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY2(sheet.problem().contains(QLatin1String("user name")), qPrintable(sheet.problem()));
    const int before = m_store->revision();
    QVERIFY(!sheet.apply());
    QCOMPARE(m_store->revision(), before);
    QCOMPARE(child<QTabWidget>(&sheet, "tabWidget")->currentIndex(),
             int(VirtualServerProperties::DeliveryTab));
}

void TestVirtualServerProperties::accessListWithTenThousandEntries()
{
    QList<AccessEntry> entries;
    for (int i = 0; i < 10000; ++i) {
        AccessEntry e;
        e.type = AccessEntryType::Single;
        e.address = QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg((i / 256) % 256).arg(i % 256);
        e.comment = QStringLiteral("host %1").arg(i);
        entries.append(e);
    }
    AccessEntry expired;
    expired.type = AccessEntryType::Group;
    expired.address = QStringLiteral("2001:db8::");
    expired.prefixLength = 32;
    expired.expires = QDateTime::currentDateTimeUtc().addDays(-1);
    entries.append(expired);

    RelayRestrictions relay;
    relay.entries = entries;
    AccessListDialog dialog(AccessListDialog::Kind::Relay, QStringLiteral("Default SMTP Virtual Server"));
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.setRelayRestrictions(relay);
    QCOMPARE(dialog.model()->rowCount(), 10001);
    QCOMPARE(dialog.relayRestrictions(), relay); // nothing reordered or lost

    // The expired entry says so.
    const QModelIndex expiredIndex = dialog.model()->index(10000, AccessEntryModel::ExpiresColumn);
    QVERIFY(dialog.model()->data(expiredIndex, AccessEntryModel::ExpiredRole).toBool());
    QVERIFY(dialog.model()->data(expiredIndex).toString().contains(QLatin1String("expired")));

    // Filter and sort through the proxy; the configuration's order is kept underneath.
    QTest::keyClicks(child<QLineEdit>(&dialog, "filterEdit"), QStringLiteral("host 9999"));
    QCOMPARE(dialog.proxy()->rowCount(), 1);
    child<QLineEdit>(&dialog, "filterEdit")->clear();
    dialog.proxy()->sort(AccessEntryModel::AddressColumn, Qt::DescendingOrder);
    QCOMPARE(dialog.proxy()->index(0, AccessEntryModel::AddressColumn).data().toString(),
             QStringLiteral("2001:db8::")); // IPv6 after every IPv4 address, by number
    QCOMPARE(dialog.proxy()->index(1, AccessEntryModel::AddressColumn).data().toString(),
             QStringLiteral("10.0.39.15")); // 9999 = 39 * 256 + 15: numeric, not text order

    // Remove two selected rows.
    dialog.proxy()->sort(-1);
    QTableView *view = child<QTableView>(&dialog, "entriesView");
    view->selectionModel()->select(dialog.proxy()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(dialog.proxy()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    dialog.removeSelected();
    QCOMPARE(dialog.model()->rowCount(), 9999);
    QCOMPARE(dialog.relayRestrictions().entries.constFirst().address, QStringLiteral("10.0.0.1"));
    QCOMPARE(dialog.relayRestrictions().entries.at(1).address, QStringLiteral("10.0.0.3"));

    // All except the list: the dialog warns of an open relay.
    child<QRadioButton>(&dialog, "allExceptRadio")->setChecked(true);
    QVERIFY(child<QLabel>(&dialog, "warningLabel")->text().contains(QLatin1String("Open relay")));
}

QTEST_MAIN(TestVirtualServerProperties)
#include "tst_virtualserverproperties.moc"

// The console's other editors with real widgets and a real store: SMTP users (only the hash is
// kept), recipients, recipient policies with their address spaces, and File ▸ Import / Export
// (a preview before anything is written; Cancel and invalid files change nothing).
#include "configjson.h"
#include "configstore.h"
#include "dialogrunner.h"
#include "directorydialogs.h"
#include "example.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "messagebox.h"
#include "passwordhash.h"
#include "recipientpolicyproperties.h"
#include "revisiondialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace RelayDesk;

namespace {

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QPushButton *okButton(QDialog *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class TestConsoleDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void smtpUserKeepsOnlyTheHash();
    void recipientIsValidatedInContext();
    void recipientPolicyAddressSpaces();
    void importPreviewsAndCancelChangesNothing();
    void invalidImportListsProblemsWithPaths();
    void exportChosenVirtualServers();
    void revisionDiffAndRollBack();

private:
    Config current(int *revision = nullptr);
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_store;
};

void TestConsoleDialogs::init()
{
    DialogRunner::setHook({});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ConfigStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error), qPrintable(error));
}

void TestConsoleDialogs::cleanup()
{
    DialogRunner::setHook({});
    m_store.reset();
    m_dir.reset();
}

Config TestConsoleDialogs::current(int *revision)
{
    Config config;
    int r = 0;
    QString error;
    m_store->load(&config, &r, &error);
    if (revision)
        *revision = r;
    return config;
}

QString TestConsoleDialogs::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QString();
    file.write(bytes);
    return path;
}

void TestConsoleDialogs::smtpUserKeepsOnlyTheHash()
{
    int base = 0;
    const Config config = current(&base);
    SmtpUserDialog dialog(config, -1);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("crm-app"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("correct horse"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("correct hors"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(dialog.problem().contains(QLatin1String("differ")));
    QTest::keyClicks(child<QLineEdit>(&dialog, "confirmEdit"), QStringLiteral("e"));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.problem()));

    const Config changed = dialog.changedConfig();
    QCOMPARE(changed.smtpUsers.size(), 1);
    const SmtpUser user = changed.smtpUsers.constFirst();
    QVERIFY(PasswordHash::verify(QStringLiteral("correct horse"), user.passwordHash));
    QVERIFY(!user.passwordHash.contains(QLatin1String("correct horse")));
    int revision = 0;
    QVERIFY(commitFromConsole(nullptr, m_store.get(), changed, base, QStringLiteral("add user"), &revision));
    QCOMPARE(revision, base + 1);

    // Editing without typing a password keeps the hash; renaming to a taken name is refused.
    Config withTwo = current(&base);
    SmtpUser second;
    second.name = QStringLiteral("web-app");
    second.passwordHash = PasswordHash::hash(QStringLiteral("another one"));
    withTwo.smtpUsers.append(second);
    SmtpUserDialog edit(withTwo, 0);
    QVERIFY(okButton(&edit)->isEnabled());
    QCOMPARE(edit.user().passwordHash, user.passwordHash);
    child<QLineEdit>(&edit, "nameEdit")->setText(QStringLiteral("WEB-APP"));
    QVERIFY(!okButton(&edit)->isEnabled());
    QVERIFY(!edit.problem().isEmpty());
}

void TestConsoleDialogs::recipientIsValidatedInContext()
{
    Config config = current();
    RecipientPolicy policy;
    policy.name = QStringLiteral("Default Policy");
    AddressSpace space;
    space.address = QStringLiteral("@corp.example");
    space.primary = true;
    policy.addressSpaces = {space};
    config.recipientPolicies = {policy};
    RecipientDialog dialog(config, -1);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(&dialog, "addressEdit"), QStringLiteral("alice@@corp.example"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());
    child<QLineEdit>(&dialog, "addressEdit")->setText(QStringLiteral("alice@corp.example"));
    QVERIFY2(okButton(&dialog)->isEnabled(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.changedConfig().recipients.constFirst().address, QStringLiteral("alice@corp.example"));
}

void TestConsoleDialogs::recipientPolicyAddressSpaces()
{
    RecipientPolicyProperties sheet(m_store.get(), QString());
    QVERIFY(sheet.isLoaded());
    const int before = m_store->revision();
    // New…: @corp.example, responsible; New…: @partner.example, not responsible.
    QStringList addresses{QStringLiteral("@corp.example"), QStringLiteral("@partner.example")};
    DialogRunner::setHook([&addresses](QDialog &dialog) {
        QTest::keyClicks(child<QLineEdit>(&dialog, "addressEdit"), addresses.takeFirst());
        if (addresses.isEmpty())
            child<QCheckBox>(&dialog, "responsibleCheck")->setChecked(false);
        return okButton(&dialog)->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    });
    sheet.newAddressSpace();
    sheet.newAddressSpace();
    RecipientPolicy policy = sheet.policy();
    QCOMPARE(policy.addressSpaces.size(), 2);
    QVERIFY(policy.addressSpaces.at(0).primary); // the first one is primary
    QVERIFY(!policy.addressSpaces.at(1).responsible);

    sheet.selectAddressSpace(1);
    sheet.setPrimary();
    policy = sheet.policy();
    QVERIFY(!policy.addressSpaces.at(0).primary);
    QVERIFY(policy.addressSpaces.at(1).primary);

    QVERIFY2(sheet.apply(), qPrintable(sheet.problem()));
    QCOMPARE(m_store->revision(), before + 1);
    const Config stored = current();
    QCOMPARE(stored.recipientPolicies.size(), 1);
    QCOMPARE(stored.recipientPolicies.constFirst(), policy);

    // Removing the primary makes the remaining one primary.
    sheet.selectAddressSpace(1);
    sheet.removeAddressSpace();
    QCOMPARE(sheet.policy().addressSpaces.size(), 1);
    QVERIFY(sheet.policy().addressSpaces.constFirst().primary);
    QVERIFY(sheet.isDirty());
}

void TestConsoleDialogs::importPreviewsAndCancelChangesNothing()
{
    QFile example(TestSupport::examplePath());
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QString file = writeFile(QStringLiteral("example.json"), example.readAll());
    const int before = m_store->revision();
    {
        ImportDialog dialog(m_store.get());
        QSignalSpy ready(&dialog, &ImportDialog::previewReady);
        dialog.setFile(file);
        QVERIFY(ready.wait(30000));
        QVERIFY(dialog.canImport());
        QVERIFY(!dialog.changes().isEmpty());
        const QString preview = child<QPlainTextEdit>(&dialog, "previewEdit")->toPlainText();
        QVERIFY2(preview.contains(QLatin1String("Relay Restrictions")), qPrintable(preview));
        // Cancel: the dialog goes, nothing was written.
    }
    QCOMPARE(m_store->revision(), before);

    ImportDialog dialog(m_store.get());
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    dialog.setFile(file);
    QVERIFY(ready.wait(30000));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QVERIFY(dialog.import());
    QCOMPARE(imported.count(), 1);
    QCOMPARE(m_store->revision(), before + 1);
    QFile again(TestSupport::examplePath());
    QVERIFY(again.open(QIODevice::ReadOnly));
    Config expected;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(again.readAll(), &expected, &problems));
    QCOMPARE(current(), expected);

    // The same file again: nothing to import.
    dialog.setFile(file);
    QVERIFY(ready.wait(30000));
    QVERIFY(dialog.changes().isEmpty());
    QVERIFY(!dialog.canImport());
}

void TestConsoleDialogs::invalidImportListsProblemsWithPaths()
{
    const QString file = writeFile(QStringLiteral("bad.json"), R"({"format": "relaydesk-config", "version": 1,
        "virtualServers": [{"name": "A", "bindings": [{"address": "10.1", "port": 99999}]}]})");
    const int before = m_store->revision();
    ImportDialog dialog(m_store.get());
    QSignalSpy ready(&dialog, &ImportDialog::previewReady);
    dialog.setFile(file);
    QVERIFY(ready.wait(30000));
    QVERIFY(!dialog.canImport());
    QVERIFY(dialog.problems().size() >= 2); // every problem at once
    const QString preview = child<QPlainTextEdit>(&dialog, "previewEdit")->toPlainText();
    QVERIFY2(preview.contains(QLatin1String("virtualServers[0].bindings[0].port")), qPrintable(preview));
    QVERIFY2(preview.contains(QLatin1String("virtualServers[0].bindings[0].address")), qPrintable(preview));
    QVERIFY(!dialog.import());
    QCOMPARE(m_store->revision(), before);
}

void TestConsoleDialogs::exportChosenVirtualServers()
{
    Config config = current();
    VirtualServer second = config.virtualServers.constFirst();
    second.name = QStringLiteral("Applications");
    second.bindings = {Binding{QStringLiteral("127.0.0.1"), 2526}};
    config.virtualServers.append(second);
    int revision = 0;
    QString error;
    QCOMPARE(m_store->commit(config, m_store->revision(), {}, &revision, &error), ConfigStore::Result::Ok);

    ExportDialog dialog(config, revision);
    const QString path = m_dir->filePath(QStringLiteral("apps.json"));
    dialog.setFile(path);
    dialog.chooseVirtualServers({QStringLiteral("Applications")});
    QVERIFY(dialog.exportNow());
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0600);

    // The file holds that server only, and merges back without touching the others.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Config exported;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(file.readAll(), &exported, &problems));
    QCOMPARE(exported.virtualServers.size(), 1);
    QCOMPARE(exported.virtualServers.constFirst(), second);
    // Nothing chosen: Export is refused with the reason.
    dialog.chooseVirtualServers({});
    QVERIFY(dialog.exportNow()); // the whole configuration
    dialog.chooseVirtualServers({QStringLiteral("none of these")});
    QVERIFY(!dialog.exportNow());
}

void TestConsoleDialogs::revisionDiffAndRollBack()
{
    int base = 0;
    Config config = current(&base);
    AccessEntry entry;
    entry.type = AccessEntryType::Group;
    entry.address = QStringLiteral("10.30.0.0");
    entry.prefixLength = 24;
    entry.comment = QStringLiteral("web farm");
    config.virtualServers[0].relayRestrictions.entries.append(entry);
    int added = 0;
    QString error;
    QCOMPARE(m_store->commit(config, base,
                             {QStringLiteral("relaydeskctl"), QStringLiteral("add web farm"), {}}, &added,
                             &error),
             ConfigStore::Result::Ok);

    const HistoryEntry revision = m_store->history(1, &error).constFirst();
    QCOMPARE(revision.revision, added);
    RevisionDialog dialog(m_store.get(), revision);
    QVERIFY2(dialog.diffText().contains(QLatin1String("Relay Restrictions of Default SMTP Virtual Server")),
             qPrintable(dialog.diffText()));
    QVERIFY2(dialog.diffText().contains(QLatin1String("10.30.0.0/24 'web farm'")),
             qPrintable(dialog.diffText()));

    // Roll back to the revision before: declined changes nothing; accepted makes a new revision.
    const HistoryEntry before = m_store->history(2, &error).at(1);
    RevisionDialog rollback(m_store.get(), before);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!rollback.rollBack());
    QVERIFY(MessageBox::lastText().contains(QLatin1String("10.30.0.0/24")));
    QCOMPARE(m_store->revision(), added);
    QSignalSpy rolledBack(&rollback, &RevisionDialog::rolledBack);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(rollback.rollBack());
    QCOMPARE(rolledBack.count(), 1);
    QCOMPARE(m_store->revision(), added + 1);
    QCOMPARE(current().virtualServers[0].relayRestrictions.entries.size(), 0);
    QCOMPARE(m_store->history(1, &error).constFirst().program, QStringLiteral("relaydesk"));
}

QTEST_MAIN(TestConsoleDialogs)
#include "tst_consoledialogs.moc"

#include "configjson.h"
#include "ctlrun.h"
#include "example.h"
#include "passwordhash.h"
#include "rcptprobe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace RelayDesk;
using RelayDesk::TestSupport::examplePath;

namespace {

using Run = RelayDesk::TestSupport::CtlRun;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initIsIdempotentAndOwnerOnly();
    void importExportKeepsEveryField();
    void badImportIsRefusedAndChangesNothing_data();
    void badImportIsRefusedAndChangesNothing();
    void dryRunChangesNothing();
    void mergeKeepsWhatTheFileDoesNotName();
    void explainAgreesWithTheRelayRules_data();
    void explainAgreesWithTheRelayRules();
    void explainJson();
    void historyAndRollback();
    void usersKeepOnlyHashes();
    void concurrentWritersLoseNothing();
    void exitCodes();
    void importListsEveryProblem();
    void invalidMergeAndDryRunChangeNothing();
    void mergeKeepsTheOrganizationUnlessNamed();
    void listenerFollowsEveryChange();
    void logShowsTheListenersEvents();
    void smartHostPasswordOnlyInTheSecretFile();
    void cleanup();

private:
    QJsonObject status(int *exitCode);
    Run ctl(const QStringList &args, const QByteArray &input = QByteArray());
    QByteArray exportNow();
    QString writeFile(const QString &name, const QByteArray &content);
    int revisionNow();

    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCli::ctl(const QStringList &args, const QByteArray &input)
{
    return RelayDesk::TestSupport::runCtl(QStringLiteral(RELAYDESKCTL_PATH), m_dir->path(), args, input,
                                          60000);
}

QByteArray TestCli::exportNow()
{
    const Run r = ctl({QStringLiteral("export")});
    return r.exitCode == 0 ? r.out.toUtf8() : QByteArray();
}

int TestCli::revisionNow()
{
    const Run r = ctl({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--limit"),
                       QStringLiteral("1")});
    return QJsonDocument::fromJson(r.out.toUtf8())
        .array()
        .at(0)
        .toObject()
        .value(QStringLiteral("revision"))
        .toInt(-1);
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
}

void TestCli::cleanup()
{
    // No test leaves a listener behind (stopping one that does not run is not an error).
    if (QFile::exists(m_dir->filePath(QStringLiteral("relaydesk.sqlite"))))
        QCOMPARE(ctl({QStringLiteral("listener"), QStringLiteral("stop")}).exitCode, 0);
}

QJsonObject TestCli::status(int *exitCode)
{
    const Run r = ctl({QStringLiteral("status"), QStringLiteral("--json")});
    *exitCode = r.exitCode;
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestCli::initIsIdempotentAndOwnerOnly()
{
    const QString dataDir = m_dir->filePath(QStringLiteral("data"));
    const Run first = ctl({QStringLiteral("--data-dir"), dataDir, QStringLiteral("init")});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.out.contains(QStringLiteral("revision 1")), qPrintable(first.out));
    const QString db = dataDir + QStringLiteral("/relaydesk.sqlite");
    QVERIFY(QFile::exists(db));
    QCOMPARE(QFile::permissions(db) & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(dataDir) & 0x0077, QFileDevice::Permissions());
    const Run second = ctl({QStringLiteral("--data-dir"), dataDir, QStringLiteral("init")});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QStringLiteral("already initialised")), qPrintable(second.out));
    // A data directory that is a file is named as the problem; nothing is created.
    QFile notADirectory(m_dir->filePath(QStringLiteral("plain-file")));
    QVERIFY(notADirectory.open(QIODevice::WriteOnly));
    notADirectory.close();
    const Run onFile = ctl({QStringLiteral("--data-dir"), notADirectory.fileName(), QStringLiteral("init")});
    QCOMPARE(onFile.exitCode, 3);
    QVERIFY2(onFile.err.contains(QStringLiteral("exists but is not a directory")), qPrintable(onFile.err));
    QCOMPARE(QFileInfo(notADirectory.fileName()).size(), 0);

    // The defaults are the secure ones: loopback, port 2525, nobody on the relay list.
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    Config config;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(exportNow(), &config, &problems));
    QCOMPARE(config.virtualServers.size(), 1);
    QCOMPARE(config.virtualServers.first().bindings.first().address, QStringLiteral("127.0.0.1"));
    QCOMPARE(config.virtualServers.first().bindings.first().port, 2525);
    QCOMPARE(config.virtualServers.first().relayRestrictions.mode, ListMode::OnlyList);
    QVERIFY(config.virtualServers.first().relayRestrictions.entries.isEmpty());
}

void TestCli::importExportKeepsEveryField()
{
    const Run r = ctl({QStringLiteral("import"), examplePath()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("added 10.30.0.0/24 'web farm'")));
    QFile example(examplePath());
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(example.readAll()).object();
    const QJsonObject exported = QJsonDocument::fromJson(exportNow()).object();
    QCOMPARE(exported, expected);

    // Export to a file: owner-only, and it imports again without a change.
    const QString file = m_dir->filePath(QStringLiteral("out.json"));
    QCOMPARE(ctl({QStringLiteral("export"), file}).exitCode, 0);
    QCOMPARE(QFile::permissions(file) & 0x0077, QFileDevice::Permissions());
    const int revision = revisionNow();
    const Run again = ctl({QStringLiteral("import"), file});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("No change")));
    QCOMPARE(revisionNow(), revision);
}

void TestCli::badImportIsRefusedAndChangesNothing_data()
{
    QTest::addColumn<QString>("edit"); // python-free edits: a search and a replacement in the example
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown field") << QStringLiteral("\"fqdn\": \"relay.corp.example\",")
                                   << QStringLiteral("\"fqdn\": \"relay.corp.example\", \"relayFlags\": 2,")
                                   << QStringLiteral("virtualServers[0].relayFlags: unknown field");
    QTest::newRow("wrong format") << QStringLiteral("\"relaydesk-config\"")
                                  << QStringLiteral("\"other-config\"")
                                  << QStringLiteral(
                                         "format: \"other-config\" is not a RelayDesk configuration");
    QTest::newRow("unsupported version")
        << QStringLiteral("\"version\": 1") << QStringLiteral("\"version\": 7")
        << QStringLiteral("version: version 7 is not supported");
    QTest::newRow("malformed json") << QStringLiteral("\"enabled\": true,")
                                    << QStringLiteral("\"enabled\": true,,")
                                    << QStringLiteral("line 8, column 2");
    QTest::newRow("non-contiguous mask")
        << QStringLiteral("\"255.255.255.0\"") << QStringLiteral("\"255.0.255.0\"")
        << QStringLiteral("virtualServers[0].relayRestrictions.entries[1].mask: "
                          "255.0.255.0 is not a contiguous netmask");
    QTest::newRow("bad address") << QStringLiteral("\"10.20.0.15\"") << QStringLiteral("\"10.20.0.315\"")
                                 << QStringLiteral(
                                        "virtualServers[0].relayRestrictions.entries[0].address: 10.20.0.315 "
                                        "is not an IPv4 or IPv6 address");
    QTest::newRow("wrong type")
        << QStringLiteral("\"port\": 2525") << QStringLiteral("\"port\": \"2525\"")
        << QStringLiteral("virtualServers[0].bindings[0].port: expected a whole number, found a string");
    QTest::newRow("plain password") << QStringLiteral(
        "\"pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0$"
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\"")
                                    << QStringLiteral("\"secret\"")
                                    << QStringLiteral("smtpUsers[0].passwordHash: not a PBKDF2 hash");
    QTest::newRow("bad address space")
        << QStringLiteral("\"@legacy.corp.example\"") << QStringLiteral("\"legacy.corp.example\"")
        << QStringLiteral("recipientPolicies[0].addressSpaces[1].address");
    QTest::newRow("port out of range")
        << QStringLiteral("\"port\": 2525") << QStringLiteral("\"port\": 70000")
        << QStringLiteral("virtualServers[0].bindings[0].port: 70000 is out of range");
}

void TestCli::badImportIsRefusedAndChangesNothing()
{
    QFETCH(QString, edit);
    QFETCH(QString, replacement);
    QFETCH(QString, expected);
    QCOMPARE(ctl({QStringLiteral("import"), examplePath()}).exitCode, 0);
    const QByteArray before = exportNow();
    const int revision = revisionNow();
    QVERIFY(!before.isEmpty());

    QFile example(examplePath());
    QVERIFY(example.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(example.readAll());
    QVERIFY2(text.contains(edit), qPrintable(edit));
    text.replace(text.indexOf(edit), edit.size(), replacement);
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile out(bad);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text.toUtf8());
    out.close();

    const Run r = ctl({QStringLiteral("import"), bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.contains(bad), qPrintable(r.err)); // names the file
    QCOMPARE(exportNow(), before);
    QCOMPARE(revisionNow(), revision);
}

void TestCli::dryRunChangesNothing()
{
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    const int revision = revisionNow();
    const QByteArray before = exportNow();
    const Run r = ctl({QStringLiteral("import"), examplePath(), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral(
        "Relay Restrictions of Default SMTP Virtual Server: added 10.20.0.15 'CRM application server'")));
    QVERIFY(r.out.contains(QStringLiteral("Dry run")));
    QCOMPARE(revisionNow(), revision);
    QCOMPARE(exportNow(), before);
}

void TestCli::mergeKeepsWhatTheFileDoesNotName()
{
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("local-app"),
                  QStringLiteral("--password-stdin")},
                 "s3cret\n")
                 .exitCode,
             0);
    const Run r = ctl({QStringLiteral("import"), examplePath(), QStringLiteral("--merge")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    Config config;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(exportNow(), &config, &problems));
    QStringList users;
    for (const SmtpUser &u : config.smtpUsers)
        users << u.name;
    QCOMPARE(users, (QStringList{QStringLiteral("local-app"), QStringLiteral("crm-app")}));
    QCOMPARE(config.virtualServers.size(), 1); // replaced by name
    QCOMPARE(config.virtualServers.first().relayRestrictions.entries.size(), 5);
}

void TestCli::explainAgreesWithTheRelayRules_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("reply");

    const QString to = QStringLiteral("--to");
    const QString foreign = QStringLiteral("someone@foreign.example");
    QTest::newRow("trusted single") << QStringList{QStringLiteral("--ip"), QStringLiteral("10.20.0.15"), to,
                                                   foreign}
                                    << 0 << QStringLiteral("250 2.1.5 Recipient OK");
    QTest::newRow("trusted group") << QStringList{QStringLiteral("--ip"), QStringLiteral("10.30.0.7"), to,
                                                  foreign}
                                   << 0
                                   << QStringLiteral("relay entry 2 10.30.0.0/24 'web farm' → relay allowed");
    QTest::newRow("trusted ipv6") << QStringList{QStringLiteral("--ip"), QStringLiteral("2001:db8:40::25"),
                                                 to, foreign}
                                  << 0 << QStringLiteral("250 2.1.5 Recipient OK");
    QTest::newRow("mapped ipv4") << QStringList{QStringLiteral("--ip"), QStringLiteral("::ffff:10.30.0.8"),
                                                to, foreign}
                                 << 0 << QStringLiteral("250 2.1.5 Recipient OK");
    QTest::newRow("domain entry") << QStringList{QStringLiteral("--ip"),
                                                 QStringLiteral("192.0.2.10"),
                                                 QStringLiteral("--client-name"),
                                                 QStringLiteral("web1.apps.corp.example"),
                                                 to,
                                                 foreign}
                                  << 0 << QStringLiteral("250 2.1.5 Recipient OK");
    QTest::newRow("untrusted") << QStringList{QStringLiteral("--ip"), QStringLiteral("10.20.0.77"), to,
                                              foreign}
                               << 1
                               << QStringLiteral("550 5.7.1 Unable to relay for someone@foreign.example");
    QTest::newRow("untrusted local") << QStringList{QStringLiteral("--ip"), QStringLiteral("10.20.0.77"), to,
                                                    QStringLiteral("alice@corp.example")}
                                     << 0 << QStringLiteral("250 2.1.5 Recipient OK");
    QTest::newRow("unknown local") << QStringList{QStringLiteral("--ip"), QStringLiteral("10.20.0.77"), to,
                                                  QStringLiteral("bob@corp.example")}
                                   << 1 << QStringLiteral("550 5.1.1");
    QTest::newRow("percent hack") << QStringList{QStringLiteral("--ip"), QStringLiteral("10.20.0.77"), to,
                                                 QStringLiteral("someone%foreign.example@corp.example")}
                                  << 1 << QStringLiteral("550 5.7.1 Unable to relay");
    QTest::newRow("authenticated without tls") << QStringList{QStringLiteral("--ip"),
                                                              QStringLiteral("10.20.0.77"),
                                                              QStringLiteral("--auth"),
                                                              QStringLiteral("crm-app"),
                                                              to,
                                                              foreign}
                                               << 1 << QStringLiteral("basic authentication requires TLS");
    QTest::newRow("authenticated") << QStringList{QStringLiteral("--ip"),
                                                  QStringLiteral("10.20.0.77"),
                                                  QStringLiteral("--auth"),
                                                  QStringLiteral("crm-app"),
                                                  QStringLiteral("--tls"),
                                                  to,
                                                  foreign}
                                   << 0 << QStringLiteral("authenticated relay is allowed → relay allowed");
    QTest::newRow("unknown user") << QStringList{QStringLiteral("--ip"),
                                                 QStringLiteral("10.20.0.77"),
                                                 QStringLiteral("--auth"),
                                                 QStringLiteral("mallory"),
                                                 QStringLiteral("--tls"),
                                                 to,
                                                 foreign}
                                  << 1 << QStringLiteral("550 5.7.1");
    QTest::newRow("banned") << QStringList{QStringLiteral("--ip"), QStringLiteral("203.0.113.66"), to,
                                           QStringLiteral("alice@corp.example")}
                            << 1 << QStringLiteral("554 5.7.1 Access denied for 203.0.113.66");
    QTest::newRow("expired entry") << QStringList{QStringLiteral("--ip"),
                                                  QStringLiteral("10.20.0.99"),
                                                  QStringLiteral("--at"),
                                                  QStringLiteral("2027-02-01T00:00:00Z"),
                                                  to,
                                                  foreign}
                                   << 1 << QStringLiteral("550 5.7.1");
    QTest::newRow("entry before expiry") << QStringList{QStringLiteral("--ip"),
                                                        QStringLiteral("10.20.0.99"),
                                                        QStringLiteral("--at"),
                                                        QStringLiteral("2027-01-30T00:00:00Z"),
                                                        to,
                                                        foreign}
                                         << 0 << QStringLiteral("migration window");
}

void TestCli::explainAgreesWithTheRelayRules()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, reply);
    QCOMPARE(ctl({QStringLiteral("import"), examplePath()}).exitCode, 0);
    const Run r = ctl(QStringList{QStringLiteral("explain"), QStringLiteral("--vs"),
                                  QStringLiteral("Default SMTP Virtual Server"), QStringLiteral("--from"),
                                  QStringLiteral("app@corp.example")}
                      + args);
    QVERIFY2(r.out.contains(reply), qPrintable(r.out + r.err));
    QCOMPARE(r.exitCode, exitCode);
}

void TestCli::explainJson()
{
    QCOMPARE(ctl({QStringLiteral("import"), examplePath()}).exitCode, 0);
    const Run r =
        ctl({QStringLiteral("--json"), QStringLiteral("explain"), QStringLiteral("--ip"),
             QStringLiteral("10.20.0.77"), QStringLiteral("--to"), QStringLiteral("x@foreign.example"),
             QStringLiteral("--to"), QStringLiteral("alice@corp.example")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QStringLiteral("refused")).toBool());
    const QJsonArray stages = o.value(QStringLiteral("stages")).toArray();
    QCOMPARE(stages.size(), 4);
    QCOMPARE(stages.at(2).toObject().value(QStringLiteral("code")).toInt(), 550);
    QCOMPARE(stages.at(3).toObject().value(QStringLiteral("reply")).toString(),
             QStringLiteral("250 2.1.5 Recipient OK"));
}

void TestCli::historyAndRollback()
{
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    const QByteArray initial = exportNow();
    QCOMPARE(ctl({QStringLiteral("import"), examplePath()}).exitCode, 0);
    const Run h = ctl({QStringLiteral("--json"), QStringLiteral("history")});
    QCOMPARE(h.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(h.out.toUtf8()).array();
    QCOMPARE(entries.size(), 2);
    const QJsonObject newest = entries.at(0).toObject();
    QCOMPARE(newest.value(QStringLiteral("revision")).toInt(), 2);
    QCOMPARE(newest.value(QStringLiteral("program")).toString(), QStringLiteral("relaydeskctl"));
    QVERIFY(!newest.value(QStringLiteral("user")).toString().isEmpty());
    QVERIFY(newest.value(QStringLiteral("summary")).toString().startsWith(QStringLiteral("import ")));
    QVERIFY(newest.value(QStringLiteral("changes"))
                .toArray()
                .contains(QStringLiteral(
                    "Relay Restrictions of Default SMTP Virtual Server: added 10.30.0.0/24 'web farm'")));

    const Run rb = ctl({QStringLiteral("rollback"), QStringLiteral("1")});
    QVERIFY2(rb.exitCode == 0, qPrintable(rb.err));
    QCOMPARE(revisionNow(), 3);
    QCOMPARE(exportNow(), initial);
    QCOMPARE(ctl({QStringLiteral("rollback"), QStringLiteral("99")}).exitCode, 2);
    QCOMPARE(revisionNow(), 3);
}

void TestCli::usersKeepOnlyHashes()
{
    const QByteArray password = "correct horse battery staple";
    Run r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("crm-app"),
                 QStringLiteral("--password-stdin")},
                password + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    Config config;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(exportNow(), &config, &problems));
    QCOMPARE(config.smtpUsers.size(), 1);
    const QString hash = config.smtpUsers.first().passwordHash;
    QVERIFY(hash.startsWith(QStringLiteral("pbkdf2-sha256$120000$")));
    QVERIFY(PasswordHash::verify(QString::fromUtf8(password), hash));
    QVERIFY(!PasswordHash::verify(QStringLiteral("wrong"), hash));
    for (const QString &name : {QStringLiteral("relaydesk.sqlite"), QStringLiteral("relaydesk.sqlite-wal")}) {
        QFile db(m_dir->filePath(name));
        if (db.open(QIODevice::ReadOnly))
            QVERIFY2(!db.readAll().contains(password), qPrintable(name));
    }
    r = ctl({QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("crm-app"));
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x")}, "pw\n").exitCode,
             2); // no --password-stdin
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                  QStringLiteral("--password-stdin")})
                 .exitCode,
             2);
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("crm-app")}).exitCode, 0);
    QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("crm-app")}).exitCode, 2);
    QVERIFY(ctl({QStringLiteral("user"), QStringLiteral("list")}).out.trimmed().isEmpty());
}

void TestCli::concurrentWritersLoseNothing()
{
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    const int writers = 6;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < writers; ++i) {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(RELAYDESKCTL_PATH),
                 {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("user"), QStringLiteral("add"),
                  QStringLiteral("user%1").arg(i), QStringLiteral("--password-stdin")});
        QVERIFY(p->waitForStarted(10000));
        p->write("pw\n");
        p->closeWriteChannel();
        processes.push_back(std::move(p));
    }
    for (auto &p : processes) {
        QVERIFY(p->waitForFinished(60000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    const QStringList users = ctl({QStringLiteral("user"), QStringLiteral("list")})
                                  .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(users.size(), writers);
    QCOMPARE(revisionNow(), 1 + writers);
}

void TestCli::exitCodes()
{
    QCOMPARE(ctl({QStringLiteral("no-such-command")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("import")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("import"), m_dir->filePath(QStringLiteral("missing.json"))}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("explain"), QStringLiteral("--ip"), QStringLiteral("not-an-ip"),
                  QStringLiteral("--to"), QStringLiteral("a@b.example")})
                 .exitCode,
             2);
    // No database yet: show cannot open one.
    QTemporaryDir empty;
    QProcess process;
    process.start(
        QStringLiteral(RELAYDESKCTL_PATH),
        {QStringLiteral("--data-dir"), empty.filePath(QStringLiteral("none")), QStringLiteral("show")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 3);
    QVERIFY(process.readAllStandardError().contains("relaydeskctl init"));
    const Run help = ctl({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const QString &command :
         {QStringLiteral("init"), QStringLiteral("import"), QStringLiteral("explain"),
          QStringLiteral("rollback"), QStringLiteral("user add")})
        QVERIFY2(help.out.contains(QStringLiteral("  ") + command), qPrintable(command));
    const Run version = ctl({QStringLiteral("show"), QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("relaydeskctl ")));
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(ctl({QStringLiteral("explain"), QStringLiteral("--ip"), QStringLiteral("010.020.000.015"),
                  QStringLiteral("--to"), QStringLiteral("a@b.example")})
                 .exitCode,
             2);
    QCOMPARE(ctl({QStringLiteral("explain"), QStringLiteral("--ip"), QStringLiteral("10.0.0.1"),
                  QStringLiteral("--at"), QStringLiteral("2027-01-31T00:00:00"), QStringLiteral("--to"),
                  QStringLiteral("a@b.example")})
                 .exitCode,
             2);
}

// The smart host password is a secret outside the configuration: smarthost-password puts it in
// DIR/secrets/outbound.json (0600 in a 0700 directory); the database, its history, show, export
// and the listener's snapshot never carry it, and the format refuses it.
void TestCli::smartHostPasswordOnlyInTheSecretFile()
{
    const QString secret = QStringLiteral("Cli-Secret-913");
    const QString vsName = QStringLiteral("Default SMTP Virtual Server");
    Config config = TestSupport::exampleConfig();
    config.virtualServers[0].delivery.smartHost = QStringLiteral("smtp.provider.example");
    config.virtualServers[0].delivery.outboundSecurity = {
        OutboundAuthentication::Basic, QStringLiteral("relay-user"), OutboundTls::Required};
    const QString file = writeFile(QStringLiteral("outbound.json"), ConfigJson::write(config));
    const Run imported = ctl({QStringLiteral("import"), file});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    // Imported without a password: a warning, never a refusal.
    const QString warned = imported.out + imported.err;
    QVERIFY2(
        warned.contains(
            QStringLiteral("basic authentication for virtual server %1 but no password is set").arg(vsName)),
        qPrintable(warned));
    QVERIFY(ctl({QStringLiteral("show")})
                .out.contains(QStringLiteral(
                    "Outbound security: basic authentication as relay-user (no password), TLS required")));
    const int revision = revisionNow();

    // Usage: the virtual server, exactly one of the two actions, a password on standard input.
    const QString set = QStringLiteral("smarthost-password");
    const QString stdinOption = QStringLiteral("--password-stdin");
    const QString vs = QStringLiteral("--vs");
    QCOMPARE(ctl({set, stdinOption}, secret.toUtf8() + '\n').exitCode, 2);
    QCOMPARE(ctl({set, vs, QStringLiteral("No Such Server"), stdinOption}, secret.toUtf8() + '\n').exitCode,
             2);
    QCOMPARE(ctl({set, vs, vsName}, secret.toUtf8() + '\n').exitCode, 2);
    QCOMPARE(ctl({set, vs, vsName, stdinOption, QStringLiteral("--remove")}, secret.toUtf8() + '\n').exitCode,
             2);
    QCOMPARE(ctl({set, vs, vsName, stdinOption}).exitCode, 2); // empty
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("secrets/outbound.json"))));

    // Set, with the name in any case: stored under the configuration's spelling.
    Run r =
        ctl({set, vs, QStringLiteral("default smtp virtual server"), stdinOption}, secret.toUtf8() + "\r\n");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(secret));
    const QString secretFile = m_dir->filePath(QStringLiteral("secrets/outbound.json"));
    QFile stored(secretFile);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(stored.readAll()).object(), (QJsonObject{{vsName, secret}}));
    QCOMPARE(QFile::permissions(secretFile) & 0x0777, QFileDevice::Permissions(0x0600));
    QCOMPARE(QFile::permissions(m_dir->filePath(QStringLiteral("secrets"))) & 0x0777,
             QFileDevice::Permissions(0x0700));
    QCOMPARE(revisionNow(), revision); // not versioned: no revision

    // show, in words and as JSON: the setting and whether a password is set, never the password.
    const Run shown = ctl({QStringLiteral("show")});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(QStringLiteral(
                 "Outbound security: basic authentication as relay-user (password set), TLS required")),
             qPrintable(shown.out));
    QVERIFY(!shown.out.contains(secret));
    QVERIFY(!shown.err.contains(QLatin1String("no password is set")));
    const Run json = ctl({QStringLiteral("--json"), QStringLiteral("show")});
    QCOMPARE(json.exitCode, 0);
    QVERIFY(!json.out.contains(secret));
    const QJsonObject outbound = QJsonDocument::fromJson(json.out.toUtf8())[QLatin1String(
        "virtualServers")][0][QLatin1String("delivery")][QLatin1String("outboundSecurity")]
                                     .toObject();
    QCOMPARE(outbound.value(QLatin1String("userName")).toString(), QStringLiteral("relay-user"));
    QVERIFY(!outbound.contains(QLatin1String("password")));
    QVERIFY(!ctl({QStringLiteral("history")}).out.contains(secret));

    // Nor the export (which still round-trips), the listener's snapshot or the database's bytes.
    const QByteArray exported = exportNow();
    QVERIFY(!exported.isEmpty());
    QVERIFY(!exported.contains(secret.toUtf8()));
    QCOMPARE(exported, ConfigJson::write(config));
    for (const QString &name : {QStringLiteral("listener/config.json"), QStringLiteral("relaydesk.sqlite"),
                                QStringLiteral("relaydesk.sqlite-wal")}) {
        QFile bytes(m_dir->filePath(name));
        if (bytes.open(QIODevice::ReadOnly))
            QVERIFY2(!bytes.readAll().contains(secret.toUtf8()), qPrintable(name));
        else
            QVERIFY2(name.endsWith(QLatin1String("-wal")), qPrintable(name));
    }
    const Run again = ctl({QStringLiteral("import"), writeFile(QStringLiteral("again.json"), exported)});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("No change")));
    QCOMPARE(revisionNow(), revision);

    // A password in a file is refused with its path and where it is set instead.
    QByteArray withPassword = exported;
    withPassword.replace("\"userName\": \"relay-user\"", "\"userName\": \"relay-user\", \"password\": \"x\"");
    QVERIFY(withPassword != exported);
    r = ctl({QStringLiteral("import"), writeFile(QStringLiteral("password.json"), withPassword)});
    QCOMPARE(r.exitCode, 2);
    const QString refused = r.out + r.err;
    QVERIFY2(
        refused.contains(QStringLiteral(
            "virtualServers[0].delivery.outboundSecurity.password: the smart host password is not part of "
            "the configuration")),
        qPrintable(refused));
    QVERIFY(refused.contains(QLatin1String("relaydeskctl smarthost-password")));
    QCOMPARE(revisionNow(), revision);

    // Remove.
    r = ctl({set, vs, vsName, QStringLiteral("--remove")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(ctl({QStringLiteral("show")}).out.contains(QLatin1String("(no password)")));
    QFile after(secretFile);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(after.readAll()).object(), QJsonObject());
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

void TestCli::importListsEveryProblem()
{
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    const QByteArray before = exportNow();
    const QString bad = writeFile(QStringLiteral("two.json"), R"({"format": "relaydesk-config", "version": 1,
        "virtualServers": [{"name": "x", "bindings": [{"address": "127.0.0.1", "port": "25"}],
            "relayRestrictions": {"mode": "onlyList", "mode": "allExceptList",
                "entries": [{"type": "group", "address": "10.0.0.0", "mask": "255.0.255.0"}]}}]})");
    const Run r = ctl({QStringLiteral("import"), bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("virtualServers[0].bindings[0].port: expected a whole number")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(
                 QStringLiteral("virtualServers[0].relayRestrictions.entries[0].mask: 255.0.255.0 is not a "
                                "contiguous netmask")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("virtualServers[0].relayRestrictions.mode")),
             qPrintable(r.err)); // duplicate
    QCOMPARE(exportNow(), before);

    const Run json = ctl({QStringLiteral("--json"), QStringLiteral("import"), bad});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("changed")).toBool(true), false);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    QVERIFY(problems.size() >= 3);
    QStringList paths;
    for (const QJsonValue &p : problems)
        paths << p.toObject().value(QStringLiteral("path")).toString();
    QVERIFY2(paths.contains(QStringLiteral("virtualServers[0].relayRestrictions.entries[0].mask")),
             qPrintable(paths.join(u',')));

    for (const QByteArray &nasty : {QByteArray(), QByteArray("\xEF\xBB\xBF"),
                                    QByteArray("{\"format\": \"\xff\xfe\"}"), QByteArray(200000, '[')}) {
        const Run n = ctl({QStringLiteral("import"), writeFile(QStringLiteral("nasty.json"), nasty)});
        QCOMPARE(n.exitCode, 2);
        QVERIFY(!n.err.isEmpty());
    }
    QCOMPARE(exportNow(), before);
}

void TestCli::invalidMergeAndDryRunChangeNothing()
{
    QCOMPARE(ctl({QStringLiteral("import"), examplePath()}).exitCode, 0);
    const QByteArray before = exportNow();
    const int revision = revisionNow();
    // Valid alone, but the merged configuration has two servers on one port.
    const QString clash =
        writeFile(QStringLiteral("clash.json"), R"({"format": "relaydesk-config", "version": 1,
        "virtualServers": [{"name": "Second", "bindings": [{"address": "127.0.0.1", "port": 2525}]}]})");
    const Run merge = ctl({QStringLiteral("import"), clash, QStringLiteral("--merge")});
    QCOMPARE(merge.exitCode, 2);
    QVERIFY2(merge.err.contains(QStringLiteral("in the merged configuration: virtualServers[1].bindings[0]")),
             qPrintable(merge.err));
    const QString bad =
        writeFile(QStringLiteral("bad.json"), R"({"format": "relaydesk-config", "version": 1, "x": 1})");
    QCOMPARE(ctl({QStringLiteral("import"), bad, QStringLiteral("--dry-run")}).exitCode, 2);
    QCOMPARE(ctl({QStringLiteral("import"), bad, QStringLiteral("--merge")}).exitCode, 2);
    QCOMPARE(exportNow(), before);
    QCOMPARE(revisionNow(), revision);
}

void TestCli::mergeKeepsTheOrganizationUnlessNamed()
{
    QCOMPARE(ctl({QStringLiteral("import"), examplePath()}).exitCode, 0);
    const QString renamed =
        writeFile(QStringLiteral("org.json"), R"({"format": "relaydesk-config", "version": 1,
        "organization": "Contoso", "virtualServers": []})");
    QCOMPARE(ctl({QStringLiteral("import"), renamed, QStringLiteral("--merge")}).exitCode, 0);
    const QString users =
        writeFile(QStringLiteral("users.json"), R"({"format": "relaydesk-config", "version": 1,
        "smtpUsers": [{"name": "second-app", "passwordHash": "pbkdf2-sha256$120000$c2FsdHNhbHRzYWx0$0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}]})");
    QCOMPARE(ctl({QStringLiteral("import"), users, QStringLiteral("--merge")}).exitCode, 0);
    Config config;
    QList<Problem> problems;
    QVERIFY(ConfigJson::read(exportNow(), &config, &problems));
    QCOMPARE(config.organization, QStringLiteral("Contoso"));
    QCOMPARE(config.smtpUsers.size(), 2);
    QCOMPARE(config.virtualServers.size(), 1);
}

void TestCli::listenerFollowsEveryChange()
{
    // A configuration with the virtual server on a free port and no one on the relay list.
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    QJsonObject config = QJsonDocument::fromJson(exportNow()).object();
    const quint16 port = TestSupport::freeLoopbackPort();
    const auto withRelayEntries = [&config, port](const QStringList &addresses) {
        QJsonArray servers = config.value(QStringLiteral("virtualServers")).toArray();
        QJsonObject vs = servers.at(0).toObject();
        vs.insert(QStringLiteral("bindings"),
                  QJsonArray{QJsonObject{{QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                         {QStringLiteral("port"), int(port)}}});
        QJsonObject relay = vs.value(QStringLiteral("relayRestrictions")).toObject();
        QJsonArray entries;
        for (const QString &address : addresses)
            entries.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("single")},
                                       {QStringLiteral("address"), address}});
        relay.insert(QStringLiteral("entries"), entries);
        vs.insert(QStringLiteral("relayRestrictions"), relay);
        servers.replace(0, vs);
        config.insert(QStringLiteral("virtualServers"), servers);
        return QJsonDocument(config).toJson();
    };
    const QString foreign = QStringLiteral("someone@elsewhere.example");

    // No listener: the change is committed and the output says when it will take effect.
    Run r = ctl({QStringLiteral("import"), writeFile(QStringLiteral("a.json"), withRelayEntries({}))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("No listener is running")), qPrintable(r.out));
    // …and the snapshot is written, for a listener started any other way (systemd, by hand).
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("listener/config.json"))));
    int code = 0;
    QJsonObject s = status(&code);
    QCOMPARE(code, 1);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    QCOMPARE(s.value(QStringLiteral("fix")).toString(), QStringLiteral("start"));
    QCOMPARE(ctl({QStringLiteral("sync")}).exitCode, 3); // cannot reach the listener

    r = ctl({QStringLiteral("listener"), QStringLiteral("start")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    s = status(&code);
    QCOMPARE(code, 0);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("in sync"));
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.61"), foreign).startsWith("550 5.7.1"));

    // A change through the CLI is enforced when the command returns: no manual step.
    r = ctl({QStringLiteral("import"),
             writeFile(QStringLiteral("b.json"), withRelayEntries({QStringLiteral("127.0.0.61")}))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("The listener enforces revision")), qPrintable(r.out));
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.61"), foreign).startsWith("250"));

    // --no-sync leaves the listener behind: pending, until "sync".
    r = ctl({QStringLiteral("import"), QStringLiteral("--no-sync"),
             writeFile(QStringLiteral("c.json"), withRelayEntries({QStringLiteral("127.0.0.62")}))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    s = status(&code);
    QCOMPARE(code, 1);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(s.value(QStringLiteral("fix")).toString(), QStringLiteral("sync"));
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.62"), foreign).startsWith("550 5.7.1"));
    r = ctl({QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.62"), foreign).startsWith("250"));
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.61"), foreign).startsWith("550 5.7.1"));

    // The listener's copy deleted: stale, and rebuild is the fix the status names.
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("listener/config.json"))));
    r = ctl({QStringLiteral("status")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QLatin1String("relaydeskctl listener rebuild")), qPrintable(r.out));
    r = ctl({QStringLiteral("listener"), QStringLiteral("rebuild")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    s = status(&code);
    QCOMPARE(code, 0);
    QCOMPARE(s.value(QStringLiteral("listenerRevision")).toInt(), revisionNow());

    // Stopped: status says so, exit 1.
    QCOMPARE(ctl({QStringLiteral("listener"), QStringLiteral("stop")}).exitCode, 0);
    s = status(&code);
    QCOMPARE(code, 1);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.62"), foreign, 2000).isEmpty());
    QCOMPARE(ctl({QStringLiteral("listener"), QStringLiteral("bogus")}).exitCode, 2);
}

void TestCli::logShowsTheListenersEvents()
{
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
    QCOMPARE(ctl({QStringLiteral("log")}).exitCode, 3); // no listener has written a log yet
    QJsonObject config = QJsonDocument::fromJson(exportNow()).object();
    const quint16 port = TestSupport::freeLoopbackPort();
    QJsonArray servers = config.value(QStringLiteral("virtualServers")).toArray();
    QJsonObject vs = servers.at(0).toObject();
    vs.insert(QStringLiteral("bindings"),
              QJsonArray{QJsonObject{{QStringLiteral("address"), QStringLiteral("127.0.0.1")},
                                     {QStringLiteral("port"), int(port)}}});
    servers.replace(0, vs);
    config.insert(QStringLiteral("virtualServers"), servers);
    QCOMPARE(
        ctl({QStringLiteral("import"), writeFile(QStringLiteral("log.json"), QJsonDocument(config).toJson())})
            .exitCode,
        0);
    QCOMPARE(ctl({QStringLiteral("listener"), QStringLiteral("start")}).exitCode, 0);
    QVERIFY(TestSupport::rcptReply(port, QStringLiteral("127.0.0.91"), QStringLiteral("x@elsewhere.example"))
                .startsWith("550 5.7.1"));

    // The refusal is in the event log with the rule that decided (the log is flushed within a second).
    Run r;
    QTRY_VERIFY_WITH_TIMEOUT((r = ctl({QStringLiteral("log")})).out.contains(QLatin1String("relay-refused")),
                             10000);
    QVERIFY2(r.out.contains(QLatin1String("127.0.0.91")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("rule=")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("started")), qPrintable(r.out));
    // --vs keeps that server's session events only; --json prints the lines as written.
    r = ctl({QStringLiteral("log"), QStringLiteral("--vs"), QStringLiteral("Default SMTP Virtual Server")});
    QVERIFY(r.out.contains(QLatin1String("relay-refused")));
    QVERIFY(!r.out.contains(QLatin1String("started")));
    r = ctl(
        {QStringLiteral("log"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isObject());
    // The protocol log of the virtual server, W3C extended format.
    QTRY_VERIFY_WITH_TIMEOUT(
        (r = ctl({QStringLiteral("log"), QStringLiteral("--protocol"), QStringLiteral("--vs"),
                  QStringLiteral("Default SMTP Virtual Server")}))
            .out.contains(QLatin1String("RCPT")),
        10000);
    QVERIFY2(r.out.contains(QLatin1String("#Fields: date time c-ip")), qPrintable(r.out));
    QCOMPARE(ctl({QStringLiteral("log"), QStringLiteral("--protocol")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

#include "example.h"
#include "outboundsecrets.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace RelayDesk;

// The smart host passwords live in DIR/secrets/outbound.json: owner-only, replaced atomically,
// keyed by virtual server name.
class TestOutboundSecrets : public QObject
{
    Q_OBJECT

private slots:
    void setReadRemoveRename();
    void fileIsOwnerOnly();
    void unreadableFileIsNeverOverwritten();
    void passwordProblems();
    void lintWarnsOnlyForBasicWithoutPassword();
};

void TestOutboundSecrets::setReadRemoveRename()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString vs = QStringLiteral("Default SMTP Virtual Server");
    QVERIFY(!QFile::exists(OutboundSecrets::filePath(dir.path())));
    QCOMPARE(OutboundSecrets::read(dir.path(), vs), QString());
    QVERIFY(!OutboundSecrets::isSet(dir.path(), vs));

    QString error;
    const QString password = QStringLiteral("pä$$ \"word\"");
    QVERIFY2(OutboundSecrets::set(dir.path(), vs, password, &error), qPrintable(error));
    QVERIFY2(OutboundSecrets::set(dir.path(), QStringLiteral("Other"), QStringLiteral("x"), &error),
             qPrintable(error));
    QCOMPARE(OutboundSecrets::read(dir.path(), vs), password);
    QVERIFY(OutboundSecrets::isSet(dir.path(), vs));

    QVERIFY(OutboundSecrets::rename(dir.path(), vs, QStringLiteral("Renamed"), &error));
    QVERIFY(!OutboundSecrets::isSet(dir.path(), vs));
    QCOMPARE(OutboundSecrets::read(dir.path(), QStringLiteral("Renamed")), password);
    QVERIFY(OutboundSecrets::rename(dir.path(), QStringLiteral("Absent"), QStringLiteral("New"), &error));
    QVERIFY(!OutboundSecrets::isSet(dir.path(), QStringLiteral("New")));

    QVERIFY(OutboundSecrets::remove(dir.path(), QStringLiteral("Renamed"), &error));
    QVERIFY(!OutboundSecrets::isSet(dir.path(), QStringLiteral("Renamed")));
    QVERIFY(OutboundSecrets::remove(dir.path(), QStringLiteral("Renamed"), &error)); // none: fine
    QCOMPARE(OutboundSecrets::read(dir.path(), QStringLiteral("Other")), QStringLiteral("x"));
}

void TestOutboundSecrets::fileIsOwnerOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString secrets = QDir(dir.path()).filePath(QStringLiteral("secrets"));
    // Even a directory that was there, readable by others, is made private.
    QVERIFY(QDir().mkpath(secrets));
    QVERIFY(QFile::setPermissions(secrets, QFileDevice::Permissions(0x7755)));
    QString error;
    QVERIFY2(OutboundSecrets::set(dir.path(), QStringLiteral("a"), QStringLiteral("secret"), &error),
             qPrintable(error));
    const QString file = OutboundSecrets::filePath(dir.path());
    QCOMPARE(file, QDir(secrets).filePath(QStringLiteral("outbound.json")));
    QCOMPARE(QFile::permissions(file) & 0x0777, QFileDevice::Permissions(0x0600));
    QCOMPARE(QFile::permissions(secrets) & 0x0777, QFileDevice::Permissions(0x0700));
    QVERIFY(OutboundSecrets::set(dir.path(), QStringLiteral("a"), QStringLiteral("again"), &error));
    QCOMPARE(QFile::permissions(file) & 0x0777, QFileDevice::Permissions(0x0600));
    QCOMPARE(QDir(secrets).entryList(QDir::Files), QStringList(QStringLiteral("outbound.json")));
}

void TestOutboundSecrets::unreadableFileIsNeverOverwritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(QDir(dir.path()).filePath(QStringLiteral("secrets"))));
    QFile file(OutboundSecrets::filePath(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json");
    file.close();
    QString error;
    QVERIFY(!OutboundSecrets::set(dir.path(), QStringLiteral("a"), QStringLiteral("p"), &error));
    QVERIFY2(error.contains(QLatin1String("outbound.json")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not json"));
}

void TestOutboundSecrets::passwordProblems()
{
    QCOMPARE(OutboundSecrets::problem(QStringLiteral("fine pässword")), QString());
    QCOMPARE(OutboundSecrets::problem(QString()), QStringLiteral("the password is empty"));
    const QString nul = QStringLiteral("sec") + QChar(0) + QStringLiteral("ret");
    QCOMPARE(OutboundSecrets::problem(nul),
             QStringLiteral("the password contains a control character at position 4"));
    QVERIFY(OutboundSecrets::problem(QString(300, QLatin1Char('p')))
                .startsWith(QLatin1String("the password is 300 characters long")));
    QCOMPARE(OutboundSecrets::problem(QString(256, QLatin1Char('p'))), QString());
}

void TestOutboundSecrets::lintWarnsOnlyForBasicWithoutPassword()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Config config = TestSupport::exampleConfig();
    QCOMPARE(OutboundSecrets::lint(config, dir.path()), QList<Problem>());
    VirtualServer &vs = config.virtualServers[0];
    vs.delivery.outboundSecurity.authentication = OutboundAuthentication::Basic;
    vs.delivery.outboundSecurity.userName = QStringLiteral("u");
    const QList<Problem> warnings = OutboundSecrets::lint(config, dir.path());
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.constFirst().severity, Problem::Severity::Warning);
    QCOMPARE(
        warnings.constFirst().toString(),
        QStringLiteral("virtualServers[0].delivery.outboundSecurity.authentication: basic authentication "
                       "for virtual server %1 but no password is set (set it in the console or with "
                       "relaydeskctl smarthost-password)")
            .arg(vs.name));
    QString error;
    QVERIFY(OutboundSecrets::set(dir.path(), vs.name, QStringLiteral("p"), &error));
    QCOMPARE(OutboundSecrets::lint(config, dir.path()), QList<Problem>());
}

QTEST_APPLESS_MAIN(TestOutboundSecrets)
#include "tst_outboundsecrets.moc"

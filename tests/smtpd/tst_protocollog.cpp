#include "protocollog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

class TestProtocolLog final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void directivesAndOneLine();
    void fieldsAreEscaped();
    void authCredentialsAreNeverLogged();
    void mappedIpv4IsShownAsIpv4();
    void newFileEachUtcDay();
    void lateEntryStaysInTheNewDay();
    void reopenAppendsWithoutRepeatingDirectives();
    void directoryAndFileAreOwnerOnly();
    void flushedByTheTimer();
    void openFailsWithAReason();

private:
    QString logDir() const { return m_dir->filePath(QStringLiteral("logs/smtpsvc1")); }
    QStringList lines(const QString &fileName) const;
    static ProtocolLog::Entry entry(const QString &method, const QString &argument, int status);

    std::unique_ptr<QTemporaryDir> m_dir;
};

static const QDateTime Evening(QDate(2026, 11, 23), QTime(18, 0, 0, 250), Qt::UTC);
static const QString Fields = QStringLiteral("#Fields: date time c-ip cs-username s-sitename s-ip s-port "
                                             "cs-method cs-uri-query sc-status sc-bytes cs-bytes "
                                             "time-taken");

void TestProtocolLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestProtocolLog::lines(const QString &fileName) const
{
    QFile file(QDir(logDir()).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    if (!text.endsWith(QLatin1Char('\n')))
        return {QStringLiteral("<no final newline>")};
    return text.chopped(1).split(QLatin1Char('\n'));
}

ProtocolLog::Entry TestProtocolLog::entry(const QString &method, const QString &argument, int status)
{
    ProtocolLog::Entry e;
    e.time = Evening;
    e.client = QHostAddress(QStringLiteral("192.0.2.10"));
    e.serverAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    e.serverPort = 2525;
    e.method = method;
    e.argument = argument;
    e.status = status;
    e.bytesSent = 30;
    e.bytesReceived = 24;
    e.milliseconds = 3;
    return e;
}

void TestProtocolLog::directivesAndOneLine()
{
    ProtocolLog log;
    QString error;
    QVERIFY2(log.open(logDir(), QStringLiteral("SMTPSVC1"), &error), qPrintable(error));
    ProtocolLog::Entry mail =
        entry(QStringLiteral("MAIL"), QStringLiteral("FROM:<a@example.com> SIZE=100"), 250);
    mail.user = QStringLiteral("alice");
    log.write(mail);
    log.write(entry(QStringLiteral("QUIT"), QString(), 221));
    log.flush();

    const QStringList all = lines(QStringLiteral("ex261123.log"));
    QCOMPARE(all.size(), 6);
    QVERIFY2(all.at(0).startsWith(QStringLiteral("#Software: RelayDesk")), qPrintable(all.at(0)));
    QCOMPARE(all.at(1), QStringLiteral("#Version: 1.0"));
    QCOMPARE(all.at(2), QStringLiteral("#Date: 2026-11-23 18:00:00"));
    QCOMPARE(all.at(3), Fields);
    QCOMPARE(all.at(4),
             QStringLiteral("2026-11-23 18:00:00 192.0.2.10 alice SMTPSVC1 127.0.0.1 2525 MAIL "
                            "FROM:<a@example.com>+SIZE=100 250 30 24 3"));
    QCOMPARE(all.at(5),
             QStringLiteral("2026-11-23 18:00:00 192.0.2.10 - SMTPSVC1 127.0.0.1 2525 QUIT - 221 30 24 3"));
}

void TestProtocolLog::fieldsAreEscaped()
{
    ProtocolLog log;
    QVERIFY(log.open(logDir(), QStringLiteral("SMTP SVC"), nullptr));
    ProtocolLog::Entry e = entry(QStringLiteral("RCPT"),
                                 QStringLiteral("TO:<x@y>\r\n2026-11-23 forged line\x01\x7f") + QChar(0x202e)
                                     + QStringLiteral("\x85") + QChar(0x3000) + QStringLiteral("é"),
                                 550);
    e.user = QStringLiteral("bob smith\n");
    e.client = QHostAddress();
    log.write(e);
    log.flush();

    const QStringList all = lines(QStringLiteral("ex261123.log"));
    QCOMPARE(all.size(), 5);
    const QString line = all.at(4);
    QCOMPARE(line.split(QLatin1Char(' ')).size(), 13);
    QCOMPARE(line,
             QStringLiteral("2026-11-23 18:00:00 - bob+smith SMTP+SVC 127.0.0.1 2525 RCPT "
                            "TO:<x@y>2026-11-23+forged+line+é 550 30 24 3"));
}

void TestProtocolLog::authCredentialsAreNeverLogged()
{
    ProtocolLog log;
    QVERIFY(log.open(logDir(), QStringLiteral("SMTPSVC1"), nullptr));
    log.write(entry(QStringLiteral("AUTH"), QStringLiteral("PLAIN AGFsaWNlAHNlY3JldA=="), 235));
    log.write(entry(QStringLiteral("auth"), QStringLiteral("  LOGIN\tYWxpY2U="), 334));
    log.write(entry(QStringLiteral("AUTH"), QStringLiteral("PLAIN"), 334));
    log.flush();

    const QStringList all = lines(QStringLiteral("ex261123.log"));
    QCOMPARE(all.size(), 7);
    QVERIFY(all.at(4).contains(QStringLiteral(" AUTH PLAIN 235 ")));
    QVERIFY(all.at(5).contains(QStringLiteral(" auth LOGIN 334 ")));
    QVERIFY(all.at(6).contains(QStringLiteral(" AUTH PLAIN 334 ")));
    for (const QString &line : all) {
        QVERIFY(!line.contains(QStringLiteral("AGFsaWNlAHNlY3JldA")));
        QVERIFY(!line.contains(QStringLiteral("YWxpY2U")));
    }
}

void TestProtocolLog::mappedIpv4IsShownAsIpv4()
{
    ProtocolLog log;
    QVERIFY(log.open(logDir(), QStringLiteral("SMTPSVC1"), nullptr));
    ProtocolLog::Entry e = entry(QStringLiteral("EHLO"), QStringLiteral("client.example"), 250);
    e.client = QHostAddress(QStringLiteral("::ffff:10.1.2.3"));
    e.serverAddress = QHostAddress(QStringLiteral("::1"));
    log.write(e);
    log.flush();
    QCOMPARE(
        lines(QStringLiteral("ex261123.log")).value(4),
        QStringLiteral("2026-11-23 18:00:00 10.1.2.3 - SMTPSVC1 ::1 2525 EHLO client.example 250 30 24 3"));
}

void TestProtocolLog::newFileEachUtcDay()
{
    ProtocolLog log;
    QVERIFY(log.open(logDir(), QStringLiteral("SMTPSVC1"), nullptr));
    log.write(entry(QStringLiteral("HELO"), QStringLiteral("a"), 250));
    ProtocolLog::Entry next = entry(QStringLiteral("HELO"), QStringLiteral("b"), 250);
    // 00:30 in UTC+2 is still 22:30 UTC of the 23rd; 02:30 in UTC+2 is the 24th.
    next.time = QDateTime(QDate(2026, 11, 24), QTime(0, 30), Qt::OffsetFromUTC, 2 * 3600);
    log.write(next);
    next.time = QDateTime(QDate(2026, 11, 24), QTime(2, 30), Qt::OffsetFromUTC, 2 * 3600);
    log.write(next);
    log.flush();

    const QStringList first = lines(QStringLiteral("ex261123.log"));
    QCOMPARE(first.size(), 6);
    QVERIFY(first.at(5).startsWith(QStringLiteral("2026-11-23 22:30:00 ")));
    const QStringList second = lines(QStringLiteral("ex261124.log"));
    QCOMPARE(second.size(), 5);
    QCOMPARE(second.at(1), QStringLiteral("#Version: 1.0"));
    QCOMPARE(second.at(2), QStringLiteral("#Date: 2026-11-24 00:30:00"));
    QCOMPARE(second.at(3), Fields);
    QVERIFY(second.at(4).startsWith(QStringLiteral("2026-11-24 00:30:00 ")));
}

void TestProtocolLog::lateEntryStaysInTheNewDay()
{
    ProtocolLog log;
    QVERIFY(log.open(logDir(), QStringLiteral("SMTPSVC1"), nullptr));
    ProtocolLog::Entry e = entry(QStringLiteral("NOOP"), QString(), 250);
    e.time = QDateTime(QDate(2026, 11, 24), QTime(0, 0, 1), Qt::UTC);
    log.write(e);
    e.time = QDateTime(QDate(2026, 11, 23), QTime(23, 59, 59), Qt::UTC);
    log.write(e);
    log.flush();
    QVERIFY(!QFile::exists(QDir(logDir()).filePath(QStringLiteral("ex261123.log"))));
    QCOMPARE(lines(QStringLiteral("ex261124.log")).size(), 6);
}

void TestProtocolLog::reopenAppendsWithoutRepeatingDirectives()
{
    for (int run = 0; run < 2; ++run) {
        ProtocolLog log;
        QVERIFY(log.open(logDir(), QStringLiteral("SMTPSVC1"), nullptr));
        log.write(entry(QStringLiteral("NOOP"), QString(), 250));
    }
    const QStringList all = lines(QStringLiteral("ex261123.log"));
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.filter(QStringLiteral("#Fields:")).size(), 1);
}

void TestProtocolLog::directoryAndFileAreOwnerOnly()
{
    ProtocolLog log;
    QVERIFY(log.open(logDir(), QStringLiteral("SMTPSVC1"), nullptr));
    log.write(entry(QStringLiteral("NOOP"), QString(), 250));
    log.flush();
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions dir = QFile::permissions(logDir());
    QCOMPARE(dir & others, QFileDevice::Permissions());
    QVERIFY(dir.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QFileDevice::Permissions file =
        QFile::permissions(QDir(logDir()).filePath(QStringLiteral("ex261123.log")));
    QCOMPARE(file & (others | QFileDevice::ExeOwner), QFileDevice::Permissions());
    QVERIFY(file.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
}

void TestProtocolLog::flushedByTheTimer()
{
    ProtocolLog log;
    QVERIFY(log.open(logDir(), QStringLiteral("SMTPSVC1"), nullptr));
    log.write(entry(QStringLiteral("NOOP"), QString(), 250));
    const QString file = QDir(logDir()).filePath(QStringLiteral("ex261123.log"));
    QCOMPARE(QFileInfo(file).size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(lines(QStringLiteral("ex261123.log")).size(), 5, 3000);
}

void TestProtocolLog::openFailsWithAReason()
{
    const QString blocker = m_dir->filePath(QStringLiteral("logs"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    ProtocolLog log;
    QString error;
    QVERIFY(!log.open(logDir(), QStringLiteral("SMTPSVC1"), &error));
    QVERIFY2(error.contains(blocker), qPrintable(error));
    log.write(entry(QStringLiteral("NOOP"), QString(), 250)); // harmless
    log.flush();
}

QTEST_GUILESS_MAIN(TestProtocolLog)
#include "tst_protocollog.moc"

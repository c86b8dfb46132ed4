#include "eventlog.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace RelayDesk;

class TestEventLog final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void linesAreJsonWithTimeAndEvent();
    void timeIsUtcWithMilliseconds();
    void fieldsNeverBreakTheLine();
    void callerCannotOverrideTimeOrEvent();
    void newFileIsOwnerOnly();
    void existingFileIsMadeOwnerOnlyAndAppended();
    void createsTheLogsDirectory();
    void bufferedUntilFlush();
    void flushedWhenTheBufferPasses64KiB();
    void flushedByTheTimer();
    void flushedOnDestruction();
    void openFailsWithAReason();
    void writeBeforeOpenIsIgnored();
    void writesFromManyThreads();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("logs/events.jsonl")); }
    QList<QByteArray> lines() const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEventLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QList<QByteArray> TestEventLog::lines() const
{
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> result = file.readAll().split('\n');
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

static QJsonObject parse(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    return error.error == QJsonParseError::NoError && document.isObject() ? document.object() : QJsonObject();
}

void TestEventLog::linesAreJsonWithTimeAndEvent()
{
    EventLog log;
    QString error;
    QVERIFY2(log.open(path(), &error), qPrintable(error));
    log.write(QStringLiteral("started"));
    log.write(QStringLiteral("relay-refused"),
              {{QStringLiteral("client"), QStringLiteral("192.0.2.7")},
               {QStringLiteral("recipient"), QStringLiteral("victim@example.net")},
               {QStringLiteral("rule"), QStringLiteral("relay: client not in the list (onlyList)")}});
    log.write(QStringLiteral("accepted"),
              {{QStringLiteral("id"), QStringLiteral("ABC")},
               {QStringLiteral("recipients"),
                QJsonArray{QStringLiteral("a@b.example"), QStringLiteral("c@d.example")}},
               {QStringLiteral("size"), 1234}});
    log.flush();

    const QList<QByteArray> all = lines();
    QCOMPARE(all.size(), 3);
    for (const QByteArray &line : all)
        QVERIFY2(line.startsWith("{\"time\":\""), line.constData());

    const QJsonObject started = parse(all.at(0));
    QCOMPARE(started.value(QStringLiteral("event")).toString(), QStringLiteral("started"));
    QCOMPARE(started.size(), 2);

    const QJsonObject refused = parse(all.at(1));
    QCOMPARE(refused.value(QStringLiteral("event")).toString(), QStringLiteral("relay-refused"));
    QCOMPARE(refused.value(QStringLiteral("client")).toString(), QStringLiteral("192.0.2.7"));
    QCOMPARE(refused.value(QStringLiteral("recipient")).toString(), QStringLiteral("victim@example.net"));
    QCOMPARE(refused.value(QStringLiteral("rule")).toString(),
             QStringLiteral("relay: client not in the list (onlyList)"));

    const QJsonObject accepted = parse(all.at(2));
    QCOMPARE(accepted.value(QStringLiteral("recipients")).toArray().size(), 2);
    QCOMPARE(accepted.value(QStringLiteral("size")).toInt(), 1234);
}

void TestEventLog::timeIsUtcWithMilliseconds()
{
    EventLog log;
    QVERIFY(log.open(path(), nullptr));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    log.write(QStringLiteral("started"));
    log.flush();
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

    const QString time = parse(lines().value(0)).value(QStringLiteral("time")).toString();
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QVERIFY2(shape.match(time).hasMatch(), qPrintable(time));
    const QDateTime parsed = QDateTime::fromString(time, Qt::ISODateWithMs);
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QVERIFY(parsed >= before && parsed <= after);
}

void TestEventLog::fieldsNeverBreakTheLine()
{
    EventLog log;
    QVERIFY(log.open(path(), nullptr));
    const QString nasty = QStringLiteral("a\nb\rc\r\nd\te\x01") + QStringLiteral("f\"g\\h") + QChar(0x2028)
        + QStringLiteral("ü😀");
    log.write(QStringLiteral("session-error\nforged"), {{QStringLiteral("detail"), nasty}, {nasty, nasty}});
    log.write(QStringLiteral("stopped"));
    log.flush();

    const QList<QByteArray> all = lines();
    QCOMPARE(all.size(), 2);
    const QJsonObject first = parse(all.at(0));
    QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("session-error\nforged"));
    QCOMPARE(first.value(QStringLiteral("detail")).toString(), nasty);
    QCOMPARE(first.value(nasty).toString(), nasty);
    QCOMPARE(parse(all.at(1)).value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
}

void TestEventLog::callerCannotOverrideTimeOrEvent()
{
    EventLog log;
    QVERIFY(log.open(path(), nullptr));
    log.write(QStringLiteral("auth-failed"),
              {{QStringLiteral("time"), QStringLiteral("yesterday")},
               {QStringLiteral("event"), QStringLiteral("auth-succeeded")},
               {QStringLiteral("user"), QStringLiteral("alice")}});
    log.flush();
    const QByteArray line = lines().value(0);
    QCOMPARE(line.count("\"time\""), 1);
    QCOMPARE(line.count("\"event\""), 1);
    const QJsonObject object = parse(line);
    QCOMPARE(object.value(QStringLiteral("event")).toString(), QStringLiteral("auth-failed"));
    QVERIFY(object.value(QStringLiteral("time")).toString() != QStringLiteral("yesterday"));
    QCOMPARE(object.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
}

void TestEventLog::newFileIsOwnerOnly()
{
    EventLog log;
    QVERIFY(log.open(path(), nullptr));
    QCOMPARE(QFile::permissions(path())
                 & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestEventLog::existingFileIsMadeOwnerOnlyAndAppended()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"time\":\"2026-01-01T00:00:00.000Z\",\"event\":\"started\"}\n");
    }
    QVERIFY(QFile::setPermissions(path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther));
    {
        EventLog log;
        QVERIFY(log.open(path(), nullptr));
        log.write(QStringLiteral("stopped"));
    }
    QCOMPARE(QFile::permissions(path()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QList<QByteArray> all = lines();
    QCOMPARE(all.size(), 2);
    QCOMPARE(parse(all.at(0)).value(QStringLiteral("event")).toString(), QStringLiteral("started"));
    QCOMPARE(parse(all.at(1)).value(QStringLiteral("event")).toString(), QStringLiteral("stopped"));
}

void TestEventLog::createsTheLogsDirectory()
{
    const QString deep = m_dir->filePath(QStringLiteral("a/b/logs/events.jsonl"));
    EventLog log;
    QString error;
    QVERIFY2(log.open(deep, &error), qPrintable(error));
    QVERIFY(QFile::exists(deep));
    const QFileDevice::Permissions logsDir = QFile::permissions(m_dir->filePath(QStringLiteral("a/b/logs")));
    QCOMPARE(logsDir & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
             QFileDevice::Permissions());
}

void TestEventLog::bufferedUntilFlush()
{
    EventLog log;
    QVERIFY(log.open(path(), nullptr));
    log.write(QStringLiteral("started"));
    QCOMPARE(QFileInfo(path()).size(), 0);
    log.flush();
    QVERIFY(QFileInfo(path()).size() > 0);
}

void TestEventLog::flushedWhenTheBufferPasses64KiB()
{
    EventLog log;
    QVERIFY(log.open(path(), nullptr));
    const QString padding(1000, QLatin1Char('x'));
    int written = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    while (QFileInfo(path()).size() == 0 && written < 200) {
        log.write(QStringLiteral("accepted"), {{QStringLiteral("padding"), padding}});
        ++written;
    }
    // About 65 lines of ~1 KiB fill the buffer; nothing waited for a timer. (Only a machine that
    // stalls for a second in this loop flushes earlier, because the oldest line is that old.)
    QVERIFY2(written <= 70, qPrintable(QString::number(written)));
    QVERIFY2(written >= 60 || elapsed.elapsed() >= 1000, qPrintable(QString::number(written)));
    QCOMPARE(lines().size(), written);
}

void TestEventLog::flushedByTheTimer()
{
    EventLog log;
    QVERIFY(log.open(path(), nullptr));
    log.write(QStringLiteral("started"));
    QCOMPARE(QFileInfo(path()).size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path()).size() > 0, 3000);
    QCOMPARE(lines().size(), 1);
}

void TestEventLog::flushedOnDestruction()
{
    {
        EventLog log;
        QVERIFY(log.open(path(), nullptr));
        log.write(QStringLiteral("started"));
        log.write(QStringLiteral("stopped"));
    }
    QCOMPARE(lines().size(), 2);
}

void TestEventLog::openFailsWithAReason()
{
    const QString blocker = m_dir->filePath(QStringLiteral("plainfile"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    EventLog log;
    QString error;
    QVERIFY(!log.open(blocker + QStringLiteral("/logs/events.jsonl"), &error));
    QVERIFY2(error.contains(blocker), qPrintable(error));
    log.write(QStringLiteral("started")); // harmless
    log.flush();
}

void TestEventLog::writeBeforeOpenIsIgnored()
{
    EventLog log;
    log.write(QStringLiteral("started"));
    log.flush();
    QVERIFY(log.open(path(), nullptr));
    log.flush();
    QCOMPARE(QFileInfo(path()).size(), 0);
}

void TestEventLog::writesFromManyThreads()
{
    constexpr int Threads = 4;
    constexpr int PerThread = 2000;
    {
        EventLog log;
        QVERIFY(log.open(path(), nullptr));
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back(QThread::create([&log, t] {
                for (int i = 0; i < PerThread; ++i)
                    log.write(QStringLiteral("accepted"),
                              {{QStringLiteral("thread"), t}, {QStringLiteral("n"), i}});
            }));
            threads.back()->start();
        }
        for (const auto &thread : threads)
            QVERIFY(thread->wait(30000));
    }
    const QList<QByteArray> all = lines();
    QCOMPARE(all.size(), Threads * PerThread);
    QList<int> next(Threads, 0);
    for (const QByteArray &line : all) {
        const QJsonObject object = parse(line);
        const int t = object.value(QStringLiteral("thread")).toInt(-1);
        QVERIFY2(t >= 0 && t < Threads, line.constData());
        QCOMPARE(object.value(QStringLiteral("n")).toInt(), next[t]++);
    }
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"

// Issue 3, item 4: a SIGKILL at any moment loses no message that the spool reported durable.
// A child process stores messages in a loop and acknowledges each durable one on stdout; the test
// kills it after a random number of acknowledgements and checks every acknowledged message byte
// for byte, and that no file under a final name is incomplete.
#include "spool.h"
#include "spoolcrash_message.h"
#include "spoolwriter.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace RelayDesk;

class TestSpoolCrash final : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoAcknowledgedMessage_data();
    void killedWriterLosesNoAcknowledgedMessage();
};

namespace {

struct Acknowledgements
{
    QHash<QString, quint64> acked; // id -> sequence
    QStringList failures;
    QStringList strayLines;
    QByteArray partial;

    void feed(const QByteArray &bytes)
    {
        partial += bytes;
        qsizetype end;
        while ((end = partial.indexOf('\n')) >= 0) {
            const QByteArray line = partial.left(end);
            partial.remove(0, end + 1);
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 3 && fields.at(0) == "ok")
                acked.insert(QString::fromLatin1(fields.at(1)), fields.at(2).toULongLong());
            else if (fields.value(0) == "fail")
                failures.append(QString::fromUtf8(line));
            else
                strayLines.append(QString::fromUtf8(line));
        }
    }
};

QByteArray readFile(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.open(QIODevice::ReadOnly);
    return *exists ? file.readAll() : QByteArray();
}

} // namespace

void TestSpoolCrash::killedWriterLosesNoAcknowledgedMessage_data()
{
    QTest::addColumn<int>("producers");
    QTest::addColumn<QString>("sync");
    QTest::addColumn<QString>("order");
    for (const char *order : {"fast", "safe"}) {
        const QString o = QLatin1String(order);
        QTest::addRow("1 producer, syncfs, %s", order) << 1 << QStringLiteral("filesystem") << o;
        QTest::addRow("16 producers, syncfs, %s", order) << 16 << QStringLiteral("filesystem") << o;
        QTest::addRow("50 producers, syncfs, %s", order) << 50 << QStringLiteral("filesystem") << o;
        QTest::addRow("1 producer, fsync, %s", order) << 1 << QStringLiteral("file") << o;
        QTest::addRow("16 producers, fsync, %s", order) << 16 << QStringLiteral("file") << o;
        QTest::addRow("16 producers, adaptive, %s", order) << 16 << QStringLiteral("auto") << o;
    }
    QTest::newRow("16 producers, adaptive, auto") << 16 << QStringLiteral("auto") << QStringLiteral("auto");
}

void TestSpoolCrash::killedWriterLosesNoAcknowledgedMessage()
{
    QFETCH(int, producers);
    QFETCH(QString, sync);
    QFETCH(QString, order);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mailroot = dir.filePath(QStringLiteral("mailroot"));
    const int killAfter = 2000 + int(QRandomGenerator::global()->bounded(1000));

    Acknowledgements acks;
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RELAYDESK_SPOOL_SYNC"), sync);
    environment.insert(QStringLiteral("RELAYDESK_SPOOL_ORDER"), order);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&child, &QProcess::readyReadStandardOutput, this,
            [&] { acks.feed(child.readAllStandardOutput()); });
    child.start(QStringLiteral(SPOOLCRASH_CHILD_PATH), {mailroot, QString::number(producers)});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

    QTRY_VERIFY_WITH_TIMEOUT(acks.acked.size() >= killAfter || child.state() == QProcess::NotRunning, 90000);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL, in the middle of whatever batch is under way
    QVERIFY(child.waitForFinished(10000));
    acks.feed(child.readAllStandardOutput()); // lines already in the pipe were acknowledged too
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY2(acks.failures.isEmpty(), qPrintable(acks.failures.join(QLatin1Char('\n'))));
    QVERIFY2(acks.strayLines.isEmpty(), qPrintable(acks.strayLines.join(QLatin1Char('\n'))));
    QVERIFY(acks.acked.size() >= killAfter);

    // Every acknowledged message is there, complete, in each directory it belongs to.
    const QString drop = mailroot + QStringLiteral("/vsi-1/Drop/");
    const QString queue = mailroot + QStringLiteral("/vsi-1/Queue/");
    for (auto it = acks.acked.cbegin(); it != acks.acked.cend(); ++it) {
        const quint64 n = it.value();
        for (const bool local : {true, false}) {
            const bool expected = local ? SpoolCrash::hasLocal(n) : SpoolCrash::hasRelay(n);
            bool exists = false;
            const QByteArray content =
                readFile((local ? drop : queue) + it.key() + QStringLiteral(".eml"), &exists);
            QVERIFY2(exists == expected,
                     qPrintable(QStringLiteral("%1 (seq %2) in %3: exists %4")
                                    .arg(it.key())
                                    .arg(n)
                                    .arg(local ? drop : queue)
                                    .arg(exists)));
            if (expected)
                QVERIFY2(content == SpoolCrash::expectedFile(n, local), qPrintable(it.key()));
        }
    }

    // No file under a final name is incomplete, acknowledged or not.
    int finalFiles = 0;
    int leftovers = 0;
    for (const bool local : {true, false}) {
        QDir directory(local ? drop : queue);
        const QStringList names = directory.entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : names) {
            if (name.startsWith(QLatin1String(".tmp-"))) {
                ++leftovers;
                continue;
            }
            ++finalFiles;
            bool exists = false;
            const QByteArray content = readFile(directory.filePath(name), &exists);
            const qint64 n = SpoolCrash::sequenceOf(content);
            QVERIFY2(n >= 0, qPrintable(name));
            QVERIFY2(content == SpoolCrash::expectedFile(quint64(n), local), qPrintable(name));
        }
    }
    qInfo("%lld acknowledged, %d complete files, %d temporary leftovers", qint64(acks.acked.size()),
          finalFiles, leftovers);

    // A new spool removes the leftovers and keeps every message.
    Spool spool(mailroot);
    QString error;
    QVERIFY2(spool.prepare({1}, &error), qPrintable(error));
    QCOMPARE(QDir(drop).entryList({QStringLiteral(".tmp-*")}, QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(QDir(queue).entryList({QStringLiteral(".tmp-*")}, QDir::Files | QDir::Hidden).size(), 0);
    QCOMPARE(QDir(drop).entryList(QDir::Files).size() + QDir(queue).entryList(QDir::Files).size(),
             finalFiles);
    // ... and leaves no file there that its size attribute shows incomplete (a process crash
    // leaves complete files in the page cache; a power cut could leave short ones, which
    // prepare() would have moved to Badmail).
    for (const QString &directory : {drop, queue}) {
        const QStringList names = QDir(directory).entryList(QDir::Files);
        for (const QString &name : names)
            QVERIFY2(spoolIsComplete(QFile::encodeName(directory + name)), qPrintable(directory + name));
    }
    QCOMPARE(QDir(mailroot + QStringLiteral("/vsi-1/Badmail")).entryList(QDir::Files).size(), 0);
}

QTEST_GUILESS_MAIN(TestSpoolCrash)
#include "tst_spoolcrash.moc"

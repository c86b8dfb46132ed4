// Issue 3, item 4: a SIGKILL at any moment loses no message that the spool reported durable.
// A child process stores messages in a loop and acknowledges each durable one on stdout; the test
// kills it after a random number of acknowledgements and checks every acknowledged message byte
// for byte, and that no file under a final name is incomplete; then that a new spool keeps every
// message exactly once (finishing what was left in its pool of pre-created files). A second test
// kills the child at each step of a write into pre-created files.
#include "spool.h"
#include "spoolcrash_message.h"
#include "spoolwriter.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace RelayDesk;

class TestSpoolCrash final : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoAcknowledgedMessage_data();
    void killedWriterLosesNoAcknowledgedMessage();
    void killedInsideAPooledWrite_data();
    void killedInsideAPooledWrite();
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

// The final-named files of Drop and Queue: every one must be a complete message of the test, at
// most once in each directory. Temporary and pooled files are counted apart.
struct FinalFiles
{
    int count = 0;
    int temporary = 0;
    int pooled = 0;
    QSet<QString> names; // "Drop/<name>"
    QList<quint64> sequences; // one entry per file
    QSet<QString> messages; // "Drop/<sequence>"
    QStringList poolPaths; // of the pooled files
};

void checkFinalFiles(const QString &drop, const QString &queue, FinalFiles *result)
{
    FinalFiles &files = *result;
    for (const bool local : {true, false}) {
        QDir directory(local ? drop : queue);
        QSet<qint64> seen;
        const QStringList names = directory.entryList(QDir::Files | QDir::Hidden);
        for (const QString &name : names) {
            if (name.startsWith(QLatin1String(".tmp-"))) {
                ++files.temporary;
                continue;
            }
            if (name.startsWith(QLatin1String(SpoolPoolPrefix))) {
                ++files.pooled;
                files.poolPaths.append(directory.filePath(name));
                continue;
            }
            ++files.count;
            files.names.insert((local ? QStringLiteral("Drop/") : QStringLiteral("Queue/")) + name);
            bool exists = false;
            const QByteArray content = readFile(directory.filePath(name), &exists);
            const qint64 n = SpoolCrash::sequenceOf(content);
            QVERIFY2(n >= 0, qPrintable(name));
            QVERIFY2(content == SpoolCrash::expectedFile(quint64(n), local), qPrintable(name));
            QVERIFY2(!seen.contains(n),
                     qPrintable(QStringLiteral("message %1 twice in %2").arg(n).arg(directory.path())));
            seen.insert(n);
            files.sequences.append(quint64(n));
            files.messages.insert((local ? QStringLiteral("Drop/") : QStringLiteral("Queue/"))
                                  + QString::number(n));
        }
    }
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
    FinalFiles before;
    checkFinalFiles(drop, queue, &before);
    if (QTest::currentTestFailed())
        return;
    qInfo("%lld acknowledged, %d complete files, %d temporary leftovers, %d pooled files",
          qint64(acks.acked.size()), before.count, before.temporary, before.pooled);

    // A new spool removes the leftovers, gives complete pooled files their final names, and keeps
    // every message once.
    Spool spool(mailroot);
    QString error;
    QVERIFY2(spool.prepare({1}, &error), qPrintable(error));
    FinalFiles after;
    checkFinalFiles(drop, queue, &after);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(after.temporary, 0);
    for (const QString &path :
         std::as_const(before.poolPaths)) // renamed or removed (the new spool has its own)
        QVERIFY2(!QFile::exists(path), qPrintable(path));
    QVERIFY(after.count >= before.count);
    QVERIFY(after.count <= before.count + before.pooled);
    for (const QString &name : before.names)
        QVERIFY2(after.names.contains(name), qPrintable(name));
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

// A deterministic crash inside the write of a message into pooled files: strace stops the child
// with SIGKILL on entering the n-th call of one system call (which then does not run). prepare()
// fills the pools; message 0 is local only, 1 relay only, 2 has both kinds of recipient and is
// written Drop's file first, then Queue's: writev 3 and 4, fsetxattr 3 and 4, renameat2 3 and 4. Whatever the
// step, no acknowledged message is lost, nothing is left twice, and each file of message 2 is either complete
// under its final name or gone: a pooled file is delivered once it is complete (its client was never told
// 250, and an SMTP client sends such a message again; the two-commit order can leave one of the two files
// too).
void TestSpoolCrash::killedInsideAPooledWrite_data()
{
    QTest::addColumn<QString>("syscall");
    QTest::addColumn<int>("call");
    QTest::addColumn<int>("delivered"); // files of message 2 after the restart
    QTest::newRow("before its data") << QStringLiteral("writev") << 3 << 0;
    QTest::newRow("between data and mark") << QStringLiteral("fsetxattr") << 3 << 0;
    QTest::newRow("between the two files") << QStringLiteral("writev") << 4 << 1;
    QTest::newRow("synced, not renamed") << QStringLiteral("renameat2") << 3 << 2;
    QTest::newRow("one of two renamed") << QStringLiteral("renameat2") << 4 << 2;
}

void TestSpoolCrash::killedInsideAPooledWrite()
{
    QFETCH(QString, syscall);
    QFETCH(int, call);
    QFETCH(int, delivered);
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        QSKIP("strace is not installed");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mailroot = dir.filePath(QStringLiteral("mailroot"));
    Acknowledgements acks;
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RELAYDESK_SPOOL_SYNC"), QStringLiteral("file"));
    environment.insert(QStringLiteral("RELAYDESK_SPOOL_ORDER"), QStringLiteral("safe"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&child, &QProcess::readyReadStandardOutput, this,
            [&] { acks.feed(child.readAllStandardOutput()); });
    const QString inject = QStringLiteral("inject=%1:error=EIO:signal=KILL:when=%2").arg(syscall).arg(call);
    child.start(strace,
                {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                 QStringLiteral("/dev/null"), QStringLiteral("-e"), QStringLiteral("trace=%1").arg(syscall),
                 QStringLiteral("-e"), inject, QStringLiteral(SPOOLCRASH_CHILD_PATH), mailroot,
                 QStringLiteral("1"), QStringLiteral("10")});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
    QVERIFY(child.waitForFinished(60000));
    acks.feed(child.readAllStandardOutput());
    if (acks.acked.isEmpty() && child.exitCode() != 0 && !QDir(mailroot).exists())
        QSKIP("strace cannot trace here (no ptrace?)");
    QVERIFY2(acks.failures.isEmpty(), qPrintable(acks.failures.join(QLatin1Char('\n'))));
    QVERIFY2(acks.strayLines.isEmpty(), qPrintable(acks.strayLines.join(QLatin1Char('\n'))));
    // Killed in message 2: 0 and 1 were acknowledged, nothing after.
    QCOMPARE(QSet<quint64>(acks.acked.cbegin(), acks.acked.cend()), (QSet<quint64>{0, 1}));

    const QString drop = mailroot + QStringLiteral("/vsi-1/Drop/");
    const QString queue = mailroot + QStringLiteral("/vsi-1/Queue/");
    FinalFiles before;
    checkFinalFiles(drop, queue, &before);
    QVERIFY(before.pooled > 0);
    Spool spool(mailroot);
    QString error;
    QVERIFY2(spool.prepare({1}, &error), qPrintable(error));
    FinalFiles files;
    checkFinalFiles(drop, queue, &files);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(files.temporary, 0);
    for (const QString &path : std::as_const(before.poolPaths))
        QVERIFY2(!QFile::exists(path), qPrintable(path));
    for (auto it = acks.acked.cbegin(); it != acks.acked.cend(); ++it)
        QVERIFY(files.sequences.contains(it.value()));
    QCOMPARE(int(files.sequences.count(2)), delivered);
    QCOMPARE(files.count, 2 + delivered);
    if (delivered == 1)
        QVERIFY(files.messages.contains(QStringLiteral("Drop/2"))); // written first
    QCOMPARE(QDir(mailroot + QStringLiteral("/vsi-1/Badmail")).entryList(QDir::Files).size(), 0);
}

QTEST_GUILESS_MAIN(TestSpoolCrash)
#include "tst_spoolcrash.moc"

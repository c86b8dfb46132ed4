#include "spool.h"
#include "spoolwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cstring>
#include <sys/xattr.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace RelayDesk;

namespace {

struct Outcome
{
    QString id;
    bool ok = false;
    QString error;
};

// Collects what the spool reports, in the order the callbacks run.
struct Outcomes
{
    QList<Outcome> list;
    QHash<QString, int> calls;

    Spool::Done recorder(const QSharedPointer<QString> &id)
    {
        return [this, id](bool ok, const QString &error) {
            list.append({*id, ok, error});
            ++calls[*id];
        };
    }

    QString store(Spool &spool, const SpooledMessage &message)
    {
        auto id = QSharedPointer<QString>::create();
        *id = spool.store(message, recorder(id));
        return *id;
    }
};

SpooledMessage message(const QStringList &local, const QStringList &relay, const QByteArray &data)
{
    SpooledMessage m;
    m.sender = QStringLiteral("alice@example.org");
    m.localRecipients = local;
    m.relayRecipients = relay;
    m.receivedHeader = "Received: from client.example ([192.0.2.7])\r\n\tby relay.example with ESMTP; "
                       "Mon, 23 Nov 2026 18:00:00 +0000\r\n";
    m.data = data;
    m.client = QHostAddress(QStringLiteral("192.0.2.7"));
    m.received = QDateTime(QDate(2026, 11, 23), QTime(18, 0), Qt::UTC);
    return m;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return file.readAll();
}

// Every file of the directory but the spool's pool of pre-created (empty) files.
QStringList filesIn(const QString &directory)
{
    QStringList names = QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    names.removeIf([](const QString &name) { return name.startsWith(QLatin1String(SpoolPoolPrefix)); });
    return names;
}

QStringList poolFilesIn(const QString &directory)
{
    return QDir(directory).entryList({QLatin1String(SpoolPoolPrefix) + QLatin1Char('*')},
                                     QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

const QByteArray Body("Subject: hello\r\nFrom: alice@example.org\r\n\r\nHi.\r\n");

// Closed-loop producers: each stores its next message as soon as the previous one is durable, as
// SMTP sessions do while they wait for the 250.
class Load
{
public:
    Load(Spool *spool, const SpooledMessage &message, int total)
        : m_spool(spool)
        , m_message(message)
        , m_total(total)
        , m_remaining(total)
    { }

    void start(int producers)
    {
        for (int i = 0; i < producers; ++i)
            next();
    }

    int completed = 0;
    int failed = 0;
    std::function<void()> finished;

private:
    void next()
    {
        if (m_remaining == 0)
            return;
        --m_remaining;
        m_spool->store(m_message, [this](bool ok, const QString &) {
            ++completed;
            if (!ok)
                ++failed;
            if (completed == m_total && finished)
                finished();
            next();
        });
    }

    Spool *m_spool;
    SpooledMessage m_message;
    int m_total;
    int m_remaining;
};

} // namespace

class TestSpool final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void prepareCreatesTheLayout();
    void prepareRemovesLeftovers();
    void prepareRefusesAFileInTheWay();
    void localMessageLandsInDrop_data();
    void localMessageLandsInDrop();
    void relayMessageLandsInQueue();
    void bothKindsMakeTwoFiles();
    void filesCarryTheirSize();
    void syncFirstFilesCarryNoSize();
    void prepareChoosesTheOrderFromTheFileSystem();
    void prepareMovesIncompleteFilesToBadmail();
    void syncFirstWritesIntoPreCreatedFiles();
    void poolIsRefilled();
    void prepareFinishesPooledFiles();
    void prepareLeavesTheLivePoolAlone();
    void nullSenderAndMissingFinalCrlf();
    void usesTheIdTheSessionChose();
    void idsAreUniqueAndCallbacksRunOnceInOrder();
    void failsWhenDropIsAFile();
    void failsWhenTheDiskIsFull();
    void refusesLineBreaksInTheEnvelope();
    void unpreparedInstanceFails();
    void flushAndDestructorDrain();
    void throughput_data();
    void throughput();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mailroot;
};

void TestSpool::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_mailroot = m_dir->filePath(QStringLiteral("data/mailroot"));
}

void TestSpool::prepareCreatesTheLayout()
{
    Spool spool(m_mailroot);
    QCOMPARE(spool.mailroot(), m_mailroot);
    QString error;
    QVERIFY2(spool.prepare({1, 3}, &error), qPrintable(error));
    for (const int n : {1, 3}) {
        for (const char *name : {"Drop", "Queue", "Pickup", "Badmail"}) {
            const QString path = m_mailroot + QStringLiteral("/vsi-%1/").arg(n) + QLatin1String(name);
            struct stat status
            {
            };
            QVERIFY2(::stat(QFile::encodeName(path).constData(), &status) == 0, qPrintable(path));
            QVERIFY(S_ISDIR(status.st_mode));
            QCOMPARE(status.st_mode & 0777, 0700u);
        }
    }
    QVERIFY(!QDir(m_mailroot + QStringLiteral("/vsi-2")).exists());
    QVERIFY2(spool.prepare({1, 3}, &error), qPrintable(error)); // idempotent
}

void TestSpool::prepareRemovesLeftovers()
{
    {
        Spool spool(m_mailroot);
        QVERIFY(spool.prepare({1}, nullptr));
    }
    const QString drop = m_mailroot + QStringLiteral("/vsi-1/Drop/");
    const QString queue = m_mailroot + QStringLiteral("/vsi-1/Queue/");
    const QString pickup = m_mailroot + QStringLiteral("/vsi-1/Pickup/");
    const QStringList paths{drop + QStringLiteral(".tmp-20261123T180000-000001-42.eml"),
                            queue + QStringLiteral(".tmp-20261123T180000-000002-42.eml"),
                            drop + QStringLiteral("20261123T180000-000003-42.eml"),
                            pickup + QStringLiteral(".tmp-users-own.eml")};
    for (const QString &path : paths) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("partial");
    }
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    QCOMPARE(filesIn(drop), QStringList{QStringLiteral("20261123T180000-000003-42.eml")});
    QCOMPARE(filesIn(queue), QStringList());
    QCOMPARE(filesIn(pickup), QStringList{QStringLiteral(".tmp-users-own.eml")}); // not the spool's
}

void TestSpool::prepareRefusesAFileInTheWay()
{
    QVERIFY(QDir().mkpath(m_mailroot + QStringLiteral("/vsi-1")));
    QFile blocker(m_mailroot + QStringLiteral("/vsi-1/Queue"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Spool spool(m_mailroot);
    QString error;
    QVERIFY(!spool.prepare({1}, &error));
    QVERIFY2(error.contains(QLatin1String("vsi-1/Queue")) && error.contains(QLatin1String("not a directory")),
             qPrintable(error));
}

void TestSpool::localMessageLandsInDrop_data()
{
    QTest::addColumn<Spool::SyncMode>("mode");
    QTest::newRow("syncfs") << Spool::SyncMode::PerFilesystem;
    QTest::newRow("fdatasync") << Spool::SyncMode::PerFile;
    QTest::newRow("adaptive") << Spool::SyncMode::Adaptive;
}

void TestSpool::localMessageLandsInDrop()
{
    QFETCH(Spool::SyncMode, mode);
    Spool spool(m_mailroot);
    spool.setSyncMode(mode);
    QCOMPARE(spool.syncMode(), mode);
    QVERIFY(spool.prepare({2}, nullptr));
    SpooledMessage m =
        message({QStringLiteral("bob@example.com"), QStringLiteral("carol@example.com")}, {}, Body);
    m.virtualServerInstance = 2;
    Outcomes outcomes;
    const QString id = outcomes.store(spool, m);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{8}T\\d{6}-\\d{6}-\\d+$")).match(id).hasMatch());
    QCOMPARE(spool.pending(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 1, 10000);
    QCOMPARE(spool.pending(), 0);
    QVERIFY2(outcomes.list.at(0).ok, qPrintable(outcomes.list.at(0).error));
    QCOMPARE(outcomes.list.at(0).id, id);

    const QString drop = m_mailroot + QStringLiteral("/vsi-2/Drop/");
    QCOMPARE(filesIn(drop), QStringList{id + QStringLiteral(".eml")});
    QCOMPARE(readAll(drop + id + QStringLiteral(".eml")),
             QByteArray("X-Sender: alice@example.org\r\n"
                        "X-Receiver: bob@example.com\r\n"
                        "X-Receiver: carol@example.com\r\n"
                        "Received: from client.example ([192.0.2.7])\r\n"
                        "\tby relay.example with ESMTP; Mon, 23 Nov 2026 18:00:00 +0000\r\n"
                        "Subject: hello\r\nFrom: alice@example.org\r\n\r\nHi.\r\n"));
    QCOMPARE(QFileInfo(drop + id + QStringLiteral(".eml")).permissions() & 0x0077,
             QFileDevice::Permissions());
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-2/Queue")), QStringList());
}

void TestSpool::relayMessageLandsInQueue()
{
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    Outcomes outcomes;
    const QString id = outcomes.store(spool, message({}, {QStringLiteral("dave@example.net")}, Body));
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 1, 10000);
    QVERIFY(outcomes.list.at(0).ok);
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Drop")), QStringList());
    QCOMPARE(readAll(m_mailroot + QStringLiteral("/vsi-1/Queue/") + id + QStringLiteral(".eml")),
             "X-Sender: alice@example.org\r\nX-Receiver: dave@example.net\r\n"
                 + message({}, {}, {}).receivedHeader + Body);
}

void TestSpool::filesCarryTheirSize()
{
    Spool spool(m_mailroot);
    spool.setWriteOrder(Spool::WriteOrder::RenameFirst);
    QVERIFY(spool.prepare({1}, nullptr));
    QCOMPARE(spool.writeOrder(), Spool::WriteOrder::RenameFirst);
    Outcomes outcomes;
    const QString id = outcomes.store(spool, message({}, {QStringLiteral("dave@example.net")}, Body));
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 1, 10000);
    QVERIFY(outcomes.list.at(0).ok);
    const QString path = m_mailroot + QStringLiteral("/vsi-1/Queue/") + id + QStringLiteral(".eml");
    char value[32] = {};
    const ssize_t length =
        ::getxattr(QFile::encodeName(path).constData(), SpoolSizeAttribute, value, sizeof value - 1);
    if (length < 0 && errno == ENOTSUP)
        QSKIP("this file system has no extended attributes: the spool syncs before it renames");
    QVERIFY(length > 0);
    QCOMPARE(QByteArray(value, int(length)).toLongLong(), QFileInfo(path).size());
    QVERIFY(spoolIsComplete(QFile::encodeName(path)));
}

void TestSpool::syncFirstFilesCarryNoSize()
{
    Spool spool(m_mailroot);
    spool.setWriteOrder(Spool::WriteOrder::SyncFirst);
    QVERIFY(spool.prepare({1}, nullptr));
    QCOMPARE(spool.writeOrder(), Spool::WriteOrder::SyncFirst);
    Outcomes outcomes;
    const QString id = outcomes.store(spool, message({QStringLiteral("bob@example.com")}, {}, Body));
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 1, 10000);
    QVERIFY(outcomes.list.at(0).ok);
    const QByteArray path =
        QFile::encodeName(m_mailroot + QStringLiteral("/vsi-1/Drop/") + id + QStringLiteral(".eml"));
    char value[32] = {};
    QCOMPARE(::getxattr(path.constData(), SpoolSizeAttribute, value, sizeof value), ssize_t(-1));
    QVERIFY(spoolIsComplete(path)); // an unmarked file was durable before it took its name
}

void TestSpool::prepareChoosesTheOrderFromTheFileSystem()
{
    if (qEnvironmentVariableIsSet("RELAYDESK_SPOOL_ORDER"))
        QSKIP("RELAYDESK_SPOOL_ORDER fixes the order");
    Spool spool(m_mailroot);
    QCOMPARE(spool.writeOrder(), Spool::WriteOrder::SyncFirst); // until prepare() has looked
    QVERIFY(spool.prepare({1}, nullptr));
    QString why;
    const bool renameFirst = Spool::renameFirstIsSafeOn(m_mailroot, &why);
    QVERIFY(!why.isEmpty());
    qInfo("%s", qPrintable(why));
    QCOMPARE(spool.writeOrder(), renameFirst ? Spool::WriteOrder::RenameFirst : Spool::WriteOrder::SyncFirst);
    QVERIFY(!Spool::renameFirstIsSafeOn(QStringLiteral("/proc"), &why));
    QVERIFY(!Spool::renameFirstIsSafeOn(m_mailroot + QStringLiteral("/missing"), &why));
}

void TestSpool::prepareMovesIncompleteFilesToBadmail()
{
    {
        Spool spool(m_mailroot);
        QVERIFY(spool.prepare({1}, nullptr));
    }
    // What a crash before the batch's sync can leave: a final name whose data is short of the
    // length recorded before the rename. A complete file and an unmarked one stay.
    const QString drop = m_mailroot + QStringLiteral("/vsi-1/Drop/");
    for (const auto &[name, size] : {std::pair{"short.eml", "4000"}, std::pair{"whole.eml", "5"}}) {
        QFile file(drop + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        if (::setxattr(QFile::encodeName(file.fileName()).constData(), SpoolSizeAttribute, size,
                       std::strlen(size), 0)
            != 0)
            QSKIP("this file system has no extended attributes");
    }
    QFile unmarked(drop + QStringLiteral("unmarked.eml"));
    QVERIFY(unmarked.open(QIODevice::WriteOnly));
    unmarked.close();

    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    QCOMPARE(filesIn(drop), (QStringList{QStringLiteral("unmarked.eml"), QStringLiteral("whole.eml")}));
    QVERIFY(QFile::exists(m_mailroot + QStringLiteral("/vsi-1/Badmail/incomplete-short.eml")));
}

namespace {

// A pooled file as the writer leaves it after its sync: the bytes, and the pool attribute that
// names their length, checksum and final name (built here from the layout of spoolwriter.h).
bool writePooledFile(const QString &path, const QByteArray &content, const QByteArray &attribute)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return false;
    file.close();
    return attribute.isEmpty()
        || ::setxattr(QFile::encodeName(path).constData(), SpoolPoolAttribute, attribute.constData(),
                      size_t(attribute.size()), 0)
        == 0;
}

QByteArray poolAttribute(const QByteArray &content, const QByteArray &finalName)
{
    return QByteArray::number(content.size()) + ' '
        + QCryptographicHash::hash(content, QCryptographicHash::Blake2b_256).toHex() + ' ' + finalName;
}

QByteArray poolAttributeOf(const QString &path)
{
    char value[512] = {};
    const ssize_t length =
        ::getxattr(QFile::encodeName(path).constData(), SpoolPoolAttribute, value, sizeof value);
    return length < 0 ? QByteArray() : QByteArray(value, int(length));
}

} // namespace

// In the sync-first order the writer keeps a pool of empty files whose names are durable, filled
// by prepare(): a message goes into a pooled file (one sync) and takes its final name at once,
// marked with its length, checksum and name. The pool is removed with the spool.
void TestSpool::syncFirstWritesIntoPreCreatedFiles()
{
    const QString drop = m_mailroot + QStringLiteral("/vsi-1/Drop/");
    const QString queue = m_mailroot + QStringLiteral("/vsi-1/Queue/");
    {
        Spool spool(m_mailroot);
        spool.setWriteOrder(Spool::WriteOrder::SyncFirst);
        spool.setSyncMode(Spool::SyncMode::PerFile);
        QVERIFY(spool.prepare({1}, nullptr));
        const QStringList poolBefore = poolFilesIn(drop);
        QCOMPARE(poolBefore.size(), int(SpoolDirectories::PoolSize));
        QCOMPARE(poolFilesIn(queue).size(), int(SpoolDirectories::PoolSize));
        for (const QString &name : poolBefore) {
            QCOMPARE(QFileInfo(drop + name).size(), 0);
            QVERIFY2(name.startsWith(QLatin1String(SpoolPoolPrefix)), qPrintable(name));
        }
        if (::setxattr(QFile::encodeName(drop + poolBefore.first()).constData(), "user.relaydesk.probe", "1",
                       1, 0)
            != 0)
            QSKIP("this file system has no extended attributes: no pre-created files");
        ::removexattr(QFile::encodeName(drop + poolBefore.first()).constData(), "user.relaydesk.probe");

        Outcomes outcomes;
        const SpooledMessage m = message({QStringLiteral("carol@example.com")}, {}, Body);
        const QString id = outcomes.store(spool, m);
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 1, 10000);
        QVERIFY2(outcomes.list.at(0).ok, qPrintable(outcomes.list.at(0).error));
        // One pooled file fewer (no refill above the low mark), and the message under its name.
        const QStringList poolAfter = poolFilesIn(drop);
        QCOMPARE(poolAfter.size(), poolBefore.size() - 1);
        for (const QString &name : poolAfter)
            QVERIFY(poolBefore.contains(name));
        const QString path = drop + id + QStringLiteral(".eml");
        const QByteArray expected =
            "X-Sender: alice@example.org\r\nX-Receiver: carol@example.com\r\n" + m.receivedHeader + Body;
        QCOMPARE(readAll(path), expected);
        QCOMPARE(poolAttributeOf(path), poolAttribute(expected, id.toLatin1() + ".eml"));
        QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        char value[32] = {};
        QCOMPARE(::getxattr(QFile::encodeName(path).constData(), SpoolSizeAttribute, value, sizeof value),
                 ssize_t(-1));
        QVERIFY(spoolIsComplete(QFile::encodeName(path)));
        QCOMPARE(filesIn(drop), QStringList{id + QStringLiteral(".eml")});
    }
    QCOMPARE(poolFilesIn(drop), QStringList()); // the spare files go with the spool
    QCOMPARE(poolFilesIn(queue), QStringList());
    QCOMPARE(filesIn(drop).size(), 1);
}

// When the pool runs low, the spool's own thread tops it up again.
void TestSpool::poolIsRefilled()
{
    Spool spool(m_mailroot);
    spool.setWriteOrder(Spool::WriteOrder::SyncFirst);
    QVERIFY(spool.prepare({1}, nullptr));
    const QString queue = m_mailroot + QStringLiteral("/vsi-1/Queue/");
    const QStringList first = poolFilesIn(queue);
    QCOMPARE(first.size(), int(SpoolDirectories::PoolSize));
    Outcomes outcomes;
    // Down to the low mark exactly: the last message starts one refill, the others none.
    const int count = int(SpoolDirectories::PoolSize - SpoolDirectories::PoolLow);
    for (int i = 0; i < count; ++i) {
        outcomes.store(spool, message({}, {QStringLiteral("dave@example.net")}, Body));
        spool.flush(); // one at a time, so that each takes a pooled file
    }
    QCOMPARE(outcomes.list.size(), count);
    for (const Outcome &o : std::as_const(outcomes.list))
        QVERIFY2(o.ok, qPrintable(o.error));
    QTRY_COMPARE_WITH_TIMEOUT(poolFilesIn(queue).size(), int(SpoolDirectories::PoolSize), 10000);
    int fresh = 0;
    for (const QString &name : poolFilesIn(queue))
        fresh += first.contains(name) ? 0 : 1;
    QCOMPARE(fresh, count); // exactly the used ones were replaced
    QCOMPARE(filesIn(queue).size(), count);
}

// What a crash can leave of the pool, and what the next start makes of it.
void TestSpool::prepareFinishesPooledFiles()
{
    {
        Spool spool(m_mailroot);
        QVERIFY(spool.prepare({1}, nullptr));
    }
    const QString drop = m_mailroot + QStringLiteral("/vsi-1/Drop/");
    const QString queue = m_mailroot + QStringLiteral("/vsi-1/Queue/");
    const QString badmail = m_mailroot + QStringLiteral("/vsi-1/Badmail/");
    const QByteArray complete = "X-Sender: a@example.org\r\nX-Receiver: b@example.com\r\n\r\nsynced\r\n";
    // Synced, not renamed: takes its final name.
    if (!writePooledFile(drop + QStringLiteral(".pool-1-1"), complete, poolAttribute(complete, "done.eml")))
        QSKIP("this file system has no extended attributes");
    // The same in Queue, for a message with both kinds of recipient.
    QVERIFY(
        writePooledFile(queue + QStringLiteral(".pool-1-2"), complete, poolAttribute(complete, "done.eml")));
    // Never used, or used and the crash came before its data: removed.
    QVERIFY(writePooledFile(drop + QStringLiteral(".pool-1-3"), QByteArray(), QByteArray()));
    QVERIFY(writePooledFile(drop + QStringLiteral(".pool-1-4"), complete, QByteArray()));
    // The length grew but the data did not all arrive: removed.
    QByteArray torn = complete;
    torn.replace("synced", "\0\0\0\0\0\0");
    QVERIFY(writePooledFile(drop + QStringLiteral(".pool-1-5"), torn, poolAttribute(complete, "torn.eml")));
    QVERIFY(writePooledFile(drop + QStringLiteral(".pool-1-6"), complete.left(20),
                            poolAttribute(complete, "short.eml")));
    // An attribute naming no plain spool file: removed, nothing written elsewhere.
    QVERIFY(writePooledFile(drop + QStringLiteral(".pool-1-7"), complete,
                            poolAttribute(complete, "../escape.eml")));
    // A rename half done on disk (both names): the pooled name goes.
    QVERIFY(writePooledFile(drop + QStringLiteral("linked.eml"), complete,
                            poolAttribute(complete, "linked.eml")));
    QCOMPARE(::link(QFile::encodeName(drop + QStringLiteral("linked.eml")).constData(),
                    QFile::encodeName(drop + QStringLiteral(".pool-1-8")).constData()),
             0);
    // Its final name taken by another file: kept in Badmail, the other file untouched.
    QVERIFY(writePooledFile(drop + QStringLiteral("taken.eml"), "another message\r\n", QByteArray()));
    QVERIFY(
        writePooledFile(drop + QStringLiteral(".pool-1-9"), complete, poolAttribute(complete, "taken.eml")));

    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    for (const QString &directory : {drop, queue}) { // the new spool's pool has names of its own
        for (const QString &name : poolFilesIn(directory))
            QVERIFY2(!name.startsWith(QLatin1String(".pool-1-")), qPrintable(directory + name));
    }
    QCOMPARE(
        filesIn(drop),
        (QStringList{QStringLiteral("done.eml"), QStringLiteral("linked.eml"), QStringLiteral("taken.eml")}));
    QCOMPARE(filesIn(queue), QStringList{QStringLiteral("done.eml")});
    QCOMPARE(readAll(drop + QStringLiteral("done.eml")), complete);
    QCOMPARE(readAll(queue + QStringLiteral("done.eml")), complete);
    QCOMPARE(readAll(drop + QStringLiteral("linked.eml")), complete);
    QCOMPARE(readAll(drop + QStringLiteral("taken.eml")), QByteArray("another message\r\n"));
    QCOMPARE(filesIn(badmail), QStringList{QStringLiteral("duplicate-taken.eml")});
    QCOMPARE(readAll(badmail + QStringLiteral("duplicate-taken.eml")), complete);
    QVERIFY(!QFile::exists(m_mailroot + QStringLiteral("/vsi-1/escape.eml")));

    // Idempotent: a second start changes nothing.
    Spool again(m_mailroot);
    QVERIFY(again.prepare({1}, nullptr));
    QCOMPARE(filesIn(drop).size(), 3);
    QCOMPARE(filesIn(badmail).size(), 1);
}

// prepare() for an instance the running spool has already written to leaves that spool's own
// pool alone (only an earlier process's pooled files are leftovers).
void TestSpool::prepareLeavesTheLivePoolAlone()
{
    {
        Spool other(m_mailroot);
        QVERIFY(other.prepare({2}, nullptr));
    }
    Spool spool(m_mailroot);
    spool.setWriteOrder(Spool::WriteOrder::SyncFirst);
    QVERIFY(spool.prepare({1}, nullptr));
    SpooledMessage m = message({QStringLiteral("bob@example.com")}, {}, Body);
    m.virtualServerInstance = 2; // its directories exist, though this spool has not prepared it
    Outcomes outcomes;
    outcomes.store(spool, m);
    const QString drop = m_mailroot + QStringLiteral("/vsi-2/Drop/");
    QTRY_COMPARE_WITH_TIMEOUT(poolFilesIn(drop).size(), int(SpoolDirectories::PoolSize), 10000);
    const QStringList pool = poolFilesIn(drop);
    QVERIFY(spool.prepare({1, 2}, nullptr));
    QCOMPARE(poolFilesIn(drop), pool);
    const QString id = outcomes.store(spool, m);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 2, 10000);
    QVERIFY2(outcomes.list.at(1).ok, qPrintable(outcomes.list.at(1).error));
    QVERIFY(readAll(drop + id + QStringLiteral(".eml")).endsWith(Body));
}

void TestSpool::bothKindsMakeTwoFiles()
{
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    Outcomes outcomes;
    const SpooledMessage m =
        message({QStringLiteral("bob@example.com")},
                {QStringLiteral("dave@example.net"), QStringLiteral("erin@example.net")}, Body);
    const QString id = outcomes.store(spool, m);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 1, 10000);
    QVERIFY(outcomes.list.at(0).ok);
    QCOMPARE(readAll(m_mailroot + QStringLiteral("/vsi-1/Drop/") + id + QStringLiteral(".eml")),
             "X-Sender: alice@example.org\r\nX-Receiver: bob@example.com\r\n" + m.receivedHeader + Body);
    QCOMPARE(readAll(m_mailroot + QStringLiteral("/vsi-1/Queue/") + id + QStringLiteral(".eml")),
             "X-Sender: alice@example.org\r\nX-Receiver: dave@example.net\r\nX-Receiver: erin@example.net\r\n"
                 + m.receivedHeader + Body);
}

void TestSpool::nullSenderAndMissingFinalCrlf()
{
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    SpooledMessage m =
        message({QStringLiteral("bob@example.com")}, {}, "Subject: x\r\n\r\nno final line break");
    m.sender.clear();
    m.receivedHeader = "Received: from a by b"; // the spool ends it too
    Outcomes outcomes;
    const QString id = outcomes.store(spool, m);
    SpooledMessage empty = m;
    empty.data.clear();
    const QString emptyId = outcomes.store(spool, empty);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 2, 10000);
    QVERIFY(outcomes.list.at(0).ok && outcomes.list.at(1).ok);
    QCOMPARE(readAll(m_mailroot + QStringLiteral("/vsi-1/Drop/") + id + QStringLiteral(".eml")),
             QByteArray("X-Sender: <>\r\nX-Receiver: bob@example.com\r\nReceived: from a by b\r\n"
                        "Subject: x\r\n\r\nno final line break\r\n"));
    QCOMPARE(readAll(m_mailroot + QStringLiteral("/vsi-1/Drop/") + emptyId + QStringLiteral(".eml")),
             QByteArray("X-Sender: <>\r\nX-Receiver: bob@example.com\r\nReceived: from a by b\r\n"));
}

void TestSpool::usesTheIdTheSessionChose()
{
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    SpooledMessage m = message({QStringLiteral("bob@example.com")}, {}, Body);
    m.id = Spool::newMessageId();
    QVERIFY(m.id != Spool::newMessageId());
    Outcomes outcomes;
    QCOMPARE(outcomes.store(spool, m), m.id);
    SpooledMessage again = m; // the same id twice never replaces the stored file (EEXIST at create or rename)
    again.data = "Subject: other\r\n";
    outcomes.store(spool, again);
    SpooledMessage escaping = m;
    escaping.id = QStringLiteral("../../evil");
    outcomes.store(spool, escaping);
    SpooledMessage hidden = m;
    hidden.id = QStringLiteral(".tmp-x");
    outcomes.store(spool, hidden);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 4, 10000);
    QVERIFY(outcomes.list.at(0).ok);
    QVERIFY(!outcomes.list.at(1).ok);
    QVERIFY2(outcomes.list.at(1).error.endsWith(qt_error_string(EEXIST)),
             qPrintable(outcomes.list.at(1).error));
    QVERIFY(!outcomes.list.at(2).ok);
    QVERIFY(!outcomes.list.at(3).ok);
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Drop")), QStringList{m.id + QStringLiteral(".eml")});
    QVERIFY(
        readAll(m_mailroot + QStringLiteral("/vsi-1/Drop/") + m.id + QStringLiteral(".eml")).endsWith(Body));
}

void TestSpool::idsAreUniqueAndCallbacksRunOnceInOrder()
{
    constexpr int Count = 10000;
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    Spool second(m_mailroot); // a second spool of the same process shares the id counter
    Outcomes outcomes;
    QStringList ids;
    QSet<QString> unique;
    for (int i = 0; i < Count; ++i) {
        const SpooledMessage m =
            message({QStringLiteral("bob@example.com")}, {}, "Subject: " + QByteArray::number(i) + "\r\n");
        ids.append(outcomes.store(i % 10 == 0 ? second : spool, m));
        unique.insert(ids.last());
    }
    QCOMPARE(unique.size(), Count);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), Count, 120000);
    QCOMPARE(spool.pending(), 0);
    QCOMPARE(second.pending(), 0);
    QStringList completedOrder;
    QStringList firstSpoolOrder;
    for (const Outcome &o : std::as_const(outcomes.list)) {
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(outcomes.calls.value(o.id), 1);
        if (ids.indexOf(o.id) % 10 != 0)
            firstSpoolOrder.append(o.id);
    }
    // One writer per spool, batches in order: a spool completes its messages in the order it got them.
    QStringList expectedOrder;
    for (int i = 0; i < Count; ++i) {
        if (i % 10 != 0)
            expectedOrder.append(ids.at(i));
    }
    QCOMPARE(firstSpoolOrder, expectedOrder);
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Drop")).size(), Count);
}

void TestSpool::failsWhenDropIsAFile()
{
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    const QString drop = m_mailroot + QStringLiteral("/vsi-1/Drop");
    QVERIFY(QDir(drop).removeRecursively());
    QFile blocker(drop);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    Outcomes outcomes;
    const QString local = outcomes.store(spool, message({QStringLiteral("bob@example.com")}, {}, Body));
    const QString both = outcomes.store(
        spool, message({QStringLiteral("bob@example.com")}, {QStringLiteral("dave@example.net")}, Body));
    const QString relay = outcomes.store(spool, message({}, {QStringLiteral("dave@example.net")}, Body));
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 3, 10000);
    QCOMPARE(outcomes.list.at(0).id, local);
    QVERIFY(!outcomes.list.at(0).ok);
    QVERIFY2(outcomes.list.at(0).error.contains(QLatin1String("vsi-1/Drop")),
             qPrintable(outcomes.list.at(0).error));
    QCOMPARE(outcomes.list.at(1).id, both);
    QVERIFY(!outcomes.list.at(1).ok); // all or nothing: no Queue file either
    QCOMPARE(outcomes.list.at(2).id, relay);
    QVERIFY2(outcomes.list.at(2).ok, qPrintable(outcomes.list.at(2).error));
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Queue")),
             QStringList{relay + QStringLiteral(".eml")});
    QCOMPARE(spool.pending(), 0);
}

// A write that cannot complete (here a file size limit: EFBIG, as a full disk gives ENOSPC) fails
// the message and leaves no file behind, under either name.
void TestSpool::failsWhenTheDiskIsFull()
{
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    Outcomes outcomes;
    const QByteArray big = "Subject: big\r\n\r\n" + QByteArray(64 * 1024, 'x') + "\r\n";

    struct rlimit saved
    {
    };
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = 16 * 1024;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limited), 0);
    outcomes.store(spool,
                   message({QStringLiteral("bob@example.com")}, {QStringLiteral("dave@example.net")}, big));
    spool.flush();
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QCOMPARE(outcomes.list.size(), 1);
    QVERIFY(!outcomes.list.at(0).ok);
    QVERIFY2(outcomes.list.at(0).error.startsWith(QLatin1String("cannot write vsi-1/")),
             qPrintable(outcomes.list.at(0).error));
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Drop")), QStringList());
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Queue")), QStringList());

    const QString id =
        outcomes.store(spool, message({QStringLiteral("bob@example.com")}, {}, big)); // space again
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 2, 10000);
    QVERIFY(outcomes.list.at(1).ok);
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Drop")), QStringList{id + QStringLiteral(".eml")});
}

void TestSpool::refusesLineBreaksInTheEnvelope()
{
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    Outcomes outcomes;
    SpooledMessage injected =
        message({QStringLiteral("bob@example.com\r\nX-Receiver: eve@evil.example")}, {}, Body);
    SpooledMessage badSender = message({QStringLiteral("bob@example.com")}, {}, Body);
    badSender.sender = QStringLiteral("alice@example.org\nBcc: eve@evil.example");
    const SpooledMessage noRecipient = message({}, {}, Body);
    outcomes.store(spool, injected);
    outcomes.store(spool, badSender);
    outcomes.store(spool, noRecipient);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 3, 10000);
    for (const Outcome &o : std::as_const(outcomes.list))
        QVERIFY(!o.ok && !o.error.isEmpty());
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Drop")), QStringList());
}

void TestSpool::unpreparedInstanceFails()
{
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    SpooledMessage m = message({QStringLiteral("bob@example.com")}, {}, Body);
    m.virtualServerInstance = 7;
    Outcomes outcomes;
    outcomes.store(spool, m);
    QTRY_COMPARE_WITH_TIMEOUT(outcomes.list.size(), 1, 10000);
    QVERIFY(!outcomes.list.at(0).ok);
    QVERIFY2(outcomes.list.at(0).error.contains(QLatin1String("vsi-7/Drop")),
             qPrintable(outcomes.list.at(0).error));
}

void TestSpool::flushAndDestructorDrain()
{
    Outcomes outcomes;
    QStringList ids;
    {
        Spool spool(m_mailroot);
        QVERIFY(spool.prepare({1}, nullptr));
        for (int i = 0; i < 200; ++i)
            ids.append(outcomes.store(spool, message({QStringLiteral("bob@example.com")}, {}, Body)));
        spool.flush(); // blocks, runs the callbacks itself
        QCOMPARE(outcomes.list.size(), 200);
        QCOMPARE(spool.pending(), 0);
        for (int i = 0; i < 300; ++i)
            ids.append(outcomes.store(spool, message({}, {QStringLiteral("dave@example.net")}, Body)));
    } // the destructor drains
    QCOMPARE(outcomes.list.size(), 500);
    for (int i = 0; i < 500; ++i) {
        QCOMPARE(outcomes.list.at(i).id, ids.at(i));
        QVERIFY(outcomes.list.at(i).ok);
    }
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Drop")).size(), 200);
    QCOMPARE(filesIn(m_mailroot + QStringLiteral("/vsi-1/Queue")).size(), 300);
    QCoreApplication::processEvents(); // a delivery call queued before the destruction finds nothing to do
    QCOMPARE(outcomes.list.size(), 500);
}

// Not a pass/fail test: prints messages per second for 1 KB messages (bench/bench_spool compares
// the sync modes at more loads).
void TestSpool::throughput_data()
{
    QTest::addColumn<int>("producers");
    QTest::addColumn<int>("messages");
    QTest::newRow("1 producer") << 1 << 300;
    QTest::newRow("50 producers") << 50 << 5000;
}

void TestSpool::throughput()
{
    QFETCH(int, producers);
    QFETCH(int, messages);
    Spool spool(m_mailroot);
    QVERIFY(spool.prepare({1}, nullptr));
    const QByteArray headers = "Subject: load\r\nFrom: alice@example.org\r\n\r\n";
    const QByteArray data = headers + QByteArray(1024 - headers.size() - 2, 'x') + "\r\n";
    Load load(&spool, message({QStringLiteral("bob@example.com")}, {}, data), messages);
    // A plain event loop: QTRY_ and qWait() sleep 10 ms between rounds of events, which would
    // measure the sleeps.
    QEventLoop loop;
    load.finished = [&loop] {
        loop.quit();
    };
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    load.start(producers);
    loop.exec();
    QCOMPARE(load.completed, messages);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QCOMPARE(load.failed, 0);
    qInfo("spool, %d producer(s), 1 KB messages, sync mode %s: %.0f messages/s", producers,
          QMetaEnum::fromType<Spool::SyncMode>().valueToKey(int(spool.syncMode())), messages / seconds);
}

QTEST_GUILESS_MAIN(TestSpool)
#include "tst_spool.moc"

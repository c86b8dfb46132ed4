// Sync against the real relaydesk-smtpd binary: a change committed to the store reaches the
// listener and flips its answers; a tampered, deleted or old snapshot is found (stale), a killed
// listener is stopped, rebuild repairs every case; a refused snapshot leaves the listener on its
// last good configuration and the state failed with the listener's words.
#include "childexit.h"
#include "configjson.h"
#include "configstore.h"
#include "controlrequest.h"
#include "rcptprobe.h"
#include "syncservice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/stat.h>

using namespace RelayDesk;
using RelayDesk::TestSupport::rcptReply;

namespace {

constexpr int Timeout = 10000;
const QString Foreign = QStringLiteral("someone@elsewhere.example");

// Loads, changes and commits; made again on the newer configuration when another program
// committed in between. The new revision, or -1.
int commitTo(ConfigStore &store, const std::function<void(Config &)> &change)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        Config config;
        int base = 0;
        QString error;
        if (!store.load(&config, &base, &error))
            return -1;
        change(config);
        int revision = -1;
        const ConfigStore::Result result =
            store.commit(config, base, {QStringLiteral("tst_sync"), QStringLiteral("test change"), QString()},
                         &revision, &error);
        if (result == ConfigStore::Result::Ok)
            return revision;
        if (result != ConfigStore::Result::Conflict)
            return -1;
    }
    return -1;
}

AccessEntry single(const QString &address)
{
    AccessEntry entry;
    entry.type = AccessEntryType::Single;
    entry.address = address;
    entry.comment = QStringLiteral("test host");
    return entry;
}

int fileMode(const QString &path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startPushesAndIsInSync();
    void committedChangeFlipsTheListenersAnswer();
    void pendingUntilPushed();
    void tamperedSnapshotIsStale();
    void deletedSnapshotIsStale();
    void killedListenerIsStoppedAndOldSnapshotIsStale();
    void refusedSnapshotKeepsTheLastGoodOne();
    void portInUseIsExplained();
    void stopAndRestart();
    void twoProgramsPushingEndInSync();

private:
    void commitRelayEntry(const QString &address);
    int commit(const std::function<void(Config &)> &change);
    QJsonObject listenerStatus();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<SyncService> m_sync;
    quint16 m_port = 0;
};

void TestSync::init()
{
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ConfigStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error), qPrintable(error));
    m_port = TestSupport::freeLoopbackPort();
    commit([this](Config &config) {
        config.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), m_port}};
    });
    m_sync = std::make_unique<SyncService>(m_store.get(), m_dir->path());
}

void TestSync::cleanup()
{
    if (m_sync) {
        const SyncService::Result stopped = m_sync->stop();
        QVERIFY2(stopped.ok, qPrintable(stopped.message));
    }
    m_sync.reset();
    m_store.reset();
    m_dir.reset();
}

int TestSync::commit(const std::function<void(Config &)> &change)
{
    return commitTo(*m_store, change);
}

void TestSync::commitRelayEntry(const QString &address)
{
    QVERIFY(commit([&address](Config &config) {
                config.virtualServers[0].relayRestrictions.entries.append(single(address));
            })
            > 0);
}

QJsonObject TestSync::listenerStatus()
{
    QString error;
    return controlRequest(m_sync->paths().control, {{QStringLiteral("command"), QStringLiteral("status")}},
                          Timeout, &error);
}

void TestSync::startPushesAndIsInSync()
{
    const SyncStatus before = m_sync->check();
    QCOMPARE(before.state, SyncStatus::State::Stopped);
    QCOMPARE(before.fix, SyncStatus::Fix::Start);

    const SyncService::Result started = m_sync->start();
    QVERIFY2(started.ok, qPrintable(started.message));
    QCOMPARE(started.status.state, SyncStatus::State::InSync);
    QCOMPARE(started.status.listenerRevision, m_store->revision());
    QCOMPARE(started.status.fix, SyncStatus::Fix::None);

    // The snapshot and the record are the owner's alone.
    QCOMPARE(fileMode(m_sync->paths().snapshot), 0600);
    QCOMPARE(fileMode(m_sync->paths().record), 0600);
    QCOMPARE(fileMode(m_sync->paths().directory), 0700);
    // The default configuration relays for no one.
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.1"), Foreign).startsWith("550 5.7.1"));
}

void TestSync::committedChangeFlipsTheListenersAnswer()
{
    QVERIFY(m_sync->start().ok);
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.44"), Foreign).startsWith("550 5.7.1 Unable to relay"));

    commitRelayEntry(QStringLiteral("127.0.0.44"));
    const SyncService::Result pushed = m_sync->push();
    QVERIFY2(pushed.ok, qPrintable(pushed.message));
    QCOMPARE(pushed.status.state, SyncStatus::State::InSync);
    QCOMPARE(pushed.status.listenerRevision, m_store->revision());

    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.44"), Foreign).startsWith("250"));
    // Only the computer on the list.
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.45"), Foreign).startsWith("550 5.7.1"));
}

void TestSync::pendingUntilPushed()
{
    QVERIFY(m_sync->start().ok);
    const int listening = m_store->revision();
    commitRelayEntry(QStringLiteral("127.0.0.46"));
    const SyncStatus pending = m_sync->check();
    QCOMPARE(pending.state, SyncStatus::State::Pending);
    QCOMPARE(pending.fix, SyncStatus::Fix::SyncNow);
    QCOMPARE(pending.listenerRevision, listening);
    QCOMPARE(pending.databaseRevision, listening + 1);
    // Nothing reached the listener yet.
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.46"), Foreign).startsWith("550 5.7.1"));

    QVERIFY(m_sync->push().ok);
    QCOMPARE(m_sync->check().state, SyncStatus::State::InSync);
}

void TestSync::tamperedSnapshotIsStale()
{
    QVERIFY(m_sync->start().ok);
    // Someone edits the listener's copy by hand: open the relay to everyone and reload.
    QFile file(m_sync->paths().snapshot);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Config config;
    int revision = 0;
    QList<Problem> problems;
    QVERIFY(ConfigJson::readSnapshot(file.readAll(), &config, &revision, &problems));
    file.close();
    config.virtualServers[0].relayRestrictions.mode = ListMode::AllExceptList;
    QSaveFile edit(m_sync->paths().snapshot);
    QVERIFY(edit.open(QIODevice::WriteOnly));
    edit.write(ConfigJson::writeSnapshot(config, revision));
    QVERIFY(edit.commit());

    // Before the listener loads it: it enforces something else than its copy says.
    SyncStatus status = m_sync->check();
    QCOMPARE(status.state, SyncStatus::State::Stale);
    QCOMPARE(status.fix, SyncStatus::Fix::Rebuild);

    // After a reload (SIGHUP by hand): the listener enforces a copy the database never rendered.
    QString error;
    QVERIFY(controlRequest(m_sync->paths().control, {{QStringLiteral("command"), QStringLiteral("reload")}},
                           Timeout, &error)
                .value(QStringLiteral("ok"))
                .toBool());
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.1"), Foreign).startsWith("250"));
    status = m_sync->check();
    QCOMPARE(status.state, SyncStatus::State::Stale);
    QVERIFY2(status.reason.contains(QLatin1String("changed outside RelayDesk")), qPrintable(status.reason));
    QCOMPARE(status.fix, SyncStatus::Fix::Rebuild);

    const qint64 oldPid = status.listenerPid;
    const SyncService::Result rebuilt = m_sync->rebuild();
    QVERIFY2(rebuilt.ok, qPrintable(rebuilt.message));
    QCOMPARE(rebuilt.status.state, SyncStatus::State::InSync);
    QVERIFY(rebuilt.status.listenerPid != oldPid); // a new process
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.1"), Foreign).startsWith("550 5.7.1"));
}

void TestSync::deletedSnapshotIsStale()
{
    QVERIFY(m_sync->start().ok);
    QVERIFY(QFile::remove(m_sync->paths().snapshot));
    const SyncStatus status = m_sync->check();
    QCOMPARE(status.state, SyncStatus::State::Stale);
    QVERIFY2(status.reason.contains(QLatin1String("missing")), qPrintable(status.reason));
    QCOMPARE(status.fix, SyncStatus::Fix::Rebuild);

    const SyncService::Result rebuilt = m_sync->rebuild();
    QVERIFY2(rebuilt.ok, qPrintable(rebuilt.message));
    QCOMPARE(rebuilt.status.state, SyncStatus::State::InSync);
    QVERIFY(QFile::exists(m_sync->paths().snapshot));
}

void TestSync::killedListenerIsStoppedAndOldSnapshotIsStale()
{
    QVERIFY(m_sync->start().ok);
    QFile file(m_sync->paths().snapshot);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray old = file.readAll(); // revision N
    file.close();

    commitRelayEntry(QStringLiteral("127.0.0.47"));
    QVERIFY(m_sync->push().ok); // revision N+1 is enforced
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.47"), Foreign).startsWith("250"));

    // SIGKILL: nothing answers on the control socket any more.
    const qint64 pid = m_sync->check().listenerPid;
    QVERIFY(pid > 0);
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sync->check().state, SyncStatus::State::Stopped, Timeout);
    QCOMPARE(m_sync->check().fix, SyncStatus::Fix::Start);

    // Someone puts the old copy back and starts the binary by hand.
    QSaveFile restore(m_sync->paths().snapshot);
    QVERIFY(restore.open(QIODevice::WriteOnly));
    restore.write(old);
    QVERIFY(restore.commit());
    QProcess byHand;
    byHand.setProgram(QStringLiteral(RELAYDESK_SMTPD_PATH));
    byHand.setArguments({QStringLiteral("--data-dir"), m_dir->path()});
    byHand.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    byHand.start();
    QVERIFY(byHand.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(listenerStatus().value(QStringLiteral("ok")).toBool(), Timeout);

    const SyncStatus status = m_sync->check();
    QCOMPARE(status.state, SyncStatus::State::Stale);
    QCOMPARE(status.listenerRevision, m_store->revision() - 1);
    QVERIFY2(status.reason.contains(QLatin1String("older revision")), qPrintable(status.reason));
    QCOMPARE(status.fix, SyncStatus::Fix::Rebuild);
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.47"), Foreign).startsWith("550 5.7.1"));

    const SyncService::Result rebuilt = m_sync->rebuild();
    QVERIFY2(rebuilt.ok, qPrintable(rebuilt.message));
    QVERIFY(TestSupport::waitForExit(byHand, Timeout)); // the hand-started process was stopped gracefully
    QCOMPARE(byHand.exitCode(), 0);
    QCOMPARE(rebuilt.status.state, SyncStatus::State::InSync);
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.47"), Foreign).startsWith("250"));
}

void TestSync::refusedSnapshotKeepsTheLastGoodOne()
{
    QVERIFY(m_sync->start().ok);
    const int good = m_store->revision();
    QFile file(m_sync->paths().snapshot);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray goodBytes = file.readAll();
    file.close();

    // A snapshot this listener cannot read (as a newer format would be to an older listener).
    m_sync->setRenderer([](const Config &config, int revision) {
        QByteArray bytes = ConfigJson::writeSnapshot(config, revision);
        bytes.replace("\"version\": 1", "\"version\": 2");
        return bytes;
    });
    commitRelayEntry(QStringLiteral("127.0.0.48"));
    const SyncService::Result pushed = m_sync->push();
    QVERIFY(!pushed.ok);
    QCOMPARE(pushed.status.state, SyncStatus::State::Failed);
    QVERIFY2(pushed.status.error.contains(QLatin1String("version")), qPrintable(pushed.status.error));
    QVERIFY2(pushed.message.contains(QStringLiteral("refused revision %1").arg(good + 1)),
             qPrintable(pushed.message));
    QCOMPARE(pushed.status.listenerRevision, good);

    // The listener and its copy stay on the last good revision; a restart would bring it back.
    QCOMPARE(listenerStatus().value(QStringLiteral("revision")).toInt(), good);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), goodBytes);
    file.close();
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.48"), Foreign).startsWith("550 5.7.1"));
    // Every program sees the failure (it is recorded in listener/sync.json).
    SyncService other(m_store.get(), m_dir->path());
    QCOMPARE(other.check().state, SyncStatus::State::Failed);

    // Once the snapshot is right again, a push clears the failure.
    m_sync->setRenderer({});
    const SyncService::Result fixed = m_sync->push();
    QVERIFY2(fixed.ok, qPrintable(fixed.message));
    QCOMPARE(fixed.status.state, SyncStatus::State::InSync);
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.0.48"), Foreign).startsWith("250"));
}

void TestSync::portInUseIsExplained()
{
    QTcpServer occupier;
    QVERIFY(occupier.listen(QHostAddress(QStringLiteral("127.0.0.1")), m_port));
    const SyncService::Result started = m_sync->start();
    QVERIFY(!started.ok);
    QVERIFY2(started.message.contains(QLatin1String("address already in use")), qPrintable(started.message));
    QVERIFY2(started.message.contains(QStringLiteral("127.0.0.1:%1").arg(m_port)),
             qPrintable(started.message));
    QCOMPARE(started.status.state, SyncStatus::State::Failed);
    QCOMPARE(started.status.fix, SyncStatus::Fix::Start);

    occupier.close();
    const SyncService::Result retried = m_sync->start();
    QVERIFY2(retried.ok, qPrintable(retried.message));
    QCOMPARE(retried.status.state, SyncStatus::State::InSync);
}

void TestSync::stopAndRestart()
{
    QVERIFY(m_sync->start().ok);
    const qint64 first = m_sync->check().listenerPid;
    const SyncService::Result restarted = m_sync->restart();
    QVERIFY2(restarted.ok, qPrintable(restarted.message));
    QCOMPARE(restarted.status.state, SyncStatus::State::InSync);
    QVERIFY(restarted.status.listenerPid != first);

    const SyncService::Result stopped = m_sync->stop();
    QVERIFY2(stopped.ok, qPrintable(stopped.message));
    QCOMPARE(stopped.status.state, SyncStatus::State::Stopped);
    QVERIFY(!listenerStatus().value(QStringLiteral("ok")).toBool());
    // Stopping what is not running is not an error.
    QVERIFY(m_sync->stop().ok);
}

void TestSync::twoProgramsPushingEndInSync()
{
    QVERIFY(m_sync->start().ok);
    // A second program with its own connection commits and pushes in another thread while this
    // one does the same: whichever pushes last renders the newest revision under the lock.
    const QString path = m_dir->filePath(QStringLiteral("relaydesk.sqlite"));
    const QString dataDir = m_dir->path();
    std::atomic<bool> otherOk{true};
    QThread *other = QThread::create([&path, &dataDir, &otherOk] {
        ConfigStore store;
        QString error;
        if (!store.open(path, &error)) {
            otherOk = false;
            return;
        }
        SyncService sync(&store, dataDir);
        for (int i = 0; i < 10; ++i) {
            const QString address = QStringLiteral("127.0.2.%1").arg(i + 1);
            if (commitTo(store,
                         [&address](Config &config) {
                             config.virtualServers[0].relayRestrictions.entries.append(single(address));
                         })
                < 0)
                otherOk = false;
            sync.push();
        }
    });
    other->start();
    for (int i = 0; i < 10; ++i) {
        commitRelayEntry(QStringLiteral("127.0.1.%1").arg(i + 1));
        m_sync->push();
    }
    QVERIFY(other->wait(60000));
    delete other;
    QVERIFY(otherOk);
    const SyncService::Result last = m_sync->push();
    QVERIFY2(last.ok, qPrintable(last.message));
    QCOMPARE(last.status.state, SyncStatus::State::InSync);
    QCOMPARE(last.status.listenerRevision, m_store->revision());
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.1.10"), Foreign).startsWith("250"));
    QVERIFY(rcptReply(m_port, QStringLiteral("127.0.2.10"), Foreign).startsWith("250"));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"

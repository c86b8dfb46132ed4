// The console's sync (SyncMonitor and the status-bar indicator) against the real relaydesk-smtpd
// binary: the monitor starts a supervised child listener and reaches "in sync"; a commit by
// another program is noticed and pushed (or stays pending with automatic sync off); a killed
// child is started again; the monitor's end stops its child but not a listener someone else
// started; the indicator shows the state and its button runs the fix.
#include "configstore.h"
#include "controlrequest.h"
#include "rcptprobe.h"
#include "syncmonitor.h"
#include "syncservice.h"
#include "syncstatuswidget.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <functional>
#include <memory>

using namespace RelayDesk;

namespace {

constexpr int Timeout = 20000; // a start of the real binary takes well under a second

AccessEntry single(const QString &address)
{
    AccessEntry entry;
    entry.type = AccessEntryType::Single;
    entry.address = address;
    return entry;
}

bool processGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

} // namespace

class TestSyncMonitor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsAChildListenerAndIsInSync();
    void commitByAnotherProgramIsSynced();
    void withoutAutoSyncTheChangeStaysPending();
    void killedChildIsStartedAgain();
    void childThatKeepsFailingIsRetriedWithGrowingDelays();
    void childStoppedByAnotherProgramStaysStopped();
    void destructorStopsTheChild();
    void listenerStartedElsewhereIsUsedAndLeftRunning();
    void actionsAreAnnounced();
    void widgetShowsTheStateAndRunsTheFix();
    void widgetOffersStartForAStoppedListener();

private:
    std::unique_ptr<SyncMonitor> newMonitor(bool startListener, bool autoSync = true,
                                            SyncMonitor::Options options = {});
    int commitFromAnotherProgram(const std::function<void(Config &)> &change);
    bool listenerAnswers();
    QJsonObject listenerStatus();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<SyncMonitor> m_monitor;
    quint16 m_port = 0;
};

void TestSyncMonitor::init()
{
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ConfigStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error), qPrintable(error));
    m_port = TestSupport::freeLoopbackPort();
    QVERIFY(commitFromAnotherProgram([this](Config &config) {
                config.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), m_port}};
            })
            > 0);
}

void TestSyncMonitor::cleanup()
{
    m_monitor.reset();
    // No listener outlives a test, whoever started it.
    if (m_store && listenerAnswers()) {
        SyncService sync(m_store.get(), m_dir->path());
        const SyncService::Result stopped = sync.stop();
        QVERIFY2(stopped.ok, qPrintable(stopped.message));
    }
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<SyncMonitor> TestSyncMonitor::newMonitor(bool startListener, bool autoSync,
                                                         SyncMonitor::Options options)
{
    options.startListener = startListener;
    options.autoSync = autoSync;
    options.revisionPollMs = 100;
    options.statusPollMs = 300;
    auto monitor = std::make_unique<SyncMonitor>(m_dir->path(), options);
    monitor->start();
    return monitor;
}

// A commit through a connection of its own, as the CLI or a second console makes it.
int TestSyncMonitor::commitFromAnotherProgram(const std::function<void(Config &)> &change)
{
    ConfigStore other;
    QString error;
    if (!other.open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error, false))
        return -1;
    Config config;
    int base = 0;
    if (!other.load(&config, &base, &error))
        return -1;
    change(config);
    int revision = -1;
    const auto result = other.commit(
        config, base, {QStringLiteral("tst_syncmonitor"), QStringLiteral("change"), {}}, &revision, &error);
    return result == ConfigStore::Result::Ok ? revision : -1;
}

QJsonObject TestSyncMonitor::listenerStatus()
{
    QString error;
    return controlRequest(ListenerPaths(m_dir->path()).control,
                          {{QStringLiteral("command"), QStringLiteral("status")}}, 5000, &error);
}

bool TestSyncMonitor::listenerAnswers()
{
    return listenerStatus().value(QStringLiteral("ok")).toBool();
}

void TestSyncMonitor::startsAChildListenerAndIsInSync()
{
    QVERIFY(!listenerAnswers());
    m_monitor = newMonitor(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync(), Timeout);
    const SyncStatus status = m_monitor->status();
    QVERIFY(m_monitor->childPid() > 0);
    QCOMPARE(status.listenerPid, m_monitor->childPid());
    QCOMPARE(status.listenerRevision, m_store->revision());
    QCOMPARE(listenerStatus().value(QStringLiteral("pid")).toInteger(), m_monitor->childPid());
    // The child serves the configuration: a closed relay on the test's port.
    QVERIFY(TestSupport::rcptReply(m_port, QStringLiteral("127.0.0.1"), QStringLiteral("x@elsewhere.example"))
                .startsWith("550 5.7.1"));
}

void TestSyncMonitor::commitByAnotherProgramIsSynced()
{
    m_monitor = newMonitor(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync(), Timeout);
    QSignalSpy revisions(m_monitor.get(), &SyncMonitor::databaseRevisionChanged);

    const int revision = commitFromAnotherProgram([](Config &config) {
        config.virtualServers[0].relayRestrictions.entries.append(single(QStringLiteral("127.0.0.47")));
    });
    QVERIFY(revision > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!revisions.isEmpty(), Timeout);
    QCOMPARE(revisions.constLast().constFirst().toInt(), revision);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync() && m_monitor->status().listenerRevision == revision,
                             Timeout);
    // The listener itself says so, and relays for the new entry.
    QCOMPARE(listenerStatus().value(QStringLiteral("revision")).toInt(), revision);
    QVERIFY(
        TestSupport::rcptReply(m_port, QStringLiteral("127.0.0.47"), QStringLiteral("x@elsewhere.example"))
            .startsWith("250"));
}

void TestSyncMonitor::withoutAutoSyncTheChangeStaysPending()
{
    m_monitor = newMonitor(true, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync(), Timeout);
    const int listening = m_monitor->status().listenerRevision;
    QSignalSpy started(m_monitor.get(), &SyncMonitor::actionStarted);

    const int revision = commitFromAnotherProgram([](Config &config) {
        config.virtualServers[0].relayRestrictions.entries.append(single(QStringLiteral("127.0.0.48")));
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->status().state, SyncStatus::State::Pending, Timeout);
    QCOMPARE(m_monitor->status().fix, SyncStatus::Fix::SyncNow);
    QCOMPARE(m_monitor->status().databaseRevision, revision);
    // Several polls later nothing was pushed.
    QVERIFY(!started.wait(1500));
    QCOMPARE(listenerStatus().value(QStringLiteral("revision")).toInt(), listening);
    QCOMPARE(m_monitor->status().state, SyncStatus::State::Pending);

    // Turned on again, it pushes what is pending.
    m_monitor->setAutoSync(true);
    QVERIFY(m_monitor->autoSync());
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync(), Timeout);
    QCOMPARE(listenerStatus().value(QStringLiteral("revision")).toInt(), revision);
}

void TestSyncMonitor::killedChildIsStartedAgain()
{
    m_monitor = newMonitor(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync(), Timeout);
    const qint64 first = m_monitor->childPid();
    QVERIFY(first > 0);
    QSignalSpy exited(m_monitor.get(), &SyncMonitor::listenerExited);

    QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
    QVERIFY(exited.wait(Timeout));
    const QString message = exited.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QString::number(first)) && message.contains(QStringLiteral("started again")),
             qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->childPid() > 0 && m_monitor->childPid() != first, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_monitor->status().inSync() && m_monitor->status().listenerPid == m_monitor->childPid(), Timeout);
    QVERIFY(processGone(first));
}

void TestSyncMonitor::childThatKeepsFailingIsRetriedWithGrowingDelays()
{
    SyncMonitor::Options options;
    options.minRestartDelayMs = 300;
    options.maxRestartDelayMs = 1200;
    m_monitor = newMonitor(true, true, options);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync(), Timeout);
    const qint64 first = m_monitor->childPid();

    // From now on every start fails at once, as a listener that crashes while starting would.
    qputenv("RELAYDESK_SMTPD", "/bin/false");
    const auto restore = qScopeGuard([] { qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH); });
    QElapsedTimer clock;
    QList<qint64> attempts;
    connect(m_monitor.get(), &SyncMonitor::actionStarted, this, [&](const QString &action) {
        if (action == SyncMonitor::StartAction)
            attempts.append(clock.elapsed());
    });
    clock.start();
    QCOMPARE(::kill(pid_t(first), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(attempts.size() >= 5, Timeout);
    // 300, 600, 1200, 1200 ms apart (timers may fire a little early; a loaded machine makes them late).
    QList<qint64> gaps;
    QString seen = QStringLiteral("first after %1 ms, then gaps").arg(attempts.constFirst());
    for (int i = 1; i < attempts.size(); ++i) {
        gaps.append(attempts.at(i) - attempts.at(i - 1));
        seen += QStringLiteral(" %1").arg(gaps.constLast());
    }
    QVERIFY2(attempts.constFirst() >= 250, qPrintable(seen));
    QVERIFY2(gaps.at(0) >= 500, qPrintable(seen));
    QVERIFY2(gaps.at(1) >= 1000, qPrintable(seen));
    QVERIFY2(gaps.at(2) >= 1000 && gaps.at(2) < 1200 + 5000, qPrintable(seen)); // capped
    QCOMPARE(m_monitor->status().state, SyncStatus::State::Failed);
    QCOMPARE(m_monitor->status().fix, SyncStatus::Fix::Start);

    // The administrator's Start ends the retries.
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    m_monitor->startListener();
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync() && !m_monitor->isBusy(), Timeout);
    QSignalSpy started(m_monitor.get(), &SyncMonitor::actionStarted);
    QVERIFY(!started.wait(2500)); // longer than the longest retry delay
    QVERIFY(m_monitor->status().inSync());
}

void TestSyncMonitor::childStoppedByAnotherProgramStaysStopped()
{
    m_monitor = newMonitor(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync(), Timeout);
    QSignalSpy exited(m_monitor.get(), &SyncMonitor::listenerExited);
    QSignalSpy started(m_monitor.get(), &SyncMonitor::actionStarted);

    // relaydeskctl listener stop: an administrator's decision, not a crash.
    SyncService other(m_store.get(), m_dir->path());
    QVERIFY(other.stop().ok);
    QVERIFY(exited.wait(Timeout));
    QVERIFY2(exited.constFirst().constFirst().toString().contains(QStringLiteral("another program")),
             qPrintable(exited.constFirst().constFirst().toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->status().state, SyncStatus::State::Stopped, Timeout);
    QCOMPARE(m_monitor->status().fix, SyncStatus::Fix::Start);
    QVERIFY(!started.wait(2500)); // longer than the first restart delay
    QVERIFY(!listenerAnswers());
    QCOMPARE(m_monitor->childPid(), 0);
}

void TestSyncMonitor::destructorStopsTheChild()
{
    m_monitor = newMonitor(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync(), Timeout);
    const qint64 child = m_monitor->childPid();
    QVERIFY(child > 0);
    QElapsedTimer timer;
    timer.start();
    m_monitor.reset();
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(processGone(child));
    QVERIFY(!listenerAnswers());
}

void TestSyncMonitor::listenerStartedElsewhereIsUsedAndLeftRunning()
{
    // relaydeskctl listener start: detached, not the console's.
    SyncService other(m_store.get(), m_dir->path());
    const SyncService::Result result = other.start();
    QVERIFY2(result.ok, qPrintable(result.message));
    const qint64 pid = result.status.listenerPid;

    m_monitor = newMonitor(true);
    QTRY_VERIFY_WITH_TIMEOUT(m_monitor->status().inSync(), Timeout);
    QCOMPARE(m_monitor->status().listenerPid, pid);
    QCOMPARE(m_monitor->childPid(), 0);

    // A commit is synced to it all the same.
    const int revision = commitFromAnotherProgram([](Config &config) {
        config.virtualServers[0].relayRestrictions.entries.append(single(QStringLiteral("127.0.0.49")));
    });
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->status().listenerRevision, revision, Timeout);
    QVERIFY(m_monitor->status().inSync());

    m_monitor.reset();
    const QJsonObject status = listenerStatus();
    QVERIFY(status.value(QStringLiteral("ok")).toBool());
    QCOMPARE(status.value(QStringLiteral("pid")).toInteger(), pid);
}

void TestSyncMonitor::actionsAreAnnounced()
{
    m_monitor = newMonitor(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->status().state, SyncStatus::State::Stopped, Timeout);
    QSignalSpy started(m_monitor.get(), &SyncMonitor::actionStarted);
    QSignalSpy finished(m_monitor.get(), &SyncMonitor::actionFinished);
    // Busy as the start is announced; read there, since both announcements may arrive together.
    bool busyWhenStarted = false;
    connect(m_monitor.get(), &SyncMonitor::actionStarted, &started, // goes with this function's spy
            [this, &busyWhenStarted] { busyWhenStarted = m_monitor->isBusy(); });

    m_monitor->startListener();
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, Timeout);
    QCOMPARE(started.constFirst().constFirst().toString(), SyncMonitor::StartAction);
    QVERIFY(busyWhenStarted);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
    QCOMPARE(finished.constFirst().at(0).toString(), SyncMonitor::StartAction);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(finished.constFirst().at(2).toString()));
    QVERIFY(!m_monitor->isBusy());
    QVERIFY(m_monitor->status().inSync());
    QVERIFY(m_monitor->childPid() > 0);

    m_monitor->restartListener();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, Timeout);
    QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
    QVERIFY(m_monitor->status().inSync());

    m_monitor->stopListener();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, Timeout);
    QCOMPARE(finished.at(2).at(0).toString(), SyncMonitor::StopAction);
    QVERIFY(finished.at(2).at(1).toBool());
    QCOMPARE(m_monitor->status().state, SyncStatus::State::Stopped);
    QTRY_COMPARE_WITH_TIMEOUT(m_monitor->childPid(), 0, Timeout);
}

void TestSyncMonitor::widgetShowsTheStateAndRunsTheFix()
{
    m_monitor = newMonitor(true);
    SyncStatusWidget widget;
    widget.setMonitor(m_monitor.get());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *label = widget.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    auto *button = widget.findChild<QPushButton *>(QStringLiteral("syncFixPushButton"));
    QVERIFY(label && button);

    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Listener: In sync"), Timeout);
    QVERIFY(button->isHidden());
    QVERIFY2(label->toolTip().contains(QStringLiteral("enforces revision")), qPrintable(label->toolTip()));

    // The failure of the seed documents: the listener's copy is gone.
    const ListenerPaths paths(m_dir->path());
    QVERIFY(QFile::remove(paths.snapshot));
    m_monitor->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Listener: Stale"), Timeout);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Rebuild and restart"));
    QVERIFY2(label->toolTip().contains(QStringLiteral("config.json")), qPrintable(label->toolTip()));

    const qint64 before = m_monitor->childPid();
    QSignalSpy finished(m_monitor.get(), &SyncMonitor::actionFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    // Running: the button says so and takes no second click.
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Rebuilding and restarting…"));
    QVERIFY(finished.wait(Timeout));
    QCOMPARE(finished.constFirst().at(0).toString(), SyncMonitor::RebuildAction);
    QVERIFY2(finished.constFirst().at(1).toBool(), qPrintable(finished.constFirst().at(2).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Listener: In sync"), Timeout);
    QVERIFY(button->isHidden());
    QVERIFY(QFile::exists(paths.snapshot));
    QVERIFY(m_monitor->childPid() > 0);
    QVERIFY(m_monitor->childPid() != before);
}

void TestSyncMonitor::widgetOffersStartForAStoppedListener()
{
    m_monitor = newMonitor(false);
    SyncStatusWidget widget;
    widget.setMonitor(m_monitor.get());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    auto *label = widget.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
    auto *button = widget.findChild<QPushButton *>(QStringLiteral("syncFixPushButton"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Listener: Stopped"), Timeout);
    QCOMPARE(button->text(), QStringLiteral("Start listener"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(button->text(), QStringLiteral("Starting the listener…"));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), QStringLiteral("Listener: In sync"), Timeout);
    QVERIFY(m_monitor->childPid() > 0);
}

QTEST_MAIN(TestSyncMonitor)
#include "tst_syncmonitor.moc"

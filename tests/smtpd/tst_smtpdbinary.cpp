// The real relaydesk-smtpd binary: start, serve, reload on SIGHUP, stop on SIGTERM, exit codes.
#include "childexit.h"
#include "configjson.h"
#include "smtptestclient.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace RelayDesk;
using TestSupport::SmtpTestClient;

class TestSmtpdBinary final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
        return probe.serverPort();
    }

    void writeConfig(const QByteArray &bytes)
    {
        QDir().mkpath(m_dir.filePath(QStringLiteral("listener")));
        QSaveFile file(m_dir.filePath(QStringLiteral("listener/config.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        QVERIFY(file.commit());
    }

    QByteArray snapshot(int revision)
    {
        Config config = Config::secureDefault();
        config.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), m_port}};
        config.virtualServers[0].fqdn = QStringLiteral("relay.test");
        return ConfigJson::writeSnapshot(config, revision);
    }

    void startBinary(QProcess *process)
    {
        process->setProgram(QStringLiteral(RELAYDESK_SMTPD_PATH));
        process->setArguments({QStringLiteral("--data-dir"), m_dir.path()});
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start();
        QVERIFY(process->waitForStarted());
    }

    QString controlSocket() const { return m_dir.filePath(QStringLiteral("listener/control.sock")); }

    // Connects once the binary listens (bounded retries).
    std::unique_ptr<SmtpTestClient> connectClient()
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            auto client = std::make_unique<SmtpTestClient>();
            QSignalSpy connected(&client->socket, &QAbstractSocket::connected);
            QSignalSpy failed(&client->socket, &QAbstractSocket::errorOccurred);
            client->socket.connectToHost(QHostAddress(QStringLiteral("127.0.0.1")), m_port);
            for (int i = 0; i < 50 && connected.count() == 0 && failed.count() == 0; ++i)
                connected.wait(100);
            if (connected.count() > 0)
                return client;
            QTest::qWait(50); // the process is still starting: nothing in this thread to wait on
        }
        return nullptr;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_port = freePort();
    }

    void servesReloadsAndStops()
    {
        writeConfig(snapshot(1));
        QProcess process;
        startBinary(&process);
        auto client = connectClient();
        QVERIFY(client);
        // Whoever finds the port open finds the control socket too (sync and tests rely on it).
        QVERIFY(QFileInfo(controlSocket()).exists());
        QCOMPARE(client->line(), QByteArray("220 relay.test RelayDesk ESMTP service ready"));
        QCOMPARE(client->command("EHLO client.test").left(3), QByteArray("250"));

        writeConfig(snapshot(2));
        ::kill(pid_t(process.processId()), SIGHUP);
        QCOMPARE(client->command("NOOP"), QByteArray("250 2.0.0 OK"));

        ::kill(pid_t(process.processId()), SIGTERM);
        QCOMPARE(client->line(), QByteArray("421 4.3.2 Service shutting down, closing transmission channel"));
        QVERIFY(TestSupport::waitForExit(process, 15000)); // a child process, not a socket
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QFile events(m_dir.filePath(QStringLiteral("logs/events.jsonl")));
        QVERIFY(events.open(QIODevice::ReadOnly));
        const QByteArray log = events.readAll();
        QVERIFY(log.contains("\"event\":\"started\""));
        QVERIFY(log.contains("\"event\":\"reloaded\""));
        QVERIFY(log.contains("\"event\":\"stopped\""));
    }

    void unreadableSnapshotExits2()
    {
        writeConfig("{ broken");
        QProcess process;
        startBinary(&process);
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!QFileInfo::exists(controlSocket())); // no control socket for a listener that is not there
    }

    void busyPortExits3()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress(QStringLiteral("127.0.0.1")), m_port));
        writeConfig(snapshot(1));
        QProcess process;
        process.setProgram(QStringLiteral(RELAYDESK_SMTPD_PATH));
        process.setArguments({QStringLiteral("--data-dir"), m_dir.path()});
        process.start();
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 3);
        QVERIFY(process.readAllStandardError().contains("address already in use"));
        QVERIFY(!QFileInfo::exists(controlSocket()));
    }

    void badUsageExits2()
    {
        QProcess process;
        process.start(QStringLiteral(RELAYDESK_SMTPD_PATH), {QStringLiteral("--no-such-option")});
        QVERIFY(process.waitForFinished(15000));
        QCOMPARE(process.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSmtpdBinary)
#include "tst_smtpdbinary.moc"

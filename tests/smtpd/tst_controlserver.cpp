#include "controlrequest.h"
#include "controlserver.h"
#include "listenercontrol.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstring>
#include <functional>
#include <memory>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace RelayDesk;

namespace {

constexpr int Timeout = 5000;

// Records every call; answers {"ok":true,"answer":"<command>"} (and the virtual server's name).
class FakeControl final : public ListenerControl
{
public:
    QJsonObject status() const override { return record(QStringLiteral("status")); }
    QJsonObject reload() override { return record(QStringLiteral("reload")); }
    QJsonObject stop() override
    {
        if (onStop)
            onStop();
        return record(QStringLiteral("stop"));
    }
    QJsonObject pause(const QString &virtualServer) override
    {
        return record(QStringLiteral("pause"), virtualServer);
    }
    QJsonObject resume(const QString &virtualServer) override
    {
        return record(QStringLiteral("resume"), virtualServer);
    }
    QJsonObject sessions() const override { return record(QStringLiteral("sessions")); }
    QJsonObject queue() const override
    {
        if (brokenQueue) {
            calls << QStringLiteral("queue");
            return {};
        }
        return record(QStringLiteral("queue"));
    }

    mutable QStringList calls;
    bool brokenQueue = false;
    QString padding; // makes every answer this much longer
    std::function<void()> onStop;

private:
    QJsonObject record(const QString &command, const QString &virtualServer = QString()) const
    {
        calls << (virtualServer.isEmpty() ? command : command + QLatin1Char(' ') + virtualServer);
        QJsonObject answer{{QStringLiteral("ok"), true}, {QStringLiteral("answer"), command}};
        if (!virtualServer.isEmpty())
            answer.insert(QStringLiteral("virtualServer"), virtualServer);
        if (!padding.isEmpty())
            answer.insert(QStringLiteral("padding"), padding);
        return answer;
    }
};

bool connectTo(QLocalSocket &socket, const QString &path)
{
    socket.connectToServer(path);
    return QTest::qWaitFor([&socket] { return socket.state() == QLocalSocket::ConnectedState; }, Timeout);
}

// The next answer line; an empty object (no "ok") if none came or it is not a JSON object.
QJsonObject readAnswer(QLocalSocket &socket)
{
    if (!QTest::qWaitFor([&socket] { return socket.canReadLine(); }, Timeout))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(socket.readLine());
    return document.isObject() ? document.object() : QJsonObject();
}

QJsonObject ask(QLocalSocket &socket, const QByteArray &line)
{
    socket.write(line + '\n');
    return readAnswer(socket);
}

bool isOk(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("ok")).toBool();
}

QString errorOf(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("error")).toString();
}

// A socket file that nobody listens on: what a killed listener leaves behind.
bool makeStaleSocket(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address = {};
    if (name.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()) + 1);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd);
    return bound;
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode;
}

// A ControlServer with its own event loop in another thread, for the blocking controlRequest().
class ServerThread final : public QThread
{
public:
    explicit ServerThread(QString path)
        : m_path(std::move(path))
    { }

    bool listening = false;
    QString error;
    QStringList calls; // read after wait()
    QSemaphore ready;

protected:
    void run() override
    {
        FakeControl control;
        {
            ControlServer server(&control);
            listening = server.listen(m_path, &error);
            ready.release();
            if (listening)
                exec();
        }
        calls = control.calls;
    }

private:
    QString m_path;
};

} // namespace

class TestControlServer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dispatchesEveryCommand_data();
    void dispatchesEveryCommand();
    void pipelinedRequestsAreAnsweredInOrder();
    void crlfAndBlankLines();
    void idIsEchoed();
    void badJsonKeepsTheConnection_data();
    void badJsonKeepsTheConnection();
    void unknownCommand();
    void missingVirtualServer_data();
    void missingVirtualServer();
    void answerWithoutOkIsAnError();
    void stopIsAnsweredBeforeTheServerGoes();
    void clientThatDoesNotReadIsThrottled();
    void twoClientsAtOnce();
    void clientsThatLeaveMidway();
    void lineOfExactlyTheLimit();
    void lineOverTheLimitDropsTheClient();
    void socketIsOwnerOnly();
    void staleSocketIsRemoved();
    void liveSocketIsNotStolen();
    void otherFileIsNotRemoved();
    void listenTwiceFails();
    void socketFileRemovedOnDestruction();

    void controlRequestTalksToAListener();
    void controlRequestWithoutListener();
    void controlRequestTimesOut();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeControl> m_control;
    std::unique_ptr<ControlServer> m_server;

    bool startServer();
};

void TestControlServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("control.sock"));
    m_control = std::make_unique<FakeControl>();
}

void TestControlServer::cleanup()
{
    m_server.reset();
    m_control.reset();
    m_dir.reset();
}

bool TestControlServer::startServer()
{
    m_server = std::make_unique<ControlServer>(m_control.get());
    QString error;
    if (!m_server->listen(m_path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestControlServer::dispatchesEveryCommand_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QString>("call");

    QTest::newRow("status") << QByteArray(R"({"command":"status"})") << QStringLiteral("status");
    QTest::newRow("reload") << QByteArray(R"({"command":"reload"})") << QStringLiteral("reload");
    QTest::newRow("stop") << QByteArray(R"({"command":"stop"})") << QStringLiteral("stop");
    QTest::newRow("pause") << QByteArray(
        R"({"command":"pause","virtualServer":"Default SMTP Virtual Server"})")
                           << QStringLiteral("pause Default SMTP Virtual Server");
    QTest::newRow("resume") << QByteArray(R"({"virtualServer":"Relay","command":"resume"})")
                            << QStringLiteral("resume Relay");
    QTest::newRow("sessions") << QByteArray(R"({"command":"sessions"})") << QStringLiteral("sessions");
    QTest::newRow("queue") << QByteArray(R"({"command":"queue"})") << QStringLiteral("queue");
}

void TestControlServer::dispatchesEveryCommand()
{
    QFETCH(QByteArray, request);
    QFETCH(QString, call);
    QVERIFY(startServer());
    QCOMPARE(m_server->path(), m_path);
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));

    const QJsonObject answer = ask(client, request);
    QVERIFY(isOk(answer));
    QCOMPARE(answer.value(QStringLiteral("answer")).toString(), call.section(QLatin1Char(' '), 0, 0));
    QCOMPARE(m_control->calls, QStringList{call});
}

void TestControlServer::pipelinedRequestsAreAnsweredInOrder()
{
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    client.write(R"({"command":"status"})"
                 "\n"
                 R"({"command":"sessions"})"
                 "\n"
                 R"({"command":"queue"})"
                 "\n");
    QCOMPARE(readAnswer(client).value(QStringLiteral("answer")).toString(), QStringLiteral("status"));
    QCOMPARE(readAnswer(client).value(QStringLiteral("answer")).toString(), QStringLiteral("sessions"));
    QCOMPARE(readAnswer(client).value(QStringLiteral("answer")).toString(), QStringLiteral("queue"));
    QCOMPARE(m_control->calls,
             (QStringList{QStringLiteral("status"), QStringLiteral("sessions"), QStringLiteral("queue")}));
}

void TestControlServer::crlfAndBlankLines()
{
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    client.write("\n  \r\n");
    QVERIFY(isOk(ask(client,
                     R"({"command":"status"})"
                     "\r")));
    QCOMPARE(m_control->calls, QStringList{QStringLiteral("status")});
    QVERIFY(!client.canReadLine()); // the blank lines got no answer
}

void TestControlServer::idIsEchoed()
{
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    QCOMPARE(ask(client, R"({"command":"status","id":17})").value(QStringLiteral("id")).toInt(), 17);
    QCOMPARE(ask(client, R"({"command":"nope","id":"x"})").value(QStringLiteral("id")).toString(),
             QStringLiteral("x"));
}

void TestControlServer::badJsonKeepsTheConnection_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("not json") << QByteArray("status");
    QTest::newRow("truncated") << QByteArray(R"({"command":"stat)");
    QTest::newRow("array") << QByteArray(R"(["status"])");
    QTest::newRow("string") << QByteArray(R"("status")");
    QTest::newRow("no command") << QByteArray(R"({"cmd":"status"})");
    QTest::newRow("command not a string") << QByteArray(R"({"command":1})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
}

void TestControlServer::badJsonKeepsTheConnection()
{
    QFETCH(QByteArray, request);
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));

    const QJsonObject answer = ask(client, request);
    QVERIFY(answer.contains(QStringLiteral("ok")));
    QVERIFY(!isOk(answer));
    QVERIFY(!errorOf(answer).isEmpty());
    QVERIFY(m_control->calls.isEmpty());

    QVERIFY(isOk(ask(client, R"({"command":"status"})")));
    QCOMPARE(m_control->calls, QStringList{QStringLiteral("status")});
}

void TestControlServer::unknownCommand()
{
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    const QJsonObject answer = ask(client, R"({"command":"format-disk"})");
    QVERIFY(!isOk(answer));
    QVERIFY2(errorOf(answer).contains(QStringLiteral("unknown command \"format-disk\"")),
             qPrintable(errorOf(answer)));
    QVERIFY(m_control->calls.isEmpty());
    QVERIFY(isOk(ask(client, R"({"command":"reload"})")));
}

void TestControlServer::missingVirtualServer_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("pause without") << QByteArray(R"({"command":"pause"})");
    QTest::newRow("resume without") << QByteArray(R"({"command":"resume"})");
    QTest::newRow("empty") << QByteArray(R"({"command":"pause","virtualServer":""})");
    QTest::newRow("number") << QByteArray(R"({"command":"resume","virtualServer":1})");
    QTest::newRow("null") << QByteArray(R"({"command":"pause","virtualServer":null})");
}

void TestControlServer::missingVirtualServer()
{
    QFETCH(QByteArray, request);
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    const QJsonObject answer = ask(client, request);
    QVERIFY(!isOk(answer));
    QVERIFY2(errorOf(answer).contains(QStringLiteral("virtualServer")), qPrintable(errorOf(answer)));
    QVERIFY(m_control->calls.isEmpty());
    QVERIFY(isOk(ask(client, R"({"command":"pause","virtualServer":"vs"})")));
}

void TestControlServer::answerWithoutOkIsAnError()
{
    m_control->brokenQueue = true;
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    const QJsonObject answer = ask(client, R"({"command":"queue"})");
    QVERIFY(answer.contains(QStringLiteral("ok")));
    QVERIFY(!isOk(answer));
    QVERIFY(!errorOf(answer).isEmpty());
}

void TestControlServer::stopIsAnsweredBeforeTheServerGoes()
{
    // Like the listener: stop() schedules the shutdown, which destroys the ControlServer as soon
    // as the event loop runs again.
    m_control->onStop = [this] {
        QTimer::singleShot(0, this, [this] { m_server.reset(); });
    };
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
    QVERIFY(isOk(ask(client, R"({"command":"stop"})")));
    QVERIFY(!m_server);
    QVERIFY(disconnected.count() > 0 || disconnected.wait(Timeout));
}

void TestControlServer::clientThatDoesNotReadIsThrottled()
{
    // About 8 MiB of answers to requests sent in one go, more than the server buffers for one
    // client: it stops reading until the client catches up, and no answer is lost or reordered.
    m_control->padding = QString(1024, QLatin1Char('p'));
    QVERIFY(startServer());
    QLocalSocket client;
    client.setReadBufferSize(64 * 1024); // so the client really stops reading
    QVERIFY(connectTo(client, m_path));
    constexpr int Requests = 8000;
    QByteArray requests;
    for (int i = 0; i < Requests; ++i)
        requests += R"({"command":"status","id":)" + QByteArray::number(i) + "}\n";
    client.write(requests);
    QTest::qWait(1000);
    QVERIFY2(m_control->calls.size() < Requests, qPrintable(QString::number(m_control->calls.size())));
    client.setReadBufferSize(0); // reads again (and re-enables Qt's read notifier)

    int answered = 0;
    while (answered < Requests) {
        const QJsonObject answer = readAnswer(client);
        QVERIFY2(isOk(answer), qPrintable(QString::number(answered)));
        QCOMPARE(answer.value(QStringLiteral("id")).toInt(), answered);
        ++answered;
    }
    QCOMPARE(m_control->calls.size(), Requests);
}

void TestControlServer::twoClientsAtOnce()
{
    QVERIFY(startServer());
    QLocalSocket first;
    QLocalSocket second;
    QVERIFY(connectTo(first, m_path));
    QVERIFY(connectTo(second, m_path));

    // The first client's request arrives in two pieces, around the second client's whole one.
    first.write(R"({"command":"pause",)");
    QTest::qWait(50);
    QCOMPARE(ask(second, R"({"command":"sessions"})").value(QStringLiteral("answer")).toString(),
             QStringLiteral("sessions"));
    QVERIFY(!first.canReadLine());
    const QJsonObject answer = ask(first, R"("virtualServer":"A"})");
    QCOMPARE(answer.value(QStringLiteral("virtualServer")).toString(), QStringLiteral("A"));
    QCOMPARE(m_control->calls, (QStringList{QStringLiteral("sessions"), QStringLiteral("pause A")}));
    QVERIFY(!second.canReadLine());
}

void TestControlServer::clientsThatLeaveMidway()
{
    QVERIFY(startServer());
    {
        QLocalSocket halfLine;
        QVERIFY(connectTo(halfLine, m_path));
        halfLine.write(R"({"command":"sta)");
        halfLine.flush();
        QTest::qWait(20);
        halfLine.abort();
    }
    {
        // Asks and leaves without reading the answer.
        QLocalSocket impatient;
        QVERIFY(connectTo(impatient, m_path));
        impatient.write(R"({"command":"status"})"
                        "\n");
        impatient.flush();
        impatient.abort();
    }
    QTest::qWait(100);

    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    QVERIFY(isOk(ask(client, R"({"command":"reload"})")));
    QVERIFY(m_control->calls.endsWith(QStringLiteral("reload")));
    QVERIFY(!m_control->calls.contains(QStringLiteral("sta")));
}

void TestControlServer::lineOfExactlyTheLimit()
{
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    const QByteArray head = R"({"command":"status","padding":")";
    const QByteArray tail = R"("})";
    const QByteArray line = head + QByteArray(64 * 1024 - head.size() - tail.size(), 'x') + tail;
    QCOMPARE(line.size(), 64 * 1024);
    QVERIFY(isOk(ask(client, line)));
    QVERIFY(isOk(ask(client, R"({"command":"queue"})")));
}

void TestControlServer::lineOverTheLimitDropsTheClient()
{
    QVERIFY(startServer());
    QLocalSocket flooder;
    QVERIFY(connectTo(flooder, m_path));
    QSignalSpy disconnected(&flooder, &QLocalSocket::disconnected);
    flooder.write(QByteArray(70000, 'x')); // no newline at all

    const QJsonObject answer = readAnswer(flooder);
    QVERIFY(answer.contains(QStringLiteral("ok")));
    QVERIFY(!isOk(answer));
    QVERIFY2(errorOf(answer).contains(QStringLiteral("65536")), qPrintable(errorOf(answer)));
    QVERIFY(disconnected.count() > 0 || disconnected.wait(Timeout));
    QVERIFY(m_control->calls.isEmpty());

    // The listener still serves others.
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    QVERIFY(isOk(ask(client, R"({"command":"status"})")));
}

void TestControlServer::socketIsOwnerOnly()
{
    QVERIFY(startServer());
    const mode_t mode = modeOf(m_path);
    QVERIFY(S_ISSOCK(mode));
    QCOMPARE(mode & 0777, mode_t(0600));
}

void TestControlServer::staleSocketIsRemoved()
{
    QVERIFY(makeStaleSocket(m_path));
    QVERIFY(S_ISSOCK(modeOf(m_path)));
    QVERIFY(startServer());
    QCOMPARE(modeOf(m_path) & 0777, mode_t(0600));
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    QVERIFY(isOk(ask(client, R"({"command":"status"})")));
}

void TestControlServer::liveSocketIsNotStolen()
{
    QVERIFY(startServer());
    FakeControl otherControl;
    {
        ControlServer other(&otherControl);
        QString error;
        QVERIFY(!other.listen(m_path, &error));
        QCOMPARE(error, QStringLiteral("another listener is running on %1").arg(m_path));
    }
    // The first listener still owns the path and answers.
    QVERIFY(S_ISSOCK(modeOf(m_path)));
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    QVERIFY(isOk(ask(client, R"({"command":"status"})")));
    QCOMPARE(m_control->calls.size(), 1);
    QVERIFY(otherControl.calls.isEmpty());
}

void TestControlServer::otherFileIsNotRemoved()
{
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a socket");
    }
    ControlServer server(m_control.get());
    QString error;
    QVERIFY(!server.listen(m_path, &error));
    QVERIFY2(error.contains(m_path), qPrintable(error));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a socket"));
}

void TestControlServer::listenTwiceFails()
{
    QVERIFY(startServer());
    QString error;
    QVERIFY(!m_server->listen(m_dir->filePath(QStringLiteral("other.sock")), &error));
    QVERIFY(!error.isEmpty());
}

void TestControlServer::socketFileRemovedOnDestruction()
{
    QVERIFY(startServer());
    QLocalSocket client;
    QVERIFY(connectTo(client, m_path));
    QVERIFY(isOk(ask(client, R"({"command":"status"})")));
    QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
    m_server.reset();
    QCOMPARE(modeOf(m_path), mode_t(0));
    QVERIFY(disconnected.count() > 0 || disconnected.wait(Timeout));
}

void TestControlServer::controlRequestTalksToAListener()
{
    ServerThread thread(m_path);
    thread.start();
    QVERIFY(thread.ready.tryAcquire(1, Timeout));
    QVERIFY2(thread.listening, qPrintable(thread.error));

    QString error;
    QJsonObject answer =
        controlRequest(m_path, {{QStringLiteral("command"), QStringLiteral("status")}}, Timeout, &error);
    QVERIFY2(isOk(answer), qPrintable(error));
    QCOMPARE(answer.value(QStringLiteral("answer")).toString(), QStringLiteral("status"));

    answer = controlRequest(m_path,
                            {{QStringLiteral("command"), QStringLiteral("pause")},
                             {QStringLiteral("virtualServer"), QStringLiteral("Default")}},
                            Timeout, &error);
    QCOMPARE(answer.value(QStringLiteral("virtualServer")).toString(), QStringLiteral("Default"));

    // A negative answer is still an answer: the error is in it, not in *error.
    error.clear();
    answer = controlRequest(m_path, {{QStringLiteral("command"), QStringLiteral("bogus")}}, Timeout, &error);
    QVERIFY(answer.contains(QStringLiteral("ok")));
    QVERIFY(!isOk(answer));
    QVERIFY(error.isEmpty());

    answer = controlRequest(m_path, {{QStringLiteral("command"), QStringLiteral("stop")}}, Timeout, &error);
    QVERIFY(isOk(answer));

    thread.quit();
    QVERIFY(thread.wait(Timeout));
    QCOMPARE(
        thread.calls,
        (QStringList{QStringLiteral("status"), QStringLiteral("pause Default"), QStringLiteral("stop")}));
    QCOMPARE(modeOf(m_path), mode_t(0));
}

void TestControlServer::controlRequestWithoutListener()
{
    QString error;
    QJsonObject answer =
        controlRequest(m_path, {{QStringLiteral("command"), QStringLiteral("status")}}, Timeout, &error);
    QVERIFY(answer.isEmpty());
    QVERIFY2(error.contains(m_path), qPrintable(error));

    QVERIFY(makeStaleSocket(m_path));
    error.clear();
    answer = controlRequest(m_path, {{QStringLiteral("command"), QStringLiteral("status")}}, Timeout, &error);
    QVERIFY(answer.isEmpty());
    QVERIFY2(error.contains(m_path), qPrintable(error));
}

void TestControlServer::controlRequestTimesOut()
{
    // A peer that accepts the connection (the kernel does, in the backlog) but never answers:
    // this thread is blocked inside controlRequest, so the server cannot answer.
    QLocalServer silent;
    QVERIFY(silent.listen(m_path));
    QString error;
    QElapsedTimer timer;
    timer.start();
    const QJsonObject answer =
        controlRequest(m_path, {{QStringLiteral("command"), QStringLiteral("status")}}, 300, &error);
    QVERIFY(answer.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("did not answer")), qPrintable(error));
    QVERIFY(timer.elapsed() >= 250);
    QVERIFY(timer.elapsed() < Timeout);
}

QTEST_GUILESS_MAIN(TestControlServer)
#include "tst_controlserver.moc"

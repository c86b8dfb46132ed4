// relaydeskctl queue list|retry|freeze|unfreeze|delete against the real listener that
// "relaydeskctl listener start" runs: mail relayed from 127.0.0.1 to smart hosts that are down (a
// closed loopback port) stays in the queue, since one delivery "minute" lasts ten minutes here.
#include "configjson.h"
#include "ctlrun.h"
#include "queuedmail.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace RelayDesk;
using namespace RelayDesk::TestSupport;

class TestQueueCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void badUsageAndNoListener();
    void listShowsQueuesAndMessages();
    void freezeUnfreezeAndRetryOneMessage();
    void actionsOnAWholeQueue();
    void deleteWithAndWithoutNdr();
    void unknownMessageOrQueueIsBadUsage();

private:
    CtlRun ctl(const QStringList &args);
    QJsonObject list(const QString &vs = {});
    // Starts the listener on the two-queue configuration and queues three messages on the first
    // virtual server and one on the second; waits until each was attempted once (and failed).
    bool queueMessages();
    // Waits up to timeoutMs until `done` holds for the listener's queue listing.
    bool waitForListing(const std::function<bool(const QJsonObject &)> &done, int timeoutMs = 20000);
    static QJsonObject entry(const QJsonObject &listing, const QString &id);
    static QJsonObject queueOf(const QJsonObject &listing, const QString &vs);
    QStringList ids(const QString &vs) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QueuePorts m_ports;
    QString m_destination; // the first virtual server's queue, as the listener names it
    QString m_destination2;
    QMap<QString, QStringList> m_ids; // virtual server → queued message ids
};

CtlRun TestQueueCommands::ctl(const QStringList &args)
{
    return runCtl(QStringLiteral(RELAYDESKCTL_PATH), m_dir->path(), args, QByteArray(), 120000);
}

void TestQueueCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    // Inherited by the listener that relaydeskctl starts: no retry during the test.
    qputenv("RELAYDESK_DELIVERY_MINUTE_MS", QueueMinuteMs);
    qunsetenv("RELAYDESK_HOLD_QUEUE"); // the suite holds queues; these tests need the first attempt
    m_ports = QueuePorts::pick();
    m_ids.clear();
    QCOMPARE(ctl({QStringLiteral("init")}).exitCode, 0);
}

void TestQueueCommands::cleanup()
{
    QCOMPARE(ctl({QStringLiteral("listener"), QStringLiteral("stop")}).exitCode, 0);
}

QJsonObject TestQueueCommands::list(const QString &vs)
{
    QStringList args{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")};
    if (!vs.isEmpty())
        args << QStringLiteral("--vs") << vs;
    const CtlRun r = ctl(args);
    if (r.exitCode != 0)
        qWarning("queue list: %d %s", r.exitCode, qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

bool TestQueueCommands::waitForListing(const std::function<bool(const QJsonObject &)> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (done(list()))
            return true;
        QTest::qWait(200);
    }
    qWarning("listing never matched: %s", QJsonDocument(list()).toJson().constData());
    return false;
}

QJsonObject TestQueueCommands::entry(const QJsonObject &listing, const QString &id)
{
    for (const QJsonValue &value : listing.value(QStringLiteral("queue")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

QJsonObject TestQueueCommands::queueOf(const QJsonObject &listing, const QString &vs)
{
    for (const QJsonValue &value : listing.value(QStringLiteral("queues")).toArray()) {
        if (value.toObject().value(QStringLiteral("virtualServer")).toString() == vs)
            return value.toObject();
    }
    return {};
}

QStringList TestQueueCommands::ids(const QString &vs) const
{
    return m_ids.value(vs);
}

bool TestQueueCommands::queueMessages()
{
    const QString path = m_dir->filePath(QStringLiteral("queue-test.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(ConfigJson::write(queueTestConfig(m_ports)));
    file.close();
    CtlRun r = ctl({QStringLiteral("import"), path});
    if (r.exitCode != 0) {
        qWarning("import: %s %s", qPrintable(r.out), qPrintable(r.err));
        return false;
    }
    r = ctl({QStringLiteral("listener"), QStringLiteral("start")});
    if (r.exitCode != 0) {
        qWarning("listener start: %s", qPrintable(r.err));
        return false;
    }
    const QList<std::pair<quint16, QString>> messages{{m_ports.smtp, QStringLiteral("x@remote.example")},
                                                      {m_ports.smtp, QStringLiteral("y@remote.example")},
                                                      {m_ports.smtp, QStringLiteral("z@other.example")},
                                                      {m_ports.smtp2, QStringLiteral("w@remote.example")}};
    for (const auto &[port, to] : messages) {
        const QByteArray reply = sendQueued(port, QueueSender, to);
        if (!reply.startsWith("250")) {
            qWarning("sending to %s: %s", qPrintable(to), reply.constData());
            return false;
        }
    }
    // Each message was attempted once: the smart host refused the connection.
    const bool attempted = waitForListing([](const QJsonObject &listing) {
        const QJsonArray queue = listing.value(QStringLiteral("queue")).toArray();
        if (queue.size() != 4 || listing.value(QStringLiteral("queues")).toArray().size() != 2)
            return false;
        for (const QJsonValue &value : queue) {
            if (value.toObject().value(QStringLiteral("attempts")).toInt() < 1)
                return false;
        }
        return true;
    });
    if (!attempted)
        return false;
    const QJsonObject listing = list();
    for (const QJsonValue &value : listing.value(QStringLiteral("queue")).toArray()) {
        const QJsonObject m = value.toObject();
        m_ids[m.value(QStringLiteral("virtualServer")).toString()]
            << m.value(QStringLiteral("id")).toString();
    }
    m_destination = queueOf(listing, QueueVsName).value(QStringLiteral("destination")).toString();
    m_destination2 = queueOf(listing, QueueVs2Name).value(QStringLiteral("destination")).toString();
    return ids(QueueVsName).size() == 3 && ids(QueueVs2Name).size() == 1 && !m_destination.isEmpty();
}

void TestQueueCommands::badUsageAndNoListener()
{
    // Bad usage: exit 2 with a message, before anything is asked.
    const QList<QStringList> bad{
        {QStringLiteral("queue")},
        {QStringLiteral("queue"), QStringLiteral("flush")},
        {QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("some-id")},
        {QStringLiteral("queue"), QStringLiteral("retry")},
        {QStringLiteral("queue"), QStringLiteral("retry"), QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("queue"), QStringLiteral("retry"), QStringLiteral("--vs"), QueueVsName},
        {QStringLiteral("queue"), QStringLiteral("freeze"), QStringLiteral("--destination"),
         QStringLiteral("remote.example")},
        {QStringLiteral("queue"), QStringLiteral("freeze"), QStringLiteral("some-id"), QStringLiteral("--vs"),
         QueueVsName, QStringLiteral("--destination"), QStringLiteral("remote.example")},
        {QStringLiteral("queue"), QStringLiteral("freeze"), QStringLiteral("some-id"),
         QStringLiteral("--ndr")},
    };
    for (const QStringList &args : bad) {
        const CtlRun r = ctl(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.startsWith(QLatin1String("relaydeskctl: ")), qPrintable(r.err));
    }

    // No listener: exit 3, naming the control socket.
    for (const QStringList &args :
         {QStringList{QStringLiteral("queue"), QStringLiteral("list")},
          QStringList{QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json")},
          QStringList{QStringLiteral("queue"), QStringLiteral("retry"), QStringLiteral("some-id")},
          QStringList{QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("--vs"), QueueVsName,
                      QStringLiteral("--destination"), QStringLiteral("remote.example"),
                      QStringLiteral("--ndr")}}) {
        const CtlRun r = ctl(args);
        QVERIFY2(r.exitCode == 3, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(QLatin1String("cannot reach the listener")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("control.sock")), qPrintable(r.err));
    }
}

void TestQueueCommands::listShowsQueuesAndMessages()
{
    QVERIFY(queueMessages());

    // JSON: the listener's answer, with both queues and the four messages.
    QJsonObject listing = list();
    QVERIFY(listing.value(QStringLiteral("ok")).toBool());
    const QJsonObject q1 = queueOf(listing, QueueVsName);
    QCOMPARE(q1.value(QStringLiteral("messages")).toInt(), 3);
    QCOMPARE(q1.value(QStringLiteral("route")).toString(), QStringLiteral("smartHost"));
    QVERIFY2(m_destination.endsWith(QLatin1Char(':') + QString::number(m_ports.deadSmartHost)),
             qPrintable(m_destination));
    QVERIFY(!q1.value(QStringLiteral("lastError")).toString().isEmpty());
    QCOMPARE(q1.value(QStringLiteral("state")).toString(), QStringLiteral("retry"));
    QVERIFY(!q1.value(QStringLiteral("nextRetry")).toString().isEmpty());
    QCOMPARE(queueOf(listing, QueueVs2Name).value(QStringLiteral("messages")).toInt(), 1);
    QVERIFY(m_destination2.endsWith(QLatin1Char(':') + QString::number(m_ports.deadSmartHost2)));
    const QJsonObject m = entry(listing, ids(QueueVsName).constFirst());
    QCOMPARE(m.value(QStringLiteral("sender")).toString(), QueueSender);
    QCOMPARE(m.value(QStringLiteral("destination")).toString(), m_destination);
    QCOMPARE(m.value(QStringLiteral("attempts")).toInt(), 1);
    // The ids are the files in Queue/.
    QStringList files;
    for (const QString &file : mailFiles(m_dir->path(), 1, QStringLiteral("Queue")))
        files << file.chopped(4);
    QStringList listed = ids(QueueVsName);
    listed.sort();
    QCOMPARE(files, listed);

    // --vs keeps one virtual server (in JSON and in words).
    listing = list(QueueVs2Name);
    QCOMPARE(listing.value(QStringLiteral("queue")).toArray().size(), 1);
    QCOMPARE(listing.value(QStringLiteral("queues")).toArray().size(), 1);

    // In words: the queues, then the messages.
    CtlRun r = ctl({QStringLiteral("queue"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const qsizetype queuesAt = r.out.indexOf(QLatin1String("Queues:"));
    const qsizetype messagesAt = r.out.indexOf(QLatin1String("Messages:"));
    QVERIFY2(queuesAt >= 0 && messagesAt > queuesAt, qPrintable(r.out));
    for (const QString &header :
         {QStringLiteral("VIRTUAL SERVER"), QStringLiteral("DESTINATION"), QStringLiteral("NEXT RETRY"),
          QStringLiteral("LAST ERROR"), QStringLiteral("ATTEMPTS"), QStringLiteral("RECIPIENTS")})
        QVERIFY2(r.out.contains(header), qPrintable(header));
    QVERIFY(r.out.contains(QueueVsName) && r.out.contains(QueueVs2Name));
    QVERIFY(r.out.contains(m_destination) && r.out.contains(m_destination2));
    for (const QString &id : ids(QueueVsName) + ids(QueueVs2Name))
        QVERIFY2(r.out.indexOf(id) > messagesAt, qPrintable(id));
    QVERIFY(r.out.contains(QLatin1String("x@remote.example")));
    QVERIFY(r.out.contains(QueueSender));

    r = ctl({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--vs"), QueueVs2Name});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(ids(QueueVs2Name).constFirst()));
    for (const QString &id : ids(QueueVsName))
        QVERIFY(!r.out.contains(id));
}

void TestQueueCommands::freezeUnfreezeAndRetryOneMessage()
{
    QVERIFY(queueMessages());
    const QString id = ids(QueueVsName).constFirst();

    CtlRun r = ctl({QStringLiteral("queue"), QStringLiteral("freeze"), id, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(answer.value(QStringLiteral("ok")).toBool());
    QCOMPARE(answer.value(QStringLiteral("messages")).toInt(), 1);
    QJsonObject listing = list();
    QCOMPARE(entry(listing, id).value(QStringLiteral("state")).toString(), QStringLiteral("frozen"));
    QCOMPARE(queueOf(listing, QueueVsName).value(QStringLiteral("frozen")).toInt(), 1);
    // The others are not frozen.
    QVERIFY(entry(listing, ids(QueueVsName).at(1)).value(QStringLiteral("state")).toString()
            != QLatin1String("frozen"));

    r = ctl({QStringLiteral("queue"), QStringLiteral("unfreeze"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("1 message")), qPrintable(r.out));
    listing = list();
    QVERIFY(entry(listing, id).value(QStringLiteral("state")).toString() != QLatin1String("frozen"));
    QCOMPARE(queueOf(listing, QueueVsName).value(QStringLiteral("frozen")).toInt(), 0);

    // Retry: attempted again at once (and refused again), while the others wait for their time.
    r = ctl({QStringLiteral("queue"), QStringLiteral("retry"), id});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(waitForListing([&](const QJsonObject &l) {
        return entry(l, id).value(QStringLiteral("attempts")).toInt() >= 2
            && entry(l, id).value(QStringLiteral("state")).toString() == QLatin1String("retry");
    }));
    QCOMPARE(entry(list(), ids(QueueVsName).at(1)).value(QStringLiteral("attempts")).toInt(), 1);
    QCOMPARE(mailFiles(m_dir->path(), 1, QStringLiteral("Queue")).size(), 3);
}

void TestQueueCommands::actionsOnAWholeQueue()
{
    QVERIFY(queueMessages());
    const QStringList queue1{QStringLiteral("--vs"), QueueVsName, QStringLiteral("--destination"),
                             m_destination};

    CtlRun r = ctl(QStringList{QStringLiteral("queue"), QStringLiteral("freeze"), QStringLiteral("--json")}
                   + queue1);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("messages")).toInt(), 3);
    QJsonObject listing = list();
    QCOMPARE(queueOf(listing, QueueVsName).value(QStringLiteral("state")).toString(),
             QStringLiteral("frozen"));
    QCOMPARE(queueOf(listing, QueueVsName).value(QStringLiteral("frozen")).toInt(), 3);
    for (const QString &id : ids(QueueVsName))
        QCOMPARE(entry(listing, id).value(QStringLiteral("state")).toString(), QStringLiteral("frozen"));
    // The other virtual server's queue is untouched.
    QVERIFY(queueOf(listing, QueueVs2Name).value(QStringLiteral("state")).toString()
            != QLatin1String("frozen"));

    r = ctl(QStringList{QStringLiteral("queue"), QStringLiteral("unfreeze")} + queue1);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("3 message")), qPrintable(r.out));
    QCOMPARE(queueOf(list(), QueueVsName).value(QStringLiteral("frozen")).toInt(), 0);

    // Retry of a frozen queue unfreezes it and attempts every message now.
    QCOMPARE(ctl(QStringList{QStringLiteral("queue"), QStringLiteral("freeze")} + queue1).exitCode, 0);
    r = ctl(QStringList{QStringLiteral("queue"), QStringLiteral("retry")} + queue1);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(waitForListing([&](const QJsonObject &l) {
        for (const QString &id : ids(QueueVsName)) {
            if (entry(l, id).value(QStringLiteral("attempts")).toInt() < 2
                || entry(l, id).value(QStringLiteral("state")).toString() != QLatin1String("retry"))
                return false;
        }
        return true;
    }));
    QCOMPARE(entry(list(), ids(QueueVs2Name).constFirst()).value(QStringLiteral("attempts")).toInt(), 1);
}

void TestQueueCommands::deleteWithAndWithoutNdr()
{
    QVERIFY(queueMessages());
    const QStringList before = mailFiles(m_dir->path(), 1, QStringLiteral("Drop"));

    // One message, silently.
    const QString first = ids(QueueVsName).constFirst();
    CtlRun r = ctl({QStringLiteral("queue"), QStringLiteral("delete"), first});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("1 message")), qPrintable(r.out));
    QVERIFY(!mailFiles(m_dir->path(), 1, QStringLiteral("Queue")).contains(first + QStringLiteral(".eml")));
    QCOMPARE(mailFiles(m_dir->path(), 1, QStringLiteral("Queue")).size(), 2);
    QJsonObject listing = list();
    QVERIFY(entry(listing, first).isEmpty());
    QCOMPARE(queueOf(listing, QueueVsName).value(QStringLiteral("messages")).toInt(), 2);

    // The rest of the queue, with NDRs: alice is local, so her reports land in Drop/.
    r = ctl({QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("--vs"), QueueVsName,
             QStringLiteral("--destination"), m_destination, QStringLiteral("--ndr"),
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("messages")).toInt(), 2);
    // Each message leaves Queue/ once its report is durable.
    QTRY_VERIFY_WITH_TIMEOUT(mailFiles(m_dir->path(), 1, QStringLiteral("Queue")).isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(mailFiles(m_dir->path(), 1, QStringLiteral("Drop")).size(), before.size() + 2,
                              20000);
    QByteArray reports;
    for (const QString &name : mailFiles(m_dir->path(), 1, QStringLiteral("Drop"))) {
        QFile file(m_dir->filePath(QStringLiteral("mailroot/vsi-1/Drop/") + name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        reports += file.readAll();
    }
    QVERIFY(reports.contains("delivery-status"));
    QVERIFY(reports.contains("y@remote.example"));
    QVERIFY(reports.contains("z@other.example"));
    QVERIFY(!reports.contains("x@remote.example")); // deleted without a report

    // The queue is gone; the other virtual server's message waits on.
    listing = list();
    QVERIFY(queueOf(listing, QueueVsName).isEmpty());
    QCOMPARE(listing.value(QStringLiteral("queue")).toArray().size(), 1);
    QCOMPARE(mailFiles(m_dir->path(), 2, QStringLiteral("Queue")).size(), 1);
}

void TestQueueCommands::unknownMessageOrQueueIsBadUsage()
{
    QVERIFY(queueMessages());
    CtlRun r = ctl({QStringLiteral("queue"), QStringLiteral("retry"), QStringLiteral("no-such-id")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("no queued message has the id \"no-such-id\"")), qPrintable(r.err));

    r = ctl({QStringLiteral("queue"), QStringLiteral("delete"), QStringLiteral("no-such-id"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("ok")).toBool(true),
             false);

    r = ctl({QStringLiteral("queue"), QStringLiteral("freeze"), QStringLiteral("--vs"), QueueVsName,
             QStringLiteral("--destination"), QStringLiteral("nowhere.example")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("no queue \"nowhere.example\"")), qPrintable(r.err));

    // A destination of the other virtual server is not a queue of this one.
    r = ctl({QStringLiteral("queue"), QStringLiteral("retry"), QStringLiteral("--vs"), QueueVsName,
             QStringLiteral("--destination"), m_destination2});
    QCOMPARE(r.exitCode, 2);

    // Nothing changed.
    QCOMPARE(mailFiles(m_dir->path(), 1, QStringLiteral("Queue")).size(), 3);
    QCOMPARE(list().value(QStringLiteral("queue")).toArray().size(), 4);
}

QTEST_GUILESS_MAIN(TestQueueCommands)
#include "tst_queuecommands.moc"

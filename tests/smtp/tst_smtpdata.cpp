#include "smtpdata.h"

#include <QTest>

using namespace RelayDesk;

class TestSmtpData final : public QObject
{
    Q_OBJECT

private:
    // Feeds `wire` in pieces of `chunk` octets; returns the octets consumed before the end.
    static qsizetype feed(SmtpDataReceiver *receiver, const QByteArray &wire, qsizetype chunk)
    {
        qsizetype used = 0;
        while (used < wire.size() && !receiver->isFinished()) {
            const QByteArrayView piece = QByteArrayView(wire).sliced(used, qMin(chunk, wire.size() - used));
            used += receiver->consume(piece);
        }
        return used;
    }

private slots:
    void endsOnlyAtCrLfDotCrLf_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<int>("error");
        const int none = int(SmtpDataReceiver::Error::None);
        const int bare = int(SmtpDataReceiver::Error::BareCrOrLf);
        QTest::newRow("simple") << QByteArray("Subject: x\r\n\r\nhello\r\n.\r\n") << true
                                << QByteArray("Subject: x\r\n\r\nhello\r\n") << none;
        QTest::newRow("empty message") << QByteArray(".\r\n") << true << QByteArray() << none;
        QTest::newRow("dot stuffed") << QByteArray("a\r\n..b\r\n..\r\n.\r\n") << true
                                     << QByteArray("a\r\n.b\r\n.\r\n") << none;
        QTest::newRow("LF.LF does not end") << QByteArray("a\n.\nb\r\n.\r\n") << true << QByteArray() << bare;
        QTest::newRow("LF.CRLF does not end")
            << QByteArray("a\n.\r\nMAIL FROM:<x@y>\r\n.\r\n") << true << QByteArray() << bare;
        QTest::newRow("CRLF.LF does not end")
            << QByteArray("a\r\n.\nb\r\n.\r\n") << true << QByteArray() << bare;
        QTest::newRow("CR.CR does not end") << QByteArray("a\r.\rb\r\n.\r\n") << true << QByteArray() << bare;
        QTest::newRow("no end yet") << QByteArray("a\r\n.\n") << false << QByteArray() << bare;
        QTest::newRow("bare CR at end of line") << QByteArray("a\r\r\n.\r\n") << true << QByteArray() << bare;
    }
    void endsOnlyAtCrLfDotCrLf()
    {
        QFETCH(QByteArray, wire);
        QFETCH(bool, finished);
        QFETCH(QByteArray, message);
        QFETCH(int, error);
        for (qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), wire.size()}) {
            SmtpDataReceiver receiver;
            const qsizetype used = feed(&receiver, wire, chunk);
            QCOMPARE(receiver.isFinished(), finished);
            if (!finished)
                continue;
            QCOMPARE(used, wire.size());
            QCOMPARE(int(receiver.error()), error);
            QCOMPARE(receiver.takeMessage(), message);
        }
    }

    void leavesWhatFollowsTheEnd()
    {
        SmtpDataReceiver receiver;
        const QByteArray wire("x\r\n.\r\nQUIT\r\n");
        QCOMPARE(receiver.consume(wire), wire.size() - 6);
        QVERIFY(receiver.isFinished());
        QCOMPARE(receiver.takeMessage(), QByteArray("x\r\n"));
    }

    void lineTooLong()
    {
        SmtpDataReceiver receiver;
        const QByteArray ok = QByteArray(998, 'a') + "\r\n";
        const QByteArray tooLong = QByteArray(999, 'b') + "\r\n";
        for (qsizetype chunk : {qsizetype(100), qsizetype(5000)}) {
            receiver.reset(SmtpDataReceiver::Limits());
            feed(&receiver, ok + ".\r\n", chunk);
            QVERIFY(receiver.isFinished());
            QCOMPARE(receiver.error(), SmtpDataReceiver::Error::None);
            receiver.reset(SmtpDataReceiver::Limits());
            QCOMPARE(feed(&receiver, ok + tooLong + "c\r\n.\r\n", chunk), ok.size() + tooLong.size() + 6);
            QVERIFY(receiver.isFinished());
            QCOMPARE(receiver.error(), SmtpDataReceiver::Error::LineTooLong);
            QVERIFY(receiver.takeMessage().isEmpty());
        }
        QCOMPARE(SmtpDataReceiver::reply(SmtpDataReceiver::Error::LineTooLong),
                 QByteArray("500 5.5.2 Line too long\r\n"));
    }

    void sizeLimitReadsToTheEndAndKeepsNothing()
    {
        SmtpDataReceiver::Limits limits;
        limits.maxMessageSize = 100;
        SmtpDataReceiver receiver(limits);
        const QByteArray line = QByteArray(78, 'x') + "\r\n";
        QByteArray wire;
        for (int i = 0; i < 1000; ++i)
            wire += line;
        wire += ".\r\nRSET\r\n";
        QCOMPARE(feed(&receiver, wire, 4096), wire.size() - 6);
        QVERIFY(receiver.isFinished());
        QCOMPARE(receiver.error(), SmtpDataReceiver::Error::TooBig);
        QCOMPARE(receiver.messageSize(), qint64(80000));
        QVERIFY(receiver.takeMessage().isEmpty());
        QCOMPARE(SmtpDataReceiver::reply(receiver.error()),
                 QByteArray("552 5.3.4 Message size exceeds fixed limit\r\n"));
    }

    void exactlyAtTheLimitIsAccepted()
    {
        SmtpDataReceiver::Limits limits;
        limits.maxMessageSize = 10;
        SmtpDataReceiver receiver(limits);
        receiver.consume("12345678\r\n.\r\n");
        QCOMPARE(receiver.error(), SmtpDataReceiver::Error::None);
        QCOMPARE(receiver.messageSize(), qint64(10));
    }

    void hopCount()
    {
        SmtpDataReceiver::Limits limits;
        limits.maxReceivedHeaders = 2;
        SmtpDataReceiver receiver(limits);
        receiver.consume("Received: a\r\nreceived: b\r\nSubject: x\r\n\r\nReceived: in body\r\n.\r\n");
        QCOMPARE(receiver.receivedHeaders(), 2);
        QCOMPARE(receiver.error(), SmtpDataReceiver::Error::None);
        receiver.reset(limits);
        receiver.consume("Received: a\r\nRECEIVED: b\r\nReceived: c\r\n\r\nbody\r\n.\r\n");
        QVERIFY(receiver.isFinished());
        QCOMPARE(receiver.error(), SmtpDataReceiver::Error::RoutingLoop);
        QCOMPARE(SmtpDataReceiver::reply(receiver.error()),
                 QByteArray("554 5.4.6 Routing loop detected\r\n"));
    }

    void bareLfReply()
    {
        QCOMPARE(SmtpDataReceiver::reply(SmtpDataReceiver::Error::BareCrOrLf),
                 QByteArray("550 5.5.2 Bare CR or LF not allowed\r\n"));
    }

    void dotStuffRoundTrip()
    {
        const QByteArray message(".leading\r\nmiddle\r\n.\r\n..two\r\n");
        const QByteArray wire = SmtpDataReceiver::dotStuff(message);
        QCOMPARE(wire, QByteArray("..leading\r\nmiddle\r\n..\r\n...two\r\n.\r\n"));
        SmtpDataReceiver receiver;
        QCOMPARE(receiver.consume(wire), wire.size());
        QCOMPARE(receiver.takeMessage(), message);
        QCOMPARE(SmtpDataReceiver::dotStuff("a\nb"), QByteArray("a\r\nb\r\n.\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestSmtpData)
#include "tst_smtpdata.moc"

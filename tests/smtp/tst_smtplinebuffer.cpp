#include "smtplinebuffer.h"

#include <QTest>

using namespace RelayDesk;

class TestSmtpLineBuffer final : public QObject
{
    Q_OBJECT

private slots:
    void splitsPipelinedLines()
    {
        SmtpLineBuffer buffer;
        SmtpLineBuffer::Line line;
        buffer.append("MAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDA");
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text, QByteArray("MAIL FROM:<a@b>"));
        QVERIFY(line.isClean());
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text, QByteArray("RCPT TO:<c@d>"));
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::NeedMore);
        buffer.append("TA\r");
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::NeedMore);
        buffer.append("\n");
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text, QByteArray("DATA"));
        QVERIFY(line.isClean());
        QVERIFY(buffer.isEmpty());
    }

    void flagsBareLineEnds()
    {
        SmtpLineBuffer buffer;
        SmtpLineBuffer::Line line;
        buffer.append("NOOP\nNO\rOP\r\n\r\n");
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text, QByteArray("NOOP"));
        QVERIFY(line.bareLineFeed);
        QVERIFY(!line.bareCarriageReturn);
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text, QByteArray("NO\rOP"));
        QVERIFY(!line.bareLineFeed);
        QVERIFY(line.bareCarriageReturn);
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text, QByteArray());
        QVERIFY(line.isClean());
    }

    void limitIs512WithCrLf()
    {
        SmtpLineBuffer buffer;
        SmtpLineBuffer::Line line;
        buffer.append(QByteArray(QByteArray(510, 'a') + "\r\n" + QByteArray(511, 'b') + "\r\nNOOP\r\n"));
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text.size(), 510);
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::TooLong);
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text, QByteArray("NOOP"));
    }

    void dropsAnOverLongLineAsItArrives()
    {
        SmtpLineBuffer buffer;
        SmtpLineBuffer::Line line;
        for (int i = 0; i < 1000; ++i) {
            buffer.append(QByteArray(1000, 'x'));
            QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::NeedMore);
            QVERIFY(buffer.bufferedBytes() <= 1000);
        }
        buffer.append("xx\r\nQUIT\r\n");
        buffer.append("NOOP\r\n");
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::TooLong);
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text, QByteArray("QUIT"));
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(line.text, QByteArray("NOOP"));
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::NeedMore);
    }

    void takeRemaining()
    {
        SmtpLineBuffer buffer;
        SmtpLineBuffer::Line line;
        buffer.append("DATA\r\nSubject: x\r\n");
        QCOMPARE(buffer.next(&line), SmtpLineBuffer::Result::Line);
        QCOMPARE(buffer.takeRemaining(), QByteArray("Subject: x\r\n"));
        QVERIFY(buffer.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmtpLineBuffer)
#include "tst_smtplinebuffer.moc"

// Tools ▸ Protocol Log with real widgets: the event and protocol logs the real relaydesk-smtpd
// writes after real sessions, new lines appearing while the window is open, the filters, Explain
// on a refused relay, and a 100,000-line log read incrementally.
#include "../client/smtpdprocess.h"
#include "logviewerdialog.h"
#include "logviewerfilter.h"
#include "logviewerfollower.h"
#include "logviewermodels.h"
#include "smtpclient.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QtTest>

using namespace RelayDesk;
using namespace RelayDesk::TestSupport;

namespace {

constexpr int LogTimeoutMs = 20000;
const QString VsName = QStringLiteral("Default SMTP Virtual Server");

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// A relay attempt from `client` that the listener refuses at RCPT (probe mode: never DATA).
SmtpClientResult refusedRelay(const SmtpdProcess &smtpd, const QString &client, const QString &to)
{
    SmtpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = smtpd.port;
    options.sourceAddress = QHostAddress(client);
    options.tls = TlsMode::Off;
    options.from = QStringLiteral("sender@outside.example");
    options.to = {to};
    options.probe = true;
    options.timeouts.connectMs = options.timeouts.greetingMs = options.timeouts.commandMs = 20000;
    return SmtpClient::run(options);
}

int rowsWith(const QAbstractItemModel *model, int column, const QString &text)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->index(row, column).data().toString() == text ? 1 : 0;
    return n;
}

QByteArray eventLine(int i)
{
    return QStringLiteral(
               "{\"time\":\"2026-01-02T03:04:05.%1Z\",\"event\":\"relay-refused\","
               "\"virtualServer\":\"%2\",\"client\":\"10.0.%3.%4\",\"sender\":\"s%5@outside.example\","
               "\"recipient\":\"r%5@far.example\",\"user\":\"\",\"tls\":false,"
               "\"reply\":\"550 5.7.1 Unable to relay for r%5@far.example\","
               "\"rule\":\"relay restrictions: no entry matches\",\"session\":\"%5\"}\n")
        .arg(i % 1000, 3, 10, QLatin1Char('0'))
        .arg(VsName)
        .arg((i / 250) % 250)
        .arg(i % 250 + 1)
        .arg(i)
        .toUtf8();
}

} // namespace

class TestLogViewer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<RefusedRelayEnvelope>(); }

    // A log that is never rotated: the model keeps the newest rows and drops the oldest.
    void rowsAreCapped()
    {
        EventLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(10);
        QList<QByteArray> lines;
        for (int i = 1; i <= 7; ++i)
            lines << eventLine(i).trimmed();
        model.appendLines(lines);
        QCOMPARE(model.rowCount(), 7);
        lines.clear();
        for (int i = 8; i <= 25; ++i)
            lines << eventLine(i).trimmed();
        model.appendLines(lines); // more than the cap in one go
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.refusedRelay(0)->sender, QStringLiteral("s16@outside.example"));
        QCOMPARE(model.refusedRelay(9)->sender, QStringLiteral("s25@outside.example"));
        model.appendLines({eventLine(26).trimmed()});
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.refusedRelay(0)->sender, QStringLiteral("s17@outside.example"));
    }

    void showsFollowsFiltersAndExplains()
    {
        SmtpdProcess smtpd;
        QString error;
        Config config = clientTestConfig();
        QVERIFY2(smtpd.start(config, &error), qPrintable(error));
        config.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), smtpd.port}};

        const SmtpClientResult first =
            refusedRelay(smtpd, QStringLiteral("127.0.0.9"), QStringLiteral("victim@far.example"));
        QCOMPARE(first.recipients.size(), 1);
        QCOMPARE(first.recipients.constFirst().reply.code, 550);

        LogViewerDialog dialog(config, smtpd.path(QString()));
        QAbstractItemModelTester eventTester(dialog.eventModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester protocolTester(dialog.protocolModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester eventFilterTester(dialog.eventFilterModel(),
                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester protocolFilterTester(dialog.protocolFilterModel(),
                                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();

        // The listener flushes its logs within a second.
        EventLogModel *events = dialog.eventModel();
        ProtocolLogModel *protocol = dialog.protocolModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            rowsWith(events, EventLogModel::RecipientColumn, QStringLiteral("victim@far.example")) == 1,
            LogTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            rowsWith(protocol, ProtocolLogModel::CommandColumn, QStringLiteral("RCPT")) >= 1, LogTimeoutMs);
        QVERIFY(rowsWith(events, EventLogModel::EventColumn, QStringLiteral("Started")) >= 1);
        QCOMPARE(rowsWith(protocol, ProtocolLogModel::StatusColumn, QStringLiteral("550")), 1);
        QVERIFY(rowsWith(protocol, ProtocolLogModel::ClientColumn, QStringLiteral("127.0.0.9")) >= 3);

        // A new session while the window is open appears without anything being clicked.
        const int eventsBefore = events->rowCount();
        const int commandsBefore = protocol->rowCount();
        refusedRelay(smtpd, QStringLiteral("127.0.0.10"), QStringLiteral("other@far.example"));
        QTRY_VERIFY_WITH_TIMEOUT(
            rowsWith(events, EventLogModel::RecipientColumn, QStringLiteral("other@far.example")) == 1,
            LogTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(rowsWith(protocol, ProtocolLogModel::StatusColumn, QStringLiteral("550")),
                                  2, LogTimeoutMs);
        QVERIFY(events->rowCount() > eventsBefore);
        QVERIFY(protocol->rowCount() > commandsBefore);

        // Filters: client, reply code, rule, virtual server.
        LogFilterModel *eventFilter = dialog.eventFilterModel();
        LogFilterModel *protocolFilter = dialog.protocolFilterModel();
        QCOMPARE(eventFilter->rowCount(), events->rowCount());
        QTest::keyClicks(child<QLineEdit>(&dialog, "clientLineEdit"), QStringLiteral("127.0.0.10"));
        QCOMPARE(rowsWith(eventFilter, EventLogModel::RecipientColumn, QStringLiteral("other@far.example")),
                 1);
        QCOMPARE(rowsWith(eventFilter, EventLogModel::RecipientColumn, QStringLiteral("victim@far.example")),
                 0);
        QVERIFY(protocolFilter->rowCount() < protocol->rowCount());
        QCOMPARE(rowsWith(protocolFilter, ProtocolLogModel::ClientColumn, QStringLiteral("127.0.0.10")),
                 protocolFilter->rowCount());
        dialog.setClientFilter(QString());
        dialog.setReplyCodeFilter(QStringLiteral("550"));
        QCOMPARE(protocolFilter->rowCount(), 2);
        QCOMPARE(rowsWith(protocolFilter, ProtocolLogModel::CommandColumn, QStringLiteral("RCPT")), 2);
        QCOMPARE(rowsWith(eventFilter, EventLogModel::EventColumn, QStringLiteral("Relay refused")), 2);
        QCOMPARE(eventFilter->rowCount(), 2); // "started" records no reply
        dialog.setReplyCodeFilter(QString());
        dialog.setRuleFilter(QStringLiteral("no such rule text"));
        QCOMPARE(eventFilter->rowCount(), 0);
        QCOMPARE(protocolFilter->rowCount(), protocol->rowCount()); // the protocol log has no rules
        QString rule;
        for (int r = 0; r < events->rowCount() && rule.isEmpty(); ++r) {
            if (events->eventName(r) == QLatin1String("relay-refused"))
                rule = events->index(r, EventLogModel::RuleColumn).data().toString();
        }
        QVERIFY(!rule.isEmpty());
        dialog.setRuleFilter(rule.left(12));
        QCOMPARE(eventFilter->rowCount(), 2);
        dialog.setRuleFilter(QString());
        auto *servers = child<QComboBox>(&dialog, "serverComboBox");
        QCOMPARE(servers->count(), 2);
        servers->setCurrentIndex(1);
        QCOMPARE(eventFilter->virtualServer(), VsName);
        QCOMPARE(protocolFilter->rowCount(), protocol->rowCount());
        QVERIFY(eventFilter->rowCount() < events->rowCount()); // "started" names no virtual server
        QVERIFY(eventFilter->rowCount() >= 2);
        servers->setCurrentIndex(0);
        QCOMPARE(eventFilter->rowCount(), events->rowCount());

        // Explain on the first refused relay: the envelope as the session had it.
        QSignalSpy explain(&dialog, &LogViewerDialog::explainRequested);
        auto *view = child<QTableView>(&dialog, "eventsTableView");
        auto *explainButton = child<QPushButton>(&dialog, "explainButton");
        view->setCurrentIndex(eventFilter->index(0, 0)); // "started"
        QVERIFY(!explainButton->isEnabled());
        int refusedRow = -1;
        for (int r = 0; r < eventFilter->rowCount() && refusedRow < 0; ++r) {
            if (eventFilter->index(r, EventLogModel::RecipientColumn).data().toString()
                == QLatin1String("victim@far.example"))
                refusedRow = r;
        }
        QVERIFY(refusedRow >= 0);
        view->setCurrentIndex(eventFilter->index(refusedRow, 0));
        QVERIFY(explainButton->isEnabled());
        QTest::mouseClick(explainButton, Qt::LeftButton);
        QCOMPARE(explain.size(), 1);
        const auto envelope = explain.constFirst().constFirst().value<RefusedRelayEnvelope>();
        QCOMPARE(envelope.virtualServer, VsName);
        QCOMPARE(envelope.client, QStringLiteral("127.0.0.9"));
        QCOMPARE(envelope.sender, QStringLiteral("sender@outside.example"));
        QCOMPARE(envelope.recipient, QStringLiteral("victim@far.example"));
        QCOMPARE(envelope.user, QString());
        QCOMPARE(envelope.tls, false);
        QVERIFY(!dialog.explainEvent(0)); // not a refused relay
        QCOMPARE(explain.size(), 1);
    }

    void largeLogLoadsIncrementally()
    {
        QTemporaryDir data;
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("logs"))));
        constexpr int Lines = 100000;
        {
            QFile file(data.filePath(QStringLiteral("logs/events.jsonl")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray all;
            for (int i = 0; i < Lines; ++i)
                all += eventLine(i);
            QCOMPARE(file.write(all), all.size());
        }
        LogViewerDialog dialog(Config::secureDefault(), data.path());
        QAbstractItemModelTester tester(dialog.eventFilterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        EventLogModel *events = dialog.eventModel();
        QCOMPARE(events->rowCount(), 0); // nothing is read inside the constructor
        QList<int> seen; // the row counts at which the event loop got a turn while loading
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (events->rowCount() > 0 && events->rowCount() < Lines)
                seen.append(events->rowCount());
        });
        ticker.start();
        dialog.show();
        QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), Lines, 120000);
        ticker.stop();
        QVERIFY2(seen.size() >= 3,
                 "the log was read in one go, not in chunks between turns of the event loop");
        QCOMPARE(dialog.eventFilterModel()->rowCount(), Lines);
        QCOMPARE(events->index(Lines - 1, EventLogModel::RecipientColumn).data().toString(),
                 QStringLiteral("r%1@far.example").arg(Lines - 1));

        // Appended lines follow; a truncated log starts over.
        {
            QFile file(data.filePath(QStringLiteral("logs/events.jsonl")));
            QVERIFY(file.open(QIODevice::Append));
            file.write(eventLine(Lines) + eventLine(Lines + 1));
        }
        QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), Lines + 2, LogTimeoutMs);
        dialog.setClientFilter(QStringLiteral("10.0.0.1"));
        QVERIFY(dialog.eventFilterModel()->rowCount() > 0);
        QVERIFY(dialog.eventFilterModel()->rowCount() < Lines / 100);
        dialog.setClientFilter(QString());
        {
            QFile file(data.filePath(QStringLiteral("logs/events.jsonl")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(eventLine(7) + eventLine(8) + eventLine(9));
        }
        QTRY_COMPARE_WITH_TIMEOUT(events->rowCount(), 3, LogTimeoutMs);
        QCOMPARE(events->index(0, EventLogModel::RecipientColumn).data().toString(),
                 QStringLiteral("r7@far.example"));
    }

    void replacedFileStartsOver()
    {
        QTemporaryDir data;
        QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("logs"))));
        const QString path = data.filePath(QStringLiteral("logs/events.jsonl"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 5; ++i)
                file.write(eventLine(i));
        }
        LogViewerDialog dialog(Config::secureDefault(), data.path());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.eventModel()->rowCount(), 5, LogTimeoutMs);
        // A new file under the name (a log moved away and a new one begun), larger than the old.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".1")));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 100; i < 108; ++i)
                file.write(eventLine(i));
        }
        QTRY_COMPARE_WITH_TIMEOUT(dialog.eventModel()->rowCount(), 8, LogTimeoutMs);
        QCOMPARE(dialog.eventModel()->index(0, EventLogModel::RecipientColumn).data().toString(),
                 QStringLiteral("r100@far.example"));
    }
};

QTEST_MAIN(TestLogViewer)
#include "tst_logviewer.moc"

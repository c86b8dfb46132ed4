// Tools ▸ Open Relay Self-Test with real widgets against the real relaydesk-smtpd binary: a closed
// configuration passes, an open one (all except an empty list) fails naming the cases that
// relayed, Cancel leaves a partial report marked cancelled, the report exports with its
// transcripts, and the client address is validated as it is typed.
#include "../client/smtpdprocess.h"
#include "relaytestdialog.h"
#include "relaytestmodel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace RelayDesk;
using namespace RelayDesk::TestSupport;
using Verdict = RelayTestCaseResult::Verdict;

namespace {

constexpr int RunTimeoutMs = 180000;

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

// The configuration as the listener runs it: its first virtual server on the listener's port.
Config running(Config config, const SmtpdProcess &smtpd)
{
    config.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), smtpd.port}};
    config.virtualServers[0].fqdn = QStringLiteral("relay.test");
    return config;
}

Config openConfig()
{
    Config config = clientTestConfig();
    config.virtualServers[0].relayRestrictions.mode = ListMode::AllExceptList;
    config.virtualServers[0].relayRestrictions.entries.clear();
    return config;
}

} // namespace

class TestRelayTestDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<RelayTestReport>(); }

    void closedConfigurationPasses()
    {
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(clientTestConfig(), &error), qPrintable(error));
        RelayTestDialog dialog(running(clientTestConfig(), smtpd), smtpd.path(QString()));
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        dialog.setTimeoutSeconds(20);
        // The default client is the CLI's: a 127.0.0.x the relay list does not admit.
        const QString source = child<QLineEdit>(&dialog, "sourceLineEdit")->text();
        QVERIFY2(source.startsWith(QLatin1String("127.0.0.")), qPrintable(source));
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));

        QSignalSpy finished(&dialog, &RelayTestDialog::finished);
        auto *run = child<QPushButton>(&dialog, "runButton");
        QVERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(dialog.isRunning()); // asynchronous: the click returned while the test runs
        QVERIFY(!run->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "cancelButton")->isEnabled());
        const int planned = dialog.model()->rowCount();
        QVERIFY(planned >= 25);
        QVERIFY(finished.wait(RunTimeoutMs));

        const RelayTestReport report = dialog.report();
        QVERIFY2(report.closed(), qPrintable(report.summary()));
        QCOMPARE(report.results.size(), planned);
        for (int row = 0; row < planned; ++row) {
            QCOMPARE(dialog.model()->state(row), RelayTestModel::State::Finished);
            QCOMPARE(dialog.model()->index(row, 0).data(RelayTestModel::VerdictRole).toInt(),
                     int(Verdict::Refused));
            QVERIFY(!dialog.model()->transcript(row).isEmpty());
        }
        const QString verdict = child<QLabel>(&dialog, "verdictLabel")->text();
        QVERIFY2(verdict.contains(QStringLiteral("Closed: all %1 relay attempts were refused.").arg(planned)),
                 qPrintable(verdict));
        QCOMPARE(child<QProgressBar>(&dialog, "progressBar")->value(), planned);

        // Selecting a case shows its transcript.
        auto *view = child<QTableView>(&dialog, "casesTableView");
        view->setCurrentIndex(dialog.model()->index(3, 0));
        const QString transcript = child<QPlainTextEdit>(&dialog, "transcriptPlainTextEdit")->toPlainText();
        QVERIFY2(transcript.contains(QLatin1String("RCPT TO:<") + report.results.at(3).testCase.to),
                 qPrintable(transcript));
        QVERIFY2(transcript.contains(QLatin1String("S: 550")), qPrintable(transcript));

        // Export: HTML with every transcript; text too.
        QTemporaryDir dir;
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QVERIFY(child<QPushButton>(&dialog, "exportButton")->isEnabled());
        QVERIFY2(dialog.exportReport(html, &error), qPrintable(error));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        QVERIFY(written.contains(QLatin1String("<html")));
        for (const RelayTestCaseResult &r : report.results)
            QVERIFY2(written.contains(r.reply.toHtmlEscaped()), qPrintable(r.reply));
        QVERIFY(written.contains(QLatin1String("C: RCPT TO:")));
        QVERIFY(written.contains(QLatin1String("S: 220")));
        const QString text = dir.filePath(QStringLiteral("report.txt"));
        QVERIFY2(dialog.exportReport(text, &error), qPrintable(error));
        QFile textFile(text);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        QVERIFY(!textFile.readAll().contains("<html"));
    }

    void openConfigurationFailsNamingTheRelays()
    {
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(openConfig(), &error), qPrintable(error));
        RelayTestDialog dialog(running(openConfig(), smtpd), smtpd.path(QString()));
        dialog.show();
        dialog.setTimeoutSeconds(20);
        // Every client may relay: the dialog still tests, and warns.
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        QVERIFY(child<QLabel>(&dialog, "problemLabel")->text().contains(QLatin1String("expect the")));
        QSignalSpy finished(&dialog, &RelayTestDialog::finished);
        QVERIFY(dialog.run());
        QVERIFY(finished.wait(RunTimeoutMs));

        const RelayTestReport report = dialog.report();
        QVERIFY(!report.closed());
        QVERIFY(report.count(Verdict::Relayed) > 0);
        const QString verdict = child<QLabel>(&dialog, "verdictLabel")->text();
        QVERIFY2(verdict.contains(QLatin1String("OPEN RELAY")), qPrintable(verdict));
        int relayedRows = 0;
        for (int row = 0; row < dialog.model()->rowCount(); ++row) {
            const auto result = dialog.model()->result(row);
            QVERIFY(result.has_value());
            if (result->verdict != Verdict::Relayed)
                continue;
            ++relayedRows;
            QVERIFY2(verdict.contains(result->testCase.title), qPrintable(result->testCase.title));
            QCOMPARE(dialog.model()->index(row, RelayTestModel::VerdictColumn).data().toString(),
                     RelayTestCaseResult::verdictText(Verdict::Relayed));
        }
        QCOMPARE(relayedRows, report.count(Verdict::Relayed));
        // The plain foreign relay is among them.
        QVERIFY(verdict.contains(QLatin1String("relaytest@relaytest.invalid")));
    }

    void cancelLeavesAPartialReport()
    {
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(clientTestConfig(), &error), qPrintable(error));
        RelayTestDialog dialog(running(clientTestConfig(), smtpd), smtpd.path(QString()));
        dialog.show();
        QSignalSpy finished(&dialog, &RelayTestDialog::finished);
        QVERIFY(dialog.run());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->state(2) != RelayTestModel::State::Pending, 60000);
        QTest::mouseClick(child<QPushButton>(&dialog, "cancelButton"), Qt::LeftButton);
        QCOMPARE(finished.size(), 1); // at once, not when the case would have ended
        QVERIFY(!dialog.isRunning());
        const RelayTestReport report = dialog.report();
        QVERIFY(report.cancelled);
        QVERIFY(!report.closed());
        QVERIFY(report.results.size() < report.plannedCases);
        QVERIFY(report.results.size() >= 2);
        QCOMPARE(dialog.model()->state(report.plannedCases - 1), RelayTestModel::State::Pending);
        const QString verdict = child<QLabel>(&dialog, "verdictLabel")->text();
        QVERIFY2(verdict.startsWith(QLatin1String("Cancelled.")), qPrintable(verdict));
        QVERIFY(child<QPushButton>(&dialog, "runButton")->isEnabled());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("partial.txt"));
        QVERIFY2(dialog.exportReport(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Cancelled after"));
    }

    void sourceAddressIsValidatedAsTyped()
    {
        Config config = clientTestConfig();
        config.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), 2525}};
        AccessEntry trusted;
        trusted.address = QStringLiteral("127.0.0.2");
        config.virtualServers[0].relayRestrictions.entries = {trusted};
        RelayTestDialog dialog(config, QString());
        auto *run = child<QPushButton>(&dialog, "runButton");
        auto *edit = child<QLineEdit>(&dialog, "sourceLineEdit");
        // The default skips the listed 127.0.0.2.
        QCOMPARE(edit->text(), QStringLiteral("127.0.0.3"));
        QVERIFY(run->isEnabled());

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("127.0.0.2"));
        QVERIFY(!run->isEnabled());
        QVERIFY2(dialog.problem().contains(QLatin1String("relay list")), qPrintable(dialog.problem()));
        QCOMPARE(run->toolTip(), dialog.problem());
        QVERIFY(!dialog.run());

        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("not-an-address"));
        QVERIFY(!run->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("not an IPv4 or IPv6 address")));

        edit->setText(QStringLiteral("192.0.2.77")); // TEST-NET: not this computer's
        QVERIFY(!run->isEnabled());
        QVERIFY(dialog.problem().contains(QLatin1String("not an address of this computer")));

        edit->setText(QStringLiteral("127.0.0.44"));
        QVERIFY2(run->isEnabled(), qPrintable(dialog.problem()));

        dialog.setForeignDomain(QStringLiteral("a@b"));
        QVERIFY(!run->isEnabled());
        dialog.setForeignDomain(QStringLiteral("elsewhere.invalid"));
        QVERIFY(run->isEnabled());
    }
};

QTEST_MAIN(TestRelayTestDialog)
#include "tst_relaytestdialog.moc"

// The open-relay battery against the real relaydesk-smtpd binary: closed and open configurations,
// progress, cancel, the report.
#include "relaytest.h"
#include "smtpdprocess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace RelayDesk;
using namespace RelayDesk::TestSupport;
using Verdict = RelayTestCaseResult::Verdict;

class TestRelayTest final : public QObject
{
    Q_OBJECT

private:
    struct Battery
    {
        QList<RelayTestCase> cases;
        SmtpClientOptions session;
    };

    static Battery battery(const Config &config, const SmtpdProcess &smtpd, QString *why)
    {
        Config running = config;
        running.virtualServers[0].bindings = {Binding{QStringLiteral("127.0.0.1"), smtpd.port}};
        const RelayPolicy policy(running, 0);
        Battery b;
        const QHostAddress server(QStringLiteral("127.0.0.1"));
        const QHostAddress source = pickUnlistedLoopbackSource(policy, server, why);
        if (source.isNull())
            return b;
        b.cases = relayTestCases(localDomainsForRelayTest(running, policy), server);
        SessionFacts facts;
        facts.client = source;
        setRelayTestExpectations(&b.cases, policy, facts);
        b.session.host = server.toString();
        b.session.port = smtpd.port;
        b.session.sourceAddress = source;
        b.session.tls = TlsMode::Off;
        b.session.timeouts.connectMs = b.session.timeouts.greetingMs = b.session.timeouts.commandMs = 20000;
        return b;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RelayTestCase>();
        qRegisterMetaType<RelayTestCaseResult>();
        qRegisterMetaType<RelayTestReport>();
    }

    void casesCoverTheClassicTricks()
    {
        const QList<RelayTestCase> cases =
            relayTestCases({QStringLiteral("corp.example")}, QHostAddress(QStringLiteral("127.0.0.1")));
        QVERIFY(cases.size() >= 25);
        QStringList to;
        QStringList ids;
        for (const RelayTestCase &c : cases) {
            to << c.to;
            QVERIFY2(!ids.contains(c.id), qPrintable(c.id));
            ids << c.id;
        }
        for (const char *expected :
             {"relaytest%relaytest.invalid@corp.example", "relaytest.invalid!relaytest@corp.example",
              "\"relaytest@relaytest.invalid\"@corp.example", "@corp.example:relaytest@relaytest.invalid",
              "relaytest@[192.0.2.1]", "RELAYTEST@RELAYTEST.INVALID.",
              "relaytest%relaytest.invalid@corp.example.", "relaytest@corp.example.relaytest.invalid",
              "relaytest@relaytestcorp.example", "relaytest"})
            QVERIFY2(to.contains(QString::fromUtf8(expected)), expected);
        bool nullSender = false;
        bool localSender = false;
        for (const RelayTestCase &c : cases) {
            nullSender = nullSender || c.from.isEmpty();
            localSender = localSender || c.from.endsWith(QLatin1String("@corp.example"));
        }
        QVERIFY(nullSender);
        QVERIFY(localSender);
    }

    void sourceIsNotOnTheRelayList()
    {
        Config config = clientTestConfig();
        for (int host = 2; host <= 5; ++host) {
            AccessEntry e;
            e.address = QStringLiteral("127.0.0.%1").arg(host);
            config.virtualServers[0].relayRestrictions.entries.append(e);
        }
        const RelayPolicy policy(config, 0);
        QString why;
        const QHostAddress source =
            pickUnlistedLoopbackSource(policy, QHostAddress(QHostAddress::LocalHost), &why);
        QCOMPARE(source, QHostAddress(QStringLiteral("127.0.0.6")));
        QVERIFY(!relayListAdmits(policy, source));
        QVERIFY(isTrustedRelayClient(policy, QHostAddress(QStringLiteral("127.0.0.3"))));

        // A /8 group on the list: no loopback client is left to test from.
        AccessEntry all;
        all.type = AccessEntryType::Group;
        all.address = QStringLiteral("127.0.0.0");
        all.prefixLength = 8;
        config.virtualServers[0].relayRestrictions.entries = {all};
        const RelayPolicy listed(config, 0);
        QVERIFY(pickUnlistedLoopbackSource(listed, QHostAddress(QHostAddress::LocalHost), &why).isNull());
        QVERIFY(!why.isEmpty());
    }

    void closedServerRefusesEveryCase()
    {
        const Config config = clientTestConfig();
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(config, &error), qPrintable(error));
        const Battery b = battery(config, smtpd, &error);
        QVERIFY2(!b.cases.isEmpty(), qPrintable(error));

        RelayTestRunner runner;
        QSignalSpy started(&runner, &RelayTestRunner::caseStarted);
        QSignalSpy finishedCases(&runner, &RelayTestRunner::caseFinished);
        QSignalSpy lines(&runner, &RelayTestRunner::transcriptLine);
        QSignalSpy finished(&runner, &RelayTestRunner::finished);
        RelayTestReport header;
        header.serverName = config.virtualServers[0].name;
        QVERIFY(runner.start(b.session, b.cases, header));
        QVERIFY(finished.wait(120000));
        const RelayTestReport report = runner.report();
        QCOMPARE(int(started.size()), int(b.cases.size()));
        QCOMPARE(int(finishedCases.size()), int(b.cases.size()));
        QVERIFY(lines.size() > b.cases.size() * 5);
        QVERIFY(report.results.size() >= 25);
        QCOMPARE(report.count(Verdict::Refused), int(b.cases.size()));
        QVERIFY(report.closed());
        for (const RelayTestCaseResult &r : report.results) {
            QVERIFY2(!r.disagrees(), qPrintable(r.testCase.id + QStringLiteral(": ") + r.reply));
            QVERIFY(r.session.outcome == SmtpClientResult::Outcome::Probed
                    || r.session.outcome == SmtpClientResult::Outcome::Refused);
            // Never DATA: every session stops at RCPT.
            for (const TranscriptLine &line : r.session.transcript)
                QVERIFY(!(line.direction == TranscriptLine::Direction::Client
                          && line.text == QLatin1String("DATA")));
        }
        QVERIFY(smtpd.messages(QStringLiteral("Queue")).isEmpty());
        QVERIFY(smtpd.messages(QStringLiteral("Drop")).isEmpty());

        // The report, as text and as HTML, with every case's transcript.
        const QString text = smtpd.path(QStringLiteral("report.txt"));
        const QString html = smtpd.path(QStringLiteral("report.html"));
        QVERIFY(report.write(text, &error));
        QVERIFY(report.write(html, &error));
        QFile textFile(text);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        const QString textReport = QString::fromUtf8(textFile.readAll());
        QVERIFY(textReport.contains(QLatin1String("Closed: all")));
        QVERIFY(textReport.contains(QLatin1String("percent-hack")));
        QVERIFY(textReport.contains(QLatin1String("C: RCPT TO:<relaytest%relaytest.invalid@corp.example>")));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QString htmlReport = QString::fromUtf8(htmlFile.readAll());
        QVERIFY(htmlReport.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(htmlReport.contains(QLatin1String("&lt;relaytest%relaytest.invalid@corp.example&gt;")));
        QVERIFY(htmlReport.contains(QLatin1String("<pre>")));
    }

    void openServerIsFound()
    {
        Config config = clientTestConfig();
        config.virtualServers[0].relayRestrictions.mode = ListMode::AllExceptList; // empty list: open
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(config, &error), qPrintable(error));
        const Battery b = battery(config, smtpd, &error);
        QVERIFY2(!b.cases.isEmpty(), qPrintable(error));
        RelayTestRunner runner;
        const RelayTestReport report = runner.exec(b.session, b.cases);
        QVERIFY(!report.closed());
        QVERIFY(report.count(Verdict::Relayed) > 0);
        QStringList relayed;
        for (const RelayTestCaseResult &r : report.results) {
            if (r.verdict == Verdict::Relayed)
                relayed << r.testCase.id;
        }
        QVERIFY(relayed.contains(QStringLiteral("foreign-to-foreign")));
        QVERIFY(relayed.contains(QStringLiteral("local-as-prefix")));
        QVERIFY(!relayed.contains(QStringLiteral("percent-look-alike"))); // 553: refused either way
        QVERIFY(report.summary().contains(QLatin1String("OPEN RELAY")));
        // Probe mode even here: nothing was queued.
        QVERIFY(smtpd.messages(QStringLiteral("Queue")).isEmpty());
    }

    void cancelStopsTheRun()
    {
        const Config config = clientTestConfig();
        SmtpdProcess smtpd;
        QString error;
        QVERIFY2(smtpd.start(config, &error), qPrintable(error));
        const Battery b = battery(config, smtpd, &error);
        QVERIFY2(!b.cases.isEmpty(), qPrintable(error));
        RelayTestRunner runner;
        QObject::connect(&runner, &RelayTestRunner::caseFinished, &runner, [&runner](int index) {
            if (index == 2)
                runner.cancel();
        });
        const RelayTestReport report = runner.exec(b.session, b.cases);
        QVERIFY(report.cancelled);
        QCOMPARE(report.results.size(), 3);
        QVERIFY(!report.closed());
        QVERIFY(!runner.isRunning());
    }

    void unreachableServer()
    {
        RelayTestRunner runner;
        SmtpClientOptions session;
        session.host = QStringLiteral("127.0.0.1");
        session.port = freeLoopbackPort();
        const QList<RelayTestCase> cases =
            relayTestCases({QStringLiteral("corp.example")}, QHostAddress(QStringLiteral("127.0.0.1")));
        const RelayTestReport report = runner.exec(session, cases);
        QVERIFY(report.unreachable);
        QCOMPARE(report.results.size(), 1); // stopped at the first case
        QVERIFY(!report.closed());
    }
};

QTEST_GUILESS_MAIN(TestRelayTest)
#include "tst_relaytest.moc"

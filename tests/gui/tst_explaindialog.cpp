// Tools ▸ Explain with real widgets: the decision per stage with the rules' trace (the same as
// relaydeskctl explain), validation as you type, the prefilled question, and the live check against
// the real relaydesk-smtpd binary, which agrees when it runs the same configuration and disagrees when
// it runs another one.
#include "../client/smtpdprocess.h"
#include "explaindialog.h"
#include "relaypolicy.h"
#include "widgetchild.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QTreeView>
#include <QtTest>

using namespace RelayDesk;
using namespace RelayDesk::TestSupport;

namespace {

const QString VsName = QStringLiteral("Default SMTP Virtual Server");

using RelayDesk::TestSupport::child;

void setText(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void setText(QPlainTextEdit *edit, const QString &text)
{
    edit->clear();
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(edit, Qt::Key_Return);
        QTest::keyClicks(edit, lines.at(i));
    }
}

// The test configuration with `relayClients` on the relay list, served on 127.0.0.1:port.
Config configWith(const QStringList &relayClients, quint16 port)
{
    Config config = clientTestConfig();
    VirtualServer &vs = config.virtualServers[0];
    for (const QString &address : relayClients) {
        AccessEntry entry;
        entry.address = address;
        vs.relayRestrictions.entries.append(entry);
    }
    vs.bindings = {Binding{QStringLiteral("127.0.0.1"), port}};
    vs.fqdn = QStringLiteral("relay.test");
    return config;
}

QString cell(const QStandardItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestExplainDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decisionAndTraceAreShown();
    void fieldsAreValidatedAsYouType();
    void requestFillsTheQuestionIn();
    void liveCheckAgreesWithTheSameConfiguration();
    void liveCheckDisagreesWithAnotherSnapshot();
    void liveCheckCanBeStopped();

private:
    // Runs the live check to its end (bounded); false when it could not start or did not end.
    bool checkListener(ExplainDialog &dialog);
    void ask(ExplainDialog &dialog, const QString &client, const QString &from, const QString &to);
};

void TestExplainDialog::initTestCase()
{
    qRegisterMetaType<ListenerComparison>();
}

void TestExplainDialog::ask(ExplainDialog &dialog, const QString &client, const QString &from,
                            const QString &to)
{
    setText(child<QLineEdit>(&dialog, "clientEdit"), client);
    setText(child<QLineEdit>(&dialog, "fromEdit"), from);
    setText(child<QPlainTextEdit>(&dialog, "toEdit"), to);
}

bool TestExplainDialog::checkListener(ExplainDialog &dialog)
{
    QSignalSpy finished(&dialog, &ExplainDialog::listenerCheckFinished);
    QPushButton *check = child<QPushButton>(&dialog, "checkButton");
    if (!check->isEnabled()) {
        qWarning("the live check is disabled: %s", qPrintable(dialog.liveCheckProblem()));
        return false;
    }
    QTest::mouseClick(check, Qt::LeftButton);
    return dialog.isChecking() && finished.wait(60000) && !dialog.isChecking();
}

void TestExplainDialog::decisionAndTraceAreShown()
{
    const Config config = configWith({QStringLiteral("127.0.0.61")}, 2525);
    ExplainDialog dialog(config, 4);
    dialog.show();
    QAbstractItemModelTester tester(dialog.decisionModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    ask(dialog, QStringLiteral("10.20.0.77"), QStringLiteral("app@corp.example"),
        QStringLiteral("x@foreign.example, alice@corp.example"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(dialog.evaluation().has_value());

    // The same evaluation relaydeskctl explain prints.
    SessionFacts facts;
    facts.client = QHostAddress(QStringLiteral("10.20.0.77"));
    const RelayPolicy policy(config, 0);
    const RelayPolicy::Evaluation expected =
        policy.evaluate(facts, QStringLiteral("<app@corp.example>"),
                        {QStringLiteral("x@foreign.example"), QStringLiteral("alice@corp.example")});

    const QStandardItemModel *model = dialog.decisionModel();
    QCOMPARE(model->rowCount(), 4); // connect, MAIL, two RCPTs
    QCOMPARE(cell(model, 0, ExplainDialog::CommandColumn), QStringLiteral("(connect)"));
    QCOMPARE(cell(model, 0, ExplainDialog::DatabaseColumn), expected.connect.reply());
    QCOMPARE(cell(model, 1, ExplainDialog::CommandColumn), QStringLiteral("MAIL FROM:<app@corp.example>"));
    QCOMPARE(cell(model, 1, ExplainDialog::DatabaseColumn), expected.mail.reply());
    QCOMPARE(cell(model, 2, ExplainDialog::CommandColumn), QStringLiteral("RCPT TO:<x@foreign.example>"));
    QCOMPARE(cell(model, 2, ExplainDialog::DatabaseColumn),
             QStringLiteral("550 5.7.1 Unable to relay for x@foreign.example"));
    QCOMPARE(cell(model, 3, ExplainDialog::DatabaseColumn), QStringLiteral("250 2.1.5 Recipient OK"));

    // The trace of rules under each stage, as the engine wrote it.
    const QModelIndex relay = model->index(2, 0);
    QCOMPARE(model->rowCount(relay), expected.recipients.at(0).trace.size());
    QVERIFY(model->rowCount(relay) > 0);
    for (int i = 0; i < model->rowCount(relay); ++i)
        QCOMPARE(model->index(i, 0, relay).data().toString(), expected.recipients.at(0).trace.at(i));
    QVERIFY(child<QTreeView>(&dialog, "decisionView")->isExpanded(relay));

    const QString verdict = child<QLabel>(&dialog, "verdictLabel")->text();
    QVERIFY2(verdict.contains(
                 QLatin1String("550 5.7.1 Unable to relay: 10.20.0.77 is not on the relay list of Default "
                               "SMTP Virtual Server and the session did not authenticate")),
             qPrintable(verdict));

    // The listed client relays; the answer follows the typing.
    setText(child<QLineEdit>(&dialog, "clientEdit"), QStringLiteral("127.0.0.61"));
    QCOMPARE(cell(model, 2, ExplainDialog::DatabaseColumn), QStringLiteral("250 2.1.5 Recipient OK"));
    QCOMPARE(child<QLabel>(&dialog, "verdictLabel")->text(), QStringLiteral("Every recipient is accepted."));

    // An authenticated session relays too (crm-app over TLS: basic authentication requires TLS).
    setText(child<QLineEdit>(&dialog, "clientEdit"), QStringLiteral("10.20.0.77"));
    auto *auth = child<QComboBox>(&dialog, "authCombo");
    auth->setCurrentIndex(auth->findData(SmtpUserName));
    QCOMPARE(
        cell(model, 2, ExplainDialog::DatabaseColumn),
        QStringLiteral("550 5.7.1 Unable to relay for x@foreign.example")); // no TLS: AUTH does not count
    child<QCheckBox>(&dialog, "tlsCheck")->setChecked(true);
    QCOMPARE(cell(model, 2, ExplainDialog::DatabaseColumn), QStringLiteral("250 2.1.5 Recipient OK"));
}

void TestExplainDialog::fieldsAreValidatedAsYouType()
{
    ExplainDialog dialog(configWith({}, 2525), 1);
    dialog.show();
    auto *problem = child<QLabel>(&dialog, "problemLabel");
    auto *check = child<QPushButton>(&dialog, "checkButton");
    auto *live = child<QLabel>(&dialog, "liveLabel");
    QCOMPARE(dialog.problem(), QStringLiteral("Enter the client's IP address."));
    QVERIFY(problem->isVisible());
    QVERIFY(!check->isEnabled());
    QCOMPARE(dialog.decisionModel()->rowCount(), 0);

    ask(dialog, QStringLiteral("10.20.0.300"), QString(), QStringLiteral("x@foreign.example"));
    QVERIFY2(dialog.problem().contains(QLatin1String("\"10.20.0.300\" is not a valid IPv4 or IPv6 address")),
             qPrintable(dialog.problem()));
    QVERIFY(!dialog.evaluation().has_value());

    // Any address can be explained; only an address of this computer can be checked live.
    setText(child<QLineEdit>(&dialog, "clientEdit"), QStringLiteral("10.20.0.77"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(problem->isHidden());
    QCOMPARE(dialog.decisionModel()->rowCount(), 3);
    QCOMPARE(cell(dialog.decisionModel(), 1, ExplainDialog::CommandColumn), QStringLiteral("MAIL FROM:<>"));
    QVERIFY(!check->isEnabled());
    QVERIFY2(dialog.liveCheckProblem().contains(QLatin1String("10.20.0.77 is not")),
             qPrintable(dialog.liveCheckProblem()));
    QVERIFY(live->isVisible());
    QCOMPARE(live->text(), dialog.liveCheckProblem());
    QCOMPARE(check->toolTip(), dialog.liveCheckProblem());

    setText(child<QLineEdit>(&dialog, "clientEdit"), QStringLiteral("127.0.0.9"));
    QVERIFY2(check->isEnabled(), qPrintable(dialog.liveCheckProblem()));

    // The live check really authenticates: it needs the password.
    auto *auth = child<QComboBox>(&dialog, "authCombo");
    auth->setCurrentIndex(auth->findData(SmtpUserName));
    QVERIFY(!check->isEnabled());
    QVERIFY(dialog.liveCheckProblem().contains(QLatin1String("enter the password of crm-app")));
    setText(child<QLineEdit>(&dialog, "passwordEdit"), SmtpPassword);
    QVERIFY(check->isEnabled());

    setText(child<QLineEdit>(&dialog, "fromEdit"), QStringLiteral("not an address"));
    QVERIFY(dialog.problem().startsWith(QLatin1String("From: not an address is not a valid address")));
    QVERIFY(!check->isEnabled());
    setText(child<QLineEdit>(&dialog, "fromEdit"), QString());
    setText(child<QPlainTextEdit>(&dialog, "toEdit"), QString());
    QCOMPARE(dialog.problem(), QStringLiteral("Enter at least one recipient in To."));
}

void TestExplainDialog::requestFillsTheQuestionIn()
{
    Config config = configWith({}, 2525);
    VirtualServer second = config.virtualServers.at(0);
    second.name = QStringLiteral("Partner Relay");
    second.bindings = {Binding{QStringLiteral("127.0.0.1"), 2526}};
    second.relayRestrictions.mode = ListMode::AllExceptList; // open: every client relays
    config.virtualServers.append(second);
    ExplainDialog dialog(config, 9);

    ExplainRequest request;
    request.virtualServer = QStringLiteral("Partner Relay");
    request.client = QHostAddress(QStringLiteral("127.0.0.9"));
    request.authenticatedUser = SmtpUserName;
    request.tls = true;
    request.from = QStringLiteral("<app@corp.example>");
    request.to = {QStringLiteral("<x@foreign.example>"), QStringLiteral("alice@corp.example")};
    dialog.setRequest(request);

    QCOMPARE(child<QComboBox>(&dialog, "serverCombo")->currentText(), QStringLiteral("Partner Relay"));
    QCOMPARE(child<QLineEdit>(&dialog, "clientEdit")->text(), QStringLiteral("127.0.0.9"));
    QCOMPARE(child<QComboBox>(&dialog, "authCombo")->currentData().toString(), SmtpUserName);
    QVERIFY(child<QCheckBox>(&dialog, "tlsCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(&dialog, "fromEdit")->text(), QStringLiteral("app@corp.example"));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "toEdit")->toPlainText(),
             QStringLiteral("x@foreign.example\nalice@corp.example"));
    const ExplainRequest back = dialog.request();
    QCOMPARE(back.virtualServer, request.virtualServer);
    QCOMPARE(back.client, request.client);
    QCOMPARE(back.to,
             QStringList({QStringLiteral("x@foreign.example"), QStringLiteral("alice@corp.example")}));
    QVERIFY(dialog.evaluation().has_value());
    QCOMPARE(dialog.decisionModel()->rowCount(), 4);

    // A user this configuration does not know is still asked about (and refused as such).
    request.virtualServer = VsName;
    request.authenticatedUser = QStringLiteral("ghost");
    dialog.setRequest(request);
    QCOMPARE(child<QComboBox>(&dialog, "authCombo")->currentText(), QStringLiteral("ghost"));
    QVERIFY(child<QLabel>(&dialog, "verdictLabel")
                ->text()
                .contains(QLatin1String("ghost is not an enabled SMTP user")));
}

void TestExplainDialog::liveCheckAgreesWithTheSameConfiguration()
{
    SmtpdProcess smtpd;
    QString error;
    QVERIFY2(smtpd.start(configWith({}, 0), &error), qPrintable(error));
    ExplainDialog dialog(configWith({}, smtpd.port), 3);
    dialog.show();
    ask(dialog, QStringLiteral("127.0.0.9"), QStringLiteral("app@corp.example"),
        QStringLiteral("x@foreign.example\nalice@corp.example"));
    QVERIFY(checkListener(dialog));

    const ListenerComparison &c = dialog.comparison();
    QVERIFY2(c.reached, qPrintable(c.error));
    QVERIFY(c.agrees());
    QCOMPARE(c.rows.size(), 4);
    const QStandardItemModel *model = dialog.decisionModel();
    QCOMPARE(cell(model, 2, ExplainDialog::ListenerColumn),
             QStringLiteral("550 5.7.1 Unable to relay for x@foreign.example"));
    QCOMPARE(cell(model, 3, ExplainDialog::ListenerColumn), QStringLiteral("250 2.1.5 Recipient OK"));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(cell(model, row, ExplainDialog::AgreesColumn), QStringLiteral("Yes"));
    QCOMPARE(child<QLabel>(&dialog, "liveLabel")->text(),
             QStringLiteral("The listener agrees with the database (revision 3)."));

    // Probe mode: RSET, no message.
    QStringList lines;
    for (const TranscriptLine &line : dialog.probe().transcript)
        lines << line.toText();
    QVERIFY(lines.contains(QStringLiteral("C: RSET")));
    QVERIFY(!lines.contains(QStringLiteral("C: DATA")));
    QVERIFY(smtpd.messages(QStringLiteral("Queue")).isEmpty());
    QVERIFY(smtpd.messages(QStringLiteral("Drop")).isEmpty());

    // Changing the question clears the listener's answers: they belonged to the old one.
    setText(child<QLineEdit>(&dialog, "clientEdit"), QStringLiteral("127.0.0.10"));
    QCOMPARE(cell(model, 2, ExplainDialog::ListenerColumn), QString());
}

void TestExplainDialog::liveCheckDisagreesWithAnotherSnapshot()
{
    // The listener runs an older snapshot without 127.0.0.9 on the relay list; the database has it.
    SmtpdProcess smtpd;
    QString error;
    QVERIFY2(smtpd.start(configWith({}, 0), &error), qPrintable(error));
    ExplainDialog dialog(configWith({QStringLiteral("127.0.0.9")}, smtpd.port), 12);
    dialog.show();
    ask(dialog, QStringLiteral("127.0.0.9"), QStringLiteral("app@corp.example"),
        QStringLiteral("x@foreign.example, alice@corp.example"));
    QCOMPARE(child<QLabel>(&dialog, "verdictLabel")->text(), QStringLiteral("Every recipient is accepted."));
    QVERIFY(checkListener(dialog));

    const ListenerComparison &c = dialog.comparison();
    QVERIFY2(c.reached, qPrintable(c.error));
    QVERIFY(!c.agrees());
    QCOMPARE(c.disagreements(), 1);
    const QStandardItemModel *model = dialog.decisionModel();
    QCOMPARE(cell(model, 2, ExplainDialog::DatabaseColumn), QStringLiteral("250 2.1.5 Recipient OK"));
    QCOMPARE(cell(model, 2, ExplainDialog::ListenerColumn),
             QStringLiteral("550 5.7.1 Unable to relay for x@foreign.example"));
    QCOMPARE(cell(model, 2, ExplainDialog::AgreesColumn), QStringLiteral("No"));
    QCOMPARE(cell(model, 3, ExplainDialog::AgreesColumn), QStringLiteral("Yes"));
    const QString live = child<QLabel>(&dialog, "liveLabel")->text();
    QVERIFY2(live.contains(QLatin1String("The listener disagrees with the database on 1 answer")),
             qPrintable(live));
    QVERIFY(live.contains(QLatin1String("revision 12")));
    QVERIFY(live.contains(QLatin1String("Rebuild and restart")));

    // The listener gone: it cannot be reached, said so.
    smtpd.stop();
    QVERIFY(checkListener(dialog));
    QVERIFY(!dialog.comparison().reached);
    QVERIFY(child<QLabel>(&dialog, "liveLabel")
                ->text()
                .startsWith(QLatin1String("The listener cannot be reached")));
}

void TestExplainDialog::liveCheckCanBeStopped()
{
    // A "listener" that accepts and never greets: the check waits until Stop.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    ExplainDialog dialog(configWith({}, silent.serverPort()), 2);
    dialog.show();
    ask(dialog, QStringLiteral("127.0.0.9"), QString(), QStringLiteral("x@foreign.example"));
    QSignalSpy finished(&dialog, &ExplainDialog::listenerCheckFinished);
    QSignalSpy connected(&silent, &QTcpServer::newConnection);
    auto *stop = child<QPushButton>(&dialog, "stopButton");
    QVERIFY(!stop->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QVERIFY(dialog.isChecking());
    QVERIFY(connected.wait(10000));
    QVERIFY(stop->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "checkButton")->isEnabled());
    QCOMPARE(finished.count(), 0);

    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(finished.count(), 1); // at once
    QVERIFY(!dialog.isChecking());
    QCOMPARE(dialog.probe().outcome, SmtpClientResult::Outcome::Cancelled);
    QCOMPARE(child<QLabel>(&dialog, "liveLabel")->text(), QStringLiteral("The live check was stopped."));
    QVERIFY(child<QPushButton>(&dialog, "checkButton")->isEnabled());
}

QTEST_MAIN(TestExplainDialog)
#include "tst_explaindialog.moc"

// Tools ▸ Test Send… with real widgets against the real relaydesk-smtpd binary: a listed, an unlisted
// and an authenticated client, Stop during a conversation, validation as you type, and the prefilled
// Relay Restrictions dialog that "Allow this computer to relay…" leads to.
#include "../client/smtpdprocess.h"
#include "accessentrydialog.h"
#include "accesslistdialog.h"
#include "dialogrunner.h"
#include "testsenddialog.h"
#include "transcriptview.h"
#include "widgetchild.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTextBlock>
#include <QtTest>

using namespace RelayDesk;
using namespace RelayDesk::TestSupport;

namespace {

const QString VsName = QStringLiteral("Default SMTP Virtual Server");
const QString ListedClient = QStringLiteral("127.0.0.61");

using RelayDesk::TestSupport::child;

void setText(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

void setText(QPlainTextEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

bool transcriptHas(const TranscriptView *view, const QString &start,
                   TranscriptView::LineClass *lineClass = nullptr)
{
    for (const TranscriptLine &line : view->transcript()) {
        if (line.toText().startsWith(start)) {
            if (lineClass)
                *lineClass = TranscriptView::lineClass(line);
            return true;
        }
    }
    return false;
}

} // namespace

class TestTestSendDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void listedClientIsDelivered();
    void unlistedClientIsRefusedAndExplained();
    void authenticatedClientRelays();
    void stopEndsTheConversationAtOnce();
    void fieldsAreValidatedAsYouType();
    void otherHostOfThisConfigurationIsExplained();
    void transcriptLinesAreClassified();
    void relayRestrictionsOpenWithTheAddressFilledIn();

private:
    // Fills the envelope; the server is the virtual server unless the test changes it.
    void fill(const QString &source, const QString &from, const QString &to);
    // Clicks Send and waits (bounded) for the verdict.
    SmtpClientResult sendAndWait();

    Config m_config;
    std::unique_ptr<SmtpdProcess> m_smtpd;
    std::unique_ptr<QTemporaryDir> m_certDir;
    bool m_tls = false;
    std::unique_ptr<TestSendDialog> m_dialog;
};

void TestTestSendDialog::initTestCase()
{
    qRegisterMetaType<SmtpClientResult>();
    qRegisterMetaType<ExplainRequest>();
    m_config = clientTestConfig();
    VirtualServer &vs = m_config.virtualServers[0];
    AccessEntry listed;
    listed.address = ListedClient;
    vs.relayRestrictions.entries = {listed};
    m_certDir = std::make_unique<QTemporaryDir>();
    const auto [cert, key] = makeCertificate(m_certDir->path());
    m_tls = !cert.isEmpty();
    if (m_tls) {
        vs.secureCommunication.certificateFile = cert;
        vs.secureCommunication.privateKeyFile = key;
    } else {
        vs.authentication.basicRequiresTls = false; // without openssl: AUTH in the clear
    }
    m_smtpd = std::make_unique<SmtpdProcess>();
    QString error;
    QVERIFY2(m_smtpd->start(m_config, &error), qPrintable(error));
    // The console's configuration is the one the listener runs (start() sets binding and name).
    vs.bindings = {Binding{QStringLiteral("127.0.0.1"), m_smtpd->port}};
    vs.fqdn = QStringLiteral("relay.test");
}

void TestTestSendDialog::cleanupTestCase()
{
    m_smtpd.reset();
}

void TestTestSendDialog::init()
{
    DialogRunner::setHook({});
    m_dialog = std::make_unique<TestSendDialog>(m_config, 7);
    m_dialog->show();
}

void TestTestSendDialog::cleanup()
{
    m_dialog.reset();
    DialogRunner::setHook({});
}

void TestTestSendDialog::fill(const QString &source, const QString &from, const QString &to)
{
    QVERIFY(m_dialog->setVirtualServer(VsName));
    setText(child<QLineEdit>(m_dialog.get(), "sourceEdit"), source);
    setText(child<QLineEdit>(m_dialog.get(), "fromEdit"), from);
    setText(child<QPlainTextEdit>(m_dialog.get(), "toEdit"), to);
    setText(child<QLineEdit>(m_dialog.get(), "subjectEdit"), QStringLiteral("GUI test"));
}

SmtpClientResult TestTestSendDialog::sendAndWait()
{
    QSignalSpy finished(m_dialog.get(), &TestSendDialog::finished);
    QPushButton *send = child<QPushButton>(m_dialog.get(), "sendButton");
    if (!send->isEnabled()) {
        qWarning("Send is disabled: %s", qPrintable(m_dialog->problem()));
        return SmtpClientResult();
    }
    QTest::mouseClick(send, Qt::LeftButton);
    if (!m_dialog->isRunning() || !finished.wait(60000))
        return SmtpClientResult();
    return finished.constFirst().constFirst().value<SmtpClientResult>();
}

void TestTestSendDialog::listedClientIsDelivered()
{
    fill(ListedClient, QStringLiteral("app@corp.example"), QStringLiteral("x@foreign.example"));
    const SmtpClientResult r = sendAndWait();
    QCOMPARE(r.outcome, SmtpClientResult::Outcome::Delivered);
    QVERIFY(r.allRecipientsAccepted());

    const auto *view = child<TranscriptView>(m_dialog.get(), "transcriptView");
    TranscriptView::LineClass cls = TranscriptView::LineClass::Info;
    QVERIFY(transcriptHas(view, QStringLiteral("C: MAIL FROM:<app@corp.example>"), &cls));
    QCOMPARE(cls, TranscriptView::LineClass::Client);
    QVERIFY(transcriptHas(view, QStringLiteral("S: 250 2.1.5"), &cls));
    QCOMPARE(cls, TranscriptView::LineClass::Positive);
    QVERIFY(view->toPlainText().contains(QLatin1String("Queued mail for delivery")));
    QVERIFY(view->text().contains(QLatin1String(" ms] C: RCPT TO:<x@foreign.example>")));

    const QString verdict = child<QLabel>(m_dialog.get(), "verdictLabel")->text();
    QVERIFY2(verdict.contains(QLatin1String("Delivered: the server queued the message for 1 recipient")),
             qPrintable(verdict));
    QVERIFY(m_dialog->explanations().isEmpty());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "explainButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "allowRelayButton")->isEnabled());
    QVERIFY(child<QPushButton>(m_dialog.get(), "sendButton")->isEnabled()); // again, once it is over
    QTRY_COMPARE_WITH_TIMEOUT(m_smtpd->messages(QStringLiteral("Queue")).size(), 1, 10000);
}

void TestTestSendDialog::unlistedClientIsRefusedAndExplained()
{
    fill(QStringLiteral("127.0.0.9"), QStringLiteral("app@corp.example"),
         QStringLiteral("x@foreign.example"));
    const SmtpClientResult r = sendAndWait();
    QCOMPARE(r.outcome, SmtpClientResult::Outcome::Refused);
    QCOMPARE(r.stage, SmtpClientResult::Stage::Rcpt);

    const auto *view = child<TranscriptView>(m_dialog.get(), "transcriptView");
    TranscriptView::LineClass cls = TranscriptView::LineClass::Info;
    QVERIFY(transcriptHas(view, QStringLiteral("S: 550 5.7.1 Unable to relay for x@foreign.example"), &cls));
    QCOMPARE(cls, TranscriptView::LineClass::Permanent);
    QVERIFY(!transcriptHas(view, QStringLiteral("C: DATA")));

    const QLabel *explanation = child<QLabel>(m_dialog.get(), "explanationLabel");
    QVERIFY(explanation->isVisible());
    QVERIFY2(explanation->text().contains(QLatin1String(
                 "550 5.7.1 Unable to relay: 127.0.0.9 is not on the relay list of Default SMTP "
                 "Virtual Server and the session did not authenticate")),
             qPrintable(explanation->text()));
    QVERIFY(child<QLabel>(m_dialog.get(), "verdictLabel")->text().startsWith(QLatin1String("Refused")));

    QPushButton *allow = child<QPushButton>(m_dialog.get(), "allowRelayButton");
    QPushButton *explain = child<QPushButton>(m_dialog.get(), "explainButton");
    QVERIFY(allow->isEnabled());
    QVERIFY(explain->isEnabled());

    QSignalSpy allowSpy(m_dialog.get(), &TestSendDialog::allowRelayRequested);
    QTest::mouseClick(allow, Qt::LeftButton);
    QCOMPARE(allowSpy.count(), 1);
    QCOMPARE(allowSpy.constFirst().at(0).toInt(), 0);
    QCOMPARE(allowSpy.constFirst().at(1).toString(), VsName);
    QCOMPARE(allowSpy.constFirst().at(2).value<QHostAddress>(), QHostAddress(QStringLiteral("127.0.0.9")));

    QSignalSpy explainSpy(m_dialog.get(), &TestSendDialog::explainRequested);
    QTest::mouseClick(explain, Qt::LeftButton);
    QCOMPARE(explainSpy.count(), 1);
    const ExplainRequest request = explainSpy.constFirst().constFirst().value<ExplainRequest>();
    QCOMPARE(request.virtualServer, VsName);
    QCOMPARE(request.client, QHostAddress(QStringLiteral("127.0.0.9")));
    QVERIFY(request.authenticatedUser.isEmpty());
    QCOMPARE(request.from, QStringLiteral("<app@corp.example>"));
    QCOMPARE(request.to, QStringList{QStringLiteral("x@foreign.example")});
    QVERIFY(m_smtpd->messages(QStringLiteral("Queue")).size() <= 1); // nothing new was queued
}

void TestTestSendDialog::authenticatedClientRelays()
{
    fill(QStringLiteral("127.0.0.9"), QStringLiteral("app@corp.example"),
         QStringLiteral("x@foreign.example"));
    auto *security = child<QComboBox>(m_dialog.get(), "securityCombo");
    auto *untrusted = child<QCheckBox>(m_dialog.get(), "untrustedCheck");
    QVERIFY(!untrusted->isEnabled()); // security Off: no certificate to accept
    if (m_tls) {
        security->setCurrentIndex(security->findData(int(TlsMode::Required)));
        QVERIFY(untrusted->isEnabled());
        untrusted->setChecked(true);
    }
    auto *auth = child<QCheckBox>(m_dialog.get(), "authCheck");
    auto *send = child<QPushButton>(m_dialog.get(), "sendButton");
    QVERIFY(!child<QLineEdit>(m_dialog.get(), "userEdit")->isEnabled());
    auth->setChecked(true);
    QVERIFY(!send->isEnabled()); // no user yet
    QVERIFY(m_dialog->problem().contains(QLatin1String("user name")));
    setText(child<QLineEdit>(m_dialog.get(), "userEdit"), SmtpUserName);
    QVERIFY(!send->isEnabled()); // no password yet
    QVERIFY(m_dialog->problem().contains(QLatin1String("password")));
    setText(child<QLineEdit>(m_dialog.get(), "passwordEdit"), SmtpPassword);
    QVERIFY(send->isEnabled());

    const SmtpClientResult r = sendAndWait();
    QCOMPARE(r.outcome, SmtpClientResult::Outcome::Delivered);
    QVERIFY(r.authenticated);
    QCOMPARE(r.tls, m_tls);
    const auto *view = child<TranscriptView>(m_dialog.get(), "transcriptView");
    QVERIFY(transcriptHas(view, QStringLiteral("S: 235 2.7.0 Authentication successful")));
    QVERIFY(!view->text().contains(SmtpPassword));
    QVERIFY(!child<QPushButton>(m_dialog.get(), "allowRelayButton")->isEnabled());
}

void TestTestSendDialog::stopEndsTheConversationAtOnce()
{
    // A server that accepts the connection and never greets: the conversation waits until Stop.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    auto *server = child<QComboBox>(m_dialog.get(), "serverCombo");
    server->setCurrentIndex(server->findData(-1));
    QVERIFY(child<QLineEdit>(m_dialog.get(), "hostEdit")->isVisible());
    setText(child<QLineEdit>(m_dialog.get(), "hostEdit"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(m_dialog.get(), "portSpin")->setValue(silent.serverPort());
    setText(child<QPlainTextEdit>(m_dialog.get(), "toEdit"), QStringLiteral("alice@corp.example"));

    QSignalSpy finished(m_dialog.get(), &TestSendDialog::finished);
    QSignalSpy connected(&silent, &QTcpServer::newConnection);
    QPushButton *stop = child<QPushButton>(m_dialog.get(), "stopButton");
    QVERIFY(!stop->isEnabled());
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "sendButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isRunning());
    QVERIFY(connected.wait(10000));
    QVERIFY(stop->isEnabled());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "sendButton")->isEnabled());
    QCOMPARE(finished.count(), 0);

    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(finished.count(), 1); // at once, not after a time-out
    QVERIFY(!m_dialog->isRunning());
    QCOMPARE(m_dialog->result().outcome, SmtpClientResult::Outcome::Cancelled);
    QVERIFY(child<QLabel>(m_dialog.get(), "verdictLabel")->text().startsWith(QLatin1String("Cancelled")));
    QVERIFY(!stop->isEnabled());
    QVERIFY(child<QPushButton>(m_dialog.get(), "sendButton")->isEnabled());
    QVERIFY(!child<QPushButton>(m_dialog.get(), "explainButton")->isEnabled());
}

void TestTestSendDialog::fieldsAreValidatedAsYouType()
{
    fill(QString(), QString(), QStringLiteral("alice@corp.example"));
    auto *send = child<QPushButton>(m_dialog.get(), "sendButton");
    auto *problem = child<QLabel>(m_dialog.get(), "problemLabel");
    QVERIFY2(send->isEnabled(), qPrintable(m_dialog->problem())); // empty source and sender are fine
    QVERIFY(problem->isHidden());

    auto *source = child<QLineEdit>(m_dialog.get(), "sourceEdit");
    setText(source, QStringLiteral("127.0.0.300"));
    QVERIFY(!send->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QLatin1String("\"127.0.0.300\" is not a valid IPv4 or IPv6 address")),
             qPrintable(problem->text()));
    QCOMPARE(source->toolTip(), problem->text());

    setText(source, QStringLiteral("192.0.2.1"));
    QVERIFY(!send->isEnabled());
    QVERIFY2(problem->text().contains(QLatin1String("192.0.2.1 is not an address of this computer")),
             qPrintable(problem->text()));
    QTest::mouseClick(send, Qt::LeftButton); // disabled: nothing starts
    QVERIFY(!m_dialog->isRunning());
    setText(source, QStringLiteral("127.0.0.9"));
    QVERIFY(send->isEnabled());
    QVERIFY(problem->isHidden());
    QVERIFY(source->toolTip().isEmpty());

    auto *from = child<QLineEdit>(m_dialog.get(), "fromEdit");
    setText(from, QStringLiteral("no address"));
    QVERIFY(!send->isEnabled());
    QVERIFY2(problem->text().startsWith(QLatin1String("From: no address is not a valid address")),
             qPrintable(problem->text()));
    setText(from, QStringLiteral("<>"));
    QVERIFY(send->isEnabled());
    QVERIFY(m_dialog->options().from.isEmpty()); // the null sender

    auto *to = child<QPlainTextEdit>(m_dialog.get(), "toEdit");
    setText(to, QStringLiteral("alice@corp.example, not an address"));
    QVERIFY(!send->isEnabled());
    QVERIFY2(problem->text().startsWith(QLatin1String("To: not an address is not a valid address")),
             qPrintable(problem->text()));
    setText(to, QString());
    QVERIFY(!send->isEnabled());
    QCOMPARE(problem->text(), QStringLiteral("Enter at least one recipient in To."));
    setText(to, QStringLiteral("a@corp.example, <b@corp.example>"));
    to->appendPlainText(QStringLiteral("c@foreign.example"));
    QVERIFY(send->isEnabled());
    QCOMPARE(m_dialog->options().to,
             QStringList({QStringLiteral("a@corp.example"), QStringLiteral("b@corp.example"),
                          QStringLiteral("c@foreign.example")}));

    auto *server = child<QComboBox>(m_dialog.get(), "serverCombo");
    server->setCurrentIndex(server->findData(-1));
    QVERIFY(!send->isEnabled());
    QCOMPARE(problem->text(), QStringLiteral("Enter the host name or IP address of the server."));
}

void TestTestSendDialog::otherHostOfThisConfigurationIsExplained()
{
    // "Other host…" that is a binding of this configuration's virtual server: still explained.
    fill(QStringLiteral("127.0.0.9"), QString(), QStringLiteral("x@foreign.example"));
    auto *server = child<QComboBox>(m_dialog.get(), "serverCombo");
    server->setCurrentIndex(server->findData(-1));
    setText(child<QLineEdit>(m_dialog.get(), "hostEdit"), QStringLiteral("127.0.0.1"));
    child<QSpinBox>(m_dialog.get(), "portSpin")->setValue(m_smtpd->port);
    QCOMPARE(m_dialog->virtualServerIndex(), -1);
    const SmtpClientResult r = sendAndWait();
    QCOMPARE(r.outcome, SmtpClientResult::Outcome::Refused);
    QCOMPARE(m_dialog->explanations().size(), 1);
    QVERIFY(m_dialog->explanations().constFirst().agrees);
    QVERIFY(
        child<QLabel>(m_dialog.get(), "explanationLabel")
            ->text()
            .contains(QLatin1String("127.0.0.9 is not on the relay list of Default SMTP Virtual Server")));
    QSignalSpy allowSpy(m_dialog.get(), &TestSendDialog::allowRelayRequested);
    QTest::mouseClick(child<QPushButton>(m_dialog.get(), "allowRelayButton"), Qt::LeftButton);
    QCOMPARE(allowSpy.count(), 1);
    QCOMPARE(allowSpy.constFirst().at(0).toInt(), 0);

    // A port no virtual server of this configuration uses: the failure is not explained.
    child<QSpinBox>(m_dialog.get(), "portSpin")->setValue(freeLoopbackPort());
    const SmtpClientResult failed = sendAndWait();
    QCOMPARE(failed.outcome, SmtpClientResult::Outcome::Failed);
    QVERIFY(m_dialog->explanations().isEmpty());
    QVERIFY(child<QLabel>(m_dialog.get(), "verdictLabel")->text().startsWith(QLatin1String("Failed at")));
    QVERIFY(!child<QPushButton>(m_dialog.get(), "allowRelayButton")->isEnabled());
}

void TestTestSendDialog::transcriptLinesAreClassified()
{
    using D = TranscriptLine::Direction;
    using C = TranscriptView::LineClass;
    QCOMPARE(TranscriptView::lineClass({D::Client, QStringLiteral("RCPT TO:<a@b>"), 1}), C::Client);
    QCOMPARE(TranscriptView::lineClass({D::Server, QStringLiteral("250 2.1.5 Recipient OK"), 1}),
             C::Positive);
    QCOMPARE(TranscriptView::lineClass({D::Server, QStringLiteral("354 Start mail input"), 1}), C::Positive);
    QCOMPARE(TranscriptView::lineClass({D::Server, QStringLiteral("452 4.5.3 Too many recipients"), 1}),
             C::Transient);
    QCOMPARE(TranscriptView::lineClass({D::Server, QStringLiteral("550 5.7.1 Unable to relay"), 1}),
             C::Permanent);
    QCOMPARE(TranscriptView::lineClass({D::Info, QStringLiteral("Connecting"), 0}), C::Info);
    QCOMPARE(TranscriptView::lineClass({D::Tls, QStringLiteral("TLS is on"), 0}), C::Info);

    TranscriptView view;
    view.appendLine({D::Client, QStringLiteral("RCPT TO:<x@foreign.example>"), 3});
    view.appendLine({D::Server, QStringLiteral("550 5.7.1 Unable to relay for x@foreign.example"), 12});
    QCOMPARE(view.document()->blockCount(), 2);
    const QTextBlock refused = view.document()->lastBlock();
    QCOMPARE(refused.text(),
             QStringLiteral("[    12 ms] S: 550 5.7.1 Unable to relay for x@foreign.example"));
    // The reply part carries the colour of a permanent refusal; the time is grey.
    QTextCursor cursor(refused);
    cursor.setPosition(refused.position() + int(refused.text().indexOf(QLatin1String("S: "))) + 1);
    QCOMPARE(cursor.charFormat().foreground().color(), view.colorOf(C::Permanent));
    cursor.setPosition(refused.position() + 2);
    QCOMPARE(cursor.charFormat().foreground().color(), view.colorOf(C::Info));
    QVERIFY(view.colorOf(C::Permanent) != view.colorOf(C::Positive));

    QCOMPARE(view.text(),
             QStringLiteral("[     3 ms] C: RCPT TO:<x@foreign.example>\n"
                            "[    12 ms] S: 550 5.7.1 Unable to relay for x@foreign.example\n"));
    view.copyAll();
    QCOMPARE(QGuiApplication::clipboard()->text(), view.text());
    view.clearTranscript();
    QVERIFY(view.transcript().isEmpty());
    QVERIFY(view.toPlainText().isEmpty());
}

void TestTestSendDialog::relayRestrictionsOpenWithTheAddressFilledIn()
{
    const AccessEntry proposed =
        TestSendDialog::relayEntryFor(QHostAddress(QStringLiteral("::ffff:127.0.0.9")));
    QCOMPARE(proposed.type, AccessEntryType::Single);
    QCOMPARE(proposed.address, QStringLiteral("127.0.0.9"));

    AccessListDialog list(AccessListDialog::Kind::Relay, VsName);
    list.setRelayRestrictions(m_config.virtualServers.at(0).relayRestrictions);
    QString shownAddress;
    bool shownSingle = false;
    int answer = QDialog::Accepted;
    DialogRunner::setHook([&](QDialog &dialog) {
        auto *entry = qobject_cast<AccessEntryDialog *>(&dialog);
        if (!entry)
            return int(QDialog::Rejected);
        shownAddress = child<QLineEdit>(entry, "addressEdit")->text();
        shownSingle = child<QAbstractButton>(entry, "singleRadio")->isChecked();
        return answer;
    });

    // Cancel in Add…: the list is unchanged.
    answer = QDialog::Rejected;
    list.addEntry(proposed);
    QCOMPARE(shownAddress, QStringLiteral("127.0.0.9"));
    QVERIFY(shownSingle);
    QCOMPARE(list.relayRestrictions().entries.size(), 1);

    // OK: the computer joins the list (nothing is applied until the property sheet applies).
    answer = QDialog::Accepted;
    list.addEntry(proposed);
    const QList<AccessEntry> entries = list.relayRestrictions().entries;
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.constLast().address, QStringLiteral("127.0.0.9"));
    QCOMPARE(entries.constLast().comment, proposed.comment);
}
QTEST_MAIN(TestTestSendDialog)
#include "tst_testsenddialog.moc"

// Servers ▸ host ▸ Queues against the real listener: mail relayed from 127.0.0.1 to smart hosts
// that are down stays queued (one delivery "minute" lasts ten minutes here). The details list shows
// the queues by destination; the queue's actions and its Find Messages… dialog retry, freeze,
// unfreeze and delete through the listener, and say in words when it refuses or is gone.
#include "configstore.h"
#include "consolenodes.h"
#include "consoletreemodel.h"
#include "detailsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "queueactions.h"
#include "queuecontrol.h"
#include "queuedmail.h"
#include "queuemessagemodel.h"
#include "queuemessagesdialog.h"
#include "serverdetails.h"
#include "syncservice.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace RelayDesk;
using namespace RelayDesk::TestSupport;
using Kind = ConsoleNode::Kind;
using TestSupport::findNode;

namespace { } // namespace

class TestQueueViews : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void queuesListShowsEachDestination();
    void queueActionsChangeTheListenersQueue();
    void deleteAllAsksAndSendsNdrsOnlyWhenTold();
    void messagesDialogActsOnTheSelection();
    void failuresAreShownInWords();

private:
    QTreeView *tree() const { return m_window->findChild<QTreeView *>(QStringLiteral("consoleTreeView")); }
    QTableView *details() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("detailsTableView"));
    }
    QString socket() const { return ListenerPaths(m_dir->path()).control; }
    QJsonObject listing() const;
    QJsonObject queueOf(const QString &vs) const;
    QJsonObject messageOf(const QString &id) const;
    // The details row of the queue of `vs`; -1 when not listed.
    int detailsRow(const QString &vs) const;
    QString cell(int row, int column) const
    {
        return details()->model()->index(row, column).data().toString();
    }
    // Queues is shown and the queue of the first virtual server is the current row.
    bool selectFirstQueue();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConfigStore> m_store;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<MainWindow> m_window;
    QueuePorts m_ports;
    QString m_destination;
    QStringList m_ids; // of the first virtual server's queue
};

QJsonObject TestQueueViews::listing() const
{
    return QueueControl::send(socket(), QueueControl::listRequest(), 10000).object;
}

QJsonObject TestQueueViews::queueOf(const QString &vs) const
{
    for (const QJsonValue &value : listing().value(QStringLiteral("queues")).toArray()) {
        if (value.toObject().value(QStringLiteral("virtualServer")).toString() == vs)
            return value.toObject();
    }
    return {};
}

QJsonObject TestQueueViews::messageOf(const QString &id) const
{
    for (const QJsonValue &value : listing().value(QStringLiteral("queue")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

void TestQueueViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("RELAYDESK_NO_LISTENER", "1"); // the console starts none: this test does
    qputenv("RELAYDESK_SMTPD", RELAYDESK_SMTPD_PATH);
    qputenv("RELAYDESK_DELIVERY_MINUTE_MS", QueueMinuteMs); // inherited by the listener
    qunsetenv("RELAYDESK_HOLD_QUEUE"); // the suite holds queues; these tests need the first attempt
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_ports = QueuePorts::pick();
    m_ids.clear();

    m_store = std::make_unique<ConfigStore>();
    QString error;
    QVERIFY2(m_store->open(m_dir->filePath(QStringLiteral("relaydesk.sqlite")), &error), qPrintable(error));
    int revision = -1;
    QCOMPARE(m_store->commit(queueTestConfig(m_ports), m_store->revision(),
                             {QStringLiteral("tst_queueviews"), QStringLiteral("queue test"), {}}, &revision,
                             &error),
             ConfigStore::Result::Ok);
    m_sync = std::make_unique<SyncService>(m_store.get(), m_dir->path());
    const SyncService::Result started = m_sync->start();
    // A failure below leaves no listener behind, whether or not cleanup() runs after a failed init().
    auto stopOnFailure = qScopeGuard([this] {
        if (QTest::currentTestFailed())
            m_sync->stop();
    });
    QVERIFY2(started.ok, qPrintable(started.message));

    for (const QString &to : {QStringLiteral("x@remote.example"), QStringLiteral("y@remote.example"),
                              QStringLiteral("z@other.example")}) {
        const QByteArray reply = sendQueued(m_ports.smtp, QueueSender, to);
        QVERIFY2(reply.startsWith("250"), reply.constData());
    }
    const QByteArray reply = sendQueued(m_ports.smtp2, QueueSender, QStringLiteral("w@remote.example"));
    QVERIFY2(reply.startsWith("250"), reply.constData());
    // Each was attempted once and refused by the dead smart host.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            const QJsonArray queue = listing().value(QStringLiteral("queue")).toArray();
            if (queue.size() != 4)
                return false;
            for (const QJsonValue &value : queue) {
                if (value.toObject().value(QStringLiteral("attempts")).toInt() < 1)
                    return false;
            }
            return true;
        }(),
        20000);
    for (const QJsonValue &value : listing().value(QStringLiteral("queue")).toArray()) {
        if (value.toObject().value(QStringLiteral("virtualServer")).toString() == QueueVsName)
            m_ids << value.toObject().value(QStringLiteral("id")).toString();
    }
    m_destination = queueOf(QueueVsName).value(QStringLiteral("destination")).toString();
    QCOMPARE(m_ids.size(), 3);
    QVERIFY(!m_destination.isEmpty());

    m_window = std::make_unique<MainWindow>(m_store.get(), m_dir->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestQueueViews::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(widget) && widget->isVisible())
            widget->close();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_window.reset();
    if (m_sync)
        m_sync->stop();
    m_sync.reset();
    m_store.reset();
    m_dir.reset();
}

int TestQueueViews::detailsRow(const QString &vs) const
{
    const QAbstractItemModel *model = details()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(DetailsModel::RowKindRole).toInt() == int(DetailsRow::Kind::Item)
            && model->index(row, ServerDetails::QueueVirtualServer).data().toString() == vs)
            return row;
    }
    return -1;
}

bool TestQueueViews::selectFirstQueue()
{
    const QModelIndex queues = findNode(tree()->model(), Kind::Queues);
    if (!queues.isValid())
        return false;
    tree()->setCurrentIndex(queues);
    const QDeadlineTimer deadline(10000);
    while (detailsRow(QueueVsName) < 0 && !deadline.hasExpired())
        QTest::qWait(50);
    const int row = detailsRow(QueueVsName);
    if (row < 0)
        return false;
    details()->setCurrentIndex(details()->model()->index(row, 0));
    return m_window->queueActions()->hasTarget();
}

void TestQueueViews::queuesListShowsEachDestination()
{
    QVERIFY(selectFirstQueue());
    QAbstractItemModel *model = details()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), int(ServerDetails::QueueColumnCount));
    QCOMPARE(model->headerData(ServerDetails::QueueDestination, Qt::Horizontal).toString(),
             QStringLiteral("Destination"));
    const int row = detailsRow(QueueVsName);
    QCOMPARE(cell(row, ServerDetails::QueueDestination), m_destination);
    QCOMPARE(cell(row, ServerDetails::QueueRoute), QStringLiteral("Smart host"));
    QCOMPARE(cell(row, ServerDetails::QueueMessages), QStringLiteral("3"));
    QCOMPARE(cell(row, ServerDetails::QueueState), QStringLiteral("Retry"));
    QVERIFY(!cell(row, ServerDetails::QueueLastError).isEmpty());
    QVERIFY(!cell(row, ServerDetails::QueueOldest).isEmpty());
    QVERIFY(!cell(row, ServerDetails::QueueNextRetry).isEmpty());
    const int row2 = detailsRow(QueueVs2Name);
    QVERIFY(row2 >= 0);
    QCOMPARE(cell(row2, ServerDetails::QueueMessages), QStringLiteral("1"));

    // The queue's actions are on, and its row stays selected while the list is asked again.
    QueueActions *actions = m_window->queueActions();
    QCOMPARE(actions->virtualServer(), QueueVsName);
    QCOMPARE(actions->destination(), m_destination);
    for (QAction *action : actions->actions())
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    QTest::qWait(2500); // one poll of the window
    QCOMPARE(details()->currentIndex().data(DetailsModel::KeyRole).toString(),
             ServerDetails::queueKey(QueueVsName, m_destination));
    QVERIFY(actions->hasTarget());

    // Another node: no queue is the target.
    tree()->setCurrentIndex(findNode(tree()->model(), Kind::Protocols));
    QVERIFY(!actions->hasTarget());
    QVERIFY(!actions->retryAction()->isEnabled());
}

void TestQueueViews::queueActionsChangeTheListenersQueue()
{
    QVERIFY(selectFirstQueue());
    QueueActions *actions = m_window->queueActions();

    actions->freezeAction()->trigger();
    QCOMPARE(queueOf(QueueVsName).value(QStringLiteral("frozen")).toInt(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(cell(detailsRow(QueueVsName), ServerDetails::QueueState),
                              QStringLiteral("Frozen"), 5000);
    QVERIFY(queueOf(QueueVs2Name).value(QStringLiteral("state")).toString() != QLatin1String("frozen"));

    actions->unfreezeAction()->trigger();
    QCOMPARE(queueOf(QueueVsName).value(QStringLiteral("frozen")).toInt(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        cell(detailsRow(QueueVsName), ServerDetails::QueueState) != QLatin1String("Frozen"), 5000);

    // Retry Now: every message of the queue is attempted again at once.
    actions->retryAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            for (const QString &id : m_ids) {
                if (messageOf(id).value(QStringLiteral("attempts")).toInt() < 2)
                    return false;
            }
            return true;
        }(),
        20000);
    QCOMPARE(mailFiles(m_dir->path(), 1, QStringLiteral("Queue")).size(), 3);
}

void TestQueueViews::deleteAllAsksAndSendsNdrsOnlyWhenTold()
{
    QVERIFY(selectFirstQueue());
    QueueActions *actions = m_window->queueActions();
    const int dropped = int(mailFiles(m_dir->path(), 1, QStringLiteral("Drop")).size());

    // Cancel: nothing happens. The question names the count and the destination.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    actions->deleteAction()->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("3 message")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(m_destination));
    QVERIFY(MessageBox::lastText().contains(QueueVsName));
    QCOMPARE(mailFiles(m_dir->path(), 1, QStringLiteral("Queue")).size(), 3);

    // "Delete and Send NDRs": the queue is gone, alice gets a report per message in Drop/.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions->deleteAction()->trigger();
    // Each message leaves Queue/ once its report is durable.
    QTRY_VERIFY_WITH_TIMEOUT(mailFiles(m_dir->path(), 1, QStringLiteral("Queue")).isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(mailFiles(m_dir->path(), 1, QStringLiteral("Drop")).size(), dropped + 3, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(detailsRow(QueueVsName), -1, 5000);
    QVERIFY(detailsRow(QueueVs2Name) >= 0);

    // "Delete Without NDRs" on the second queue: no report.
    details()->setCurrentIndex(details()->model()->index(detailsRow(QueueVs2Name), 0));
    QCOMPARE(actions->virtualServer(), QueueVs2Name);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(actions->deleteAll());
    QVERIFY(mailFiles(m_dir->path(), 2, QStringLiteral("Queue")).isEmpty());
    QTest::qWait(1000);
    QCOMPARE(mailFiles(m_dir->path(), 1, QStringLiteral("Drop")).size(), dropped + 3);
    QCOMPARE(mailFiles(m_dir->path(), 2, QStringLiteral("Drop")).size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(details()->model()->index(0, 0).data(DetailsModel::RowKindRole).toInt(),
                              int(DetailsRow::Kind::Placeholder), 5000);
}

void TestQueueViews::messagesDialogActsOnTheSelection()
{
    QVERIFY(selectFirstQueue());
    QueueMessagesDialog *dialog = m_window->queueActions()->openMessages();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(m_window->queueActions()->openMessages(), dialog); // one window per queue
    QueueMessageModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QStringList listed;
    for (int row = 0; row < model->rowCount(); ++row)
        listed << model->idAt(row);
    listed.sort();
    QStringList expected = m_ids;
    expected.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(model->index(0, QueueMessageModel::Sender).data().toString(), QueueSender);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QStringLiteral("3 message")));

    // Nothing selected: the buttons say so by being off.
    dialog->selectIds({});
    auto *freeze = dialog->findChild<QPushButton *>(QStringLiteral("freezeButton"));
    QVERIFY(freeze && !freeze->isEnabled());

    const QString id = m_ids.constFirst();
    const auto stateOf = [model](const QString &messageId) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->idAt(row) == messageId)
                return model->index(row, QueueMessageModel::State).data().toString();
        }
        return QString();
    };
    dialog->selectIds({id});
    QCOMPARE(dialog->selectedIds(), QStringList{id});
    QVERIFY(freeze->isEnabled());
    QTest::mouseClick(freeze, Qt::LeftButton);
    QCOMPARE(messageOf(id).value(QStringLiteral("state")).toString(), QStringLiteral("frozen"));
    QCOMPARE(stateOf(id), QStringLiteral("Frozen")); // refreshed after the action
    QCOMPARE(dialog->selectedIds(), QStringList{id}); // and still selected

    dialog->unfreezeSelected();
    QVERIFY(messageOf(id).value(QStringLiteral("state")).toString() != QLatin1String("frozen"));

    dialog->retrySelected();
    QTRY_VERIFY_WITH_TIMEOUT(messageOf(id).value(QStringLiteral("attempts")).toInt() >= 2, 20000);
    QCOMPARE(messageOf(m_ids.at(1)).value(QStringLiteral("attempts")).toInt(), 1);
    // The timer brings the new count into the dialog.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->idAt(row) == id)
                    return model->index(row, QueueMessageModel::Attempts).data().toInt() >= 2;
            }
            return false;
        }(),
        10000);

    // Delete… two of them, without NDRs; Cancel first changes nothing.
    const int dropped = int(mailFiles(m_dir->path(), 1, QStringLiteral("Drop")).size());
    dialog->selectIds({m_ids.at(0), m_ids.at(1)});
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dialog->deleteSelected();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("2 selected message")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(model->rowCount(), 3);
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog->deleteSelected();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), m_ids.at(2));
    QCOMPARE(mailFiles(m_dir->path(), 1, QStringLiteral("Queue")),
             QStringList{m_ids.at(2) + QStringLiteral(".eml")});
    QTest::qWait(1000);
    QCOMPARE(mailFiles(m_dir->path(), 1, QStringLiteral("Drop")).size(), dropped);
    // The console's list follows.
    QTRY_COMPARE_WITH_TIMEOUT(cell(detailsRow(QueueVsName), ServerDetails::QueueMessages),
                              QStringLiteral("1"), 5000);
}

void TestQueueViews::failuresAreShownInWords()
{
    QVERIFY(selectFirstQueue());
    QueueMessagesDialog *dialog = m_window->queueActions()->openMessages();
    QVERIFY(dialog);

    // A message deleted behind the dialog's back: the listener's refusal is shown.
    const QString id = m_ids.constFirst();
    dialog->selectIds({id});
    QVERIFY(QueueControl::send(
                socket(),
                QueueControl::request(QueueControl::Action::Delete, QueueControl::Target::message(id)), 10000)
                .ok);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->retrySelected();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("no queued message has the id")),
             qPrintable(MessageBox::lastText()));

    // The listener stops: the dialog and the queue's actions say so.
    QVERIFY(m_sync->stop().ok);
    dialog->refresh();
    QVERIFY2(dialog->errorText().contains(QStringLiteral("not running")), qPrintable(dialog->errorText()));
    QCOMPARE(dialog->model()->rowCount(), 0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!m_window->queueActions()->run(QueueControl::Action::Retry));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not running")),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(m_destination), qPrintable(MessageBox::lastText()));
    // The Queues list says why it is empty.
    QTRY_COMPARE_WITH_TIMEOUT(details()->model()->index(0, 0).data(DetailsModel::RowKindRole).toInt(),
                              int(DetailsRow::Kind::Placeholder), 10000);
    QVERIFY(details()->model()->index(0, 0).data().toString().contains(QStringLiteral("not running")));
}

QTEST_MAIN(TestQueueViews)
#include "tst_queueviews.moc"

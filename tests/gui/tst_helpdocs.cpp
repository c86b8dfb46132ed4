// The Help menu's documents: where HelpDocs looks, in which order, what it opens, what it says when
// a document is missing, and that every entry of the console's Help menu opens a document of the
// source tree. The opener is replaced: no browser starts.

#include "configstore.h"
#include "helpdocs.h"
#include "mainwindow.h"
#include "messagebox.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrl>

#include <memory>

using namespace RelayDesk;
using Document = HelpDocs::Document;

Q_DECLARE_METATYPE(HelpDocs::Document)

namespace {

QString sourceDocs()
{
    return QDir::cleanPath(qEnvironmentVariable("RELAYDESK_SOURCE_DIR") + QStringLiteral("/docs"));
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestHelpDocs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyDocumentIsInTheSourceTree_data();
    void everyDocumentIsInTheSourceTree();
    void defaultSearchPath();
    void lookupOrder();
    void opensTheFileFound();
    void missingDocumentSaysWhereItLooked();
    void openerFailureNamesTheFile();
    void helpMenu();
    void helpMenuOpensEachDocument_data();
    void helpMenuOpensEachDocument();

private:
    QWidget m_parent;
};

void TestHelpDocs::initTestCase()
{
    QVERIFY2(QFileInfo(sourceDocs()).isDir(), qPrintable(sourceDocs()));
}

void TestHelpDocs::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestHelpDocs::everyDocumentIsInTheSourceTree_data()
{
    QTest::addColumn<Document>("document");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("heading");
    QTest::newRow("user guide") << Document::UserGuide << QStringLiteral("user-guide.md")
                                << QStringLiteral("# RelayDesk user guide");
    QTest::newRow("administrator's guide")
        << Document::AdministratorsGuide << QStringLiteral("administration.md")
        << QStringLiteral("# Administration");
    QTest::newRow("coming from exchange")
        << Document::ComingFromExchange << QStringLiteral("coming-from-exchange.md")
        << QStringLiteral("# Coming from Exchange");
    QTest::newRow("troubleshooting") << Document::Troubleshooting << QStringLiteral("troubleshooting.md")
                                     << QStringLiteral("# Troubleshooting");
}

void TestHelpDocs::everyDocumentIsInTheSourceTree()
{
    QFETCH(Document, document);
    QFETCH(QString, fileName);
    QFETCH(QString, heading);
    QCOMPARE(HelpDocs::fileName(document), fileName);
    QVERIFY(!HelpDocs::title(document).isEmpty());
    QFile file(QDir(sourceDocs()).filePath(fileName));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QCOMPARE(QString::fromUtf8(file.readLine()).trimmed(), heading);
}

// First the installed copy beside the program's prefix (share/relaydesk/doc: not /usr/share/doc,
// which a Debian system may leave out), then (from a build tree, as this test runs) the source
// tree's docs/.
void TestHelpDocs::defaultSearchPath()
{
    const QStringList path = HelpDocs::defaultSearchPath();
    const QString appDir = QCoreApplication::applicationDirPath();
    QCOMPARE(path.size(), 2);
    QCOMPARE(path.at(0), QDir::cleanPath(appDir + QStringLiteral("/../share/relaydesk/doc")));
    QCOMPARE(path.at(1), sourceDocs());
    HelpDocs docs(&m_parent);
    QCOMPARE(docs.searchPath(), path);
    // Nothing is installed beside the build tree's programs: the source tree's copy is found.
    QCOMPARE(docs.find(Document::ComingFromExchange),
             QDir(sourceDocs()).filePath(QStringLiteral("coming-from-exchange.md")));
}

void TestHelpDocs::lookupOrder()
{
    QTemporaryDir installed;
    QTemporaryDir source;
    QVERIFY(installed.isValid() && source.isValid());
    HelpDocs docs(&m_parent);
    docs.setSearchPath({installed.path(), source.path()});

    QCOMPARE(docs.find(Document::Troubleshooting), QString());
    QVERIFY(writeFile(source.filePath(QStringLiteral("troubleshooting.md")), "# Troubleshooting\n"));
    QCOMPARE(docs.find(Document::Troubleshooting), source.filePath(QStringLiteral("troubleshooting.md")));
    // The installed copy comes first.
    QVERIFY(writeFile(installed.filePath(QStringLiteral("troubleshooting.md")), "# Troubleshooting\n"));
    QCOMPARE(docs.find(Document::Troubleshooting), installed.filePath(QStringLiteral("troubleshooting.md")));
    // Each document is looked up on its own.
    QCOMPARE(docs.find(Document::UserGuide), QString());
    // A directory of that name is not a document.
    QVERIFY(QDir(source.path()).mkdir(QStringLiteral("user-guide.md")));
    QCOMPARE(docs.find(Document::UserGuide), QString());
}

void TestHelpDocs::opensTheFileFound()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("administration.md")), "# Administration\n"));
    HelpDocs docs(&m_parent);
    docs.setSearchPath({dir.path()});
    QList<QUrl> opened;
    docs.setOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QVERIFY(docs.open(Document::AdministratorsGuide));
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(dir.filePath(QStringLiteral("administration.md")))});
    QVERIFY(opened.constFirst().isLocalFile());
}

void TestHelpDocs::missingDocumentSaysWhereItLooked()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());
    HelpDocs docs(&m_parent);
    docs.setSearchPath({first.path(), second.path()});
    int calls = 0;
    docs.setOpener([&calls](const QUrl &) {
        ++calls;
        return true;
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!docs.open(Document::ComingFromExchange));
    QCOMPARE(calls, 0);
    const QString text = MessageBox::lastText();
    QVERIFY2(text.contains(HelpDocs::title(Document::ComingFromExchange)), qPrintable(text));
    const QString firstPath =
        QDir::toNativeSeparators(first.filePath(QStringLiteral("coming-from-exchange.md")));
    const QString secondPath =
        QDir::toNativeSeparators(second.filePath(QStringLiteral("coming-from-exchange.md")));
    QVERIFY2(text.contains(firstPath), qPrintable(text));
    QVERIFY2(text.contains(secondPath), qPrintable(text));
    QVERIFY2(text.indexOf(firstPath) < text.indexOf(secondPath), qPrintable(text));
}

void TestHelpDocs::openerFailureNamesTheFile()
{
    HelpDocs docs(&m_parent);
    docs.setSearchPath({sourceDocs()});
    docs.setOpener([](const QUrl &) { return false; });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!docs.open(Document::UserGuide));
    const QString text = MessageBox::lastText();
    QVERIFY2(
        text.contains(QDir::toNativeSeparators(QDir(sourceDocs()).filePath(QStringLiteral("user-guide.md")))),
        qPrintable(text));
}

// Help: the four documents, a separator, then About RelayDesk and About Qt.
void TestHelpDocs::helpMenu()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConfigStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("relaydesk.sqlite")), &error), qPrintable(error));
    MainWindow window(&store, dir.path());
    auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QStringList names;
    for (QAction *action : help->actions())
        names.append(action->isSeparator() ? QStringLiteral("|") : action->objectName());
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("userGuideAction"), QStringLiteral("administratorsGuideAction"),
                     QStringLiteral("comingFromExchangeAction"), QStringLiteral("troubleshootingAction"),
                     QStringLiteral("|"), QStringLiteral("aboutAction"), QStringLiteral("aboutQtAction")}));
    QCOMPARE(window.helpDocs()->action(Document::UserGuide)->shortcut(),
             QKeySequence(QKeySequence::HelpContents));
    for (QAction *action : window.helpDocs()->actions()) {
        QVERIFY(!action->text().isEmpty());
        QVERIFY(!action->statusTip().isEmpty());
    }
}

void TestHelpDocs::helpMenuOpensEachDocument_data()
{
    QTest::addColumn<QString>("actionName");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("user guide") << QStringLiteral("userGuideAction") << QStringLiteral("user-guide.md");
    QTest::newRow("administrator's guide")
        << QStringLiteral("administratorsGuideAction") << QStringLiteral("administration.md");
    QTest::newRow("coming from exchange")
        << QStringLiteral("comingFromExchangeAction") << QStringLiteral("coming-from-exchange.md");
    QTest::newRow("troubleshooting") << QStringLiteral("troubleshootingAction")
                                     << QStringLiteral("troubleshooting.md");
}

void TestHelpDocs::helpMenuOpensEachDocument()
{
    QFETCH(QString, actionName);
    QFETCH(QString, fileName);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ConfigStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("relaydesk.sqlite")), &error), qPrintable(error));
    MainWindow window(&store, dir.path());
    QList<QUrl> opened;
    window.helpDocs()->setOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    auto *help = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QAction *action = nullptr;
    for (QAction *candidate : help->actions()) {
        if (candidate->objectName() == actionName)
            action = candidate;
    }
    QVERIFY(action);
    action->trigger();
    QCOMPARE(opened.size(), 1);
    QVERIFY(opened.constFirst().isLocalFile());
    const QFileInfo file(opened.constFirst().toLocalFile());
    QVERIFY2(file.isFile(), qPrintable(file.filePath()));
    QCOMPARE(file.absoluteFilePath(), QDir(sourceDocs()).filePath(fileName));
}

QTEST_MAIN(TestHelpDocs)
#include "tst_helpdocs.moc"

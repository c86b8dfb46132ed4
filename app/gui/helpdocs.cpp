#include "helpdocs.h"

#include "logging.h"
#include "messagebox.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QUrl>

namespace RelayDesk {

namespace {

// The program runs from its build tree (not from an installed copy): the source tree's docs/ are
// then the documents that belong to it.
bool runsFromBuildTree()
{
#ifdef RELAYDESK_BINARY_DIR
    const QString binaryDir = QDir::cleanPath(QStringLiteral(RELAYDESK_BINARY_DIR));
    const QString appDir = QDir::cleanPath(QCoreApplication::applicationDirPath());
    return appDir == binaryDir || appDir.startsWith(binaryDir + QLatin1Char('/'));
#else
    return false;
#endif
}

QString menuText(HelpDocs::Document document)
{
    switch (document) {
    case HelpDocs::Document::UserGuide:
        return HelpDocs::tr("&User Guide");
    case HelpDocs::Document::AdministratorsGuide:
        return HelpDocs::tr("A&dministrator's Guide");
    case HelpDocs::Document::ComingFromExchange:
        return HelpDocs::tr("Coming from &Exchange");
    case HelpDocs::Document::Troubleshooting:
        return HelpDocs::tr("&Troubleshooting");
    }
    return {};
}

QString statusTip(HelpDocs::Document document)
{
    switch (document) {
    case HelpDocs::Document::UserGuide:
        return HelpDocs::tr("The console: tree, property sheets, sync state, history and the Tools.");
    case HelpDocs::Document::AdministratorsGuide:
        return HelpDocs::tr("The listener as a service, port 25, certificates, backups, upgrades and logs.");
    case HelpDocs::Document::ComingFromExchange:
        return HelpDocs::tr("Where each setting of Exchange System Manager is in RelayDesk.");
    case HelpDocs::Document::Troubleshooting:
        return HelpDocs::tr(
            "From \"550 5.7.1 Unable to relay\" and other errors to the tool that explains them.");
    }
    return {};
}

QString actionObjectName(HelpDocs::Document document)
{
    switch (document) {
    case HelpDocs::Document::UserGuide:
        return QStringLiteral("userGuideAction");
    case HelpDocs::Document::AdministratorsGuide:
        return QStringLiteral("administratorsGuideAction");
    case HelpDocs::Document::ComingFromExchange:
        return QStringLiteral("comingFromExchangeAction");
    case HelpDocs::Document::Troubleshooting:
        return QStringLiteral("troubleshootingAction");
    }
    return {};
}

} // namespace

HelpDocs::HelpDocs(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_searchPath(defaultSearchPath())
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    for (Document document : documents()) {
        auto *action = new QAction(menuText(document), this);
        action->setObjectName(actionObjectName(document));
        action->setStatusTip(statusTip(document));
        connect(action, &QAction::triggered, this, [this, document] { open(document); });
        m_actions.append(action);
    }
    action(Document::UserGuide)->setShortcut(QKeySequence::HelpContents);
}

HelpDocs::~HelpDocs() = default;

QList<HelpDocs::Document> HelpDocs::documents()
{
    return {Document::UserGuide, Document::AdministratorsGuide, Document::ComingFromExchange,
            Document::Troubleshooting};
}

QString HelpDocs::fileName(Document document)
{
    switch (document) {
    case Document::UserGuide:
        return QStringLiteral("user-guide.md");
    case Document::AdministratorsGuide:
        return QStringLiteral("administration.md");
    case Document::ComingFromExchange:
        return QStringLiteral("coming-from-exchange.md");
    case Document::Troubleshooting:
        return QStringLiteral("troubleshooting.md");
    }
    return {};
}

QString HelpDocs::title(Document document)
{
    switch (document) {
    case Document::UserGuide:
        return tr("User Guide");
    case Document::AdministratorsGuide:
        return tr("Administrator's Guide");
    case Document::ComingFromExchange:
        return tr("Coming from Exchange");
    case Document::Troubleshooting:
        return tr("Troubleshooting");
    }
    return {};
}

QStringList HelpDocs::defaultSearchPath()
{
    QStringList directories{
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/relaydesk/doc"))};
#ifdef RELAYDESK_SOURCE_DIR
    if (runsFromBuildTree())
        directories.append(QDir::cleanPath(QStringLiteral(RELAYDESK_SOURCE_DIR "/docs")));
#endif
    return directories;
}

void HelpDocs::setOpener(Opener opener)
{
    m_opener = std::move(opener);
}

QString HelpDocs::find(Document document) const
{
    for (const QString &directory : m_searchPath) {
        const QFileInfo file(QDir(directory), fileName(document));
        if (file.isFile() && file.isReadable())
            return file.absoluteFilePath();
    }
    return {};
}

bool HelpDocs::open(Document document)
{
    const QString path = find(document);
    if (path.isEmpty()) {
        QStringList looked;
        for (const QString &directory : m_searchPath)
            looked.append(QDir::toNativeSeparators(QDir(directory).filePath(fileName(document))));
        qCWarning(lcGui).noquote() << "help document not found:" << looked.join(QStringLiteral(", "));
        MessageBox::warning(m_window, tr("Document Not Found"),
                            tr("The %1 is not installed. RelayDesk looked for it in:\n\n%2\n\n"
                               "Install the RelayDesk documentation, or read docs/%3 in RelayDesk's "
                               "source.")
                                .arg(title(document), looked.join(QLatin1Char('\n')), fileName(document)));
        return false;
    }
    if (!m_opener(QUrl::fromLocalFile(path))) {
        qCWarning(lcGui).noquote() << "no program opened" << path;
        MessageBox::warning(m_window, tr("Cannot Open Document"),
                            tr("No program could open the %1. Open this file with a text editor or a "
                               "Markdown viewer:\n\n%2")
                                .arg(title(document), QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

QAction *HelpDocs::action(Document document) const
{
    return m_actions.value(documents().indexOf(document));
}

} // namespace RelayDesk

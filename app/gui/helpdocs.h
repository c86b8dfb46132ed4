#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QUrl;
class QWidget;

namespace RelayDesk {

// The Help menu's documents (docs/ of the source tree): User Guide, Administrator's Guide, Coming
// from Exchange, Troubleshooting. A document is looked for, in this order, in
//  1. the installed copy: <prefix>/share/relaydesk/doc, beside the program's prefix
//     (QCoreApplication::applicationDirPath() + "/../share/relaydesk/doc"), where
//     cmake/RelayDeskInstall.cmake puts it: the program needs it, so it is not in /usr/share/doc,
//     which a system may leave out (Debian Policy 12.3; dpkg's path-exclude);
//  2. the source tree's docs/, for a program that runs from its build tree (RELAYDESK_SOURCE_DIR
//     and RELAYDESK_BINARY_DIR, compile definitions).
// The first file found is opened with the desktop's viewer for Markdown
// (QDesktopServices::openUrl); when none is found, a message box says where RelayDesk looked.
class HelpDocs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpDocs)

public:
    enum class Document
    {
        UserGuide,
        AdministratorsGuide,
        ComingFromExchange,
        Troubleshooting,
    };
    // Opens a file: URL; false when nothing could open it. Tests replace it (no browser starts).
    using Opener = std::function<bool(const QUrl &url)>;

    // window: the parent of the message boxes.
    explicit HelpDocs(QWidget *window);
    ~HelpDocs() override;

    static QList<Document> documents();
    // The file name in docs/ ("user-guide.md").
    static QString fileName(Document document);
    // The title the menu and the messages use ("Administrator's Guide"), translated.
    static QString title(Document document);

    // Where documents are looked for, first to last (see above).
    static QStringList defaultSearchPath();
    QStringList searchPath() const { return m_searchPath; }
    void setSearchPath(const QStringList &directories) { m_searchPath = directories; }
    void setOpener(Opener opener);

    // The document's file in the first directory that has it; empty when none has.
    QString find(Document document) const;
    // Finds and opens the document; a message box says why when it cannot (not found: where
    // RelayDesk looked; the opener failed: the file to open by hand). True when opened.
    bool open(Document document);

    // One action per document, in the order of documents(), for the Help menu.
    QList<QAction *> actions() const { return m_actions; }
    QAction *action(Document document) const;

private:
    QWidget *m_window;
    QStringList m_searchPath;
    Opener m_opener;
    QList<QAction *> m_actions;
};

} // namespace RelayDesk

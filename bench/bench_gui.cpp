// The console's two waits that a person notices (issue 5): opening the Relay Restrictions dialog
// with a long list, and starting the console until its window is painted.
//
// (a) AccessListDialog (model/view) with 100 and 10,000 relay entries, from construction through
//     setRelayRestrictions() and show() until a paint event reached the list's viewport; beside it
//     the widget-per-cell approach: a dialog with a QTableWidget holding one QTableWidgetItem per
//     cell, the same texts, the same fixed row heights and column widths, timed the same way.
// (b) MainWindow on a database with 100 and 10,000 relay entries and the virtual server selected
//     (as the console remembers it), no listener (RELAYDESK_NO_LISTENER=1): from opening the
//     database through construction and show() until the details list was painted.
//
// Median of several runs after one warm-up run. Run a Release build; QT_QPA_PLATFORM=offscreen
// needs no display:
//   QT_QPA_PLATFORM=offscreen build-rel/bench/bench_gui
#include "accessentrymodel.h"
#include "accesslistdialog.h"
#include "configstore.h"
#include "datadirectory.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSettings>
#include <QSysInfo>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>

using namespace RelayDesk;

namespace {

constexpr int DialogRuns = 7;
constexpr int WindowRuns = 5;
constexpr qint64 PaintTimeoutMs = 60000;

// Flags the first paint event that reaches the watched widget.
class PaintWatcher final : public QObject
{
public:
    explicit PaintWatcher(QWidget *watched) { watched->installEventFilter(this); }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return QObject::eventFilter(object, event);
    }

private:
    bool m_painted = false;
};

// Processes events until the watcher saw a paint; false after PaintTimeoutMs.
bool waitForPaint(const PaintWatcher &watcher)
{
    QElapsedTimer timer;
    timer.start();
    while (!watcher.painted()) {
        if (timer.elapsed() > PaintTimeoutMs)
            return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// A mix like a real relay list: single computers, IPv4 groups with a mask, IPv6 groups with a
// prefix, domains; comments on most, an expiry on some.
QList<AccessEntry> relayEntries(int count)
{
    QList<AccessEntry> entries;
    entries.reserve(count);
    const QDateTime expiry(QDate(2027, 1, 31), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        AccessEntry e;
        switch (i % 4) {
        case 0:
        case 1:
            e.type = AccessEntryType::Single;
            e.address =
                QStringLiteral("10.%1.%2.%3").arg((i >> 16) & 0xff).arg((i >> 8) & 0xff).arg(i & 0xff);
            break;
        case 2:
            e.type = AccessEntryType::Group;
            if (i % 8 == 2) {
                e.address = QStringLiteral("172.%1.%2.0").arg(16 + ((i >> 16) & 0x0f)).arg((i >> 8) & 0xff);
                e.mask = QStringLiteral("255.255.255.0");
            } else {
                e.address = QStringLiteral("2001:db8:%1::").arg(i, 0, 16);
                e.prefixLength = 64;
            }
            break;
        default:
            e.type = AccessEntryType::Domain;
            e.name = QStringLiteral("app%1.corp.example").arg(i);
            break;
        }
        if (i % 3 != 0)
            e.comment = QStringLiteral("application server %1").arg(i);
        if (i % 10 == 0)
            e.expires = expiry;
        entries.append(e);
    }
    return entries;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// (a) The real dialog: construction, the entries, show, the first paint of the list.
qint64 openAccessListDialog(const RelayRestrictions &restrictions)
{
    QElapsedTimer timer;
    timer.start();
    AccessListDialog dialog(AccessListDialog::Kind::Relay, QStringLiteral("Default SMTP Virtual Server"));
    dialog.setRelayRestrictions(restrictions);
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("entriesView"));
    if (!view)
        qFatal("AccessListDialog has no entriesView");
    const PaintWatcher watcher(view->viewport());
    dialog.show();
    if (!waitForPaint(watcher))
        qFatal("AccessListDialog was not painted within %lld ms", PaintTimeoutMs);
    return timer.nsecsElapsed();
}

// (a) The reference: the same texts as one item per cell in a QTableWidget.
qint64 openWidgetTable(const RelayRestrictions &restrictions)
{
    QElapsedTimer timer;
    timer.start();
    QDialog dialog;
    dialog.setWindowTitle(QStringLiteral("Relay Restrictions - Default SMTP Virtual Server"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(&dialog);
    layout->addWidget(table);
    dialog.resize(640, 480);
    // The texts come from the same model as the dialog's, so both format them alike.
    AccessEntryModel model;
    model.setEntries(restrictions.entries);
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    table->setColumnCount(columns);
    QStringList headers;
    for (int column = 0; column < columns; ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    table->setHorizontalHeaderLabels(headers);
    // Given every advantage of the dialog: fixed row heights and column widths, no sorting.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    const int unit = table->fontMetrics().averageCharWidth();
    for (int column = 0; column < columns; ++column)
        table->setColumnWidth(column, 22 * unit);
    table->setRowCount(rows);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            table->setItem(row, column, new QTableWidgetItem(model.index(row, column).data().toString()));
    }
    const PaintWatcher watcher(table->viewport());
    dialog.show();
    if (!waitForPaint(watcher))
        qFatal("the QTableWidget was not painted within %lld ms", PaintTimeoutMs);
    return timer.nsecsElapsed();
}

// (b) A data directory whose virtual server has `count` relay entries and is the selected node.
bool prepareDataDirectory(const QString &dir, int count, QString *vsName)
{
    ConfigStore store;
    QString error;
    if (!store.open(DataDirectory::databasePath(dir), &error, true)) {
        qWarning("cannot create the database: %s", qPrintable(error));
        return false;
    }
    Config config = Config::secureDefault();
    config.virtualServers[0].relayRestrictions.entries = relayEntries(count);
    *vsName = config.virtualServers[0].name;
    int revision = 0;
    QList<Problem> problems;
    if (store.commit(config, store.revision(), {QStringLiteral("bench_gui"), QStringLiteral("prepare"), {}},
                     &revision, &error, &problems)
        != ConfigStore::Result::Ok) {
        qWarning("cannot commit: %s", qPrintable(error));
        return false;
    }
    QSettings settings(QDir(dir).filePath(QStringLiteral("relaydesk.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("console/selected"),
                      QStringList{QStringLiteral("root"), QStringLiteral("servers"),
                                  QStringLiteral("host:") + QSysInfo::machineHostName(),
                                  QStringLiteral("protocols"), QStringLiteral("smtp"),
                                  QStringLiteral("vs:") + *vsName});
    return true;
}

// (b) From opening the database to the first paint of the details list.
qint64 startConsole(const QString &dir, int *detailRows)
{
    QElapsedTimer timer;
    timer.start();
    ConfigStore store;
    QString error;
    if (!store.open(DataDirectory::databasePath(dir), &error, true))
        qFatal("cannot open the database: %s", qPrintable(error));
    qint64 ns = 0;
    {
        MainWindow window(&store, dir);
        auto *details = window.findChild<QTableView *>(QStringLiteral("detailsTableView"));
        if (!details)
            qFatal("MainWindow has no detailsTableView");
        const PaintWatcher watcher(details->viewport());
        window.show();
        if (!waitForPaint(watcher))
            qFatal("the main window was not painted within %lld ms", PaintTimeoutMs);
        ns = timer.nsecsElapsed();
        *detailRows = details->model()->rowCount();
    }
    return ns;
}

} // namespace

int main(int argc, char *argv[])
{
    // The console starts no listener: this measures the window, not a child process.
    qputenv("RELAYDESK_NO_LISTENER", "1");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    out << "platform " << QGuiApplication::platformName() << ", median of " << DialogRuns << " (dialog) and "
        << WindowRuns << " (window) runs after one warm-up run\n\n";

    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("Relay Restrictions: entries"), 27)
               .arg(QStringLiteral("dialog ms"), 10)
               .arg(QStringLiteral("QTableWidget ms"), 16)
               .arg(QStringLiteral("ratio"), 7);
    for (const int count : {100, 10000}) {
        RelayRestrictions restrictions;
        restrictions.entries = relayEntries(count);
        openAccessListDialog(restrictions);
        openWidgetTable(restrictions);
        QList<qint64> dialog;
        QList<qint64> widgets;
        for (int run = 0; run < DialogRuns; ++run) {
            dialog << openAccessListDialog(restrictions);
            widgets << openWidgetTable(restrictions);
        }
        const double dialogMs = ms(median(dialog));
        const double widgetsMs = ms(median(widgets));
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(count, 27)
                   .arg(dialogMs, 10, 'f', 1)
                   .arg(widgetsMs, 16, 'f', 1)
                   .arg(widgetsMs / dialogMs, 7, 'f', 1);
        out.flush();
    }

    out << '\n'
        << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("Console start-up: entries"), 27)
               .arg(QStringLiteral("first paint ms"), 15)
               .arg(QStringLiteral("details rows"), 13);
    for (const int count : {100, 10000}) {
        QTemporaryDir dir;
        QString vsName;
        if (!dir.isValid() || !prepareDataDirectory(dir.path(), count, &vsName))
            return 1;
        int rows = 0;
        startConsole(dir.path(), &rows);
        QList<qint64> runs;
        for (int run = 0; run < WindowRuns; ++run)
            runs << startConsole(dir.path(), &rows);
        out << QStringLiteral("%1 %2 %3\n").arg(count, 27).arg(ms(median(runs)), 15, 'f', 1).arg(rows, 13);
        out.flush();
    }
    return 0;
}

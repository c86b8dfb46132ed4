#include "historydetails.h"

#include <QLocale>

namespace RelayDesk {

DetailsTable HistoryDetails::history(const ConsoleSnapshot &snapshot)
{
    DetailsTable table;
    table.title = tr("History");
    table.headers = {tr("Revision"), tr("Time"), tr("User"), tr("Program"), tr("Summary")};
    table.headerToolTips = {{}, tr("Local time"), {}, {}, {}};
    const QLocale locale;
    for (const HistoryEntry &entry : snapshot.history) {
        QStringList cells(ColumnCount);
        cells[Revision] = QString::number(entry.revision);
        cells[Time] = locale.toString(entry.time.toLocalTime(), QLocale::ShortFormat);
        cells[User] = entry.user;
        cells[Program] = entry.program;
        cells[Summary] = entry.summary;
        table.addRow(cells, QStringLiteral("revision"), diffToolTip(entry.diff), {entry.revision, entry.time},
                     QString::number(entry.revision));
    }
    if (table.rows.isEmpty())
        table.addPlaceholder(tr("No change has been recorded yet."));
    else if (!snapshot.historyComplete)
        table.addPlaceholder(
            tr("Only the newest %n revisions are shown.", "", static_cast<int>(snapshot.history.size())));
    return table;
}

QString HistoryDetails::diffToolTip(const QStringList &diff)
{
    // A tooltip is laid out in full before it shows: a change of thousands of lines would
    // freeze the console for seconds.
    if (diff.size() <= ToolTipLines)
        return diff.join(QLatin1Char('\n'));
    const auto rest = static_cast<int>(diff.size() - ToolTipLines);
    return diff.mid(0, ToolTipLines).join(QLatin1Char('\n')) + QLatin1Char('\n')
        + tr("\u2026 and %n more changes", "", rest);
}

} // namespace RelayDesk

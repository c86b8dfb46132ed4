#include "relaytestmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace RelayDesk {

namespace {

using Verdict = RelayTestCaseResult::Verdict;

QString pathText(const QString &path)
{
    return QLatin1Char('<') + path + QLatin1Char('>');
}

QColor verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Refused:
        return QColor(0x1b, 0x7f, 0x3b);
    case Verdict::Relayed:
        return QColor(0xb0, 0x00, 0x20);
    case Verdict::Inconclusive:
        return QColor(0xa1, 0x5c, 0x00);
    }
    return QColor();
}

} // namespace

RelayTestModel::RelayTestModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

RelayTestModel::~RelayTestModel() = default;

void RelayTestModel::setCases(const QList<RelayTestCase> &cases)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(cases.size());
    for (const RelayTestCase &c : cases)
        m_rows.append(Row{c, State::Pending, std::nullopt, {}});
    endResetModel();
}

void RelayTestModel::caseStarted(int row)
{
    if (!isRow(row))
        return;
    m_rows[row].state = State::Running;
    m_rows[row].transcript.clear();
    rowChanged(row);
}

void RelayTestModel::appendTranscriptLine(int row, const TranscriptLine &line)
{
    if (!isRow(row))
        return;
    m_rows[row].transcript.append(line);
    emit transcriptGrew(row, line);
}

void RelayTestModel::caseFinished(int row, const RelayTestCaseResult &result)
{
    if (!isRow(row))
        return;
    Row &r = m_rows[row];
    r.state = State::Finished;
    r.result = result;
    // The session's own transcript is complete; the live one may miss nothing, but the result
    // is what the report holds.
    if (!result.session.transcript.isEmpty())
        r.transcript = result.session.transcript;
    rowChanged(row);
}

RelayTestModel::State RelayTestModel::state(int row) const
{
    return isRow(row) ? m_rows.at(row).state : State::Pending;
}

std::optional<RelayTestCaseResult> RelayTestModel::result(int row) const
{
    return isRow(row) ? m_rows.at(row).result : std::nullopt;
}

const Transcript &RelayTestModel::transcript(int row) const
{
    static const Transcript none;
    return isRow(row) ? m_rows.at(row).transcript : none;
}

int RelayTestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RelayTestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelayTestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case StateRole:
        return int(r.state);
    case VerdictRole:
        return r.result ? QVariant(int(r.result->verdict)) : QVariant();
    case CaseIdRole:
        return r.testCase.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return r.testCase.title;
        case FromColumn:
            return pathText(r.testCase.from);
        case ToColumn:
            return pathText(r.testCase.to);
        case VerdictColumn:
            if (r.result)
                return RelayTestCaseResult::verdictText(r.result->verdict);
            return r.state == State::Running ? tr("running…") : tr("not run");
        case ReplyColumn:
            if (r.result)
                return r.result->reply.isEmpty() ? r.result->note : r.result->reply;
            return QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ReplyColumn && r.result) {
            QString tip = r.result->note;
            if (!r.testCase.expectedReply.isEmpty())
                tip += QLatin1Char('\n')
                    + tr("The database's relay rules answer: %1").arg(r.testCase.expectedReply);
            if (r.result->disagrees())
                tip += QLatin1Char('\n') + tr("The listener answered differently from the database.");
            return tip;
        }
        return index.column() == TitleColumn ? r.testCase.id : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn && r.result)
            return QBrush(verdictColour(r.result->verdict));
        return {};
    case Qt::FontRole:
        if (index.column() == VerdictColumn && r.result && r.result->verdict != Verdict::Refused) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant RelayTestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Relay attempt");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case VerdictColumn:
        return tr("Verdict");
    case ReplyColumn:
        return tr("Reply");
    default:
        return {};
    }
}

void RelayTestModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace RelayDesk

#pragma once

#include "relaytest.h"

#include <QAbstractTableModel>

#include <optional>

namespace RelayDesk {

// The cases of the Open Relay Self-Test as they run: every planned case from the start ("not
// run yet"), marked while its session runs, then its verdict and the reply that decided. The
// transcript of each case grows line by line.
class RelayTestModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelayTestModel)

public:
    enum Column
    {
        TitleColumn,
        FromColumn,
        ToColumn,
        VerdictColumn,
        ReplyColumn,
        ColumnCount
    };
    enum Role
    {
        // RelayTestModel::State as int on every column
        StateRole = Qt::UserRole + 1,
        // RelayTestCaseResult::Verdict as int, invalid while the case has not finished
        VerdictRole,
        // The case's stable id ("percent-hack")
        CaseIdRole
    };
    enum class State
    {
        Pending,
        Running,
        Finished
    };

    explicit RelayTestModel(QObject *parent = nullptr);
    ~RelayTestModel() override;

    // Starts over with the planned cases, none run yet.
    void setCases(const QList<RelayTestCase> &cases);
    void caseStarted(int row);
    void appendTranscriptLine(int row, const TranscriptLine &line);
    void caseFinished(int row, const RelayTestCaseResult &result);

    State state(int row) const;
    std::optional<RelayTestCaseResult> result(int row) const;
    const Transcript &transcript(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A line was added to the transcript of `row`.
    void transcriptGrew(int row, const RelayDesk::TranscriptLine &line);

private:
    struct Row
    {
        RelayTestCase testCase;
        State state = State::Pending;
        std::optional<RelayTestCaseResult> result;
        Transcript transcript;
    };
    bool isRow(int row) const { return row >= 0 && row < int(m_rows.size()); }
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace RelayDesk

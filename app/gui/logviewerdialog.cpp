#include "logviewerdialog.h"

#include "logviewerfilter.h"
#include "logviewerfollower.h"
#include "ui_logviewerdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QPushButton>
#include <QTimer>

namespace RelayDesk {

LogViewerDialog::LogViewerDialog(const Config &config, const QString &dataDirectory, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LogViewerDialog>())
    , m_config(config)
    , m_dataDirectory(dataDirectory)
    , m_events(new EventLogModel(this))
    , m_protocol(new ProtocolLogModel(this))
    , m_eventFilter(new LogFilterModel(this))
    , m_protocolFilter(new LogFilterModel(this))
    , m_follower(new LogFollower(this))
{
    m_ui->setupUi(this);
    setModal(false);
    m_eventFilter->setSourceModel(m_events);
    m_protocolFilter->setSourceModel(m_protocol);
    setUpView(m_ui->eventsTableView, m_eventFilter);
    setUpView(m_ui->protocolTableView, m_protocolFilter);

    m_ui->serverComboBox->addItem(tr("All virtual servers"), QString());
    for (const VirtualServer &vs : std::as_const(m_config.virtualServers))
        m_ui->serverComboBox->addItem(vs.name, vs.name);
    connect(m_ui->serverComboBox, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const QString name = m_ui->serverComboBox->currentData().toString();
        m_eventFilter->setVirtualServer(name);
        m_protocolFilter->setVirtualServer(name);
    });
    connect(m_ui->clientLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_eventFilter->setClientFilter(text);
        m_protocolFilter->setClientFilter(text);
    });
    connect(m_ui->codeLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_eventFilter->setReplyCodeFilter(text);
        m_protocolFilter->setReplyCodeFilter(text);
    });
    connect(m_ui->ruleLineEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_eventFilter->setRuleFilter(text);
        m_protocolFilter->setRuleFilter(text);
    });

    // The files, as `relaydeskctl log` reads them; a protocol log follows the UTC day.
    const QString directory = m_dataDirectory;
    m_eventSource = m_follower->addSource([directory] { return eventLogPath(directory); });
    for (int i = 0; i < m_config.virtualServers.size(); ++i) {
        const int source =
            m_follower->addSource([directory, i] { return currentProtocolLogPath(directory, i); });
        m_protocolSources.append(source);
        m_protocol->setSourceName(source, m_config.virtualServers.at(i).name);
    }
    connect(m_follower, &LogFollower::restarted, this, [this](int source) {
        if (source == m_eventSource) {
            m_events->clear();
            return;
        }
        // The rows of the protocol logs are interleaved: read them all again.
        m_protocol->clear();
        for (int other : std::as_const(m_protocolSources)) {
            if (other != source)
                m_follower->rewind(other);
        }
    });
    connect(m_follower, &LogFollower::linesRead, this, [this](int source, const QList<QByteArray> &lines) {
        if (source == m_eventSource)
            m_events->appendLines(lines);
        else
            m_protocol->appendLines(source, lines);
    });

    auto *explainAction = new QAction(tr("E&xplain…"), this);
    m_ui->eventsTableView->addAction(explainAction);
    const auto explainSelected = [this] {
        if (const auto envelope = selectedRefusedRelay())
            emit explainRequested(*envelope);
    };
    connect(explainAction, &QAction::triggered, this, explainSelected);
    connect(m_ui->explainButton, &QPushButton::clicked, this, explainSelected);
    connect(m_ui->eventsTableView, &QTableView::doubleClicked, this, explainSelected);
    connect(m_ui->eventsTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LogViewerDialog::updateState);
    connect(m_ui->tabWidget, &QTabWidget::currentChanged, this, &LogViewerDialog::updateState);
    connect(m_ui->followCheckBox, &QCheckBox::toggled, this, &LogViewerDialog::scheduleFollow);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_eventFilter),
                                      static_cast<QAbstractItemModel *>(m_protocolFilter)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &LogViewerDialog::scheduleFollow);
        connect(model, &QAbstractItemModel::rowsInserted, this, &LogViewerDialog::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &LogViewerDialog::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &LogViewerDialog::updateState);
        connect(model, &QAbstractItemModel::layoutChanged, this, &LogViewerDialog::updateState);
    }
    explainAction->setEnabled(false);
    m_follower->start();
    updateState();
}

LogViewerDialog::~LogViewerDialog()
{
    m_follower->stop();
}

void LogViewerDialog::setUpView(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    // A fixed row height: a view over 100,000 rows never measures them.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = 0; column < model->columnCount() - 1; ++column)
        view->setColumnWidth(column, column == 0 ? 170 : 120);
}

void LogViewerDialog::setVirtualServerFilter(const QString &name)
{
    const int index = m_ui->serverComboBox->findData(name, Qt::UserRole, Qt::MatchFixedString);
    m_ui->serverComboBox->setCurrentIndex(qMax(0, index));
}

void LogViewerDialog::setClientFilter(const QString &prefix)
{
    m_ui->clientLineEdit->setText(prefix);
}

void LogViewerDialog::setReplyCodeFilter(const QString &prefix)
{
    m_ui->codeLineEdit->setText(prefix);
}

void LogViewerDialog::setRuleFilter(const QString &text)
{
    m_ui->ruleLineEdit->setText(text);
}

bool LogViewerDialog::explainEvent(int row)
{
    const QModelIndex index = m_eventFilter->index(row, 0);
    if (!index.isValid())
        return false;
    const auto envelope = m_events->refusedRelay(m_eventFilter->mapToSource(index).row());
    if (!envelope)
        return false;
    emit explainRequested(*envelope);
    return true;
}

std::optional<RefusedRelayEnvelope> LogViewerDialog::selectedRefusedRelay() const
{
    const QModelIndex current = m_ui->eventsTableView->currentIndex();
    if (!current.isValid() || m_ui->tabWidget->currentWidget() != m_ui->eventsTab)
        return std::nullopt;
    return m_events->refusedRelay(m_eventFilter->mapToSource(current).row());
}

void LogViewerDialog::updateState()
{
    const bool refused = selectedRefusedRelay().has_value();
    m_ui->explainButton->setEnabled(refused);
    for (QAction *action : m_ui->eventsTableView->actions())
        action->setEnabled(refused);
    const bool events = m_ui->tabWidget->currentWidget() == m_ui->eventsTab;
    const int shown = events ? m_eventFilter->rowCount() : m_protocolFilter->rowCount();
    const int total = events ? m_events->rowCount() : m_protocol->rowCount();
    QString status = events ? tr("%1 of %n event(s)", "", total).arg(shown)
                            : tr("%1 of %n command(s)", "", total).arg(shown);
    if (m_follower->isCatchingUp())
        status += QStringLiteral(" — ") + tr("reading…");
    m_ui->statusLabel->setText(status);
}

// Keeps the newest line in sight while "Follow new lines" is on (once per turn of the event loop,
// however many chunks arrived).
void LogViewerDialog::scheduleFollow()
{
    if (m_followScheduled || !m_ui->followCheckBox->isChecked())
        return;
    m_followScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_followScheduled = false;
        if (!m_ui->followCheckBox->isChecked())
            return;
        m_ui->eventsTableView->scrollToBottom();
        m_ui->protocolTableView->scrollToBottom();
    });
}

} // namespace RelayDesk

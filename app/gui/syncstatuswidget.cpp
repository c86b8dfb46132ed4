#include "syncstatuswidget.h"

#include "syncmonitor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>

namespace RelayDesk {

namespace {

constexpr int MarkSize = 12;

QPixmap mark(const QColor &color, qreal ratio)
{
    QPixmap pixmap(QSize(MarkSize, MarkSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, MarkSize - 3, MarkSize - 3));
    return pixmap;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_markLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_fixButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    m_markLabel->setObjectName(QStringLiteral("syncStateMarkLabel"));
    m_textLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_textLabel->setTextFormat(Qt::PlainText);
    m_fixButton->setObjectName(QStringLiteral("syncFixPushButton"));
    m_fixButton->setFlat(true);
    m_fixButton->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_markLabel);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_fixButton);

    connect(m_fixButton, &QPushButton::clicked, this, &SyncStatusWidget::requestFix);
    showState();
}

SyncStatusWidget::~SyncStatusWidget() = default;

void SyncStatusWidget::setMonitor(SyncMonitor *monitor)
{
    if (m_monitor) {
        m_monitor->disconnect(this);
        disconnect(this, nullptr, m_monitor, nullptr);
    }
    m_monitor = monitor;
    if (!monitor)
        return;
    connect(monitor, &SyncMonitor::statusChanged, this, &SyncStatusWidget::setStatus);
    connect(monitor, &SyncMonitor::actionStarted, this, &SyncStatusWidget::setRunningAction);
    connect(monitor, &SyncMonitor::actionFinished, this,
            [this] { setRunningAction(m_monitor ? m_monitor->runningAction() : QString()); });
    connect(this, &SyncStatusWidget::fixRequested, monitor, &SyncMonitor::runFix);
    m_status = monitor->status();
    m_runningAction = monitor->runningAction();
    showState();
}

void SyncStatusWidget::setStatus(const SyncStatus &status)
{
    m_status = status;
    showState();
}

void SyncStatusWidget::setRunningAction(const QString &action)
{
    m_runningAction = action;
    showState();
}

QString SyncStatusWidget::text() const
{
    return m_textLabel->text();
}

QColor SyncStatusWidget::stateColor(SyncStatus::State state)
{
    switch (state) {
    case SyncStatus::State::Unknown:
        return QColor(0x9e, 0x9e, 0x9e);
    case SyncStatus::State::InSync:
        return QColor(0x2e, 0x9d, 0x3a);
    case SyncStatus::State::Pending:
        return QColor(0xf2, 0xb4, 0x00);
    case SyncStatus::State::Stale:
        return QColor(0xe8, 0x6a, 0x00);
    case SyncStatus::State::Stopped:
        return QColor(0x70, 0x70, 0x70);
    case SyncStatus::State::Failed:
        return QColor(0xc6, 0x28, 0x28);
    }
    return QColor();
}

void SyncStatusWidget::requestFix()
{
    if (m_status.fix == SyncStatus::Fix::None || !m_runningAction.isEmpty())
        return;
    // Busy at once: the monitor announces the action only when its thread takes it up.
    m_runningAction = SyncStatus::fixName(m_status.fix);
    showState();
    emit fixRequested(m_status.fix);
}

void SyncStatusWidget::showState()
{
    const SyncStatus::State state = m_status.state;
    m_markLabel->setPixmap(mark(stateColor(state), devicePixelRatioF()));
    m_textLabel->setText(state == SyncStatus::State::Unknown
                             ? SyncStatus::stateText(state)
                             : tr("Listener: %1").arg(SyncStatus::stateText(state)));

    QStringList tip;
    tip << (m_status.reason.isEmpty() ? tr("The sync state is being checked.") : m_status.reason);
    if (!m_status.error.isEmpty() && !m_status.reason.contains(m_status.error))
        tip << tr("The listener said: %1").arg(m_status.error);
    for (const QString &warning : std::as_const(m_status.openRelayWarnings))
        tip << warning;
    const QString explanation = tip.join(QStringLiteral("\n\n"));
    for (QWidget *widget : {static_cast<QWidget *>(m_markLabel), static_cast<QWidget *>(m_textLabel)})
        widget->setToolTip(explanation);
    m_textLabel->setAccessibleDescription(explanation);

    if (!m_runningAction.isEmpty()) {
        m_fixButton->setText(SyncMonitor::runningText(m_runningAction));
        m_fixButton->setToolTip(tr("Wait until the listener action finishes."));
        m_fixButton->setEnabled(false);
        m_fixButton->setVisible(true);
        return;
    }
    const QString fix = SyncStatus::fixText(m_status.fix);
    m_fixButton->setText(fix);
    m_fixButton->setToolTip(explanation);
    m_fixButton->setEnabled(!fix.isEmpty());
    m_fixButton->setVisible(!fix.isEmpty());
}

} // namespace RelayDesk

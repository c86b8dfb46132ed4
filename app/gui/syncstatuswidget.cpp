#include "syncstatuswidget.h"

namespace RelayDesk {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("syncStatusLabel"));
    setTextFormat(Qt::PlainText);
    setUnknown();
}

SyncStatusWidget::~SyncStatusWidget() = default;

void SyncStatusWidget::setState(const QString &text, const QString &explanation)
{
    setText(text);
    setToolTip(explanation);
    setAccessibleDescription(explanation);
}

void SyncStatusWidget::setUnknown()
{
    setState(tr("Listener: not known"),
             tr("Whether the listener runs the configuration revision shown here is not known: this "
                "version of the console does not contact the listener yet."));
}

} // namespace RelayDesk

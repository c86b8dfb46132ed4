#pragma once

#include <QLabel>

namespace RelayDesk {

// The status-bar indicator of the sync state (DESIGN.md, "GUI: the console"): whether the
// listener runs the configuration the database holds. This version of the console does not
// contact the listener, so it says "not known"; the sync service fills it in with setState().
class SyncStatusWidget final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);
    ~SyncStatusWidget() override;

    // text: the short state ("Listener: in sync"); explanation: the tooltip, which says what
    // the state means and what fixes it.
    void setState(const QString &text, const QString &explanation);
    void setUnknown();
};

} // namespace RelayDesk

#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace RelayDesk {

class ListenerControl;

// The listener's control socket (listener/control.sock, owner-only): one JSON object per line
// in each direction. Requests: {"command":"status"}, {"command":"reload"}, {"command":"stop"},
// {"command":"pause","virtualServer":"NAME"}, {"command":"resume","virtualServer":"NAME"},
// {"command":"sessions"}, {"command":"queue"}. A line that is not a JSON object, an unknown
// command or a missing argument gets {"ok":false,"error":"…"} and the connection stays usable.
// Lines are limited to 64 KiB; many clients may be connected at once.
class ControlServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlServer)

public:
    explicit ControlServer(ListenerControl *control, QObject *parent = nullptr);
    ~ControlServer() override;

    // Listens on `path` (a stale socket file of a dead listener is removed; a live listener's
    // socket is left alone and listen fails saying so). The socket file is made 0600.
    bool listen(const QString &path, QString *error);
    QString path() const;

private:
    class Private;
    Private *d;
};

} // namespace RelayDesk

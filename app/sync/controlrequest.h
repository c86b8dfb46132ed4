#pragma once

#include <QJsonObject>
#include <QString>

namespace RelayDesk {

// One request to a listener's control socket (listener/control.sock; the protocol is described
// in app/smtpd/controlserver.h): connects, sends `request` as one line of JSON, waits for the
// answer line and disconnects. Returns the listener's answer, which may itself say "ok": false.
// On a transport failure (no listener, time-out, an answer that is not a JSON object) it returns
// an empty object and sets *error to a sentence naming the socket.
//
// Blocking, for the CLI and sync talking to another process: never call it in the thread that
// runs the ControlServer it talks to.
QJsonObject controlRequest(const QString &socketPath, const QJsonObject &request, int timeoutMs,
                           QString *error);

} // namespace RelayDesk

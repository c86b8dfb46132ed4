#pragma once

#include <QProcess>

namespace RelayDesk::TestSupport {

// Waits until a child process has exited. QProcess::waitForFinished() returns false for a child
// that already exited while an event loop ran (a socket wait, a QSignalSpy), so a plain
// QVERIFY(waitForFinished()) fails at random exactly when the child was quick.
inline bool waitForExit(QProcess &process, int timeoutMs)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
}

} // namespace RelayDesk::TestSupport

#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// relaydeskctl run as a user runs it, on a data directory, with optional standard input.
namespace RelayDesk::TestSupport {

struct CtlRun
{
    int exitCode = -1; // -1: did not start or did not finish in time; -2: crashed
    QString out;
    QString err;
};

inline CtlRun runCtl(const QString &program, const QString &dataDir, const QStringList &args,
                     const QByteArray &input = QByteArray(), int timeoutMs = 120000)
{
    QProcess process;
    process.start(program, QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace RelayDesk::TestSupport

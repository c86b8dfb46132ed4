#pragma once

#include "configjson.h"
#include "corpdomain.h"
#include "passwordhash.h"
#include "rcptprobe.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>

// The real relaydesk-smtpd binary on a temporary data directory, for the client's tests.
namespace RelayDesk::TestSupport {

inline const QString SmtpUserName = QStringLiteral("crm-app");
inline const QString SmtpPassword = QStringLiteral("s3cret");

// The secure default with @corp.example (alice is its one recipient) and the SMTP user crm-app.
inline Config clientTestConfig()
{
    Config config = Config::secureDefault();
    addCorpDomain(config, SmtpUserName, PasswordHash::hash(SmtpPassword));
    return config;
}

class SmtpdProcess final
{
public:
    SmtpdProcess() = default;
    SmtpdProcess(const SmtpdProcess &) = delete;
    SmtpdProcess &operator=(const SmtpdProcess &) = delete;
    ~SmtpdProcess() { stop(); }

    // Serves `config` (its first virtual server on 127.0.0.1 and a port the OS picked); true once
    // the listener says it runs. On false, *error says why.
    bool start(Config config, QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        if (port == 0) // a caller may choose the port (to start a peer again on the same one)
            port = freeLoopbackPort();
        config.virtualServers[0].bindings = {Binding{address, port}};
        config.virtualServers[0].fqdn = QStringLiteral("relay.test");
        QDir().mkpath(m_dir.filePath(QStringLiteral("listener")));
        QSaveFile file(m_dir.filePath(QStringLiteral("listener/config.json")));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString();
            return false;
        }
        file.write(ConfigJson::writeSnapshot(config, 1));
        if (!file.commit()) {
            *error = file.errorString();
            return false;
        }
        m_process.setProgram(QStringLiteral(RELAYDESK_SMTPD_PATH));
        m_process.setArguments({QStringLiteral("--data-dir"), m_dir.path()});
        m_process.setReadChannel(QProcess::StandardError);
        m_process.start();
        if (!m_process.waitForStarted(15000)) {
            *error = m_process.errorString();
            return false;
        }
        // Ready once it logs that it runs (bounded): a child process, not a socket of this thread.
        const QDeadlineTimer deadline(30000);
        while (!m_log.contains("running from")) {
            if (m_process.state() != QProcess::Running || deadline.hasExpired()) {
                *error = QStringLiteral("the listener did not start: ") + QString::fromUtf8(m_log);
                return false;
            }
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            m_log += m_process.readAllStandardError();
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(15000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    // The .eml files in mailroot/vsi-1/<folder> (Drop or Queue).
    QStringList messages(const QString &folder) const
    {
        return QDir(m_dir.filePath(QStringLiteral("mailroot/vsi-1/") + folder))
            .entryList({QStringLiteral("*.eml")}, QDir::Files);
    }
    QByteArray readMessage(const QString &folder, const QString &name) const
    {
        QFile file(m_dir.filePath(QStringLiteral("mailroot/vsi-1/") + folder + QLatin1Char('/') + name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    quint16 port = 0;
    QString address = QStringLiteral("127.0.0.1"); // where it listens (set before start())

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_log;
};

// A self-signed certificate for relay.test made with the openssl CLI, in `dir`: (cert, key), or
// empty paths when openssl is missing or fails.
inline std::pair<QString, QString> makeCertificate(const QString &dir)
{
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return {};
    const QString cert = dir + QStringLiteral("/cert.pem");
    const QString key = dir + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=relay.test"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) // a child process
        return {};
    return {cert, key};
}

} // namespace RelayDesk::TestSupport

#include "clicontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace RelayDesk {

CliContext::CliContext(QTextStream &out, QTextStream &err, QTextStream &in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{ }

void CliContext::addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("Cli", "Use the data directory DIR (default: %1).")
                          .arg(defaultDataDir()),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("Cli", "Machine-readable JSON output.")});
    parser.addOption({QStringLiteral("no-sync"),
                      QCoreApplication::translate("Cli", "Do not push a change to the running listener.")});
    parser.addHelpOption();
    parser.addVersionOption();
}

void CliContext::readGlobalOptions(const QCommandLineParser &parser)
{
    m_dataDir = parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir"))
                                                         : defaultDataDir();
    m_json = parser.isSet(QStringLiteral("json"));
    m_noSync = parser.isSet(QStringLiteral("no-sync"));
}

QString CliContext::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("relaydesk.sqlite"));
}

ConfigStore *CliContext::store(bool create)
{
    if (m_store)
        return m_store.get();
    QString error;
    if (!create && !QFileInfo::exists(databasePath())) {
        environmentError(QCoreApplication::translate(
                             "Cli", "no configuration database at %1; run \"relaydeskctl init\" first")
                             .arg(databasePath()));
        return nullptr;
    }
    if (!ensureDataDir(m_dataDir, &error)) {
        environmentError(error);
        return nullptr;
    }
    auto store = std::make_unique<ConfigStore>();
    if (!store->open(databasePath(), &error, true)) {
        environmentError(QCoreApplication::translate("Cli", "cannot open the configuration database %1: %2")
                             .arg(databasePath(), error));
        return nullptr;
    }
    m_store = std::move(store);
    return m_store.get();
}

int CliContext::loadConfig(Config *config, int *revision)
{
    ConfigStore *configStore = store(false);
    if (!configStore)
        return ExitEnvironment;
    QString error;
    if (!configStore->load(config, revision, &error))
        return environmentError(error);
    return ExitOk;
}

SyncService *CliContext::sync()
{
    if (m_sync)
        return m_sync.get();
    ConfigStore *configStore = store(false);
    if (!configStore)
        return nullptr;
    m_sync = std::make_unique<SyncService>(configStore, QDir(m_dataDir).absolutePath());
    return m_sync.get();
}

int CliContext::usageError(const QString &message)
{
    m_err << "relaydeskctl: " << message << Qt::endl;
    return ExitUsage;
}

int CliContext::environmentError(const QString &message)
{
    m_err << "relaydeskctl: " << message << Qt::endl;
    return ExitEnvironment;
}

QString defaultDataDir()
{
    const QString env = qEnvironmentVariable("RELAYDESK_DATA_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool ensureDataDir(const QString &dir, QString *error)
{
    if (QFileInfo(dir).isDir())
        return true;
    if (!QDir().mkpath(dir)) {
        *error = QCoreApplication::translate("Cli", "cannot create the data directory %1").arg(dir);
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

} // namespace RelayDesk

#include "clicontext.h"

#include "datadirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

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
                          .arg(DataDirectory::resolve(QString())),
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
    m_dataDir = DataDirectory::resolve(parser.value(QStringLiteral("data-dir")));
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
    if (!DataDirectory::ensure(m_dataDir, &error)) {
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

} // namespace RelayDesk

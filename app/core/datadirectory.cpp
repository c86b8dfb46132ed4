#include "datadirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace RelayDesk {

QString DataDirectory::resolve(const QString &option)
{
    if (!option.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(option));
    const QString env = qEnvironmentVariable("RELAYDESK_DATA_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(env));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool DataDirectory::ensure(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    if (info.exists()) {
        *error = tr("%1 exists but is not a directory").arg(path);
        return false;
    }
    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = tr("cannot create the directory %1").arg(parent);
        return false;
    }
    // Created with its final permissions: no moment in which others could read it.
    if (!QDir().mkdir(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
        && !QFileInfo(path).isDir()) { // not made by another program in the same moment either
        *error = tr("cannot create the data directory %1").arg(path);
        return false;
    }
    return true;
}

QString DataDirectory::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("relaydesk.sqlite"));
}

} // namespace RelayDesk

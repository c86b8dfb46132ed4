#include "outboundsecrets.h"

#include "privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace RelayDesk {
namespace OutboundSecrets {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OutboundSecrets)
};

QString directoryPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("secrets"));
}

// The whole file; an absent file is an empty object. False (with *error) for a file that exists
// but cannot be read or is not a JSON object: it is never overwritten then.
bool load(const QString &dataDir, QJsonObject *secrets, QString *error)
{
    *secrets = {};
    QFile file(filePath(dataDir));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = Text::tr("%1 is not a JSON object of passwords").arg(file.fileName());
        return false;
    }
    *secrets = document.object();
    return true;
}

bool save(const QString &dataDir, const QJsonObject &secrets, QString *error)
{
    const QString directory = directoryPath(dataDir);
    if (!QFileInfo(directory).isDir() && !QDir().mkpath(directory)) {
        *error = Text::tr("cannot create the directory %1").arg(directory);
        return false;
    }
    // Also when it existed: the directory is the first fence around the file.
    if (!QFile::setPermissions(directory,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        *error = Text::tr("cannot make the directory %1 private").arg(directory);
        return false;
    }
    return writePrivateFile(filePath(dataDir), QJsonDocument(secrets).toJson(QJsonDocument::Indented), error);
}

} // namespace

QString filePath(const QString &dataDir)
{
    return QDir(directoryPath(dataDir)).filePath(QStringLiteral("outbound.json"));
}

QString read(const QString &dataDir, const QString &vsName)
{
    QJsonObject secrets;
    if (!load(dataDir, &secrets, nullptr))
        return {};
    return secrets.value(vsName).toString();
}

bool isSet(const QString &dataDir, const QString &vsName)
{
    return !read(dataDir, vsName).isEmpty();
}

bool set(const QString &dataDir, const QString &vsName, const QString &password, QString *error)
{
    QJsonObject secrets;
    if (!load(dataDir, &secrets, error))
        return false;
    secrets.insert(vsName, password);
    return save(dataDir, secrets, error);
}

bool remove(const QString &dataDir, const QString &vsName, QString *error)
{
    QJsonObject secrets;
    if (!load(dataDir, &secrets, error))
        return false;
    if (!secrets.contains(vsName))
        return true;
    secrets.remove(vsName);
    return save(dataDir, secrets, error);
}

bool rename(const QString &dataDir, const QString &oldName, const QString &newName, QString *error)
{
    if (oldName == newName)
        return true;
    QJsonObject secrets;
    if (!load(dataDir, &secrets, error))
        return false;
    if (!secrets.contains(oldName))
        return true;
    secrets.insert(newName, secrets.take(oldName));
    return save(dataDir, secrets, error);
}

QString problem(const QString &password)
{
    if (password.isEmpty())
        return Text::tr("the password is empty");
    if (password.size() > 256)
        return Text::tr("the password is %1 characters long; at most 256 are allowed").arg(password.size());
    const auto control = std::find_if(password.cbegin(), password.cend(), [](QChar ch) {
        return ch.unicode() < 0x20 || (ch.unicode() >= 0x7f && ch.unicode() < 0xa0);
    });
    if (control != password.cend())
        return Text::tr("the password contains a control character at position %1")
            .arg(int(control - password.cbegin()) + 1);
    return {};
}

QList<Problem> lint(const Config &config, const QString &dataDir)
{
    QList<Problem> problems;
    QJsonObject secrets;
    load(dataDir, &secrets, nullptr);
    for (int i = 0; i < config.virtualServers.size(); ++i) {
        const VirtualServer &vs = config.virtualServers.at(i);
        if (vs.delivery.outboundSecurity.authentication != OutboundAuthentication::Basic
            || !secrets.value(vs.name).toString().isEmpty())
            continue;
        problems.append({Problem::Severity::Warning,
                         QStringLiteral("virtualServers[%1].delivery.outboundSecurity.authentication").arg(i),
                         Text::tr("basic authentication for virtual server %1 but no password is set (set it "
                                  "in the console or with relaydeskctl smarthost-password)")
                             .arg(vs.name)});
    }
    return problems;
}

} // namespace OutboundSecrets
} // namespace RelayDesk

#include "commands.h"

#include "passwordhash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace RelayDesk {
namespace {

int indexOfUser(const Config &config, const QString &name)
{
    for (int i = 0; i < config.smtpUsers.size(); ++i) {
        if (config.smtpUsers.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

UserCommand::UserCommand()
    : Command(QStringLiteral("user"),
              QStringLiteral("user add NAME --password-stdin [--disabled] | user remove NAME | user list"),
              QCoreApplication::translate("Cli",
                                          "Manage the SMTP users that may authenticate (and relay, when "
                                          "authenticated relay is allowed). Passwords are stored only as "
                                          "salted PBKDF2 hashes."))
{ }

void UserCommand::setup(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QCoreApplication::translate("Cli", "add, remove or list"),
                                 QStringLiteral("add|remove|list"));
    parser.addPositionalArgument(QStringLiteral("name"), QCoreApplication::translate("Cli", "The user name."),
                                 QStringLiteral("[NAME]"));
    parser.addOption(
        {QStringLiteral("password-stdin"),
         QCoreApplication::translate(
             "Cli",
             "Read the password from the first line of standard input (never from the command line).")});
    parser.addOption({QStringLiteral("disabled"),
                      QCoreApplication::translate("Cli", "With add: create the account disabled.")});
}

int UserCommand::execute(CliContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list")) {
        if (args.size() != 1)
            return context.usageError(QCoreApplication::translate("Cli", "user list takes no NAME"));
        Config config;
        int revision = 0;
        if (const int code = context.loadConfig(&config, &revision); code != ExitOk)
            return code;
        if (context.json()) {
            QJsonArray users;
            for (const SmtpUser &u : config.smtpUsers)
                users.append(
                    QJsonObject{{QStringLiteral("name"), u.name}, {QStringLiteral("enabled"), u.enabled}});
            context.out() << QJsonDocument(users).toJson(QJsonDocument::Indented);
        } else {
            for (const SmtpUser &u : config.smtpUsers)
                context.out() << u.name
                              << (u.enabled ? QString() : QCoreApplication::translate("Cli", " (disabled)"))
                              << '\n';
            context.out().flush();
        }
        return ExitOk;
    }
    if (action != QLatin1String("add") && action != QLatin1String("remove"))
        return context.usageError(QCoreApplication::translate("Cli", "user needs add, remove or list"));
    if (args.size() != 2)
        return context.usageError(QCoreApplication::translate("Cli", "user %1 needs one NAME").arg(action));
    const QString name = args.at(1);

    if (action == QLatin1String("remove")) {
        return commitChange(context, [&](Config &config, QString *summary, QString *error) {
            const int index = indexOfUser(config, name);
            if (index < 0) {
                *error = QCoreApplication::translate("Cli", "there is no SMTP user \"%1\"").arg(name);
                return false;
            }
            config.smtpUsers.removeAt(index);
            *summary = QCoreApplication::translate("Cli", "remove SMTP user %1").arg(name);
            return true;
        });
    }

    if (!parser.isSet(QStringLiteral("password-stdin")))
        return context.usageError(QCoreApplication::translate(
            "Cli", "user add reads the password from standard input: give --password-stdin"));
    QString password = context.in().readLine();
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty())
        return context.usageError(
            QCoreApplication::translate("Cli", "the password read from standard input is empty"));
    const QString hash = PasswordHash::hash(password);
    password.fill(QLatin1Char(' '));
    const bool enabled = !parser.isSet(QStringLiteral("disabled"));
    return commitChange(context, [&](Config &config, QString *summary, QString *) {
        const int index = indexOfUser(config, name);
        if (index >= 0) {
            // A disabled account stays disabled: setting a password does not re-enable it.
            config.smtpUsers[index].passwordHash = hash;
            config.smtpUsers[index].enabled = config.smtpUsers[index].enabled && enabled;
            *summary = QCoreApplication::translate("Cli", "set the password of SMTP user %1").arg(name);
        } else {
            config.smtpUsers.append({name, enabled, hash});
            *summary = QCoreApplication::translate("Cli", "add SMTP user %1").arg(name);
        }
        return true;
    });
}

} // namespace RelayDesk

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <vector>

namespace RelayDesk::Translations {

namespace {

const char *const SettingsFile = "relaydesk.ini";
const char *const LanguageKey = "language";

std::vector<QTranslator *> &installed()
{
    static std::vector<QTranslator *> translators;
    return translators;
}

QString normalized(const QString &language)
{
    // "de_DE.UTF-8" → "de"; "C"/"POSIX" → "en".
    QString code = language.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    if (code == QLatin1String("c") || code == QLatin1String("posix"))
        code = QStringLiteral("en");
    return code;
}

// The system's language for messages, as gettext reads it: LANGUAGE (a list, through Qt's
// uiLanguages) counts only when the messages locale (LC_ALL, else LC_MESSAGES, else LANG) is a
// real one; unset, "C" or "POSIX" mean English whatever LANGUAGE says, so `LC_ALL=C` in a script
// gives English output. "C.UTF-8" is a real locale to gettext, and so here: LANGUAGE counts.
QLocale systemMessagesLocale()
{
    QString messages;
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        messages = qEnvironmentVariable(name);
        if (!messages.isEmpty())
            break;
    }
    if (messages.isEmpty() || messages == QLatin1String("C") || messages == QLatin1String("POSIX"))
        return QLocale(QLocale::English);
    return QLocale();
}

} // namespace

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString overrideFor(const QString &dataDir)
{
    const QString fromEnvironment = qEnvironmentVariable("RELAYDESK_LANGUAGE");
    if (!fromEnvironment.isEmpty())
        return normalized(fromEnvironment);
    if (dataDir.isEmpty() || !QFile::exists(QDir(dataDir).filePath(QLatin1String(SettingsFile))))
        return {};
    const QSettings settings(QDir(dataDir).filePath(QLatin1String(SettingsFile)), QSettings::IniFormat);
    return normalized(settings.value(QLatin1String(LanguageKey)).toString());
}

bool setOverride(const QString &dataDir, const QString &language)
{
    QSettings settings(QDir(dataDir).filePath(QLatin1String(SettingsFile)), QSettings::IniFormat);
    if (language.isEmpty())
        settings.remove(QLatin1String(LanguageKey));
    else
        settings.setValue(QLatin1String(LanguageKey), normalized(language));
    settings.sync();
    return settings.status() == QSettings::NoError;
}

QString install(QCoreApplication *app, const QString &language)
{
    for (QTranslator *translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    const QLocale locale = language.isEmpty() ? systemMessagesLocale() : QLocale(normalized(language));
    // English has a catalogue of its plural forms only; it is also the fallback for a language
    // RelayDesk does not speak.
    auto *own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("relaydesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !own->load(QStringLiteral("relaydesk_en"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    installed().push_back(own);
    const QString inUse = normalized(own->language());
    if (inUse == QLatin1String("en"))
        return inUse; // Qt's own strings stay English too, never in a language RelayDesk does not speak
    // Qt's own strings (standard buttons, file dialogs) in the same language, when Qt has them.
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(inUse), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().push_back(qt);
    } else {
        delete qt;
    }
    return inUse;
}

QString dataDirectoryFromArguments(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--data-dir") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--data-dir=")))
            return arguments.at(i).mid(int(qstrlen("--data-dir=")));
    }
    const QString fromEnvironment = qEnvironmentVariable("RELAYDESK_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace RelayDesk::Translations

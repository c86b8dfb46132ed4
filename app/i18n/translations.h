#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The translations of every RelayDesk program: German and French catalogues compiled from
// translations/*.ts and embedded under :/i18n (also installed to share/relaydesk/translations).
// The language follows the system locale as gettext does (LANGUAGE, then LC_ALL, LC_MESSAGES,
// LANG; LANGUAGE is ignored when the locale is C or POSIX), unless an
// override is set: the environment variable RELAYDESK_LANGUAGE, else the key "language" of the
// console's settings file DIR/relaydesk.ini (View ▸ Language in the console).
namespace RelayDesk::Translations {

// "de", "fr": the catalogues there are ("en" is the source language and needs none).
QStringList available();
// The override in force for the data directory `dataDir` ("" for none): RELAYDESK_LANGUAGE, else
// the settings file's "language".
QString overrideFor(const QString &dataDir);
// Stores the console's choice ("" = the system's language) in DIR/relaydesk.ini.
bool setOverride(const QString &dataDir, const QString &language);
// Installs the catalogues for `language` ("" = the system locale, "en" = none), replacing those
// installed before (RelayDesk's and Qt's own, qtbase_*.qm, for standard dialogs). English, and
// any language without a catalogue, gets the English plural forms ("1 message", "2 messages").
// Returns the language now in use.
QString install(QCoreApplication *app, const QString &language = QString());
// The data directory the command line names (--data-dir DIR or --data-dir=DIR), else
// RELAYDESK_DATA_DIR, else the default location; for choosing the language before the
// arguments are parsed.
QString dataDirectoryFromArguments(const QStringList &arguments);

} // namespace RelayDesk::Translations

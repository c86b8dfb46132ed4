// The choice of language (translations.h) and the console's View > Language menu: the override in
// the environment and in DIR/relaydesk.ini, the embedded catalogues, the menu that writes the choice;
// the console's Designer forms in German and French; the real relaydeskctl following the locale.
#include "accessentrydialog.h"
#include "directorydialogs.h"
#include "languagemenu.h"
#include "messagebox.h"
#include "translations.h"
#include "virtualserverdialogs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace RelayDesk;

namespace {

// What a person reads on a dialog made from a Designer form: its title, labels, group titles and
// buttons (not the standard buttons of a QDialogButtonBox: Qt's own catalogue names those).
QStringList visibleTexts(const QWidget &dialog)
{
    QStringList texts{dialog.windowTitle()};
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    for (const QGroupBox *group : dialog.findChildren<QGroupBox *>())
        texts << group->title();
    for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (!qobject_cast<QDialogButtonBox *>(button->parentWidget()))
            texts << button->text();
    }
    texts.removeAll(QString());
    return texts;
}

// relaydeskctl run with `environment` (added to one without any locale variable) and `arguments`;
// its standard output and error together.
QString runCtl(const QStringList &environment, const QStringList &arguments)
{
    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "RELAYDESK_LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    for (const QString &entry : environment)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    ctl.setProcessEnvironment(env);
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(QStringLiteral(RELAYDESKCTL_PATH), arguments);
    if (!ctl.waitForFinished(30000))
        return QStringLiteral("relaydeskctl did not finish: ") + ctl.errorString();
    return QString::fromUtf8(ctl.readAll());
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("RELAYDESK_LANGUAGE");
        Translations::install(qApp, QStringLiteral("en"));
    }

    void cleanupTestCase() { Translations::install(qApp, QStringLiteral("en")); }

    void overrideFromSettingsThenEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QCOMPARE(Translations::overrideFor(dir.path()), QString()); // no settings file: the system's
        QVERIFY(Translations::setOverride(dir.path(), QStringLiteral("fr_FR.UTF-8")));
        QCOMPARE(Translations::overrideFor(dir.path()), QStringLiteral("fr"));
        qputenv("RELAYDESK_LANGUAGE", "de_DE.UTF-8");
        QCOMPARE(Translations::overrideFor(dir.path()), QStringLiteral("de"));
        qputenv("RELAYDESK_LANGUAGE", "C");
        QCOMPARE(Translations::overrideFor(dir.path()), QStringLiteral("en"));
        qunsetenv("RELAYDESK_LANGUAGE");
        QVERIFY(Translations::setOverride(dir.path(), QString()));
        QCOMPARE(Translations::overrideFor(dir.path()), QString());
    }

    void embeddedCataloguesLoad_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void embeddedCataloguesLoad()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::available().contains(language));
        QCOMPARE(Translations::install(qApp, language), language);
        // A string every program shows: relaydeskctl's usage line.
        const QString usage = QCoreApplication::translate("Cli", "Commands:");
        QVERIFY2(usage != QLatin1String("Commands:"), qPrintable(language + QStringLiteral(": ") + usage));
        // English again: the source text, and its plural forms.
        QCOMPARE(Translations::install(qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Cli", "Commands:"), QStringLiteral("Commands:"));
    }

    void englishPluralForms()
    {
        QCOMPARE(Translations::install(qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("Cli", "%n message(s) deleted.", nullptr, 1),
                 QStringLiteral("1 message deleted."));
        QCOMPARE(QCoreApplication::translate("Cli", "%n message(s) deleted.", nullptr, 3),
                 QStringLiteral("3 messages deleted."));
    }

    void dataDirectoryFromTheCommandLine()
    {
        QCOMPARE(Translations::dataDirectoryFromArguments(
                     {QStringLiteral("relaydeskctl"), QStringLiteral("--data-dir"),
                      QStringLiteral("/srv/relay"), QStringLiteral("show")}),
                 QStringLiteral("/srv/relay"));
        QCOMPARE(Translations::dataDirectoryFromArguments(
                     {QStringLiteral("relaydesk-smtpd"), QStringLiteral("--data-dir=/var/lib/relaydesk")}),
                 QStringLiteral("/var/lib/relaydesk"));
        qputenv("RELAYDESK_DATA_DIR", "/from/environment");
        QCOMPARE(Translations::dataDirectoryFromArguments({QStringLiteral("relaydesk")}),
                 QStringLiteral("/from/environment"));
        qunsetenv("RELAYDESK_DATA_DIR");
    }

    void languageMenuKeepsTheChoice()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(Translations::setOverride(dir.path(), QStringLiteral("fr")));
        LanguageMenu menu(dir.path());
        auto *french = menu.findChild<QAction *>(QStringLiteral("language_fr"));
        auto *german = menu.findChild<QAction *>(QStringLiteral("language_de"));
        auto *system = menu.findChild<QAction *>(QStringLiteral("language_system"));
        QVERIFY(french && german && system);
        QVERIFY(french->isChecked());
        QVERIFY(!german->isChecked());

        MessageBox::setNextAnswer(QMessageBox::Ok);
        german->trigger();
        QVERIFY(german->isChecked());
        QCOMPARE(Translations::overrideFor(dir.path()), QStringLiteral("de"));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("start")));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        system->trigger();
        QCOMPARE(Translations::overrideFor(dir.path()), QString());
        const QSettings settings(dir.filePath(QStringLiteral("relaydesk.ini")), QSettings::IniFormat);
        QVERIFY(!settings.contains(QStringLiteral("language")));
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void consoleFormsAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    // The Designer forms (ui/*.ui) are in the catalogues: the same dialog built in English and in
    // German or French shows mostly other words (some, like "Computer", "Port" or "TLS", are the
    // same in both).
    void consoleFormsAreTranslated()
    {
        QFETCH(QString, language);
        const QList<std::function<std::unique_ptr<QWidget>()>> dialogs{
            [] { return std::make_unique<AccessEntryDialog>(); },
            [] { return std::make_unique<AddressSpaceDialog>(); },
            [] { return std::make_unique<AuthenticationDialog>(); },
            [] { return std::make_unique<DeliveryAdvancedDialog>(); },
            [] { return std::make_unique<OutboundSecurityDialog>(); },
            [] { return std::make_unique<IdentitiesDialog>(); },
        };
        for (const auto &make : dialogs) {
            Translations::install(qApp, QStringLiteral("en"));
            const QStringList english = visibleTexts(*make());
            QCOMPARE(Translations::install(qApp, language), language);
            const QStringList translated = visibleTexts(*make());
            QCOMPARE(translated.size(), english.size());
            qsizetype changed = 0;
            for (qsizetype i = 0; i < english.size(); ++i)
                changed += translated.at(i) != english.at(i) ? 1 : 0;
            QVERIFY2(changed * 3 >= english.size() * 2,
                     qPrintable(QStringLiteral("%1: %2 of %3 texts translated: %4")
                                    .arg(english.constFirst())
                                    .arg(changed)
                                    .arg(english.size())
                                    .arg(translated.join(QStringLiteral(" | ")))));
        }
        // Qt's own catalogue (qt6-translations-l10n) names the standard buttons of every dialog.
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QVERIFY2(buttons.button(QDialogButtonBox::Cancel)->text() != QLatin1String("Cancel"),
                 qPrintable(QStringLiteral("qtbase_%1.qm is not installed (package qt6-translations-l10n)")
                                .arg(language)));
    }

    // A language RelayDesk does not speak gives English everywhere: Qt's own catalogue for it
    // (qtbase_pt_BR.qm is installed) is not loaded, so the dialogs do not mix two languages.
    void unspokenLanguageIsEnglishThroughout()
    {
        QVERIFY2(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath)
                               + QStringLiteral("/qtbase_pt_BR.qm")),
                 "qtbase_pt_BR.qm is missing (qt6-translations-l10n): this test would prove nothing");
        QCOMPARE(Translations::install(qApp, QStringLiteral("pt_BR")), QStringLiteral("en"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
        QCOMPARE(Translations::install(qApp, QStringLiteral("de")), QStringLiteral("de"));
        QDialogButtonBox german(QDialogButtonBox::Cancel);
        QCOMPARE(german.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    }

    // The real relaydeskctl: the locale (LANGUAGE before LC_ALL before LC_MESSAGES before LANG, and
    // LANGUAGE ignored when the locale is C or unset),
    // then DIR/relaydesk.ini, then RELAYDESK_LANGUAGE; C and languages without a catalogue give
    // English. Its help and its errors both.
    void commandLineFollowsTheLocale()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QStringList unknown{QStringLiteral("--data-dir"), dir.path(),
                                  QStringLiteral("no-such-command")};
        const QStringList help{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--help")};

        QVERIFY(runCtl({QStringLiteral("LANG=C")}, unknown).contains(QLatin1String("unknown command")));
        QVERIFY(runCtl({QStringLiteral("LANG=de_DE.UTF-8")}, unknown)
                    .contains(QLatin1String("unbekannter Befehl")));
        QVERIFY(runCtl({QStringLiteral("LANG=fr_FR.UTF-8")}, help).startsWith(QLatin1String("Utilisation")));
        QVERIFY(runCtl({QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LC_MESSAGES=fr_FR.UTF-8")}, help)
                    .startsWith(QLatin1String("Utilisation")));
        QVERIFY(runCtl({QStringLiteral("LANG=pt_BR.UTF-8")}, help).startsWith(QLatin1String("Usage")));
        // LANGUAGE before LC_ALL; LC_ALL before LC_MESSAGES; LANGUAGE ignored under C (as gettext).
        QVERIFY(runCtl({QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=fr:de")}, help)
                    .startsWith(QLatin1String("Utilisation")));
        QVERIFY(runCtl({QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=de")}, help)
                    .startsWith(QLatin1String("Verwendung")));
        QVERIFY(
            runCtl({QStringLiteral("LC_ALL=de_DE.UTF-8"), QStringLiteral("LC_MESSAGES=fr_FR.UTF-8")}, help)
                .startsWith(QLatin1String("Verwendung")));
        QVERIFY(runCtl({QStringLiteral("LC_ALL=C"), QStringLiteral("LANGUAGE=de"),
                        QStringLiteral("LANG=de_DE.UTF-8")},
                       unknown)
                    .contains(QLatin1String("unknown command")));
        QVERIFY(runCtl({QStringLiteral("LANGUAGE=fr")}, help).startsWith(QLatin1String("Usage")));
        QVERIFY(runCtl({QStringLiteral("LC_ALL="), QStringLiteral("LANGUAGE=fr")}, help)
                    .startsWith(QLatin1String("Usage")));
        // C.UTF-8 is a real locale to gettext: LANGUAGE counts there.
        QVERIFY(runCtl({QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LANGUAGE=de")}, help)
                    .startsWith(QLatin1String("Verwendung")));
        QVERIFY(runCtl({QStringLiteral("LANG=C.UTF-8")}, help).startsWith(QLatin1String("Usage")));

        // The console's choice in the data directory beats the locale; the environment beats both.
        QVERIFY(Translations::setOverride(dir.path(), QStringLiteral("fr")));
        QVERIFY(runCtl({QStringLiteral("LANG=de_DE.UTF-8")}, help).startsWith(QLatin1String("Utilisation")));
        QVERIFY(runCtl({QStringLiteral("LANG=fr_FR.UTF-8"), QStringLiteral("RELAYDESK_LANGUAGE=de")}, help)
                    .startsWith(QLatin1String("Verwendung")));
        QVERIFY(runCtl({QStringLiteral("LANG=fr_FR.UTF-8"), QStringLiteral("RELAYDESK_LANGUAGE=en")}, help)
                    .startsWith(QLatin1String("Usage")));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

// The choice of language (translations.h) and the console's View > Language menu: the override in
// the environment and in DIR/relaydesk.ini, the embedded catalogues, the menu that writes the choice.
#include "languagemenu.h"
#include "messagebox.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace RelayDesk;

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
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

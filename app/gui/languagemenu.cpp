#include "languagemenu.h"

#include "messagebox.h"
#include "translations.h"

#include <QActionGroup>

namespace RelayDesk {

LanguageMenu::LanguageMenu(const QString &dataDir, QWidget *parent)
    : QMenu(tr("&Language"), parent)
    , m_dataDir(dataDir)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = Translations::overrideFor(dataDir);
    // Each language in its own name, so that whoever reads it can find theirs.
    const QList<std::pair<QString, QString>> languages{{QString(), tr("System Language")},
                                                       {QStringLiteral("en"), QStringLiteral("English")},
                                                       {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                       {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, name] : languages) {
        QAction *action = addAction(name);
        action->setObjectName(QStringLiteral("language_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code]() { choose(code); });
    }
    if (!qEnvironmentVariableIsEmpty("RELAYDESK_LANGUAGE")) {
        setEnabled(false);
        setToolTip(tr("Set by the environment variable RELAYDESK_LANGUAGE"));
    }
}

void LanguageMenu::choose(const QString &language)
{
    if (!Translations::setOverride(m_dataDir, language)) {
        MessageBox::warning(parentWidget(), tr("Language"),
                            tr("The choice could not be saved in %1.").arg(m_dataDir));
        return;
    }
    MessageBox::information(
        parentWidget(), tr("Language"),
        tr("RelayDesk, relaydeskctl and the listener use the new language when they start "
           "again."));
}

} // namespace RelayDesk

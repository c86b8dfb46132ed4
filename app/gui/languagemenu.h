#pragma once

#include <QMenu>

class QActionGroup;

namespace RelayDesk {

// View ▸ Language: the language of the console, relaydeskctl and the listener for this data
// directory (the system's by default, or English, Deutsch, Français). The choice is kept in
// DIR/relaydesk.ini and takes effect when a program starts (translations.h).
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    LanguageMenu(const QString &dataDir, QWidget *parent = nullptr);

private:
    void choose(const QString &language);

    QString m_dataDir;
    QActionGroup *m_group;
};

} // namespace RelayDesk

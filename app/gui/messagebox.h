#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QMessageBox>

namespace RelayDesk {

// Message boxes with a seam for tests: setNextAnswer() makes the next box return that button at
// once without showing (keepassxc's MessageBox does the same). The text of the last box is kept
// so that a test can check what the administrator would have read.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // The same with buttons that say what they do ("Delete and Send NDRs" on Yes, …).
    using ButtonTexts = QMap<QMessageBox::StandardButton, QString>;
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton,
                                                const ButtonTexts &buttonTexts);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Tests: the next box answers `answer` without showing; NoButton turns that off again.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const ButtonTexts &buttonTexts = {});
};

} // namespace RelayDesk

#include "revisiondialog.h"

#include "configdiff.h"
#include "messagebox.h"
#include "ui_revisiondialog.h"

#include <QLocale>
#include <QPushButton>

namespace RelayDesk {

RevisionDialog::RevisionDialog(ConfigStore *store, const HistoryEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RevisionDialog>())
    , m_store(store)
    , m_entry(entry)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Revision %1").arg(entry.revision));
    m_ui->headerLabel->setText(tr("Revision %1, %2, by %3 with %4: %5")
                                   .arg(entry.revision)
                                   .arg(QLocale().toString(entry.time.toLocalTime(), QLocale::LongFormat),
                                        entry.user, entry.program, entry.summary));
    m_ui->diffEdit->setPlainText(entry.diff.isEmpty() ? tr("(no change recorded)")
                                                      : entry.diff.join(QLatin1Char('\n')));
    m_rollbackButton =
        m_ui->buttonBox->addButton(tr("&Roll Back to This Revision"), QDialogButtonBox::ActionRole);
    m_rollbackButton->setToolTip(
        tr("Makes the configuration of revision %1 current again, as a new revision.").arg(entry.revision));
    connect(m_rollbackButton, &QPushButton::clicked, this, [this] {
        if (rollBack())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RevisionDialog::~RevisionDialog() = default;

QString RevisionDialog::diffText() const
{
    return m_ui->diffEdit->toPlainText();
}

bool RevisionDialog::rollBack()
{
    Config now;
    Config then;
    int current = 0;
    QString error;
    if (!m_store->load(&now, &current, &error) || !m_store->configAt(m_entry.revision, &then, &error)) {
        MessageBox::warning(this, windowTitle(), tr("The history cannot be read: %1").arg(error));
        return false;
    }
    const QStringList undo = ConfigDiff::describe(now, then);
    if (undo.isEmpty()) {
        MessageBox::information(
            this, windowTitle(),
            tr("The configuration is already what it was at revision %1.").arg(m_entry.revision));
        return false;
    }
    QStringList shown = undo.mid(0, 15);
    if (undo.size() > shown.size())
        shown << tr("... and %n more", nullptr, int(undo.size() - shown.size()));
    const auto answer = MessageBox::question(
        this, windowTitle(),
        tr("Roll back to revision %1? This makes a new revision with these changes:\n\n%2")
            .arg(m_entry.revision)
            .arg(shown.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    int newRevision = 0;
    const ConfigStore::Result result = m_store->rollback(
        m_entry.revision, current, {QStringLiteral("relaydesk"), QString(), {}}, &newRevision, &error);
    if (result != ConfigStore::Result::Ok) {
        MessageBox::warning(this, windowTitle(), tr("Nothing was rolled back: %1").arg(error));
        return false;
    }
    emit rolledBack(newRevision);
    return true;
}

} // namespace RelayDesk

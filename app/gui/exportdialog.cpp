#include "exportdialog.h"

#include "configjson.h"
#include "privatefile.h"
#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>

namespace RelayDesk {

ExportDialog::ExportDialog(const Config &config, int revision, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_config(config)
    , m_revision(revision)
{
    m_ui->setupUi(this);
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    for (const VirtualServer &vs : std::as_const(m_config.virtualServers)) {
        auto *item = new QListWidgetItem(vs.name, m_ui->serversList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->fileEdit->setText(
        QDir::home().filePath(QStringLiteral("relaydesk-config-r%1.json").arg(m_revision)));
    connect(m_ui->chosenRadio, &QRadioButton::toggled, m_ui->serversList, &QWidget::setEnabled);
    connect(m_ui->chosenRadio, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_ui->serversList, &QListWidget::itemChanged, this, &ExportDialog::updateState);
    connect(m_ui->fileEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export Configuration"), m_ui->fileEdit->text(), tr("RelayDesk configuration (*.json)"));
        if (!file.isEmpty())
            m_ui->fileEdit->setText(file);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

void ExportDialog::chooseVirtualServers(const QStringList &names)
{
    (names.isEmpty() ? m_ui->wholeRadio : m_ui->chosenRadio)->setChecked(true);
    for (int i = 0; i < m_ui->serversList->count(); ++i) {
        QListWidgetItem *item = m_ui->serversList->item(i);
        item->setCheckState(names.contains(item->text(), Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
}

QByteArray ExportDialog::document() const
{
    if (m_ui->wholeRadio->isChecked())
        return ConfigJson::write(m_config);
    // Only the chosen virtual servers: an import with Merge adds or replaces them and leaves
    // everything else of the target configuration as it is.
    QJsonObject document = ConfigJson::toJson(m_config);
    QJsonArray servers;
    const QJsonArray all = document.value(QStringLiteral("virtualServers")).toArray();
    for (int i = 0; i < m_ui->serversList->count() && i < all.size(); ++i) {
        if (m_ui->serversList->item(i)->checkState() == Qt::Checked)
            servers.append(all.at(i));
    }
    QJsonObject chosen{{QStringLiteral("format"), document.value(QStringLiteral("format"))},
                       {QStringLiteral("version"), document.value(QStringLiteral("version"))},
                       {QStringLiteral("virtualServers"), servers}};
    return QJsonDocument(chosen).toJson(QJsonDocument::Indented);
}

void ExportDialog::updateState()
{
    QString problem;
    if (m_ui->fileEdit->text().trimmed().isEmpty())
        problem = tr("Name the file to write.");
    if (m_ui->chosenRadio->isChecked()) {
        bool any = false;
        for (int i = 0; i < m_ui->serversList->count(); ++i)
            any = any || m_ui->serversList->item(i)->checkState() == Qt::Checked;
        if (!any)
            problem = tr("Choose at least one virtual server.");
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_exportButton->setEnabled(problem.isEmpty());
    m_exportButton->setToolTip(problem);
}

bool ExportDialog::exportNow()
{
    updateState();
    if (!m_exportButton->isEnabled())
        return false;
    QString error;
    if (!writePrivateFile(m_ui->fileEdit->text().trimmed(), document(), &error)) {
        m_ui->problemLabel->setText(error);
        m_ui->problemLabel->setVisible(true);
        return false;
    }
    return true;
}

} // namespace RelayDesk

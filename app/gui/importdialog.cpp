#include "importdialog.h"

#include "configdiff.h"
#include "configstore.h"
#include "messagebox.h"
#include "ui_importdialog.h"
#include "validation.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QThread>

namespace RelayDesk {

// What the background reading found.
struct ImportDialog::Preview
{
    int generation = 0;
    QString error; // the file cannot be read
    QList<Problem> problems;
    bool valid = false;
    Config result;
    QStringList changes;
};

ImportDialog::ImportDialog(ConfigStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    m_ui->progressBar->hide();
    m_ui->statusLabel->setText(tr("Choose a configuration file (format relaydesk-config, version 1)."));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, &ImportDialog::startPreview);
    connect(m_ui->mergeRadio, &QRadioButton::toggled, this, &ImportDialog::startPreview);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (import())
            QDialog::accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportDialog::~ImportDialog()
{
    // A preview still running is discarded; it only read, so waiting for it is all there is.
    for (QThread *worker : std::as_const(m_workers)) {
        worker->wait();
        delete worker;
    }
}

void ImportDialog::setFile(const QString &path)
{
    m_ui->fileEdit->setText(path);
    startPreview();
}

void ImportDialog::setMerge(bool merge)
{
    (merge ? m_ui->mergeRadio : m_ui->replaceRadio)->setChecked(true);
}

bool ImportDialog::canImport() const
{
    return !m_busy && m_valid && !m_changes.isEmpty();
}

void ImportDialog::browse()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Import Configuration"), m_ui->fileEdit->text(),
                                     tr("RelayDesk configuration (*.json);;All files (*)"));
    if (!file.isEmpty())
        setFile(file);
}

void ImportDialog::startPreview()
{
    const QString path = m_ui->fileEdit->text().trimmed();
    m_valid = false;
    m_changes.clear();
    m_problems.clear();
    m_importButton->setEnabled(false);
    m_ui->previewEdit->clear();
    if (path.isEmpty())
        return;

    Config current;
    QString error;
    if (!m_store->load(&current, &m_baseRevision, &error)) {
        m_ui->statusLabel->setText(tr("The configuration cannot be read: %1").arg(error));
        return;
    }
    const bool merge = m_ui->mergeRadio->isChecked();
    const int generation = ++m_generation;
    m_busy = true;
    m_ui->progressBar->show();
    m_ui->statusLabel->setText(tr("Reading and checking %1...").arg(QFileInfo(path).fileName()));

    // Reading, checking and working out the change take seconds for 100,000 entries: on a
    // worker thread, with pure core functions only (the store stays on this thread).
    auto preview = std::make_shared<Preview>();
    preview->generation = generation;
    QThread *worker = QThread::create([preview, path, merge, current] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            preview->error = tr("Cannot read %1: %2").arg(path, file.errorString());
            return;
        }
        ConfigImport::Document document;
        if (!ConfigImport::read(file.readAll(), merge, &document, &preview->problems))
            return;
        preview->result = ConfigImport::apply(current, document, merge);
        if (merge) {
            preview->problems += Validation::validate(preview->result);
            if (hasErrors(preview->problems))
                return;
        }
        preview->problems += Validation::lint(preview->result);
        preview->changes = ConfigDiff::describe(current, preview->result);
        preview->valid = true;
    });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, worker, preview] {
        m_workers.removeOne(worker);
        worker->deleteLater();
        if (preview->generation == m_generation)
            showPreview(*preview);
    });
    worker->start();
}

void ImportDialog::showPreview(const Preview &preview)
{
    m_busy = false;
    m_ui->progressBar->hide();
    m_valid = preview.valid;
    m_problems = preview.problems;
    m_changes = preview.changes;
    m_result = preview.result;

    QStringList lines;
    for (const Problem &p : std::as_const(m_problems))
        lines << (p.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(p.toString());
    if (!preview.error.isEmpty()) {
        m_ui->statusLabel->setText(preview.error);
    } else if (!m_valid) {
        m_ui->statusLabel->setText(tr("The file cannot be imported: %n problem(s). Nothing was changed.",
                                      nullptr,
                                      int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                                                        [](const Problem &p) { return p.isError(); }))));
    } else if (m_changes.isEmpty()) {
        m_ui->statusLabel->setText(
            tr("The configuration already says what the file says: nothing to import."));
    } else {
        m_ui->statusLabel->setText(
            tr("Import makes %n change(s) as one revision:", nullptr, int(m_changes.size())));
        if (!lines.isEmpty())
            lines << QString();
        for (const QString &change : std::as_const(m_changes))
            lines << QStringLiteral("  ") + change;
    }
    m_ui->previewEdit->setPlainText(lines.join(QLatin1Char('\n')));
    m_importButton->setEnabled(canImport());
    emit previewReady();
}

bool ImportDialog::import()
{
    if (!canImport())
        return false;
    int revision = 0;
    QString error;
    QList<Problem> problems;
    const QString summary = (m_ui->mergeRadio->isChecked() ? tr("import (merge) %1") : tr("import %1"))
                                .arg(QFileInfo(m_ui->fileEdit->text()).fileName());
    const ConfigStore::Result result = m_store->commit(
        m_result, m_baseRevision, {QStringLiteral("relaydesk"), summary, {}}, &revision, &error, &problems);
    switch (result) {
    case ConfigStore::Result::Ok:
        emit imported(revision);
        return true;
    case ConfigStore::Result::Conflict:
        MessageBox::information(this, windowTitle(),
                                tr("The configuration was changed by another program since the preview (%1). "
                                   "The preview is made again; check it and import again.")
                                    .arg(error));
        startPreview();
        return false;
    case ConfigStore::Result::Invalid:
    case ConfigStore::Result::Failed:
        MessageBox::warning(this, windowTitle(),
                            tr("Nothing was imported: %1")
                                .arg(problems.isEmpty() ? error : problems.constFirst().toString()));
        return false;
    }
    return false;
}

} // namespace RelayDesk

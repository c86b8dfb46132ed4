#pragma once

#include "config.h"
#include "configimport.h"
#include "problem.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ImportDialog;
}

namespace RelayDesk {

class ConfigStore;

// File ▸ Import: choose a file and replace or merge; the dialog reads and checks it in the
// background (a large file shows progress and can be cancelled) and previews exactly what will
// change, in words, before anything is written. Problems are listed with their field paths and
// keep Import disabled. Import commits one revision on the revision the preview was made from.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(ConfigStore *store, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &path); // starts the preview
    void setMerge(bool merge);
    bool isBusy() const { return m_busy; }
    QStringList changes() const { return m_changes; } // the preview, in words
    QList<Problem> problems() const { return m_problems; } // errors and warnings of the preview
    bool canImport() const;

    // Commits the previewed change. False (nothing written) when there is nothing to import, the
    // file has errors, or the configuration changed since the preview (a new preview starts).
    bool import();

signals:
    void previewReady();
    void imported(int revision);

private:
    struct Preview;
    void startPreview();
    void showPreview(const Preview &preview);
    void browse();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    QPushButton *m_importButton;
    ConfigStore *m_store;
    int m_generation = 0;
    bool m_busy = false;
    QList<QThread *> m_workers;
    int m_baseRevision = -1;
    Config m_result;
    QStringList m_changes;
    QList<Problem> m_problems;
    bool m_valid = false;
};

} // namespace RelayDesk

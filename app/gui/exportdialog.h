#pragma once

#include "config.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ExportDialog;
}

namespace RelayDesk {

// File ▸ Export: the whole configuration, or chosen virtual servers only (a document that an
// import with Merge adds to another configuration), written atomically and owner-only.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(const Config &config, int revision, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setFile(const QString &path);
    // Empty: the whole configuration.
    void chooseVirtualServers(const QStringList &names);
    // The document that export() writes.
    QByteArray document() const;
    // Writes the file; false with the reason shown.
    bool exportNow();

private:
    void updateState();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QPushButton *m_exportButton;
    Config m_config;
    int m_revision;
};

} // namespace RelayDesk

#pragma once

#include "PhotoImport.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cet {

class JobProgressWidget;
class JobRunner;
struct JobOutcome;
class PhotoReportModel;

// 导入照片: choose a folder or ZIP of photos (or drop one on the dialog), see every file checked
// and matched on a worker thread (progress, Cancel), read the report, then Import. The dialog
// reads on a connection of its own per scan and stores through the database's DatabaseWriter.
class PhotoImportDialog : public QDialog
{
    Q_OBJECT
public:
    PhotoImportDialog(QString databasePath, QString actor, QWidget *parent = nullptr);
    ~PhotoImportDialog() override;

    // Checks the folder or ZIP at `path` (the Choose buttons call this after their file dialog;
    // tests call it directly).
    void scan(const QString &path);
    // Stores the matched photos of the last scan.
    void importPhotos();
    void cancel();

    bool isBusy() const;
    const std::optional<PhotoScan> &lastScan() const { return m_scan; }
    PhotoReportModel *reportModel() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QPushButton *importButton() const { return m_import; }
    QComboBox *filterBox() const { return m_filter; }
    QString summaryText() const;
    QString errorText() const;

    void reject() override;

Q_SIGNALS:
    void scanFinished(bool ok);
    void importFinished(bool ok);
    // After photos were stored, so that a page showing photos can refresh.
    void photosImported(qint64 stored);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFolder();
    void chooseZip();
    void applyFilter();
    void onFinished(const JobOutcome &outcome);
    void setBusy(bool busy, const QString &text = {});
    void showError(const Error &error);
    void showScan();
    void updateButtons();

    QString m_databasePath;
    QString m_actor;
    std::optional<PhotoScan> m_scan;
    bool m_imported = false;
    bool m_closeWhenIdle = false;

    JobRunner *m_runner = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_chooseFolder = nullptr;
    QPushButton *m_chooseZip = nullptr;
    JobProgressWidget *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QComboBox *m_filter = nullptr;
    PhotoReportModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace cet

#pragma once

#include "ImportMessageBar.h"
#include "StudentImport.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace cet {

class ImportJob;
class PreviewTableModel;

// Step 1: the file. Shows what was detected (type, encoding, separator, sheet, header row), lets
// the user override each, and a live preview of the first rows. Previews are read on a worker
// thread; a change made while one is read re-reads once it is done.
class ImportFilePage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 50;

    explicit ImportFilePage(QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const { return m_path; }
    bool isBusy() const;
    // A preview was read and a header row found: the mapping can start.
    bool isReady() const;
    const std::optional<ImportPreview> &preview() const { return m_preview; }

    // Parts, for tests.
    QLineEdit *pathEdit() const { return m_pathEdit; }
    QComboBox *encodingCombo() const { return m_encoding; }
    QComboBox *separatorCombo() const { return m_separator; }
    QComboBox *sheetCombo() const { return m_sheet; }
    QSpinBox *headerSpin() const { return m_header; }
    QTableView *previewView() const { return m_table; }
    QLabel *formatLabel() const { return m_format; }
    PreviewTableModel *previewModel() const { return m_model; }

Q_SIGNALS:
    void previewChanged();
    void busyChanged(bool busy);
    void messageRequested(const QString &text, cet::ImportMessageBar::Kind kind);
    void messageCleared();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void browse();
    void runPreview();
    void onPreviewRead(Result<ImportPreview> &result);
    void showPreview();
    void updateOverrides();
    void onEncodingChosen();
    void onSeparatorChosen();
    void onSheetChosen();
    void onHeaderChosen(int line);
    QString formatText() const;

    QString m_path;
    TableOptions m_options;
    qint64 m_headerOverride = 0;
    bool m_rerun = false;
    std::optional<ImportPreview> m_preview;
    std::optional<TextEncoding> m_detectedEncoding;
    std::optional<QChar> m_detectedSeparator;

    ImportJob *m_job = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_guessNote = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_separator = nullptr;
    QComboBox *m_sheet = nullptr;
    QSpinBox *m_header = nullptr;
    QLabel *m_headerNote = nullptr;
    QStackedWidget *m_previewStack = nullptr;
    QLabel *m_dropHint = nullptr;
    QTableView *m_table = nullptr;
    PreviewTableModel *m_model = nullptr;
};

} // namespace cet

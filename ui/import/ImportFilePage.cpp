#include "ImportFilePage.h"

#include "ImportDialogs.h"
#include "ImportJob.h"
#include "PreviewTableModel.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cet {

namespace {
QString localFileOf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

const QList<TextEncoding> encodings = {TextEncoding::Utf8, TextEncoding::Gb18030, TextEncoding::Utf16LE,
                                       TextEncoding::Utf16BE};
const QList<QChar> separators = {u',', u';', u'\t', u'|'};
} // namespace

ImportFilePage::ImportFilePage(QWidget *parent) : QWidget(parent)
{
    m_job = new ImportJob(this);
    m_model = new PreviewTableModel(this);
    buildUi();
    setAcceptDrops(true);
    updateOverrides();
}

void ImportFilePage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("importPath"));
    m_pathEdit->setPlaceholderText(tr("Choose or drop the student list (.xlsx, .csv, .tsv)"));
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->setAcceptDrops(false); // the page takes the drop
    fileLabel->setBuddy(m_pathEdit);
    m_browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);
    auto *hint = new QLabel(tr("Excel workbooks (.xlsx) and CSV or TSV text in any common encoding (UTF-8, GBK, "
                               "UTF-16) can be read. You can also drop the file onto this window."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);

    auto *detected = new QGroupBox(tr("What was detected (change anything that is wrong)"), this);
    auto *grid = new QGridLayout(detected);
    grid->addWidget(new QLabel(tr("Type:"), detected), 0, 0);
    m_format = new QLabel(detected);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setWordWrap(true);
    m_format->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_format, 0, 1, 1, 4);

    m_encoding = new QComboBox(detected);
    m_encoding->addItem(QString());
    for (TextEncoding encoding : encodings)
        m_encoding->addItem(textEncodingName(encoding), int(encoding));
    m_encoding->setItemText(2, tr("GB18030 (GBK, GB2312)"));
    auto *encodingLabel = new QLabel(tr("&Encoding:"), detected);
    encodingLabel->setBuddy(m_encoding);
    grid->addWidget(encodingLabel, 1, 0);
    grid->addWidget(m_encoding, 1, 1);

    m_separator = new QComboBox(detected);
    m_separator->addItem(QString());
    m_separator->addItem(tr("Comma ( , )"), QString(u','));
    m_separator->addItem(tr("Semicolon ( ; )"), QString(u';'));
    m_separator->addItem(tr("Tab"), QString(u'\t'));
    m_separator->addItem(tr("Vertical bar ( | )"), QString(u'|'));
    auto *separatorLabel = new QLabel(tr("&Separator:"), detected);
    separatorLabel->setBuddy(m_separator);
    grid->addWidget(separatorLabel, 1, 2);
    grid->addWidget(m_separator, 1, 3);

    m_sheet = new QComboBox(detected);
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *sheetLabel = new QLabel(tr("S&heet:"), detected);
    sheetLabel->setBuddy(m_sheet);
    grid->addWidget(sheetLabel, 2, 0);
    grid->addWidget(m_sheet, 2, 1);

    auto *headerBox = new QHBoxLayout;
    m_header = new QSpinBox(detected);
    m_header->setKeyboardTracking(false);
    m_header->setAccelerated(true);
    m_headerNote = new QLabel(detected);
    headerBox->addWidget(m_header);
    headerBox->addWidget(m_headerNote, 1);
    auto *headerLabel = new QLabel(tr("Header &row:"), detected);
    headerLabel->setBuddy(m_header);
    grid->addWidget(headerLabel, 2, 2);
    grid->addLayout(headerBox, 2, 3, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(4, 1);

    m_guessNote = new QLabel(detected);
    m_guessNote->setWordWrap(true);
    m_guessNote->hide();
    grid->addWidget(m_guessNote, 3, 0, 1, 5);
    layout->addWidget(detected);

    auto *previewLabel = new QLabel(
        tr("&Preview of the first %n rows, numbered as in the file; the header row is highlighted:", nullptr,
           PreviewRows),
        this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importPreview"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    previewLabel->setBuddy(m_table);
    m_previewStack = new QStackedWidget(this);
    m_dropHint = new QLabel(m_previewStack);
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    m_dropHint->setFrameShape(QFrame::StyledPanel);
    m_dropHint->setStyleSheet(QStringLiteral("QLabel { border: 2px dashed palette(mid); color: palette(dark); }"));
    QFont hintFont = m_dropHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.3);
    m_dropHint->setFont(hintFont);
    m_previewStack->addWidget(m_dropHint);
    m_previewStack->addWidget(m_table);
    layout->addWidget(previewLabel);
    layout->addWidget(m_previewStack, 1);

    connect(m_browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] {
        const QString typed = m_pathEdit->text().trimmed();
        if (typed != m_path)
            setPath(typed);
    });
    connect(m_encoding, &QComboBox::activated, this, &ImportFilePage::onEncodingChosen);
    connect(m_separator, &QComboBox::activated, this, &ImportFilePage::onSeparatorChosen);
    connect(m_sheet, &QComboBox::activated, this, &ImportFilePage::onSheetChosen);
    connect(m_header, &QSpinBox::valueChanged, this, &ImportFilePage::onHeaderChosen);
}

void ImportFilePage::setPath(const QString &path)
{
    m_path = path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
    {
        const QSignalBlocker blocker(m_pathEdit);
        m_pathEdit->setText(QDir::toNativeSeparators(m_path));
    }
    m_options = {};
    m_headerOverride = 0;
    m_detectedEncoding.reset();
    m_detectedSeparator.reset();
    m_preview.reset();
    m_model->clear();
    Q_EMIT messageCleared();
    Q_EMIT previewChanged();
    if (path.isEmpty()) {
        updateOverrides();
        return;
    }
    runPreview();
}

bool ImportFilePage::isBusy() const
{
    return m_job->isRunning();
}

bool ImportFilePage::isReady() const
{
    return !isBusy() && m_preview && m_preview->header.rowIndex >= 0;
}

void ImportFilePage::browse()
{
    const QString path = ImportDialogs::askImportFile(this);
    if (!path.isEmpty())
        setPath(path);
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setPath(path);
}

void ImportFilePage::runPreview()
{
    if (m_job->isRunning()) {
        m_rerun = true;
        return;
    }
    const QString path = m_path;
    const TableOptions options = m_options;
    const qint64 headerLine = m_headerOverride;
    std::optional<ImportRequest> base;
    if (headerLine > 0 && m_preview)
        base = m_preview->request;
    m_job->start<Result<ImportPreview>>(
        [path, options, headerLine, base](ImportProgress &) -> Result<ImportPreview> {
            if (base)
                return StudentImport::previewWithHeader(*base, headerLine, PreviewRows);
            return StudentImport::preview(path, options, PreviewRows);
        },
        [this](Result<ImportPreview> &result) { onPreviewRead(result); });
    updateOverrides();
    Q_EMIT busyChanged(true);
}

void ImportFilePage::onPreviewRead(Result<ImportPreview> &result)
{
    if (std::exchange(m_rerun, false)) {
        runPreview();
        return;
    }
    if (!result) {
        m_preview.reset();
        m_model->clear();
        Q_EMIT messageRequested(result.error().message.isEmpty() ? result.error().code : result.error().message,
                                ImportMessageBar::Kind::Error);
    } else {
        m_preview = std::move(result.value());
        const TableFormat &format = m_preview->request.format;
        if (!m_options.encoding)
            m_detectedEncoding = format.encoding;
        if (!m_options.separator)
            m_detectedSeparator = format.separator;
        showPreview();
    }
    updateOverrides();
    Q_EMIT busyChanged(false);
    Q_EMIT previewChanged();
}

void ImportFilePage::showPreview()
{
    const ImportPreview &preview = *m_preview;
    m_model->setRows(preview.rows, preview.header.line);
    // Width from the header and data rows: a long title row above must not widen column A.
    const QFontMetrics metrics(m_table->font());
    const int maxWidth = metrics.horizontalAdvance(QLatin1Char('0')) * 28;
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = m_table->horizontalHeader()->sectionSizeHint(c);
        for (qsizetype r = std::max<qsizetype>(preview.header.rowIndex, 0); r < preview.rows.size(); ++r) {
            const QString cell = preview.rows.at(r).cells.value(c);
            width = std::max(width, (r == preview.header.rowIndex ? boldMetrics : metrics).horizontalAdvance(cell) + 12);
        }
        m_table->setColumnWidth(c, std::min(width, maxWidth));
    }
    m_table->scrollToTop();
    if (preview.header.rowIndex >= 0) {
        // The rows above the header stay in view when they fit: they show what is skipped.
        if (preview.header.rowIndex > 10)
            m_table->scrollTo(m_model->index(int(preview.header.rowIndex) - 2, 0), QAbstractItemView::PositionAtTop);
        Q_EMIT messageCleared();
    } else {
        Q_EMIT messageRequested(
            tr("No header row was found in the first rows of \"%1\": none of them names at least two student "
               "fields (such as 姓名 and 证件号码). Set \"Header row\" to the row that holds the column names, or "
               "check that this is the student list.")
                .arg(QFileInfo(m_path).fileName()),
            ImportMessageBar::Kind::Warning);
    }
}

void ImportFilePage::updateOverrides()
{
    const bool have = m_preview.has_value();
    const bool busy = m_job->isRunning();
    const bool xlsx = have && m_preview->request.format.kind == TableKind::Xlsx;
    const TableFormat format = have ? m_preview->request.format : TableFormat{};

    m_format->setText(have ? formatText() : (busy ? tr("Reading the file…") : tr("No file chosen")));
    m_dropHint->setText(busy ? tr("Reading the file…")
                             : tr("Drop the student list here, or press Browse to choose it."));
    m_previewStack->setCurrentIndex(have ? 1 : 0);

    const QSignalBlocker b1(m_encoding), b2(m_separator), b3(m_sheet), b4(m_header);
    m_encoding->setItemText(0, m_detectedEncoding
                                   ? tr("Detected: %1").arg(textEncodingName(*m_detectedEncoding))
                                   : tr("Detect automatically"));
    m_encoding->setCurrentIndex(m_options.encoding ? m_encoding->findData(int(*m_options.encoding)) : 0);
    m_encoding->setEnabled(!m_path.isEmpty() && !xlsx);

    const int detectedSeparator = m_detectedSeparator ? int(separators.indexOf(*m_detectedSeparator)) : -1;
    m_separator->setItemText(0, detectedSeparator >= 0
                                    ? tr("Detected: %1").arg(m_separator->itemText(detectedSeparator + 1))
                                    : tr("Detect automatically"));
    m_separator->setCurrentIndex(m_options.separator ? m_separator->findData(QString(*m_options.separator)) : 0);
    m_separator->setEnabled(!m_path.isEmpty() && !xlsx);

    m_sheet->clear();
    if (xlsx) {
        for (int i = 0; i < format.sheetNames.size(); ++i) {
            const bool best = m_options.sheet < 0 && i == format.sheet && format.sheetNames.size() > 1;
            m_sheet->addItem(best ? tr("%1 (detected)").arg(format.sheetNames.at(i)) : format.sheetNames.at(i));
        }
        m_sheet->setCurrentIndex(format.sheet);
    } else {
        m_sheet->addItem(have ? tr("(text files have no sheets)") : QString());
    }
    m_sheet->setEnabled(xlsx && format.sheetNames.size() > 1);

    const QList<SourceRow> &rows = have ? m_preview->rows : QList<SourceRow>();
    m_header->setEnabled(have && !rows.isEmpty());
    if (have && !rows.isEmpty()) {
        m_header->setRange(int(rows.first().line), int(rows.last().line));
        m_header->setValue(int(m_preview->header.rowIndex >= 0 ? m_preview->header.line : rows.first().line));
        m_headerNote->setText(m_preview->header.rowIndex < 0 ? tr("not found: choose the row")
                              : m_headerOverride > 0       ? tr("chosen by you")
                                                           : tr("detected"));
    } else {
        m_headerNote->clear();
    }

    const bool guessed = have && !xlsx && !format.encodingCertain && !m_options.encoding;
    m_guessNote->setText(tr("The encoding was guessed from the content. If names in the preview look garbled, "
                            "choose another encoding."));
    m_guessNote->setVisible(guessed);
    m_browse->setEnabled(true);
}

QString ImportFilePage::formatText() const
{
    const TableFormat &format = m_preview->request.format;
    const QString name = QFileInfo(m_path).fileName();
    if (format.kind == TableKind::Xlsx) {
        return tr("Excel workbook \"%1\", sheet \"%2\" (%3 of %n)", nullptr, int(format.sheetNames.size()))
            .arg(name, format.sheetNames.value(format.sheet))
            .arg(format.sheet + 1);
    }
    QString encoding = textEncodingName(format.encoding);
    if (format.hasBom)
        encoding = tr("%1 with byte order mark").arg(encoding);
    const int separator = int(separators.indexOf(format.separator));
    return tr("Text file \"%1\": %2, columns separated by %3")
        .arg(name, encoding, separator >= 0 ? m_separator->itemText(separator + 1) : QString(format.separator));
}

void ImportFilePage::onEncodingChosen()
{
    const QVariant data = m_encoding->currentData();
    m_options.encoding = data.isValid() ? std::optional(TextEncoding(data.toInt())) : std::nullopt;
    m_headerOverride = 0;
    runPreview();
}

void ImportFilePage::onSeparatorChosen()
{
    const QVariant data = m_separator->currentData();
    m_options.separator = data.isValid() ? std::optional(data.toString().at(0)) : std::nullopt;
    m_headerOverride = 0;
    runPreview();
}

void ImportFilePage::onSheetChosen()
{
    m_options.sheet = m_sheet->currentIndex();
    m_headerOverride = 0;
    runPreview();
}

void ImportFilePage::onHeaderChosen(int line)
{
    if (!m_preview || line == m_preview->header.line)
        return;
    m_headerOverride = line;
    runPreview();
}

} // namespace cet

#include "ImportMappingPage.h"

#include "ImportMapping.h"
#include "ImportUiText.h"
#include "StudentLabels.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cet {

namespace {
constexpr int kSamples = 3;

QStringList samplesOf(const ImportPreview &preview, int column)
{
    QStringList samples;
    for (qsizetype i = preview.header.rowIndex + 1; i < preview.rows.size() && samples.size() < kSamples; ++i) {
        const QString cell = preview.rows.at(i).cells.value(column).trimmed();
        if (!cell.isEmpty() && !samples.contains(cell))
            samples.append(cell);
    }
    return samples;
}
} // namespace

ImportMappingPage::ImportMappingPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("mappingMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_missing->setStyleSheet(QStringLiteral("QLabel { color: #a8200d; font-weight: bold; }"));
    m_missing->hide();
    layout->addWidget(m_missing);
    m_profile = new QLabel(this);
    m_profile->setWordWrap(true);
    m_profile->setStyleSheet(QStringLiteral("QLabel { background: #e8f1fb; border: 1px solid #9cbfe6; padding: 4px; }"));
    m_profile->hide();
    layout->addWidget(m_profile);
    auto *hint = new QLabel(tr("Choose for each column of the file which field it holds. Fields marked * are "
                               "required; columns set to \"Ignore\" are not imported."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    layout->addWidget(m_scroll, 1);
}

void ImportMappingPage::setPreview(const ImportPreview &preview)
{
    m_mapping = preview.request.mapping;
    m_mapping.fields.resize(m_mapping.headers.size());
    rebuild(preview);
    m_profile->setText(tr("This mapping came from the last import of a file with the same columns. Check it, "
                          "then continue."));
    m_profile->setVisible(preview.profile.has_value());
    updateMissing();
    Q_EMIT mappingChanged();
}

bool ImportMappingPage::isComplete() const
{
    return !m_mapping.headers.isEmpty() && m_mapping.missingRequired().isEmpty();
}

void ImportMappingPage::rebuild(const ImportPreview &preview)
{
    m_combos.clear();
    m_headerLabels.clear();
    m_rows = new QWidget;
    auto *grid = new QGridLayout(m_rows);
    grid->setHorizontalSpacing(16);
    const QStringList titles = {tr("Column"), tr("Header in the file"), tr("Imports into"), tr("Sample values")};
    for (int c = 0; c < titles.size(); ++c) {
        auto *title = new QLabel(titles.at(c), m_rows);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        grid->addWidget(title, 0, c);
    }
    const QList<StudentField> required = ColumnMapping::requiredFields();
    for (int column = 0; column < m_mapping.headers.size(); ++column) {
        const int row = column + 1;
        grid->addWidget(new QLabel(ImportUiText::columnLetter(column), m_rows), row, 0);
        const QString header = m_mapping.headers.at(column).trimmed();
        auto *headerLabel = new QLabel(header.isEmpty() ? tr("(no header)") : header, m_rows);
        headerLabel->setTextFormat(Qt::PlainText);
        grid->addWidget(headerLabel, row, 1);
        const QStringList samples = samplesOf(preview, column);
        auto *sampleLabel = new QLabel(samples.join(QStringLiteral(" · ")), m_rows);
        sampleLabel->setTextFormat(Qt::PlainText);
        sampleLabel->setEnabled(!samples.isEmpty());
        sampleLabel->setToolTip(samples.join(u'\n'));
        sampleLabel->setMinimumWidth(0);
        sampleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        grid->addWidget(sampleLabel, row, 3);

        auto *combo = new QComboBox(m_rows);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        combo->addItem(tr("Ignore"), -1);
        for (int f = 0; f < int(StudentField::Count_); ++f) {
            const auto field = StudentField(f);
            const QString label = studentFieldLabel(field);
            combo->addItem(required.contains(field) ? tr("%1 *").arg(label) : label, f);
        }
        const auto field = m_mapping.fields.value(column);
        combo->setCurrentIndex(field ? combo->findData(int(*field)) : 0);
        combo->setAccessibleName(tr("Field for column %1 (%2)").arg(ImportUiText::columnLetter(column), header));
        headerLabel->setBuddy(combo);
        connect(combo, &QComboBox::activated, this, [this, column] { onFieldChosen(column); });
        grid->addWidget(combo, row, 2);
        m_combos.append(combo);
        m_headerLabels.append(headerLabel);
    }
    grid->setColumnStretch(3, 1);
    grid->setColumnMinimumWidth(1, 120);
    grid->setRowStretch(int(m_mapping.headers.size()) + 1, 1);
    m_scroll->setWidget(m_rows); // deletes the previous rows
    updateIgnored();
}

void ImportMappingPage::updateIgnored()
{
    for (int column = 0; column < m_headerLabels.size(); ++column)
        m_headerLabels.at(column)->setEnabled(m_mapping.fields.value(column).has_value());
}

void ImportMappingPage::onFieldChosen(int column)
{
    const int data = m_combos.at(column)->currentData().toInt();
    std::optional<StudentField> field;
    if (data >= 0)
        field = StudentField(data);
    // The service's rule: a field comes from one column, so the column that had it lets it go.
    if (const auto released = ImportMapping::assign(m_mapping, column, field)) {
        const QSignalBlocker blocker(m_combos.at(*released));
        m_combos.at(*released)->setCurrentIndex(0);
    }
    updateIgnored();
    updateMissing();
    Q_EMIT mappingChanged();
}

void ImportMappingPage::updateMissing()
{
    const QStringList messages = ColumnGuess::missingMessages(m_mapping);
    if (m_mapping.headers.isEmpty()) {
        m_missing->setText(tr("The file has no header row to map."));
    } else if (!messages.isEmpty()) {
        m_missing->setText(messages.join(u'\n') + u'\n'
                           + tr("Choose below the column that holds each of them. If the file has no such "
                                "column, add it to the file and choose the file again."));
    }
    m_missing->setVisible(!isComplete());
}

} // namespace cet

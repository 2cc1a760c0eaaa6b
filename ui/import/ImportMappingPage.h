#pragma once

#include "StudentImport.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace cet {

// Step 2: which file column feeds which field. One line per file column: its letter, header
// text, sample values and a choice of field (or "ignore"). Required fields that no column feeds
// are listed above and block the next step.
class ImportMappingPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget *parent = nullptr);

    // Starts from the guessed mapping of `preview` (header row and sample rows).
    void setPreview(const ImportPreview &preview);
    const ColumnMapping &mapping() const { return m_mapping; }
    bool isComplete() const;

    // Parts, for tests: the field choice of file column `column`.
    QComboBox *fieldCombo(int column) const { return m_combos.value(column); }
    QLabel *missingLabel() const { return m_missing; }
    QLabel *profileLabel() const { return m_profile; }

Q_SIGNALS:
    void mappingChanged();

private:
    void rebuild(const ImportPreview &preview);
    void onFieldChosen(int column);
    void updateMissing();
    void updateIgnored();

    ColumnMapping m_mapping;
    QLabel *m_missing = nullptr;
    QLabel *m_profile = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_rows = nullptr;
    QList<QComboBox *> m_combos;
    QList<QLabel *> m_headerLabels; // greyed while their column is ignored
};

} // namespace cet

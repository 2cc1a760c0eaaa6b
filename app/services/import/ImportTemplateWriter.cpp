#include "ImportTemplateWriter.h"

#include "ColumnMapping.h"
#include "IdDocument.h"
#include "ImportOutputFile.h"
#include "Logging.h"
#include "StudentColumns.h"
#include "StudentLabels.h"

#include <QFile>

namespace cet {

namespace {

using importoutput::writeFailed;

constexpr int FieldCount = int(StudentField::Count_);
constexpr lxw_row_t LastRow = 1'048'575; // Excel's last row (0-based)

double columnWidth(StudentField field)
{
    switch (field) {
    case StudentField::IdType: return 28;
    case StudentField::IdNumber: return 22;
    case StudentField::Department:
    case StudentField::Major:
    case StudentField::Note: return 20;
    case StudentField::ClassName:
    case StudentField::StudentNo: return 16;
    case StudentField::Education: return 12;
    default: return 10;
    }
}

// What the comment on a header cell says, after "Required." / "Optional.".
QString columnHint(StudentField field)
{
    switch (field) {
    case StudentField::Name: return cet::ImportTemplateWriter::tr("The name as on the ID document.");
    case StudentField::Gender: return cet::ImportTemplateWriter::tr("男 or 女. May stay empty for an 18-digit resident ID number.");
    case StudentField::IdType:
        return cet::ImportTemplateWriter::tr("Choose from the list. May stay empty when the ID number is a resident ID number.");
    case StudentField::IdNumber:
        return cet::ImportTemplateWriter::tr("This column is formatted as text so that no digit is lost. Paste values only "
                     "(Paste Special → Values) to keep that format.");
    case StudentField::SchoolCode: return cet::ImportTemplateWriter::tr("5 digits.");
    case StudentField::CampusCode: return cet::ImportTemplateWriter::tr("6 digits: the school code and one more digit.");
    case StudentField::Education: return cet::ImportTemplateWriter::tr("Choose from the list.");
    case StudentField::ProgramYears: return cet::ImportTemplateWriter::tr("Years of study, for example 4.");
    case StudentField::EnrolYear: return cet::ImportTemplateWriter::tr("The year, for example 2024.");
    case StudentField::Grade: return cet::ImportTemplateWriter::tr("For example 2024级.");
    case StudentField::StudentNo: return cet::ImportTemplateWriter::tr("Formatted as text, so leading zeros stay.");
    default: return {};
    }
}

// The list column of the allowed-values sheet, as a formula range: ='可选值'!$A$2:$A$3.
QByteArray listFormula(const QString &sheet, int column, qsizetype count)
{
    const QChar letter(u'A' + column);
    QString quoted = sheet;
    quoted.replace(u'\'', QStringLiteral("''"));
    return (u"='" % quoted % u"'!$" % letter % u"$2:$" % letter % u'$' % QString::number(count + 1)).toUtf8();
}

} // namespace

QStringList ImportTemplateWriter::genderValues()
{
    return {genderLabel(Gender::Male), genderLabel(Gender::Female)};
}

QStringList ImportTemplateWriter::idTypeValues()
{
    QStringList values;
    for (const IdType type : acceptedIdTypes())
        values.append(idTypeLabel(type));
    return values;
}

QStringList ImportTemplateWriter::educationValues()
{
    return {educationLabel(Education::JuniorCollege), educationLabel(Education::Bachelor),
            educationLabel(Education::Master), educationLabel(Education::Doctorate)};
}

Result<void> ImportTemplateWriter::write(const QString &path)
{
    if (auto writable = importoutput::checkWritable(path); !writable)
        return writable.error();
    const QByteArray part = QFile::encodeName(importoutput::partPath(path));
    lxw_workbook *workbook = workbook_new(part.constData());
    if (!workbook)
        return writeFailed(path, QStringLiteral("workbook_new failed"));
    const QString valuesSheetName = tr("Allowed values");
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, importoutput::sheetName(tr("Students")).constData());
    lxw_worksheet *values = workbook_add_worksheet(workbook, importoutput::sheetName(valuesSheetName).constData());

    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format *header = workbook_add_format(workbook);
    format_set_num_format(header, "@");
    format_set_bold(header);
    format_set_bg_color(header, 0xE8EEF7);
    lxw_format *required = workbook_add_format(workbook);
    format_set_num_format(required, "@");
    format_set_bold(required);
    format_set_bg_color(required, 0xFCE4D6);

    bool ok = true;
    const auto check = [&ok](lxw_error e) { ok = ok && e == LXW_NO_ERROR; };
    const QList<StudentField> requiredFields = ColumnMapping::requiredFields();
    const QStringList headers = StudentColumns::chineseHeaderRow();
    for (int c = 0; c < FieldCount; ++c) {
        const auto field = StudentField(c);
        const bool isRequired = requiredFields.contains(field);
        check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(field), text));
        check(worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(),
                                     isRequired ? required : header));
        const QString hint = columnHint(field);
        const QString comment = (isRequired ? tr("Required.") : tr("Optional.")) % (hint.isEmpty() ? u""_qs : u" " % hint);
        check(worksheet_write_comment(sheet, 0, lxw_col_t(c), comment.toUtf8().constData()));
    }
    worksheet_freeze_panes(sheet, 1, 0);

    // The allowed values, one column per closed field, and a drop-down list that refers to each.
    const QList<std::pair<StudentField, QStringList>> lists{{StudentField::Gender, genderValues()},
                                                            {StudentField::IdType, idTypeValues()},
                                                            {StudentField::Education, educationValues()}};
    for (int i = 0; i < int(lists.size()); ++i) {
        const auto &[field, allowed] = lists.at(i);
        check(worksheet_set_column(values, lxw_col_t(i), lxw_col_t(i), columnWidth(field) + 4, text));
        check(worksheet_write_string(values, 0, lxw_col_t(i), StudentColumns::chineseHeader(field).toUtf8().constData(),
                                     header));
        for (int r = 0; r < int(allowed.size()); ++r)
            check(worksheet_write_string(values, lxw_row_t(r + 1), lxw_col_t(i), allowed.at(r).toUtf8().constData(), text));

        const QByteArray formula = listFormula(valuesSheetName.left(31), i, allowed.size());
        const QByteArray title = tr("Not in the list").toUtf8();
        const QByteArray message = tr("Choose a value from the list (sheet \"%1\"). The import also accepts "
                                      "common short forms.").arg(valuesSheetName).toUtf8();
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
        validation.value_formula = const_cast<char *>(formula.constData());
        validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING; // "身份证" is still accepted on import
        validation.error_title = const_cast<char *>(title.constData());
        validation.error_message = const_cast<char *>(message.constData());
        const auto column = lxw_col_t(int(field));
        check(worksheet_data_validation_range(sheet, 1, column, LastRow, column, &validation));
    }
    worksheet_freeze_panes(values, 1, 0);

    if (auto closed = importoutput::closeWorkbook(workbook, path, ok); !closed)
        return closed.error();
    if (!ok)
        return writeFailed(path, QStringLiteral("worksheet write failed"));
    qCInfo(lcImport) << "wrote the import template" << path;
    return {};
}

} // namespace cet

#include "ImportUiText.h"

#include "IdDocument.h"
#include "IdNumber.h"
#include "ImportMapping.h"
#include "StudentLabels.h"

#include <QLocale>
#include <QStringList>

namespace cet {

QString ImportUiText::lineList(const QList<qint64> &lines, int maxItems)
{
    QStringList items;
    qsizetype i = 0;
    while (i < lines.size() && items.size() < maxItems) {
        qsizetype j = i;
        while (j + 1 < lines.size() && lines.at(j + 1) == lines.at(j) + 1)
            ++j;
        if (j - i >= 2) { // three or more in a row
            items.append(QStringLiteral("%1–%2").arg(lines.at(i)).arg(lines.at(j)));
            i = j + 1;
        } else {
            items.append(QString::number(lines.at(i)));
            ++i;
        }
    }
    const qsizetype shown = i;
    //: Separator between row numbers in a list; zh_CN uses "、".
    const QString list = items.join(tr(", "));
    QString text = lines.size() == 1 ? tr("row %1").arg(list) : tr("rows %1").arg(list);
    const qsizetype remaining = lines.size() - shown;
    if (remaining > 0)
        text += tr(" … and %n more", nullptr, int(remaining));
    return text;
}

QString ImportUiText::columnLetter(qsizetype column)
{
    return ImportMapping::columnLetter(column);
}

QString ImportUiText::fieldValue(const StudentRecord &record, StudentField field)
{
    switch (field) {
    case StudentField::Gender:
        return genderLabel(record.gender);
    case StudentField::IdType:
        return idTypeLabel(record.idType);
    case StudentField::Education:
        return educationLabel(record.education);
    default:
        return record.fieldText(field);
    }
}

QString ImportUiText::maskedFieldValue(const StudentRecord &record, StudentField field)
{
    if (field == StudentField::IdNumber)
        return maskIdNumber(record.idType, record.idNumber);
    return fieldValue(record, field);
}

QString ImportUiText::whoIs(const StudentRecord &record)
{
    return tr("%1 (%2)").arg(record.name, maskIdNumber(record.idType, record.idNumber));
}

QString ImportUiText::count(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace cet

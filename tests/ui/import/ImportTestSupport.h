#pragma once

// Shared by the import UI tests: fixture paths, CSV files written from records, a wizard driven
// step by step.

#include "../students/StudentTestData.h"

#include "Database.h"
#include "ImportUiText.h"
#include "ImportWizard.h"
#include "StudentRepository.h"

#include <QFile>
#include <QPushButton>
#include <QStringList>
#include <QtTest>

namespace cet::test {

inline QString fixture(const QString &name)
{
    return QStringLiteral(CETDESK_IMPORT_TEST_DATA "/") + name;
}

inline const QStringList &csvHeader()
{
    static const QStringList header = {
        QStringLiteral("姓名"),     QStringLiteral("性别"),     QStringLiteral("证件类型"), QStringLiteral("证件号码"),
        QStringLiteral("学校代码"), QStringLiteral("校区代码"), QStringLiteral("学历"),     QStringLiteral("学制"),
        QStringLiteral("入学年份"), QStringLiteral("年级"),     QStringLiteral("院系"),     QStringLiteral("专业"),
        QStringLiteral("班级"),     QStringLiteral("学号"),     QStringLiteral("备注")};
    return header;
}

// A UTF-8 CSV with the standard header and one line per record, fields in StudentField order.
inline bool writeCsv(const QString &path, const QList<StudentRecord> &records)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QStringList lines = {csvHeader().join(u',')};
    for (const StudentRecord &record : records) {
        QStringList cells;
        for (int f = 0; f < int(StudentField::Count_); ++f)
            cells << ImportUiText::fieldValue(record, StudentField(f));
        lines << cells.join(u',');
    }
    return file.write((lines.join(u'\n') + u'\n').toUtf8()) > 0;
}

inline qint64 studentCount(Database &db)
{
    const auto count = StudentRepository(db).count({});
    return count ? count.value() : -1;
}

// Waits (event loop running) until no worker of the wizard is busy.
#define WAIT_IDLE(wizard) QTRY_VERIFY_WITH_TIMEOUT(!(wizard)->isBusy(), 60000)

} // namespace cet::test

#include "ImportJson.h"

#include "RejectedRowSpool.h"
#include "RowConverter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cet {

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue orNull(bool present, const QJsonValue &value)
{
    return present ? value : QJsonValue(QJsonValue::Null);
}

QJsonObject formatJson(const TableFormat &f)
{
    const bool xlsx = f.kind == TableKind::Xlsx;
    return {{u"kind"_qs, xlsx ? u"xlsx"_qs : u"delimited"_qs},
            {u"encoding"_qs, orNull(!xlsx, textEncodingName(f.encoding))},
            {u"separator"_qs, orNull(!xlsx, QString(f.separator))},
            {u"sheet"_qs, orNull(xlsx, f.sheetNames.value(f.sheet))},
            {u"sheet_number"_qs, orNull(xlsx, f.sheet + 1)}};
}

void addMapping(QJsonObject &root, const ColumnMapping &mapping)
{
    QJsonObject fields;
    QJsonArray ignored;
    for (qsizetype i = 0; i < mapping.headers.size(); ++i) {
        const QJsonObject column{{u"column"_qs, qint64(i + 1)}, {u"header"_qs, mapping.headers.at(i)}};
        const auto field = mapping.fields.value(i);
        if (field)
            fields.insert(studentFieldKey(*field), column);
        else
            ignored.append(column);
    }
    root.insert(u"mapping"_qs, fields);
    root.insert(u"ignored_columns"_qs, ignored);
}

// The remembered profile that was applied, and the --map choices.
void addMappingSources(QJsonObject &root, const ImportRun &run)
{
    QJsonValue profile;
    if (run.profile) {
        const QDateTime savedAt = run.profile->savedAt;
        profile = QJsonObject{{u"file"_qs, run.profile->fileName},
                              {u"saved_at"_qs, savedAt.isValid() ? QJsonValue(savedAt.toString(Qt::ISODate))
                                                                 : QJsonValue(QJsonValue::Null)}};
    }
    root.insert(u"profile"_qs, profile);
    QJsonArray choices;
    const QStringList headers = run.analysis ? run.analysis->request.mapping.headers : QStringList();
    for (const MappingChoice &c : run.choices)
        choices.append(QJsonObject{{u"field"_qs, studentFieldKey(c.field)},
                                   {u"column"_qs, qint64(c.column + 1)},
                                   {u"header"_qs, headers.value(c.column)}});
    root.insert(u"map"_qs, choices);
}

QJsonArray linesJson(const QList<qint64> &lines)
{
    QJsonArray array;
    for (const qint64 line : lines)
        array.append(line);
    return array;
}

QJsonArray groupsJson(const ImportReport &report)
{
    QJsonArray groups;
    for (const ReportGroup &g : report.groups()) {
        groups.append(QJsonObject{
            {u"code"_qs, g.code},
            {u"severity"_qs, g.severity == FieldIssue::Severity::Error ? u"error"_qs : u"warning"_qs},
            {u"title"_qs, g.title},
            {u"suggestion"_qs, g.suggestion},
            {u"count"_qs, g.count},
            {u"lines"_qs, linesJson(g.lines)}});
    }
    return groups;
}

QJsonObject normalisationsJson(const ImportReport &report)
{
    const QHash<int, qint64> counts = report.normalisationCounts();
    const auto count = [&counts](Normalisation n) { return QJsonValue(counts.value(int(n))); };
    return {{u"full_width"_qs, count(Normalisation::FullWidth)},
            {u"spaces"_qs, count(Normalisation::Spaces)},
            {u"lower_case_x"_qs, count(Normalisation::LowerCaseX)},
            {u"number_as_text"_qs, count(Normalisation::NumberAsText)},
            {u"gender_from_id"_qs, count(Normalisation::GenderFromId)},
            {u"id_type_defaulted"_qs, count(Normalisation::IdTypeDefaulted)}};
}

QJsonObject countsJson(const ImportRun &run)
{
    const ImportAnalysis &a = *run.analysis;
    return {{u"read"_qs, a.rowsRead},
            {u"inserted"_qs, run.inserted()},
            {u"updated"_qs, run.updated()},
            {u"unchanged"_qs, run.outcome ? run.outcome->commit.unchanged : a.unchanged},
            {u"rejected"_qs, a.rejected},
            {u"missing"_qs, qint64(a.missingIds.size())},
            {u"deleted"_qs, run.deleted()},
            {u"skipped"_qs, a.report.skippedRows()}};
}

} // namespace

Result<void> writeImportJson(QTextStream &out, const ImportRun &run)
{
    QJsonObject root{{u"file"_qs, run.file}};
    if (run.error)
        root.insert(u"error"_qs, QJsonObject{{u"code"_qs, run.error->code}, {u"message"_qs, run.error->message}});
    if (!run.analysis) {
        out << compact(root) << Qt::endl;
        return {};
    }
    const ImportAnalysis &a = *run.analysis;
    root.insert(u"sha256"_qs, a.fileSha256);
    root.insert(u"format"_qs, formatJson(a.request.format));
    root.insert(u"header_line"_qs, a.request.headerLine);
    addMapping(root, a.request.mapping);
    addMappingSources(root, run);
    root.insert(u"counts"_qs, countsJson(run));
    root.insert(u"dry_run"_qs, run.dryRun);
    root.insert(u"committed"_qs, run.outcome.has_value());
    root.insert(u"batch_id"_qs, orNull(run.outcome.has_value(), run.outcome ? run.outcome->commit.batchId : 0));
    root.insert(u"groups"_qs, groupsJson(a.report));
    root.insert(u"normalisations"_qs, normalisationsJson(a.report));

    // The object without its closing brace, then the rejected rows one by one.
    QString head = compact(root);
    head.chop(1);
    out << head << QStringLiteral(",\"rejected\":[");
    bool first = true;
    Result<void> visited;
    if (a.rejectedRows) {
        visited = a.rejectedRows->forEach([&](const RejectedRowSpool::Entry &e) {
            const QJsonObject row{{u"line"_qs, e.row.line},
                                  {u"codes"_qs, QJsonArray::fromStringList(e.codes)},
                                  {u"reasons"_qs, QJsonArray::fromStringList(e.reasons)},
                                  {u"cells"_qs, QJsonArray::fromStringList(e.row.cells)}};
            out << (first ? QString() : QStringLiteral(",")) << compact(row);
            first = false;
            return true;
        });
    }
    out << QStringLiteral("]}") << Qt::endl;
    return visited;
}

} // namespace cet

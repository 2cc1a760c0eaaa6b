#include "StudentImport.h"

#include "Database.h"
#include "FirstSeenIndex.h"
#include "IdMask.h"
#include "IdNumber.h"
#include "ImportMapping.h"
#include "Logging.h"
#include "RejectedRowSpool.h"
#include "RowConverter.h"
#include "StudentHash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cet {

namespace {

constexpr int kHeaderSearchRows = 30;
constexpr int kCancelCheckRows = 1024;
constexpr int kStudentNoBatch = 400;

Error cancelled()
{
    return {u"import.cancelled"_qs, StudentImport::tr("The import was cancelled. Nothing was changed."), {}};
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Reads up to `count` rows of the table.
Result<QList<SourceRow>> readRows(const QString &path, const TableFormat &format, int count)
{
    auto source = TableFiles::open(path, format);
    if (!source)
        return source.error();
    QList<SourceRow> rows;
    SourceRow row;
    while (rows.size() < count) {
        const auto next = source.value()->next(row);
        if (!next)
            return next.error();
        if (!next.value())
            break;
        rows.append(row);
    }
    return rows;
}

Result<ImportPreview> buildPreview(const QString &path, const TableFormat &format, qint64 headerLine, int maxRows)
{
    auto rows = readRows(path, format, std::max(maxRows, kHeaderSearchRows));
    if (!rows)
        return rows.error();
    ImportPreview preview;
    preview.request.path = path;
    preview.request.format = format;
    preview.rows = std::move(rows.value());
    if (headerLine > 0) {
        for (qsizetype i = 0; i < preview.rows.size(); ++i) {
            if (preview.rows.at(i).line == headerLine) {
                preview.header.rowIndex = i;
                preview.header.line = headerLine;
                break;
            }
        }
    } else {
        preview.header = detectHeader(preview.rows.mid(0, kHeaderSearchRows));
    }
    if (preview.header.rowIndex >= 0) {
        preview.request.headerLine = preview.header.line;
        preview.request.mapping = ImportMapping::forHeaders(preview.rows.at(preview.header.rowIndex).cells, preview.profile);
    }
    if (preview.rows.size() > maxRows)
        preview.rows.resize(maxRows);
    return preview;
}

QString cellOf(const SourceRow &row, const ColumnMapping &mapping, const std::optional<StudentField> &field)
{
    if (!field)
        return {};
    const auto column = mapping.columnOf(*field);
    return column && *column < row.cells.size() ? row.cells.at(*column) : QString();
}

// Builds the report, the arena and the plan's file rows in one pass over the table.
class Analyser
{
public:
    Analyser(ImportAnalysis &analysis, const QDate &today)
        : m_a(analysis), m_converter(analysis.request.mapping, today)
    {
        m_idColumn = m_a.request.mapping.columnOf(StudentField::IdNumber).value_or(-1);
    }

    Result<void> addRow(const SourceRow &row)
    {
        const RowSkip skip = classifyRow(row, m_a.headerCells, m_idColumn);
        if (skip != RowSkip::None) {
            m_a.report.addSkipped(row.line, int(skip));
            return {};
        }
        ++m_a.rowsRead;
        RowConversion conversion = m_converter.convert(row);
        m_a.report.addNormalisations(conversion.normalisations);
        if (conversion.hasError())
            return reject(row, conversion.issues, {});

        const quint64 identity = studentIdentityHash(conversion.record.idType, conversion.record.idNumber);
        const qint32 index = qint32(m_a.arena.size());
        if (const qint32 first = m_identities.findOrInsert(identity, index); first >= 0) {
            const StudentRecord other = m_a.arena.record(first);
            const qint64 otherLine = m_a.plan.at(m_planOfArena.at(first)).line;
            m_a.report.addDuplicate({u"duplicate.in_file"_qs, row.line, otherLine, 0, conversion.record, other});
            RowProblem problem {row.line, StudentField::IdNumber, FieldIssue::Severity::Error,
                                u"duplicate.in_file"_qs,
                                StudentImport::tr("The same student (ID number %1) is already in row %2 of this file.")
                                    .arg(maskIdNumber(conversion.record.idType, conversion.record.idNumber))
                                    .arg(otherLine),
                                cellOf(row, m_a.request.mapping, StudentField::IdNumber)};
            return reject(row, conversion.issues, problem);
        }
        for (const FieldIssue &issue : std::as_const(conversion.issues))
            m_a.report.addProblem(problemOf(row, issue));

        m_a.arena.append(conversion.record);
        m_planOfArena.append(qint32(m_a.plan.size()));
        if (!conversion.record.studentNo.isEmpty())
            checkStudentNo(row, conversion.record, index);
        m_a.plan.push_back({row.line, qint32(index), PlanAction::Insert, 0, 0});
        return {};
    }

private:
    RowProblem problemOf(const SourceRow &row, const FieldIssue &issue) const
    {
        return {row.line, issue.field, issue.severity, issue.error.code, issue.error.message,
                cellOf(row, m_a.request.mapping, issue.field)};
    }

    Result<void> reject(const SourceRow &row, const QList<FieldIssue> &issues, const std::optional<RowProblem> &extra)
    {
        RejectedRowSpool::Entry entry;
        entry.row = row;
        for (const FieldIssue &issue : issues) {
            m_a.report.addProblem(problemOf(row, issue));
            if (issue.severity == FieldIssue::Severity::Error) {
                entry.codes.append(issue.error.code);
                entry.reasons.append(issue.error.message);
            }
        }
        if (extra) {
            m_a.report.addProblem(*extra);
            entry.codes.append(extra->code);
            entry.reasons.append(extra->message);
        }
        ++m_a.rejected;
        m_a.plan.push_back({row.line, -1, PlanAction::Rejected, 0, 0});
        return m_a.rejectedRows->append(entry);
    }

    // The same 学号 at one school for two different students is suspicious, not fatal: a warning.
    void checkStudentNo(const SourceRow &row, const StudentRecord &record, qsizetype index)
    {
        // A stable 64-bit key costs far less memory than a QString key per row (1M rows).
        const quint64 key = studentIdentityHash(IdType::Unknown, QString(record.schoolCode + u'\x1f' + record.studentNo));
        const qint32 first = m_studentNos.findOrInsert(key, qint32(index));
        if (first < 0)
            return;
        const StudentRecord other = m_a.arena.record(first);
        const qint64 otherLine = m_a.plan.at(m_planOfArena.at(first)).line;
        m_a.report.addDuplicate({u"duplicate.student_no_in_file"_qs, row.line, otherLine, 0, record, other});
        m_a.report.addProblem({row.line, StudentField::StudentNo, FieldIssue::Severity::Warning,
                               u"duplicate.student_no_in_file"_qs,
                               StudentImport::tr("The student number %1 is also used in row %2 by %3, a different student.")
                                   .arg(record.studentNo)
                                   .arg(otherLine)
                                   .arg(other.name),
                               record.studentNo});
    }

    ImportAnalysis &m_a;
    RowConverter m_converter;
    qsizetype m_idColumn = -1;
    FirstSeenIndex m_identities; // identity hash → arena index of its first row
    FirstSeenIndex m_studentNos; // (school, 学号) hash → arena index
    QList<qint32> m_planOfArena;          // arena index → plan index
};

// Matches the file rows with the database: insert, update, unchanged; live rows not matched
// are the Delete candidates.
void planAgainstDatabase(ImportAnalysis &a)
{
    const auto &entries = a.snapshot.entries;
    std::vector<bool> matched(entries.size(), false);
    for (PlanRow &row : a.plan) {
        if (row.action == PlanAction::Rejected)
            continue;
        const IdentityEntry *entry = a.snapshot.find(a.arena.identityHash(row.arenaIndex));
        if (!entry) {
            ++a.inserts;
            continue;
        }
        matched[std::size_t(entry - entries.data())] = true;
        row.existingId = entry->id;
        row.existingRowVersion = entry->rowVersion;
        if (entry->deleted) {
            row.action = PlanAction::Insert;
            ++a.inserts;
        } else if (entry->contentHash == a.arena.contentHash(row.arenaIndex)) {
            row.action = PlanAction::Unchanged;
            ++a.unchanged;
        } else {
            row.action = PlanAction::Update;
            ++a.updates;
        }
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!matched[i] && !entries[i].deleted)
            a.missingIds.append(entries[i].id);
    }
    std::sort(a.missingIds.begin(), a.missingIds.end());
}

// New students whose 学号 already belongs to a different student in the database.
Result<void> checkStudentNosAgainstDatabase(StudentImportRepository &repo, ImportAnalysis &a, ImportProgress &progress)
{
    if (a.snapshot.liveCount == 0)
        return {};
    QHash<QString, qint32> pending; // school + 学号 → arena index
    const auto flush = [&]() -> Result<void> {
        if (pending.isEmpty())
            return {};
        QStringList numbers;
        for (auto it = pending.cbegin(); it != pending.cend(); ++it)
            numbers.append(it.key().section(u'\x1f', 1));
        numbers.removeDuplicates();
        auto stored = repo.recordsByStudentNos(numbers);
        if (!stored)
            return stored.error();
        for (const StudentRecord &other : std::as_const(stored.value())) {
            const auto it = pending.constFind(other.schoolCode + u'\x1f' + other.studentNo);
            if (it == pending.cend())
                continue;
            const StudentRecord record = a.arena.record(it.value());
            if (record.idType == other.idType && record.idNumber == other.idNumber)
                continue;
            qint64 line = 0;
            for (const PlanRow &row : a.plan) {
                if (row.arenaIndex == it.value()) {
                    line = row.line;
                    break;
                }
            }
            a.report.addDuplicate({u"duplicate.student_no_in_db"_qs, line, 0, other.id, record, other});
            a.report.addProblem({line, StudentField::StudentNo, FieldIssue::Severity::Warning,
                                 u"duplicate.student_no_in_db"_qs,
                                 StudentImport::tr("The student number %1 already belongs to %2 (ID number %3) in the database.")
                                     .arg(record.studentNo, other.name, maskIdNumber(other.idType, other.idNumber)),
                                 record.studentNo});
        }
        pending.clear();
        return {};
    };
    for (const PlanRow &row : a.plan) {
        if (row.action != PlanAction::Insert)
            continue;
        const QStringView studentNo = a.arena.text(row.arenaIndex, StudentField::StudentNo);
        if (studentNo.isEmpty())
            continue;
        QString key = a.arena.text(row.arenaIndex, StudentField::SchoolCode).toString();
        key += u'\x1f';
        key += studentNo;
        pending.insert(key, row.arenaIndex);
        if (pending.size() >= kStudentNoBatch) {
            if (progress.cancelRequested.load())
                return cancelled();
            if (auto done = flush(); !done)
                return done;
        }
    }
    return flush();
}

} // namespace

Result<ImportPreview> StudentImport::preview(const QString &path, const TableOptions &options, int maxRows)
{
    auto format = TableFiles::detect(path, options);
    if (!format)
        return format.error();
    TableFormat chosen = format.value();
    QList<int> scores;
    if (chosen.kind == TableKind::Xlsx && options.sheet < 0 && chosen.sheetNames.size() > 1) {
        int best = -1;
        for (int sheet = 0; sheet < chosen.sheetNames.size(); ++sheet) {
            TableFormat candidate = chosen;
            candidate.sheet = sheet;
            const auto rows = readRows(path, candidate, kHeaderSearchRows);
            const int score = rows ? detectHeader(rows.value()).matchedColumns : 0;
            scores.append(score);
            if (best < 0 || score > scores.at(best))
                best = sheet;
        }
        chosen.sheet = best;
    }
    auto preview = buildPreview(path, chosen, 0, maxRows);
    if (preview)
        preview.value().sheetScores = scores;
    return preview;
}

Result<ImportPreview> StudentImport::previewWithHeader(const ImportRequest &request, qint64 headerLine, int maxRows)
{
    return buildPreview(request.path, request.format, headerLine, maxRows);
}

Result<std::shared_ptr<ImportAnalysis>> StudentImport::analyse(Database &db, const ImportRequest &request,
                                                               ImportProgress &progress, const QDate &today)
{
    if (const auto missing = ColumnGuess::missingMessages(request.mapping); !missing.isEmpty())
        return Error {u"import.mapping_incomplete"_qs, missing.join(u'\n'), request.path};

    auto source = TableFiles::open(request.path, request.format);
    if (!source)
        return source.error();
    auto analysis = std::make_shared<ImportAnalysis>();
    ImportAnalysis &a = *analysis;
    a.request = request;
    a.fileName = QFileInfo(request.path).fileName();
    a.rejectedRows = std::make_shared<RejectedRowSpool>();
    // The hash runs on the other core while this one parses.
    QFuture<QString> sha = QtConcurrent::run(fileSha256, request.path);

    auto analyser = std::make_unique<Analyser>(a, today);
    TableSource &table = *source.value();
    progress.total = std::max<qint64>(table.progressTotal(), 1);
    SourceRow row;
    bool headerSeen = false;
    for (qint64 n = 0;; ++n) {
        if (n % kCancelCheckRows == 0) {
            progress.done = table.progressDone();
            if (progress.cancelRequested.load()) {
                sha.waitForFinished();
                return cancelled();
            }
        }
        const auto next = table.next(row);
        if (!next) {
            sha.waitForFinished();
            return next.error();
        }
        if (!next.value())
            break;
        if (!headerSeen) {
            if (row.line == request.headerLine) {
                a.headerCells = row.cells;
                headerSeen = true;
            }
            continue;
        }
        if (auto added = analyser->addRow(row); !added) {
            sha.waitForFinished();
            return added.error();
        }
    }
    if (!headerSeen) {
        sha.waitForFinished();
        return Error {u"import.header_missing"_qs,
                      tr("\"%1\" has no row %2, which was chosen as the header row.").arg(a.fileName).arg(request.headerLine),
                      request.path};
    }
    progress.done = progress.total.load();
    // The in-file duplicate tables (about 50 MB at 1,000,000 rows) go before the database's
    // identity snapshot comes in.
    analyser.reset();

    StudentImportRepository repo(db);
    auto snapshot = repo.identitySnapshot();
    if (!snapshot) {
        sha.waitForFinished();
        return snapshot.error();
    }
    a.snapshot = std::move(snapshot.value());
    planAgainstDatabase(a);
    auto checked = checkStudentNosAgainstDatabase(repo, a, progress);
    a.fileSha256 = sha.result();
    if (!checked)
        return checked.error();
    if (a.fileSha256.isEmpty())
        return Error {u"file.read"_qs, tr("\"%1\" could not be read to the end.").arg(a.fileName), request.path};
    qCInfo(lcImport) << "analysed" << a.fileName << "rows" << a.rowsRead << "insert" << a.inserts << "update"
                     << a.updates << "unchanged" << a.unchanged << "rejected" << a.rejected;
    return analysis;
}

Result<QList<RowChange>> StudentImport::changedRows(Database &db, const ImportAnalysis &analysis, qsizetype offset,
                                                    int limit)
{
    QList<const PlanRow *> window;
    qsizetype seen = 0;
    for (const PlanRow &row : analysis.plan) {
        if (row.action != PlanAction::Update)
            continue;
        if (seen++ < offset)
            continue;
        window.append(&row);
        if (window.size() >= limit)
            break;
    }
    QList<qint64> ids;
    for (const PlanRow *row : std::as_const(window))
        ids.append(row->existingId);
    StudentImportRepository repo(db);
    auto stored = repo.recordsByIds(ids);
    if (!stored)
        return stored.error();
    QHash<qint64, StudentRecord> byId;
    for (const StudentRecord &record : std::as_const(stored.value()))
        byId.insert(record.id, record);
    QList<RowChange> changes;
    for (const PlanRow *row : std::as_const(window)) {
        RowChange change;
        change.line = row->line;
        change.before = byId.value(row->existingId);
        change.after = analysis.arena.record(row->arenaIndex);
        change.after.id = row->existingId;
        for (int f = 0; f < int(StudentField::Count_); ++f) {
            if (change.before.fieldText(StudentField(f)) != change.after.fieldText(StudentField(f)))
                change.changedFields.append(StudentField(f));
        }
        changes.append(change);
    }
    return changes;
}

Result<QList<StudentRecord>> StudentImport::missingRecords(Database &db, const ImportAnalysis &analysis,
                                                           qsizetype offset, int limit)
{
    StudentImportRepository repo(db);
    return repo.recordsByIds(analysis.missingIds.mid(offset, limit));
}

Result<ImportOutcome> StudentImport::commit(Database &db, const ImportAnalysis &analysis, const ImportOptions &options,
                                            const QString &actor, ImportProgress &progress)
{
    if (options.mode == ImportMode::AllOrNothing && analysis.rejected > 0) {
        return Error {u"import.has_rejected"_qs,
                      tr("Nothing was imported: %n row(s) have errors, and \"all or nothing\" was chosen. "
                         "Fix the rows or choose \"import valid rows\".",
                         nullptr, int(analysis.rejected)),
                      {}};
    }
    std::vector<PlanRow> withDeletes;
    const std::vector<PlanRow> *plan = &analysis.plan;
    if (options.deleteMissing && !analysis.missingIds.isEmpty()) {
        withDeletes = analysis.plan;
        for (const qint64 id : analysis.missingIds)
            withDeletes.push_back({0, -1, PlanAction::Delete, id, 0});
        plan = &withDeletes;
    }
    const bool deletes = options.deleteMissing && !analysis.missingIds.isEmpty();
    if (analysis.inserts == 0 && analysis.updates == 0 && !deletes) {
        // Nothing to write: no batch, so the import history only lists imports that changed something.
        ImportMapping::remember(analysis.request.mapping, analysis.fileName);
        ImportOutcome outcome;
        outcome.commit.unchanged = analysis.unchanged;
        outcome.rejected = analysis.rejected;
        return outcome;
    }
    ImportBatch batch;
    batch.actor = actor;
    batch.fileName = analysis.fileName;
    batch.fileSha256 = analysis.fileSha256;
    batch.rowsRead = int(analysis.rowsRead);
    batch.rowsRejected = int(analysis.rejected);
    progress.done = 0;
    progress.total = qint64(plan->size());
    StudentImportRepository repo(db);
    auto committed = repo.commit(batch, analysis.snapshot, *plan, analysis.arena, progress);
    if (!committed)
        return committed.error();
    ImportMapping::remember(analysis.request.mapping, analysis.fileName);
    ImportOutcome outcome;
    outcome.commit = committed.value();
    outcome.rejected = analysis.rejected;
    outcome.deleted = outcome.commit.deleted;
    qCInfo(lcImport) << "committed batch" << outcome.commit.batchId << "inserted" << outcome.commit.inserted
                     << "updated" << outcome.commit.updated << "deleted" << outcome.deleted;
    return outcome;
}

} // namespace cet

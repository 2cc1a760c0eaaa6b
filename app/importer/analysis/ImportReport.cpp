#include "ImportReport.h"

#include "HeaderDetection.h"
#include "RowConverter.h"

#include <algorithm>

namespace cet {

namespace {

int severityIndex(FieldIssue::Severity severity)
{
    return severity == FieldIssue::Severity::Error ? 0 : 1;
}

} // namespace

void ImportReport::addProblem(const RowProblem &problem)
{
    const int s = severityIndex(problem.severity);
    (s == 0 ? m_errors : m_warnings) += 1;
    auto it = m_groupIndex[s].constFind(problem.code);
    if (it == m_groupIndex[s].cend()) {
        it = m_groupIndex[s].insert(problem.code, m_groups.size());
        m_groups.append(Group {problem.code, problem.severity, {}, true});
    }
    Group &group = m_groups[it.value()];
    if (group.lines.isEmpty() || problem.line > group.lines.back()) {
        group.lines.append(problem.line);
    } else if (problem.line != group.lines.back()) {
        group.lines.append(problem.line);
        group.ordered = false;
    }
    if (m_problems.size() < MaxProblemDetails)
        m_problems.append(problem);
    else
        ++m_truncated;
}

void ImportReport::addNormalisations(quint8 flags)
{
    for (int bit = 0; bit < 8; ++bit) {
        if (flags & (1u << bit))
            ++m_normalisations[1 << bit];
    }
}

void ImportReport::addDuplicate(const DuplicatePair &pair)
{
    if (m_duplicates.size() < MaxDuplicateDetails)
        m_duplicates.append(pair);
    else
        ++m_truncatedDuplicates;
}

void ImportReport::addSkipped(qint64 line, int rowSkip)
{
    Q_UNUSED(line)
    ++m_skipped;
    ++m_skippedByKind[rowSkip];
}

QList<ReportGroup> ImportReport::groups() const
{
    QList<ReportGroup> out;
    out.reserve(m_groups.size());
    for (const Group &g : m_groups) {
        ReportGroup r;
        r.code = g.code;
        r.severity = g.severity;
        r.title = ruleTitle(g.code);
        r.suggestion = ruleSuggestion(g.code);
        r.lines = g.lines;
        if (!g.ordered) {
            std::sort(r.lines.begin(), r.lines.end());
            r.lines.erase(std::unique(r.lines.begin(), r.lines.end()), r.lines.end());
        }
        r.count = r.lines.size();
        out.append(std::move(r));
    }
    std::stable_sort(out.begin(), out.end(), [](const ReportGroup &a, const ReportGroup &b) {
        if (a.severity != b.severity)
            return a.severity == FieldIssue::Severity::Error;
        if (a.count != b.count)
            return a.count > b.count;
        return a.code < b.code;
    });
    return out;
}

QList<RowProblem> ImportReport::problemsOfLine(qint64 line) const
{
    QList<RowProblem> out;
    for (const RowProblem &p : m_problems) {
        if (p.line == line)
            out.append(p);
    }
    return out;
}

QStringList ImportReport::normalisationMessages() const
{
    QStringList out;
    const auto add = [&](Normalisation kind, const char *text) {
        const qint64 n = m_normalisations.value(int(kind));
        if (n > 0)
            out.append(tr(text, nullptr, int(std::min<qint64>(n, INT_MAX))));
    };
    // QT_TR_N_NOOP marks the (plural) texts for lupdate (context cet::ImportReport); tr() above translates them.
    add(Normalisation::FullWidth,
        QT_TR_N_NOOP("%n row(s) had full-width characters in the ID number, a code or the student number; "
                   "converted to half-width."));
    add(Normalisation::Spaces,
        QT_TR_N_NOOP("%n row(s) had spaces inside the ID number, a code or the student number; removed."));
    add(Normalisation::LowerCaseX,
        QT_TR_N_NOOP("%n ID number(s) had a lower-case x (or other lower-case letters); changed to upper case."));
    add(Normalisation::NumberAsText,
        QT_TR_N_NOOP("%n row(s) had numbers written with a fraction such as \"2024.0\" (student number, program "
                   "years, enrolment year, grade or a code); the \".0\" was removed."));
    add(Normalisation::GenderFromId,
        QT_TR_N_NOOP("%n row(s) had no gender; it was taken from the ID number."));
    add(Normalisation::IdTypeDefaulted,
        QT_TR_N_NOOP("%n row(s) had no ID type; it was set to resident identity card because the ID number is a "
                   "valid resident ID number."));
    return out;
}

} // namespace cet
